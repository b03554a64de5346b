"""Helpers for the PDF reader tests: fixture paths and line look-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from tieout.model import Document, Line
from tieout.read import load_document

DATA = Path(__file__).parent.parent / "data" / "pdf"
CORPUS = Path("/work/shared/corpus")


def read(name: str, pages: str | None = None) -> Document:
    return load_document(DATA / name, pages=pages)


def line_starting(doc: Document, label: str, page: int | None = None) -> Line:
    """The first line whose first field is `label` (on `page` when given)."""
    for line in doc.lines:
        if line.fields and line.fields[0].text == label and page in (None, line.page):
            return line
    raise AssertionError(f"no line starts with {label!r}")


def field_texts(line: Line) -> list[str]:
    return [f.text for f in line.fields]


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"corpus file {relative} not available")
    return path
