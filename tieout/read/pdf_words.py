"""Characters -> words -> lines -> fields, from positions alone (pdfplumber's model).

A word is a run of characters on one baseline without a space-sized gap. A line is the
words whose vertical middles agree. A field is a run of words of one line separated from
the next by a column-sized gap, so a table row splits into label, notes and amounts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import NamedTuple

from tieout.read.ligatures import restore_ligatures
from tieout.read.pdf_chars import CJK_FROM, Char, is_cjk

# Fractions of the line height (about 1.15 x the font size).
WORD_GAP = 0.6  # a gap wider than this ends a word even where pdfium put no space
FIELD_GAP = 0.75  # a gap wider than this between two words is a column gap
SAME_LINE = 0.35  # words whose middles differ by less than this share a line


class Word(NamedTuple):
    """A run of characters on one baseline. A tuple because a page has thousands of them."""

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


class TextLine(NamedTuple):
    """Words of one line, left to right, and the box around them. A tuple because a
    document has thousands of them."""

    words: tuple[Word, ...]
    x0: float
    top: float
    x1: float
    bottom: float

    @classmethod
    def of(cls, words: tuple[Word, ...]) -> TextLine:
        if len(words) == 1:  # a line of one word (a heading, a lone figure): its box
            word = words[0]
            return cls(words, word.x0, word.top, word.x1, word.bottom)
        return cls(
            words,
            words[0].x0,
            min([w.top for w in words]),
            max([w.x1 for w in words]),
            max([w.bottom for w in words]),
        )

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def words_from_chars(chars: Sequence[Char]) -> list[Word]:
    """Join characters in content order into words; a jump, a gap or a new baseline ends one."""
    words: list[Word] = []
    start = 0
    for i, (prev, ch) in enumerate(pairwise(chars), start=1):
        if not _continues(prev, ch):
            words.append(_word(chars[start:i]))
            start = i
    if chars:
        words.append(_word(chars[start:]))
    return words


def _continues(prev: Char, ch: Char) -> bool:
    text0, _, top0, right0, bottom0, _, _ = prev
    text1, left1, top1, _, bottom1, space, _ = ch
    # Chinese has no spaces between words: spaced-out CJK characters are one word. Tested
    # first, as it settles most pairs: pdfium put a space between them.
    if space and not (_cjk_at(text0, -1) and _cjk_at(text1, 0)):
        return False
    height = max(bottom0 - top0, bottom1 - top1, 0.1)
    if abs((top0 + bottom0) - (top1 + bottom1)) > 2 * SAME_LINE * height:
        return False
    return -0.5 * height < left1 - right0 <= WORD_GAP * height


def _cjk_at(text: str, index: int) -> bool:
    return ord(text[index]) >= CJK_FROM and is_cjk(text[index])  # most text is not CJK


def _word(run: Sequence[Char]) -> Word:
    first = run[0]
    if len(run) == 1:  # most words: pdfium's run between spaces is the word
        text, x0, top, x1, bottom, _, advance = first
        return _new_word(Word, (restore_ligatures(text), x0, top, x1, bottom, advance))
    text = "".join(c.text for c in run)
    x0, x1 = min(c.x0 for c in run), max(c.x1 for c in run)
    top, bottom = min(c.top for c in run), max(c.bottom for c in run)
    advance = (run[-1].x0 - first.x0) / (len(text) - len(run[-1].text))
    return Word(restore_ligatures(text), x0, top, x1, bottom, advance)


def lines_from_words(words: Iterable[Word]) -> list[TextLine]:
    """Group words into lines by their vertical middle, top to bottom."""
    keyed = sorted([((w.top + w.bottom) / 2, w) for w in words], key=_FIRST)  # by `middle`
    groups: list[list[Word]] = []
    total = middle = 0.0
    for word_middle, word in keyed:
        if groups and word_middle - middle <= SAME_LINE * max(word.bottom - word.top, 0.1):
            groups[-1].append(word)
            total += word_middle
            middle = total / len(groups[-1])
            continue
        groups.append([word])
        total = middle = word_middle
    return [
        TextLine.of(tuple(_close_mirrored(_merge_touching(sorted(g, key=_X0))))) for g in groups
    ]


_FIRST = itemgetter(0)
_X0 = attrgetter("x0")
# Builds a Word from all its fields without the named tuple's own __new__ (a Python
# function): a page has thousands of words.
_new_word = tuple.__new__


def _close_mirrored(words: list[Word]) -> list[Word]:
    """pdfium's bidi pass can turn a closing bracket after CJK text into an opening one
    ('（經審核(' for '（經審核）'): a word ending in '(' while a bracket is open is closing
    it, with the partner of the bracket it closes (full-width '）' after '（')."""
    if not any(w.text.endswith("(") for w in words):
        return words
    opened: list[str] = []
    out: list[Word] = []
    for word in words:
        text = word.text
        _track(text[:-1], opened)
        if opened and text.endswith("("):
            closing = "）" if opened[-1] == "（" else ")"
            word = Word(text[:-1] + closing, word.x0, word.top, word.x1, word.bottom, word.advance)
        _track(word.text[-1:], opened)
        out.append(word)
    return out


def _track(text: str, opened: list[str]) -> None:
    """Brackets left open after `text`, innermost last."""
    for ch in text:
        if ch in "(（":
            opened.append(ch)
        elif ch in ")）" and opened:
            opened.pop()


def _merge_touching(words: list[Word]) -> list[Word]:
    """Words drawn separately but printed without a gap (out-of-order content) are one word."""
    merged: list[Word] = []
    for word in words:
        last = merged[-1] if merged else None
        if last and 0 <= word.x0 - last.x1 <= 0.05 * max(last.bottom - last.top, 0.1):
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
    words = line.words
    if len(words) == 1:
        return [words]
    gap = FIELD_GAP * max(_median_height(words), 0.1)
    fields: list[list[Word]] = []
    right = 0.0
    for word in words:
        if fields and word.x0 - right <= gap:
            fields[-1].append(word)
        else:
            fields.append([word])
        right = word.x1
    return [tuple(f) for f in fields]


def _median_height(words: Sequence[Word]) -> float:
    """`statistics.median` of the words' heights, the same number without its overhead."""
    heights = sorted([w.bottom - w.top for w in words])
    half = len(heights) // 2
    return heights[half] if len(heights) % 2 else (heights[half - 1] + heights[half]) / 2
