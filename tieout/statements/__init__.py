"""Recognise statements, map labels to concepts and turn cells into facts."""

from __future__ import annotations

from pathlib import Path

from tieout.model import Document, Filing, ReadingIssue, Table


def build_filing(document: Document, tables: list[Table], issues: list[ReadingIssue]) -> Filing:
    return Filing(
        source=document.source,
        sha256=document.sha256,
        format=document.format,
        title=Path(document.source).name,
        tables=tuple(tables),
        facts=(),
        reading_issues=tuple(issues),
        document=document,
        pages_read=document.pages_read,
    )
