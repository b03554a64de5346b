"""Build small tables and filings by hand, the way the extractor would, for rule tests.

Rows are written as printed: `("Revenue", "1,739,717", "1,433,122")`; a label of None
is an unlabelled row; "" is a blank cell. Each row sits on its own line, starting at
`first_line`, and every cell gets a span on that line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from tieout.model import (
    Cell,
    CellFlag,
    Column,
    ColumnRole,
    Fact,
    Filing,
    Measure,
    Period,
    ReadingIssue,
    Row,
    RowKind,
    SourceSpan,
    Table,
    TableKind,
    Unit,
)
from tieout.numbers import parse_number, read_point_as_comma

RMB_000 = Unit(Measure.MONETARY, "RMB", 3)
RMB_MILLION = Unit(Measure.MONETARY, "RMB", 6)
H1_2024 = Period(date(2024, 6, 30), date(2024, 1, 1))
H1_2023 = Period(date(2023, 6, 30), date(2023, 1, 1))
JUN_2024 = Period(date(2024, 6, 30))
DEC_2023 = Period(date(2023, 12, 31))

RowSpec = tuple[str | None, ...]


def cell(text: str, column: int, line: int, col_start: int) -> Cell:
    span = SourceSpan(line, col_start, col_start + max(len(text), 1) - 1)
    if not text:
        return Cell(column, "", None, None, span)
    parsed = parse_number(text)
    assert parsed is not None, text
    if parsed.decimals == 3 and not parsed.percent:
        parsed = read_point_as_comma(parsed)
    flags: set[CellFlag] = set()
    if parsed.nil:
        flags.add(CellFlag.NIL)
    if parsed.malformed:
        flags.add(CellFlag.MALFORMED)
    return Cell(column, text, parsed.value, parsed.decimals, span, frozenset(flags))


def make_table(
    rows: Sequence[RowSpec],
    *,
    table_id: str = "t01",
    kind: TableKind = TableKind.INCOME_STATEMENT,
    unit: Unit = RMB_000,
    periods: Sequence[Period | None] = (H1_2024, H1_2023),
    members: Sequence[str | None] | None = None,
    roles: Sequence[ColumnRole] | None = None,
    kinds: dict[int, RowKind] | None = None,
    concepts: dict[int, str] | None = None,
    notes: dict[int, str] | None = None,
    first_line: int = 10,
    note: str | None = None,
    title: str = "",
) -> Table:
    """A table whose rows are (label, cell text, cell text, ...), one per line."""
    width = max(len(r) for r in rows) - 1
    members = members or [None] * width
    roles = roles or [ColumnRole.VALUE] * width
    periods = list(periods) if len(periods) == width else [periods[0]] * width
    columns = tuple(
        Column(i, members[i] or str(periods[i] or ""), roles[i], periods[i], members[i])
        for i in range(width)
    )
    built = []
    for index, (label, *texts) in enumerate(rows):
        line = first_line + index
        row_cells = tuple(cell(text or "", i, line, 60 + 15 * i) for i, text in enumerate(texts))
        row_kind = (kinds or {}).get(index)
        if row_kind is None:
            row_kind = _default_kind(label, row_cells)
        concept = (concepts or {}).get(index) or _slug(label, index)
        label_span = SourceSpan(line, 1, len(label)) if label else None
        note_ref = (notes or {}).get(index)
        built.append(
            Row(index, label, concept, row_cells, row_kind, (line,), 0, note_ref, label_span)
        )
    last = first_line + len(rows) - 1
    return Table(table_id, kind, title, unit, columns, tuple(built), (first_line, last), note=note)


def _default_kind(label: str | None, row_cells: tuple[Cell, ...]) -> RowKind:
    if all(c.value is None for c in row_cells):
        return RowKind.HEADING
    if label is None or label.lower().startswith("total"):
        return RowKind.TOTAL
    return RowKind.ITEM


def _slug(label: str | None, index: int) -> str:
    if not label:
        return f"row-{index}"
    return "-".join(label.lower().split())


def facts_of(table: Table) -> tuple[Fact, ...]:
    out = []
    for row in table.rows:
        for c in row.cells:
            if c.value is None or c.span is None:
                continue
            column = table.column(c.column)
            unit = column.unit or table.unit
            out.append(
                Fact(
                    row.concept,
                    row.label,
                    column.period,
                    column.member,
                    c.value.scaleb(unit.scale),
                    c.value,
                    (c.decimals or 0) - unit.scale,
                    unit,
                    table.id,
                    row.index,
                    c.column,
                    c.span,
                )
            )
    return tuple(out)


def make_filing(*tables: Table, issues: Sequence[ReadingIssue] = ()) -> Filing:
    facts = tuple(f for t in tables for f in facts_of(t))
    return Filing("fixture.txt", "0" * 64, "text", "fixture", tables, facts, tuple(issues))


def damaged(line: int, code: str = "TO902") -> ReadingIssue:
    return ReadingIssue(code, "value missing", SourceSpan(line, 1, 1))


def value(text: str) -> Decimal:
    return Decimal(text)
