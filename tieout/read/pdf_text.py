"""Lay positioned lines out as text, like `pdftotext -layout`, and make model Lines.

Each field is placed at the character column of its position on the page (x divided by
the document's character width): text fields from their left edge, amounts from their
right edge, so the amounts of one table column stay right-aligned in the text. Fields
that would touch are pushed right to keep the two-space gap a field boundary needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from statistics import median
from typing import NamedTuple

from tieout.model import BBox, Field, Line, LineKind, SourceSpan, Token
from tieout.read.pdf_words import TextLine, Word, split_fields

_AMOUNT_FIELD = re.compile(r"[(\-–—]?[$€£¥]?\s?\d[\d,]*(?:\.\d+)?%?\)?|[-–—]+|\(?[a-z]\)")
_DIGITS = re.compile(r"[\d,.()]+")
MAX_BLANKS = 3  # blank lines for a wide vertical gap (more than a table holds between rows)


class Advances(NamedTuple):
    """The character advances of some words: of digit words, of the others."""

    digit: list[float]
    other: list[float]


def advances(words: Iterable[Word]) -> Advances:
    digit: list[float] = []
    other: list[float] = []
    for word in words:
        if word.advance <= 0:
            continue
        (digit if _DIGITS.fullmatch(word.text) else other).append(word.advance)
    return Advances(digit, other)


def digit_width(found: Advances) -> float | None:
    """The median advance of digit characters, None without enough digits."""
    return median(found.digit) if len(found.digit) >= 20 else None


def char_width(found: Advances) -> float:
    """The median advance of digit characters; without enough digits, the median advance
    of all characters."""
    width = digit_width(found)
    if width is not None:
        return width
    sample = found.digit + found.other
    return median(sample) if sample else 5.0


def page_lines(
    lines: Sequence[TextLine], *, page: int, first_number: int, width: float, origin: float
) -> list[Line]:
    """Model lines for one page's lines in reading order, blank lines where the text breaks."""
    out: list[Line] = []
    blanks = blank_lines_before(lines)
    for text_line, blank in zip(lines, blanks, strict=True):
        for _ in range(blank):
            out.append(blank_line(first_number + len(out), page))
        out.append(layout_line(text_line, first_number + len(out), page, width, origin))
    return out


def blank_lines_before(lines: Sequence[TextLine]) -> list[int]:
    """Blank lines before each line, as `pdftotext -layout` leaves them.

    A step down the page is measured against the smallest step around it, so evenly spaced
    lines (a table, a paragraph, however loosely set) get none and wider gaps get some.
    """
    steps = [0.0] + [b.top - a.top for a, b in pairwise(lines)]
    out: list[int] = []
    for i, line in enumerate(lines):
        step = steps[i]
        if i == 0:
            out.append(0)
        elif step < -line.height:  # back up the page: the next column of a two-column region
            out.append(MAX_BLANKS)
        else:
            near = [s for s in steps[max(1, i - 1) : i + 2] if s > 0.5 * line.height]
            pitch = max(min(near, default=step), line.height)
            out.append(max(0, min(MAX_BLANKS, int(step / pitch + 0.2) - 1)))
    return out


def blank_line(number: int, page: int | None) -> Line:
    return Line(number, "", (), LineKind.SPACED, page)


def layout_line(line: TextLine, number: int, page: int, width: float, origin: float) -> Line:
    text = ""
    fields: list[Field] = []
    for words in split_fields(line):
        field_text = words[0].text if len(words) == 1 else " ".join([w.text for w in words])
        start = _column(words, field_text, width, origin)
        if text:
            start = max(start, len(text) + 3)
        start = max(start, 1)
        text = text.ljust(start - 1) + field_text
        fields.append(_field(words, start, number, page))
    return Line(number, text, tuple(fields), LineKind.SPACED, page)


def _column(words: Sequence[Word], field_text: str, width: float, origin: float) -> int:
    """1-based column where the field starts: right edge for amounts, left edge otherwise."""
    if _AMOUNT_FIELD.fullmatch(field_text):
        end = round((words[-1].x1 - origin) / width)
        return end - len(field_text) + 1
    return round((words[0].x0 - origin) / width) + 1


def _field(words: Sequence[Word], start: int, number: int, page: int) -> Field:
    """The field; x0/x1 in page points, the frame of the tokens' boxes."""
    tokens: list[Token] = []
    col = start
    for text, x0, top, x1, bottom, _ in words:
        end = col + len(text) - 1
        bbox = _make(BBox, (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)))
        tokens.append(_make(Token, (text, _make(SourceSpan, (number, col, end, page, bbox)))))
        col = end + 2
    return Field(tuple(tokens), words[0].x0, words[-1].x1)


# Builds a named tuple from a tuple of its fields without the class's own __new__ (a Python
# function): a document has hundreds of thousands of boxes, spans and tokens.
_make = tuple.__new__
