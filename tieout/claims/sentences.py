"""Split the prose of a document into sentences that know where they were printed.

Prose is a paragraph: one long line (tab text prints a paragraph as a single cell) or a run
of wrapped lines of one field each (`pdftotext -layout`, PDF). The sentence text is rebuilt
from the lines' tokens, so every character keeps the line and column it was printed at
(markup and escapes removed by the reader stay removed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from tieout.model import Document, Line, SourceSpan

MIN_PROSE_WORDS = 8
JUSTIFIED_GAP = 3  # columns between the words of a justified line of prose
_FIGURE = re.compile(r"[(\-–]?[$€£¥]?\d[\d,.]*%?\)?")
HEADING_WORDS = 6

# A sentence ends at ". " / "! " / "? " before a capital, a digit or an opening bracket,
# but not after a one-letter initial, "No.", "e.g." or a number's point ("version 5.5.").
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')]?\s+(?=[A-Z0-9(\"“‘-])")
_NO_SPLIT_BEFORE = re.compile(r"(?:\b[A-Z]|\bNo|\be\.g|\bi\.e|\bCo|\bLtd|\bInc|\bvs)\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of prose: its text and, per character, the line and column it came from."""

    line: int  # the line the sentence starts on
    text: str
    columns: tuple[int, ...]  # 1-based source column of every character of `text`
    page: int | None = None
    rows: tuple[int, ...] = ()  # source line of every character (empty: all on `line`)

    def line_at(self, index: int) -> int:
        return self.rows[index] if self.rows else self.line

    def span(self, start: int = 0, end: int | None = None) -> SourceSpan:
        """The source span of text[start:end], cut at the end of its first line."""
        stop = min(max(len(self.text) if end is None else end, start + 1), len(self.text))
        line = self.line_at(start)
        last = start
        for index in range(start, stop):
            if self.line_at(index) == line:
                last = index
        return SourceSpan(line, self.columns[start], self.columns[last], self.page)


def is_prose(line: Line) -> bool:
    """A line that reads as running text: one field of at least a few words."""
    return _runs_on(line) and sum(len(f.tokens) for f in line.fields) >= MIN_PROSE_WORDS


def _runs_on(line: Line) -> bool:
    """One field, or words a justified line spread wider than a space ('30 June 2007  is
    based on'): fields no more than JUSTIFIED_GAP columns apart, of which at most one is a
    lone figure (a table row's label and figures stand further apart)."""
    fields = line.fields
    if len(fields) <= 1:
        return bool(fields)
    gaps = (b.tokens[0].span.col_start - a.tokens[-1].span.col_end - 1 for a, b in pairwise(fields))
    figures = sum(1 for f in fields if len(f.tokens) == 1 and _FIGURE.fullmatch(f.text))
    return figures <= 1 and all(gap <= JUSTIFIED_GAP for gap in gaps)


def is_heading(line: Line) -> bool:
    """A short line of words on its own: a section heading."""
    if len(line.fields) != 1:
        return False
    text = line.fields[0].text
    words = len(line.fields[0].tokens)
    return 1 <= words <= HEADING_WORDS and text[:1].isalpha() and not text.endswith((".", ":", ","))


def paragraphs(document: Document) -> Iterator[tuple[Line | None, list[Line]]]:
    """(heading, paragraph) pairs: each paragraph with the section heading it sits under.

    A paragraph is a run of one-field lines without blank lines, at least one of them long;
    a short line that starts a run and is followed by a blank line or a long line is a
    heading, not the first line of a paragraph.
    """
    heading: Line | None = None
    run: list[Line] = []

    def flush() -> Iterator[tuple[Line | None, list[Line]]]:
        if any(is_prose(line) for line in run):
            yield heading, list(run)
        run.clear()

    for line in document.lines:
        if not _runs_on(line):
            yield from flush()
            continue
        if not run and is_heading(line):
            yield from flush()
            heading = line
            continue
        run.append(line)
    yield from flush()


def paragraph_text(lines: Sequence[Line]) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The lines' words joined by single spaces, with each character's line and column."""
    chars: list[str] = []
    cols: list[int] = []
    rows: list[int] = []
    for line in lines:
        for field in line.fields:
            for token in field.tokens:
                if chars:
                    chars.append(" ")
                    cols.append(cols[-1] + 1)
                    rows.append(rows[-1])
                start, end = token.span.col_start, token.span.col_end
                chars.append(token.text)
                if end - start + 1 == len(token.text):
                    cols.extend(range(start, end + 1))
                else:  # the reader dropped characters inside the token (markup, escapes)
                    cols.extend(min(start + i, end) for i in range(len(token.text)))
                rows.extend([line.number] * len(token.text))
    return "".join(chars), tuple(cols), tuple(rows)


def split_sentences(lines: Line | Sequence[Line]) -> list[Sentence]:
    """The sentences of one line or paragraph, in order."""
    block = [lines] if isinstance(lines, Line) else list(lines)
    text, cols, rows = paragraph_text(block)
    page = block[0].page if block else None
    one_line = len({line.number for line in block}) <= 1
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        head = text[start : boundary.start()]
        if _NO_SPLIT_BEFORE.search(head) or _ends_in_number(head):
            continue
        sentences.append(_sentence(text, cols, rows, start, boundary.start(), page, one_line))
        start = boundary.end()
    if start < len(text):
        sentences.append(_sentence(text, cols, rows, start, len(text), page, one_line))
    return [s for s in sentences if s.text]


def _ends_in_number(head: str) -> bool:
    """ "version 5.5." and "approximately 12,000." end a sentence only before a capital."""
    return bool(re.search(r"\d\.\d+\.$", head))


def _sentence(
    text: str,
    cols: tuple[int, ...],
    rows: tuple[int, ...],
    start: int,
    end: int,
    page: int | None,
    one_line: bool,
) -> Sentence:
    while end > start and text[end - 1] == " ":
        end -= 1
    part_rows = () if one_line else rows[start:end]
    return Sentence(rows[start], text[start:end], cols[start:end], page, part_rows)
