"""Turn table cells into facts: concept, period, member, value in base units, source.

Columns usually carry the period. Matrix tables (changes in equity, property, plant and
equipment) carry it in their rows instead: "As at January 1, 2024" is a balance (at the end
of the day before, XBRL-style: 2023-12-31), the rows between two balances are movements
over the period between them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tieout.model import Cell, ColumnRole, Fact, Measure, Period, Row, RowKind, Table, Unit
from tieout.numbers import base_value, scale_decimals
from tieout.tables.periods import duration_months, find_date, period_ending

_BALANCE = re.compile(r"^(?:as\s+at|at|balance\s+at|balance\s+as\s+at)\b|^於", re.I)
_OPENING = re.compile(r"\bopening\b|\bat\s+beginning\b|\bbeginning\s+of\b|期初|年初", re.I)
_CLOSING = re.compile(r"\bclosing\b|\bat\s+end\b|\bend\s+of\b|期末|年末", re.I)


def table_facts(table: Table, months: int | None = None) -> Iterator[Fact]:
    """Facts of a table; `months` is the filing's usual period length, for matrix rows
    whose closing balance the text does not print."""
    row_periods = _row_periods(table, months) if _needs_row_periods(table) else {}
    for row in table.rows:
        if row.kind is RowKind.HEADING:
            continue
        for cell in row.cells:
            fact = _fact(table, row, cell, row_periods.get(row.index))
            if fact is not None:
                yield fact


def cell_unit(table: Table, row: Row, column_index: int) -> Unit:
    column = table.columns[column_index]
    if column.role in (ColumnRole.PERCENT, ColumnRole.CHANGE):
        return Unit(Measure.PERCENT)
    return row.unit or column.unit or table.unit


def _fact(table: Table, row: Row, cell: Cell, row_period: Period | None) -> Fact | None:
    if cell.value is None or cell.span is None:
        return None
    column = table.columns[cell.column]
    if column.role in (ColumnRole.NOTES, ColumnRole.TEXT):
        return None
    unit = cell_unit(table, row, cell.column)
    scale = unit.scale if unit.measure in (Measure.MONETARY, Measure.SHARES) else 0
    decimals = cell.decimals or 0
    return Fact(
        concept=row.concept,
        label=row.label,
        period=column.period or row_period,
        member=column.member,
        value=base_value(cell.value, scale),
        printed=cell.value,
        decimals=scale_decimals(decimals, scale),
        unit=unit,
        table_id=table.id,
        row=row.index,
        column=cell.column,
        span=cell.span,
    )


def _needs_row_periods(table: Table) -> bool:
    values = table.value_columns()
    return bool(values) and all(c.period is None for c in values)


@dataclass(frozen=True)
class _Marker:
    index: int
    period: Period  # an instant for balances, a duration for "six months ended" headings


def _row_periods(table: Table, months: int | None) -> dict[int, Period]:
    """Periods of the rows of a matrix table, from the dates its row labels print."""
    markers = list(_markers(table.rows))
    periods: dict[int, Period] = {}
    for row in table.rows:
        if row.kind is RowKind.HEADING or not row.cells:
            continue
        own = next((m for m in markers if m.index == row.index and m.period.is_instant), None)
        if own is not None:
            periods[row.index] = own.period
            continue
        period = _movement_period(row, markers, months)
        if period is not None:
            periods[row.index] = period
    return periods


def _markers(rows: Sequence[Row]) -> Iterator[_Marker]:
    for row in rows:
        if not row.label:
            continue
        parts = find_date(row.label)
        end = parts.complete()
        if end is None:
            continue
        months = duration_months(row.label)
        if months:
            yield _Marker(row.index, period_ending(end, months))
        elif _BALANCE.match(row.label.strip()) or row.kind is RowKind.HEADING:
            yield _Marker(row.index, Period(end=_balance_date(end)))


def _balance_date(day: date) -> date:
    """'As at January 1, 2024' is the closing balance of December 31, 2023 (and 'At 1st
    October, 2019' that of 30 September 2019)."""
    if day.day == 1:
        return day - timedelta(days=1)
    return day


def _movement_period(row: Row, markers: Sequence[_Marker], months: int | None) -> Period | None:
    before = [m for m in markers if m.index < row.index]
    after = [m for m in markers if m.index > row.index and m.period.is_instant]
    duration = next((m for m in reversed(before) if not m.period.is_instant), None)
    if duration is not None and duration.period.start is not None:
        if row.label and _OPENING.search(row.label):
            return Period(end=duration.period.start - timedelta(days=1))
        if row.label and _CLOSING.search(row.label):
            return Period(end=duration.period.end)
        if not any(m.index > duration.index and m.period.is_instant for m in before):
            return duration.period
    balance_before = next((m for m in reversed(before) if m.period.is_instant), None)
    if balance_before is not None and after:
        start = balance_before.period.end + timedelta(days=1)
        return Period(end=after[0].period.end, start=start)
    if balance_before is not None and months:
        start = balance_before.period.end + timedelta(days=1)
        return period_ending(_month_end(start, months), months)
    if balance_before is not None:
        return balance_before.period
    return None


def _month_end(start: date, months: int) -> date:
    """The last day of the period of `months` that begins on `start`."""
    month = start.month + months - 1
    year = start.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def usual_months(tables: Sequence[Table]) -> int | None:
    """The most common length of the duration columns of a filing, in months."""
    counts: dict[int, int] = {}
    for table in tables:
        for column in table.value_columns():
            period = column.period
            if period is None or period.start is None:
                continue
            length = (
                (period.end.year - period.start.year) * 12
                + period.end.month
                - period.start.month
                + 1
            )
            counts[length] = counts.get(length, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None
