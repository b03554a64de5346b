"""Render a filing for `tieout extract`: aligned text, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

from tieout.model import Filing, Table
from tieout.report.check_output import pages_read_lines
from tieout.report.filing_json import decimal_text, filing_to_dict
from tieout.report.text_table import render_table


def render(filing: Filing, fmt: str, *, all_tables: bool = False) -> str:
    if fmt == "json":
        return json.dumps(filing_to_dict(filing), indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return _csv(filing)
    tables: tuple[Table, ...] = filing.tables if all_tables else filing.statements
    parts = [*pages_read_lines(filing), *(render_table(t) for t in tables)]
    if filing.reading_issues:
        parts.append(
            "Reading issues\n"
            + "\n".join(f"  line {i.line}: [{i.code}] {i.message}" for i in filing.reading_issues)
        )
    return "\n\n".join(parts) + "\n"


def _csv(filing: Filing) -> str:
    """One row per fact: the long format that spreadsheets and databases take."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "table",
            "kind",
            "concept",
            "label",
            "period_start",
            "period_end",
            "member",
            "value",
            "printed",
            "unit",
            "decimals",
            "line",
            "col_start",
            "col_end",
            "page",
        ]
    )
    kinds = {t.id: t.kind.value for t in filing.tables}
    for fact in filing.facts:
        period = fact.period
        writer.writerow(
            [
                fact.table_id,
                kinds[fact.table_id],
                fact.concept,
                fact.label or "",
                period.start.isoformat() if period and period.start else "",
                period.end.isoformat() if period else "",
                fact.member or "",
                decimal_text(fact.value),
                decimal_text(fact.printed),
                fact.unit.label(),
                fact.decimals,
                fact.span.line,
                fact.span.col_start,
                fact.span.col_end,
                fact.span.page or "",
            ]
        )
    return out.getvalue()
