"""What the filing page shows, computed from a stored filing: tables with each number's
status, every number's source line and checks, findings linked to numbers, claims.

Everything here is data; the templates escape every piece of document text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tieout.model import Check, ColumnRole, Report, SourceSpan, Table
from tieout.report.filing_json import decimal_text
from tieout.store.load import StoredFiling
from tieout.store.status import NumberStatus, cells_used, number_statuses

CLAIM_PREFIX = "TO7"


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A source line cut around the spans a check points at on it, in segments with a
    level: 0 context, 1 inside the widest span (the sentence), 2 inside a narrower one
    (the figure)."""

    line: int
    page: int | None
    segments: list[tuple[str, int]]


@dataclass(frozen=True, slots=True)
class CellView:
    key: str  # "t01:4:0"
    text: str
    status: str | None  # None: no value in the cell
    title: str  # hover text: where it was printed


@dataclass(frozen=True, slots=True)
class RowView:
    label: str
    concept: str  # shown where the document prints no label
    depth: int
    kind: str
    line: int
    cells: list[CellView | None]


@dataclass(frozen=True, slots=True)
class TableView:
    id: str
    title: str
    kind: str
    unit: str
    lines: tuple[int, int]
    headers: list[str]
    rows: list[RowView]


@dataclass(frozen=True, slots=True)
class ClaimView:
    number: int
    code: str
    status: str
    description: str
    message: str | None
    excerpts: list[Excerpt]


HEADING_CHARS = 60  # longer headings (garbled extractions) are cut, the full text kept on hover
HOVER_CHARS = 160  # of a source line shown when hovering over a number
CONTEXT_CHARS = 60  # of a source line shown either side of a claim


def short(text: str, limit: int = HEADING_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cell_key(table_id: str, row: int, column: int) -> str:
    return f"{table_id}:{row}:{column}"


def cell_anchor(key: str) -> str:
    return "c-" + key.replace(":", "-")


def excerpts(stored: StoredFiling, spans: tuple[SourceSpan, ...]) -> list[Excerpt]:
    """One excerpt per source line the spans touch, in order of first appearance."""
    by_line: dict[int, list[SourceSpan]] = {}
    for span in spans:
        by_line.setdefault(span.line, []).append(span)
    return [excerpt(stored, line, group) for line, group in by_line.items()]


def excerpt(stored: StoredFiling, line: int, spans: list[SourceSpan]) -> Excerpt:
    text = stored.line_text(line)
    widest = max(spans, key=lambda s: s.col_end - s.col_start)
    level = [0] * len(text)
    for span in spans:
        mark = 1 if span is widest and len(spans) > 1 else 2
        for k in range(max(span.col_start - 1, 0), min(span.col_end, len(text))):
            level[k] = max(level[k], mark)
    start = max(widest.col_start - 1 - CONTEXT_CHARS, 0)
    end = min(widest.col_end + CONTEXT_CHARS, len(text))
    segments: list[tuple[str, int]] = [("…", 0)] if start > 0 else []
    for k in range(start, end):
        if segments and segments[-1][1] == level[k] and segments[-1][0] != "…":
            segments[-1] = (segments[-1][0] + text[k], level[k])
        else:
            segments.append((text[k], level[k]))
    if end < len(text):
        segments.append(("…", 0))
    page = next(
        (s.page for s in spans if s.page is not None), stored.lines.get(line, (None, ""))[0]
    )
    return Excerpt(line, page, segments)


def table_view(
    table: Table, statuses: dict[tuple[str, int, int], NumberStatus], stored: StoredFiling
) -> TableView:
    """A table as printed, each number with its status and, on hover, its source line."""
    shown = [c for c in table.columns if c.role is not ColumnRole.NOTES]
    rows = []
    for row in table.rows:
        cells: list[CellView | None] = []
        for column in shown:
            cell = row.cell(column.index)
            if cell is None:
                cells.append(None)
                continue
            status = statuses.get((table.id, row.index, column.index))
            where = "not printed"
            if cell.span is not None:
                page = f", page {cell.span.page}" if cell.span.page is not None else ""
                printed = " ".join(stored.line_text(cell.span.line).split())
                where = f"line {cell.span.line}{page}: {short(printed, HOVER_CHARS)}"
            text = cell.text or (decimal_text(cell.value) or "" if cell.value is not None else "")
            cells.append(
                CellView(
                    cell_key(table.id, row.index, column.index),
                    text,
                    status.value if status else None,
                    f"{status.value.replace('_', ' ') if status else 'text'} · {where}",
                )
            )
        rows.append(
            RowView(row.label or "", row.concept, row.depth, row.kind.value, row.line, cells)
        )
    return TableView(
        table.id,
        table.title,
        table.kind.value.replace("_", " "),
        table.unit.label(),
        table.lines,
        [(c.header or (str(c.period) if c.period else "")) for c in shown],
        rows,
    )


def check_json(number: int, check: Check) -> dict[str, Any]:
    """A check as the number panel shows it: its arithmetic and its finding."""
    finding = check.finding
    return {
        "number": number,
        "code": check.code,
        "status": check.status.value,
        "description": check.description,
        "severity": finding.severity.value if finding else None,
        "message": finding.message if finding else None,
        "expected": decimal_text(finding.expected) if finding else None,
        "actual": decimal_text(finding.actual) if finding else None,
        "difference": decimal_text(finding.difference) if finding else None,
        "lines": list(check.lines),
    }


def cells_json(stored: StoredFiling) -> dict[str, Any]:
    """Every number (keyed "table:row:column"): text, status, source [line, page, first
    column, last column] and the checks (by number) it took part in; with the labels of
    rows ("table:row"), headings and units of columns ("table:column"), and the text of
    every source line pointed at, each given once."""
    report = stored.report
    statuses = number_statuses(report)
    used_by: dict[tuple[str, int, int], list[int]] = {}
    for number, keys in enumerate(cells_used(report), 1):
        for key in keys:
            used_by.setdefault(key, []).append(number)
    cells: dict[str, Any] = {}
    rows: dict[str, str] = {}
    columns: dict[str, dict[str, str]] = {}
    lines: dict[int, str] = {}
    for table in report.filing.tables:
        for column in table.columns:
            heading = short(column.header or (str(column.period) if column.period else ""))
            unit = (column.unit or table.unit).label()
            columns[f"{table.id}:{column.index}"] = {"heading": heading, "unit": unit}
        for row in table.rows:
            rows[f"{table.id}:{row.index}"] = row.label or row.concept
            for cell in row.cells:
                key = (table.id, row.index, cell.column)
                if key not in statuses:
                    continue
                cells[cell_key(*key)] = {
                    "text": cell.text,
                    "status": statuses[key].value,
                    "source": _source_json(stored, cell.span),
                    "checks": used_by.get(key, []),
                }
                if cell.span is not None:
                    lines[cell.span.line] = stored.line_text(cell.span.line)
    return {"cells": cells, "rows": rows, "columns": columns, "lines": lines}


def _source_json(stored: StoredFiling, span: SourceSpan | None) -> list[int | None] | None:
    """Where a number was printed: [line, page, first column, last column] (1-based)."""
    if span is None:
        return None
    page = span.page if span.page is not None else stored.lines.get(span.line, (None, ""))[0]
    return [span.line, page, span.col_start, span.col_end]


def finding_targets(report: Report) -> list[tuple[int, str | None]]:
    """For each finding (in order): the number of its check and the first cell it used."""
    used = cells_used(report)
    by_finding = {
        id(c.finding): (n, keys)
        for n, (c, keys) in enumerate(zip(report.checks, used, strict=True), 1)
    }
    out: list[tuple[int, str | None]] = []
    for finding in report.findings:
        number, keys = by_finding.get(id(finding), (0, ()))
        out.append((number, cell_key(*keys[0]) if keys else None))
    return out


def claim_views(stored: StoredFiling) -> list[ClaimView]:
    return [
        ClaimView(
            n,
            c.code,
            c.status.value,
            c.description,
            c.finding.message if c.finding else None,
            excerpts(stored, c.spans),
        )
        for n, c in enumerate(stored.report.checks, 1)
        if c.code.startswith(CLAIM_PREFIX)
    ]
