"""HKEX English-language results announcements read from the PDF (Anxin-China 2011 annual,
2012 interim): cut-out pages in tests/data/pdf (tests/pdf/cut_corpus_pages.py), the whole
documents from the shared corpus when it is there.

What these documents taught the reader: the notes start on text-only pages (the notes
heading, 'Notes:' before note 1, the note headings) that must be read for the note tables
to be notes; a column printing only dashes is a column; a repeated date/unit header row
starts a new table; a page repeating the years inside a statement adds no row; a balance
sheet ending in net assets balances when equity equals them.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from pdf_support import DATA, corpus_file

import tieout
from tieout.api import document_to_filing
from tieout.model import Document, Filing, Report, Severity, Status, Table
from tieout.model import TableKind as K
from tieout.read.pages import choose_pages
from tieout.read.text import text_to_document
from tieout.tables.blocks import find_blocks
from tieout.tables.build import build_tables
from tieout.tables.lines import LineView

INTERIM = "anxin_2012_interim_p2-10_19.pdf"  # pages 2-10 and 19 of the 38
ANNUAL = "anxin_2011_annual_p1-4_10_41.pdf"  # pages 1-4, 10 and 41 of the 44


def _read(name: str) -> tuple[Filing, Report]:
    filing = tieout.read(DATA / name)
    return filing, tieout.check(filing)


@pytest.fixture(scope="module")
def interim() -> tuple[Filing, Report]:
    return _read(INTERIM)


@pytest.fixture(scope="module")
def annual() -> tuple[Filing, Report]:
    return _read(ANNUAL)


def _table(filing: Filing, first_line: int) -> Table:
    return next(t for t in filing.tables if t.lines[0] == first_line)


def _row_values(table: Table, label: str) -> list[str]:
    row = next(r for r in table.rows if r.label == label)
    return [c.text for c in row.cells]


def _checks(report: Report, code: str) -> list[tuple[Status, tuple[int, ...], str]]:
    return [(c.status, c.lines, c.description) for c in report.checks if c.code == code]


def _not_info(report: Report) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(f.code, f.severity, f.lines) for f in report.findings if f.severity != "info"]


# --------------------------------------------------------------------- 2012 interim


def test_interim_reads_the_text_pages_that_start_the_notes(interim: tuple[Filing, Report]) -> None:
    filing, _ = interim
    assert filing.pages_read == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)  # 5-6: text-only notes start
    kinds = [(t.page, t.kind, t.note) for t in filing.tables]
    assert kinds == [
        (1, K.COMPREHENSIVE_INCOME, None),
        (2, K.BALANCE_SHEET, None),
        (3, K.CHANGES_IN_EQUITY, None),
        (4, K.CASH_FLOWS, None),
        (7, K.NOTE, "3"),  # segment information, its heading on page 6
        (8, K.NOTE, "3"),
        (8, K.NOTE, "3"),
        (9, K.NOTE, "5"),
        (10, K.NOTE, "16(a)"),
    ]
    assert filing.tables[4].section == "NOTES TO THE CONDENSED CONSOLIDATED FINANCIAL"


def test_interim_statements_have_both_periods(interim: tuple[Filing, Report]) -> None:
    filing, _ = interim
    periods = {t.kind: [str(c.period) for c in t.columns] for t in filing.statements[:4]}
    assert periods[K.COMPREHENSIVE_INCOME] == ["2012-01-01..2012-06-30", "2011-01-01..2011-06-30"]
    assert periods[K.BALANCE_SHEET] == ["2012-06-30", "2011-12-31"]
    assert periods[K.CASH_FLOWS] == ["2012-01-01..2012-06-30", "2011-01-01..2011-06-30"]


def test_interim_balance_sheet_balances_and_cash_ties(interim: tuple[Filing, Report]) -> None:
    _, report = interim
    passed = Status.PASSED
    assert _checks(report, "TO104") == [
        (passed, (74, 82, 83), "liabilities = non-current + current: 449,744 = 237,594 + 212,150"),
        (passed, (74, 82, 83), "liabilities = non-current + current: 74,674 = 11,929 + 62,745"),
        (
            passed,
            (84, 94),
            "the balance sheet balances: net assets = equity: 2,935,418 = 2,935,418",
        ),
        (
            passed,
            (84, 94),
            "the balance sheet balances: net assets = equity: 2,575,596 = 2,575,596",
        ),
        (
            passed,
            (76, 82, 94),
            "the balance sheet balances: total assets less current liabilities = equity +"
            " non-current liabilities: 3,173,012 = 2,935,418 + 237,594",
        ),
        (
            passed,
            (76, 82, 94),
            "the balance sheet balances: total assets less current liabilities = equity +"
            " non-current liabilities: 2,587,525 = 2,575,596 + 11,929",
        ),
        (
            passed,
            (68, 83, 84),
            "net assets = assets - liabilities: 2,935,418 = 3,385,162 - 449,744",
        ),
        (passed, (68, 83, 84), "net assets = assets - liabilities: 2,575,596 = 2,650,270 - 74,674"),
    ]
    cash = [c for c in _checks(report, "TO401") if "(cash flows)" in c[2]]
    assert cash == [(passed, (65, 160), "1,141,505 (cash flows) = 1,141,505 (balance sheet)")]
    assert all(c.status is passed for c in report.checks if c.code == "TO101")


def test_interim_findings(interim: tuple[Filing, Report]) -> None:
    """The one finding left: the document prints '–-' for a nil (changes in equity,
    non-controlling interests column, 'Issue of new shares on exercise of share options')."""
    _, report = interim
    assert _not_info(report) == [("TO904", Severity.WARNING, (136,))]
    unreadable = next(f for f in report.findings if f.code == "TO904")
    assert unreadable.message == "unreadable value '–-'"


def test_interim_dash_only_columns_are_columns(interim: tuple[Filing, Report]) -> None:
    """Segment information: the ISS segment and the eliminations print only dashes for
    2011; the columns are there, the dashes no part of the labels."""
    filing, _ = interim
    segments = _table(filing, 257)
    assert len(segments.columns) == 8
    assert _row_values(segments, "Revenue from external customers") == [
        "379,698", "279,267", "26,239", "–", "–", "–", "405,937", "279,267"
    ]  # fmt: skip
    assert _row_values(segments, "Inter-segment sales") == [
        "–", "–", "1,148", "–", "(1,148)", "–", "–", "–"
    ]  # fmt: skip
    assert str(segments.columns[3].period) == "2011-01-01..2011-06-30"


def test_interim_repeated_header_row_starts_a_new_table(interim: tuple[Filing, Report]) -> None:
    """Segment assets and liabilities (each under its own header) and the reconciliation
    below them are not one table."""
    filing, _ = interim
    assets = _table(filing, 276)
    assert assets.lines == (276, 286)
    assert [r.label for r in assets.rows] == ["Segment assets", "Segment liabilities"]
    assert _row_values(assets, "Segment assets") == [
        "2,852,554", "2,650,270", "377,941", "–", "3,230,495", "2,650,270"
    ]  # fmt: skip
    reconciliation = _table(filing, 289)
    assert reconciliation.title == "Reconciliations of reportable segment profit or loss:"
    assert _row_values(reconciliation, "Consolidated profit before income tax expenses") == [
        "338,266",
        "232,418",
    ]


def test_interim_average_price_column_is_not_footed(interim: tuple[Filing, Report]) -> None:
    """Share options: 'Weighted average exercise price' (a header wrapped over three lines
    far right) does not add."""
    filing, report = interim
    options = _table(filing, 344)
    assert options.page == 10 and options.note == "16(a)"
    assert options.columns[0].header == "Weighted average exercise price HK$"
    assert _row_values(options, "At 30 June 2012") == ["HK$1.66", "176,820"]
    on_prices = [c for c in report.checks if any(k[0] == options.id and k[2] == 0 for k in c.facts)]
    assert on_prices == []  # 1.66 is no sum of 2.25, 1.50 and 1.50


def test_interim_facts_carry_page_and_box(interim: tuple[Filing, Report]) -> None:
    filing, _ = interim
    assert filing.facts and all(f.span.page and f.span.bbox for f in filing.facts)
    assets = next(f for f in filing.facts if f.value == Decimal("3230495000"))
    assert (assets.span.page, assets.span.line, assets.label) == (8, 280, "Segment assets")
    bbox = assets.span.bbox
    assert bbox is not None and 440 < bbox.x0 < bbox.x1 < 500


# --------------------------------------------------------------------- 2011 annual


def test_annual_statements_and_notes(annual: tuple[Filing, Report]) -> None:
    filing, _ = annual
    assert filing.pages_read == (1, 2, 3, 4, 5, 6)
    assert [(t.page, t.kind, t.note) for t in filing.tables[:4]] == [
        (1, K.COMPREHENSIVE_INCOME, None),
        (3, K.BALANCE_SHEET, None),
        (5, K.NOTE, "6"),  # 'Notes:' before '1. GENERAL' on page 4 opens the notes
        (5, K.NOTE, "7"),
    ]
    income = filing.tables[0]
    assert [str(c.period) for c in income.columns] == [
        "2011-01-01..2011-12-31",
        "2010-01-01..2010-12-31",
    ]


def test_annual_years_repeated_on_the_next_page_are_no_row(annual: tuple[Filing, Report]) -> None:
    filing, _ = annual
    income = filing.tables[0]
    assert 40 not in {line for r in income.rows for line in r.lines}  # '2011  2010' on page 2
    assert _row_values(income, "Profit for the year") == ["404,220", "244,909"]
    profit = next(r for r in income.rows if r.label == "Profit for the year")
    assert profit.lines == (45,)


def test_annual_checks(annual: tuple[Filing, Report]) -> None:
    """Profit from continuing operations equals the profit for the year in 2011 (nothing
    discontinued) and equity attributable to owners equals total equity in 2010 (no
    non-controlling interests): neither is a repeated total that disagrees."""
    _, report = annual
    assert _not_info(report) == []
    passed = Status.PASSED
    assert [c for c in _checks(report, "TO104") if "balances" in c[2]] == [
        (
            passed,
            (107, 115),
            "the balance sheet balances: net assets = equity: 2,575,596 = 2,575,596",
        ),
        (
            passed,
            (107, 115),
            "the balance sheet balances: net assets = equity: 1,505,496 = 1,505,496",
        ),
        (
            passed,
            (100, 105, 115),
            "the balance sheet balances: total assets less current liabilities = equity +"
            " non-current liabilities: 2,587,525 = 2,575,596 + 11,929",
        ),
        (
            passed,
            (100, 105, 115),
            "the balance sheet balances: total assets less current liabilities = equity +"
            " non-current liabilities: 1,706,615 = 1,505,496 + 201,119",
        ),
    ]
    assert [(s, lines) for s, lines, _ in _checks(report, "TO106")] == [
        (passed, (38, 60)),
        (passed, (45, 63)),
        (passed, (107, 115)),
    ]


# --------------------------------------------------------------------- synthetic


def _paged(text: str, pages: list[int]) -> list[LineView]:
    """Layout text whose lines sit on the given pages (one page number per line)."""
    document: Document = text_to_document(text, source="paged.txt")
    pages = [*pages, pages[-1]]  # the reader's closing empty line
    lines = [
        dataclasses.replace(line, page=p) for line, p in zip(document.lines, pages, strict=True)
    ]
    return [LineView.of(line) for line in lines]


STATEMENT_THEN_TABLE = """\
CONDENSED CONSOLIDATED STATEMENT OF CASH FLOWS
                                            2024          2023
Net cash from operating activities       211,777       184,013
Net cash used in investing activities    (86,901)      (18,293)



Cost of inventories                       16,394         7,857
Depreciation                               3,482         4,397
"""


@pytest.mark.parametrize(
    ("last_page", "section"), [(6, ""), (5, "CONDENSED CONSOLIDATED STATEMENT OF CASH FLOWS")]
)
def test_a_statement_title_does_not_carry_over_unread_pages(last_page: int, section: str) -> None:
    """A table pages after a statement, the pages between unread, is not under its title;
    on the next page it still is (a statement continued)."""
    blocks = find_blocks(
        _paged(STATEMENT_THEN_TABLE, [4, 4, 4, 4, 4, 4, last_page, last_page, last_page])
    )
    assert [b.section for b in blocks] == [
        "CONDENSED CONSOLIDATED STATEMENT OF CASH FLOWS",
        section,
    ]


NOTES_TEXT = """\
NOTES TO THE FINANCIAL STATEMENTS
3.   SEGMENT INFORMATION
                                            2024          2023
Segment profit                           348,821       232,418
Finance costs                             (1,386)            –



Trade receivables                        467,597       235,468
Other receivables                         12,033        10,798
"""


def test_a_note_number_does_not_carry_over_unread_pages() -> None:
    blocks = find_blocks(_paged(NOTES_TEXT, [7, 7, 7, 7, 7, 7, 7, 7, 10, 10]))
    assert [(b.note, b.section) for b in blocks] == [
        ("3", "NOTES TO THE FINANCIAL STATEMENTS"),
        (None, "NOTES TO THE FINANCIAL STATEMENTS"),
    ]


@pytest.mark.corpus
def test_whole_documents_from_the_corpus() -> None:
    """Every error gone from both announcements read whole (19 and 9 before)."""
    for name, pages in (
        ("anxin-1149/anxin_01149_2012_interim_results_announcement_en.pdf", 24),
        ("anxin-1149/anxin_01149_2011_annual_results_announcement_en.pdf", 21),
    ):
        filing = tieout.read(corpus_file(name))
        report = tieout.check(filing)
        assert len(filing.pages_read) == pages
        assert [f.code for f in report.findings if f.severity == Severity.ERROR] == []


def _tables(text: str) -> list[Table]:
    return build_tables(text_to_document(text, source="variant.txt"))[0]


DASH_COLUMN = """\
                         Retail            Wholesale              Total
                      2024      2023      2024      2023      2024      2023
                     RMB'000   RMB'000   RMB'000   RMB'000   RMB'000   RMB'000

External revenue     12,500    10,100     4,200        -     16,700    10,100
Inter-segment           800       600      (800)       -          -       600
"""


def test_a_column_of_dashes_is_a_column_in_layout_text_too() -> None:
    (table,) = _tables(DASH_COLUMN)
    assert len(table.columns) == 6
    assert _row_values(table, "External revenue") == [
        "12,500", "10,100", "4,200", "-", "16,700", "10,100"
    ]  # fmt: skip
    assert table.columns[3].header == "Wholesale 2023 RMB'000"


YEARS_AGAIN = """\
CONSOLIDATED INCOME STATEMENT
For the year ended 31 December 2024
                                         2024          2023
                                        HK$'000       HK$'000
Revenue                                  5,100         4,800
Cost of sales                           (2,000)       (1,900)
Gross profit                             3,100         2,900
                                         2024          2023
                                        HK$'000       HK$'000
Other income                               150           120
"""


def test_years_repeated_inside_a_statement_add_no_row() -> None:
    (table,) = _tables(YEARS_AGAIN)
    assert [r.label for r in table.rows] == [
        "Revenue",
        "Cost of sales",
        "Gross profit",
        "Other income",
    ]
    assert _row_values(table, "Other income") == ["150", "120"]


def test_notes_colon_before_note_one_starts_the_notes() -> None:
    prose = "The Group continued to expand its business during the year. " * 20
    table = "\n".join(f"Item {i}   1,{i:03d},234   2,{i:03d},567" for i in range(8))
    texts = [prose] * 20
    texts[2] = f"Consolidated Statement of Financial Position\nHK$'000\n{table}\n"
    texts[4] = "5\r\nNotes:\r\n1. GENERAL\r\n" + prose
    texts[9] = table
    assert choose_pages(texts) == (3, 5, 9, 10)


NET_ASSETS_SHEET = """\
STATEMENT OF FINANCIAL POSITION
As at 31 December 2024
                                         2024          2023
                                        HK$'000       HK$'000
Total assets                            10,000         9,000
Total liabilities                        4,000         3,500
NET ASSETS                               6,000         5,500
Share capital                            1,000         1,000
Reserves                                 5,100         4,500
TOTAL EQUITY                             6,100         5,500
"""


def test_a_net_assets_sheet_that_does_not_balance_is_an_error() -> None:
    report = tieout.check(document_to_filing(text_to_document(NET_ASSETS_SHEET, source="bs.txt")))
    identity = [f for f in report.findings if f.code == "TO104"]
    assert [(f.lines, f.message) for f in identity] == [
        (
            (7, 10),
            "the balance sheet balances: net assets = equity does not hold for 2024-12-31:"
            " 6,000 ≠ 6,100: difference (100)",
        )
    ]


def test_goodwill_arising_on_an_acquisition_is_the_note_figure() -> None:
    """'The goodwill of HK$119,543,000' (page 23) is the goodwill of the acquisition note's
    table (page 22), not the balance sheet's 1,237,288 thousand (page 3)."""
    filing = tieout.read(DATA / "anxin_2012_interim_p3_21-23.pdf")
    report = tieout.check(filing)
    claims = [(c.status, c.lines, c.description) for c in report.checks if c.code == "TO701"]
    assert claims == [
        (
            Status.PASSED,
            (127, 148),
            "line 148: 'HK$119,543,000' (amount of goodwill) agrees with 119543000 = goodwill"
            " = Goodwill (note 11) (t04, line 127)",
        )
    ]
    assert _not_info(report) == []


GOODWILL = """\
CONSOLIDATED STATEMENT OF FINANCIAL POSITION
As at 31 December 2024
                                         2024          2023
                                        HK$'000       HK$'000
Goodwill                                 9,000         8,000
Inventories                              1,000           900



18.  ACQUISITION OF A SUBSIDIARY
                                        HK$'000
Inventories                                700
Goodwill                                   {note}



The goodwill of HK$1,200,000, which is not deductible for tax purposes, comprises the acquired
workforce and the value of expected synergies arising from the combination.
"""


@pytest.mark.parametrize(
    ("note", "status", "lines"),
    [("1,200", Status.PASSED, (13, 17)), ("1,300", Status.FAILED, (5, 17))],
)
def test_a_claimed_amount_agrees_with_the_note_printing_it(
    note: str, status: Status, lines: tuple[int, ...]
) -> None:
    document = text_to_document(GOODWILL.format(note=note), source="goodwill.txt")
    report = tieout.check(document_to_filing(document))
    assert [(c.status, c.lines) for c in report.checks if c.code == "TO701"] == [(status, lines)]


# --------------------------------------------------------------------- Fullshare 2023 interim

FULLSHARE = "fullshare_2023_interim_p5-6_14-16_46_89-90.pdf"  # of 107 pages


@pytest.fixture(scope="module")
def fullshare() -> tuple[Filing, Report]:
    return _read(FULLSHARE)


def test_fullshare_statement_continued_under_a_wrapped_title(
    fullshare: tuple[Filing, Report],
) -> None:
    """'... STATEMENT OF PROFIT OR LOSS' / 'AND OTHER COMPREHENSIVE INCOME (continued)' on
    page 2 continues the statement of page 1."""
    filing, _ = fullshare
    assert [(t.page, t.kind, t.lines) for t in filing.tables] == [
        (1, K.COMPREHENSIVE_INCOME, (7, 81)),
        (3, K.CASH_FLOWS, (88, 191)),
        (6, K.OTHER, (199, 230)),
        (7, K.MDNA, (243, 252)),
        (8, K.MDNA, (279, 288)),
    ]


def test_fullshare_profit_before_tax_with_a_discontinued_operation(
    fullshare: tuple[Filing, Report],
) -> None:
    """2022 had a discontinued operation: the cash flow statement starts from 563,970
    (all operations), the income statement prints 421,378 (continuing): no tie for 2022."""
    _, report = fullshare
    assert _checks(report, "TO401") == [
        (Status.PASSED, (32, 95), "180,006 (cash flows) = 180,006 (comprehensive income)")
    ]


def test_fullshare_changes_in_amounts_and_in_percent(fullshare: tuple[Filing, Report]) -> None:
    filing, report = fullshare
    revenue = filing.tables[3]
    assert [c.role.value for c in revenue.columns] == ["value", "value", "change", "change"]
    changes = [c for c in _checks(report, "TO603") if c[1] == (252,)]
    assert changes == [
        (Status.PASSED, (252,), "1,571,384 = 11,551,515 - 9,980,131"),
        (Status.PASSED, (252,), "16% = change from 9,980,131 to 11,551,515"),
    ]


def test_fullshare_ties_skip_parts_and_other_breakdowns(fullshare: tuple[Filing, Report]) -> None:
    """Revenue by segment and cost by segment share row labels but not what they measure;
    'Cost of inventories sold' is a part of 'Cost of sales and services provided'."""
    _, report = fullshare
    assert [lines for _, lines, _ in _checks(report, "TO601")] == [
        (13, 252),
        (14, 225),
        (14, 225),
        (17, 226),
        (17, 226),
        (18, 227),
        (18, 227),
        (19, 228),
        (19, 228),
    ]
    assert _not_info(report) == []


CHANGES = """\
Revenue by segment for the year ended 31 December 2024
                                                      Changes
                  2024          2023           RMB'000            %
                RMB'000       RMB'000
Retail            1,200         1,000               200          20%
Wholesale           500           400               150          25%
Total             1,700         1,400               300          21%
"""


def test_a_wrong_change_in_amounts_is_an_error() -> None:
    report = tieout.check(document_to_filing(text_to_document(CHANGES, source="changes.txt")))
    changes = [(f.lines, f.message) for f in report.findings if f.code == "TO603"]
    assert changes == [
        ((6,), "Wholesale [Changes RMB'000 RMB'000] 150 ≠ 100 = 500 - 400: difference 50"),
    ]


RATES = """\
                                 ECL rate     Gross amount    ECL provision
                                                  RMB'000          RMB'000
Loan receivables                   37.03%        1,382,708        (512,044)
Other receivables                  25.69%        2,081,016        (534,582)
                                                 3,463,724      (1,046,626)
"""


def test_rates_are_not_summed() -> None:
    report = tieout.check(document_to_filing(text_to_document(RATES, source="rates.txt")))
    assert [f.code for f in report.findings if f.severity == Severity.ERROR] == []
    footed = [c.description for c in report.checks if c.code == "TO101"]
    assert footed == ["3,463,724 = 1,382,708 + 2,081,016", "(1,046,626) = (512,044) + (534,582)"]


@pytest.mark.corpus
def test_fullshare_primary_statements_tie_and_balance() -> None:
    """The whole report: the balance sheet balances, closing cash and profit tie; the other
    comprehensive income items the statement prints before tax (its tax in a row of its own)
    are not tied to the net figures of the changes in equity."""
    filing = tieout.read(corpus_file("fullshare-607/fullshare_00607_2023_interim_report.pdf"))
    report = tieout.check(filing)
    statements = [c for c in report.checks if c.code in ("TO104", "TO401")]
    assert statements and all(c.status is Status.PASSED for c in statements)
    descriptions = {c.description for c in statements}
    assert {
        "the balance sheet balances: net assets = equity: 17,962,008 = 17,962,008",
        "4,504,742 (cash flows) = 4,504,742 (balance sheet)",
        "180,006 (cash flows) = 180,006 (comprehensive income)",
    } <= descriptions
    assert not [c for c in statements if "(890)" in c.description or "11,636" in c.description]


def test_labels_wrapped_in_capitals_finish_on_the_next_line() -> None:
    """Anxin 2010 interim, pages 3-4: 'TOTAL ASSETS LESS CURRENT' / 'LIABILITIES 1,120,359'
    and 'TOTAL EQUITY ATTRIBUTABLE TO' / 'OWNERS OF THE COMPANY 617,140' are one row each,
    not a heading over an item, so the balance sheet balances."""
    report = tieout.check(DATA / "anxin_2010_interim_p3-4.pdf")
    sheet = next(t for t in report.filing.statements if t.kind is K.BALANCE_SHEET)
    totals = {r.label: (r.concept, r.kind.value, [c.text for c in r.cells]) for r in sheet.rows}
    assert totals["TOTAL ASSETS LESS CURRENT LIABILITIES"] == (
        "total-assets-less-current-liabilities",
        "total",
        ["1,120,359", "1,056,054"],
    )
    assert totals["TOTAL EQUITY ATTRIBUTABLE TO OWNERS OF THE COMPANY"] == (
        "EquityAttributableToOwnersOfParent",
        "total",
        ["617,140", "346,847"],
    )
    assert "LIABILITIES" not in totals and "OWNERS OF THE COMPANY" not in totals
    balances = [c.description for c in report.checks if c.code == "TO104"]
    assert balances == [
        "the balance sheet balances: total assets less current liabilities = equity"
        " + non-current liabilities: 1,120,359 = 617,140 + 503,219",
        "the balance sheet balances: total assets less current liabilities = equity"
        " + non-current liabilities: 1,056,054 = 346,847 + 709,207",
    ]
    assert [f for f in report.findings if f.severity is not Severity.INFO] == []


WRAPPED_IN_CAPITALS = """\
CONSOLIDATED STATEMENT OF FINANCIAL POSITION
At 31 March 2024
                                              2024          2023
                                           US$'000       US$'000
NON-CURRENT ASSETS
  Plant and equipment                          900           800
CURRENT ASSETS
  Cash and bank balances                       300           250
CURRENT LIABILITIES
  Trade payables                               100            90
NET CURRENT ASSETS                             200           160

TOTAL ASSETS LESS CURRENT
  LIABILITIES                                1,100           960

CAPITAL AND RESERVES
  Share capital                                500           500
  Reserves                                     400           310

TOTAL EQUITY ATTRIBUTABLE TO
  OWNERS OF THE COMPANY                        900           810

NON-CURRENT LIABILITIES
  Bank loans                                   120           100
  Lease liabilities                             80            50
                                               200           150
                                             1,100           960
"""


@pytest.mark.parametrize("total", ["1,100", "1,101"])
def test_wrapped_capital_labels_in_layout_text(total: str) -> None:
    """The same layout in text, another currency: the wrapped totals are read whole, and a
    changed total is caught by the balance identity, not lost to a misread label."""
    text = WRAPPED_IN_CAPITALS.replace(
        "  LIABILITIES                                1,100",
        f"  LIABILITIES                                {total}",
    )
    report = tieout.check(document_to_filing(text_to_document(text, source="wrapped.txt")))
    sheet = next(t for t in report.filing.statements if t.kind is K.BALANCE_SHEET)
    labels = [r.label for r in sheet.rows if r.cells]
    assert "TOTAL ASSETS LESS CURRENT LIABILITIES" in labels
    assert "TOTAL EQUITY ATTRIBUTABLE TO OWNERS OF THE COMPANY" in labels
    balances = [
        (c.status.value, c.description.split(": ")[-1]) for c in report.checks if c.code == "TO104"
    ]
    assert balances[0] == ("passed" if total == "1,100" else "failed", f"{total} = 900 + 200")
    assert balances[1] == ("passed", "960 = 810 + 150")


def test_wrapped_title_case_labels_in_layout_text() -> None:
    """Printed in title case the wrapped lines stay inside one block; the label that ends on
    'attributable to' or names a total without figures still takes the next line."""
    text = WRAPPED_IN_CAPITALS.replace(
        "TOTAL ASSETS LESS CURRENT\n  LIABILITIES", "Total assets less current\n  Liabilities"
    ).replace(
        "TOTAL EQUITY ATTRIBUTABLE TO\n  OWNERS OF THE COMPANY",
        "Total equity attributable to\n  Owners of the Company",
    )
    report = tieout.check(document_to_filing(text_to_document(text, source="title-case.txt")))
    sheet = next(t for t in report.filing.statements if t.kind is K.BALANCE_SHEET)
    labels = [r.label for r in sheet.rows if r.cells]
    assert "Total assets less current Liabilities" in labels
    assert "Total equity attributable to Owners of the Company" in labels
    assert [c.status.value for c in report.checks if c.code == "TO104"] == ["passed", "passed"]


def test_changes_in_equity_of_two_periods_foots_per_period() -> None:
    """Fullshare 2009 interim, page 4: 'Attributable to equity shareholders of the Company'
    over the reserves is a column group, not the title; each period's roll-forward foots on
    its own ((505,346) = (508,624) + 3,278) and the profit is not summed across periods."""
    report = tieout.check(DATA / "fullshare_2009_interim_p4.pdf")
    [table] = report.filing.tables
    assert (table.kind, table.title) == (
        K.CHANGES_IN_EQUITY,
        "CONDENSED CONSOLIDATED STATEMENT OF CHANGES IN EQUITY",
    )
    footed = [c.description for c in report.checks if c.code == "TO101"]
    assert "(505,346) = (508,624) + 3,278" in footed
    assert "(505,589) = (488,176) + (17,722) + 309" in footed
    assert [f for f in report.findings if f.severity is not Severity.INFO] == []


def test_a_loss_before_tax_running_on_from_a_subtotal_is_not_a_repeat() -> None:
    """Anxin 2009 interim, page 1: (69,229) = (67,719) + (1,510), and 52,103 = 52,103 + nil;
    sharing 52,103 with the subtotal above does not make it a repeated total (TO106)."""
    report = tieout.check(DATA / "anxin_2009_interim_p1-2.pdf")
    footed = [c.description for c in report.checks if c.code == "TO101"]
    assert "(69,229) = (67,719) + (1,510)" in footed
    assert not [c for c in report.checks if c.code == "TO106" and c.finding is not None]
    assert [f for f in report.findings if f.severity is not Severity.INFO] == []


def test_total_revenue_wider_than_turnover_is_not_revenue() -> None:
    """Anxin 2009 annual, pages 2, 4 and 7: note 3 prints the turnover subtotal unlabelled
    (126,923, the income statement's turnover) and 'Total revenue' = turnover + other
    revenue (130,798). The subtotal is the revenue; 'Total revenue' keeps its own name and
    ties nothing (it was 2 false TO501s)."""
    report = tieout.check(DATA / "anxin_2009_annual_p2_4_7.pdf")
    note = next(t for t in report.filing.tables if t.note == "3")
    named = {(r.label, r.concept): [c.text for c in r.cells] for r in note.rows if r.cells}
    assert named[(None, "Revenue")] == ["126,923", "422,321"]
    assert named[("Total revenue", "total-revenue")] == ["130,798", "428,631"]
    ties = [(c.status.value, c.description) for c in report.checks if c.code == "TO501"]
    assert ("passed", "126,923 (note 3) = 126,923 (comprehensive income)") in ties
    assert [f for f in report.findings if f.severity is not Severity.INFO] == []


TURNOVER_NOTE = """\
CONSOLIDATED INCOME STATEMENT
For the year ended 31 March 2024
                                        Note        2024        2023
                                                 S$'000      S$'000
Turnover                                   4      12,500      11,200
Other income                               4         640         410
Operating expenses                               (9,000)     (8,100)
Profit for the year                                4,140       3,510

Notes:
1.    GENERAL
The company is incorporated in Singapore.

4.    TURNOVER AND OTHER INCOME
                                                    2024        2023
                                                 S$'000      S$'000
      Turnover
        Sale of goods                                9,000       8,000
        Services                                     3,500       3,200
                                                    12,500      11,200
      Other income
        Interest income                                640         410
      Total revenue                                 13,140      11,610
"""


@pytest.mark.parametrize("services", ["3,500", "3,600"])
def test_total_revenue_variant_in_text(services: str) -> None:
    """The same layout in text, in S$: the turnover subtotal ties to the statement, and a
    changed service figure is still caught by footing, not hidden."""
    text = TURNOVER_NOTE.replace(
        "Services                                     3,500",
        f"Services                                     {services}",
    )
    report = tieout.check(document_to_filing(text_to_document(text, source="turnover.txt")))
    ties = {c.description: c.status.value for c in report.checks if c.code == "TO501"}
    assert ties["12,500 (note 4) = 12,500 (income statement)"] == "passed"
    assert not any("13,140" in d for d in ties)
    errors = [(f.code, f.lines) for f in report.findings if f.severity is Severity.ERROR]
    assert errors == ([] if services == "3,500" else [("TO101", (18, 19, 20))])


SINGLE_LINE_TURNOVER = """\
CONDENSED CONSOLIDATED INCOME STATEMENT
For the six months ended 30 June 2008
                                        Note        2008        2007
                                                RMB'000     RMB'000
Turnover                                   5     277,060     204,018
Other revenue                              5       5,959       2,932
Operating expenses                              (230,916)   (153,201)
Profit for the period                             52,103      53,749

Notes:
1.    GENERAL
The company is incorporated in the Cayman Islands.

5.    TURNOVER AND OTHER REVENUE
                                                    2008        2007
                                                RMB'000     RMB'000
      Turnover
        Sales of pharmaceutical products           277,060     204,018
      Other revenue
        Exchange gain                                5,345       2,123
        Interest income                                614         809
                                                     5,959       2,932
      Total revenue                                283,019     206,950
"""

US_REVENUES = """\
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)                                 Three Months Ended
                                          July 1, 2023   July 2, 2022
Revenues:
  Products                                      11,200         10,100
  Services                                       2,300          2,000
  Other revenues                                   500            400
Total revenues                                  14,000         12,500
Cost of revenues                                (9,000)        (8,000)
Net income                                       5,000          4,500
"""


def test_total_revenue_after_a_section_of_other_revenue_is_wider_than_revenue() -> None:
    """Anxin 2008 interim's note 5 in RMB: 'Total revenue' after a section of other revenue
    is turnover + other revenue, not revenue: the turnover ties and nothing else is tied."""
    report = tieout.check(
        document_to_filing(text_to_document(SINGLE_LINE_TURNOVER, source="turnover.txt"))
    )
    note = next(t for t in report.filing.tables if t.note == "5")
    total = next(r for r in note.rows if r.label == "Total revenue")
    assert total.concept == "total-revenue"
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []


def test_other_revenues_as_an_item_of_revenue_leave_total_revenues_revenue() -> None:
    """In a US statement 'Other revenues' is one item of revenues: 'Total revenues' is the
    revenue, and it foots."""
    report = tieout.check(document_to_filing(text_to_document(US_REVENUES, source="us.txt")))
    [statement] = report.filing.statements
    total = next(r for r in statement.rows if r.label == "Total revenues")
    assert total.concept == "Revenue"
    footed = [c.description for c in report.checks if c.code == "TO101"]
    assert "14,000 = 11,200 + 2,300 + 500" in footed
