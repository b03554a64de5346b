"""PDF reader (being built: issue 5). Until it lands, PDFs are refused with a clear error."""

from __future__ import annotations

from pathlib import Path

from tieout.errors import InputError
from tieout.model import Document


def pdf_to_document(file: Path, data: bytes, *, pages: str | None = None) -> Document:
    raise InputError(f"{file}: reading PDFs is not supported yet; extract its text first")
