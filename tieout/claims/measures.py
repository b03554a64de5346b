"""Defined measures, recomputed: gearing ratio from its stated definition, reconciliations
(EBITDA, adjusted EBITDA, adjusted net loss) from their own rows and from the statements,
earnings/loss per share, use-of-proceeds tables, percent-of-total and change columns.

Every recomputation returns a `MeasureResult`: what was printed, the interval the
underlying figures allow, and the facts (cells) used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from tieout.claims.interval import Interval, change_percent, half_unit, share_percent
from tieout.claims.link import FactIndex
from tieout.claims.parse import Claim
from tieout.claims.recompute import Measurer, Recomputed
from tieout.claims.sentences import Sentence, prose_lines, split_sentences
from tieout.claims.subjects import normalise_label
from tieout.model import (
    Cell,
    Column,
    ColumnRole,
    Document,
    Fact,
    Filing,
    Period,
    Row,
    SourceSpan,
    Table,
    TableKind,
)
from tieout.numbers import format_amount


@dataclass(frozen=True, slots=True)
class MeasureResult:
    """One printed figure of a defined measure against its recomputation."""

    kind: str  # "reconciliation", "restated", "per-share", "proceeds", "percent", "change"
    name: str  # "EBITDA (2024-06-30)"
    printed: Decimal
    decimals: int  # printed decimals, in the printed unit
    recomputed: Interval  # in the printed unit
    span: SourceSpan
    keys: tuple[tuple[str, int, int], ...]  # (table_id, row, column) of every cell used
    basis: str

    @property
    def agrees(self) -> bool:
        return self.recomputed.meets(Interval.around(self.printed, half_unit(self.decimals)))

    @property
    def value(self) -> Decimal:
        return self.recomputed.mid.quantize(Decimal(1).scaleb(-max(self.decimals, 0)))


# --------------------------------------------------------------------------- gearing

_NET_DEBT = re.compile(
    r"net debt (?:equals?(?: to)?|is calculated as|represents|is defined as|comprises)\s+(.+?)\.?$",
    re.IGNORECASE,
)
_CAPITAL = re.compile(
    r"total capital (?:equals?(?: to)?|is calculated as|represents|is defined as)\s+(.+?)\.?$",
    re.IGNORECASE,
)
_DIVIDED = re.compile(r"net debt divided by (?:the )?(.+?)(?:\s+at\b|\s+as at\b|\.?$)", re.I)


@dataclass(frozen=True, slots=True)
class GearingDefinition:
    """Net debt = sum(add) - sum(less), over the denominator (plus net debt for capital)."""

    add: tuple[str, ...]
    less: tuple[str, ...]
    denominator: tuple[str, ...]
    plus_net_debt: bool  # "total capital = total equity + net debt"


# Phrases whose "and" joins no two terms.
_UNSPLIT = ("cash and cash equivalents", "property, plant and equipment", "trade and other")


def gearing_definition(document: Document | None) -> GearingDefinition | None:
    """The definition of the gearing ratio as the text states it, if it does."""
    if document is None:
        return None
    add: tuple[str, ...] | None = None
    less: tuple[str, ...] = ()
    over: str | None = None
    capital: tuple[str, ...] | None = None
    for sentence in _sentences_about(document, "net debt"):
        debt = _NET_DEBT.search(sentence.text)
        if debt and add is None:
            parts = re.split(r"\s+(?:less|minus)\s+", debt.group(1), maxsplit=1)
            add = _terms(parts[0])
            less = _terms(parts[1]) if len(parts) > 1 else ()
        divided = _DIVIDED.search(sentence.text)
        if divided and over is None and "gearing" in sentence.text.lower():
            over = divided.group(1).lower()
        total = _CAPITAL.search(sentence.text)
        if total and capital is None:
            capital = tuple(t for t in _terms(total.group(1)) if t != "net debt")
    if add is None or over is None:
        return None
    if "capital" in over:
        if capital is None:
            return None
        return GearingDefinition(add, less, capital, plus_net_debt=True)
    return GearingDefinition(add, less, _terms(over), plus_net_debt=False)


def _sentences_about(document: Document, words: str) -> list[Sentence]:
    """Sentences of the prose lines that mention `words` (split only those lines)."""
    return [
        sentence
        for line in prose_lines(document)
        if words in line.text.lower()
        for sentence in split_sentences(line)
    ]


def _terms(text: str) -> tuple[str, ...]:
    """ "total borrowings, lease liabilities and preferred share" -> three terms."""
    protected = text.lower()
    for phrase in _UNSPLIT:
        protected = protected.replace(phrase, phrase.replace(" and ", " & ").replace(",", ";"))
    pieces = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+plus\s+", protected)
    terms = []
    for piece in pieces:
        term = re.sub(r"^(?:our|the|its)\s+", "", piece.strip())
        term = term.replace(" & ", " and ").replace(";", ",")
        if term:
            terms.append(term)
    return tuple(terms)


def balance_sheet_term(index: FactIndex, term: str, period: Period | None) -> list[Fact]:
    """The balance-sheet facts a definition's term names: exact label, prefix, then words."""
    facts = [
        f
        for f in index.filing.facts
        if index.kinds.get(f.table_id) is TableKind.BALANCE_SHEET
        and f.label
        and (period is None or f.period == period)
    ]
    bare = re.sub(r"^total\s+", "", term)
    tests = (
        lambda label: label == term,
        lambda label: label == bare,
        lambda label: label.startswith(bare),
        lambda label: re.search(rf"\b{re.escape(bare)}\b", label) is not None,
    )
    for test in tests:
        found = [f for f in facts if test(normalise_label(f.label or ""))]
        if found:
            return found
    return []


def gearing(index: FactIndex, definition: GearingDefinition, period: Period) -> Recomputed | str:
    """Net debt over total capital, in percent, for one balance-sheet date."""
    used: list[Fact] = []

    def total(terms: tuple[str, ...]) -> Interval | str:
        value = Interval.exact(Decimal(0))
        for term in terms:
            facts = balance_sheet_term(index, term, period)
            if not facts:
                return f"no balance-sheet figure for '{term}' at {period}"
            used.extend(facts)
            for fact in facts:
                value = value + _fact_interval(fact)
        return value

    added, less, over = (
        total(definition.add),
        total(definition.less),
        total(definition.denominator),
    )
    for part in (added, less, over):
        if isinstance(part, str):
            return part
    assert isinstance(added, Interval) and isinstance(less, Interval)
    assert isinstance(over, Interval)
    net_debt = added - less
    denominator = over + net_debt if definition.plus_net_debt else over
    ratio = (net_debt / denominator).scale(Decimal(100))
    named = " + ".join(definition.denominator) + (" + net debt" if definition.plus_net_debt else "")
    basis = f"net debt {net_debt.mid:,.0f} / ({named}) {denominator.mid:,.0f} = {ratio.mid:.2f}%"
    return ratio, tuple(used), basis


def _fact_interval(fact: Fact) -> Interval:
    return Interval.around(fact.value, half_unit(fact.decimals))


# --------------------------------------------------------------------------- claims


def claim_measurer(index: FactIndex) -> Measurer:
    """What recompute.py calls for claims about defined measures (gearing, net proceeds)."""
    definition = gearing_definition(index.filing.document)

    def measure(claim: Claim) -> Recomputed | str:
        assert claim.subject is not None
        if claim.subject.derived == "proceeds":
            return _proceeds_total(index.filing, claim)
        if claim.subject.derived != "gearing" or definition is None:
            return f"the text does not define {claim.subject.name}"
        facts = [
            f for f in index.filing.facts if index.kinds.get(f.table_id) is TableKind.BALANCE_SHEET
        ]
        period = index.period_for(facts, claim.date)
        if period is None:
            return "no balance sheet to recompute the gearing ratio from"
        return gearing(index, definition, period)

    return measure


def _proceeds_total(filing: Filing, claim: Claim) -> Recomputed | str:
    """The total of the planned-use column of the use-of-proceeds table nearest the claim."""
    candidates: list[tuple[int, Interval, tuple[Fact, ...], str]] = []
    for table in filing.tables:
        planned = _column_like(table, _PLANNED_USE)
        total = _total_row(table)
        if planned is None or total is None:
            continue
        cell = total.cell(planned.index)
        if cell is None or cell.value is None:
            continue
        distance = abs(table.lines[0] - claim.line)
        amount = _cell_interval(cell).scale(
            Decimal(1).scaleb(_scale(table, planned) - claim.figure.unit.scale)
        )
        facts = tuple(
            f
            for f in filing.facts
            if (f.table_id, f.row, f.column) == (table.id, total.index, planned.index)
        )
        candidates.append((distance, amount, facts, f"total of '{planned.header}' ({table.id})"))
    if not candidates:
        return "no use-of-proceeds table"
    _, amount, facts, basis = min(candidates, key=lambda c: c[0])
    return amount.magnitude(), facts, basis


# --------------------------------------------------------------------------- table helpers

_PLANNED_USE = re.compile(r"planned use|allocation of (?:the )?net proceeds|amount allocated", re.I)
_PROPORTION = re.compile(r"proportion|percentage of (?:the )?(?:total )?net proceeds|% of", re.I)


def _column_like(table: Table, pattern: re.Pattern[str]) -> Column | None:
    for column in table.columns:
        if pattern.search(column.header):
            return column
    return None


def _total_row(table: Table) -> Row | None:
    for row in table.rows:
        if row.label and normalise_label(row.label) == "total":
            return row
    return None


def _scale(table: Table, column: Column) -> int:
    return (column.unit or table.unit).scale


def _cell_interval(cell: Cell) -> Interval:
    assert cell.value is not None
    return Interval.around(cell.value, half_unit(cell.decimals or 0))


def _valued(row: Row, column: int) -> Cell | None:
    cell = row.cell(column)
    return cell if cell is not None and cell.value is not None and cell.span is not None else None


def _result(
    kind: str,
    name: str,
    table: Table,
    row: Row,
    cell: Cell,
    recomputed: Interval,
    used: list[tuple[Row, Cell]],
    basis: str,
) -> MeasureResult:
    assert cell.value is not None and cell.span is not None
    keys = tuple((table.id, r.index, c.column) for r, c in used)
    return MeasureResult(
        kind,
        name,
        cell.value,
        cell.decimals or 0,
        recomputed,
        cell.span,
        ((table.id, row.index, cell.column), *keys),
        basis,
    )


# --------------------------------------------------------------------------- reconciliations

MEASURE_LABEL = re.compile(
    r"^(?:adjusted |underlying |core )?(?:ebitda|ebit|lbitda)$"
    r"|^(?:adjusted|underlying|core) (?:net )?(?:loss|losses|profit|profits|income|earnings)"
    r"(?: for the (?:period|year))?$",
    re.IGNORECASE,
)


def reconciliations(filing: Filing) -> list[MeasureResult]:
    """Each measure row of a reconciliation against its starting row plus the rows added."""
    results: list[MeasureResult] = []
    for table in filing.tables:
        if table.kind.is_primary:
            continue
        results.extend(_reconcile(table))
    return results


def _measure_rows(table: Table) -> list[Row]:
    """The measure rows of a reconciliation table (none for other tables).

    A reconciliation starts from an IFRS figure and adds adjustments down to the measure;
    a table with percent or change columns, or starting from revenue, is a summary.
    """
    if any(c.role in (ColumnRole.PERCENT, ColumnRole.CHANGE) for c in table.columns):
        return []
    first = next((r for r in table.rows if any(c.value is not None for c in r.cells)), None)
    if first is None or (first.label and normalise_label(first.label) in _NOT_A_START):
        return []
    return [r for r in table.rows if r.label and MEASURE_LABEL.match(normalise_label(r.label))]


_NOT_A_START = frozenset({"revenue", "revenues", "turnover", "total revenue"})


def _reconcile(table: Table) -> list[MeasureResult]:
    measures = _measure_rows(table)
    if not measures:
        return []
    results: list[MeasureResult] = []
    for column in table.value_columns():
        anchor: Row | None = None
        items: list[tuple[Row, Cell]] = []
        for row in table.rows:
            cell = _valued(row, column.index)
            if cell is None:
                continue
            if anchor is None:
                anchor, items = row, [(row, cell)]
                continue
            if row in measures:
                recomputed = _sum_cells(c for _, c in items)
                name = f"{row.label} ({_period(column)})"
                basis = " + ".join(c.text for _, c in items)
                results.append(
                    _result("reconciliation", name, table, row, cell, recomputed, items, basis)
                )
                anchor, items = row, [(row, cell)]
            else:
                items.append((row, cell))
    return results


def _sum_cells(cells: Iterable[Cell]) -> Interval:
    total = Interval.exact(Decimal(0))
    for cell in cells:
        total = total + _cell_interval(cell)
    return total


def _period(column: Column) -> str:
    return str(column.period.end) if column.period else column.header


# --------------------------------------------------------------------------- restated


def restated_measures(index: FactIndex) -> list[MeasureResult]:
    """Reconciliations rebuilt from the most precise facts of the statements and notes.

    Each row of a reconciliation printed in millions is replaced by the fact of the same
    period that rounds to it and carries a label sharing its words (loss before income
    tax from the income statement, depreciation from the expenses note, ...); the result
    is compared with the measure wherever else it is printed more precisely (highlights).
    """
    results: list[MeasureResult] = []
    for table in index.filing.tables:
        if table.kind.is_primary:
            continue
        for measure_row in _measure_rows(table):
            for column in table.value_columns():
                result = _restate(index, table, measure_row, column)
                if result is not None:
                    results.append(result)
    return results


def _restate(
    index: FactIndex, table: Table, measure_row: Row, column: Column
) -> MeasureResult | None:
    if column.period is None or measure_row.label is None:
        return None
    rows = _terms_of(table, measure_row, column)
    if not rows:
        return None
    scale = _scale(table, column)
    total = Interval.exact(Decimal(0))
    used: list[Fact] = []
    terms: list[str] = []
    for row, cell in rows:
        sign = Decimal(-1) if (cell.value or 0) < 0 else Decimal(1)
        precise = _precise_fact(index, row, cell, scale, column.period)
        if precise is None:
            total = total + _cell_interval(cell).scale(Decimal(1).scaleb(scale))
            terms.append(f"{cell.text} ({row.label}, as printed)")
            continue
        total = total + _fact_interval(precise).magnitude().scale(sign)
        used.append(precise)
        terms.append(
            f"{format_amount(abs(precise.value).scaleb(-precise.unit.scale) * sign)}"
            f" ({precise.label}, line {precise.span.line})"
        )
    target = _printed_elsewhere(index, table, measure_row, column.period)
    if target is None or not used:
        return None
    recomputed = total.scale(Decimal(1).scaleb(-target.unit.scale))
    name = f"{measure_row.label} ({column.period.end}) from the statements"
    basis = " + ".join(terms)
    keys = tuple((f.table_id, f.row, f.column) for f in (target, *used))
    return MeasureResult(
        "restated",
        name,
        target.printed,
        _printed_decimals(target),
        recomputed,
        target.span,
        keys,
        basis,
    )


def _printed_decimals(fact: Fact) -> int:
    """Digits after the point as printed: XBRL decimals plus the unit's scale."""
    return max(fact.decimals + fact.unit.scale, 0)


def _terms_of(table: Table, measure_row: Row, column: Column) -> list[tuple[Row, Cell]]:
    """The rows a measure adds up, from the IFRS figure the table starts with.

    Intermediate measures are skipped: adjusted EBITDA is rebuilt from loss before tax and
    every adjustment, not from an EBITDA that was itself rounded.
    """
    collected: list[tuple[Row, Cell]] = []
    for row in table.rows:
        if row is measure_row:
            return collected
        cell = _valued(row, column.index)
        if cell is None or (row.label and MEASURE_LABEL.match(normalise_label(row.label))):
            continue
        collected.append((row, cell))
    return []


def _words(label: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", label.lower()) if len(w) > 3}


def _precise_fact(
    index: FactIndex, row: Row, cell: Cell, scale: int, period: Period
) -> Fact | None:
    """A more precise fact of the same period that rounds to the cell and shares its words."""
    assert cell.value is not None
    printed = _cell_interval(cell).magnitude().scale(Decimal(1).scaleb(scale))
    label_words = _words(row.label or "")
    best: Fact | None = None
    for fact in index.by_period.get(period, ()):
        if fact.table_id == "" or fact.decimals <= (cell.decimals or 0) - scale:
            continue
        if not fact.label or len(_words(fact.label) & label_words) < max(1, len(label_words) // 2):
            continue
        if not _fact_interval(fact).magnitude().meets(printed):
            continue
        if best is None or (fact.decimals, -index.rank(fact)) > (best.decimals, -index.rank(best)):
            best = fact
    return best


def _printed_elsewhere(index: FactIndex, table: Table, row: Row, period: Period) -> Fact | None:
    """The measure printed more precisely in another table (the highlights)."""
    label = normalise_label(row.label or "")
    candidates = [
        f
        for f in index.by_label.get(label, []) + index.by_label.get(_singular(label), [])
        if f.table_id != table.id and f.period == period
    ]
    return max(candidates, key=lambda f: f.decimals) if candidates else None


def _singular(label: str) -> str:
    return re.sub(r"losses$", "loss", label) if label.endswith("losses") else label + "es"


# --------------------------------------------------------------------------- per share

_ATTRIBUTABLE = re.compile(r"(?:profit|loss|earnings|income).*attributable", re.IGNORECASE)
_SHARES = re.compile(r"weighted average number of (?:ordinary )?shares", re.IGNORECASE)
_PER_SHARE = re.compile(r"(?:basic|diluted).*(?:earnings|loss|profit|income) per share", re.I)
_LABEL_SCALE = re.compile(r"\((?:rmb|hk\$|us\$|\$|hkd|usd)?\s*'?(000|thousand|million)\)", re.I)


def per_share(filing: Filing) -> list[MeasureResult]:
    """Basic (and diluted) earnings/loss per share = attributable result / weighted shares."""
    results: list[MeasureResult] = []
    computed: dict[Period, tuple[Interval, list[tuple[str, int, int]]]] = {}
    for table in filing.tables:
        attributable = _row_like(table, _ATTRIBUTABLE)
        shares = _row_like(table, _SHARES)
        if attributable is None or shares is None:
            continue
        for column in table.value_columns():
            result = _divide(table, attributable, shares, column)
            if result is not None and column.period is not None:
                computed[column.period] = result
    for table in filing.tables:
        for row in table.rows:
            if not (row.label and _PER_SHARE.search(row.label)):
                continue
            for column in table.value_columns():
                cell = _valued(row, column.index)
                if cell is None or column.period not in computed:
                    continue
                eps, keys = computed[column.period]
                if _in_cents(row.label):
                    eps = eps.scale(Decimal(100))
                name = f"{row.label} ({column.period.end if column.period else ''})"
                results.append(
                    MeasureResult(
                        "per-share",
                        name,
                        cell.value or Decimal(0),
                        cell.decimals or 0,
                        eps,
                        cell.span or SourceSpan(row.line, 1, 1),
                        ((table.id, row.index, cell.column), *keys),
                        f"attributable result / weighted average shares = {eps.mid:.4f}",
                    )
                )
    return results


def _label_scale(label: str, default: int) -> int:
    """The scale a row label states: "(RMB'000)", "('000)", "(HK$ million)"."""
    hint = _LABEL_SCALE.search(label)
    return {"000": 3, "thousand": 3, "million": 6}[hint.group(1).lower()] if hint else default


def _in_cents(label: str) -> bool:
    return re.search(r"\bcents?\b|\bfen\b", label, re.IGNORECASE) is not None


def _row_like(table: Table, pattern: re.Pattern[str]) -> Row | None:
    return next((r for r in table.rows if r.label and pattern.search(r.label)), None)


def _divide(
    table: Table, attributable: Row, shares: Row, column: Column
) -> tuple[Interval, list[tuple[str, int, int]]] | None:
    result_cell, shares_cell = _valued(attributable, column.index), _valued(shares, column.index)
    if result_cell is None or shares_cell is None or not shares_cell.value:
        return None
    scale = _label_scale(attributable.label or "", _scale(table, column))
    amount = _cell_interval(result_cell).scale(Decimal(1).scaleb(scale))
    count = _cell_interval(shares_cell).scale(
        Decimal(1).scaleb(_label_scale(shares.label or "", 0))
    )
    eps = amount / count
    keys = [(table.id, attributable.index, column.index), (table.id, shares.index, column.index)]
    return eps, keys


# --------------------------------------------------------------------------- columns


def proceeds_rows(filing: Filing) -> list[MeasureResult]:
    """Use of proceeds: each planned amount = its planned proportion x the total."""
    results: list[MeasureResult] = []
    for table in filing.tables:
        proportion = _column_like(table, _PROPORTION)
        planned = _column_like(table, _PLANNED_USE)
        total = _total_row(table)
        if proportion is None or planned is None or total is None:
            continue
        total_cell = _valued(total, planned.index)
        if total_cell is None:
            continue
        for row in table.rows:
            share, amount = _valued(row, proportion.index), _valued(row, planned.index)
            if row is total or share is None or amount is None:
                continue
            fraction = _cell_interval(share).scale(Decimal("0.01"))
            whole = _cell_interval(total_cell)
            recomputed = Interval(fraction.lo * whole.lo, fraction.hi * whole.hi)
            basis = f"{share.text}% x {total_cell.text}"
            used = [(row, share), (total, total_cell)]
            results.append(
                _result(
                    "proceeds",
                    f"{row.label} (planned use)",
                    table,
                    row,
                    amount,
                    recomputed,
                    used,
                    basis,
                )
            )
    return results


def percent_columns(filing: Filing) -> list[MeasureResult]:
    """Each "% of revenue" (percent) cell = its amount / the amount of the 100% row."""
    results: list[MeasureResult] = []
    for table in filing.tables:
        for column in table.columns:
            if column.role is not ColumnRole.PERCENT:
                continue
            amounts = _amount_column_before(table, column)
            whole = _whole_row(table, column)
            if amounts is None or whole is None:
                continue
            whole_cell = _valued(whole, amounts.index)
            if whole_cell is None:
                continue
            plug = _foots_as_printed(table, column, whole)
            for row in table.rows:
                share, amount = _valued(row, column.index), _valued(row, amounts.index)
                if row is whole or share is None or amount is None:
                    continue
                ratio = share_percent(_cell_interval(amount), _cell_interval(whole_cell))
                if (amount.value or 0) < 0:
                    ratio = -ratio
                basis = f"{amount.text} / {whole_cell.text}"
                if plug:
                    ratio = _widened(ratio, share.decimals or 0)
                    basis += " (one unit of rounding allowed: the column adds up to 100 as printed)"
                used = [(row, amount), (whole, whole_cell)]
                results.append(
                    _result(
                        "percent",
                        f"{row.label} ({column.header})",
                        table,
                        row,
                        share,
                        ratio,
                        used,
                        basis,
                    )
                )
    return results


def _foots_as_printed(table: Table, column: Column, whole: Row) -> bool:
    """Whether the percent cells of the parts add up exactly to the 100 printed as total."""
    parts = [_valued(r, column.index) for r in table.rows if r is not whole]
    values = [c.value for c in parts if c is not None and c.value is not None]
    return len(values) > 1 and sum(values) == Decimal(100)


def _widened(interval: Interval, decimals: int) -> Interval:
    unit = Decimal(1).scaleb(-decimals)
    return Interval(interval.lo - unit, interval.hi + unit)


def _amount_column_before(table: Table, column: Column) -> Column | None:
    before = [c for c in table.columns if c.role is ColumnRole.VALUE and c.index < column.index]
    return before[-1] if before else None


def _whole_row(table: Table, column: Column) -> Row | None:
    for row in table.rows:
        cell = _valued(row, column.index)
        if cell is not None and cell.value == 100:
            return row
    return None


def change_columns(filing: Filing) -> list[MeasureResult]:
    """Each period-over-period change cell = (current - prior) / |prior| of its row."""
    results: list[MeasureResult] = []
    for table in filing.tables:
        values = sorted(
            (c for c in table.value_columns() if c.period is not None),
            key=lambda c: c.period.end if c.period else None,  # type: ignore[arg-type,return-value]
            reverse=True,
        )
        if len(values) < 2:
            continue
        current, prior = values[0], values[1]
        for column in table.columns:
            if column.role is not ColumnRole.CHANGE:
                continue
            for row in table.rows:
                change, now, then = (_valued(row, c.index) for c in (column, current, prior))
                if change is None or now is None or then is None or not then.value:
                    continue
                recomputed = change_percent(_cell_interval(now), _cell_interval(then))
                basis = f"({now.text} - {then.text}) / {then.text}"
                used = [(row, now), (row, then)]
                results.append(
                    _result(
                        "change",
                        f"{row.label} ({column.header})",
                        table,
                        row,
                        change,
                        recomputed,
                        used,
                        basis,
                    )
                )
    return results


def all_measures(index: FactIndex) -> list[MeasureResult]:
    """Every recomputable figure of a defined measure in the filing."""
    filing = index.filing
    return [
        *reconciliations(filing),
        *restated_measures(index),
        *per_share(filing),
        *proceeds_rows(filing),
        *percent_columns(filing),
        *change_columns(filing),
    ]
