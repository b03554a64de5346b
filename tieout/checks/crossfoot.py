"""TO2xx cross-footing: in a matrix, each row adds across to its total columns.

A matrix is a table with three or more amount columns for the same period, told apart
by members (share capital, other reserves, ... total; buildings, equipment, ... total).
Columns are summed across exactly as rows are summed down (checks.structure, applied to
the transposed table), so which columns are totals is found from the numbers. That the
columns foot down (opening + movements = closing) is TO101's job on the same table.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tieout.checks import cells
from tieout.checks.registry import CheckContext, rule
from tieout.checks.structure import find_relations
from tieout.checks.sums import Grid, Slot, evaluate, vector
from tieout.model import Check, Column, ColumnRole, Measure, Row, Severity, Table, TableKind

CROSSFOOT_CODE = "TO201"
MIN_MATRIX_COLUMNS = 3


def matrix_groups(table: Table) -> list[tuple[Column, ...]]:
    """Groups of amount columns that form a matrix: same period, three or more."""
    columns = [c for c in table.columns if c.role is ColumnRole.VALUE]
    groups: dict[object, list[Column]] = {}
    for column in columns:
        groups.setdefault(column.period, []).append(column)
    matrix_kind = table.kind is TableKind.CHANGES_IN_EQUITY
    return [
        tuple(group)
        for group in groups.values()
        if len(group) >= MIN_MATRIX_COLUMNS
        and (matrix_kind or sum(c.member is not None for c in group) >= MIN_MATRIX_COLUMNS)
    ]


def column_grid(ctx: CheckContext, table: Table, group: Sequence[Column]) -> Grid:
    """The matrix seen as columns summed across each row."""
    columns = {c.index: c for c in group}
    rows = {r.index: r for r in table.rows}

    def locate(column_key: int, row_key: int) -> Slot:
        # Across a matrix a blank is how nil is printed, even on a damaged line; a figure
        # lost there still shows when its column is footed down (TO101, TO102).
        row, column = rows[row_key], columns[column_key]
        return Slot(row, column, row.cell(column_key), missing=False)

    positions = tuple(
        r.index
        for r in table.rows
        if any(r.cell(c) is not None for c in columns) and not _percentages_among_amounts(table, r)
    )
    return Grid(
        table,
        positions,
        locate,
        name=lambda key: _column_title(columns[key]),
        where=lambda key: cells.row_name(rows[key]),
        derived=lambda _column, _row: False,
    )


def _percentages_among_amounts(table: Table, row: Row) -> bool:
    """A row of percentages in a matrix of amounts (a margin or a growth by segment): a
    ratio of each column, not added across to the total's."""
    return (
        row.unit is not None
        and row.unit.measure is Measure.PERCENT
        and table.unit.measure is not Measure.PERCENT
    )


def _column_title(column: Column) -> str:
    title = column.member or " ".join(column.header.split()) or f"column {column.index + 1}"
    return f"{title} column"


def _is_total_column(column: Column) -> bool:
    return "total" in (column.member or column.header).lower()


def crossfoot_checks(ctx: CheckContext) -> Iterator[Check]:
    for table in ctx.filing.tables:
        for group in matrix_groups(table):
            grid = column_grid(ctx, table, group)
            vectors = [
                vector(
                    grid,
                    c.index,
                    hinted=_is_total_column(c),
                    labelled_total=_is_total_column(c),
                )
                for c in group
            ]
            for relation in find_relations(vectors):
                yield from evaluate(grid, relation, CROSSFOOT_CODE, explain_blanks=False)


@rule(CROSSFOOT_CODE, "matrix-row-does-not-cross-foot", Severity.ERROR)
def matrix_row_does_not_cross_foot(ctx: CheckContext) -> Iterator[Check]:
    """A row of a matrix does not add across to its total columns.

    What it checks: in a statement of changes in equity, a property, plant and equipment
    roll-forward or any table with three or more amount columns for one period, every
    row's member columns sum to the total columns (share capital + reserves + accumulated
    losses = total attributable; total attributable + non-controlling interests = total
    equity). Which columns are totals is found from the numbers.

    Why it matters: a matrix that foots down but not across hides a figure posted to the
    wrong column, or a typo compensated in the total column.

    Example: `Total comprehensive loss  -  (5,017)  80,475  (2,456,782)  (2,381,324)` adds
    across to (2,381,324); printing (2,381,342) instead is reported with every cell of the
    row.
    """
    return (c for c in crossfoot_checks(ctx) if c.code == CROSSFOOT_CODE)
