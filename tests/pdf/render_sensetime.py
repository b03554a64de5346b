"""Render the bundled SenseTime example's primary statements to a PDF with reportlab.

Every text line of the statements becomes one line of the PDF: the first tab cell at the
left margin, every further cell right-aligned in its own column, so reading the PDF back
should give the same cells (fields) as reading the text.

    .venv/bin/python tests/pdf/render_sensetime.py OUT.pdf
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from tieout.read.text import normalise

FIRST = "INTERIM CONDENSED CONSOLIDATED INCOME STATEMENT"
AFTER_LAST = "NOTES TO THE INTERIM CONDENSED CONSOLIDATED FINANCIAL INFORMATION"
FONT = "Vera"  # bundled with reportlab: the same glyphs on every machine
SIZE = 7.0
LEADING = 10.0
MARGIN = 30.0
GAP = 24.0  # points between columns: far wider than a word space
LINES_PER_PAGE = 70


def statement_lines() -> list[str]:
    """The example's statement section as printable text: markup removed as the text reader
    removes it, characters the font has no glyph for replaced by '?'."""
    _register_font()
    font = pdfmetrics.getFont(FONT).face
    text = files("tieout.examples").joinpath("sensetime-2024-interim.txt").read_text("utf-8")
    lines = text.splitlines()
    start = lines.index(FIRST)
    end = lines.index(AFTER_LAST)
    clean = [normalise(i + 1, raw)[0] for i, raw in enumerate(lines[start:end], start)]
    return ["".join(_printable(ch, font.charWidths) for ch in line) for line in clean]


def _printable(ch: str, glyphs: dict[int, int]) -> str:
    return ch if ch in "\t " or ord(ch) in glyphs else "?"


def _register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
        pdfmetrics.registerFont(TTFont(FONT, str(vera)))


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


def column_edges(lines: list[str]) -> list[float]:
    """x of each column: the left edge of the label column, the right edge of the others."""
    widths: dict[int, float] = {}
    for line in lines:
        for k, cell in enumerate(cells(line)):
            width = pdfmetrics.stringWidth(cell, FONT, SIZE)
            widths[k] = max(widths.get(k, 0.0), width)
    edges = [MARGIN]
    x = MARGIN + widths.get(0, 0.0)
    for k in range(1, max(widths, default=0) + 1):
        x += GAP + widths[k]
        edges.append(x)
    return edges


def render(out: Path) -> Path:
    lines = statement_lines()
    edges = column_edges(lines)
    width = edges[-1] + MARGIN
    height = 2 * MARGIN + LINES_PER_PAGE * LEADING
    canvas = Canvas(str(out), pagesize=(width, height))
    for index, line in enumerate(lines):
        if index and index % LINES_PER_PAGE == 0:
            canvas.showPage()
        canvas.setFont(FONT, SIZE)
        y = height - MARGIN - (index % LINES_PER_PAGE + 1) * LEADING
        for k, cell in enumerate(cells(line)):
            if not cell:
                continue
            if k == 0:
                canvas.drawString(edges[0], y, cell)
            else:
                canvas.drawRightString(edges[k], y, cell)
    canvas.save()
    return out


if __name__ == "__main__":
    render(Path(sys.argv[1]))
