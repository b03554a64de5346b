"""Readers: turn a source file into a `Document` of positioned lines.

One reader per input kind (tab-separated extracted text, `pdftotext -layout` text,
converter markdown with HTML tables, PDF);
all produce the same `Line`/`Field`/`Token` objects, so nothing downstream knows which
reader ran.
"""

from __future__ import annotations

from pathlib import Path

from tieout.collector import collector_paused
from tieout.model import Document
from tieout.read.guard import check_size, classify_bytes, decode_text
from tieout.read.markup import has_html_tables, lay_out_tables
from tieout.read.text import text_to_document

__all__ = ["load_document"]


@collector_paused()
def load_document(path: str | Path, *, pages: str | None = None) -> Document:
    """Read a text or PDF file into a Document; raises InputError for unusable input."""
    file = Path(path)
    data = check_size(file)
    kind = classify_bytes(data, file)
    if kind == "pdf":
        from tieout.read.pdf import pdf_to_document

        return pdf_to_document(file, data, pages=pages)
    text = decode_text(data, file)
    if has_html_tables(text):
        text = lay_out_tables(text)
    return text_to_document(text, source=str(path), data=data)
