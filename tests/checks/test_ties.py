"""TO301, TO401, TO501, TO601: the same figure in several places, hand-built tables."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import tieout
from tests.checks.fixtures import (
    DEC_2023,
    H1_2023,
    H1_2024,
    JUN_2024,
    RMB_MILLION,
    make_filing,
    make_table,
)
from tieout.checks.engine import run_checks
from tieout.model import Report, Severity, Status, Table, TableKind

CASH = "CashAndCashEquivalents"


def balance_sheet(cash: str = "7,626,544", share_capital: str = "6") -> Table:
    return make_table(
        [
            ("Cash and cash equivalents", cash, "9,423,495"),
            ("Share capital", share_capital, "5"),
            ("Total equity", "22,704,559", "23,155,473"),
        ],
        table_id="bs",
        kind=TableKind.BALANCE_SHEET,
        periods=(JUN_2024, DEC_2023),
        concepts={0: CASH, 1: "IssuedCapital", 2: "Equity"},
        first_line=453,
    )


def cash_flows(opening: str = "9,423,495", closing: str = "7,626,544") -> Table:
    return make_table(
        [
            ("Net decrease in cash and cash equivalents", "(1,869,265)", "(1,006,885)"),
            ("Cash and cash equivalents at beginning of period", opening, "7,962,813"),
            ("Effect of foreign exchange rates changes", "72,314", "197,087"),
            ("Cash and cash equivalents at end of period", closing, "7,153,015"),
        ],
        table_id="cf",
        kind=TableKind.CASH_FLOWS,
        concepts={
            0: "IncreaseDecreaseInCashAndCashEquivalents",
            1: CASH + "AtBeginningOfPeriod",
            3: CASH + "AtEndOfPeriod",
        },
        first_line=589,
    )


def mdna(closing: str = "7,626.5") -> Table:
    return make_table(
        [
            ("Net decrease in cash and cash equivalents", "(1,869.3)", "(1,006.9)"),
            ("Cash and cash equivalents at the end of the period", closing, "7,153.0"),
        ],
        table_id="md",
        kind=TableKind.MDNA,
        unit=RMB_MILLION,
        concepts={0: "IncreaseDecreaseInCashAndCashEquivalents", 1: CASH},
        first_line=285,
    )


def soce_closing(share_capital: str = "6") -> Table:
    return make_table(
        [
            ("As at January 1, 2024", "5", "23,155,473"),
            ("As at June 30, 2024", share_capital, "22,704,559"),
        ],
        table_id="ce",
        kind=TableKind.CHANGES_IN_EQUITY,
        periods=(H1_2024, H1_2024),
        members=["Share capital", "Total equity"],
        concepts={0: "Equity", 1: "Equity"},
        first_line=475,
    )


def check(*tables: Table) -> Report:
    return run_checks(make_filing(*tables), select=("TO3", "TO4", "TO5", "TO6"))


def summary(report: Report) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(c.code, c.status.value, c.lines) for c in report.checks]


def test_cash_ties_across_statements_and_to_the_prior_closing() -> None:
    report = check(balance_sheet(), cash_flows())
    assert report.findings == ()
    assert sorted(summary(report)) == [
        ("TO301", "passed", (453, 590)),  # opening 2024 = balance sheet Dec 2023
        ("TO401", "passed", (453, 592)),  # closing = balance sheet June 2024
    ]


def test_closing_cash_that_differs_is_an_error_with_both_lines() -> None:
    report = check(balance_sheet(), cash_flows(closing="7,626,554"))
    [finding] = report.findings
    assert (finding.code, finding.severity, finding.lines) == ("TO401", Severity.ERROR, (453, 592))
    assert finding.difference == Decimal(10)
    assert finding.message == (
        "Cash and cash equivalents at end of period [2024-01-01..2024-06-30] 7,626,554 on"
        " line 592 (cash flows) ≠ 7,626,544 on line 453 (balance sheet): difference 10"
    )


def test_opening_that_differs_from_prior_closing() -> None:
    report = check(balance_sheet(), cash_flows(opening="9,423,459"))
    assert [(f.code, f.lines) for f in report.findings] == [("TO301", (453, 590))]


def test_mdna_in_millions_ties_within_rounding_and_warns_on_a_forced_rounding() -> None:
    assert check(balance_sheet(), cash_flows(), mdna()).findings == ()
    report = check(balance_sheet(), cash_flows(), mdna(closing="7,626.6"))
    assert [(f.code, f.severity, f.lines) for f in report.findings] == [
        ("TO601", Severity.WARNING, (286, 453)),
    ]
    report = check(balance_sheet(), cash_flows(), mdna(closing="7,628.5"))
    assert [(f.code, f.severity, f.difference) for f in report.findings] == [
        ("TO601", Severity.ERROR, Decimal("1.956")),
    ]


def test_changes_in_equity_closing_ties_to_balance_sheet_by_member() -> None:
    report = check(balance_sheet(), soce_closing())
    assert report.findings == ()
    passed = sorted(c.lines for c in report.checks if c.status is Status.PASSED)
    assert passed == [(454, 475), (454, 476), (455, 475), (455, 476)]
    report = check(balance_sheet(), soce_closing(share_capital="7"))
    assert [(f.code, f.lines) for f in report.findings] == [("TO401", (454, 476))]


def test_same_concept_in_different_periods_does_not_tie() -> None:
    other_year = make_table(
        [("Cash and cash equivalents", "1", "2")],
        table_id="x",
        kind=TableKind.NOTE,
        periods=(H1_2023, H1_2023),
        concepts={0: CASH},
    )
    assert check(balance_sheet(), other_year).checks == ()


def test_a_note_ties_only_to_the_statement_line_that_refers_to_it() -> None:
    sheet = make_table(
        [("Borrowings", "4,658,035", "4,278,686"), ("Lease liabilities", "109,024", "145,290")],
        table_id="bs",
        kind=TableKind.BALANCE_SHEET,
        periods=(JUN_2024, DEC_2023),
        concepts={0: "NoncurrentBorrowings", 1: "NoncurrentLeaseLiabilities"},
        notes={0: "14"},
        first_line=465,
    )
    note_14 = make_table(
        [(None, "4,658,053", "4,278,686"), ("Lease liabilities", "109,024", "145,290")],
        table_id="n14",
        kind=TableKind.NOTE,
        note="14",
        periods=(JUN_2024, DEC_2023),
        concepts={0: "NoncurrentBorrowings", 1: "NoncurrentLeaseLiabilities"},
        first_line=1019,
    )
    report = check(sheet, note_14)
    assert [(c.code, c.status.value, c.lines) for c in report.checks] == [
        ("TO501", "failed", (465, 1019)),
        ("TO501", "passed", (465, 1019)),
        ("TO502", "passed", (465, 1019)),  # the 2023 figure the line refers to
    ]
    assert report.findings[0].difference == Decimal(18)


def test_a_last_total_after_non_controlling_interests_is_total_equity() -> None:
    from tieout.checks.concepts import total_column_is_equity

    anxin = [
        "Share Capital",
        "Retained profits",
        "Equity attributable to equity holders of the Company",
        "Non-controlling interests",
        "Total",
    ]
    sensetime = [
        "Share capital",
        "Other reserves",
        "Total",
        "Non-controlling interests",
        "Total equity",
    ]
    assert total_column_is_equity(list(anxin))
    assert not total_column_is_equity(list(sensetime))
    assert not total_column_is_equity(["Buildings", "Computers", "Total"])  # a PPE matrix


SEGMENTS = """\
MANAGEMENT DISCUSSION AND ANALYSIS

Revenue

The revenue of the Group derived from different segments is listed as below:

                                            Six months ended 30 June
                                              2022             2021
                                           RMB'000          RMB'000
Properties                                 129,865          162,164
Tourism                                    155,331          138,661
New energy                               9,685,586       10,601,507
Total revenue                            9,970,782       10,902,332

Cost of sales

The cost of sales of the Group derived from different segments is listed as below:

                                            Six months ended 30 June
                                              2022             2021
                                           RMB'000          RMB'000
Properties                                  47,895          125,690
Tourism                                    134,604          103,933
New energy                               8,339,993        8,803,193
Total cost                               8,522,492        9,032,816
"""


def _segment_ties(tmp_path: Path, text: str) -> list[tuple[str, tuple[int, ...]]]:
    path = tmp_path / "segments.txt"
    path.write_text(text, encoding="utf-8")
    report = tieout.check(path)
    return [(f.code, f.lines) for f in report.findings if f.code == "TO601"]


def test_discussion_tables_of_different_measures_do_not_tie(tmp_path: Path) -> None:
    """Revenue by segment and cost by segment share row names and agree on none."""
    assert _segment_ties(tmp_path, SEGMENTS) == []


def test_discussion_tables_of_the_same_measure_tie_and_a_difference_is_found(
    tmp_path: Path,
) -> None:
    """The same revenue printed again in a second table, one figure changed."""
    first = SEGMENTS[: SEGMENTS.index("Cost of sales")]
    again = first.replace("155,331", "155,313", 1).replace("Revenue\n", "Revenue again\n", 1)
    assert _segment_ties(tmp_path, first + "\n" + again) == [("TO601", (11, 26))]


STATEMENT_AND_BREAKDOWN = """\
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
                                                     Year Ended December 31,
                                                  2021          2022
Net product sales                              241,787       242,901
Net service sales                              228,035       271,082
Total net sales                                469,822       513,983
Operating expenses:
Cost of sales                                  272,344       288,831
Fulfillment                                     75,111        84,299
Technology and content                          56,052        73,213
Total operating expenses                       403,507       446,343
Operating income                                66,315        67,640

Stock-based compensation expense is as follows (in millions):
                                                     Year Ended December 31,
                                                  2021          2022
Cost of sales                                      540           757
Fulfillment                                      1,946         2,745
Technology and content                           6,645        10,621
Total stock-based compensation expense           9,131        14,123
"""


def test_a_breakdown_of_another_measure_under_statement_names_does_not_tie(
    tmp_path: Path,
) -> None:
    """Stock-based compensation by the line it is charged to (Amazon 2022 10-K): three
    statement names, no agreement, no common scale."""
    assert _segment_ties(tmp_path, STATEMENT_AND_BREAKDOWN) == []


WRONG_SCALE = """\
Operating expenses discussed (in thousands):
                                                     Year Ended December 31,
                                                  2021          2022
Cost of sales                                  272,344       288,831
Fulfillment                                     75,111        84,299
Technology and content                          56,052        73,213
"""


def test_a_table_in_the_wrong_scale_still_ties_and_is_found(tmp_path: Path) -> None:
    """Every figure read as a thousandth of the statement's: one scale, so a finding each."""
    statement = STATEMENT_AND_BREAKDOWN.split("Stock-based")[0]
    ties = _segment_ties(tmp_path, statement + WRONG_SCALE)
    assert sorted(ties) == [
        ("TO601", (9, 18)),
        ("TO601", (9, 18)),
        ("TO601", (10, 19)),
        ("TO601", (10, 19)),
        ("TO601", (11, 20)),
        ("TO601", (11, 20)),
    ]


US_OTHER_LINES = """\
CONSOLIDATED STATEMENTS OF CASH FLOWS
(in millions)
                                                     Year Ended December 31,
                                                  2021          2022
Net income (loss)                               33,364        (2,722)
Stock-based compensation                        12,757        19,621
Other expense (income), net                    (14,306)       16,966
Net cash provided by operating activities       31,815        33,865

CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
                                                     Year Ended December 31,
                                                  2021          2022
Total net sales                                469,822       513,983
Operating expenses                            (444,943)     (501,735)
Other operating expense (income), net              (62)        1,263
Operating income                                24,879        12,248
Interest income                                    448           989
Interest expense                                (1,809)       (2,367)
Other income (expense), net                     14,633       (16,806)
Total non-operating income (expense)            13,272       (18,184)
Income (loss) before income taxes               38,151        (5,936)
"""


def test_other_operating_and_non_operating_lines_are_different_concepts(
    tmp_path: Path,
) -> None:
    path = tmp_path / "us.txt"
    path.write_text(US_OTHER_LINES, encoding="utf-8")
    report = tieout.check(path)
    [income] = report.filing.tables_of(TableKind.INCOME_STATEMENT)
    names = {r.label: r.concept for r in income.rows}
    assert names["Other operating expense (income), net"] == "OtherOperatingIncomeExpense"
    assert names["Other income (expense), net"] == "other-income-expense-net"
    assert names["Total non-operating income (expense)"] == "non-operating-income-expense"
    # the cash flow statement's 'Other expense (income), net' holds what the other
    # adjustments leave: it ties to no line of the income statement
    assert [c for c in report.checks if c.code == "TO401"] == []
    assert [f.code for f in report.findings if f.severity is Severity.ERROR] == []
