"""Render a filing for `tieout extract`: aligned text, JSON or CSV."""

from __future__ import annotations

import json

from tieout.export.writers import filing_facts_csv
from tieout.model import Filing, Table
from tieout.report.check_output import pages_read_lines
from tieout.report.filing_json import filing_to_dict
from tieout.report.text_table import render_table


def render(filing: Filing, fmt: str, *, all_tables: bool = False) -> str:
    if fmt == "json":
        return json.dumps(filing_to_dict(filing), indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return filing_facts_csv(filing)
    tables: tuple[Table, ...] = filing.tables if all_tables else filing.statements
    parts = [*pages_read_lines(filing), *(render_table(t) for t in tables)]
    if filing.reading_issues:
        parts.append(
            "Reading issues\n"
            + "\n".join(f"  line {i.line}: [{i.code}] {i.message}" for i in filing.reading_issues)
        )
    return "\n\n".join(parts) + "\n"
