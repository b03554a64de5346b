"""Drop page furniture: running headers and footers and page numbers.

A line in the top or bottom band of a page is furniture when the same text (digits
ignored) is printed in that band on many of the pages read, or when it is a lone page
number. Statement titles are never furniture, even when they repeat on continuation pages.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tieout.read.pages import STATEMENT_TITLE
from tieout.read.pdf_words import TextLine

BAND = 0.11  # share of the page height at the top and at the bottom
REPEAT_SHARE = 0.3  # a band text on at least this share of the pages read is furniture
PAGE_NUMBER = re.compile(
    r"[-–—\s]*(?:page\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PageLines:
    number: int
    width: float
    height: float
    lines: tuple[TextLine, ...]


def drop_furniture(pages: Sequence[PageLines]) -> list[PageLines]:
    """The pages without their running headers, footers and page numbers."""
    repeated = _repeated_band_texts(pages)
    return [
        PageLines(
            p.number,
            p.width,
            p.height,
            tuple(line for line in p.lines if not _is_furniture(line, p.height, repeated)),
        )
        for p in pages
    ]


def _band(line: TextLine, height: float) -> str | None:
    if line.bottom <= BAND * height:
        return "top"
    if line.top >= (1 - BAND) * height:
        return "bottom"
    return None


def _key(line: TextLine) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.split())).lower()


def _repeated_band_texts(pages: Sequence[PageLines]) -> set[tuple[str, str]]:
    seen: Counter[tuple[str, str]] = Counter()
    for page in pages:
        keys = {
            (band, _key(line))
            for line in page.lines
            if (band := _band(line, page.height)) is not None
        }
        seen.update(keys)
    least = max(2, math.ceil(REPEAT_SHARE * len(pages)))
    return {key for key, count in seen.items() if count >= least}


def _is_furniture(line: TextLine, height: float, repeated: set[tuple[str, str]]) -> bool:
    band = _band(line, height)
    if band is None or STATEMENT_TITLE.search(line.text.lower()):
        return False
    return PAGE_NUMBER.fullmatch(line.text) is not None or (band, _key(line)) in repeated
