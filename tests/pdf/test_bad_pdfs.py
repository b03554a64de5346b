"""Unusable PDFs: one clear line and exit code 2; scanned pages: a warning per page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_support import DATA
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tieout.cli import main
from tieout.errors import InputError
from tieout.read import load_document

GOOD = DATA / "anxin_2012_interim_p2-5.pdf"


def _image_page(canvas: Canvas) -> None:
    """A page that prints a picture and no text, like a scan."""
    pixels = b"\x00\xff" * (40 * 40 * 3 // 2)
    image = Image.frombytes("RGB", (40, 40), pixels)
    canvas.drawImage(ImageReader(image), 50, 500, width=300, height=300)
    canvas.showPage()


def _image_only(path: Path) -> Path:
    canvas = Canvas(str(path))
    _image_page(canvas)
    _image_page(canvas)
    canvas.save()
    return path


def _truncated(path: Path) -> Path:
    data = GOOD.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _encrypted(path: Path) -> Path:
    writer = PdfWriter()
    writer.append(PdfReader(GOOD))
    writer.encrypt("secret")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _zero_pages(path: Path) -> Path:
    with path.open("wb") as handle:
        PdfWriter().write(handle)
    return path


def _not_a_pdf(path: Path) -> Path:
    path.write_text("Revenue  1,234  1,000\n", encoding="utf-8")
    return path


CASES = [
    (_truncated, "is not a readable PDF: Failed to load document (PDFium: Data format error)."),
    (_encrypted, "is encrypted; tieout cannot read a password-protected PDF"),
    (_zero_pages, "is a PDF with no pages"),
    (_image_only, "has no text layer on any page (scanned?); tieout needs a text PDF"),
    (_not_a_pdf, "has a .pdf name but is not a PDF (no %PDF- header)"),
]


@pytest.mark.parametrize(("make", "message"), CASES)
def test_bad_pdf_is_refused_with_one_line(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path / "x.pdf")
    with pytest.raises(InputError) as raised:
        load_document(path)
    assert str(raised.value) == f"{path}: {message}"


@pytest.mark.parametrize(("make", "message"), CASES)
def test_cli_exit_code_2_and_one_stderr_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path],
    message: str,
) -> None:
    path = make(tmp_path / "x.pdf")
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"tieout: error: {path}: {message}\n"


def test_scanned_page_among_text_pages_is_a_warning(tmp_path: Path) -> None:
    scan = _image_only(tmp_path / "scan.pdf")
    writer = PdfWriter()
    writer.append(PdfReader(GOOD), pages=[0])
    writer.append(PdfReader(scan), pages=[0])
    writer.append(PdfReader(GOOD), pages=[1])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as handle:
        writer.write(handle)
    doc = load_document(mixed, pages="1-3")
    assert doc.pages_read == (1, 3)
    assert len(doc.warnings) == 1
    warning = doc.warnings[0]
    assert warning.code == "TO906"
    assert warning.message == "page 2 has no text layer (scanned image?); not read"
    placeholder = doc.lines[warning.span.line - 1]
    assert (placeholder.page, placeholder.fields) == (2, ())
    totals = [line for line in doc.lines if line.text.strip().startswith("Total assets")]
    assert [line.page for line in totals] == [3]


@pytest.mark.parametrize(
    ("spec", "message"),
    [("2-9", "page range '2-9' is outside the document's pages 1-4"), ("a", "is not like")],
)
def test_bad_page_range(spec: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_document(GOOD, pages=spec)
