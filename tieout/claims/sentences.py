"""Split the prose of a document into sentences that know where they were printed.

A prose line is a line of one long field (tab text prints paragraphs as a single cell).
The sentence text is rebuilt from the line's tokens, so every character keeps the source
column it was printed at (markup and escapes removed by the reader stay removed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tieout.model import Document, Line, SourceSpan

MIN_PROSE_WORDS = 8

# A sentence ends at ". " / "! " / "? " before a capital, a digit or an opening bracket,
# but not after a one-letter initial, "No.", "e.g." or a number's point ("version 5.5.").
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')]?\s+(?=[A-Z0-9(\"“‘-])")
_NO_SPLIT_BEFORE = re.compile(r"(?:\b[A-Z]|\bNo|\be\.g|\bi\.e|\bCo|\bLtd|\bInc|\bvs)\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of prose: its text and, per character, the source column it came from."""

    line: int
    text: str
    columns: tuple[int, ...]  # 1-based source column of every character of `text`
    page: int | None = None

    def span(self, start: int = 0, end: int | None = None) -> SourceSpan:
        """The source span of text[start:end] (the whole sentence by default)."""
        stop = len(self.text) if end is None else end
        stop = max(stop, start + 1)
        return SourceSpan(
            self.line, self.columns[start], self.columns[min(stop, len(self.text)) - 1], self.page
        )


def is_prose(line: Line) -> bool:
    """A line that reads as running text: one field of at least a few words."""
    return len(line.fields) == 1 and len(line.fields[0].tokens) >= MIN_PROSE_WORDS


def prose_lines(document: Document) -> Iterator[Line]:
    """The document's lines of running text."""
    return (line for line in document.lines if is_prose(line))


def line_text(line: Line) -> tuple[str, tuple[int, ...]]:
    """The line's words joined by single spaces, with each character's source column."""
    chars: list[str] = []
    cols: list[int] = []
    for field in line.fields:
        for token in field.tokens:
            if chars:
                chars.append(" ")
                cols.append(cols[-1] + 1)
            start, end = token.span.col_start, token.span.col_end
            chars.append(token.text)
            if end - start + 1 == len(token.text):
                cols.extend(range(start, end + 1))
            else:  # the reader dropped characters inside the token (markup, escapes)
                cols.extend(min(start + i, end) for i in range(len(token.text)))
    return "".join(chars), tuple(cols)


def split_sentences(line: Line) -> list[Sentence]:
    """The sentences of one prose line, in order."""
    text, cols = line_text(line)
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        head = text[start : boundary.start()]
        if _NO_SPLIT_BEFORE.search(head) or _ends_in_number(head):
            continue
        sentences.append(_sentence(line, text, cols, start, boundary.start()))
        start = boundary.end()
    if start < len(text):
        sentences.append(_sentence(line, text, cols, start, len(text)))
    return [s for s in sentences if s.text]


def document_sentences(document: Document) -> list[Sentence]:
    """Every sentence of every prose line of the document."""
    return [s for line in prose_lines(document) for s in split_sentences(line)]


def _ends_in_number(head: str) -> bool:
    """ "version 5.5." and "approximately 12,000." end a sentence only before a capital."""
    return bool(re.search(r"\d\.\d+\.$", head))


def _sentence(line: Line, text: str, cols: tuple[int, ...], start: int, end: int) -> Sentence:
    while end > start and text[end - 1] == " ":
        end -= 1
    return Sentence(line.number, text[start:end], cols[start:end], line.page)
