"""TO106: a total printed again further down its table prints the same figures.

Statements repeat totals: the loss for the period again under its attribution to owners
and non-controlling interests, total comprehensive loss again under its attribution.
A later total line that prints an earlier total's figure in one column is that total
again; it must agree in every column. Matrices (members in columns) share figures across
rows by design and are left out, as are lines holding malformed numbers (TO103's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from tieout.checks import cells
from tieout.checks.registry import CheckContext, rule
from tieout.model import Check, Column, ColumnRole, Finding, Row, Severity, Status, Table
from tieout.statements.lexicon import load_lexicon

REPEATED_TOTAL_CODE = "TO106"
BIG_ENOUGH = Decimal(1000)


def _values(row: Row, columns: list[Column]) -> list[Decimal | None]:
    out: list[Decimal | None] = []
    for column in columns:
        cell = row.cell(column.index)
        out.append(cell.value if cell is not None else None)
    return out


def repeated_total_checks(ctx: CheckContext) -> Iterator[Check]:
    for table in ctx.filing.tables:
        columns = [c for c in table.columns if c.role is ColumnRole.VALUE]
        if len(columns) < 2 or any(c.member for c in columns):
            continue  # a matrix shares figures across rows by design
        totals = [
            r
            for r in table.rows
            if cells.says_total(r)
            and any(c.value for c in r.cells)
            and not any(cells.is_suspect(c) for c in r.cells)
        ]
        for i, later in enumerate(totals):
            earlier = _repeated(table, totals[:i], later, columns)
            if earlier is not None:
                yield _check(table, earlier, later, columns)


def _repeated(table: Table, candidates: list[Row], later: Row, columns: list[Column]) -> Row | None:
    """The earlier total `later` repeats: the nearest agreeing with it in every column,
    else the nearest sharing a large figure with it in some column, unless the two name
    different concepts (profit from continuing operations equals the profit for the year
    when nothing was discontinued; equity attributable to owners equals total equity
    when there are no non-controlling interests) or the rows between account for the
    difference (a running total: a finance cost in one period only)."""
    mine = _values(later, columns)
    sharing = []
    for earlier in reversed(candidates):
        theirs = _values(earlier, columns)
        pairs = list(zip(mine, theirs, strict=True))
        if not any(a is not None and a == b and abs(a) >= BIG_ENOUGH for a, b in pairs):
            continue
        if all(a == b for a, b in pairs if a is not None and b is not None):
            return earlier
        sharing.append(earlier)
    return next(
        (
            e
            for e in sharing
            if not _named_apart(e, later)
            and not _labelled_apart(e, later)
            and not _runs_on(table, e, later, columns)
        ),
        None,
    )


def _runs_on(table: Table, earlier: Row, later: Row, columns: list[Column]) -> bool:
    """`later` is `earlier` plus the rows printed between them, in every column."""
    between = [r for r in table.rows if earlier.index < r.index < later.index and r.cells]
    if not between:
        return False
    for column in columns:
        first, last = earlier.cell(column.index), later.cell(column.index)
        if first is None or last is None or first.value is None or last.value is None:
            return False
        added = sum(
            (c.value for r in between if (c := r.cell(column.index)) and c.value is not None),
            Decimal(0),
        )
        if first.value + added != last.value:
            return False
    return True


def _labelled_apart(earlier: Row, later: Row) -> bool:
    """Both totals name what they add up, and name different things ('Total effects on net
    assets', 'Total effects on equity'): sums of different rows that share a figure in one
    column, not one total printed twice. A repeat is unlabelled, a bare 'Total', or
    names the total it repeats."""
    first, second = _what_is_totalled(earlier), _what_is_totalled(later)
    return bool(first and second) and first not in second and second not in first


_TOTAL_WORDS = re.compile(r"^\s*(?:sub-?)?total\b\s*|[^\w\s]", re.IGNORECASE)


def _what_is_totalled(row: Row) -> str:
    return " ".join(_TOTAL_WORDS.sub(" ", row.label or "").lower().split())


def _named_apart(earlier: Row, later: Row) -> bool:
    known = _known_concepts()
    return earlier.concept != later.concept and {earlier.concept, later.concept} <= known


@cache
def _known_concepts() -> frozenset[str | None]:
    return frozenset(c.name for c in load_lexicon().concepts)


def _check(table: Table, earlier: Row, later: Row, columns: list[Column]) -> Check:
    spans = []
    differ = []
    for column in columns:
        a, b = later.cell(column.index), earlier.cell(column.index)
        if a is None or b is None or a.value is None or b.value is None:
            continue
        spans += [cells.cell_span(later, a), cells.cell_span(earlier, b)]
        if a.value != b.value:
            differ.append((column, a, b))
    facts = cells.keys(table, [(r, c) for r in (later, earlier) for c in columns])
    description = f"line {later.line} repeats {cells.row_name(earlier)} (line {earlier.line})"
    if not differ:
        return Check(REPEATED_TOTAL_CODE, Status.PASSED, description, tuple(spans), facts)
    column, a, b = differ[0]
    assert a.value is not None and b.value is not None
    message = (
        f"{cells.row_name(later)} repeats {cells.row_name(earlier)} of line {earlier.line}"
        f" but prints {a.text} for {b.text} [{cells.column_name(column)}]"
    )
    finding = Finding(
        REPEATED_TOTAL_CODE,
        Severity.ERROR,
        message,
        tuple(spans),
        b.value,
        a.value,
        a.value - b.value,
        table.id,
    )
    return Check(REPEATED_TOTAL_CODE, Status.FAILED, description, tuple(spans), facts, finding)


@rule(REPEATED_TOTAL_CODE, "repeated-total-differs", Severity.ERROR)
def repeated_total_differs(ctx: CheckContext) -> Iterator[Check]:
    """A total printed again further down its table differs from the first printing.

    What it checks: a total or unlabelled figure line that prints the figure of an
    earlier total of the same table in one column (the loss for the period again under
    its attribution; total comprehensive loss again under its attribution) must print
    that total's figures in every column. Two totals that each name what they add up, and
    name different things ('Total effects on net assets', 'Total effects on equity'), are
    not one total printed twice, nor is a total that runs on from the one above it.

    Why it matters: the second printing closes the attribution; if it differs from the
    total it repeats, one of the two is wrong.

    Example: `(2,477,212)	(3,142,624)` under the attribution of the loss repeats the loss
    for the period printed above it.
    """
    return repeated_total_checks(ctx)
