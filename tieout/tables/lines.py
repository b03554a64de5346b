"""What each line looks like to the table builder: its fields read as values or words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from tieout.model import Field, Line, LineKind
from tieout.tables.units import unit_in
from tieout.tables.values import Value, field_values, is_bare_small, is_year

_HEADER_WORDS = re.compile(
    r"\b(?:notes?|unaudited|audited|restated|ended|as\s+at|as\s+of|months?|year|amount|"
    r"change|RMB|HK\$|US\$|millions?|thousands?|percentage|total|equity|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|['’]\s*000|%|\$|千|百萬|年|月|日|\b\d{1,2}/\d{1,2}/\d{2,4}\b|(?<![\d,.])(?:19|20)\d\d(?![\d,])",
    re.I,
)
_HEADER_CELL = re.compile(
    r"(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|notes?|\((?:un)?audited\)", re.I
)
PROSE_MIN_CHARS = 110
FOOTNOTE_MIN_CHARS = 60
_FOOTNOTE_MARK = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}\.?|\*{1,3}|\([a-z]\)|[a-z]\))$")
_CAPTION = re.compile(r"^(?:the following|set out below|details of|as follows|below is)\b", re.I)


class FieldView(NamedTuple):
    """A field as the table builder sees it. A tuple because a document has thousands."""

    field: Field
    values: list[Value] | None  # None: the field holds words
    text: str  # the field's, looked at often: joined once
    x0: float
    x1: float

    @classmethod
    def of(cls, field: Field, values: list[Value] | None) -> FieldView:
        return cls(field, values, field.text, field.x0, field.x1)

    @property
    def is_numeric(self) -> bool:
        return self.values is not None


@dataclass(frozen=True)
class LineView:
    line: Line
    fields: tuple[FieldView, ...]
    origin: float = 0.0  # x of the page's left text edge (a PDF page has a margin)
    char_width: float = 1.0  # digit width on the line's page (1 in text)

    @classmethod
    def of(cls, line: Line, origin: float = 0.0, char_width: float = 1.0) -> LineView:
        cell = line.kind is LineKind.TAB
        fields = tuple(FieldView.of(f, field_values(f, cell=cell)) for f in line.fields)
        return cls(line, fields, origin, char_width)

    def indent(self, fv: FieldView) -> float:
        """How far right of the page's left text edge a field starts."""
        return fv.x0 - self.origin

    @property
    def number(self) -> int:
        return self.line.number

    @property
    def is_tab(self) -> bool:
        return self.line.kind is LineKind.TAB

    @property
    def is_blank(self) -> bool:
        return not self.fields

    @cached_property
    def amounts(self) -> list[Value]:
        """Values that are amounts: not years, and at the left margin only when formatted
        like figures ('(2,477,212)'), not like a list number or a page number ('3')."""
        found: list[Value] = []
        for index, fv in enumerate(self.fields):
            if fv.values is None:
                continue
            at_margin = index == 0 and not self.is_tab and self.indent(fv) < 1
            found.extend(
                v for v in fv.values if not is_year(v) and not (at_margin and is_bare_small(v))
            )
        return found

    @property
    def has_amounts(self) -> bool:
        return bool(self.amounts)

    @cached_property
    def has_substantial_amounts(self) -> bool:
        """Amounts that can only be figures: separators, brackets, decimals or many digits;
        or any amount beside a label. Header debris like '2024 2' or '24' is not."""
        labelled = (
            bool(self.fields)
            and not self.fields[0].is_numeric
            and (self.fields[0].x0 == 0 or not self.is_tab)
        )
        return any(
            labelled or any(ch in v.text for ch in ",().%") or abs(v.number.value) >= 10000
            for v in self.amounts
        )

    @cached_property
    def text(self) -> str:
        return " ".join(f.text for f in self.fields)

    @cached_property
    def is_prose(self) -> bool:
        """A paragraph line: one long run of words, not a table row; or a footnote, its
        marker and its words ('(1)  Represents the non-cash amortization of ...')."""
        if self.is_footnote:
            return True
        if len(self.fields) != 1 or self.fields[0].is_numeric:
            return False
        text = self.fields[0].text
        words = len(text.split())
        return (
            len(text) >= PROSE_MIN_CHARS
            or (text.endswith((".", ";")) and words > 8)
            or (text.endswith(":") and (words > 12 or bool(_CAPTION.match(text))))
        )

    @cached_property
    def is_footnote(self) -> bool:
        if len(self.fields) != 2 or not _FOOTNOTE_MARK.match(self.fields[0].text):
            return False
        words = self.fields[1]
        return not words.is_numeric and len(words.text) >= FOOTNOTE_MIN_CHARS

    @cached_property
    def is_marked_note(self) -> bool:
        """A footnote mark and words, however short ('(1)  Independent non-executive
        directors'): under a table, one of its footnotes, not a row."""
        if len(self.fields) != 2 or not _FOOTNOTE_MARK.match(self.fields[0].text):
            return False
        return not self.fields[1].is_numeric  # the mark itself may read as a figure '(1)'

    @cached_property
    def has_header_words(self) -> bool:
        return bool(_HEADER_WORDS.search(self.text))

    @property
    def is_column_header_row(self) -> bool:
        """Column years, dates, units or 'Notes' and nothing else ('2011  2010', "Notes
        HK$'000  HK$'000"): a header row, also where a page repeats it inside a table."""
        if len(self.fields) < 2 or self.amounts:
            return False
        return all(
            _HEADER_CELL.fullmatch(fv.text.strip()) or unit_in(fv.text) for fv in self.fields
        )

    @property
    def is_lone_figure(self) -> bool:
        """A line holding one number and nothing else (a page number, or a stray figure)."""
        return len(self.fields) == 1 and self.fields[0].is_numeric
