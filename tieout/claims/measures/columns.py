"""Columns of figures that follow from other columns: use of proceeds (proportion x total),
percent of total ("% of revenue") and period-over-period change."""

from __future__ import annotations

from decimal import Decimal

from tieout.claims.interval import Interval, change_percent, share_percent
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
    Column,
    ColumnRole,
    Filing,
    Row,
    Table,
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
            whole_cell = valued(whole, amounts.index)
            if whole_cell is None:
                continue
            plug = _foots_as_printed(table, column, whole)
            for row in table.rows:
                share, amount = valued(row, column.index), valued(row, amounts.index)
                if row is whole or share is None or amount is None:
                    continue
                ratio = share_percent(cell_interval(amount), cell_interval(whole_cell))
                if (amount.value or 0) < 0:
                    ratio = -ratio
                basis = f"{amount.text} / {whole_cell.text}"
                if plug:
                    ratio = _widened(ratio, share.decimals or 0)
                    basis += " (one unit of rounding allowed: the column adds up to 100 as printed)"
                used = [(row, amount), (whole, whole_cell)]
                results.append(
                    result_of(
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
    parts = [valued(r, column.index) for r in table.rows if r is not whole]
    values = [c.value for c in parts if c is not None and c.value is not None]
    return len(values) > 1 and sum(values) == Decimal(100)


def _widened(interval: Interval, decimals: int) -> Interval:
    unit = Decimal(1).scaleb(-decimals)
    return Interval(interval.lo - unit, interval.hi + unit)


def _amount_column_before(table: Table, column: Column) -> Column | None:
    before = [c for c in table.columns if c.role is ColumnRole.VALUE and c.index < column.index]
    return before[-1] if before else None


def _whole_row(table: Table, column: Column) -> Row | None:
    """The one row printed as 100 percent; none when several are (a column of holdings)."""
    hundreds = [
        row
        for row in table.rows
        if (cell := valued(row, column.index)) is not None and cell.value == 100
    ]
    return hundreds[0] if len(hundreds) == 1 else None


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
                change, now, then = (valued(row, c.index) for c in (column, current, prior))
                if change is None or now is None or then is None or not then.value:
                    continue
                recomputed = change_percent(cell_interval(now), cell_interval(then))
                basis = f"({now.text} - {then.text}) / {then.text}"
                used = [(row, now), (row, then)]
                results.append(
                    result_of(
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
