"""Characters -> words -> lines -> fields, from positions alone (pdfplumber's model).

A word is a run of characters on one baseline without a space-sized gap. A line is the
words whose vertical middles agree. A field is a run of words of one line separated from
the next by a column-sized gap, so a table row splits into label, notes and amounts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import median

from tieout.read.pdf_chars import Char

# Fractions of the line height (about 1.15 x the font size).
WORD_GAP = 0.6  # a gap wider than this ends a word even where pdfium put no space
FIELD_GAP = 0.75  # a gap wider than this between two words is a column gap
SAME_LINE = 0.35  # words whose middles differ by less than this share a line


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    advance: float  # mean distance between successive characters (0 for one character)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class TextLine:
    """Words of one line, left to right."""

    words: tuple[Word, ...]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def words_from_chars(chars: Iterable[Char]) -> list[Word]:
    """Join characters in content order into words; a jump, a gap or a new baseline ends one."""
    words: list[Word] = []
    run: list[Char] = []
    for ch in chars:
        if run and not _continues(run[-1], ch):
            words.append(_word(run))
            run = []
        run.append(ch)
    if run:
        words.append(_word(run))
    return words


def _continues(prev: Char, ch: Char) -> bool:
    height = max(prev.bottom - prev.top, ch.bottom - ch.top, 0.1)
    if abs((prev.top + prev.bottom) - (ch.top + ch.bottom)) > 2 * SAME_LINE * height:
        return False
    gap = ch.x0 - prev.x1
    if not -0.5 * height < gap <= WORD_GAP * height:
        return False
    # Chinese has no spaces between words: spaced-out CJK characters are one word.
    return not ch.space_before or (_is_cjk(prev.text) and _is_cjk(ch.text))


def _is_cjk(text: str) -> bool:
    code = ord(text[0])
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def _word(run: Sequence[Char]) -> Word:
    first = run[0]
    if len(run) == 1:
        return Word(first.text, first.x0, first.top, first.x1, first.bottom, 0.0)
    x0, top, x1, bottom = first.x0, first.top, first.x1, first.bottom
    for c in run:
        x0, top = min(x0, c.x0), min(top, c.top)
        x1, bottom = max(x1, c.x1), max(bottom, c.bottom)
    advance = (run[-1].x0 - first.x0) / (len(run) - 1)
    return Word("".join(c.text for c in run), x0, top, x1, bottom, advance)


def lines_from_words(words: Iterable[Word]) -> list[TextLine]:
    """Group words into lines by their vertical middle, top to bottom."""
    ordered = sorted(words, key=lambda w: w.middle)
    groups: list[list[Word]] = []
    total = middle = 0.0
    for word in ordered:
        if groups and word.middle - middle <= SAME_LINE * max(word.height, 0.1):
            groups[-1].append(word)
            total += word.middle
            middle = total / len(groups[-1])
            continue
        groups.append([word])
        total = middle = word.middle
    return [TextLine(tuple(_merge_touching(sorted(g, key=lambda w: w.x0)))) for g in groups]


def _merge_touching(words: list[Word]) -> list[Word]:
    """Words drawn separately but printed without a gap (out-of-order content) are one word."""
    merged: list[Word] = []
    for word in words:
        last = merged[-1] if merged else None
        if last and 0 <= word.x0 - last.x1 <= 0.05 * max(last.height, 0.1):
            merged[-1] = Word(
                last.text + word.text,
                last.x0,
                min(last.top, word.top),
                word.x1,
                max(last.bottom, word.bottom),
                last.advance or word.advance,
            )
        else:
            merged.append(word)
    return merged


def split_fields(line: TextLine) -> list[tuple[Word, ...]]:
    """The line's words in runs separated by column-sized gaps."""
    height = max(median(w.height for w in line.words), 0.1)
    fields: list[list[Word]] = []
    for word in line.words:
        if fields and word.x0 - fields[-1][-1].x1 <= FIELD_GAP * height:
            fields[-1].append(word)
        else:
            fields.append([word])
    return [tuple(f) for f in fields]
