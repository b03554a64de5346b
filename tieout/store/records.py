"""A checked filing as store records: one tuple per row of each store table.

The inverse is `tieout.store.load`; together they round-trip a Report exactly (except the
reader's Document, whose line texts are kept in `source_lines`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from tieout.errors import StoreError
from tieout.model import Filing, Period, Report, SourceSpan, Unit
from tieout.report.filing_json import span_to_dict
from tieout.store import schema
from tieout.store.status import NumberStatus, number_statuses

Record = tuple[Any, ...]
_QUANTUM = Decimal(1).scaleb(-schema.AMOUNT_SCALE)
_LIMIT = Decimal(10) ** (38 - schema.AMOUNT_SCALE)


def amount(value: Decimal | None) -> Decimal | None:
    """A Decimal as the store keeps it; StoreError when it does not fit DECIMAL(38,10)."""
    if value is None:
        return None
    try:
        stored = value.quantize(_QUANTUM)
    except InvalidOperation:
        stored = None
    if stored is None or abs(stored) >= _LIMIT:
        raise StoreError(f"the amount {value} does not fit the store's DECIMAL(38,10)")
    return stored


def span_json(span: SourceSpan | None) -> str | None:
    return None if span is None else json.dumps(span_to_dict(span))


def spans_json(spans: Iterable[SourceSpan]) -> str:
    return json.dumps([span_to_dict(s) for s in spans])


def span_columns(span: SourceSpan | None) -> tuple[Any, ...]:
    if span is None:
        return (None, None, None, None, None)
    bbox = span_to_dict(span).get("bbox")
    return (span.line, span.col_start, span.col_end, span.page, json.dumps(bbox) if bbox else None)


def unit_columns(unit: Unit | None) -> tuple[Any, ...]:
    if unit is None:
        return (None, None, None)
    return (unit.measure.value, unit.currency, unit.scale)


def period_columns(period: Period | None) -> tuple[date | None, date | None]:
    if period is None:
        return (None, None)
    return (period.start, period.end)


def filing_status(report: Report) -> str:
    if report.summary.errors:
        return "errors"
    if report.summary.warnings:
        return "warnings"
    return "clean"


def latest_period(filing: Filing) -> Period | None:
    """The reporting period: the duration the primary statements use most, the latest
    of equally used ones (falling back to all facts, then to instants)."""
    primary = {t.id for t in filing.statements}
    facts = [f for f in filing.facts if f.table_id in primary] or list(filing.facts)
    periods = [f.period for f in facts if f.period is not None]
    durations = [p for p in periods if p.start is not None and p.start <= p.end]
    candidates = durations or [p for p in periods if p.is_instant]
    if not candidates:
        return None
    used = Counter(candidates)
    return max(used, key=lambda p: (used[p], p.end))


def report_records(
    report: Report, lines: Iterable[tuple[int, int | None, str]], ingested_at: datetime
) -> dict[str, list[Record]]:
    """Every store record of a checked filing, by store table name."""
    filing = report.filing
    sha = filing.sha256
    statuses = number_statuses(report)
    summary = report.summary
    filing_row: Record = (
        sha,
        filing.source,
        filing.format,
        filing.title,
        json.dumps(list(filing.pages_read)),
        filing_status(report),
        ingested_at,
        *period_columns(latest_period(filing)),
        summary.checks_run,
        summary.passed,
        summary.failed,
        summary.inferred,
        summary.unresolved,
        summary.errors,
        summary.warnings,
        summary.facts,
        summary.facts_checked,
        summary.primary_facts,
        summary.primary_facts_checked,
    )
    return {
        schema.FILINGS.name: [filing_row],
        schema.SOURCE_LINES.name: [(sha, n, page, text) for n, page, text in lines],
        schema.TABLES.name: list(_table_records(filing)),
        schema.TABLE_COLUMNS.name: list(_column_records(filing)),
        schema.TABLE_ROWS.name: list(_row_records(filing)),
        schema.TABLE_CELLS.name: list(_cell_records(filing, statuses)),
        schema.FACTS.name: list(_fact_records(filing, statuses)),
        schema.CHECKS.name: list(_check_records(report)),
        schema.CHECK_FACTS.name: list(_check_fact_records(report)),
        schema.FINDINGS.name: list(_finding_records(report)),
        schema.READING_ISSUES.name: [
            (sha, n, i.code, i.message, *span_columns(i.span))
            for n, i in enumerate(filing.reading_issues, 1)
        ],
    }


def _table_records(filing: Filing) -> Iterator[Record]:
    for position, t in enumerate(filing.tables, 1):
        yield (
            filing.sha256,
            t.id,
            position,
            t.kind.value,
            t.title,
            t.section,
            t.note,
            *unit_columns(t.unit),
            t.lines[0],
            t.lines[1],
            t.page,
        )


def _column_records(filing: Filing) -> Iterator[Record]:
    for t in filing.tables:
        for c in t.columns:
            yield (
                filing.sha256,
                t.id,
                c.index,
                c.header,
                c.role.value,
                *period_columns(c.period),
                c.member,
                *unit_columns(c.unit),
            )


def _row_records(filing: Filing) -> Iterator[Record]:
    for t in filing.tables:
        for r in t.rows:
            yield (
                filing.sha256,
                t.id,
                r.index,
                r.label,
                r.concept,
                r.kind.value,
                r.depth,
                r.notes,
                json.dumps(list(r.lines)),
                span_json(r.label_span),
            )


def _cell_records(
    filing: Filing, statuses: dict[tuple[str, int, int], NumberStatus]
) -> Iterator[Record]:
    for t in filing.tables:
        for r in t.rows:
            for c in r.cells:
                status = statuses.get((t.id, r.index, c.column))
                yield (
                    filing.sha256,
                    t.id,
                    r.index,
                    c.column,
                    c.text,
                    amount(c.value),
                    c.decimals,
                    ",".join(sorted(f.value for f in c.flags)),
                    status.value if status else None,
                    *span_columns(c.span),
                )


def _fact_records(
    filing: Filing, statuses: dict[tuple[str, int, int], NumberStatus]
) -> Iterator[Record]:
    for f in filing.facts:
        status = statuses.get((f.table_id, f.row, f.column), NumberStatus.NOT_COVERED)
        yield (
            filing.sha256,
            f.table_id,
            f.row,
            f.column,
            f.concept,
            f.label,
            *period_columns(f.period),
            f.member,
            amount(f.value),
            amount(f.printed),
            f.decimals,
            *unit_columns(f.unit),
            f.unit.label(),
            status.value,
            *span_columns(f.span),
        )


def _check_records(report: Report) -> Iterator[Record]:
    finding_no = {id(f): n for n, f in enumerate(report.findings, 1)}
    for n, c in enumerate(report.checks, 1):
        number = finding_no.get(id(c.finding)) if c.finding is not None else None
        yield (
            report.filing.sha256,
            n,
            c.code,
            c.status.value,
            c.description,
            number,
            spans_json(c.spans),
        )


def _check_fact_records(report: Report) -> Iterator[Record]:
    for n, c in enumerate(report.checks, 1):
        for position, (table_id, row, column) in enumerate(c.facts, 1):
            yield (report.filing.sha256, n, position, table_id, row, column)


def _finding_records(report: Report) -> Iterator[Record]:
    check_no = {id(c.finding): n for n, c in enumerate(report.checks, 1) if c.finding is not None}
    for n, f in enumerate(report.findings, 1):
        primary = f.spans[0] if f.spans else None
        yield (
            report.filing.sha256,
            n,
            check_no.get(id(f)),
            f.code,
            f.severity.value,
            f.message,
            amount(f.expected),
            amount(f.actual),
            amount(f.difference),
            f.table_id,
            primary.line if primary else None,
            primary.page if primary else None,
            spans_json(f.spans),
        )
