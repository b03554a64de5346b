"""The long format every tabular export shares: one record per fact, one per finding."""

from __future__ import annotations

from typing import Any

from tieout.model import Filing, Report
from tieout.store.status import NumberStatus, number_statuses

FACT_COLUMNS = (
    "sha256",
    "source",
    "table",
    "kind",
    "table_title",
    "row",
    "column",
    "concept",
    "label",
    "period_start",
    "period_end",
    "member",
    "value",
    "printed",
    "decimals",
    "unit",
    "currency",
    "scale",
    "status",
    "line",
    "col_start",
    "col_end",
    "page",
)
# The facts as read, before any check: every column but the check status.
FILING_FACT_COLUMNS = tuple(c for c in FACT_COLUMNS if c != "status")

FINDING_COLUMNS = (
    "sha256",
    "source",
    "code",
    "severity",
    "message",
    "expected",
    "actual",
    "difference",
    "table",
    "lines",
)


def fact_records(report: Report) -> list[dict[str, Any]]:
    """One dict per fact with its check status; amounts stay Decimal, dates stay dates,
    missing values are None."""
    statuses = number_statuses(report)
    return [
        {
            **record,
            "status": statuses.get(
                (record["table"], record["row"], record["column"]), NumberStatus.NOT_COVERED
            ).value,
        }
        for record in filing_fact_records(report.filing)
    ]


def filing_fact_records(filing: Filing) -> list[dict[str, Any]]:
    """One dict per fact as read (FILING_FACT_COLUMNS)."""
    tables = {t.id: t for t in filing.tables}
    out = []
    for fact in filing.facts:
        table = tables.get(fact.table_id)
        period = fact.period
        out.append(
            {
                "sha256": filing.sha256,
                "source": filing.source,
                "table": fact.table_id,
                "kind": table.kind.value if table else None,
                "table_title": table.title if table else None,
                "row": fact.row,
                "column": fact.column,
                "concept": fact.concept,
                "label": fact.label,
                "period_start": period.start if period else None,
                "period_end": period.end if period else None,
                "member": fact.member,
                "value": fact.value,
                "printed": fact.printed,
                "decimals": fact.decimals,
                "unit": fact.unit.label(),
                "currency": fact.unit.currency,
                "scale": fact.unit.scale,
                "line": fact.span.line,
                "col_start": fact.span.col_start,
                "col_end": fact.span.col_end,
                "page": fact.span.page,
            }
        )
    return out


def finding_records(report: Report) -> list[dict[str, Any]]:
    filing = report.filing
    return [
        {
            "sha256": filing.sha256,
            "source": filing.source,
            "code": f.code,
            "severity": f.severity.value,
            "message": f.message,
            "expected": f.expected,
            "actual": f.actual,
            "difference": f.difference,
            "table": f.table_id,
            "lines": " ".join(str(n) for n in f.lines),
        }
        for f in report.findings
    ]
