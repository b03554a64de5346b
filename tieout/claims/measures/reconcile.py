"""Reconciliations of non-IFRS measures (EBITDA, adjusted EBITDA, adjusted net loss): from
their own rows, and rebuilt from the more precise figures of the statements and notes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from tieout.claims.interval import Interval
from tieout.claims.link import FactIndex
from tieout.claims.measures.cells import (
    MeasureResult,
    cell_interval,
    column_scale,
    fact_interval,
    result_of,
    valued,
)
from tieout.claims.subjects import normalise_label
from tieout.model import (
    Cell,
    Column,
    ColumnRole,
    Fact,
    Filing,
    Measure,
    Period,
    Row,
    Table,
)
from tieout.numbers import format_amount

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


def measure_rows(table: Table) -> list[Row]:
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
    measures = measure_rows(table)
    if not measures:
        return []
    results: list[MeasureResult] = []
    for column in table.value_columns():
        anchor: Row | None = None
        items: list[tuple[Row, Cell]] = []
        for row in table.rows:
            cell = valued(row, column.index)
            if cell is None or _percentages(row):
                continue  # a margin or a growth printed among the amounts adds nothing
            if anchor is None:
                anchor, items = row, [(row, cell)]
                continue
            if row in measures:
                recomputed = _sum_cells(c for _, c in items)
                name = f"{row.label} ({_period(column)})"
                basis = " + ".join(c.text for _, c in items)
                results.append(
                    result_of("reconciliation", name, table, row, cell, recomputed, items, basis)
                )
                anchor, items = row, [(row, cell)]
            elif len(items) >= 2 and cell_interval(cell).meets(_sum_cells(c for _, c in items)):
                anchor, items = row, [(row, cell)]  # a subtotal ('EBITDA, EBIT, Net income'):
                # the items below add to it, not to what it already holds
            else:
                items.append((row, cell))
    return results


def _percentages(row: Row) -> bool:
    return row.unit is not None and row.unit.measure is Measure.PERCENT


def _sum_cells(cells: Iterable[Cell]) -> Interval:
    total = Interval.exact(Decimal(0))
    for cell in cells:
        total = total + cell_interval(cell)
    return total


def _period(column: Column) -> str:
    return str(column.period.end) if column.period else column.header


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
        for measure_row in measure_rows(table):
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
    scale = column_scale(table, column)
    total = Interval.exact(Decimal(0))
    used: list[Fact] = []
    terms: list[str] = []
    for row, cell in rows:
        sign = Decimal(-1) if (cell.value or 0) < 0 else Decimal(1)
        precise = _precise_fact(index, row, cell, scale, column.period)
        if precise is None:
            total = total + cell_interval(cell).scale(Decimal(1).scaleb(scale))
            terms.append(f"{cell.text} ({row.label}, as printed)")
            continue
        total = total + fact_interval(precise).magnitude().scale(sign)
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
        cell = valued(row, column.index)
        if cell is None or (row.label and MEASURE_LABEL.match(normalise_label(row.label))):
            continue
        collected.append((row, cell))
    return []


@lru_cache(maxsize=1 << 14)
def _words(label: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", label.lower()) if len(w) > 3)


def _precise_fact(
    index: FactIndex, row: Row, cell: Cell, scale: int, period: Period
) -> Fact | None:
    """A more precise fact of the same period that rounds to the cell and shares its words."""
    assert cell.value is not None
    printed = cell_interval(cell).magnitude().scale(Decimal(1).scaleb(scale))
    label_words = _words(row.label or "")
    scored: list[tuple[float, int, int, Fact]] = []
    for fact in index.by_period.get(period, ()):
        if fact.table_id == "" or fact.decimals <= (cell.decimals or 0) - scale:
            continue
        words = _words(fact.label or "")
        common = len(words & label_words)
        if common < max(1, len(label_words) // 2):
            continue
        if not fact_interval(fact).magnitude().meets(printed):
            continue
        # The label most alike wins ("fair value losses of preferred share" over "share of
        # losses of investments"), then the most precise figure, then the statements.
        likeness = common / len(words | label_words)
        scored.append((likeness, fact.decimals, -index.rank(fact), fact))
    if not scored:
        return None
    return max(scored, key=lambda item: item[:3])[3]


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
