"""Lookups the acceptance tests share: tables, facts and cells by kind, line, period and label.

The acceptance tests state what a correct extraction is, independently of how the extractor
is built. They find a number the way a reader of the document would: by the statement it
belongs to, the line it is printed on, its period, its matrix column and its label. A statement
may come out as one table or as several tables of the same kind, so every lookup searches all
tables of a kind.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import tieout
from tieout.model import Cell, CellFlag, Column, Fact, Filing, Period, Row, Table, TableKind
from tieout.statements.lexicon import normalise_label

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
EXPECTED = DATA / "expected"
CORPUS = DATA / "corpus"
VARIANTS = DATA / "variants"
EXAMPLE = ROOT / "tieout" / "examples" / "sensetime-2024-interim.txt"

FLAGS_THAT_MARK = frozenset({CellFlag.INFERRED, CellFlag.MALFORMED})

# A kind, or several acceptable kinds (a combined profit-or-loss-and-OCI statement may fairly
# come out as an income statement or as a statement of comprehensive income).
Kinds = TableKind | str | Sequence[str]


def as_kinds(kind: Kinds) -> frozenset[TableKind]:
    if isinstance(kind, str):
        return frozenset({TableKind(kind)})
    return frozenset(TableKind(k) for k in kind)


@cache
def read_filing(path: Path) -> Filing:
    """Read a document once per test session (the filing is immutable)."""
    return tieout.read(path)


def load_expected(name: str) -> dict[str, Any]:
    """A hand-curated golden file from tests/data/expected."""
    with (EXPECTED / name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


# --------------------------------------------------------------------------- periods


def parse_period(text: str) -> Period:
    """'2024-06-30' is an instant; '2024-01-01..2024-06-30' a duration."""
    if ".." in text:
        start, end = text.split("..")
        return Period(end=date.fromisoformat(end), start=date.fromisoformat(start))
    return Period(end=date.fromisoformat(text))


def period_matches(actual: Period | None, wanted: str, kind: TableKind) -> bool:
    """Exact match; in a statement of changes in equity a balance row may be an instant.

    An opening or closing balance ('As at January 1, 2024') is an instant at the start (or
    the day before it) or the end of the statement's period, which is a fair reading too.
    """
    if actual is None:
        return False
    period = parse_period(wanted)
    if actual == period:
        return True
    if kind is not TableKind.CHANGES_IN_EQUITY or period.start is None or not actual.is_instant:
        return False
    return actual.end in {period.start, period.start - timedelta(days=1), period.end}


def same_label(actual: str | None, wanted: str) -> bool:
    return actual is not None and normalise_label(actual) == normalise_label(wanted)


def same_member(actual: str | None, wanted: str | None) -> bool:
    if wanted is None or actual is None:
        return wanted is None and actual is None
    return normalise_label(actual) == normalise_label(wanted)


# --------------------------------------------------------------------------- tables and facts


def tables_of(filing: Filing, kind: Kinds) -> tuple[Table, ...]:
    kinds = as_kinds(kind)
    return tuple(t for t in filing.tables if t.kind in kinds)


def kinds_found(filing: Filing) -> set[TableKind]:
    return {t.kind for t in filing.tables}


def table_kind_of(filing: Filing, fact: Fact) -> TableKind:
    return filing.table(fact.table_id).kind


def find_facts(
    filing: Filing,
    kind: Kinds,
    *,
    label: str | None = None,
    line: int | None = None,
    period: str | None = None,
    member: str | None = None,
    any_member: bool = False,
) -> list[Fact]:
    """Facts of tables of `kind` matching every criterion given (member None means no member)."""
    kinds = as_kinds(kind)
    found = []
    for fact in filing.facts:
        fact_kind = table_kind_of(filing, fact)
        if fact_kind not in kinds:
            continue
        if line is not None and fact.span.line != line:
            continue
        if period is not None and not period_matches(fact.period, period, fact_kind):
            continue
        if not any_member and not same_member(fact.member, member):
            continue
        if label is not None and not same_label(fact.label, label):
            continue
        found.append(fact)
    return found


def pick_fact(
    filing: Filing,
    kind: Kinds,
    *,
    label: str | None = None,
    line: int | None = None,
    period: str | None = None,
    member: str | None = None,
) -> tuple[Fact | None, list[Fact]]:
    """The one fact meant: by line (narrowed by label when a line holds several), else by label.

    Returns the fact (or None) and the candidates considered, for a readable failure.
    """
    if line is None:
        candidates = find_facts(filing, kind, label=label, period=period, member=member)
    else:
        candidates = find_facts(filing, kind, line=line, period=period, member=member)
        if len(candidates) > 1 and label is not None:
            candidates = [f for f in candidates if same_label(f.label, label)]
    if len({f.printed for f in candidates}) == 1:
        return candidates[0], candidates
    return None, candidates


def fact_value(
    filing: Filing,
    kind: Kinds,
    *,
    label: str | None = None,
    line: int | None = None,
    period: str | None = None,
    member: str | None = None,
) -> Decimal | None:
    """The value as printed (in the table's unit) of the one matching fact, else None."""
    fact, _ = pick_fact(filing, kind, label=label, line=line, period=period, member=member)
    return None if fact is None else fact.printed


def describe(facts: list[Fact]) -> str:
    return "; ".join(
        f"{f.table_id} line {f.span.line} {f.label!r} {f.period} {f.member!r} = {f.printed}"
        for f in facts
    )


# --------------------------------------------------------------------------- cells


@dataclass(frozen=True, slots=True)
class PlacedCell:
    """A cell with the table, row and column it sits in."""

    table: Table
    row: Row
    column: Column
    cell: Cell


def placed_cells(filing: Filing, kind: Kinds | None = None) -> Iterator[PlacedCell]:
    tables = filing.tables if kind is None else tables_of(filing, kind)
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                if 0 <= cell.column < len(table.columns):
                    yield PlacedCell(table, row, table.columns[cell.column], cell)


def cells_at(
    filing: Filing,
    kind: Kinds,
    *,
    line: int,
    period: str | None = None,
    member: str | None = None,
) -> list[PlacedCell]:
    """Cells printed on `line` in tables of `kind`, in the column of `period` and `member`."""
    found = []
    for placed in placed_cells(filing, kind):
        span = placed.cell.span
        if span is None or span.line != line:
            continue
        table_kind = placed.table.kind
        if period is not None and not period_matches(placed.column.period, period, table_kind):
            continue
        if not same_member(placed.column.member, member):
            continue
        found.append(placed)
    return found


def cell_of_fact(filing: Filing, fact: Fact) -> Cell | None:
    table = filing.table(fact.table_id)
    for row in table.rows:
        if row.index == fact.row:
            return row.cell(fact.column)
    return None


def issue_lines(filing: Filing) -> set[int]:
    return {issue.line for issue in filing.reading_issues}


def is_marked(filing: Filing, fact: Fact) -> bool:
    """The fact is flagged as not read cleanly: inferred, malformed, or a reading issue there."""
    cell = cell_of_fact(filing, fact)
    if cell is not None and cell.flags & FLAGS_THAT_MARK:
        return True
    return fact.span.line in issue_lines(filing)


def table_covering(
    filing: Filing, kind: Kinds, first: int, last: int, *, slack: int = 6
) -> list[Table]:
    """Tables of `kind` whose lines cover first..last (allowing `slack` header lines)."""
    return [
        t
        for t in tables_of(filing, kind)
        if t.lines[0] <= first + slack and t.lines[1] >= last and t.lines[0] >= first - slack
    ]


def values_on_line(table: Table, line: int, period: str | None = None) -> list[Decimal]:
    """Every value the table holds from cells printed on `line` (in the period's column)."""
    values = []
    for row in table.rows:
        for cell in row.cells:
            if cell.span is None or cell.span.line != line or cell.value is None:
                continue
            column = table.columns[cell.column] if cell.column < len(table.columns) else None
            if period is not None and (
                column is None or not period_matches(column.period, period, table.kind)
            ):
                continue
            values.append(cell.value)
    return values


# --------------------------------------------------------------------------- goldens


def golden_facts(name: str, status: str | None = None) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = load_expected(name)["facts"]
    return [f for f in facts if status is None or f["status"] == status]


def golden_id(entry: dict[str, Any]) -> str:
    return str(entry["id"])


def where(entry: dict[str, Any]) -> str:
    return (
        f"{entry['kind']} line {entry['line']} {entry['label']!r} {entry['period']}"
        f" member={entry['member']!r}"
    )


def assert_printed(filing: Filing, entry: dict[str, Any]) -> None:
    """The golden value is extracted at its line, period and member, with its sign and scale.

    A nil ('-' printed) may come out as a fact of 0 or as a cell flagged NIL.
    """
    expected = Decimal(entry["value"])
    fact, candidates = pick_fact(
        filing,
        entry["kind"],
        label=entry["label"],
        line=entry["line"],
        period=entry["period"],
        member=entry["member"],
    )
    if fact is None and expected == 0 and entry["line"] is not None:
        nil_cells = [
            p
            for p in cells_at(
                filing,
                entry["kind"],
                line=entry["line"],
                period=entry["period"],
                member=entry["member"],
            )
            if CellFlag.NIL in p.cell.flags or p.cell.value == 0
        ]
        if nil_cells:
            return
    assert fact is not None, f"{where(entry)}: expected {expected}, found [{describe(candidates)}]"
    assert fact.printed == expected, f"{where(entry)}: expected {expected}, got {fact.printed}"


def assert_absent(filing: Filing, entry: dict[str, Any]) -> None:
    """Nothing readable is printed there: no fact, or only marked ones, or the inferable value."""
    if entry["line"] is None:
        candidates = find_facts(
            filing,
            entry["kind"],
            label=entry["label"],
            period=entry["period"],
            member=entry["member"],
        )
    else:
        candidates = find_facts(
            filing,
            entry["kind"],
            line=entry["line"],
            period=entry["period"],
            member=entry["member"],
        )
        if entry["label"] is not None:
            candidates = [f for f in candidates if same_label(f.label, entry["label"])]
    inferable = entry.get("inferable")
    invented = [
        f
        for f in candidates
        if not is_marked(filing, f) and (inferable is None or f.printed != Decimal(inferable))
    ]
    assert not invented, f"{where(entry)}: not printed, yet extracted as [{describe(invented)}]"


def assert_label(filing: Filing, entry: dict[str, Any]) -> None:
    """Some fact on the golden's line and period carries the golden label."""
    candidates = find_facts(
        filing,
        entry["kind"],
        line=entry["line"],
        period=entry["period"],
        member=entry["member"],
    )
    labelled = [f for f in candidates if same_label(f.label, entry["label"])]
    assert labelled, f"{where(entry)}: no fact with this label; found [{describe(candidates)}]"


# --------------------------------------------------------------------------- golden statements


def golden_document(golden: dict[str, Any]) -> Filing:
    return read_filing(ROOT / golden["document"])


def statement_tables(filing: Filing, spec: dict[str, Any]) -> list[Table]:
    """Tables of the statement's kinds that overlap the lines it is printed on."""
    first, last = spec["lines"]
    return [
        t for t in tables_of(filing, spec["kinds"]) if t.lines[0] <= last and t.lines[1] >= first
    ]


def assert_statement_unit(filing: Filing, golden: dict[str, Any], spec: dict[str, Any]) -> None:
    tables = statement_tables(filing, spec)
    assert tables, f"no {spec['kinds']} table over lines {spec['lines']}"
    unit = golden["unit"]
    assert {(t.unit.currency, t.unit.scale) for t in tables} == {(unit["currency"], unit["scale"])}


def assert_statement_periods(filing: Filing, spec: dict[str, Any]) -> None:
    """Every value column carries one of the statement's periods, and each period is there."""
    tables = statement_tables(filing, spec)
    assert tables, f"no {spec['kinds']} table over lines {spec['lines']}"
    periods = {str(c.period) for t in tables for c in t.value_columns()}
    assert periods == set(spec["periods"])


def unexpected_primary_facts(filing: Filing, entries: list[dict[str, Any]]) -> list[Fact]:
    """Unmarked primary-statement facts that no golden entry says are printed on their line.

    Where a golden lists every line item of the statements, anything else was invented (a
    rule, a stray mark, a garbled duplicate) unless the extractor marked it.
    """
    known = {(e["line"], Decimal(e["value"])) for e in entries if e["status"] == "printed"}
    known |= {(e["line"], Decimal(e["inferable"])) for e in entries if e.get("inferable")}
    return [
        fact
        for fact in filing.facts
        if filing.table(fact.table_id).kind.is_primary
        and (fact.span.line, fact.printed) not in known
        and not is_marked(filing, fact)
    ]
