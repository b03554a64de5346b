"""Shared helpers for rules: cells as amounts, row names, spans and written-out arithmetic."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from tieout.checks.concepts import Keyed, key_of
from tieout.checks.registry import CheckContext
from tieout.checks.tolerance import Amount
from tieout.model import (
    Cell,
    CellFlag,
    Column,
    ColumnRole,
    Measure,
    Row,
    RowKind,
    SourceSpan,
    Table,
    Unit,
)
from tieout.numbers import format_amount

FactKey = tuple[str, int, int]
ROUNDED_SCALE = 6  # millions
CONFIRMING = Decimal(1000)  # a figure this large found elsewhere is no coincidence

_BALANCE_LABEL = re.compile(
    r"^\s*(?:\(unaudited\)\s*)?(?:(?:as\s+at|at|balances?\s+(?:(?:as\s+)?at|as\s+of))\b"
    r"|balances?,\s*[a-z]+\.?\s+\d)|^於",  # 'Balance, April 2, 2023' (US)
    re.I,
)
_TOTAL_LABEL = re.compile(r"^\s*(sub-?)?total\b", re.IGNORECASE)
_NOT_ADDITIVE = re.compile(
    r"\baverage\b.*\b(?:price|rate|cost)s?\b|\bexercise\s+price|\b(?:highest|lowest)\b"
    r"|\b(?:percentage|proportion)\s+of\s+(?:[\w-]+\s+){0,3}(?:held|interests?|ownership)\b"
    r"|\bownership\s+interests?\b|\binterests?\s+held\b"  # subsidiaries' lists
    r"|平均.*(?:價|价|率)|最高|最低",
    re.I,
)
_LESS_LABEL = re.compile(r"^\s*(less|deduct)\b", re.IGNORECASE)


def numeric_columns(table: Table) -> tuple[Column, ...]:
    """Columns that hold amounts or percentages (never note references or text, nor
    figures that do not add: 'Weighted average exercise price', 'Highest', 'Lowest',
    rates printed as percentages none of which is 100%)."""
    return tuple(
        c
        for c in table.columns
        if c.role in (ColumnRole.VALUE, ColumnRole.PERCENT)
        and not _NOT_ADDITIVE.search(c.header)
        and not _rates(table, c)
    )


def _rates(table: Table, column: Column) -> bool:
    """Percentages without a 100% among them: rates ('ECL rate 36.22%'), no shares of a whole."""
    printed = [
        cell
        for row in table.rows
        if (cell := row.cell(column.index)) is not None and cell.value is not None
    ]
    return (
        bool(printed)
        and all(c.text.rstrip().endswith("%") for c in printed)
        and not any(c.value == 100 for c in printed)
    )


def unit_of(table: Table, column: Column) -> Unit:
    return column.unit or table.unit


def is_derived(table: Table, column: Column) -> bool:
    """Percentages and ratios are rounded one by one, so their sums carry rounding."""
    return column.role is ColumnRole.PERCENT or unit_of(table, column).measure in (
        Measure.PERCENT,
        Measure.PURE,
    )


def is_rounded(table: Table, column: Column) -> bool:
    """Amounts in millions or more are presented rounded from the books."""
    unit = unit_of(table, column)
    return unit.measure is Measure.MONETARY and unit.scale >= ROUNDED_SCALE


def amount(table: Table, column: Column, cell: Cell) -> Amount:
    """A cell's value in base units with its XBRL-style precision."""
    assert cell.value is not None
    scale = unit_of(table, column).scale
    decimals = cell.decimals or 0
    return Amount(cell.value.scaleb(scale) if scale else cell.value, decimals - scale)


def in_table_unit(base: Decimal, scale: int) -> Decimal:
    """A base-unit amount back in the table's unit, without trailing zeros of the shift."""
    value = base.scaleb(-scale)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def printed(value: Decimal, decimals: int | None = 0) -> str:
    """A value in the table's unit, printed as statements print it."""
    return format_amount(value, max(decimals or 0, _decimals_of(value)))


def _decimals_of(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def is_suspect(cell: Cell | None) -> bool:
    return cell is not None and CellFlag.MALFORMED in cell.flags


def damaged_lines(ctx: CheckContext) -> frozenset[int]:
    """Lines the reader reported as damaged: a blank there may be a lost figure."""
    key = "damaged_lines"
    cached = ctx.cache.get(key)
    if not isinstance(cached, frozenset):
        cached = frozenset(i.span.line for i in ctx.filing.reading_issues)
        ctx.cache[key] = cached
    return cached


def fact_keys(ctx: CheckContext) -> list[Keyed | None]:
    """`key_of` of every fact of the filing, in order (outside an equity matrix), worked
    out once for all the rules that index facts by key."""
    key = "fact_keys"
    cached = ctx.cache.get(key)
    if not isinstance(cached, list):
        cached = [key_of(fact) for fact in ctx.filing.facts]
        ctx.cache[key] = cached
    return cached


def row_name(row: Row) -> str:
    """How a message names a row: its label, or where it was printed."""
    if row.label:
        label = " ".join(row.label.split())
        return label if len(label) <= 60 else label[:57] + "..."
    return f"Unlabelled {'total' if row.kind is not RowKind.ITEM else 'row'} at line {row.line}"


def column_name(column: Column) -> str:
    if column.member and column.period:
        return f"{column.member}, {column.period}"
    if column.member:
        return column.member
    if column.period:
        return str(column.period)
    header = " ".join(column.header.split())
    return header or f"column {column.index + 1}"


def says_total(row: Row) -> bool:
    """The label or the extractor calls this row a total (or it is an unlabelled figure row)."""
    return row.kind in (RowKind.SUBTOTAL, RowKind.TOTAL) or row.label is None


def labelled_total(row: Row) -> bool:
    return row.label is not None and bool(_TOTAL_LABEL.match(row.label))


def says_balance(row: Row) -> bool:
    """A balance at a date: 'At 1 May 2009', 'Balance at 31 December 2023', 'Balances as
    at 31 December 2019', '於二零二三年一月一日'."""
    return row.label is not None and bool(_BALANCE_LABEL.match(row.label))


def says_less(row: Row) -> bool:
    """'Less: ...' over figures printed positive: subtracted. Where the figures are printed
    in brackets ('Less valuation allowance (23)'), the brackets already subtract them."""
    if row.label is None or not _LESS_LABEL.match(row.label):
        return False
    values = [c.value for c in row.cells if c.value is not None]
    return not values or any(v > 0 for v in values)


def cell_span(row: Row, cell: Cell | None) -> SourceSpan:
    """Where a cell was printed; for a blank cell, the row's label (or its first line)."""
    if cell is not None and cell.span is not None:
        return cell.span
    if row.label_span is not None:
        return row.label_span
    return SourceSpan(row.line, 1, 1)


def written_sum(total: Decimal, parts: Sequence[Decimal], weights: Sequence[int]) -> str:
    """'766,760 = 1,739,717 + (972,957)': the arithmetic of a check, for people."""
    terms: list[str] = []
    for i, (value, weight) in enumerate(zip(parts, weights, strict=True)):
        text = printed(value)
        if i == 0:
            terms.append(text if weight > 0 else f"- {text}")
        else:
            terms.append(f"{'+' if weight > 0 else '-'} {text}")
    return f"{printed(total)} = {' '.join(terms)}"


def keys(table: Table, pairs: Iterable[tuple[Row, Column]]) -> tuple[FactKey, ...]:
    """The (table, row, column) keys of printed figures, for coverage."""
    return tuple(
        (table.id, row.index, column.index)
        for row, column in pairs
        if (cell := row.cell(column.index)) is not None and cell.value is not None
    )
