"""Choosing the pages of a long report to read, and forced page ranges."""

from __future__ import annotations

import pytest
from pdf_support import DATA, corpus_file

from tieout.cli import main
from tieout.errors import InputError
from tieout.read import load_document
from tieout.read.pages import choose_pages, parse_page_range, scan_range, score_page
from tieout.report.check_output import page_ranges

PROSE = "The Group continued to expand its business during the year. " * 20
CONTENTS = (
    "Contents\nConsolidated Statement of Profit or Loss 51\n"
    "Consolidated Statement of Financial Position 52\nNotes to the Financial Statements 55\n"
)


def _table(title: str, unit: str = "RMB'000", rows: int = 8) -> str:
    body = "\n".join(f"Item {i}   1,{i:03d},234   2,{i:03d},567" for i in range(rows))
    return f"{title}\n{unit}\n{body}\n"


def test_statement_page_score() -> None:
    score = score_page(7, _table("CONDENSED CONSOLIDATED STATEMENT OF FINANCIAL POSITION"))
    assert (score.title, score.unit, score.amounts, score.statement) == (True, True, 16, True)
    contents = score_page(2, CONTENTS)
    assert (contents.title, contents.amounts, contents.statement) == (True, 0, False)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("(1,234.5) 1,234 12.5 (0.3) 2024 12 v1.2", 5),
        ("1,234.56,789", 1),  # the decimals end the amount: ",789" starts none
        ("12.5.6 1.2.3 .5 5. 1,23 12345,678", 1),  # only "345,678"
        ("HK$(12,345,678) RMB0.5m 3,000,000.00)", 3),
    ],
)
def test_amounts_counted_on_a_page(text: str, amounts: int) -> None:
    assert score_page(1, text).amounts == amounts


def test_chinese_titles_and_units() -> None:
    score = score_page(3, _table("綜合損益表", unit="千港元"))
    assert (score.title, score.unit, score.statement) == (True, True, True)
    cash = score_page(4, _table("綜合現金流量表", unit="人民幣千元"))
    assert (cash.title, cash.unit) == (True, True)
    assert score_page(5, "董事會報告\n" + "本集團業務穩定發展。" * 30).title is False


def test_long_report_reads_statements_notes_and_unit_tables_only() -> None:
    texts = [PROSE] * 30
    texts[1] = CONTENTS
    texts[5] = _table("Revenue analysis")  # an MD&A table with a unit: read
    texts[10] = _table("Consolidated Statement of Profit or Loss")
    texts[11] = _table("Consolidated Statement of Financial Position")
    texts[12] = "Consolidated Statement of Changes in Equity\nRMB'000\nShare capital 12,345\n"
    texts[13] = _table("Consolidated Statement of Cash Flows")
    texts[14] = _table("Notes to the Consolidated Financial Statements", unit="", rows=3)
    texts[15] = _table("12. Trade receivables", unit="")  # a note table after the statements
    texts[20] = ""  # a blank page
    assert choose_pages(texts) == (6, 11, 12, 13, 14, 15, 16)


def test_notes_start_and_note_heading_pages_are_read_though_text_only() -> None:
    """A notes section that opens with pages of prose: the page with the notes heading
    and the prose page before each note table are read, the other prose pages are not."""
    texts = [PROSE] * 30
    texts[10] = _table("Consolidated Statement of Financial Position")
    texts[11] = _table("Consolidated Statement of Cash Flows")
    texts[12] = "NOTES TO THE CONDENSED CONSOLIDATED FINANCIAL\nSTATEMENTS\n1. GENERAL\n" + PROSE
    texts[14] = "3. SEGMENT INFORMATION\n" + PROSE
    texts[15] = _table("", unit="")  # note 3's table, its heading a page before
    texts[19] = _table("", unit="")
    assert choose_pages(texts) == (11, 12, 13, 15, 16, 19, 20)


def test_short_documents_and_no_statements_read_every_page_with_text() -> None:
    assert choose_pages([PROSE, "", PROSE]) == (1, 3)
    assert choose_pages([PROSE] * 12) == tuple(range(1, 13))


def _report(printed_offset: int) -> list[str]:
    """A 60-page report: contents on page 2, statements printed as pages 30-33."""
    texts = [PROSE] * 60
    texts[1] = (
        "CONTENTS\nChairman's Statement   3\n"
        "Consolidated Statement of Profit or Loss   30\n"
        "Consolidated Statement of Financial Position   31\n"
        "Notes to the Consolidated Financial Statements   34\n"
    )
    for k, title in enumerate(["Statement of Profit or Loss", "Statement of Financial Position"]):
        texts[30 - 1 + printed_offset + k] = _table(f"Consolidated {title}")
    return texts


@pytest.mark.parametrize("offset", [0, 2, -1])
def test_contents_page_skips_the_front_of_the_report(offset: int) -> None:
    texts = _report(offset)
    loaded: list[int] = []

    def text_of(index: int) -> str:
        loaded.append(index)
        return texts[index]

    first = 29 + offset
    assert scan_range(text_of, 60) == [*range(8), *range(first - 2, 60)]
    assert len(set(loaded)) < 20  # the contents page and a few probes, not the whole report


def test_contents_pointing_at_the_section_finds_the_statements_after_the_auditors_report() -> None:
    texts = [PROSE] * 60
    texts[1] = (
        "CONTENTS\nChairman's Statement   3\nAudited Consolidated Financial Statements   22\n"
    )
    texts[33] = _table("Consolidated Statement of Profit or Loss")  # PDF page 34: 12 pages on
    texts[34] = _table("Consolidated Statement of Financial Position")
    assert scan_range(texts.__getitem__, 60) == [*range(8), *range(31, 60)]
    texts[33] = texts[34] = PROSE  # no statement within reach: every page is scanned
    assert scan_range(texts.__getitem__, 60) == list(range(60))


def test_without_a_contents_page_every_page_is_scanned() -> None:
    texts = [PROSE] * 20
    assert scan_range(texts.__getitem__, 20) == list(range(20))


def test_page_ranges() -> None:
    assert parse_page_range("1-3, 7", 9) == (1, 2, 3, 7)
    assert parse_page_range("all", 3) == (1, 2, 3)
    with pytest.raises(InputError, match=r"page range '0-2' is outside the document's pages 1-9"):
        parse_page_range("0-2", 9)
    with pytest.raises(InputError, match=r"page range '3-1' is outside"):
        parse_page_range("3-1", 9)


@pytest.mark.corpus
def test_annual_report_of_138_pages_reads_its_financial_pages() -> None:
    path = corpus_file("hkex-text-mda/02324_10105815_20220128_Annual-Report-202021.pdf")
    doc = load_document(path)
    assert {51, 52, 53, 54, 55, 56} <= set(doc.pages_read)  # the five primary statements
    assert 60 not in doc.pages_read  # accounting policies: prose
    assert 12 not in doc.pages_read  # before the statements the contents page points to
    assert 57 in doc.pages_read  # the notes start: prose, read for the notes heading
    assert len(doc.pages_read) == 54
    texts = [line.text for line in doc.lines]
    assert not any("Annual Report 2020/21" in t for t in texts)  # running footer
    assert not any("CAPITAL VC LIMITED" in t for t in texts)


def test_check_and_extract_say_which_pages_were_read(capsys: pytest.CaptureFixture[str]) -> None:
    pdf = DATA / "anxin_2012_interim_p2-5.pdf"
    main(["check", str(pdf)])
    assert capsys.readouterr().out.splitlines()[1] == "pages read: 1-4 (4 of 4)"
    main(["extract", str(pdf), "--pages", "2-3"])
    assert capsys.readouterr().out.splitlines()[0] == "pages read: 2-3 (2 of 4)"


def test_page_ranges_are_printed_compactly() -> None:
    assert page_ranges((1, 2, 3, 5, 8, 9)) == "1-3, 5, 8-9"
    assert page_ranges((7,)) == "7"
