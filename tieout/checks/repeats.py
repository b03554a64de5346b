"""TO604: a discussion table that repeats a statement repeats it faithfully.

Management discussions reprint the income statement or a summary of the cash flows,
often with labels lost or garbled in conversion, so concepts cannot pair the lines.
The order can: a discussion table whose rows, in order, print the same figures as most
rows of a statement (within rounding, for a summary in millions) is a repeat of it.
Rows that match are anchors; between two anchors, the remaining rows of the repeat are
paired in order with the remaining rows of the statement, and must agree too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from tieout.checks import cells
from tieout.checks.registry import CheckContext, rule
from tieout.checks.tolerance import Amount, compare
from tieout.model import (
    Check,
    Column,
    ColumnRole,
    Finding,
    Row,
    Severity,
    SourceSpan,
    Status,
    Table,
    TableKind,
)

REPEAT_CODE = "TO604"
MIN_ANCHORS = 3


@dataclass(frozen=True, slots=True)
class _Pairing:
    """The repeat's columns against the statement's, by period."""

    repeat: Table
    statement: Table
    columns: tuple[tuple[Column, Column], ...]  # (repeat column, statement column)


def _pairing(repeat: Table, statement: Table) -> _Pairing | None:
    pairs = []
    for column in repeat.columns:
        if column.role is not ColumnRole.VALUE or column.period is None:
            continue
        match = next(
            (
                c
                for c in statement.columns
                if c.role is ColumnRole.VALUE and c.period == column.period and c.member is None
            ),
            None,
        )
        if match is not None:
            pairs.append((column, match))
    return _Pairing(repeat, statement, tuple(pairs)) if pairs else None


def _valued(table: Table, columns: Sequence[Column]) -> list[Row]:
    return [r for r in table.rows if any(_value(r, c) is not None for c in columns)]


def _value(row: Row, column: Column) -> Decimal | None:
    cell = row.cell(column.index)
    return cell.value if cell is not None else None


def _agrees(p: _Pairing, mine: Row, theirs: Row) -> tuple[int, int]:
    """(agreeing, disagreeing) figures of a repeat row against a statement row."""
    agree = disagree = 0
    for column, other in p.columns:
        a, b = mine.cell(column.index), theirs.cell(other.index)
        if a is None or b is None or a.value is None or b.value is None:
            continue
        if _same(p, column, other, a.value, b.value) and (a.value != 0 or b.value != 0):
            agree += 1
        else:
            disagree += 1
    return agree, disagree


def _same(p: _Pairing, column: Column, other: Column, a: Decimal, b: Decimal) -> bool:
    """Figures agree: equal in the same unit, within rounding across units."""
    mine, theirs = cells.unit_of(p.repeat, column), cells.unit_of(p.statement, other)
    if mine.scale == theirs.scale:
        return a == b
    if (a < 0) != (b < 0):
        return False
    amount_a = Amount(a.scaleb(mine.scale), _places(a) - mine.scale)
    amount_b = Amount(b.scaleb(theirs.scale), _places(b) - theirs.scale)
    return compare(amount_a, [amount_b]).agrees


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _anchors(p: _Pairing, mine: list[Row], theirs: list[Row]) -> list[tuple[int, int]]:
    """Rows of the repeat that print the figures of a statement row, in order."""
    found: list[tuple[int, int]] = []
    start = 0
    for i, row in enumerate(mine):
        for j in range(start, len(theirs)):
            if _prints_the_same(p, row, theirs[j]):
                found.append((i, j))
                start = j + 1
                break
    return found


def _prints_the_same(p: _Pairing, mine: Row, theirs: Row) -> bool:
    """Every figure both rows print agrees, and at least one is not zero."""
    agreed = False
    for column, other in p.columns:
        a, b = mine.cell(column.index), theirs.cell(other.index)
        if a is None or b is None or a.value is None or b.value is None:
            continue
        if not _same(p, column, other, a.value, b.value):
            return False
        agreed = agreed or a.value != 0 or b.value != 0
    return agreed


def repeat_checks(ctx: CheckContext) -> Iterator[Check]:
    for repeat in ctx.filing.tables:
        if repeat.kind not in (TableKind.MDNA, TableKind.OTHER):
            continue
        for statement in ctx.filing.statements:
            pairing = _pairing(repeat, statement)
            if pairing is None:
                continue
            columns = [c for c, _ in pairing.columns]
            mine = _valued(repeat, columns)
            theirs = _valued(statement, [c for _, c in pairing.columns])
            anchors = _anchors(pairing, mine, theirs)
            if len(anchors) < MIN_ANCHORS or 2 * len(anchors) < len(mine):
                continue
            for i, j in anchors:
                yield _check(pairing, mine[i], theirs[j], failed=False)
            for (i0, j0), (i1, j1) in pairwise(anchors):
                gap_mine, gap_theirs = mine[i0 + 1 : i1], theirs[j0 + 1 : j1]
                if gap_mine and len(gap_mine) == len(gap_theirs):
                    for a, b in zip(gap_mine, gap_theirs, strict=True):
                        yield _check(pairing, a, b, failed=_agrees(pairing, a, b)[1] > 0)
            break


def _check(p: _Pairing, mine: Row, theirs: Row, *, failed: bool) -> Check:
    spans: list[SourceSpan] = []
    texts_mine, texts_theirs = [], []
    for column, other in p.columns:
        a, b = mine.cell(column.index), theirs.cell(other.index)
        if a is not None and a.value is not None:
            spans.append(cells.cell_span(mine, a))
            texts_mine.append(a.text)
        if b is not None and b.value is not None:
            spans.append(cells.cell_span(theirs, b))
            texts_theirs.append(b.text)
    facts = cells.keys(p.repeat, [(mine, c) for c, _ in p.columns]) + cells.keys(
        p.statement, [(theirs, o) for _, o in p.columns]
    )
    kind = p.statement.kind.value.replace("_", " ")
    name = cells.row_name(theirs)
    their_line = next((s.line for s in spans if s.line in theirs.lines), theirs.line)
    description = (
        f"line {mine.line} {' '.join(texts_mine)} repeats {name}"
        f" {' '.join(texts_theirs)} ({kind} line {their_line})"
    )
    if not failed:
        return Check(REPEAT_CODE, Status.PASSED, description, tuple(spans), facts)
    message = (
        f"Line {mine.line} of a table repeating the {kind} prints {' '.join(texts_mine)}"
        f" where the {kind} prints {name} {' '.join(texts_theirs)} (line {their_line})"
    )
    ordered = (cells.cell_span(mine, None), *spans)
    finding = Finding(REPEAT_CODE, Severity.ERROR, message, ordered, table_id=p.repeat.id)
    return Check(REPEAT_CODE, Status.FAILED, description, ordered, facts, finding)


@rule(REPEAT_CODE, "repeated-statement-differs", Severity.ERROR)
def repeated_statement_differs(ctx: CheckContext) -> Iterator[Check]:
    """A discussion table that repeats a statement prints a different figure.

    What it checks: management-discussion tables whose rows, in order, print the figures
    of most rows of a primary statement (a reprinted income statement, a cash flow
    summary in millions) are aligned with it row by row; every aligned row must print
    the statement's figures, within rounding. Rows between two aligned rows are paired
    in order, so a garbled or unlabelled row is still compared with the line it repeats.

    Why it matters: a reprinted statement is read as the statement; a figure that
    changed on the way is a misstatement, whatever the label says.

    Example: a repeat of the income statement printing `(11.070)	(10,020)` between
    finance income - net and fair value losses, where the statement prints share of
    losses of investments (11,878) and (10,029).
    """
    return repeat_checks(ctx)
