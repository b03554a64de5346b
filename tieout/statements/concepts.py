"""Name every row: a concept from the lexicon, a section-qualified name where a label
repeats (current and non-current borrowings), or a stable slug."""

from __future__ import annotations

import re
from dataclasses import replace

from tieout.model import Row, RowKind, Table, TableKind
from tieout.statements.lexicon import Concept, load_lexicon, normalise_label

_SECTION_PREFIX = {
    "current_assets": "Current",
    "current_liabilities": "Current",
    "noncurrent_assets": "Noncurrent",
    "noncurrent_liabilities": "Noncurrent",
}
_SECTION_TOTAL = {
    "current_assets": "CurrentAssets",
    "noncurrent_assets": "NoncurrentAssets",
    "current_liabilities": "CurrentLiabilities",
    "noncurrent_liabilities": "NoncurrentLiabilities",
    "equity": "EquityAttributableToOwnersOfParent",
}


def slug(label: str) -> str:
    """'Deferred income' -> 'deferred-income'; a label in Chinese alone keeps its characters
    ('使用權資產付款'), so two different Chinese labels never share one name."""
    key = normalise_label(label)
    latin = re.sub(r"[^a-z0-9]+", "-", key).strip("-")
    if latin and not latin.isdigit():
        return latin
    return _SLUG_SEPARATOR.sub("-", key).strip("-") or latin or "unnamed"


_SLUG_SEPARATOR = re.compile(r"[^a-z0-9\u3400-\u9fff\uf900-\ufaff]+")


def section_of(heading: str) -> str | None:
    key = normalise_label(heading)
    for section, phrases in load_lexicon().sections.items():
        if key in phrases:
            return section
    return None


_COMPREHENSIVE = re.compile(r"comprehensive|全面", re.I)
_ATTRIBUTION = {
    "comprehensive": {
        "ProfitLossAttributableToOwnersOfParent": "ComprehensiveIncomeAttributableToOwnersOfParent",
        "ProfitLossAttributableToNoncontrollingInterests": (
            "ComprehensiveIncomeAttributableToNoncontrollingInterests"
        ),
        "NoncontrollingInterests": "ComprehensiveIncomeAttributableToNoncontrollingInterests",
    },
    "profit": {"NoncontrollingInterests": "ProfitLossAttributableToNoncontrollingInterests"},
}
_RESULT_TABLES = (TableKind.INCOME_STATEMENT, TableKind.COMPREHENSIVE_INCOME, TableKind.MDNA)
_PER_SHARE_HEADING = re.compile(r"per\s+share|每股", re.I)
# Bare "Basic" / "Diluted" lines name a per-share figure only under a per-share heading.
_PER_SHARE_BARE = {
    "basic": "BasicEarningsLossPerShare",
    "基本": "BasicEarningsLossPerShare",
    "diluted": "DilutedEarningsLossPerShare",
    "攤薄": "DilutedEarningsLossPerShare",
    "摊薄": "DilutedEarningsLossPerShare",
}


_OPERATIONS = re.compile(r"continuing|discontinued|持續經營|持续经营|已終止|已终止", re.I)
_CONTINUING = re.compile(r"continuing|持續|持续", re.I)
_DISCONTINUED = re.compile(r"discontinued|已終止|已终止", re.I)
ALL_OPERATIONS = "all"
CONTINUING = "continuing"


def _per_share_scope(heading: str, before: str | None) -> str | None:
    """What the per-share lines under a heading cover: 'all' operations under 'Earnings
    per share' (每股盈利) or its 'from continuing and discontinued operations'
    sub-heading, 'continuing' under 'from continuing operations'; None elsewhere."""
    if not _PER_SHARE_HEADING.search(heading) and not (before and _OPERATIONS.search(heading)):
        return None
    continuing = _CONTINUING.search(heading) and not _DISCONTINUED.search(heading)
    return CONTINUING if continuing else ALL_OPERATIONS


def _per_share_concept(label: str, found: str | None, scope: str | None) -> str | None:
    """A per-share line under a per-share heading: bare 'Basic' / 'Diluted' (基本 / 攤薄)
    named, and earnings per share from continuing operations told apart."""
    if scope is None:
        return found
    concept = found or _PER_SHARE_BARE.get(normalise_label(label).replace(" ", ""))
    if concept in _PER_SHARE_CONCEPTS and scope == CONTINUING:
        return f"{concept}FromContinuingOperations"
    return concept


_PER_SHARE_CONCEPTS = frozenset(_PER_SHARE_BARE.values())


def _attribution(heading: str) -> str | None:
    """Which result an 'attributable to:' heading shares out: profit or comprehensive income."""
    if "attributable" not in heading.lower() and "應佔" not in heading and "应占" not in heading:
        return None
    return "comprehensive" if _COMPREHENSIVE.search(heading) else "profit"


def name_rows(table: Table, elsewhere: frozenset[str] = frozenset()) -> Table:
    """Name every row of a table; `elsewhere`: concepts the other pages of the same
    statement print too (a balance sheet over two pages: current borrowings on the first,
    non-current on the second), qualified by their section like a repeat in the table."""
    lexicon = load_lexicon()
    section: str | None = None
    shared: str | None = None  # the result an "attributable to:" heading shares out
    named: list[tuple[Row, str | None]] = []
    per_share: str | None = None  # what the per-share lines under the heading cover
    other_income = False  # a section of other revenue above: 'Total revenue' below includes it
    paid = False  # under 'Cash paid during the period for:' in a cash flow statement
    for row in table.rows:
        other_income = other_income or (
            row.kind is RowKind.HEADING and _names_other_income(row.label)
        )
        if row.kind is RowKind.HEADING and row.label:
            section = section_of(row.label) or section
            result_table = table.kind in _RESULT_TABLES
            shared = _attribution(row.label) if result_table else None
            per_share = _per_share_scope(row.label, per_share) if result_table else None
            paid = table.kind is TableKind.CASH_FLOWS and bool(_CASH_PAID.match(row.label))
            named.append((replace(row, concept=slug(row.label)), section))
            continue
        if row.label is None:
            concept = (
                _SECTION_TOTAL.get(section or "") if table.kind is TableKind.BALANCE_SHEET else None
            )
            named.append((replace(row, concept=concept or f"unlabelled-line-{row.line}"), section))
            if concept:
                section = None
            continue
        found = lexicon.concept_for(row.label, table.kind.value)
        named_as = _per_share_concept(row.label, found.name if found else None, per_share)
        concept = named_as or slug(row.label)
        if concept == _REVENUE and other_income and _TOTAL_WORD.match(row.label):
            concept = slug(row.label)  # turnover and other revenue: wider than revenue
        if _is_balance_change(table, section, found):
            concept = f"change-in-{slug(row.label)}"
        if paid and (found is None or "cash_flows" not in found.statements):
            concept = _cash_paid_for(row.label)
        concept = _ATTRIBUTION.get(shared or "", {}).get(concept, concept)
        kind = row.kind
        if found and found.role in ("subtotal", "total") and kind is RowKind.ITEM:
            kind = RowKind.TOTAL if found.role == "total" else RowKind.SUBTOTAL
        if found and not found.sums:
            kind = RowKind.ITEM  # 'Total cash outflow for leases': no sum of the lines above
        named.append((replace(row, concept=concept, kind=kind), section))
        if section == _WORKING_CAPITAL and kind is not RowKind.ITEM:
            section = None  # the operating total closes the changes in working capital
    repeats = _qualify_repeats(named, table.kind, elsewhere)
    rows = _parts_under_heading(_single_items_named(repeats))
    return replace(table, rows=tuple(rows))


_LESS_PREFIX = re.compile(r"^\s*(?:less|add|減|减|加)\s*[:：]\s*", re.I)


def _parts_under_heading(rows: list[Row]) -> list[Row]:
    """A heading that names a line ('減：受限制現金' / 'Less: Restricted cash') over items
    the lexicon also files under that line ('－已抵押銀行存款', '－受限制銀行存款') and an
    unlabelled total closing them: the total is the line, the items are its parts (each
    keeps its label's own name), so a part is never tied to the whole."""
    lexicon = load_lexicon()
    out = list(rows)
    for i, heading in enumerate(rows):
        if heading.kind is not RowKind.HEADING or not heading.label:
            continue
        found = lexicon.concept_for(_LESS_PREFIX.sub("", heading.label))
        if found is None or not found.name[:1].isupper() or found.role != "item":
            continue
        items: list[int] = []
        for j in range(i + 1, len(rows)):
            row = rows[j]
            if row.kind is RowKind.ITEM and row.label and row.cells:
                items.append(j)
                continue
            closing = row.label is None and row.kind is not RowKind.HEADING and bool(row.cells)
            if closing and len(items) > 1 and all(rows[k].concept == found.name for k in items):
                for k in items:
                    out[k] = replace(rows[k], concept=slug(rows[k].label or ""))
                out[j] = replace(row, concept=found.name)
            break
    return out


def _single_items_named(rows: list[Row]) -> list[Row]:
    """A heading that names a figure over one item alone ('Turnover' / 'Sales of
    pharmaceutical products 422,321', then 'Cost of sales'): the item is that figure. Not
    where a total follows the item (the total carries the name) or the item has a name."""
    lexicon = load_lexicon()
    out = list(rows)
    for i, heading in enumerate(rows):
        if heading.kind is not RowKind.HEADING or not heading.label:
            continue
        found = lexicon.concept_for(heading.label)
        if found is None or not found.name[:1].isupper() or found.role != "item":
            continue  # a section phrase, a name of tieout's own, or a total (its items are parts)
        item = rows[i + 1] if i + 1 < len(rows) else None
        after = rows[i + 2] if i + 2 < len(rows) else None
        if item is None or item.kind is not RowKind.ITEM or not item.cells:
            continue
        if item.concept[:1].isupper() or (after is not None and not _ends_section(after)):
            continue
        out[i + 1] = replace(item, concept=found.name)
    return out


def _ends_section(row: Row) -> bool:
    """The row after a lone item closes its section: a heading, or a row with a name."""
    return row.kind is RowKind.HEADING or (row.kind is RowKind.ITEM and row.concept[:1].isupper())


_WORKING_CAPITAL = "working_capital_changes"
_REVENUE = "Revenue"
_TOTAL_WORD = re.compile(r"^\s*total\b", re.I)
_OTHER_INCOME = re.compile(r"^\s*other\s+(?:revenue|income)\b", re.I)


def _names_other_income(label: str | None) -> bool:
    """'Other revenue', 'Other income and gains', 'Other revenue and net income' (a heading
    over items of its own: in US filings 'Other revenues' is one item of revenue)."""
    return label is not None and bool(_OTHER_INCOME.match(label))


_CASH_PAID = re.compile(r"^\s*cash\s+\(?paid\b.*\bfor\s*:?\s*$", re.I)


def _cash_paid_for(label: str) -> str:
    """'Income taxes' under 'Cash paid/(received) during the period for:' is the tax paid,
    not the income statement's tax expense: named as '<label> paid' reads, or by a slug."""
    found = load_lexicon().concept_for(f"{label} paid")
    if found is not None and "cash_flows" in found.statements:
        return found.name
    return f"cash-paid-for-{slug(label)}"


def _is_balance_change(table: Table, section: str | None, found: Concept | None) -> bool:
    """'Income taxes' under 'Changes in operating assets and liabilities' in a cash flow
    statement is the change in the tax balance, not the income statement's tax expense."""
    if table.kind is not TableKind.CASH_FLOWS or section != _WORKING_CAPITAL:
        return False
    return found is None or "cash_flows" not in found.statements


def _qualify_repeats(
    named: list[tuple[Row, str | None]], kind: TableKind, elsewhere: frozenset[str] = frozenset()
) -> list[Row]:
    """In a balance sheet, a concept printed under both current and non-current sections."""
    if kind is not TableKind.BALANCE_SHEET:
        return [row for row, _ in named]
    counts: dict[str, int] = dict.fromkeys(elsewhere, 1)
    for row, _ in named:
        if row.kind is not RowKind.HEADING:
            counts[row.concept] = counts.get(row.concept, 0) + 1
    out = []
    for row, section in named:
        prefix = _SECTION_PREFIX.get(section or "")
        if prefix and counts.get(row.concept, 0) > 1 and row.kind is not RowKind.HEADING:
            concept = row.concept
            qualified = prefix + concept if concept[:1].isupper() else f"{prefix.lower()}-{concept}"
            row = replace(row, concept=qualified)
        out.append(row)
    return out


def name_statements(tables: list[Table]) -> list[Table]:
    """Name the rows of every table; a balance sheet printed over consecutive pages as
    several tables is named as one: a concept its parts both print is qualified by its
    section in each."""
    named = [name_rows(t) for t in tables]
    out = list(named)
    for run in _balance_sheet_runs(named):
        printed = [{r.concept for r in named[i].rows if r.kind is not RowKind.HEADING} for i in run]
        for position, i in enumerate(run):
            others = set().union(*(p for j, p in enumerate(printed) if j != position))
            shared = frozenset(printed[position] & others)
            if shared:
                out[i] = name_rows(tables[i], shared)
    return out


def _balance_sheet_runs(tables: list[Table]) -> list[list[int]]:
    """Indexes of consecutive balance-sheet tables on the same or following pages."""
    runs: list[list[int]] = []
    for i, table in enumerate(tables):
        if table.kind is not TableKind.BALANCE_SHEET:
            continue
        last = runs[-1][-1] if runs else None
        if last == i - 1 and _next_page(tables[last], table):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) > 1]


def _next_page(before: Table, after: Table) -> bool:
    if before.page is None or after.page is None:
        return False
    return 0 <= after.page - before.page <= 1
