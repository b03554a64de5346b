"""US filings (financebench): a 10-Q with its notes and MD&A, and an earnings release.

Cut-outs of the corpus PDFs (tests/pdf/cut_corpus_pages.py) checked end to end: statements
with both periods, the balance sheet balancing, the roll-forwards footing, note and MD&A
tables read in their printed scale, and the exact findings that remain.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pdf_support import DATA, corpus_file

import tieout
from tieout.checks.key_ties import key_ties
from tieout.model import Check, Filing, Measure, Report, Status, Table, TableKind
from tieout.numbers import parse_number

APPLE = DATA / "apple_2023q3_10q_statements_notes.pdf"
EBAY = DATA / "ebay_2023q2_p7-9.pdf"

QUARTERS = ["2023-04-02..2023-07-01", "2022-03-26..2022-06-25"]
NINE_MONTHS = ["2022-10-02..2023-07-01", "2021-09-26..2022-06-25"]


@pytest.fixture(scope="module")
def apple() -> tuple[Filing, Report]:
    filing = tieout.read(APPLE)
    return filing, tieout.check(filing)


@pytest.fixture(scope="module")
def ebay() -> tuple[Filing, Report]:
    filing = tieout.read(EBAY)
    return filing, tieout.check(filing)


def _checks(report: Report, code: str, text: str) -> list[Check]:
    return [c for c in report.checks if c.code == code and text in c.description]


def _table(filing: Filing, title: str) -> Table:
    return next(t for t in filing.tables if t.title == title)


def _row_values(table: Table, label: str) -> list[Decimal | None]:
    row = next(r for r in table.rows if r.label == label)
    return [c.value for c in row.cells]


# -- Apple 10-Q: statements


def test_apple_statements_with_three_and_nine_months(apple: tuple[Filing, Report]) -> None:
    filing, _ = apple
    found = [
        (t.kind, t.page, [str(c.period) for c in t.value_columns()]) for t in filing.statements
    ]
    assert found == [
        (TableKind.INCOME_STATEMENT, 1, QUARTERS + NINE_MONTHS),
        (TableKind.COMPREHENSIVE_INCOME, 2, QUARTERS + NINE_MONTHS),
        (TableKind.BALANCE_SHEET, 3, ["2023-07-01", "2022-09-24"]),
        (TableKind.CHANGES_IN_EQUITY, 4, QUARTERS + NINE_MONTHS),
        (TableKind.CASH_FLOWS, 5, NINE_MONTHS),
    ]
    assert all(t.unit.scale == 6 and t.unit.currency == "USD" for t in filing.statements)


def test_apple_balance_sheet_keeps_its_liabilities_half(apple: tuple[Filing, Report]) -> None:
    """'LIABILITIES AND SHAREHOLDERS' EQUITY:' over a headerless block: the same table."""
    filing, report = apple
    sheet = next(t for t in filing.statements if t.kind is TableKind.BALANCE_SHEET)
    assert sheet.lines == (74, 116)
    assert _row_values(sheet, "Total liabilities") == [Decimal(274764), Decimal(302083)]
    balances = [c for c in report.checks if c.code == "TO104"]
    assert [(c.status, c.description) for c in balances] == [
        (Status.PASSED, f"the balance sheet balances: assets = equity and liabilities: {v} = {v}")
        for v in ("335,038", "352,755")
    ]
    assert [(s.line, s.page) for s in balances[0].spans] == [(91, 3), (116, 3)]


def test_apple_equity_ending_balance_ties_to_the_balance_sheet(
    apple: tuple[Filing, Report],
) -> None:
    _, report = apple
    ties = _checks(report, "TO401", "(changes in equity) = 60,274 (balance sheet)")
    assert [(c.status, c.spans[0].line) for c in ties] == [(Status.PASSED, 151)] * 2


def test_apple_cash_rolls_forward_but_is_not_the_balance_sheet_cash(
    apple: tuple[Filing, Report],
) -> None:
    """Closing cash includes restricted cash (29,898): no tie to 'Cash and cash
    equivalents' (28,408) is claimed, and the roll-forward foots."""
    _, report = apple
    assert [c.status for c in _checks(report, "TO101", "29,898 = 24,977 + 4,921")] == [
        Status.PASSED
    ]
    assert not [c for c in report.checks if c.code == "TO401" and "29,898" in c.description]


def test_apple_equity_movements_are_not_tied_to_cash_flows(
    apple: tuple[Filing, Report],
) -> None:
    """Share-based compensation credited to equity (8,438) is not the expense added back
    in the cash flows (8,208); shares withheld are not the taxes paid."""
    _, report = apple
    assert not _checks(report, "TO401", "(changes in equity) = 8,208 (cash flows)")
    assert not _checks(report, "TO401", "(changes in equity) = (5,119) (cash flows)")


def test_apple_has_no_error_or_warning_findings(apple: tuple[Filing, Report]) -> None:
    _, report = apple
    assert [(f.code, f.lines) for f in report.findings if f.severity != "info"] == []


def test_apple_facts_carry_page_and_box(apple: tuple[Filing, Report]) -> None:
    filing, _ = apple
    assert all(f.span.page is not None and f.span.bbox is not None for f in filing.facts)
    net_sales = next(
        f
        for f in filing.facts
        if filing.table(f.table_id).kind is TableKind.INCOME_STATEMENT
        and f.value == Decimal("81797000000")
    )
    assert net_sales.span.page == 1
    assert net_sales.span.bbox is not None
    assert round(net_sales.span.bbox.x0) > 300


# -- Apple 10-Q: notes and MD&A


def test_apple_note_tables_take_the_scale_of_their_caption(apple: tuple[Filing, Report]) -> None:
    """'... for the three- and nine-month periods ended ... (in millions):'"""
    filing, report = apple
    segments = _table(filing, "Note 10 – Segment Information and Geographic Data")
    assert segments.unit.scale == 6
    assert _row_values(segments, "Net sales")[:4] == [
        Decimal(35383),
        Decimal(37472),
        Decimal(122445),
        Decimal(129850),
    ]
    assert [c.status for c in _checks(report, "TO601", "81,797 (other) = 81,797")] == [
        Status.PASSED
    ]


def test_apple_segment_rows_under_headings_are_parts(apple: tuple[Filing, Report]) -> None:
    """'Net sales' under Americas, Europe, ...: none of them is the entity's net sales."""
    _, report = apple
    assert not _checks(report, "TO601", "35,383 (other)")


def test_apple_balances_as_of_dates_in_a_note(apple: tuple[Filing, Report]) -> None:
    """'The following tables show ... as of July 1, 2023 and September 24, 2022':
    the inventories columns are dates, and the table's total meets the balance sheet."""
    filing, report = apple
    inventories = _table(filing, "Inventories")
    assert [str(c.period) for c in inventories.value_columns()] == ["2023-07-01", "2022-09-24"]
    ties = _checks(report, "TO601", "7,351 (other) = 7,351 (balance sheet)")
    assert [c.status for c in ties] == [Status.PASSED]
    assert _table(filing, "Property, Plant and Equipment, Net").lines == (238, 242)


def test_apple_breakdown_total_ties_to_the_cash_flow_line(apple: tuple[Filing, Report]) -> None:
    """The commercial paper table ends 'Total proceeds from/(repayments of) commercial
    paper, net': its rows are parts of that cash-flow line, its total is the line."""
    _, report = apple
    assert [c.status for c in _checks(report, "TO601", "(5,971) (other) = (5,971)")] == [
        Status.PASSED
    ]
    assert not _checks(report, "TO601", "5,228 (cash flows)")


def test_apple_nine_month_change_compares_nine_month_columns(
    apple: tuple[Filing, Report],
) -> None:
    _, report = apple
    europe = [c for c in report.checks if c.code == "TO603" and c.spans[0].line == 409]
    assert [(c.status, c.description) for c in europe] == [
        (Status.PASSED, "5% = change from 19,287 to 20,205"),
        (Status.PASSED, "(1)% = change from 72,323 to 71,831"),
    ]


def test_apple_gross_margin_percentages_are_percentages(apple: tuple[Filing, Report]) -> None:
    filing, report = apple
    margin = _table(filing, "Gross Margin")
    row = next(r for r in margin.rows if r.label == "Total gross margin percentage")
    facts = [f for f in filing.facts if f.table_id == margin.id and f.row == row.index]
    assert [(f.unit.measure, f.value) for f in facts] == [
        (Measure.PERCENT, Decimal(v)) for v in ("44.5", "43.3", "43.8", "43.6")
    ]
    assert [c.status for c in _checks(report, "TO601", "36,413 (other) = 36,413")] == [
        Status.PASSED
    ]


def test_apple_years_at_the_margin_label_their_lines(apple: tuple[Filing, Report]) -> None:
    """A maturity table: '2024  3,417' is the year 2024's payment, not two columns."""
    filing, report = apple
    table = next(t for t in filing.tables if t.lines == (340, 346))
    assert [r.label for r in table.rows] == [
        "2023 (remaining three months)",
        "2024",
        "2025",
        "2026",
        "2027",
        "Thereafter",
        "Total",
    ]
    assert len(table.value_columns()) == 1
    assert [c.status for c in _checks(report, "TO101", "18,957 = 1,260 + 3,417")] == [Status.PASSED]


# -- eBay earnings release


def test_ebay_statements_and_balance(ebay: tuple[Filing, Report]) -> None:
    filing, report = ebay
    found = [
        (t.kind, t.page, [str(c.period) for c in t.value_columns()]) for t in filing.statements
    ]
    halves = ["2023-04-01..2023-06-30", "2022-04-01..2022-06-30"]
    years = ["2023-01-01..2023-06-30", "2022-01-01..2022-06-30"]
    assert found == [
        (TableKind.BALANCE_SHEET, 1, ["2023-06-30", "2022-12-31"]),
        (TableKind.INCOME_STATEMENT, 2, halves + years),
        (TableKind.CASH_FLOWS, 3, halves + years),
    ]
    balances = [(c.status, c.description) for c in report.checks if c.code == "TO104"]
    assert balances == [
        (Status.PASSED, f"the balance sheet balances: assets = equity and liabilities: {v} = {v}")
        for v in ("19,956", "20,850")
    ]
    assert [f for f in report.findings if f.severity != "info"] == []


def test_ebay_cash_rolls_forward_and_net_income_ties(ebay: tuple[Filing, Report]) -> None:
    """Closing cash, restricted cash included, is opening plus the net increase; it is
    not claimed equal to the balance sheet's cash and cash equivalents (2,268)."""
    _, report = ebay
    for text in ("2,674 = 243 + 2,431", "1,772 = (49) + 1,821", "2,674 = 402 + 2,272"):
        assert [c.status for c in _checks(report, "TO101", text)] == [Status.PASSED], text
    assert not [c for c in report.checks if c.code == "TO401" and "2,674" in c.description]
    net_income = _checks(report, "TO401", "(cash flows) = 282 (income statement)")
    assert [(c.status, [(s.line, s.page) for s in c.spans]) for c in net_income] == [
        (Status.PASSED, [(121, 3), (104, 2)])
    ]


# -- variants: the same layouts in other words, scales and figures


INCOME = """\
                          Example Corp.
              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In millions, except per share amounts)

                                              Three Months Ended          Six Months Ended
                                             June 30,     June 30,      June 30,     June 30,
                                               2024         2023          2024         2023
Net sales                                  $   1,200    $   1,000     $   2,300    $   2,000
Cost of sales                                   (700)        (600)       (1,350)      (1,200)
Gross margin                                      500          400           950          800
Operating expenses                               (300)        (250)         (550)        (500)
Operating income                                  200          150           400          300
"""

SEGMENTS = """\


Segment Information
The following table shows information by reportable segment for the three- and six-month periods ended June 30, 2024 and 2023 (in millions):

                                              Three Months Ended          Six Months Ended
                                             June 30,     June 30,      June 30,     June 30,
                                               2024         2023          2024         2023
North:
   Net sales                               $     800    $     700     $   1,500    $   1,400
   Operating income                              150          120           300          250

South:
   Net sales                               $     400    $     300     $     800    $     600
   Operating income                               50           30           100           50
"""

MDNA_IN_THOUSANDS = """\
Segment Operating Performance
The following table shows net sales by reportable segment for the three- and six-month periods ended June 30, 2024 and 2023 (dollars in thousands):

                                      Three Months Ended                    Six Months Ended
                                June 30,    June 30,                  June 30,    June 30,
                                  2024        2023       Change         2024        2023       Change
Net sales by reportable segment:
   North                      $  800,000  $  700,000       14 %    $ 1,500,000  $ 1,400,000       7 %
   South                         400,000     300,000       33 %        800,000      600,000      40 %
      Total net sales         $ 1,200,000 $ 1,000,000       20 %    $ 2,300,000  $ 2,000,000      15 %
"""

BALANCE_SHEET = """\
                          Example Corp.
                   CONDENSED CONSOLIDATED BALANCE SHEETS
                              (In millions)

                                                    June 30,      December 31,
                                                      2024            2023
ASSETS:
Current assets:
   Cash and cash equivalents                     $    5,000     $     4,000
   Accounts receivable, net                           2,000           1,500
      Total current assets                            7,000           5,500
Property, plant and equipment, net                    3,000           3,100
      Total assets                               $   10,000     $     8,600

LIABILITIES AND SHAREHOLDERS' EQUITY:
Current liabilities:
   Accounts payable                              $    2,500     $     2,000
      Total current liabilities                       2,500           2,000
Term debt                                             3,000           3,000
      Total liabilities                               5,500           5,000
Shareholders' equity:
   Common stock                                       1,000           1,000
   Retained earnings                                  3,500           2,600
      Total shareholders' equity                      4,500           3,600
      Total liabilities and shareholders' equity $   10,000     $     8,600


Note 5 – Commitments
Future payments under noncancelable purchase obligations with a remaining term in excess of one year as of June 30, 2024, are as follows (in millions):

2024 (remaining six months)                                   $     300
2025                                                                 500
2026                                                                 200
Thereafter                                                           100
   Total                                                       $   1,100
"""


def _read_text(tmp_path: Path, text: str) -> tuple[Filing, Report]:
    path = tmp_path / "filing.txt"
    path.write_text(text, encoding="utf-8")
    filing = tieout.read(path)
    return filing, tieout.check(filing)


def test_segment_rows_repeated_under_headings_tie_nothing(tmp_path: Path) -> None:
    filing, report = _read_text(tmp_path, INCOME + SEGMENTS)
    segments = _table(filing, "Segment Information")
    assert (segments.unit.currency, segments.unit.scale) == ("USD", 6)
    assert [c for c in report.checks if c.code == "TO601"] == []
    assert report.findings == ()


def test_caption_in_thousands_against_statements_in_millions(tmp_path: Path) -> None:
    """The caption's '(dollars in thousands)' wins over the document's millions; the
    segment total meets the income statement, the six-month change its own columns."""
    filing, report = _read_text(tmp_path, INCOME + "\n" + MDNA_IN_THOUSANDS)
    assert _table(filing, "Segment Operating Performance").unit.scale == 3
    ties = [(c.status, c.description) for c in report.checks if c.code == "TO601"]
    assert ties == [
        (Status.PASSED, f"{v} (other) = {v} (income statement)")
        for v in ("1,200,000", "1,000,000", "2,300,000", "2,000,000")
    ]
    # South, six months: 800,000 against 600,000 is 33.3%, printed 40%
    assert [(f.code, f.lines, f.expected) for f in report.findings] == [
        ("TO603", (22,), Decimal("33.333"))
    ]


def test_balance_sheet_halves_and_a_maturity_table(tmp_path: Path) -> None:
    filing, report = _read_text(tmp_path, BALANCE_SHEET)
    sheet = next(t for t in filing.statements if t.kind is TableKind.BALANCE_SHEET)
    assert sheet.lines == (5, 25)
    assert [c.status for c in report.checks if c.code == "TO104"] == [Status.PASSED] * 2
    maturities = _table(filing, "Note 5 – Commitments")
    assert [r.label for r in maturities.rows] == [
        "2024 (remaining six months)",
        "2025",
        "2026",
        "Thereafter",
        "Total",
    ]
    assert report.findings == ()


def test_balance_sheet_that_does_not_balance(tmp_path: Path) -> None:
    text = BALANCE_SHEET.replace(
        "Total liabilities and shareholders' equity $   10,000",
        "Total liabilities and shareholders' equity $   10,100",
    )
    _, report = _read_text(tmp_path, text)
    assert [(f.code, f.lines) for f in report.findings if f.code == "TO104"] == [
        ("TO104", (13, 25))
    ]


# -- Best Buy 10-Q (cut-out) and earnings release (corpus)

BESTBUY_10Q = DATA / "bestbuy_2024q2_10q_p3-8.pdf"
BBY_QUARTERS = ["2023-04-30..2023-07-29", "2022-05-01..2022-07-30"]
BBY_HALVES = ["2023-01-30..2023-07-29", "2022-01-31..2022-07-30"]


@pytest.fixture(scope="module")
def bestbuy_10q() -> tuple[Filing, Report]:
    filing = tieout.read(BESTBUY_10Q)
    return filing, tieout.check(filing)


def test_bestbuy_10q_statements_under_title_case_titles(
    bestbuy_10q: tuple[Filing, Report],
) -> None:
    """'Condensed Consolidated Statements of Earnings' over '$ and shares in millions,
    except per share amounts (unaudited)': the first line is the title."""
    filing, report = bestbuy_10q
    found = [(t.kind, t.page, t.title) for t in filing.statements]
    assert found == [
        (TableKind.BALANCE_SHEET, 1, "Condensed Consolidated Balance Sheets"),
        (TableKind.INCOME_STATEMENT, 2, "Condensed Consolidated Statements of Earnings"),
        (
            TableKind.COMPREHENSIVE_INCOME,
            3,
            "Condensed Consolidated Statements of Comprehensive Income",
        ),
        (TableKind.CASH_FLOWS, 4, "Condensed Consolidated Statements of Cash Flows"),
        (
            TableKind.CHANGES_IN_EQUITY,
            5,
            "Condensed Consolidated Statements of Changes in Shareholders' Equity",
        ),
    ]
    periods = [[str(c.period) for c in t.value_columns()] for t in filing.statements[:4]]
    assert periods == [
        ["2023-07-29", "2023-01-28", "2022-07-30"],
        BBY_QUARTERS + BBY_HALVES,
        BBY_QUARTERS + BBY_HALVES,
        BBY_HALVES,
    ]
    balances = [c.description for c in report.checks if c.code == "TO104"]
    assert balances == [
        f"the balance sheet balances: assets = equity and liabilities: {v} = {v}"
        for v in ("15,318", "15,803", "15,419")
    ]
    assert [f for f in report.findings if f.severity != "info"] == []


def test_bestbuy_closing_cash_ties_through_the_restricted_cash_note(
    bestbuy_10q: tuple[Filing, Report],
) -> None:
    """Cash flows end with cash *and restricted cash* (1,491); the note reconciles it to
    the balance sheet's cash (1,093) plus restricted cash in other assets (398)."""
    filing, report = bestbuy_10q
    note = _table(filing, "Total Cash, Cash Equivalents and Restricted Cash")
    assert [str(c.period) for c in note.value_columns()] == [
        "2023-07-29",
        "2023-01-28",
        "2022-07-30",
    ]
    ties = [c for c in report.checks if c.code == "TO601"]
    assert [(c.status, c.description, [(s.line, s.page) for s in c.spans]) for c in ties] == [
        (Status.PASSED, "1,491 (other) = 1,491 (cash flows)", [(233, 6), (134, 4)]),
        (Status.PASSED, "1,152 (other) = 1,152 (cash flows)", [(233, 6), (134, 4)]),
    ]
    assert [c.status for c in _checks(report, "TO101", "1,491 = 1,093 + 398")] == [Status.PASSED]


def test_bestbuy_income_taxes_change_is_no_tax_expense(
    bestbuy_10q: tuple[Filing, Report],
) -> None:
    """'Income taxes' under 'Changes in operating assets and liabilities' is the change in
    the tax balance: it does not meet the income statement's 171 of tax expense."""
    filing, report = bestbuy_10q
    flows = next(t for t in filing.statements if t.kind is TableKind.CASH_FLOWS)
    taxes = next(r for r in flows.rows if r.label == "Income taxes")
    assert taxes.concept == "change-in-income-taxes"
    assert not [c for c in report.checks if c.code == "TO401" and "(148)" in c.description]


BBY_EARNINGS = "financebench/BESTBUY_2024Q2_EARNINGS.pdf"
BBY_10Q = "financebench/BESTBUY_2024Q2_10Q.pdf"


@pytest.mark.corpus
def test_bestbuy_earnings_release_reads_clean() -> None:
    filing = tieout.read(corpus_file(BBY_EARNINGS))
    report = tieout.check(filing)
    assert [(t.kind, t.page, t.lines) for t in filing.statements] == [
        (TableKind.INCOME_STATEMENT, 5, (46, 73)),
        (TableKind.BALANCE_SHEET, 6, (76, 108)),
        (TableKind.CASH_FLOWS, 7, (111, 149)),
    ]
    assert report.findings == ()
    # Earnings before tax 369, tax 96, equity in affiliates 1, net earnings 274: the
    # identity 'profit = before tax + tax' does not span the affiliates line.
    assert not [c for c in report.checks if c.code == "TO104" and "before tax" in c.description]
    mix = _table(filing, "REVENUE CATEGORY SUMMARY")
    assert [(c.role.value, c.unit.measure if c.unit else None) for c in mix.columns] == [
        ("value", Measure.PERCENT),
        ("value", Measure.PERCENT),
        ("change", Measure.PERCENT),
        ("change", Measure.PERCENT),
    ]
    reconciliation = next(t for t in filing.tables if t.lines[0] == 239)
    # an 'OTHER' table ending before the footnotes '(1) Represents the non-cash ...'
    assert (reconciliation.kind, reconciliation.lines) == (TableKind.OTHER, (239, 302))
    # 'Domestic International Consolidated' runs together over the columns: the members
    # are not read, so the Domestic SG&A (1,730) is not claimed to be the entity's (1,879)
    assert not [c for c in report.checks if "1,730" in c.description]


@pytest.mark.corpus
def test_bestbuy_10q_has_no_error_findings() -> None:
    """In 'Amortization expense  SG&A  $ 21', SG&A is the 'Statement of Earnings Location'
    column, not the line's name: the amortization is not tied to the SG&A line."""
    filing = tieout.read(corpus_file(BBY_10Q))
    report = tieout.check(filing)
    assert [(f.code, f.lines) for f in report.findings if f.severity == "error"] == []
    amortization = next(r for t in filing.tables for r in t.rows if r.line == 306)
    assert (amortization.label, [c.text for c in amortization.cells]) == (
        "Amortization expense",
        ["21", "22", "41", "44"],
    )
    # the share repurchase table: neither the average price nor the value that may yet
    # be purchased is summed; the EPS adjustments are per share
    assert not [f for f in report.findings if f.code == "TO101"]
    gain = next(
        f for f in filing.facts if f.label == "Gain on sale of subsidiary, net(3)" and f.row
    )
    assert gain.unit.measure is Measure.PER_SHARE


RETAIL = """\
                          Example Retail Inc.
              CONDENSED CONSOLIDATED STATEMENTS OF EARNINGS
            ($ and shares in millions, except per share amounts)
              (Unaudited and subject to reclassification)

                                                         Six Months Ended
                                                   July 29, 2023    July 30, 2022
Revenue                                           $       19,050   $       20,976
Cost of sales                                             14,680           16,336
Gross profit                                               4,370            4,640
Selling, general and administrative expenses              3,711            3,807
Operating income                                             659              833
Earnings before income tax expense                           689              818
Income tax expense                                           171              168
Net earnings                                      $          518   $          651


              CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                         ($ in millions) (Unaudited)

                                                         Six Months Ended
                                                   July 29, 2023    July 30, 2022
Operating activities
   Net earnings                                   $          518   $          650
   Depreciation and amortization                             473              453
   Changes in operating assets and liabilities:
      Receivables                                            289              201
      Income taxes                                          (148)              42
   Total cash provided by operating activities (1)         1,132            1,346


(1)     Represents the non-cash amortization of definite-lived intangible assets associated with acquisitions.
"""


def test_retail_statements_working_capital_and_footnotes(tmp_path: Path) -> None:
    """Parenthetical lines under a title, 'Income taxes' among the changes in working
    capital, a footnote under the table, and net earnings misprinted by 1 in 2022."""
    filing, report = _read_text(tmp_path, RETAIL)
    assert [(t.kind, t.title, t.lines) for t in filing.statements] == [
        (TableKind.INCOME_STATEMENT, "CONDENSED CONSOLIDATED STATEMENTS OF EARNINGS", (6, 15)),
        (TableKind.CASH_FLOWS, "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", (21, 29)),
    ]
    flows = filing.statements[1]
    assert [r.concept for r in flows.rows if r.label in ("Receivables", "Income taxes")] == [
        "change-in-receivables",
        "change-in-income-taxes",
    ]
    assert [(f.code, f.severity.value, f.lines, f.actual) for f in report.findings] == [
        ("TO101", "warning", (13, 14, 15), Decimal(651)),
        ("TO401", "error", (15, 24), Decimal(650)),
    ]


def test_nil_percentage_is_read() -> None:
    parsed = parse_number("-%")
    assert parsed is not None
    assert (parsed.nil, parsed.percent, parsed.value) == (True, True, Decimal(0))


# -- Amcor earnings release (cut-out): statements under 'U.S. GAAP ...' titles

AMCOR = DATA / "amcor_2023q4_p8-9.pdf"


def test_amcor_statements_under_us_gaap_titles() -> None:
    filing = tieout.read(AMCOR)
    report = tieout.check(filing)
    assert [(t.kind, t.title, t.page) for t in filing.statements] == [
        (
            TableKind.INCOME_STATEMENT,
            "U.S. GAAP Condensed Consolidated Statements of Income (Unaudited)",
            1,
        ),
        (
            TableKind.CASH_FLOWS,
            "U.S. GAAP Condensed Consolidated Statements of Cash Flows (Unaudited)",
            2,
        ),
        (
            TableKind.BALANCE_SHEET,
            "U.S. GAAP Condensed Consolidated Balance Sheets (Unaudited)",
            2,
        ),
    ]
    sheet = filing.statements[2]
    assert [str(c.period) for c in sheet.value_columns()] == ["2022-06-30", "2023-06-30"]
    ties = {t.name: t.status for t in key_ties(report)}
    assert ties["balance sheet balances"] == "passed"
    assert ties["closing cash agrees with the balance sheet"] == "passed"
    # what remains is printed: net income 184 less 4 for the minority is 180, not 181
    # (rounding); the opening cash of fiscal 2023 (850) includes $75 million held for
    # sale (its footnote (1)), so it is not the balance sheet's 775 at June 30, 2022
    found = [
        (f.code, f.severity.value, f.lines, f.actual)
        for f in report.findings
        if f.severity.value != "info" and f.code != "TO904"
    ]
    assert found == [
        ("TO101", "warning", (16, 17, 18), Decimal(181)),
        ("TO301", "error", (47, 52), Decimal(850)),
    ]
