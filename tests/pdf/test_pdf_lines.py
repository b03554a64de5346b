"""The PDF reader on real pages cut from the corpus: fields, positions and reading order."""

from __future__ import annotations

import re

import pytest
from pdf_support import field_texts, line_starting, read

from tieout.model import BBox, Document, LineKind

ALL = (
    "anxin_2012_interim_p2-5.pdf",
    "alco_fy2025_zh_p2-6.pdf",
    "capitalvc_02324_p52_60_94_95.pdf",
    "ebay_2023q2_p7-9.pdf",
    "apple_2023q3_10q_p4-8.pdf",
)


def test_hkex_english_income_statement_row_with_page_and_box() -> None:
    doc = read("anxin_2012_interim_p2-5.pdf")
    line = line_starting(doc, "Revenue")
    assert field_texts(line) == ["Revenue", "4", "405,937", "279,267"]
    assert (line.number, line.page, line.kind) == (11, 1, LineKind.SPACED)
    amount = line.fields[2].tokens[0]
    assert amount.span.page == 1
    assert amount.span.bbox == BBox(x0=412.74, top=232.29, x1=453.54, bottom=243.03)
    assert line.text[amount.span.col_start - 1 : amount.span.col_end] == "405,937"


def test_hkex_english_balance_sheet_total_assets() -> None:
    doc = read("anxin_2012_interim_p2-5.pdf")
    line = line_starting(doc, "Total assets")
    assert field_texts(line) == ["Total assets", "3,385,162", "2,650,270"]
    assert (line.number, line.page) == (68, 2)
    assert line.fields[2].tokens[0].span.bbox == BBox(
        x0=488.18, top=356.11, x1=538.58, bottom=366.88
    )


def test_document_metadata() -> None:
    doc = read("anxin_2012_interim_p2-5.pdf")
    assert doc.format == "pdf"
    assert doc.pages_read == (1, 2, 3, 4)
    assert doc.warnings == ()
    # the digit advance of the main print, and the changes-in-equity matrix's small print
    assert 5.4 < doc.char_width < 5.5
    assert 1.9 < doc.char_width_on(3) < 2.1
    assert doc.char_width_on(2) == 5.7
    assert doc.char_width_on(None) == doc.char_width


def test_amounts_of_one_column_are_right_aligned() -> None:
    """Every amount in the last column of the balance sheet ends within a fraction of a char."""
    doc = read("anxin_2012_interim_p2-5.pdf")
    rows = [
        line
        for line in doc.lines
        if line.page == 2
        and len(line.fields) >= 3
        and re.fullmatch(r"[\d,]+|–", line.fields[-1].text)
    ]
    assert len(rows) == 25
    ends = [line.fields[-1].x1 for line in rows]
    assert max(ends) - min(ends) < 0.5 * doc.char_width


@pytest.mark.parametrize("name", ALL)
def test_token_columns_index_the_line_text(name: str) -> None:
    doc = read(name)
    for line in doc.lines:
        assert line.number == doc.lines.index(line) + 1
        for field in line.fields:
            for token in field.tokens:
                span = token.span
                assert line.text[span.col_start - 1 : span.col_end] == token.text
                assert span.line == line.number and span.page == line.page
                assert span.bbox is not None and span.bbox.x0 < span.bbox.x1


@pytest.mark.parametrize("name", ALL)
def test_a_blank_line_between_pages(name: str) -> None:
    doc = read(name)
    pages = [line.page for line in doc.lines]
    for before, after in zip(doc.lines, doc.lines[1:], strict=False):
        if before.page and after.page and before.page != after.page:
            raise AssertionError(f"no blank line between pages at line {after.number}")
    assert pages.count(None) == len(doc.pages_read) - 1


def test_chinese_statement_rows() -> None:
    doc = read("alco_fy2025_zh_p2-6.pdf")
    assert field_texts(line_starting(doc, "營業額")) == ["營業額", "3", "99,313", "148,422"]
    # spaced-out CJK characters are joined into one label
    assert field_texts(line_starting(doc, "除所得稅前虧損")) == [
        "除所得稅前虧損",
        "(64,270)",
        "(3,070)",
    ]
    headers = [line.text.split() for line in doc.lines if "千港元" in line.text]
    assert headers[0] == ["附註", "千港元", "千港元"]
    assert field_texts(line_starting(doc, "總資產減流動負債")) == [
        "總資產減流動負債",
        "(51,582)",
        "(74,034)",
    ]


def test_bilingual_table_rows_stay_one_line() -> None:
    doc = read("capitalvc_02324_p52_60_94_95.pdf")
    assert field_texts(line_starting(doc, "Cash and cash equivalents")) == [
        "Cash and cash equivalents",
        "現金及現金等價物",
        "18",
        "11,912,344",
        "16,843,374",
    ]
    assert field_texts(line_starting(doc, "Net assets")) == [
        "Net assets",
        "資產淨值",
        "526,214,629",
        "448,670,719",
    ]


def test_two_column_prose_is_read_column_by_column() -> None:
    doc = read("capitalvc_02324_p52_60_94_95.pdf")
    page = [" ".join(line.text.split()) for line in doc.lines if line.page == 2 and line.fields]
    english_end = page.index("Securities on the Stock Exchange (the “Listing Rules”).")
    chinese_start = page.index("3. 主要會計政策")
    assert english_end < chinese_start
    assert not any("Effective" in text and "於" in text for text in page[english_end:])
    assert "material impact on the consolidated financial statements in" in page
    assert "期間生效。" in page


def test_running_headers_footers_and_off_page_text_are_dropped() -> None:
    doc = read("capitalvc_02324_p52_60_94_95.pdf")
    texts = [line.text for line in doc.lines]
    assert not any("Annual Report 2020/21" in t for t in texts)
    # the statement title is printed once on the page (a copy is drawn above the page box)
    assert sum("CONSOLIDATED STATEMENT OF FINANCIAL POSITION" in t for t in texts) == 1


def test_us_earnings_release_statements() -> None:
    doc = read("ebay_2023q2_p7-9.pdf")
    assert field_texts(line_starting(doc, "Total assets")) == [
        "Total assets",
        "$",
        "19,956",
        "$",
        "20,850",
    ]
    revenue = line_starting(doc, "Net revenues", page=2)
    assert field_texts(revenue) == [
        "Net revenues",
        "$",
        "2,540",
        "$",
        "2,422",
        "$",
        "5,050",
        "$",
        "4,905",
    ]
    closing = line_starting(doc, "Cash, cash equivalents and restricted cash at end of period")
    assert [f.text for f in closing.fields[1:]] == ["$", "2,674", "$", "1,772"] * 2


def test_us_10q_balance_sheet() -> None:
    doc = read("apple_2023q3_10q_p4-8.pdf")
    line = line_starting(doc, "Total assets")
    assert field_texts(line) == ["Total assets", "$", "335,038", "$", "352,755"]
    assert line.page == 3
    equity = line_starting(doc, "Total liabilities and shareholders’ equity")
    assert [f.text for f in equity.fields[1:]] == ["$", "335,038", "$", "352,755"]


def test_forced_page_range() -> None:
    doc: Document = read("apple_2023q3_10q_p4-8.pdf", pages="3")
    assert doc.pages_read == (3,)
    assert {line.page for line in doc.lines} == {3}
