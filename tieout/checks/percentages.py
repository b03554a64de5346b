"""TO602, TO603: printed percentages agree with the amounts beside them.

A percentage column beside an amount column of the same period is a share of the row
printed at 100 (revenue, total). A change column compares the two amount columns printed
just left of it: (current - prior) / |prior|, or on magnitudes (|current| - |prior|) / |prior| as
discussions of losses print it ("loss for the period -21.2%"). Each printed percentage
is compared with the exact ratio within its printed precision (checks.tolerance).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from tieout.checks import cells
from tieout.checks.registry import CheckContext, rule
from tieout.checks.tolerance import Amount, Comparison, compare, ratio_percent
from tieout.model import (
    Cell,
    Check,
    Column,
    ColumnRole,
    Finding,
    Measure,
    Row,
    Severity,
    SourceSpan,
    Status,
    Table,
)

SHARE_CODE = "TO602"
CHANGE_CODE = "TO603"
HUNDRED = Decimal(100)


def _value_column_for(table: Table, percent: Column) -> Column | None:
    """The amount column a percentage column belongs to: same period, nearest to its left."""
    candidates = [
        c
        for c in table.columns
        if c.role is ColumnRole.VALUE and c.index < percent.index and c.period == percent.period
    ]
    return candidates[-1] if candidates else None


_CURRENCY_PREFIX = re.compile(r"^[(\-–\s]*((?:[A-Z]{1,3})?\$|RMB|EUR|GBP|USD|HKD|£|€|¥)")


def _printed_currencies(table: Table, column: Column) -> set[str]:
    """The currency signs a column's figures print ('US$50,000', 'HK$10,000', 'RMB100')."""
    found: set[str] = set()
    for row in table.rows:
        cell = row.cell(column.index)
        match = _CURRENCY_PREFIX.match(cell.text) if cell is not None else None
        if match:
            found.add(match.group(1))
    return found


def _printed_cell(row: Row, column: Column) -> Cell | None:
    cell = row.cell(column.index)
    return cell if cell is not None and cell.value is not None else None


def share_checks(ctx: CheckContext) -> Iterator[Check]:
    for table in ctx.filing.tables:
        for percent in (c for c in table.columns if c.role is ColumnRole.PERCENT):
            amounts = _value_column_for(table, percent)
            if amounts is None or len(_printed_currencies(table, amounts)) > 1:
                continue  # capital of subsidiaries in US$, HK$ and RMB: no shares of a whole
            base = next(
                (r for r in table.rows if (c := _printed_cell(r, percent)) and c.value == HUNDRED),
                None,
            )
            base_cell = _printed_cell(base, amounts) if base else None
            if base is None or base_cell is None or base_cell.value in (None, 0):
                continue
            if not _is_whole(table, base_cell, amounts):
                continue  # 100% beside a part ('Group's interest' 100%, 80%): no shares
            for row in table.rows:
                if row is base:
                    continue
                yield from _share(table, row, base, base_cell, amounts, percent)


def _is_whole(table: Table, base: Cell, amounts: Column) -> bool:
    """The amount printed at 100% is at least as large as every other amount of its sign
    in its column: a whole is never smaller than its parts (a loss may be larger than the
    revenue it is a percentage of, a profit not)."""
    assert base.value is not None
    whole = base.value
    others = (c.value for r in table.rows if (c := _printed_cell(r, amounts)) is not None)
    return all(abs(v) <= abs(whole) for v in others if v is not None and (v < 0) == (whole < 0))


def _share(
    table: Table, row: Row, base: Row, base_cell: Cell, amounts: Column, percent: Column
) -> Iterator[Check]:
    pct, amt = _printed_cell(row, percent), _printed_cell(row, amounts)
    if pct is None or amt is None or amt.value is None or base_cell.value is None:
        return
    exact = ratio_percent(amt.value, base_cell.value)
    result = compare(Amount(pct.value or Decimal(0), pct.decimals or 0), [exact])
    spans = (cells.cell_span(row, pct), cells.cell_span(row, amt), cells.cell_span(base, base_cell))
    keys = cells.keys(table, [(row, percent), (row, amounts), (base, amounts), (base, percent)])
    description = (
        f"{pct.text} = {cells.printed(amt.value)} / {cells.printed(base_cell.value)}"
        f" = {exact.value:.3f}%"
    )
    yield _result(SHARE_CODE, table, row, percent, pct, result, spans, keys, description)


# An operational (constant-currency, organic) change leaves out what the amounts include
# (exchange rates, acquisitions): it cannot be recomputed from them.
_OTHER_MEASURE = re.compile(
    r"\boper\.|\boperational(?:ly)?\b|constant[- ]currency|\borganic\b", re.IGNORECASE
)


def change_checks(ctx: CheckContext) -> Iterator[Check]:
    for table in ctx.filing.tables:
        values = [
            c
            for c in table.columns
            if c.role is ColumnRole.VALUE and not cells.is_derived(table, c)
        ]  # a change of a percentage is in points, not a ratio of the two
        changes = [
            c
            for c in table.columns
            if c.role is ColumnRole.CHANGE and not _OTHER_MEASURE.search(" ".join(c.header.split()))
        ]
        if len(values) < 2 or not changes:
            continue
        for change in changes:
            compared = _compared_columns(values, change)
            if compared is None:
                continue
            current, prior = compared
            for row in table.rows:
                yield from _change(table, row, current, prior, change)


def _compared_columns(values: list[Column], change: Column) -> tuple[Column, Column] | None:
    """The two amount columns a change column compares: the pair just left of it (three
    months, then nine months, each with its own 'Change'). A percentage printed left of
    the amounts is no change of them: the rate a sensitivity analysis assumes ('+0.5%',
    then the effect on profit). (A movement between a roll-forward's balances is read as
    an amount column: tables.columns._movements.)"""
    before = [c for c in values if c.index < change.index]
    if len(before) < 2:
        return None
    return before[-2], before[-1]


def _change(
    table: Table, row: Row, current: Column, prior: Column, change: Column
) -> Iterator[Check]:
    pct, now, before = (_printed_cell(row, c) for c in (change, current, prior))
    if pct is None or now is None or before is None:
        return
    if change.unit is not None and change.unit.measure is Measure.MONETARY:
        yield _amount_change(table, row, (change, pct), (current, now), (prior, before))
        return
    if now.value is None or before.value is None or pct.value is None or before.value == 0:
        return
    printed = Amount(pct.value, pct.decimals or 0)
    signed = ratio_percent(now.value - before.value, abs(before.value))
    magnitude = ratio_percent(abs(now.value) - abs(before.value), abs(before.value))
    results = [compare(printed, [signed]), compare(printed, [magnitude])]
    result = min(results, key=lambda r: abs(r.difference))
    spans = tuple(cells.cell_span(row, c) for c in (pct, now, before))
    keys = cells.keys(table, [(row, change), (row, current), (row, prior)])
    description = (
        f"{pct.text} = change from {cells.printed(before.value)} to {cells.printed(now.value)}"
    )
    yield _result(CHANGE_CODE, table, row, change, pct, result, spans, keys, description)


def _amount_change(
    table: Table,
    row: Row,
    change: tuple[Column, Cell],
    current: tuple[Column, Cell],
    prior: tuple[Column, Cell],
) -> Check:
    """A change printed in amounts ("Changes RMB'000"): current - prior."""
    (column, printed), (now_column, now), (prior_column, before) = change, current, prior
    result = compare(
        cells.amount(table, column, printed),
        [cells.amount(table, now_column, now), -cells.amount(table, prior_column, before)],
    )
    spans = tuple(cells.cell_span(row, c) for c in (printed, now, before))
    keys = cells.keys(table, [(row, column), (row, now_column), (row, prior_column)])
    description = f"{printed.text} = {now.text} - {before.text}"
    if result.severity is None:
        return Check(CHANGE_CODE, Status.PASSED, description, spans, keys)
    scale = cells.unit_of(table, column).scale
    expected = cells.in_table_unit(result.expected, scale)
    difference = cells.in_table_unit(result.difference, scale)
    message = (
        f"{cells.row_name(row)} [{cells.column_name(column)}] {printed.text} ≠"
        f" {cells.printed(expected)} = {now.text} - {before.text}:"
        f" difference {cells.printed(difference)}"
    )
    finding = Finding(
        CHANGE_CODE, result.severity, message, spans, expected, printed.value, difference, table.id
    )
    return Check(CHANGE_CODE, Status.FAILED, description, spans, keys, finding)


def _result(
    code: str,
    table: Table,
    row: Row,
    column: Column,
    pct: Cell,
    result: Comparison,
    spans: tuple[SourceSpan, ...],
    keys: tuple[cells.FactKey, ...],
    description: str,
) -> Check:
    real_spans = spans
    if result.severity is None:
        return Check(code, Status.PASSED, description, real_spans, keys)
    expected = result.expected.quantize(Decimal("0.001"))
    message = (
        f"{cells.row_name(row)} [{cells.column_name(column)}] {pct.text} ≠ {expected}%"
        f" computed from the amounts: difference {result.difference.quantize(Decimal('0.001'))}"
    )
    difference = result.difference.quantize(Decimal("0.001"))
    finding = Finding(
        code, result.severity, message, real_spans, expected, pct.value, difference, table.id
    )
    return Check(code, Status.FAILED, description, real_spans, keys, finding)


@rule(SHARE_CODE, "percentage-share-differs", Severity.ERROR)
def percentage_share_differs(ctx: CheckContext) -> Iterator[Check]:
    """A printed percentage is not the share of the amount in the row printed at 100%.

    What it checks: in tables with a percentage column beside an amount column (key
    highlights "as a percentage of revenue", revenue by segment "%"), every percentage
    against amount / base x 100, where the base is the row printed at 100, within the
    precision the percentage is printed at.

    Why it matters: a percentage computed from a superseded figure survives every
    footing check of the amounts.

    Example: gross profit 766,760 at 44.1% of revenue 1,739,717 (44.07%).
    """
    return share_checks(ctx)


@rule(CHANGE_CODE, "percentage-change-differs", Severity.ERROR)
def percentage_change_differs(ctx: CheckContext) -> Iterator[Check]:
    """A printed period-over-period change is not the change between the amounts.

    What it checks: change columns against (current - prior) / |prior| x 100, or on
    magnitudes (|current| - |prior|) / |prior| x 100 as discussions of losses print
    them, within the printed precision; a change printed in amounts ("Changes RMB'000")
    against current - prior.

    Why it matters: growth rates are what readers quote first.

    Example: revenue 1,739,717 against 1,433,122: 21.4%; loss for the period (2,477,212)
    against (3,142,624): -21.2%.
    """
    return change_checks(ctx)
