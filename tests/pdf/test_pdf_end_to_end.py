"""PDF -> tables -> statements: what the table builder makes of the lines the reader rebuilds,
and the rebuilt lines against `pdftotext -layout` of the same pages."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from pdf_support import DATA, corpus_file

import tieout
from tieout.cli import main
from tieout.model import TableKind
from tieout.read import load_document

ANXIN = DATA / "anxin_2012_interim_p2-5.pdf"


def test_hkex_interim_statements_with_both_periods() -> None:
    filing = tieout.read(ANXIN)
    kinds = {t.kind: t for t in filing.statements}
    assert set(kinds) == {
        TableKind.COMPREHENSIVE_INCOME,
        TableKind.BALANCE_SHEET,
        TableKind.CHANGES_IN_EQUITY,
        TableKind.CASH_FLOWS,
    }
    periods = {
        kind: [str(c.period) for c in kinds[kind].value_columns()]
        for kind in (TableKind.COMPREHENSIVE_INCOME, TableKind.BALANCE_SHEET)
    }
    assert periods == {
        TableKind.COMPREHENSIVE_INCOME: ["2012-01-01..2012-06-30", "2011-01-01..2011-06-30"],
        TableKind.BALANCE_SHEET: ["2012-06-30", "2011-12-31"],
    }
    assert [t.page for t in filing.statements] == [1, 2, 3, 4]


def test_every_fact_carries_page_and_box() -> None:
    filing = tieout.read(ANXIN)
    assert len(filing.facts) > 300
    assert all(f.span.page is not None and f.span.bbox is not None for f in filing.facts)
    total = [
        f
        for f in filing.facts
        if filing.table(f.table_id).kind is TableKind.BALANCE_SHEET
        and f.value == Decimal("3385162000")
    ]
    assert len(total) == 1
    span = total[0].span
    assert span.page == 2
    assert span.bbox is not None
    assert (round(span.bbox.x0), round(span.bbox.top)) == (403, 356)


def test_cli_extract_reads_a_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ANXIN)]) in (0, 1)
    out = capsys.readouterr().out
    assert "3,385,162" in out


def test_cli_check_names_the_page_of_each_finding(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ANXIN)]) == 0
    out = capsys.readouterr().out
    assert "warning TO904 line 136 (page 3): " in out
    assert main(["check", str(ANXIN), "--format", "json"]) == 0
    [finding] = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["code"] == "TO904"]
    assert (finding["lines"], finding["pages"]) == ([136], [3])


_AMOUNT = re.compile(r"\(?\d{1,3}(?:,\d{3})+\)?")


def _layout_pages(path: str) -> list[str]:
    text = corpus_file(path).with_suffix(".layout.txt").read_text(encoding="utf-8")
    return text.split("\f")


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("pdf", "pages"),
    [
        ("anxin-1149/anxin_01149_2012_interim_results_announcement_en.pdf", (2, 3, 5)),
        ("hkex-analysis-alco/alco_00328_annual_results_FY2025_zh.pdf", (2, 3, 4, 5, 6)),
        ("financebench/EBAY_2023Q2_EARNINGS.pdf", (7, 8, 9)),
        ("financebench/APPLE_2023Q3_10Q.pdf", (4, 6, 8)),
        ("hkex-text-mda/02324_10105815_20220128_Annual-Report-202021.pdf", (52, 54)),
    ],
)
def test_same_amounts_in_the_same_order_as_pdftotext(pdf: str, pages: tuple[int, ...]) -> None:
    layout = _layout_pages(pdf)
    doc = load_document(corpus_file(pdf), pages=",".join(map(str, pages)))
    for page in pages:
        expected = _AMOUNT.findall(layout[page - 1])
        got = _AMOUNT.findall("\n".join(line.text for line in doc.lines if line.page == page))
        assert got == expected, f"page {page}"
        assert len(got) >= 8
