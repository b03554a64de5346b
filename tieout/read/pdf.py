"""Read a PDF into a Document of positioned lines (issue 5).

Pipeline per page: characters with boxes (pdf_chars) -> words and lines (pdf_words) ->
without headers, footers and page numbers (pdf_furniture) -> reading order, two-column
regions split (pdf_layout) -> lines laid out like `pdftotext -layout` with a page and a
box for every token (pdf_text). A fast plain-text pass over every page chooses the pages
worth reading (pages); pages without a text layer are reported, not read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from tieout.errors import InputError
from tieout.model import Document, Line, ReadingIssue, SourceSpan
from tieout.read.pages import choose_pages, parse_page_range, scan_range
from tieout.read.pdf_chars import (
    PDFIUM_LOCK,
    OpenPage,
    PageCache,
    open_pdf,
    page_has_image,
    read_page_chars,
)
from tieout.read.pdf_furniture import PageLines, drop_furniture
from tieout.read.pdf_layout import reading_order
from tieout.read.pdf_text import (
    Advances,
    advances,
    blank_line,
    char_width,
    digit_width,
    page_lines,
)
from tieout.read.pdf_words import lines_from_words, words_from_chars

NO_TEXT_LAYER = "TO906"


def pdf_to_document(file: Path, data: bytes, *, pages: str | None = None) -> Document:
    """Read the chosen (or the given) pages of a PDF; InputError for unusable PDFs."""
    with PDFIUM_LOCK:
        return _read_pdf(file, data, pages)


def _read_pdf(file: Path, data: bytes, pages: str | None) -> Document:
    pdf = open_pdf(file, data)
    page_count = len(pdf)
    cache = PageCache(pdf)
    try:
        if pages:
            chosen = parse_page_range(pages, page_count)
            texts = {n: cache.text(n - 1) for n in chosen}
        else:
            texts = {i + 1: cache.text(i) for i in scan_range(cache.text, page_count)}
            chosen = choose_pages([texts.get(n, "") for n in range(1, page_count + 1)])
        if all(not t.strip() for t in texts.values()):
            where = "on any page" if not pages else f"on pages {pages}"
            raise InputError(
                f"{file}: has no text layer {where} (scanned?); tieout needs a text PDF"
            )
        first = min(chosen, default=0)
        # a scan among or after the pages read; not the cover read for the contents scan
        scanned = tuple(n for n in _pages_without_text(cache.loaded()) if pages or n >= first)
        read = [_page_lines(cache.page(n - 1)) for n in chosen if texts[n].strip()]
    finally:
        cache.close()
        pdf.close()
    return _document(file, data, chosen, drop_furniture(read), scanned, page_count)


def _pages_without_text(pages: list[OpenPage]) -> tuple[int, ...]:
    """Pages that print an image but no text: scans (blank pages are not reported)."""
    return tuple(p.index + 1 for p in pages if not p.text.strip() and page_has_image(p))


def _page_lines(opened: OpenPage) -> PageLines:
    page = read_page_chars(opened)
    lines = lines_from_words(words_from_chars(page.chars))
    return PageLines(page.number, page.width, page.height, tuple(lines))


def _char_widths(pages: list[PageLines]) -> tuple[float, dict[int, float]]:
    """The document's character width, the digit width over all pages (the width of the
    main print), and each page's own: its digit width when it prints enough digits
    (small-print tables), else the document's. One pass over the words for both."""
    found = {p.number: advances(w for line in p.lines for w in line.words) for p in pages}
    width = char_width(
        Advances(
            [a for f in found.values() for a in f.digit],
            [a for f in found.values() for a in f.other],
        )
    )
    return width, {number: digit_width(f) or width for number, f in found.items()}


def _document(
    file: Path,
    data: bytes,
    chosen: tuple[int, ...],
    pages: list[PageLines],
    scanned: tuple[int, ...],
    page_count: int,
) -> Document:
    width, widths = _char_widths(pages)
    by_number = {p.number: p for p in pages}
    lines: list[Line] = []
    warnings: list[ReadingIssue] = []
    for number in chosen:
        if lines:
            lines.append(blank_line(len(lines) + 1, None))
        page = by_number.get(number)
        if page is None:  # no text layer: a placeholder line the warning can point at
            lines.append(blank_line(len(lines) + 1, number))
            continue
        origin = min((line.x0 for line in page.lines), default=0.0)
        ordered = reading_order(page.lines)
        lines.extend(
            page_lines(
                ordered,
                page=number,
                first_number=len(lines) + 1,
                width=widths[number],
                origin=origin,
            )
        )
    placeholder = {line.page: line.number for line in lines if line.page and not line.fields}
    for number in scanned:
        warnings.append(
            ReadingIssue(
                NO_TEXT_LAYER,
                f"page {number} has no text layer (scanned image?); not read",
                SourceSpan(placeholder.get(number, 1), 1, 1, page=number),
            )
        )
    return Document(
        source=str(file),
        sha256=hashlib.sha256(data).hexdigest(),
        format="pdf",
        lines=tuple(lines),
        pages_read=tuple(p.number for p in pages),
        warnings=tuple(warnings),
        char_width=width,
        page_char_widths=tuple((n, w) for n, w in sorted(widths.items()) if w != width),
        page_count=page_count,
    )
