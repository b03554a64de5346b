"""Recognise statements, map labels to concepts and turn cells into facts."""

from __future__ import annotations

from pathlib import Path

from tieout.model import Document, Filing, ReadingIssue, Table
from tieout.statements.classify import classify_tables
from tieout.statements.concepts import name_statements
from tieout.statements.facts import table_facts, usual_months
from tieout.statements.infer import infer_unlabelled

__all__ = ["build_filing"]


def build_filing(document: Document, tables: list[Table], issues: list[ReadingIssue]) -> Filing:
    classified = name_statements(classify_tables(tables))
    months = usual_months(classified)
    facts = [f for t in classified for f in table_facts(t, months)]
    classified, facts = infer_unlabelled(classified, facts)
    return Filing(
        source=document.source,
        sha256=document.sha256,
        format=document.format,
        title=_title(document),
        tables=tuple(classified),
        facts=tuple(facts),
        reading_issues=tuple(issues),
        document=document,
        pages_read=document.pages_read,
    )


def _title(document: Document) -> str:
    for line in document.lines[:40]:
        text = line.text.strip()
        if "RESULTS" in text.upper() and len(text) < 160 and "ANNOUNCEMENT" in text.upper():
            return text
    return Path(document.source).name
