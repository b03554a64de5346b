"""Build Filings by hand for the claim tests: tables whose cells point at the real printed
figures of a document (so every span is a true source location), and their facts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from tieout.model import (
    Cell,
    Column,
    ColumnRole,
    Document,
    Fact,
    Filing,
    Line,
    Measure,
    Period,
    Row,
    RowKind,
    SourceSpan,
    Table,
    TableKind,
    Unit,
)
from tieout.numbers import parse_number

H1_2024 = Period(date(2024, 6, 30), date(2024, 1, 1))
H1_2023 = Period(date(2023, 6, 30), date(2023, 1, 1))
JUN_2024 = Period(date(2024, 6, 30))
DEC_2023 = Period(date(2023, 12, 31))

RMB_000 = Unit(Measure.MONETARY, "RMB", 3)
RMB_M = Unit(Measure.MONETARY, "RMB", 6)
HKD_M = Unit(Measure.MONETARY, "HKD", 6)
PCT = Unit(Measure.PERCENT)


def value_column(index: int, period: Period, header: str = "", unit: Unit | None = None) -> Column:
    return Column(index, header or str(period.end.year), ColumnRole.VALUE, period, None, unit)


def percent_column(index: int, header: str = "%", period: Period | None = None) -> Column:
    return Column(index, header, ColumnRole.PERCENT, period, None, PCT)


def change_column(index: int, header: str = "change") -> Column:
    return Column(index, header, ColumnRole.CHANGE, None, None, PCT)


@dataclass(frozen=True)
class R:
    """A row spec: label, concept, the source line, and the printed values by column."""

    label: str | None
    concept: str
    line: int
    values: Sequence[str | None]


def line_of(document: Document, number: int) -> Line:
    for line in document.lines:
        if line.number == number:
            return line
    raise KeyError(number)


def locate(line: Line, text: str, after: int = 0) -> SourceSpan:
    """The span of `text` printed on the line, searching from column `after`."""
    start = line.text.find(text, after)
    if start < 0:
        raise ValueError(f"{text!r} is not printed on line {line.number}")
    return SourceSpan(line.number, start + 1, start + len(text))


def build_table(
    document: Document,
    table_id: str,
    kind: TableKind,
    unit: Unit,
    columns: Sequence[Column],
    rows: Sequence[R],
    title: str = "",
) -> Table:
    built: list[Row] = []
    for index, spec in enumerate(rows):
        line = line_of(document, spec.line)
        cells: list[Cell] = []
        after = 0
        for column, printed in zip(columns, spec.values, strict=True):
            if printed is None:
                continue
            span = locate(line, printed, after)
            after = span.col_end
            parsed = parse_number(printed)
            assert parsed is not None, printed
            cells.append(Cell(column.index, printed, parsed.value, parsed.decimals, span))
        kind_of_row = RowKind.TOTAL if (spec.label or "").lower() == "total" else RowKind.ITEM
        built.append(Row(index, spec.label, spec.concept, tuple(cells), kind_of_row, (spec.line,)))
    first, last = rows[0].line, rows[-1].line
    return Table(table_id, kind, title, unit, tuple(columns), tuple(built), (first, last))


def table_facts(table: Table) -> list[Fact]:
    facts: list[Fact] = []
    for row in table.rows:
        for cell in row.cells:
            column = table.column(cell.column)
            unit = column.unit or table.unit
            if column.role is not ColumnRole.VALUE or cell.value is None or cell.span is None:
                continue
            decimals = (cell.decimals or 0) - unit.scale
            facts.append(
                Fact(
                    row.concept,
                    row.label,
                    column.period,
                    column.member,
                    cell.value.scaleb(unit.scale),
                    cell.value,
                    decimals,
                    unit,
                    table.id,
                    row.index,
                    cell.column,
                    cell.span,
                )
            )
    return facts


def build_filing(document: Document, tables: Sequence[Table]) -> Filing:
    facts = [f for t in tables for f in table_facts(t)]
    return Filing(
        document.source,
        document.sha256,
        document.format,
        "test filing",
        tuple(tables),
        tuple(facts),
        (),
        document,
    )


def with_line(document: Document, number: int, old: str, new: str) -> Document:
    """The document with one printed figure edited on one line (as a typo would)."""
    from tieout.read.text import read_line

    line = line_of(document, number)
    assert old in line.text, f"{old!r} not on line {number}"
    edited, _ = read_line(number, line.text.replace(old, new, 1))
    lines = tuple(edited if ln.number == number else ln for ln in document.lines)
    return replace(document, lines=lines)


__all__ = ["Decimal"]
