"""Read the numbers of one field: "7,280,503 300,735 251,682 19,735" is four values,
"(102 220)" is one malformed value, "2024 RMB'000 (Unaudited) (2,477,212)" is text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tieout.model import Field, SourceSpan, Token
from tieout.numbers import ParsedNumber, parse_number

_BARE_GROUP = re.compile(r"^\(?\d{1,3}$")
_THREE_DIGITS = re.compile(r"^\d{3}\)?$")
CURRENCY_SIGNS = frozenset({"$", "HK$", "US$", "RMB", "S$", "£", "€"})
_NOTE_REF = re.compile(r"^\d{1,2}(?:\([a-z]\))?(?:,|\([a-z]\),?)*$|^\([a-z]\),?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_SENTENCE_END_YEAR = re.compile(r"^(?:19|20)\d\d\.$")


@dataclass(frozen=True, slots=True)
class Value:
    """One number as printed in a field, with where it was printed."""

    text: str
    number: ParsedNumber
    span: SourceSpan

    @property
    def malformed(self) -> bool:
        return self.number.malformed is not None


def field_values(field: Field, *, cell: bool = False) -> list[Value] | None:
    """All of a field's tokens read as values, or None when the field holds words. A `cell`
    (tab-separated) holding a band of two amounts ('1,001 – 10,000') holds a label."""
    tokens = [t for t in field.tokens if t.text not in CURRENCY_SIGNS]
    if not tokens or _SENTENCE_END_YEAR.match(tokens[-1].text):
        return None  # '... on the same basis for 2020.': the end of a sentence
    if _is_range(field.tokens, bare=cell):
        return None
    joined = _join_space_grouped(tokens)
    if joined is not None:
        return [joined]
    values: list[Value] = []
    for token in _merge_percent_signs(tokens):
        number = parse_number(token.text)
        if number is None:
            return None
        values.append(Value(token.text, number, token.span))
    return values


_RANGE_DASHES = frozenset({"–", "-", "—", "~"})
_CURRENCY_PREFIX = re.compile(r"^\(?(?:HK|US|S|RMB)?\$|^RMB|^£|^€")


def _is_range(tokens: Sequence[Token], *, bare: bool = False) -> bool:
    """'HK$2,500,001 – HK$3,000,000': a band of amounts in one field, each with its
    currency sign, is a label (emolument bands), not two figures and a nil between them.
    In one table cell the signs are not needed: '1,001 – 10,000' (a size of holdings)."""
    texts = [t.text for t in tokens]
    if len(texts) != 3 or texts[1] not in _RANGE_DASHES:
        return False
    return all(
        (bare or _CURRENCY_PREFIX.match(t)) and parse_number(t) is not None for t in texts[::2]
    )


def _merge_percent_signs(tokens: list[Token]) -> list[Token]:
    merged: list[Token] = []
    for token in tokens:
        if token.text == "%" and merged:
            last = merged.pop()
            merged.append(Token(last.text + "%", last.span.cover(token.span)))
        else:
            merged.append(token)
    return merged


def _join_space_grouped(tokens: list[Token]) -> Value | None:
    """'(2 122 744)' or '1 625 207': one number whose thousands are split by spaces."""
    if len(tokens) < 2 or not _BARE_GROUP.match(tokens[0].text):
        return None
    if not all(_THREE_DIGITS.match(t.text) for t in tokens[1:]):
        return None
    opened = tokens[0].text.startswith("(")
    closed = tokens[-1].text.endswith(")")
    if opened != closed:
        return None
    text = " ".join(t.text for t in tokens)
    digits = text.replace(" ", "").strip("()")
    number = parse_number(f"({digits})" if opened else digits)
    if number is None:
        return None
    span = tokens[0].span.cover(tokens[-1].span)
    flagged = ParsedNumber(
        number.value, 0, malformed=f"'{text}' has spaces where thousands commas belong"
    )
    return Value(text, flagged, span)


def is_note_ref(text: str) -> bool:
    """'5', '4(a)', '12(a), (b)', '14 13': note references in a notes column."""
    parts = text.replace(" ", ",").split(",")
    return all(_NOTE_REF.match(p) for p in parts if p)


def is_bare_small(value: Value) -> bool:
    """A small whole number printed without separators ('3', '12'): a list or note number,
    not a figure, when it stands at the left margin."""
    return value.text.isdigit() and len(value.text) <= 3


def is_year(value: Value) -> bool:
    return bool(_YEAR.match(value.text))
