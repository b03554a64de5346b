"""Reading order: split two-column page regions (e.g. English beside Chinese) into runs.

A region is two-column when at least three consecutive lines share an empty vertical
gutter in the middle of the text, at least two of them print prose on both sides, and no
line of it prints amounts on the right side (a bilingual table row, label beside label
beside amounts, stays one line). Such a region is read as its left column, then its right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from tieout.read.pdf_words import FIELD_GAP, TextLine, Word

# '(1,234)', '26.49%', and per-share figures named in Chinese: '人民幣(0.007)元'
_AMOUNT = re.compile(r"(?:人民[幣币]|港[幣币])?[(\-–—]?[$€£¥]?\d[\d,]*(?:\.\d+)?%?\)?元?|[-–—]")
MIDDLE = (0.35, 0.65)  # where a gutter may lie, as shares of the text width
MIN_LINES = 3
MIN_SPLIT_LINES = 2


@dataclass(frozen=True, slots=True)
class Gutter:
    x0: float
    x1: float

    def overlap(self, other: Gutter) -> Gutter | None:
        x0, x1 = max(self.x0, other.x0), min(self.x1, other.x1)
        return Gutter(x0, x1) if x1 - x0 >= 1.0 else None


def reading_order(lines: Sequence[TextLine]) -> list[TextLine]:
    """The lines with every two-column region replaced by its left then its right column."""
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    lo, hi = left + MIDDLE[0] * (right - left), left + MIDDLE[1] * (right - left)
    out: list[TextLine] = []
    i = 0
    while i < len(lines):
        end, gutter = _region(lines, i, lo, hi)
        if gutter is None:
            out.append(lines[i])
            i += 1
            continue
        region = lines[i:end]
        out.extend(_side(region, gutter, left_side=True))
        out.extend(_side(region, gutter, left_side=False))
        i = end
    return out


def _region(
    lines: Sequence[TextLine], start: int, lo: float, hi: float
) -> tuple[int, Gutter | None]:
    """End (exclusive) and gutter of the two-column region starting at `start`, if any."""
    gutter = _prose_gutter(lines[start], lo, hi)
    if gutter is None:
        return start + 1, None
    split = 1
    end = start + 1
    while end < len(lines):
        line = lines[end]
        other = _prose_gutter(line, lo, hi)
        joint = gutter.overlap(other) if other else None
        if joint is not None:
            gutter, split = joint, split + 1
        elif not _one_sided(line, gutter):
            break
        end += 1
    if end - start >= MIN_LINES and split >= MIN_SPLIT_LINES:
        return end, gutter
    return start + 1, None


def _prose_gutter(line: TextLine, lo: float, hi: float) -> Gutter | None:
    """The widest column gap in the middle band with prose on both sides, if any."""
    limit = FIELD_GAP * max(line.height, 0.1)
    words = line.words
    best: Gutter | None = None
    for a, b in pairwise(words):
        if b.x0 - a.x1 <= limit or not (lo <= (a.x1 + b.x0) / 2 <= hi):
            continue
        if best is None or b.x0 - a.x1 > best.x1 - best.x0:
            best = Gutter(a.x1, b.x0)
    if best is None:
        return None
    left = [w for w in words if w.x1 <= best.x0]
    right = [w for w in words if w.x0 >= best.x1]
    # a leading list marker ("1", "(a)") may open the right column; amounts may not
    if _prose(left) and _prose(right) and not any(_is_amount(w) for w in right[1:]):
        return best
    return None


def _one_sided(line: TextLine, gutter: Gutter) -> bool:
    """The line keeps to one side of the gutter (it may reach into it, not across it)."""
    words = line.words
    if all(w.x1 < gutter.x1 for w in words):
        return True
    return all(w.x0 > gutter.x0 for w in words) and not any(_is_amount(w) for w in words)


def _prose(words: Sequence[Word]) -> bool:
    return any(_has_letter(w.text) for w in words)


def _has_letter(text: str) -> bool:
    if text.isascii():
        return text.lower() != text.upper()  # every ASCII letter has two cases
    return any(ch.isalpha() for ch in text)


def _is_amount(word: Word) -> bool:
    return _AMOUNT.fullmatch(word.text) is not None


def _side(region: Sequence[TextLine], gutter: Gutter, *, left_side: bool) -> list[TextLine]:
    middle = (gutter.x0 + gutter.x1) / 2
    out: list[TextLine] = []
    for line in region:
        words = tuple(w for w in line.words if (w.x0 < middle) == left_side)
        if words:
            out.append(TextLine.of(words))
    return out
