"""Converter output with HTML tables (MinerU, Docling, Marker markdown): each table laid
out as tab-separated lines, one per row, the rest of the text as it is.

Such converters keep a table as one line of `<table><tr><td>...` markup, merged cells
as `colspan`/`rowspan`. Laid out here, a row is a line whose cells are tab-separated
fields in the columns the markup gives them (a merged cell fills its first column, the
ones it spans stay empty), so the tab-separated reader reads it as it reads text copied
from a PDF viewer. Cell text is plain text: tags inside a cell are dropped and entities
decoded, so nothing of the markup reaches a label. Line numbers then count the rows of a
table as lines, as `tieout extract` shows the document.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?=<tr\b|</tbody|</thead|$)", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(
    r"<(?P<tag>td|th)\b(?P<attrs>[^>]*)>(?P<body>.*?)(?=<td\b|<th\b|</tr|$)",
    re.IGNORECASE | re.DOTALL,
)
_SPAN = re.compile(r"\b(colspan|rowspan)\s*=\s*[\"']?(\d+)", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SCRIPT = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_HEADING = re.compile(r"^#{1,6}\s+")
_UNFINISHED = re.compile(r"\b(?:of|and|in|for)\s*$|[&,]\s*$", re.I)
# Words the converter ran together: 'Share capitalUS$'000', 'Group2023'.
_GLUED = re.compile(
    r"(?<=[a-z])(?=(?:US|HK|NZ|S|A|RM)?\$|RMB|£|€)|(?<=[A-Za-z])(?=(?:19|20)\d\d\b)"
    r"|(?<=\b(?:19|20)\d\d)(?=(?:RMB?|[A-Z]{2}\$|S\$|\$|£|€))"  # '2023RM'
)
_FIGURE = re.compile(r"\d[\d,.]*\)?$")  # a cell ending in a number: a row of figures
MAX_SPAN = 20  # a merged cell wider or taller than this is malformed markup
MAX_COLUMNS = 64  # cells beyond this many columns are dropped: no statement is so wide


def has_html_tables(text: str) -> bool:
    """Whether the text holds converter tables: `<table>` markup with rows and cells."""
    return any(_CELL.search(body) for _, _, body in _tables(text))


def lay_out_tables(text: str) -> str:
    """The text with every HTML table laid out as tab-separated lines and markdown heading
    marks ('# CONSOLIDATED INCOME STATEMENT') taken off."""
    out: list[str] = []
    position = 0
    for start, end, body in _tables(text):
        out.append(text[position:start])
        out.append("\n".join(_table_lines(body)))
        position = end
    out.append(text[position:])
    return "\n".join(_headings("".join(out).split("\n")))


def _headings(lines: list[str]) -> Iterator[str]:
    """Lines without their heading marks; a heading the converter cut in two ('# CONSOLIDATED
    STATEMENT OF' / '# COMPREHENSIVE INCOME', blank lines between) is one line again, at
    the second's place, the first left blank, so line numbers stay."""
    carried: str | None = None
    blanks = 0
    for line in lines:
        heading = _HEADING.match(line)
        text = _HEADING.sub("", line)
        if carried is not None and not line.strip():
            blanks += 1
            continue
        if carried is not None:
            if heading:
                text = f"{carried} {text}"
                yield from [""] * (1 + blanks)
            else:
                yield carried
                yield from [""] * blanks
            carried, blanks = None, 0
        if heading and _UNFINISHED.search(text):
            carried = text
            continue
        yield text
    if carried is not None:
        yield carried
        yield from [""] * blanks


def _tables(text: str) -> Iterator[tuple[int, int, str]]:
    """Start, end and inner markup of each `<table>...</table>`; found with plain string
    searches, so a document of unclosed tables costs one pass, not one per table."""
    lower = text.lower()
    position = 0
    while (start := lower.find("<table", position)) >= 0:
        opened = lower.find(">", start)
        closing = lower.find("</table", opened)
        if opened < 0 or closing < 0:
            return
        end = lower.find(">", closing)
        end = len(text) if end < 0 else end + 1
        yield start, end, text[opened + 1 : closing]
        position = end


@dataclass
class _Grid:
    """Cells placed in rows and columns, with the columns that rowspans hold below."""

    rows: list[list[str]] = field(default_factory=list)
    held: dict[int, int] = field(default_factory=dict)  # column -> rows it is still held

    def add_row(self, cells: list[tuple[str, int, int]], *, spread: bool = False) -> None:
        """One row; with `spread` (a header row) a merged cell right of the labels heads
        every column it spans ('The Group' over '2023' and '2022'), else its first only."""
        above = dict(self.held)  # columns merged cells of the rows above still fill
        row: list[str] = []
        for text, colspan, rowspan in cells:
            _skip(row, above)
            if len(row) >= MAX_COLUMNS:
                break
            column = len(row)
            row.append(text)
            row.extend([text if spread and column else ""] * (colspan - 1))
            if rowspan > 1:
                for spanned in range(column, column + colspan):
                    self.held[spanned] = rowspan - 1
        _skip(row, above)
        for column, rows in above.items():
            if rows > 1:
                self.held[column] = rows - 1
            elif self.held.get(column) == rows:
                del self.held[column]
        self.rows.append(row)


def _skip(row: list[str], held: dict[int, int]) -> None:
    while len(row) in held and len(row) < MAX_COLUMNS:
        row.append("")


def _table_lines(markup: str) -> list[str]:
    grid = _Grid()
    heading = True  # the header rows, above the first row with a figure
    for row in _ROW.finditer(markup):
        cells = [_cell(c) for c in _CELL.finditer(row.group(1))]
        heading = heading and not any(_FIGURE.search(text) for text, _, _ in cells[1:])
        grid.add_row(cells, spread=heading)
    # every row keeps a tab, so a heading row ('Current Assets') stays a line of the table
    lines = ["\t".join(cells).rstrip("\t") or "\t" for cells in grid.rows]
    return ["", *(line if "\t" in line else line + "\t" for line in lines), ""]


def _cell(match: re.Match[str]) -> tuple[str, int, int]:
    spans = {name.lower(): int(value) for name, value in _SPAN.findall(match["attrs"])}
    text = html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", match["body"])))
    text = _GLUED.sub(" ", _SPACES.sub(" ", text)).strip()
    colspan = min(max(spans.get("colspan", 1), 1), MAX_SPAN)
    rowspan = min(max(spans.get("rowspan", 1), 1), MAX_SPAN)
    return text, colspan, rowspan
