"""TO502: a note's figures account for the statement lines that refer to it.

Statement lines print the note that explains them ("Cost of sales  5"). For every note
and period, the lines of one statement referring to that note are summed (one line, or
several: cost of sales + selling + administrative + research expenses all refer to the
note on expenses by nature), and the note table must print that sum (or its negative:
notes print expenses positive) in the same period. A note that prints it passes. A
single referring line that the note prints under nearly the same label with another
figure fails. A note that prints neither is not reported: notes often explain a line
piecewise, and the figures they share with statements are compared by concept (TO501).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from tieout.checks import cells
from tieout.checks.registry import CheckContext, rule
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
)

NOTE_REF_CODE = "TO502"
_NUMBER = re.compile(r"\d+")
_STOP = frozenset({"of", "the", "and", "in", "for", "a", "to", "at", "on", "from", "expressed"})


def note_numbers(text: str | None) -> set[str]:
    """Main note numbers of a reference: '12(a), (b)' -> {'12'}; '5 5 5' -> {'5'}."""
    return set(_NUMBER.findall(text or ""))


def _referring_rows(statement: Table) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in statement.rows:
        for number in note_numbers(row.notes):
            groups[number].append(row)
    return groups


def _note_tables(ctx: CheckContext) -> dict[str, list[Table]]:
    tables: dict[str, list[Table]] = defaultdict(list)
    for table in ctx.filing.tables:
        if table.note:
            found = _NUMBER.match(table.note)
            if found:
                tables[found.group()].append(table)
    return tables


def _amount_columns(table: Table) -> list[Column]:
    return [c for c in table.columns if c.role is ColumnRole.VALUE and c.member is None]


def note_ref_checks(ctx: CheckContext) -> Iterator[Check]:
    notes = _note_tables(ctx)
    for statement in ctx.filing.statements:
        for number, rows in _referring_rows(statement).items():
            for column in _amount_columns(statement):
                values = [r.cell(column.index) for r in rows]
                if any(c is None or c.value is None for c in values):
                    continue
                total = sum((c.value for c in values if c and c.value is not None), Decimal(0))
                if total == 0:
                    continue
                yield from _tie_to_notes(statement, rows, column, total, notes.get(number, []))


def _comparable_columns(
    statement: Table, column: Column, notes: list[Table]
) -> Iterator[tuple[Table, Column]]:
    """Note columns for the statement column's period, in the same scale."""
    scale = cells.unit_of(statement, column).scale
    for note in notes:
        for note_column in _amount_columns(note):
            if (
                note_column.period == column.period
                and cells.unit_of(note, note_column).scale == scale
            ):
                yield note, note_column


def _tie_to_notes(
    statement: Table, rows: list[Row], column: Column, total: Decimal, notes: list[Table]
) -> Iterator[Check]:
    for note, note_column in _comparable_columns(statement, column, notes):
        match = _row_printing(note, note_column, total)
        if match is not None:
            yield _passed(statement, rows, column, note, match, note_column, total)
            return
    if len(rows) == 1:
        yield from _same_line_differs(statement, rows[0], column, total, notes)


def _same_line_differs(
    statement: Table, row: Row, column: Column, total: Decimal, notes: list[Table]
) -> Iterator[Check]:
    """The note prints the referring line under (nearly) the same label, with another figure."""
    for note, note_column in _comparable_columns(statement, column, notes):
        for candidate in note.rows:
            cell = candidate.cell(note_column.index)
            if cell is None or cell.value is None or not _same_label(row, candidate):
                continue
            yield _failed(statement, row, column, note, candidate, note_column, total)
            return


def _words(label: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (label or "").lower()) if w not in _STOP}


def _same_label(a: Row, b: Row) -> bool:
    """Labels sharing at least half their words ("Basic and diluted loss per share (RMB)"
    and "Basic loss per share (expressed in RMB per share)")."""
    x, y = _words(a.label), _words(b.label)
    return bool(x and y) and len(x & y) * 2 >= len(x | y)


def _failed(
    statement: Table,
    row: Row,
    column: Column,
    note: Table,
    candidate: Row,
    note_column: Column,
    total: Decimal,
) -> Check:
    note_cell = candidate.cell(note_column.index)
    assert note_cell is not None and note_cell.value is not None
    spans = (
        cells.cell_span(row, row.cell(column.index)),
        cells.cell_span(candidate, note_cell),
    )
    facts = cells.keys(statement, [(row, column)]) + cells.keys(note, [(candidate, note_column)])
    difference = abs(total) - abs(note_cell.value)
    message = (
        f"{cells.row_name(row)} [{column.period}] {cells.printed(total)} on line"
        f" {spans[0].line} refers to note {note.note}, which prints"
        f" {cells.row_name(candidate)} {cells.printed(note_cell.value)} on line {spans[1].line}"
    )
    finding = Finding(
        NOTE_REF_CODE,
        Severity.ERROR,
        message,
        spans,
        note_cell.value,
        total,
        difference,
        statement.id,
    )
    description = f"note {note.note} {note_cell.text} = {cells.printed(total)} ({column.period})"
    return Check(NOTE_REF_CODE, Status.FAILED, description, spans, facts, finding)


def _row_printing(note: Table, column: Column, total: Decimal) -> Row | None:
    for row in note.rows:
        cell = row.cell(column.index)
        if cell is not None and cell.value is not None and abs(cell.value) == abs(total):
            return row
    return None


def _passed(
    statement: Table,
    rows: list[Row],
    column: Column,
    note: Table,
    match: Row,
    note_column: Column,
    total: Decimal,
) -> Check:
    spans: tuple[SourceSpan, ...] = (
        cells.cell_span(match, match.cell(note_column.index)),
        *(cells.cell_span(r, r.cell(column.index)) for r in rows),
    )
    facts = cells.keys(note, [(match, note_column)]) + cells.keys(
        statement, [(r, column) for r in rows]
    )
    printed = [c.value for r in rows if (c := r.cell(column.index)) and c.value is not None]
    terms = " + ".join(cells.printed(v) for v in printed)
    description = f"note {note.note} {cells.printed(total)} = {terms} ({column.period})"
    return Check(NOTE_REF_CODE, Status.PASSED, description, spans, facts)


@rule(NOTE_REF_CODE, "note-does-not-account-for-referring-lines", Severity.ERROR)
def note_does_not_account_for_referring_lines(ctx: CheckContext) -> Iterator[Check]:
    """A note prints another figure for the statement lines that refer to it.

    What it checks: the statement lines that print a note reference, summed per note
    and period, against the figures of that note's tables (in the same unit; a note may
    print expenses positive). A note that prints the sum passes: the lines are tied to
    their explanation.

    Why it matters: a note explains the lines that refer to it; its total must be theirs.

    Example: cost of sales 972,957 + selling 329,158 + administrative 734,936 + research
    and development 1,892,226 = 3,929,277, the total of note 5 (expenses by nature).
    """
    return note_ref_checks(ctx)
