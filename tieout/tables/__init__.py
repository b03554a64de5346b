"""Rebuild tables from positioned lines: blocks -> header (columns) -> rows -> Table."""

from __future__ import annotations

from tieout.model import Document, ReadingIssue, Table


def build_tables(document: Document) -> tuple[list[Table], list[ReadingIssue]]:
    """Every table of the document, with the reading issues met on the way."""
    return [], list(document.warnings)
