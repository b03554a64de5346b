"""A PDF page as the web report shows it: the page rendered to PNG from the stored PDF, and
a box over every number tieout read on it, coloured by the number's status and linked to it
in the filing page (the issue's "see each number highlighted on its page")."""

from __future__ import annotations

import io
from dataclasses import dataclass

from tieout.errors import InputError
from tieout.read.pdf_chars import PDFIUM_LOCK
from tieout.store.load import StoredFiling
from tieout.store.status import NumberStatus, number_statuses
from tieout.web.view import cell_anchor, cell_key, short

RENDER_SCALE = 2.0  # 144 dpi: small print stays legible
TITLE_CHARS = 80


@dataclass(frozen=True, slots=True)
class PageBox:
    """A number on the page: where (percent of the page's width and height) and its status."""

    key: str  # "t01:4:0", as on the filing page
    anchor: str
    status: str
    title: str
    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class PageView:
    number: int
    page_count: int
    width: float  # points
    height: float
    boxes: list[PageBox]


def page_view(stored: StoredFiling, content: bytes, number: int) -> PageView:
    """The page's size and a box for every number read from it; InputError for a page the
    PDF does not have."""
    width, height, page_count = _page_size(content, number)
    return PageView(number, page_count, width, height, _boxes(stored, number, width, height))


def page_png(content: bytes, number: int, scale: float = RENDER_SCALE) -> bytes:
    """Page `number` (1-based) of the PDF rendered to PNG."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(content)
        try:
            _check_page(number, len(pdf))
            image = pdf[number - 1].render(scale=scale).to_pil()
        finally:
            pdf.close()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _page_size(content: bytes, number: int) -> tuple[float, float, int]:
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(content)
        try:
            _check_page(number, len(pdf))
            width, height = pdf[number - 1].get_size()
            return float(width), float(height), len(pdf)
        finally:
            pdf.close()


def _check_page(number: int, page_count: int) -> None:
    if not 1 <= number <= page_count:
        raise InputError(f"page {number} is not in the document (pages 1-{page_count})")


def _boxes(stored: StoredFiling, number: int, width: float, height: float) -> list[PageBox]:
    report = stored.report
    statuses = number_statuses(report)
    boxes = []
    for table in report.filing.tables:
        for row in table.rows:
            for cell in row.cells:
                span = cell.span
                if cell.value is None or span is None or span.page != number or not span.bbox:
                    continue
                key = cell_key(table.id, row.index, cell.column)
                status = statuses.get((table.id, row.index, cell.column), NumberStatus.NOT_COVERED)
                box = span.bbox
                boxes.append(
                    PageBox(
                        key,
                        cell_anchor(key),
                        status.value,
                        short(f"{row.label or table.title}: {cell.text}", TITLE_CHARS),
                        round(100 * box.x0 / width, 3),
                        round(100 * box.top / height, 3),
                        round(100 * (box.x1 - box.x0) / width, 3),
                        round(100 * (box.bottom - box.top) / height, 3),
                    )
                )
    return boxes
