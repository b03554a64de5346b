"""TO301, TO4xx, TO5xx, TO6xx: the same figure printed in several places agrees.

Facts are grouped by their normalised key (checks.concepts): concept, moment and
member. Within a group, every figure from another table is compared with one anchor,
the figure of the most authoritative table (primary statements, then notes, then
management discussion and highlights). Which rule a comparison belongs to follows from
the two tables and from whether one side is an opening balance:

- TO301 an opening balance against the closing balance of the period before;
- TO401 statement against statement (cash flow closing cash and balance sheet cash;
  changes in equity and balance sheet equity; comprehensive loss in two statements);
- TO501 a note against a statement (or another note);
- TO601 management discussion or highlights against the statements, within rounding.

Amounts printed with opposite signs (an expense in brackets in the statement, without
in a note) tie on their magnitude.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal

from tieout.checks import cells
from tieout.checks.concepts import (
    FactKey,
    Keyed,
    balance_concept,
    is_ifrs,
    is_specific,
    key_of,
    label_key,
    normalise_label,
    total_column_is_equity,
)
from tieout.checks.note_refs import note_numbers
from tieout.checks.registry import CheckContext, rule
from tieout.checks.tolerance import Amount, compare
from tieout.model import (
    Check,
    Fact,
    Filing,
    Finding,
    Measure,
    Period,
    Row,
    RowKind,
    Severity,
    Status,
    Table,
    TableKind,
)

OPENING_CODE = "TO301"
STATEMENT_CODE = "TO401"
NOTE_CODE = "TO501"
MDNA_CODE = "TO601"

_DISCUSSION = frozenset({TableKind.MDNA, TableKind.OTHER})
# "Domestic Segment": a discussion table of one segment's figures, parts of the entity's.
_ONE_SEGMENT = re.compile(r"\w\s+segment\s*$", re.I)
_BEFORE_RESTATEMENT = re.compile(
    r"\bas\s+(?:previously|originally)\s+(?:reported|stated|presented)\b|\bbefore\s+restatement\b"
    r"|原先呈報|如前呈報|原列報",
    re.I,
)
_ACCRUAL_AND_CASH = frozenset({TableKind.CHANGES_IN_EQUITY, TableKind.CASH_FLOWS})
_RANK = {
    TableKind.BALANCE_SHEET: 0,
    TableKind.INCOME_STATEMENT: 1,
    TableKind.COMPREHENSIVE_INCOME: 2,
    TableKind.CASH_FLOWS: 3,
    TableKind.CHANGES_IN_EQUITY: 4,
    TableKind.NOTE: 5,
    TableKind.MDNA: 6,
    TableKind.OTHER: 7,
}


def tie_checks(ctx: CheckContext) -> list[Check]:
    """Every tie of the filing, computed once and shared by the tie rules."""
    cached = ctx.cache.get("ties")
    if isinstance(cached, list):
        return cached
    filing = ctx.filing
    order = {t.id: i for i, t in enumerate(filing.tables)}
    kinds = {t.id: t.kind for t in filing.tables}
    rows = {(t.id, r.index): r for t in filing.tables for r in t.rows}
    checks: list[Check] = []
    seen: set[frozenset[tuple[str, int, int]]] = set()
    for group in _groups(filing, cells.fact_keys(ctx)).values():
        if len({k.fact.table_id for k in group}) < 2:
            continue
        ranked = sorted(
            group,
            key=lambda k: (_RANK.get(kinds[k.fact.table_id], 9), order[k.fact.table_id]),
        )
        for i, other in enumerate(ranked[1:], start=1):
            anchor = next(
                (a for a in ranked[:i] if _comparable(filing, rows, a.fact, other.fact)), None
            )
            if anchor is None or _a_namesake_ties_instead(group, anchor.fact, other.fact):
                continue
            pair = frozenset((_fact_key(anchor.fact), _fact_key(other.fact)))
            if pair in seen:
                continue
            seen.add(pair)
            checks.append(_tie(filing, anchor, other))
    checks = _without_unrelated_discussions(filing, checks)
    checks = _without_breakdowns_of_other_things(filing, checks)
    ctx.cache["ties"] = checks
    return checks


def _without_unrelated_discussions(filing: Filing, checks: list[Check]) -> list[Check]:
    """Two discussion tables that share row names of their own (segments: 'Properties',
    'Tourism') but agree on none of them measure different things: a segment's revenue
    in one table, its cost in the next. Their ties are dropped; one agreement among them
    shows the tables print the same measure, and a disagreement beside it is a finding."""
    kinds = {t.id: t.kind for t in filing.tables}
    concept = {(f.table_id, f.row, f.column): f.concept for f in filing.facts}

    def pair_of(check: Check) -> frozenset[str] | None:
        tables = frozenset(key[0] for key in check.facts)
        if len(tables) != 2 or not all(kinds.get(t) in _DISCUSSION for t in tables):
            return None
        names = {concept.get(key, "") for key in check.facts}
        return None if any(is_ifrs(n) for n in names) else tables

    agreeing = {p for c in checks if c.status is Status.PASSED and (p := pair_of(c))}
    return [c for c in checks if (p := pair_of(c)) is None or p in agreeing]


def _without_breakdowns_of_other_things(filing: Filing, checks: list[Check]) -> list[Check]:
    """A discussion table that names several statement lines but agrees with the statements
    on none of them, nor differs from them by one scale, prints something else under
    their names: stock-based compensation by the line it is charged to ('Cost of sales',
    'Fulfillment'), an investee's summarised results ('Revenues', 'Net loss'). Its ties
    to the statements are dropped. One agreement keeps them all (the table repeats the
    statement, and a figure beside it that disagrees is a finding), and so does a constant
    ratio (a table in the wrong scale is a finding too)."""
    kinds = {t.id: t.kind for t in filing.tables}
    facts = {(f.table_id, f.row, f.column): f for f in filing.facts}

    def discussion_of(check: Check) -> str | None:
        tables = {key[0] for key in check.facts}
        discussed = [t for t in tables if kinds.get(t) in _DISCUSSION]
        if check.code != MDNA_CODE or len(tables) != 2 or len(discussed) != 1:
            return None
        return discussed[0]

    ties: dict[str, list[Check]] = defaultdict(list)
    for check in checks:
        table = discussion_of(check)
        if table is not None:
            ties[table].append(check)
    unrelated = {t for t, found in ties.items() if _names_other_things(found, facts)}
    return [c for c in checks if discussion_of(c) not in unrelated]


def _names_other_things(ties: list[Check], facts: dict[tuple[str, int, int], Fact]) -> bool:
    if any(c.status is Status.PASSED for c in ties):
        return False
    pairs = [[facts[k] for k in c.facts if k in facts] for c in ties]
    compared = [(a, b) for a, b in (p for p in pairs if len(p) == 2) if a.value and b.value]
    if len({(a.row, b.row) for a, b in compared}) < 2:
        return False  # one line that disagrees is a finding, whatever it is
    return len({round(abs(a.value / b.value), 2) for a, b in compared}) > 1


def _comparable(
    filing: Filing, rows: dict[tuple[str, int], Row], anchor: Fact, other: Fact
) -> bool:
    """Which pairs of places are meant to print the same figure.

    Statements with statements, and discussion tables with statements and with each
    other. A note only with a statement line that refers to that note: notes reuse
    statement labels for parts ("Cost of sales" in the allocation of depreciation).
    """
    if anchor.table_id == other.table_id:
        return False
    a, b = filing.table(anchor.table_id), filing.table(other.table_id)
    kinds = {a.kind, b.kind}
    if kinds == _ACCRUAL_AND_CASH:
        return False  # a movement in equity is accrued, its cash flow paid: they may differ
    if TableKind.CHANGES_IN_EQUITY in kinds and kinds & _DISCUSSION:
        # A movement credited to equity (share-based payments) is not the expense or the
        # payment a discussion table speaks of; equity balances meet the balance sheet.
        return False
    if TableKind.CASH_FLOWS in kinds and _before_tax_with_discontinued(filing, anchor):
        return False
    if TableKind.CASH_FLOWS in kinds and len(kinds) == 2:
        cash = anchor if a.kind is TableKind.CASH_FLOWS else other
        if _is_residual(rows.get((cash.table_id, cash.row))):
            return False
    if TableKind.CHANGES_IN_EQUITY in kinds and any(
        _before_tax(filing, f) for f in (anchor, other)
    ):
        return False
    if TableKind.OTHER in kinds and not (a.kind.is_primary or b.kind.is_primary):
        return False  # tables of unknown kind only against the statements
    if TableKind.NOTE in kinds:
        if kinds & _DISCUSSION or a.kind is b.kind:
            return False
        note, statement_fact = (a, other) if a.kind is TableKind.NOTE else (b, anchor)
        row = rows.get((statement_fact.table_id, statement_fact.row))
        return row is not None and bool(note_numbers(note.note) & note_numbers(row.notes))
    return True


_RESIDUAL = re.compile(r"^\s*others?\b", re.I)


def _is_residual(row: Row | None) -> bool:
    """'Other expense (income), net' among the adjustments of a cash flow statement holds
    what the other adjustments leave: not the figure of the line named so elsewhere."""
    return row is not None and row.label is not None and bool(_RESIDUAL.match(row.label))


def _a_namesake_ties_instead(group: list[Keyed], anchor: Fact, other: Fact) -> bool:
    """Another row of the same table, of the same concept, prints the anchor's label: that
    row is the line itself, this one a part ('Cost of inventories sold' beside 'Cost of
    sales and services provided' in the expenses by nature)."""
    name = _plain_label(anchor)
    if not name or _plain_label(other) == name:
        return False
    return any(k.fact.table_id == other.table_id and _plain_label(k.fact) == name for k in group)


def _plain_label(fact: Fact) -> str:
    """The label without list dashes and case: '– Cost of sales' is 'cost of sales'."""
    return normalise_label(fact.label).lstrip("-•· ")


_TAX_RELATING = re.compile(
    r"\b(?:income\s+)?tax\s+(?:relating|related|attributable)\s+to\b"
    r"|(?:有關|有关|相關|相关)\S{0,8}(?:所得稅|所得税|稅項|税项)",
    re.I,
)


def _before_tax(filing: Filing, fact: Fact) -> bool:
    """An other comprehensive income item printed before tax, the tax on the group in a row
    of its own below it ('Income tax relating to these items'): the changes in equity print
    the item net of tax (IAS 1.91(b))."""
    table = filing.table(fact.table_id)
    if table.kind not in (TableKind.COMPREHENSIVE_INCOME, TableKind.INCOME_STATEMENT):
        return False
    for row in table.rows[fact.row + 1 :]:
        if _TAX_RELATING.search(row.label or ""):
            return True
        if row.kind is not RowKind.ITEM:
            return False
    return False


def _before_tax_with_discontinued(filing: Filing, fact: Fact) -> bool:
    """Profit before tax of a period with a discontinued operation: the cash flow statement
    starts from the profit before tax of all operations, the income statement prints the
    continuing operations' (IFRS 5), and the discontinued operation's is seldom printed."""
    return fact.concept == "ProfitLossBeforeTax" and any(
        f.concept == "ProfitLossFromDiscontinuedOperations" and f.period == fact.period and f.value
        for f in filing.facts
    )


def _groups(filing: Filing, plain_keys: list[Keyed | None]) -> dict[FactKey, list[Keyed]]:
    """Monetary facts by key (`plain_keys`: each fact's key outside an equity matrix)."""
    groups: dict[FactKey, list[Keyed]] = defaultdict(list)
    ambiguous = _ambiguous_labels(filing)
    breakdowns = _breakdowns(filing)
    kinds = {t.id: t.kind for t in filing.tables}
    equity_totals = {
        t.id
        for t in filing.tables
        if t.kind is TableKind.CHANGES_IN_EQUITY
        and total_column_is_equity([c.member for c in t.value_columns()])
    }
    repeated = _repeated_in_discussion(filing)
    one_segment = {
        t.id for t in filing.tables if t.kind in _DISCUSSION and _ONE_SEGMENT.search(t.title)
    }
    for fact, plain in zip(filing.facts, plain_keys, strict=True):
        if fact.unit.measure is not Measure.MONETARY or fact.table_id in one_segment:
            continue
        if _BEFORE_RESTATEMENT.search(fact.label or ""):
            continue  # the figure the restated one replaces: not the statements' figure
        repeats = (fact.table_id, normalise_label(fact.label), fact.period, fact.member) in repeated
        if repeats and fact.table_id not in breakdowns:
            continue  # 'Net sales' under each segment heading: parts, not the entity's figure
        kind = kinds[fact.table_id]
        keyed = (
            key_of(fact, equity_matrix=True, total_is_equity=fact.table_id in equity_totals)
            if kind is TableKind.CHANGES_IN_EQUITY
            else plain
        )
        if keyed is None:
            continue
        if fact.table_id in breakdowns:
            total_row, concept = breakdowns[fact.table_id]
            if fact.row != total_row:
                continue  # a part of the line the table breaks down, not the line itself
            keyed = Keyed(FactKey(concept, keyed.key.moment, ""), fact, keyed.opening)
        if not is_specific(keyed.key.concept):
            continue
        groups[keyed.key].append(keyed)
        by_label = label_key(fact)
        if by_label and kind is TableKind.BALANCE_SHEET and by_label not in ambiguous:
            groups[by_label].append(Keyed(by_label, fact, keyed.opening))
    return groups


def _repeated_in_discussion(
    filing: Filing,
) -> set[tuple[str, str, Period | None, str | None]]:
    """Amounts a discussion table prints more than once under the same label and column
    ('Net sales' under each segment heading)."""
    kinds = {t.id: t.kind for t in filing.tables}
    counts: Counter[tuple[str, str, Period | None, str | None]] = Counter(
        (f.table_id, normalise_label(f.label), f.period, f.member)
        for f in filing.facts
        if kinds[f.table_id] in _DISCUSSION and f.unit.measure is Measure.MONETARY and f.label
    )
    return {key for key, n in counts.items() if n > 1}


def _breakdowns(filing: Filing) -> dict[str, tuple[int, str]]:
    """Discussion tables titled after a statement line ("Cost of sales"), or ending in a
    total of one ("Total revenue" under revenue by segment): their rows are parts of that
    line and only their last row, the total, is the line itself.

    Maps table id -> (index of the total row, concept of the statement line).
    """
    lines: dict[str, str] = {}
    for statement in filing.statements:
        for row in statement.rows:
            if row.label:
                lines.setdefault(normalise_label(row.label), row.concept)
                balance = balance_concept(row.label, row.concept)
                if balance is not None:  # 'Total cash, ... and restricted cash' in a note
                    lines.setdefault(*balance)
    statement_concepts = set(lines.values())
    found: dict[str, tuple[int, str]] = {}
    for table in filing.tables:
        if table.kind not in _DISCUSSION:
            continue
        valued = [r for r in table.rows if _has_amounts(r)]
        if not valued:
            continue
        total = valued[-1]
        if total.kind is RowKind.ITEM and total.label:
            continue  # the last line is one more part, not the total of the line
        if total.label and sum(1 for r in valued if r.label == total.label) > 1:
            continue  # 'Operating income' under each segment: the last is one segment's
        concept = lines.get(_untotalled(total.label))
        if concept is None and cells.says_total(total) and total.concept in statement_concepts:
            concept = total.concept
        concept = concept or lines.get(normalise_label(table.title))
        if concept is not None:
            found[table.id] = (total.index, concept)
    return found


def _has_amounts(row: Row) -> bool:
    """A row with figures that are amounts (not a row of percentages under them)."""
    monetary = row.unit is None or row.unit.measure is Measure.MONETARY
    return monetary and any(c.value is not None for c in row.cells)


def _untotalled(label: str | None) -> str:
    """ "Total proceeds from commercial paper, net" -> the statement line it totals."""
    text = normalise_label(label)
    return text.removeprefix("total ") if text.startswith("total ") else ""


def _ambiguous_labels(filing: Filing) -> set[FactKey]:
    """Labels printed twice in one table (current and non-current borrowings): no tie."""
    counts: dict[tuple[str, FactKey], int] = defaultdict(int)
    for fact in filing.facts:
        key = label_key(fact)
        if key is not None:
            counts[(fact.table_id, key)] += 1
    return {key for (_, key), n in counts.items() if n > 1}


def _fact_key(fact: Fact) -> tuple[str, int, int]:
    return (fact.table_id, fact.row, fact.column)


def _code(anchor: Keyed, other: Keyed, filing: Filing) -> str:
    if anchor.opening != other.opening:
        return OPENING_CODE
    kinds = {filing.table(anchor.fact.table_id).kind, filing.table(other.fact.table_id).kind}
    if kinds & {TableKind.MDNA, TableKind.OTHER}:
        return MDNA_CODE
    if TableKind.NOTE in kinds:
        return NOTE_CODE
    return STATEMENT_CODE


def _tie(filing: Filing, anchor: Keyed, other: Keyed) -> Check:
    a, b = anchor.fact, other.fact
    code = _code(anchor, other, filing)
    anchor_value = a.value if (a.value < 0) == (b.value < 0) else -a.value
    result = compare(Amount(b.value, b.decimals), [Amount(anchor_value, a.decimals)])
    spans = (b.span, a.span)
    facts = (_fact_key(b), _fact_key(a))
    where_b, where_a = _where(filing, b), _where(filing, a)
    description = f"{_show(b, b.value)} ({where_b}) = {_show(b, anchor_value)} ({where_a})"
    severity = result.severity
    if severity is None:
        return Check(code, Status.PASSED, description, spans, facts)
    scale = b.unit.scale
    expected = cells.in_table_unit(anchor_value, scale)
    difference = cells.in_table_unit(result.difference, scale)
    message = (
        f"{_name(b)} [{_moment(b)}] {_show(b, b.value)} on line {b.span.line} ({where_b})"
        f" ≠ {_show(b, anchor_value)} on line {a.span.line} ({where_a}):"
        f" difference {cells.printed(difference)}"
    )
    if severity is Severity.WARNING:
        message += " (within what rounding explains)"
    finding = Finding(code, severity, message, spans, expected, b.printed, difference, b.table_id)
    return Check(code, Status.FAILED, description, spans, facts, finding)


def _show(fact: Fact, base: Decimal) -> str:
    value = cells.in_table_unit(base, fact.unit.scale)
    return cells.printed(value, max(fact.decimals + fact.unit.scale, 0))


def _name(fact: Fact) -> str:
    label = " ".join((fact.label or fact.concept).split())
    if fact.member:
        label = f"{label}, {fact.member}"
    return label if len(label) <= 60 else label[:57] + "..."


def _moment(fact: Fact) -> str:
    return str(fact.period) if fact.period else "no period"


def _where(filing: Filing, fact: Fact) -> str:
    table: Table = filing.table(fact.table_id)
    kind = table.kind.value.replace("_", " ")
    if table.kind is TableKind.NOTE and table.note:
        return f"note {table.note}"
    return kind


def _with_code(ctx: CheckContext, code: str) -> Iterable[Check]:
    return (c for c in tie_checks(ctx) if c.code == code)


@rule(OPENING_CODE, "opening-balance-differs-from-prior-closing", Severity.ERROR)
def opening_balance_differs_from_prior_closing(ctx: CheckContext) -> Iterator[Check]:
    """An opening balance differs from the closing balance of the period before.

    What it checks: a balance printed as at the start of a period ("As at January 1,
    2024", "Cash and cash equivalents at beginning of period") against the same balance
    printed as at the end of the previous period (the balance sheet at December 31,
    2023), wherever both are printed.

    Why it matters: a roll-forward that does not start where the previous one ended
    hides an unexplained movement or a restatement that is not disclosed.

    Example: cash and cash equivalents at beginning of period 9,423,495 in the cash flow
    statement against 9,423,495 at December 31, 2023 on the balance sheet.
    """
    yield from _with_code(ctx, OPENING_CODE)


@rule(STATEMENT_CODE, "statements-disagree", Severity.ERROR)
def statements_disagree(ctx: CheckContext) -> Iterator[Check]:
    """The same figure differs between two primary statements.

    What it checks: the same concept, period and member printed in two primary
    statements: cash at the end of the period in the cash flow statement and on the
    balance sheet; closing balances of the statement of changes in equity and the
    equity lines of the balance sheet; the loss for the period and the total
    comprehensive loss in the income statement, the statement of comprehensive loss and
    the statement of changes in equity.

    Why it matters: the statements articulate; a figure that differs between them means
    one of them is wrong.

    Example: cash and cash equivalents at end of period 7,626,544 (cash flows) against
    7,626,544 at June 30, 2024 (balance sheet).
    """
    yield from _with_code(ctx, STATEMENT_CODE)


@rule(NOTE_CODE, "note-disagrees-with-statement", Severity.ERROR)
def note_disagrees_with_statement(ctx: CheckContext) -> Iterator[Check]:
    """A figure in a note differs from the statement line it explains.

    What it checks: every note figure whose concept and period also appear in a primary
    statement (a note total against the line item, income tax, borrowings) or in
    another note.

    Why it matters: a note that does not agree with its statement line explains some
    other number.

    Example: note 14 total borrowings against the balance sheet's borrowings.
    """
    yield from _with_code(ctx, NOTE_CODE)


@rule(MDNA_CODE, "discussion-disagrees-with-statements", Severity.ERROR)
def discussion_disagrees_with_statements(ctx: CheckContext) -> Iterator[Check]:
    """A figure in the management discussion or highlights differs from the statements.

    What it checks: figures of the management discussion and analysis and of the key
    highlights (often in RMB million with one decimal) against the same concept and
    period in the statements (in RMB thousands), within the rounding their precision
    allows; a figure in millions 0.1 off the rounded thousands is a warning.

    Why it matters: readers quote the discussion, not the statements; it must say what
    the statements say.

    Example: MD&A net cash used in operating activities (3,523.8) million against
    (3,523,763) thousand in the cash flow statement.
    """
    yield from _with_code(ctx, MDNA_CODE)
