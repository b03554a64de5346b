"""Open a PDF with pypdfium2 and take out its characters with their boxes.

Coordinates follow pdfplumber: points from the page's top-left corner. A character's box
is pdfium's loose box: its vertical extent comes from the font, the same for every glyph
of a line, so characters group into lines reliably (a comma's ink box sits lower than a
digit's). One call per character keeps the reader fast.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tieout.errors import InputError

_NO_PAGES = re.compile(rb"/Count\s+0\b")
_SOME_PAGES = re.compile(rb"/Count\s+[1-9]")


class Char(NamedTuple):
    """One printed character; a tuple because a page has thousands of them."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    space_before: bool = False  # pdfium put a space or line break before this character


@dataclass(frozen=True, slots=True)
class PageChars:
    """The printed (non-space) characters of one page, in content-stream order."""

    number: int  # 1-based
    width: float
    height: float
    chars: tuple[Char, ...]


def open_pdf(file: Path, data: bytes) -> pdfium.PdfDocument:
    """The opened document; InputError for corrupt, encrypted or empty PDFs."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise InputError(f"{file}: {_load_failure(data, str(error))}") from None
    if len(pdf) == 0:
        raise InputError(f"{file}: is a PDF with no pages")
    return pdf


def _load_failure(data: bytes, reason: str) -> str:
    """Why pdfium refused the file, in words (it also says 'password' for a page-less PDF)."""
    if "password" in reason.lower() and b"/Encrypt" in data:
        return "is encrypted; tieout cannot read a password-protected PDF"
    if _NO_PAGES.search(data) and not _SOME_PAGES.search(data):
        return "is a PDF with no pages"
    return f"is not a readable PDF: {reason}"


@dataclass(frozen=True, slots=True)
class OpenPage:
    """A loaded page, its text page and its plain text, loaded once for both passes."""

    index: int  # 0-based
    page: pdfium.PdfPage
    textpage: pdfium.PdfTextPage
    text: str

    def close(self) -> None:
        self.textpage.close()
        self.page.close()


def open_pages(pdf: pdfium.PdfDocument) -> list[OpenPage]:
    """Every page with its plain text in pdfium's order (the fast pass that chooses pages)."""
    pages: list[OpenPage] = []
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        count = textpage.count_chars()
        text = str(textpage.get_text_range()) if count else ""
        if len(text) != count:  # characters outside the BMP: one call per character
            text = "".join(_unicode(textpage, i) for i in range(count))
        pages.append(OpenPage(index, page, textpage, text))
    return pages


def page_has_image(page: OpenPage) -> bool:
    images = page.page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
    return any(True for _ in images)


def read_page_chars(page: OpenPage) -> PageChars:
    """Every printed character of the page with its box."""
    width, height = (float(v) for v in page.page.get_size())
    return PageChars(page.index + 1, width, height, _chars(page, width, height))


def _chars(page: OpenPage, page_width: float, page_height: float) -> tuple[Char, ...]:
    raw = page.textpage.raw
    loose = pdfium_c.FS_RECTF()
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    loose_ref = ctypes.byref(loose)
    out: list[Char] = []
    space = False
    for i, ch in enumerate(page.text):
        if ch.isspace() or ch == "\x00":
            space = True
            continue
        if ch == "\ufffe":  # a glyph without a Unicode mapping (often a ligature)
            ch = "\ufffd"
        loose_box(raw, i, loose_ref)
        x0, x1 = loose.left, loose.right
        top, bottom = page_height - loose.top, page_height - loose.bottom
        if not (0 <= x0 + x1 <= 2 * page_width and 0 <= top + bottom <= 2 * page_height):
            continue  # drawn off the page: not printed
        out.append(Char(ch, x0, top, x1, bottom, space))
        space = False
    return tuple(out)


def _unicode(textpage: pdfium.PdfTextPage, index: int) -> str:
    code = pdfium_c.FPDFText_GetUnicode(textpage.raw, index)
    try:
        return chr(code)
    except ValueError:
        return "\ufffe"
