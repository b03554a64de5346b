"""Columns of figures that follow from other columns: use of proceeds (proportion x total),
percent of total ("% of revenue") and period-over-period change."""

from __future__ import annotations

from decimal import Decimal

from tieout.claims.interval import Interval
from tieout.claims.measures.cells import (
    PLANNED_USE,
    PROPORTION,
    MeasureResult,
    cell_interval,
    column_like,
    result_of,
    total_row,
    valued,
)
from tieout.model import (
    Filing,
)


def proceeds_rows(filing: Filing) -> list[MeasureResult]:
    """Use of proceeds: each planned amount = its planned proportion x the total."""
    results: list[MeasureResult] = []
    for table in filing.tables:
        proportion = column_like(table, PROPORTION)
        planned = column_like(table, PLANNED_USE)
        total = total_row(table)
        if proportion is None or planned is None or total is None:
            continue
        total_cell = valued(total, planned.index)
        if total_cell is None:
            continue
        for row in table.rows:
            share, amount = valued(row, proportion.index), valued(row, planned.index)
            if row is total or share is None or amount is None:
                continue
            fraction = cell_interval(share).scale(Decimal("0.01"))
            whole = cell_interval(total_cell)
            recomputed = Interval(fraction.lo * whole.lo, fraction.hi * whole.hi)
            basis = f"{share.text}% x {total_cell.text}"
            used = [(row, share), (total, total_cell)]
            results.append(
                result_of(
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
