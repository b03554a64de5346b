"""Rebuild a checked filing (model objects) from its store records."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from tieout.errors import StoreError
from tieout.model import (
    BBox,
    Cell,
    CellFlag,
    Check,
    Column,
    ColumnRole,
    Fact,
    Filing,
    Finding,
    Measure,
    Period,
    ReadingIssue,
    Report,
    Row,
    RowKind,
    Severity,
    SourceSpan,
    Status,
    Summary,
    Table,
    TableKind,
    Unit,
)
from tieout.store import schema
from tieout.store.backend import Backend

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class StoredFiling:
    """A filing as the store keeps it: the report, its source lines, when it was ingested."""

    report: Report
    lines: dict[int, tuple[int | None, str]]  # line number -> (page, text)
    ingested_at: datetime
    status: str

    @property
    def filing(self) -> Filing:
        return self.report.filing

    def line_text(self, number: int) -> str:
        return self.lines.get(number, (None, ""))[1]


def fetch_records(
    backend: Backend, table: schema.StoreTable, sha256: str, order: str
) -> list[Record]:
    columns = ", ".join(table.column_names)
    sql = f"SELECT {columns} FROM {table.name} WHERE sha256 = ? ORDER BY {order}"
    names, rows = backend.fetch(sql, (sha256,))
    return [dict(zip(names, row, strict=True)) for row in rows]


def load_stored(backend: Backend, sha256: str) -> StoredFiling | None:
    """The stored filing with this sha256, or None."""
    head = fetch_records(backend, schema.FILINGS, sha256, "sha256")
    if not head:
        return None
    f = head[0]
    tables = _tables(backend, sha256)
    facts = tuple(
        _fact(r) for r in fetch_records(backend, schema.FACTS, sha256, "table_id, row, col")
    )
    issues = tuple(
        ReadingIssue(r["code"], r["message"], _required_span(r))
        for r in fetch_records(backend, schema.READING_ISSUES, sha256, "issue_no")
    )
    filing = Filing(
        source=f["source"],
        sha256=sha256,
        format=f["format"],
        title=f["title"],
        tables=tables,
        facts=_in_filing_order(facts, tables),
        reading_issues=issues,
        pages_read=tuple(json.loads(f["pages_read"])),
    )
    checks, findings = _checks(backend, sha256)
    summary = Summary(**{k: f[k] for k in Summary.__dataclass_fields__})
    lines = {
        r["line"]: (r["page"], r["text"])
        for r in fetch_records(backend, schema.SOURCE_LINES, sha256, "line")
    }
    return StoredFiling(
        Report(filing, checks, findings, summary), lines, f["ingested_at"], f["status"]
    )


def _in_filing_order(facts: tuple[Fact, ...], tables: tuple[Table, ...]) -> tuple[Fact, ...]:
    position = {t.id: n for n, t in enumerate(tables)}
    return tuple(sorted(facts, key=lambda x: (position.get(x.table_id, 0), x.row, x.column)))


def _tables(backend: Backend, sha256: str) -> tuple[Table, ...]:
    columns: dict[str, list[Column]] = defaultdict(list)
    for r in fetch_records(backend, schema.TABLE_COLUMNS, sha256, "table_id, col"):
        columns[r["table_id"]].append(
            Column(r["col"], r["header"], ColumnRole(r["role"]), _period(r), r["member"], _unit(r))
        )
    cells: dict[tuple[str, int], list[Cell]] = defaultdict(list)
    for r in fetch_records(backend, schema.TABLE_CELLS, sha256, "table_id, row, col"):
        flags = frozenset(CellFlag(x) for x in r["flags"].split(",") if x)
        cells[(r["table_id"], r["row"])].append(
            Cell(r["col"], r["text"], trim_amount(r["value"]), r["decimals"], _flat_span(r), flags)
        )
    rows: dict[str, list[Row]] = defaultdict(list)
    for r in fetch_records(backend, schema.TABLE_ROWS, sha256, "table_id, row"):
        rows[r["table_id"]].append(
            Row(
                r["row"],
                r["label"],
                r["concept"],
                tuple(cells[(r["table_id"], r["row"])]),
                RowKind(r["kind"]),
                tuple(json.loads(r["lines"])),
                r["depth"],
                r["notes"],
                _json_span(json.loads(r["label_span"])) if r["label_span"] else None,
            )
        )
    return tuple(
        Table(
            r["table_id"],
            TableKind(r["kind"]),
            r["title"],
            _unit(r) or Unit(),
            tuple(columns[r["table_id"]]),
            tuple(rows[r["table_id"]]),
            (r["first_line"], r["last_line"]),
            r["section"],
            r["note"],
            r["page"],
        )
        for r in fetch_records(backend, schema.TABLES, sha256, "position")
    )


def _fact(r: Record) -> Fact:
    span = _required_span(r)
    return Fact(
        r["concept"],
        r["label"],
        _period(r),
        r["member"],
        _required_amount(r["value"]),
        _required_amount(r["printed"]),
        r["decimals"],
        _unit(r) or Unit(),
        r["table_id"],
        r["row"],
        r["col"],
        span,
    )


def _checks(backend: Backend, sha256: str) -> tuple[tuple[Check, ...], tuple[Finding, ...]]:
    findings = {
        r["finding_no"]: _finding(r)
        for r in fetch_records(backend, schema.FINDINGS, sha256, "finding_no")
    }
    used: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for r in fetch_records(backend, schema.CHECK_FACTS, sha256, "check_no, position"):
        used[r["check_no"]].append((r["table_id"], r["row"], r["col"]))
    checks = tuple(
        Check(
            r["code"],
            Status(r["status"]),
            r["description"],
            _json_spans(r["spans"]),
            tuple(used[r["check_no"]]),
            findings.get(r["finding_no"]) if r["finding_no"] is not None else None,
        )
        for r in fetch_records(backend, schema.CHECKS, sha256, "check_no")
    )
    return checks, tuple(findings.values())


def _finding(r: Record) -> Finding:
    return Finding(
        r["code"],
        Severity(r["severity"]),
        r["message"],
        _json_spans(r["spans"]),
        trim_amount(r["expected"]),
        trim_amount(r["actual"]),
        trim_amount(r["difference"]),
        r["table_id"],
    )


def _required_amount(value: Decimal | None) -> Decimal:
    trimmed = trim_amount(value)
    if trimmed is None:
        raise StoreError("a stored fact has no value")
    return trimmed


def trim_amount(value: Decimal | None) -> Decimal | None:
    """A stored DECIMAL(38,10) without the trailing zeros the column type added."""
    if value is None:
        return None
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    return normal.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else normal


def _period(r: Record) -> Period | None:
    end: date | None = r["period_end"]
    if end is None:
        return None
    return Period(end, r["period_start"])


def _unit(r: Record) -> Unit | None:
    if r["measure"] is None:
        return None
    return Unit(Measure(r["measure"]), r["currency"], r["scale"])


def _flat_span(r: Record) -> SourceSpan | None:
    if r["line"] is None:
        return None
    bbox = BBox(*json.loads(r["bbox"])) if r["bbox"] else None
    return SourceSpan(r["line"], r["col_start"], r["col_end"], r["page"], bbox)


def _required_span(r: Record) -> SourceSpan:
    span = _flat_span(r)
    if span is None:
        raise StoreError(f"a stored record has no source line: {r}")
    return span


def _json_span(d: dict[str, Any]) -> SourceSpan:
    bbox = BBox(*d["bbox"]) if d.get("bbox") else None
    return SourceSpan(d["line"], d["col_start"], d["col_end"], d.get("page"), bbox)


def _json_spans(text: str) -> tuple[SourceSpan, ...]:
    return tuple(_json_span(d) for d in json.loads(text))
