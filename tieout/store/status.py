"""The status of every printed number: what the checks say about it.

contradicted: a failed check with an error finding used it;
warning: only failed checks with warnings used it;
inferred: an INFERRED check produced it, or the cell carries the INFERRED flag;
verified: a passed check used it;
not_covered: no check used it.
"""

from __future__ import annotations

from enum import StrEnum

from tieout.model import CellFlag, Check, Report, Severity, SourceSpan, Status

CellKey = tuple[str, int, int]  # (table_id, row, column)


class NumberStatus(StrEnum):
    CONTRADICTED = "contradicted"
    WARNING = "warning"
    INFERRED = "inferred"
    VERIFIED = "verified"
    NOT_COVERED = "not_covered"


_RANK = {
    NumberStatus.CONTRADICTED: 4,
    NumberStatus.WARNING: 3,
    NumberStatus.INFERRED: 2,
    NumberStatus.VERIFIED: 1,
    NumberStatus.NOT_COVERED: 0,
}


def check_verdict(check: Check) -> NumberStatus | None:
    """What one check says about every number it used (None: nothing)."""
    if check.status is Status.FAILED and check.finding is not None:
        if check.finding.severity is Severity.ERROR:
            return NumberStatus.CONTRADICTED
        if check.finding.severity is Severity.WARNING:
            return NumberStatus.WARNING
        return None
    if check.status is Status.INFERRED:
        return NumberStatus.INFERRED
    if check.status is Status.PASSED:
        return NumberStatus.VERIFIED
    return None


def stronger(a: NumberStatus, b: NumberStatus) -> NumberStatus:
    return a if _RANK[a] >= _RANK[b] else b


def number_statuses(report: Report) -> dict[CellKey, NumberStatus]:
    """The status of every cell with a value, keyed by (table_id, row, column)."""
    statuses: dict[CellKey, NumberStatus] = {}
    for table in report.filing.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.value is None:
                    continue
                inferred = CellFlag.INFERRED in cell.flags
                status = NumberStatus.INFERRED if inferred else NumberStatus.NOT_COVERED
                statuses[(table.id, row.index, cell.column)] = status
    for check, keys in zip(report.checks, cells_used(report), strict=True):
        verdict = check_verdict(check)
        if verdict is None:
            continue
        for key in keys:
            if key in statuses:
                statuses[key] = stronger(statuses[key], verdict)
    return statuses


def cells_used(report: Report) -> list[tuple[CellKey, ...]]:
    """For each check (in order), the cells it used: its facts, else the cells at its spans."""
    by_span: dict[tuple[int, int, int], CellKey] = {}
    for table in report.filing.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.span is not None and cell.value is not None:
                    by_span[_span_key(cell.span)] = (table.id, row.index, cell.column)
    return [_keys_of(check, by_span) for check in report.checks]


def _keys_of(check: Check, by_span: dict[tuple[int, int, int], CellKey]) -> tuple[CellKey, ...]:
    if check.facts:
        return tuple(dict.fromkeys(check.facts))
    return tuple(dict.fromkeys(by_span[k] for k in map(_span_key, check.spans) if k in by_span))


def _span_key(span: SourceSpan) -> tuple[int, int, int]:
    return (span.line, span.col_start, span.col_end)


def checks_by_cell(report: Report) -> dict[CellKey, list[int]]:
    """For every cell, the positions (in report.checks) of the checks that used it."""
    out: dict[CellKey, list[int]] = {}
    for position, keys in enumerate(cells_used(report)):
        for key in keys:
            out.setdefault(key, []).append(position)
    return out
