"""TO1xx footing: every subtotal and total of every table adds up, column by column.

The structure (which rows sum to which) is found from the numbers (checks.structure);
the extractor's row kinds and labels only let a row that says it is a total be checked
when one of its figures is off. Every figure is compared under checks.tolerance.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from tieout.checks import cells
from tieout.checks.arithmetic import LIABILITY_TOTALS, TOTAL_CONCEPTS
from tieout.checks.registry import CheckContext, rule
from tieout.checks.structure import Vector, find_relations
from tieout.checks.sums import (
    BLANK_CODE,
    INFERRED_CODE,
    STRAY_CODE,
    Grid,
    Slot,
    evaluate,
    vector,
)
from tieout.model import Check, ColumnRole, Row, RowKind, Severity, Table, TableKind
from tieout.statements.concepts import section_of

FOOTING_CODE = "TO101"


def row_grid(ctx: CheckContext, table: Table) -> Grid:
    """The table seen as rows summed down each numeric column."""
    damaged = cells.damaged_lines(ctx)
    rows = {r.index: r for r in table.rows}
    columns = {c.index: c for c in cells.numeric_columns(table)}

    table_cells = {(r.index, c.column): c for r in table.rows for c in r.cells}
    row_damaged = {r.index: _on_damaged_line(r, damaged) for r in table.rows}

    def locate(row_key: int, column_key: int) -> Slot:
        cell = table_cells.get((row_key, column_key))
        return Slot(rows[row_key], columns[column_key], cell, missing=row_damaged[row_key])

    return Grid(
        table,
        tuple(columns),
        locate,
        name=lambda key: cells.row_name(rows[key]),
        where=lambda key: cells.column_name(columns[key]),
        derived=lambda _row, column_key: cells.is_derived(table, columns[column_key]),
        confirmed=lambda slot, value: printed_elsewhere(ctx, table, slot, value),
    )


def printed_elsewhere(ctx: CheckContext, table: Table, slot: Slot, value: Decimal) -> bool:
    """The document prints this figure in another table, for the same moment.

    A figure whose moment is unknown there (a matrix without periods) counts when it is
    large enough not to be a coincidence.
    """
    index = _facts_by_value(ctx)
    base = value.scaleb(cells.unit_of(table, slot.column).scale)
    period = slot.column.period
    moments = {str(period), period.end.isoformat()} if period else set()
    for table_id, moment in index.get(base, ()):
        if table_id == table.id:
            continue
        if moment in moments or (moment is None and abs(base) >= cells.CONFIRMING):
            return True
    return False


def _facts_by_value(ctx: CheckContext) -> dict[Decimal, list[tuple[str, str | None]]]:
    cached = ctx.cache.get("facts_by_value")
    if isinstance(cached, dict):
        return cached
    index: dict[Decimal, list[tuple[str, str | None]]] = {}
    for fact, keyed in zip(ctx.filing.facts, cells.fact_keys(ctx), strict=True):
        moment = keyed.key.moment if keyed is not None else None
        index.setdefault(fact.value, []).append((fact.table_id, moment))
    ctx.cache["facts_by_value"] = index
    return index


def _on_damaged_line(row: Row, damaged: frozenset[int]) -> bool:
    return any(line in damaged for line in row.lines)


def row_vectors(grid: Grid) -> list[Vector]:
    """Rows as the structure finder sees them: amounts only (percentages follow)."""
    amounts = (
        tuple(k for k in grid.positions if grid.table.column(k).role is ColumnRole.VALUE)
        or grid.positions
    )
    amount_grid = Grid(grid.table, amounts, grid.locate, grid.name, grid.where, grid.derived)
    owed = liability_rows(grid.table)
    return [
        vector(
            amount_grid,
            row.index,
            hinted=cells.says_total(row) or row.concept in TOTAL_CONCEPTS,
            labelled_total=cells.labelled_total(row),
            negated=cells.says_less(row) and not _printed_negative(row),
            owed=row.index in owed,
            balance=cells.says_balance(row),
        )
        for row in grid.table.rows
    ]


def _printed_negative(row: Row) -> bool:
    """Every figure of the row printed negative: 'Less valuation allowance (116)' already
    carries its sign and is added as printed."""
    values = [c.value for c in row.cells if c.value is not None and c.value != 0]
    return bool(values) and all(v < 0 for v in values)


_LIABILITY_SECTIONS = frozenset({"current_liabilities", "noncurrent_liabilities", "liabilities"})


def liability_rows(table: Table) -> set[int]:
    """Rows of a balance sheet that are liabilities: under a liabilities heading, or a
    liabilities total. A heading of another section ends a liabilities section."""
    if table.kind is not TableKind.BALANCE_SHEET:
        return set()
    owed: set[int] = set()
    section: str | None = None
    for row in table.rows:
        if row.kind is RowKind.HEADING and row.label:
            section = section_of(row.label)
            continue
        liability_total = row.concept in LIABILITY_TOTALS
        if liability_total or (section in _LIABILITY_SECTIONS and row.kind is RowKind.ITEM):
            owed.add(row.index)
        if liability_total or row.kind is not RowKind.ITEM:
            section = None  # a total closes the section ('NET ASSETS' after the liabilities)
    return owed


def footing_checks(ctx: CheckContext) -> list[Check]:
    """Every footing check of the filing, computed once and shared by TO101-TO103."""
    cached = ctx.cache.get("footing")
    if isinstance(cached, list):
        return cached
    checks: list[Check] = []
    for table in ctx.filing.tables:
        if not cells.numeric_columns(table):
            continue
        grid = row_grid(ctx, table)
        summed = replace(grid, positions=tuple(k for k in grid.positions if _adds_up(table, k)))
        for relation in find_relations(row_vectors(grid)):
            checks.extend(evaluate(summed, relation, FOOTING_CODE))
    ctx.cache["footing"] = checks
    return checks


_NOT_ADDITIVE = re.compile(r"\baverage\b|\bmay\s+yet\s+be\s+purchased\b", re.I)


def _adds_up(table: Table, column_index: int) -> bool:
    """Averages and balances do not add: a 'Weighted-Average Useful Life', an 'Average
    Price Paid per Share' or the 'Dollar Value of Shares that May Yet Be Purchased' on the
    total line is no sum of the lines above (the other columns still show which lines
    are totals)."""
    return not _NOT_ADDITIVE.search(" ".join(table.column(column_index).header.split()))


def _with_code(ctx: CheckContext, code: str) -> Iterator[Check]:
    return (c for c in footing_checks(ctx) if c.code == code)


@rule(FOOTING_CODE, "total-does-not-foot", Severity.ERROR)
def total_does_not_foot(ctx: CheckContext) -> Iterator[Check]:
    """A subtotal or total is not the sum of the items above it.

    What it checks: in every table and every amount or percentage column, each row that
    is the sum of the rows above it (gross profit = revenue + cost of sales, total assets
    = non-current + current assets, net cash flows by activity, unlabelled subtotals).
    Which rows sum to which is found from the numbers themselves, so unseen layouts are
    checked too; a row the text calls a total is checked even when one figure is off.
    Figures of the same unit must agree exactly; percentages within their rounding.

    Why it matters: a total that does not foot means a figure was mistyped, lost or
    changed after the total was struck: the first thing an auditor casts.

    Example: `Total current assets 16,229,542` with items summing to 16,229,642 gives
    "Total current assets [2024-06-30] 16,229,542 ≠ sum of 7 items 16,229,642:
    difference (100)".
    """
    return _with_code(ctx, FOOTING_CODE)


@rule(INFERRED_CODE, "figure-missing-but-determined", Severity.WARNING)
def figure_missing_but_determined(ctx: CheckContext) -> Iterator[Check]:
    """A figure is missing from the text, and the arithmetic of its total determines it.

    What it checks: a blank cell on a line the reader reported as damaged (labels run
    together with too few values, a garbled figure) inside a sum that otherwise foots.
    The finding gives the value the arithmetic requires. A blank that the arithmetic
    says is zero is read as nil, without a finding. The finding is a warning when the
    document prints that value elsewhere for the same period (the text is only damaged
    here) and an error when it prints it nowhere (nothing vouches for the figure).

    Why it matters: the figure cannot be tied to anything else until it is known; the
    inferred value says what the document most likely printed.

    Example: on a balance sheet line `Share capital Other reserves ... 73,572,739
    4,207,636 (55,090,950)` the June 2024 share capital is missing; equity attributable
    to owners 22,689,431 gives 6.
    """
    return _with_code(ctx, INFERRED_CODE)


@rule(STRAY_CODE, "stray-line-inside-total", Severity.ERROR)
def stray_line_inside_total(ctx: CheckContext) -> Iterator[Check]:
    """A line with malformed numbers sits inside a sum that foots only without it.

    What it checks: among the items of a total, a row holding a malformed figure whose
    removal makes the total foot exactly in every column.

    Why it matters: it is almost always a garbled duplicate of a neighbouring row left
    by the conversion of the document; it must not be read as a figure of its own.

    Example: `(5.017)	(122)` printed just above `(5,017)	(132)` in a statement of
    comprehensive loss.
    """
    return _with_code(ctx, STRAY_CODE)


@rule(BLANK_CODE, "blank-where-a-figure-is-needed", Severity.ERROR)
def blank_where_a_figure_is_needed(ctx: CheckContext) -> Iterator[Check]:
    """A cell printed blank (not a dash) inside a sum that foots only if it holds a figure.

    What it checks: a total that does not foot in a column where one of its items is
    printed blank, on a line the reader found intact. The finding gives the figure the
    blank would have to hold. A total itself left blank on an intact line is the
    document not totalling that column (shares held, a percentage interest) and is
    counted as unresolved, not reported.

    Why it matters: a blank normally means nil; when the arithmetic says otherwise,
    either a figure was left out of the document or the total is wrong.

    Example: fair value gains on structured deposits are blank for 2023 while the 2023
    total (505,252) needs 7,971 there, the figure note 12(c) prints for that year.
    """
    return _with_code(ctx, BLANK_CODE)
