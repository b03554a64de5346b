"""The bundled SenseTime statements rendered to a PDF read back as the text reads."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from render_sensetime import render, statement_lines

import tieout
from tieout.model import Filing, TableKind
from tieout.read import load_document
from tieout.read.text import text_to_document


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("sensetime")
    text = folder / "statements.txt"
    text.write_text("\n".join(statement_lines()), encoding="utf-8")
    return text, render(folder / "statements.pdf")


def test_every_line_reads_back_with_the_same_fields(rendered: tuple[Path, Path]) -> None:
    text, pdf = rendered
    from_text = text_to_document(text.read_text(encoding="utf-8"), source=str(text))
    from_pdf = load_document(pdf)
    assert from_pdf.pages_read == (1, 2, 3)
    expected = [[f.text for f in line.fields] for line in from_text.lines if line.fields]
    got = [[f.text for f in line.fields] for line in from_pdf.lines if line.fields]
    assert len(got) == 177
    assert got == expected


def _values(filing: Filing, kind: TableKind | None = None) -> Counter[tuple[str, object]]:
    return Counter(
        (str(f.period), f.value)
        for f in filing.facts
        if kind is None or filing.table(f.table_id).kind is kind
    )


def test_income_statement_gives_the_same_facts(rendered: tuple[Path, Path]) -> None:
    text, pdf = rendered
    from_text, from_pdf = tieout.read(text), tieout.read(pdf)
    income = TableKind.INCOME_STATEMENT
    assert _values(from_pdf, income) == _values(from_text, income)
    assert sum(_values(from_pdf, income).values()) == 44
    # every amount the text gives is read from the PDF too
    text_amounts = Counter(f.value for f in from_text.facts)
    pdf_amounts = Counter(f.value for f in from_pdf.facts)
    assert text_amounts - pdf_amounts == Counter()


def test_facts_from_the_pdf_carry_page_and_box(rendered: tuple[Path, Path]) -> None:
    _, pdf = rendered
    filing = tieout.read(pdf)
    assert all(f.span.page is not None and f.span.bbox is not None for f in filing.facts)
    revenue = [
        f
        for f in filing.facts
        if filing.table(f.table_id).kind is TableKind.INCOME_STATEMENT and f.printed == 1739717
    ]
    assert len(revenue) == 1
    span = revenue[0].span
    assert span.page == 1
    assert span.bbox is not None and span.bbox.top < span.bbox.bottom
    line = filing.document.lines[span.line - 1] if filing.document else None
    assert line is not None and line.fields[0].text == "Revenue"
