"""Read extracted text: tab-separated (copied from a PDF viewer or a converter) or
space-aligned (`pdftotext -layout`), into positioned lines.

Each line is normalised (markup removed, escaped dollars unescaped) through a column map,
so every token keeps the columns it was printed at in the original line.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from tieout.model import Document, Field, Line, LineKind, ReadingIssue, SourceSpan, Token

# Inline formatting that converters leave behind; it does not garble anything.
_INLINE_TAG = re.compile(r"</?(?:i|b|u|em|strong|sup|sub|small|span)\s*>", re.IGNORECASE)
# Table markup and broken tags: the text around them is likely garbled.
_STRUCTURAL_TAG = re.compile(
    r"</?(?:th|td|tr|table|thead|tbody|br|div|p)\b[^>\t]*(?:>|(?=\t)|$)|<th<|\bth=\"\"|"
    r"<script\b[^>]*>|</script>",
    re.IGNORECASE,
)
_LATEX_MATH = re.compile(r"\$([0-9]{1,3}\([a-z]\))\$")
_SUPERSCRIPT = re.compile(r"\^\{([^}]{1,4})\}")
_FIELD_GAP = re.compile(r" {2,}")
_WORD = re.compile(r"\S+")


def text_to_document(text: str, *, source: str, data: bytes | None = None) -> Document:
    raw = data if data is not None else text.encode("utf-8")
    lines: list[Line] = []
    issues: list[ReadingIssue] = []
    page = 1
    for number, raw_line in enumerate(_split_lines(text), start=1):
        page += raw_line.count("\f")
        line, line_issues = read_line(number, raw_line, page if "\f" in text else None)
        lines.append(line)
        issues.extend(line_issues)
    fmt = "text" if any(line.kind is LineKind.TAB for line in lines) else "layout"
    return Document(
        source=source,
        sha256=hashlib.sha256(raw).hexdigest(),
        format=fmt,
        lines=tuple(lines),
        warnings=tuple(issues),
    )


def _split_lines(text: str) -> Iterator[str]:
    # Lines as editors count them; pdftotext's form feeds (page breaks) stay inside a line.
    yield from text.replace("\r\n", "\n").split("\n")


def read_line(number: int, raw: str, page: int | None = None) -> tuple[Line, list[ReadingIssue]]:
    """One source line into fields and tokens, with reading issues for markup."""
    clean, cols, issues = normalise(number, raw)
    kind = LineKind.TAB if "\t" in clean else LineKind.SPACED
    fields = (
        _tab_fields(number, clean, cols)
        if kind is LineKind.TAB
        else _spaced_fields(number, clean, cols)
    )
    return Line(number=number, text=raw, fields=tuple(fields), kind=kind, page=page), issues


ColumnMap = list[int] | None
_NEEDS_NORMALISING = re.compile("[<\\\\$^\u00a0\u2009\u202f\u207d\r\f]")


def normalise(number: int, raw: str) -> tuple[str, ColumnMap, list[ReadingIssue]]:
    """Strip markup and escapes; return the clean text and, per character, its source column
    (None when nothing changed: character i is then column i + 1)."""
    if not _NEEDS_NORMALISING.search(raw):
        return raw, None, []
    issues: list[ReadingIssue] = []
    chars = list(raw)
    keep = [True] * len(raw)
    replace: dict[int, str] = {}

    def drop(start: int, end: int) -> None:
        for i in range(start, end):
            keep[i] = False

    for match in _STRUCTURAL_TAG.finditer(raw):
        drop(match.start(), match.end())
    structural = [m for m in _STRUCTURAL_TAG.finditer(raw)]
    if structural:
        first = structural[0]
        issues.append(
            ReadingIssue(
                "TO903",
                f"stray markup {first.group(0)!r} in the text: the line may be garbled",
                SourceSpan(number, first.start() + 1, max(first.end(), first.start() + 1)),
            )
        )
    for match in _INLINE_TAG.finditer(raw):
        drop(match.start(), match.end())
    for match in _LATEX_MATH.finditer(raw):
        keep[match.start()] = False
        keep[match.end() - 1] = False
    for match in _SUPERSCRIPT.finditer(raw):
        drop(match.start(), match.start(1))
        drop(match.end(1), match.end())
    for i, ch in enumerate(raw):
        if ch == "\\" and i + 1 < len(raw) and raw[i + 1] == "$":
            keep[i] = False
        elif ch in "\u00a0\u2009\u202f\r":
            replace[i] = " "
        elif ch == "\f":
            keep[i] = False
        elif ch == "⁽":
            replace[i] = "("
    out: list[str] = []
    cols: list[int] = []
    for i, ch in enumerate(chars):
        if keep[i]:
            out.append(replace.get(i, ch))
            cols.append(i + 1)
    return "".join(out), cols, issues


def _span(number: int, cols: ColumnMap, start: int, end: int) -> SourceSpan:
    if cols is None:
        return SourceSpan(number, start + 1, end)
    return SourceSpan(number, cols[start], cols[end - 1])


def _tokens(number: int, text: str, cols: ColumnMap, offset: int) -> tuple[Token, ...]:
    if cols is None:  # the common case, kept tight: a document has tens of thousands of words
        return tuple(
            Token(m.group(0), SourceSpan(number, offset + m.start() + 1, offset + m.end()))
            for m in _WORD.finditer(text)
        )
    return tuple(
        Token(m.group(0), _span(number, cols, offset + m.start(), offset + m.end()))
        for m in _WORD.finditer(text)
    )


def _tab_fields(number: int, clean: str, cols: ColumnMap) -> list[Field]:
    """Tab-separated: a field per tab cell; x is the cell's ordinal, so columns align by it."""
    fields: list[Field] = []
    offset = 0
    for ordinal, part in enumerate(clean.split("\t")):
        tokens = _tokens(number, part, cols, offset)
        if tokens:
            fields.append(Field(tokens, float(ordinal), float(ordinal)))
        offset += len(part) + 1
    return fields


def _spaced_fields(number: int, clean: str, cols: ColumnMap) -> list[Field]:
    """Space-aligned: fields are separated by two or more spaces; x is the character column."""
    fields: list[Field] = []
    start = 0
    for gap in [*_FIELD_GAP.finditer(clean), None]:
        end = gap.start() if gap else len(clean)
        part = clean[start:end]
        tokens = _tokens(number, part, cols, start)
        if tokens:
            first, last = tokens[0].span, tokens[-1].span
            fields.append(Field(tokens, float(first.col_start - 1), float(last.col_end)))
        if gap:
            start = gap.end()
    return fields
