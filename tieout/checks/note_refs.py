"""TO502: a note's figures account for the statement lines that refer to it.

Statement lines print the note that explains them ("Cost of sales  5"). For every note
and period, the lines of one statement referring to that note are summed (one line, or
several: cost of sales + selling + administrative + research expenses all refer to the
note on expenses by nature), and the note table must print that sum (or its negative:
notes print expenses positive) in the same period. A note that prints it passes. A note
that does not is not reported here: notes often explain a line piecewise, and the
figures they share with statements are compared by concept (TO501).
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
    Row,
    Severity,
    SourceSpan,
    Status,
    Table,
)

NOTE_REF_CODE = "TO502"
_NUMBER = re.compile(r"\d+")


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
                yield from _tie_to_notes(statement, rows, column, total, notes.get(number, []))


def _tie_to_notes(
    statement: Table, rows: list[Row], column: Column, total: Decimal, notes: list[Table]
) -> Iterator[Check]:
    scale = cells.unit_of(statement, column).scale
    for note in notes:
        for note_column in _amount_columns(note):
            if note_column.period != column.period:
                continue
            if cells.unit_of(note, note_column).scale != scale:
                continue
            match = _row_printing(note, note_column, total)
            if match is not None:
                yield _passed(statement, rows, column, note, match, note_column, total)
                return
    return


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


@rule(NOTE_REF_CODE, "note-does-not-account-for-referring-lines", Severity.INFO)
def note_does_not_account_for_referring_lines(ctx: CheckContext) -> Iterator[Check]:
    """A note prints the sum of the statement lines that refer to it.

    What it checks: the statement lines that print a note reference, summed per note
    and period, against the figures of that note's tables (in the same unit; a note may
    print expenses positive). A note that prints the sum passes: the lines are tied to
    their explanation.

    Why it matters: a note explains the lines that refer to it; its total must be theirs.

    Example: cost of sales 972,957 + selling 329,158 + administrative 734,936 + research
    and development 1,892,226 = 3,929,277, the total of note 5 (expenses by nature).
    """
    return note_ref_checks(ctx)
