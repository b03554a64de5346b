"""Refuse unusable input early, with one line that says what is wrong."""

from __future__ import annotations

import codecs
from pathlib import Path

from tieout.errors import InputError

MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_PDF_BYTES = 300 * 1024 * 1024


def check_size(file: Path) -> bytes:
    if not file.exists():
        raise InputError(f"{file}: no such file")
    if file.is_dir():
        raise InputError(f"{file}: is a directory, not a document")
    size = file.stat().st_size
    if size == 0:
        raise InputError(f"{file}: file is empty")
    with file.open("rb") as handle:
        head = handle.read(5)
    limit = MAX_PDF_BYTES if head == b"%PDF-" else MAX_TEXT_BYTES
    if size > limit:
        raise InputError(
            f"{file}: file is {size / 1e6:.1f} MB; tieout reads "
            f"{'PDFs' if limit == MAX_PDF_BYTES else 'text files'} up to {limit // 1_000_000} MB"
        )
    return file.read_bytes()


def classify_bytes(data: bytes, file: Path) -> str:
    """'pdf' or 'text'; raises for binary data that is neither."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if file.suffix.lower() == ".pdf":
        raise InputError(f"{file}: has a .pdf name but is not a PDF (no %PDF- header)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "text"
    sample = data[:8192]
    if b"\x00" in sample or _control_share(sample) > 0.05:
        raise InputError(f"{file}: is a binary file, not text or PDF")
    return "text"


def _control_share(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(sample), 1)


def decode_text(data: bytes, file: Path) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is refused."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(f"{file}: is not valid UTF-16 ({error.reason})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{file}: is not valid UTF-8 (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); convert it to UTF-8 first"
        ) from None
