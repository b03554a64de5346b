"""Concepts a row takes from the rows around it: a lone item under a heading that names a
statement line, and a total that includes other revenue."""

from __future__ import annotations

import tieout
from tieout.api import document_to_filing
from tieout.model import Severity, TableKind
from tieout.read.text import text_to_document

# Anxin 2008 annual's layout, in another currency: turnover printed as a heading over one
# item, in the income statement and in its note.
LONE_ITEM = """\
CONSOLIDATED INCOME STATEMENT
For the year ended 31 December 2008
                                                 Note        2008        2007
                                                          RMB'000     RMB'000
Turnover
  Sales of pharmaceutical products                  3     422,321     411,990
Cost of sales                                            (312,307)   (252,187)
Gross profit                                              110,014     159,803
Other revenue                                       3       6,310       7,394
Profit for the year                                       116,324     167,197

Notes:
1.    GENERAL
The company is incorporated in Bermuda.

3.    TURNOVER AND OTHER REVENUE
                                                             2008        2007
                                                          RMB'000     RMB'000
      Turnover
        Sales of pharmaceutical products                  422,321     411,990
      Other revenue and net income
        Bank interest income                                  754       1,545
        Net exchange gain                                   5,556       5,849
                                                            6,310       7,394
      Total revenue                                       428,631     419,384

For the year ended 31 December 2008, the consolidated turnover of the Group was
approximately RMB422 million as compared to the turnover of the previous year of
approximately RMB412 million, and the gross margin was approximately 26% (2007: 39%).
"""

# A heading that names a total: its items are parts of it, whatever follows them.
FINANCING = """\
CONSOLIDATED STATEMENT OF CASH FLOWS
For the year ended 30 September 2021
                                                             2021        2020
                                                          HK$'000     HK$'000
OPERATING ACTIVITIES
  Cash generated from operations                            5,000       4,000
NET CASH FROM OPERATING ACTIVITIES                          5,000       4,000
CASH FROM FINANCING ACTIVITIES
  Proceeds on issue of convertible bonds                        –      13,500
  Proceeds from exercise of share options                   3,437           –
NET CASH FROM FINANCING ACTIVITIES                          3,437      13,500
"""


def _check(text: str) -> tieout.Report:
    return tieout.check(document_to_filing(text_to_document(text, source="t.txt")))


def test_a_lone_item_under_a_heading_naming_a_line_is_that_line() -> None:
    report = _check(LONE_ITEM)
    statement = report.filing.tables_of(TableKind.INCOME_STATEMENT)[0]
    sales = next(r for r in statement.rows if r.label == "Sales of pharmaceutical products")
    assert sales.concept == "Revenue"
    ties = {c.description: c.status.value for c in report.checks if c.code == "TO501"}
    assert ties["422,321 (note 3) = 422,321 (income statement)"] == "passed"
    claims = [(c.description, c.status.value) for c in report.checks if c.code == "TO701"]
    assert (
        "line 28: 'RMB422 million' (amount of consolidated turnover of the Group) agrees with"
        " 422 = consolidated turnover of the Group = Sales of pharmaceutical products"
        " (t01, line 6)",
        "passed",
    ) in claims
    assert (
        "line 29: '39%' (margin of gross margin) agrees with 39 = 159,803 / 411,990",
        "passed",
    ) in claims
    assert [f.message for f in report.findings if f.severity is Severity.ERROR] == []


def test_items_under_a_heading_naming_a_total_keep_their_names() -> None:
    report = _check(FINANCING)
    [statement] = report.filing.statements
    names = {r.label: r.concept for r in statement.rows}
    assert (
        names["Proceeds on issue of convertible bonds"] == "proceeds-on-issue-of-convertible-bonds"
    )
    assert names["NET CASH FROM FINANCING ACTIVITIES"] == "CashFlowsFromUsedInFinancingActivities"


# Pfizer's 10-Q (second quarter 2023), shortened: the supplemental lines under 'Cash
# paid/(received) during the period for:' are cash paid, not the income statement's lines.
CASH_PAID = """\
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
                                                        Six Months Ended
                                                     July 2,       July 3,
(MILLIONS)                                              2023          2022
Income before provision for taxes on income            8,539        20,497
Provision for taxes on income                            644         2,742
Net income                                             7,895        17,755

CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                                        Six Months Ended
                                                     July 2,       July 3,
(MILLIONS)                                              2023          2022
Operating Activities
Net income                                             7,895        17,755
Other changes in assets and liabilities               (7,891)       (3,044)
Net cash provided by operating activities                  4        14,711
Supplemental Cash Flow Information
Cash paid/(received) during the period for:
 Income taxes                                         2,025         3,098
 Interest                                               821           771
 Interest rate hedges                                    31           (10)
"""


def test_lines_under_cash_paid_for_are_cash_paid() -> None:
    report = _check(CASH_PAID)
    flows = report.filing.tables_of(TableKind.CASH_FLOWS)[0]
    names = {r.label: r.concept for r in flows.rows if r.cells}
    assert names["Income taxes"] == "IncomeTaxesPaidRefundClassifiedAsOperatingActivities"
    assert names["Interest"] == "interest-paid"
    assert names["Interest rate hedges"] == "cash-paid-for-interest-rate-hedges"
    # the tax paid is not tied to the tax expense of the income statement
    assert [f.message for f in report.findings if f.code == "TO401"] == []
    assert [f.message for f in report.findings if f.severity is Severity.ERROR] == []
