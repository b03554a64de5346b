"""Evaluate a found sum (structure.Relation) figure by figure into Checks.

Shared by footing (a row is the sum of rows, checked in every column) and cross-footing
(a column is the sum of columns, checked in every row). A `Grid` hides which direction
is which: `line` is the summed direction, `position` the other.

Blanks: a blank cell is nil, unless the reader reported its row as damaged (a figure
may have been lost there). One lost figure per sum is inferred from the others: an
INFERRED check (TO102) giving the value; an inferred zero is just nil. The finding is a
warning when the document prints the inferred figure elsewhere for the same period (the
text is only damaged here), an error when it does not (nothing vouches for it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from tieout.checks import cells
from tieout.checks.structure import Relation, Vector
from tieout.checks.tolerance import Amount, compare
from tieout.model import (
    Cell,
    Check,
    Column,
    Finding,
    Row,
    Severity,
    SourceSpan,
    Status,
    Table,
)

INFERRED_CODE = "TO102"
STRAY_CODE = "TO103"
BLANK_CODE = "TO105"


@dataclass(frozen=True, slots=True)
class Slot:
    """One figure of the grid: its row, column and cell (None when nothing is printed)."""

    row: Row
    column: Column
    cell: Cell | None
    missing: bool  # blank on a damaged line: a figure may have been lost

    @property
    def value(self) -> Decimal | None:
        if self.cell is not None and self.cell.value is not None:
            return self.cell.value
        return None if self.missing else Decimal(0)

    @property
    def printed_value(self) -> bool:
        return self.cell is not None and self.cell.value is not None

    @property
    def blank(self) -> bool:
        """Nothing printed (not even a dash for nil) on a line not reported damaged."""
        return not self.printed_value and not self.missing


Locate = Callable[[int, int], Slot]  # (line key, position key) -> slot


@dataclass(frozen=True, slots=True)
class Grid:
    table: Table
    positions: tuple[int, ...]  # keys of the other direction
    locate: Locate
    name: Callable[[int], str]  # how a message names a line
    where: Callable[[int], str]  # how a message names a position
    derived: Callable[[int, int], bool]  # figures rounded one by one (percentages)
    confirmed: Callable[[Slot, Decimal], bool] = lambda _slot, _value: False


def vector(grid: Grid, key: int, **hints: bool) -> Vector:
    slots = [grid.locate(key, p) for p in grid.positions]
    if not any(s.printed_value for s in slots):
        return Vector(key, tuple(None for _ in slots), heading=True)
    suspect = any(cells.is_suspect(s.cell) for s in slots)
    return Vector(key, tuple(s.value for s in slots), suspect=suspect, **hints)


def evaluate(
    grid: Grid, relation: Relation, code: str, *, explain_blanks: bool = True
) -> Iterator[Check]:
    """One check per position of a sum, and a TO103 check per stray line left out.

    `explain_blanks`: a failing sum with one blank cell is reported as TO105 with the
    figure the blank would need, and a total left blank over items partly blank is not
    struck there (footing); cross-footing, where blanks are the usual way to print nil
    across a matrix, reports the sum itself.
    """
    for position in grid.positions:
        check = _evaluate_position(grid, relation, position, code, explain_blanks)
        if check is not None:
            yield check
    for stray in relation.excluded:
        yield _stray(grid, relation, stray)


def _evaluate_position(
    grid: Grid, relation: Relation, position: int, code: str, explain_blanks: bool
) -> Check | None:
    total = grid.locate(relation.total, position)
    parts = [grid.locate(k, position) for k in relation.parts]
    slots = [total, *parts]
    if not any(s.printed_value for s in slots):
        return None
    if len(parts) > 1 and all(p.cell is None for p in parts):
        return None  # only the total printed in this column ('Aggregate Fair Value' at the end)
    if explain_blanks and len(parts) > 2 and _one_item_printed(parts, total):
        # the total beside one item, the other items left blank: the column states the two
        # figures, it does not add the lines (earnings per share of a reconciliation of
        # GAAP to non-GAAP earnings: the adjustments are not printed per share); across a
        # matrix (cross-footing) a blank is nil and the sum is reported
        spans = tuple(cells.cell_span(s.row, s.cell) for s in slots)
        description = f"{grid.name(relation.total)} [{grid.where(position)}]: not totalled"
        return Check(code, Status.UNRESOLVED, description, spans)
    if explain_blanks and _not_struck(total, parts):
        return None
    missing = [s for s in slots if s.value is None]
    spans = tuple(cells.cell_span(s.row, s.cell) for s in slots)
    facts = cells.keys(grid.table, ((s.row, s.column) for s in slots if s.printed_value))
    if total.blank and not total.missing and any(p.value for p in parts):
        # a total left blank on an intact line over non-nil items: the column is not
        # totalled here (a percentage held, a number of shares, beside totalled amounts)
        description = f"{grid.name(relation.total)} [{grid.where(position)}]: not totalled"
        return Check(code, Status.UNRESOLVED, description, spans)
    if len(missing) > 1:
        description = f"{grid.name(relation.total)} [{grid.where(position)}]: too many blanks"
        return Check(code, Status.UNRESOLVED, description, spans)
    if missing:
        return _inferred(grid, relation, position, total, parts, spans, facts)
    return _compare(grid, relation, position, total, parts, spans, facts, code, explain_blanks)


def _one_item_printed(parts: Sequence[Slot], total: Slot) -> bool:
    """One item prints a figure other than the total's; every other is blank on an intact
    line."""
    printed = [p for p in parts if p.printed_value]
    if len(printed) != 1 or not total.printed_value or printed[0].value == total.value:
        return False
    return all(p.blank for p in parts if p is not printed[0])


def _not_struck(total: Slot, parts: Sequence[Slot]) -> bool:
    """The total is blank in a column where some items print figures and others are blank:
    the sum is not struck there (a segment matrix strikes profit before tax in its total
    column only), so there is nothing to compare. A blank total over all-dash or complete
    items is still nil, or a figure left out (TO105)."""
    return (
        total.blank
        and any(p.blank for p in parts)
        and any(p.printed_value and p.value != 0 for p in parts)
    )


def _compare(
    grid: Grid,
    relation: Relation,
    position: int,
    total: Slot,
    parts: Sequence[Slot],
    spans: tuple[SourceSpan, ...],
    facts: tuple[cells.FactKey, ...],
    code: str,
    explain_blanks: bool,
) -> Check:
    table = grid.table
    precision = next(
        cells.amount(table, s.column, s.cell).decimals
        for s in (total, *parts)
        if s.cell is not None and s.cell.value is not None
    )
    actual = _amount(table, total, precision)
    signed = [
        _amount(table, p, precision) if w > 0 else -_amount(table, p, precision)
        for p, w in zip(parts, relation.weights, strict=True)
    ]
    result = compare(
        actual,
        signed,
        derived=grid.derived(relation.total, position),
        rounded=cells.is_rounded(table, total.column),
    )
    values = [_printed(p) for p in parts]
    description = cells.written_sum(_printed(total), values, relation.weights)
    severity = result.severity
    if severity is None:
        return Check(code, Status.PASSED, description, spans, facts)
    blanks = [i for i, s in enumerate((total, *parts)) if s.blank]
    if explain_blanks and severity is Severity.ERROR and len(blanks) == 1:
        return _blank_needed(grid, relation, position, total, parts, blanks[0], spans, facts)
    scale = cells.unit_of(table, total.column).scale
    expected = cells.in_table_unit(result.expected, scale)
    difference = cells.in_table_unit(result.difference, scale)
    places = total.cell.decimals if total.cell is not None else 0
    message = (
        f"{grid.name(relation.total)} [{grid.where(position)}]"
        f" {cells.printed(_printed(total), places)}"
        f" ≠ sum of {len(parts)} items {cells.printed(expected, places)}:"
        f" difference {cells.printed(difference, places)}"
    )
    if severity is Severity.WARNING:
        message += " (within what rounding explains)"
    finding = Finding(
        code, severity, message, spans, expected, _printed(total), difference, table.id
    )
    return Check(code, Status.FAILED, description, spans, facts, finding)


def _inferred(
    grid: Grid,
    relation: Relation,
    position: int,
    total: Slot,
    parts: Sequence[Slot],
    spans: tuple[SourceSpan, ...],
    facts: tuple[cells.FactKey, ...],
) -> Check:
    weights = relation.weights
    known = sum(
        (w * p.value for p, w in zip(parts, weights, strict=True) if p.value is not None),
        Decimal(0),
    )
    if total.value is None:
        lost, value = total, known
    else:
        index = next(i for i, p in enumerate(parts) if p.value is None)
        lost, value = parts[index], (total.value - known) * Decimal(weights[index])
    where = f"{grid.name(relation.total)} [{grid.where(position)}]"
    if value == 0:
        return Check(INFERRED_CODE, Status.PASSED, f"{where}: blank read as nil", spans, facts)
    line = lost.row.line
    confirmed = grid.confirmed(lost, value)
    message = (
        f"{cells.row_name(lost.row)} [{cells.column_name(lost.column)}] is not printed"
        f" on line {line}; the arithmetic of {where} gives {cells.printed(value)}"
        + (", as printed elsewhere" if confirmed else ", printed nowhere else")
    )
    lost_span = cells.cell_span(lost.row, lost.cell)
    ordered = (lost_span, *(s for s in spans if s != lost_span))
    severity = Severity.WARNING if confirmed else Severity.ERROR
    finding = Finding(INFERRED_CODE, severity, message, ordered, value, None, None, grid.table.id)
    return Check(INFERRED_CODE, Status.INFERRED, message, ordered, facts, finding)


def _blank_needed(
    grid: Grid,
    relation: Relation,
    position: int,
    total: Slot,
    parts: Sequence[Slot],
    index: int,
    spans: tuple[SourceSpan, ...],
    facts: tuple[cells.FactKey, ...],
) -> Check:
    """A sum that fails with one blank cell: say what the blank would have to hold."""
    weights = relation.weights
    known = sum((Decimal(w) * _printed(p) for p, w in zip(parts, weights, strict=True)), Decimal(0))
    if index == 0:
        blank, value = total, known
    else:
        blank = parts[index - 1]
        value = (_printed(total) - known) * Decimal(weights[index - 1])
    where = f"{grid.name(relation.total)} [{grid.where(position)}]"
    message = (
        f"{cells.row_name(blank.row)} [{cells.column_name(blank.column)}] is blank on line"
        f" {blank.row.line}, but {where} foots only if it holds {cells.printed(value)}"
    )
    blank_span = cells.cell_span(blank.row, blank.cell)
    ordered = (blank_span, *(s for s in spans if s != blank_span))
    finding = Finding(
        BLANK_CODE, Severity.ERROR, message, ordered, value, None, None, grid.table.id
    )
    return Check(BLANK_CODE, Status.FAILED, message, ordered, facts, finding)


def _stray(grid: Grid, relation: Relation, stray: int) -> Check:
    slots = [grid.locate(stray, p) for p in grid.positions]
    printed = [s for s in slots if s.printed_value]
    texts = ", ".join(s.cell.text for s in printed if s.cell is not None)
    total_slots = [grid.locate(relation.total, p) for p in grid.positions]
    spans = tuple(cells.cell_span(s.row, s.cell) for s in printed) + tuple(
        cells.cell_span(s.row, s.cell) for s in total_slots if s.printed_value
    )
    message = (
        f"{grid.name(stray)} ({texts}) sits among the items of {grid.name(relation.total)}"
        f" but the total foots only without it: a garbled or duplicated line"
    )
    facts = cells.keys(grid.table, ((s.row, s.column) for s in printed))
    finding = Finding(STRAY_CODE, Severity.ERROR, message, spans, table_id=grid.table.id)
    return Check(STRAY_CODE, Status.FAILED, message, spans, facts, finding)


def _amount(table: Table, slot: Slot, nil_precision: int) -> Amount:
    """A printed figure as an amount; a nil (blank or dash) at the figures' precision."""
    if slot.cell is not None and slot.cell.value is not None and slot.cell.value != 0:
        return cells.amount(table, slot.column, slot.cell)
    return Amount(Decimal(0), nil_precision)


def _printed(slot: Slot) -> Decimal:
    value = slot.value
    return value if value is not None else Decimal(0)
