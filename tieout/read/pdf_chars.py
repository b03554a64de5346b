"""Open a PDF with pypdfium2 and take out its characters with their boxes.

Coordinates follow pdfplumber: points from the page's top-left corner. A character's box
is pdfium's loose box: its vertical extent comes from the font, the same for every glyph
of a line, so characters group into lines reliably (a comma's ink box sits lower than a
digit's). One call per character keeps the reader fast.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tieout.errors import InputError

_NO_PAGES = re.compile(rb"/Count\s+0\b")
_SOME_PAGES = re.compile(rb"/Count\s+[1-9]")


class Char(NamedTuple):
    """One printed character, or a run of them pdfium printed without a space between.

    A tuple because a page has thousands of them."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    space_before: bool = False  # pdfium put a space or line break before this character
    advance: float = 0.0  # distance between successive characters of a multi-character run


# pdfium is not thread-safe: every use of it in one process goes through this lock (the web
# server reads uploads and renders pages on worker threads).
PDFIUM_LOCK = threading.RLock()


@dataclass(frozen=True, slots=True)
class PageChars:
    """The printed (non-space) characters of one page, in pdfium's text order."""

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


class PageCache:
    """Pages loaded on first use and kept for the detailed pass; loading is most of the cost."""

    def __init__(self, pdf: pdfium.PdfDocument) -> None:
        self._pdf = pdf
        self._pages: dict[int, OpenPage] = {}

    def __len__(self) -> int:
        return len(self._pdf)

    def page(self, index: int) -> OpenPage:
        """Page `index` (0-based) with its plain text in pdfium's order."""
        if index not in self._pages:
            self._pages[index] = _open_page(self._pdf, index)
        return self._pages[index]

    def text(self, index: int) -> str:
        return self.page(index).text

    def loaded(self) -> list[OpenPage]:
        return [self._pages[i] for i in sorted(self._pages)]

    def close(self) -> None:
        for page in self._pages.values():
            page.close()
        self._pages.clear()


def _open_page(pdf: pdfium.PdfDocument, index: int) -> OpenPage:
    page = pdf[index]
    textpage = page.get_textpage()
    count = textpage.count_chars()
    text = str(textpage.get_text_range()) if count else ""
    if len(text) != count:  # characters outside the BMP: one call per character
        text = "".join(_unicode(textpage, i) for i in range(count))
    return OpenPage(index, page, textpage, text)


def page_has_image(page: OpenPage) -> bool:
    images = page.page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
    return any(True for _ in images)


def read_page_chars(page: OpenPage) -> PageChars:
    """Every printed character of the page with its box."""
    width, height = (float(v) for v in page.page.get_size())
    return PageChars(page.index + 1, width, height, _chars(page, width, height))


def _chars(page: OpenPage, page_width: float, page_height: float) -> tuple[Char, ...]:
    """Runs of characters between pdfium's spaces, boxed from their first and last character.

    Two box look-ups per word instead of one per character; a run whose ends disagree
    (another line, running backwards) is taken apart character by character.
    """
    text = _mark_unmapped(page)
    box = _loose_box(page.textpage, page_height)
    width2, height2 = 2 * page_width, 2 * page_height  # bounds of a middle's doubled x, y
    out: list[Char] = []
    for match in _RUN.finditer(text):  # the common cases inline: this loop is hot
        start, end = match.span()
        x0, top, x1, bottom = first = box(start)
        advance = 0.0  # a lone character (a digit, a bracket): one piece by itself
        if end - start > 1:
            last = box(end - 1)
            if not _one_piece(first, last, end - start):
                pieces = _one_by_one(
                    [Char(text[i], *box(i), i == start) for i in range(start, end)]
                )
                out.extend(_fit_cjk(c) for c in pieces if _on_page(c, width2, height2))
                continue
            advance = (last[0] - x0) / (end - start - 1)
            top, x1, bottom = min(top, last[1]), last[2], max(bottom, last[3])
        if 0 <= x0 + x1 <= width2 and 0 <= top + bottom <= height2:  # `_on_page`, inline
            char = _new_char(Char, (match.group(), x0, top, x1, bottom, True, advance))
            out.append(_fit_cjk(char) if _maybe_cjk(char.text) else char)
    return tuple(out)


# Builds a Char from all its fields without the named tuple's own __new__ (a Python
# function): a page has thousands of characters.
_new_char = tuple.__new__


_MIRRORED = {"(": ")", ")": "(", "（": "）", "）": "（", "[": "]", "]": "["}


def _one_by_one(chars: list[Char]) -> list[Char]:
    """A run pdfium gave out of printing order. On one line, put it in left-to-right order;
    pdfium's bidi pass may have mirrored its brackets ('(172,544)' read as ')172,544('), so
    a run that now opens with a closing bracket and closes with an opening one is mirrored
    back."""
    middles = [c.top + c.bottom for c in chars]
    height = max(c.bottom - c.top for c in chars)
    if max(middles) - min(middles) > 0.7 * height:
        return chars
    ordered = sorted(chars, key=lambda c: c.x0)
    first, last = ordered[0], ordered[-1]
    if len(ordered) > 1 and first.text in ")）]" and last.text in "(（[":
        ordered[0] = first._replace(text=_MIRRORED[first.text])
        ordered[-1] = last._replace(text=_MIRRORED[last.text])
    return [c._replace(space_before=k == 0) for k, c in enumerate(ordered)]


CJK_FROM = 0x2E80  # below it no character is CJK (a test before `is_cjk` where that is hot)


def _maybe_cjk(text: str) -> bool:
    """The run's first characters hold CJK (a quick test; the loop it sits in is hot)."""
    return ord(text[0]) >= CJK_FROM or (len(text) > 1 and ord(max(text[1:3])) >= CJK_FROM)


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def _fit_cjk(char: Char) -> Char:
    """Some CJK fonts declare an ascent and descent far beyond their square glyphs, so their
    loose boxes reach into the lines above and below: cut them to the glyphs' em square.
    A run opening with a dash or a bracket ('–按公允值...') is cut all the same: whether
    pdfium splits the mark off is not a property of the page."""
    if not is_cjk(char.text[0]) and not any(is_cjk(c) for c in char.text[1:3]):
        return char
    em = (char.x1 - char.x0) / len(char.text)
    if char.bottom - char.top <= 1.5 * em:
        return char
    middle, half = (char.top + char.bottom) / 2, 0.575 * em
    return char._replace(top=middle - half, bottom=middle + half)


_RUN = re.compile(r"[^\s\x00]+")


def _mark_unmapped(page: OpenPage) -> str:
    """pdfium's U+FFFE is a hyphen ending a line or a glyph without Unicode (a ligature):
    the first becomes '-', the second U+FFFD, which keeps its word in one piece."""
    text = page.text
    if "\ufffe" not in text:
        return text
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch == "\ufffe":
            hyphen = pdfium_c.FPDFText_IsHyphen(page.textpage.raw, i)
            chars[i] = "-" if hyphen else "\ufffd"
    return "".join(chars)


_Box = tuple[float, float, float, float]


def _unchecked(function: Any) -> Callable[..., int]:  # a ctypes function of pdfium
    """A pdfium function returning an int, called without ctypes' per-call conversion of its
    arguments (half the cost of a call): the caller passes the pointers and ints it takes."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    if address is None:
        raise RuntimeError("pdfium function without an address")
    return ctypes.CFUNCTYPE(ctypes.c_int)(address)


_UNCHECKED_LOOSE_CHAR_BOX = _unchecked(pdfium_c.FPDFText_GetLooseCharBox)


def _loose_box(textpage: pdfium.PdfTextPage, page_height: float) -> Callable[[int], _Box]:
    """pdfium's loose box of a character, as (x0, top, x1, bottom) from the page's top."""
    get_box = _UNCHECKED_LOOSE_CHAR_BOX  # takes (FPDF_TEXTPAGE, int, FS_RECTF*)
    raw = ctypes.cast(textpage.raw, ctypes.c_void_p)
    rect = pdfium_c.FS_RECTF()
    ref = ctypes.c_void_p(ctypes.addressof(rect))

    def box(index: int) -> _Box:
        get_box(raw, index, ref)
        return rect.left, page_height - rect.top, rect.right, page_height - rect.bottom

    return box


def _one_piece(first: _Box, last: _Box, n: int) -> bool:
    height = max(first[3] - first[1], last[3] - last[1], 0.1)
    same_line = abs((first[1] + first[3]) - (last[1] + last[3])) <= 0.7 * height
    forwards = last[0] >= first[0] and last[2] >= first[2]
    return same_line and forwards and last[2] - first[0] <= n * 1.5 * height


def _on_page(char: Char, width2: float, height2: float) -> bool:
    """The character's middle lies on the page (bounds doubled, as the middle is)."""
    return 0 <= char.x0 + char.x1 <= width2 and 0 <= char.top + char.bottom <= height2


def _unicode(textpage: pdfium.PdfTextPage, index: int) -> str:
    code = pdfium_c.FPDFText_GetUnicode(textpage.raw, index)
    try:
        return chr(code)
    except ValueError:
        return "\ufffe"
