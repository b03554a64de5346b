"""HKEX annual reports read without false findings: layouts of FSM Holdings (01721),
Water Oasis (01161) and others of the corpus, as small layout-text variants."""

from __future__ import annotations

import dataclasses

import tieout
from tieout.api import document_to_filing
from tieout.model import Report, Severity
from tieout.read.text import text_to_document
from tieout.tables.blocks import find_blocks
from tieout.tables.labels import split_labels
from tieout.tables.lines import LineView


def _check(text: str) -> Report:
    return tieout.check(document_to_filing(text_to_document(text, source="variant.txt")))


def _errors(report: Report) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(f.code, f.message, f.lines) for f in report.findings if f.severity is Severity.ERROR]


RESTATED_EQUITY = """\
Consolidated Statement of Changes in Equity
For the year ended 31 December 2020

                                                           Share                 Retained         Total
                                                          capital   Reserves     earnings        equity
                                                           S$'000      S$'000       S$'000       S$'000

 Balance at 1 January 2019 as restated                     1,695       21,011       16,050       38,756
 Comprehensive loss
 Loss for the year                                             -            -         (400)        (400)
 Balances at 31 December 2019 as restated                 1,695       21,011       15,650       38,356

 Balances as at 31 December 2019 as previously reported   1,695       21,192       16,565       39,452
 Prior year adjustments (Note 3)                              -         (181)        (915)      (1,096)
 Balances as at 31 December 2019 as restated              1,695       21,011       15,650       38,356
 Comprehensive loss
 Loss for the year                                             -            -       (2,599)      (2,599)
 Balance at 31 December 2020                              1,695       21,011       13,051       35,757
"""


def test_a_balance_as_at_a_date_opens_a_new_roll_forward() -> None:
    """'Balances as at 31 December 2019 as previously reported' is a balance at a date:
    the loss of 2020 is no difference of the two restated 2019 balances above it (which
    agree where the loss is nil), and every roll-forward foots."""
    report = _check(RESTATED_EQUITY)
    assert _errors(report) == []
    footing = sorted((c.lines[-1], c.status.value) for c in report.checks if c.code == "TO101")
    assert footing == [(11, "passed")] * 4 + [(15, "passed")] * 4 + [(18, "passed")] * 4


ADJUSTMENTS_NOTE = """\
3    PRIOR YEAR ADJUSTMENTS (CONTINUED)

                                                   As
                                            previously                       As
                                             reported   Adjustments    restated
                                               S$'000        S$'000      S$'000

      Consolidated statement of financial position - 1 January 2019 (extracted)
      Inventories                                 1,937         (435)       1,502
      Trade and other payables                    2,698           155       2,853
      Retained earnings                          16,506          (733)     15,773

     1.      Being adjustment on journal entries relating to inventories, including omission of reversal of certain
             journal entries made for the cost of inventories sold for the year ended 31 December 2018.

     2.      Being adjustment on journal entries in relation to over accrual of administrative expenses that
             resulted in an overstatement of trade and other payables.
"""


def test_a_numbered_footnote_under_a_table_is_no_row() -> None:
    """'1.  Being adjustment on ...' under a table is a footnote: it ends the table, its
    number is no column and the labels stay labels (no unreadable values, no footing of
    retained earnings over inventories and payables); the rows cross-foot."""
    report = _check(ADJUSTMENTS_NOTE)
    assert _errors(report) == []
    assert [f.code for f in report.findings] == []
    (table,) = [t for t in report.filing.tables if t.rows]
    assert [(r.label, [c.text for c in r.cells]) for r in table.rows] == [
        ("Inventories", ["1,937", "(435)", "1,502"]),
        ("Trade and other payables", ["2,698", "155", "2,853"]),
        ("Retained earnings", ["16,506", "(733)", "15,773"]),
    ]


TRANSLATION_IN_TWO_STATEMENTS = """\
Consolidated Statement of Comprehensive Income
For the year ended 31 December 2020
                                                          2020         2019
                                                        S$'000       S$'000
 Loss for the year                                      (2,599)        (400)
 Other comprehensive (loss)/income
 Currency translation differences                          (67)            1
 Total comprehensive loss for the year                  (2,666)        (399)



Consolidated Statement of Cash Flows
For the year ended 31 December 2020
                                                          2020         2019
                                                        S$'000       S$'000
 Net cash generated from operating activities              327        1,011
 Net cash used in investing activities                  (1,300)      (4,900)
 Net decrease in cash and cash equivalents                (973)      (3,889)
 Cash and cash equivalents at beginning of the year     11,649       15,481
 Currency translation differences                          (74)           57
 Cash and cash equivalents at end of the year           10,602       11,649
"""


def test_currency_translation_differences_in_a_cash_flow_statement_are_the_effect_on_cash() -> None:
    """The same label names the other comprehensive income item in the statement of
    comprehensive income and the effect of exchange rates on cash in the cash flow
    statement: the two are not tied to each other (no TO401), and each statement foots."""
    report = _check(TRANSLATION_IN_TWO_STATEMENTS)
    assert _errors(report) == []
    named = {
        (t.kind.value, r.concept)
        for t in report.filing.tables
        for r in t.rows
        if r.label == "Currency translation differences"
    }
    assert named == {
        (
            "comprehensive_income",
            "OtherComprehensiveIncomeNetOfTaxExchangeDifferencesOnTranslation",
        ),
        ("cash_flows", "EffectOfExchangeRateChangesOnCashAndCashEquivalents"),
    }
    assert [c.code for c in report.checks if c.code == "TO401"] == []


EMOLUMENT_BANDS = """\
Their emoluments fell within the following bands:

                                                                     Number of individuals
                                                                         2021          2020

   Emolument bands
   HK$2,500,001 – HK$3,000,000                                              2             -
   HK$3,000,001 – HK$3,500,000                                              1             4
   HK$5,000,001 – HK$5,500,000                                              1             -
   HK$7,000,001 – HK$7,500,000                                              -             1

                                                                            4             5
"""


def test_a_band_of_amounts_is_a_label() -> None:
    """'HK$2,500,001 – HK$3,000,000' is one label (a band), not two figures and a nil, nor
    two labels run together: the counts foot and nothing is reported."""
    report = _check(EMOLUMENT_BANDS)
    assert [f.code for f in report.findings] == []
    (table,) = report.filing.tables
    assert [(r.label, [c.text for c in r.cells]) for r in table.rows if r.cells] == [
        ("HK$2,500,001 – HK$3,000,000", ["2", "-"]),
        ("HK$3,000,001 – HK$3,500,000", ["1", "4"]),
        ("HK$5,000,001 – HK$5,500,000", ["1", "-"]),
        ("HK$7,000,001 – HK$7,500,000", ["-", "1"]),
        (None, ["4", "5"]),
    ]
    footing = [(c.lines, c.status.value) for c in report.checks if c.code == "TO101"]
    assert footing == [((7, 8, 9, 10, 12), "passed")] * 2


NOTES_CONTINUED = """\
NOTES TO THE CONSOLIDATED FINANCIAL STATEMENTS

40. FINANCIAL INSTRUMENTS (Continued)
      (b)   Financial Risk Management Objectives and Policies (Continued)

                                                  On demand or      Between       Carrying
                                                  within 1 year   1 and 2 years     amounts
                                                        HK$'000         HK$'000     HK$'000
      Trade payables                                      3,907               -       3,907
      Other payables                                     29,014               -      29,014
                                                         32,921               -      32,921

43. STATEMENT OF FINANCIAL POSITION OF THE COMPANY (Continued)
      Notes:
      (a)       The amounts due from subsidiaries are unsecured, interest-free and repayable on demand.
      (b)       Reserves

                                                      Retained
                                                       profits        Total
                                                       HK$'000      HK$'000
            At 1st October, 2020                         9,989       11,592
            Profit and total comprehensive income      164,015      164,015
            At 30th September, 2021                    174,004      175,607
"""


def test_a_continued_note_heading_and_its_notes_keep_the_note_number() -> None:
    """'40. FINANCIAL INSTRUMENTS (Continued)' heads note 40 on a page of its own, and a
    'Notes:' caption over a note's footnotes does not end note 43: the tables are notes
    (compared only with statement lines that refer to them), not tables of unknown kind."""
    document = text_to_document(NOTES_CONTINUED, source="variant.txt")
    blocks = find_blocks([LineView.of(line) for line in document.lines])
    assert [(b.first_line, b.note) for b in blocks] == [(6, "40"), (18, "43(b)")]
    filing = document_to_filing(document)
    assert [t.kind.value for t in filing.tables] == ["note", "note"]


ACQUISITION_PRO_FORMA = """\
CONSOLIDATED STATEMENT OF PROFIT OR LOSS
For the year ended 30th September, 2021
                                                              2021          2020
                                                           HK$'000       HK$'000
Revenue                                                    829,935       700,120
Cost of sales                                             (659,897)     (672,660)
Profit for the year                                        170,038        27,460

NOTES TO THE CONSOLIDATED FINANCIAL STATEMENTS

35. ACQUISITION OF SUBSIDIARIES

The Group's revenue for the year was HK$829,935,000.

The acquired business contributed total revenue of HK$33,526,000 and net profit of
HK$838,000 to the Group from the Completion date to 30th September, 2021. Had these
companies been consolidated from 1st October, 2020, the consolidated statement of profit
or loss of the Group would show pro-forma revenue of HK$943,609,000 and profit for the
year of HK$162,148,000.
"""


def test_an_acquired_business_and_a_pro_forma_result_are_not_the_groups_figures() -> None:
    """What the acquired business contributed, and what the Group would show had it been
    consolidated all year, are no statements of the Group's revenue or profit: not
    contradicted by the income statement. The Group's own revenue still ties."""
    report = _check(ACQUISITION_PRO_FORMA)
    assert _errors(report) == []
    claims = [(c.status.value, c.lines) for c in report.checks if c.code == "TO701"]
    assert claims == [("passed", (5, 13))]


SUBSIDIARIES = """\
37. PARTICULARS OF SUBSIDIARIES OF THE COMPANY

                                                                 Percentage of
                                                             ownership interest
                                 Issued and paid up capital     Direct    Indirect

   China Prosper Int'l Ltd.                       US$50,000       100%           -
   Shine Ever Developments Limited                   US$100       100%           -
   Allen International Holdings Limited           HK$10,000          -        100%
   Allen China Co., Ltd                      RMB159,099,845          -        100%
"""


def test_ownership_beside_capital_in_several_currencies_is_no_share() -> None:
    """Percentages beside an amount column that prints US$, HK$ and RMB are ownership
    interests, not shares of a whole: no TO602 (the capital of one subsidiary is not a
    share of another's)."""
    report = _check(SUBSIDIARIES)
    assert [c for c in report.checks if c.code == "TO602"] == []
    assert _errors(report) == []


BALANCE_SHEET_OVER_TWO_PAGES = (
    """\
                                        CONSOLIDATED STATEMENT OF
                                                  FINANCIAL POSITION

At 31 December 2019
                                                                  2019           2018
                                                 Notes         RMB'000        RMB'000

Non-current assets
Property, plant and equipment                       18               -        495,010
Land use rights                                     20               -        174,990
                                                                     -        670,000

Current assets
Bank and cash balances                              26              58        889,760

Current liabilities
Trade and other payables                            27          10,358         30,528
Borrowings                                          28         139,443        159,724
                                                               149,801        190,252

Net current (liabilities) assets                              (149,743)       699,508

Total assets less current liabilities                         (149,743)     1,369,508
\f"""
    """\
CONSOLIDATED STATEMENT OF FINANCIAL POSITION

                                                                  2019           2018
                                                 Notes         RMB'000        RMB'000
Non-current liabilities
Borrowings                                          28               -          8,890
Deferred tax liabilities                            29               -          6,133
                                                                     -         15,023

NET (LIABILITIES) ASSETS                                      (149,743)     1,354,485
"""
)


def test_a_balance_sheet_under_a_wrapped_centred_title_over_two_pages() -> None:
    """'CONSOLIDATED STATEMENT OF' over a centred 'FINANCIAL POSITION' is the title of a
    balance sheet (not a column header fragment), and the borrowings it prints under
    current liabilities on its first page and non-current on its second are two lines, not
    one figure printed twice with different values (no TO401)."""
    report = _check(BALANCE_SHEET_OVER_TWO_PAGES)
    tables = report.filing.tables
    assert [(t.kind.value, t.title) for t in tables] == [
        ("balance_sheet", "CONSOLIDATED STATEMENT OF FINANCIAL POSITION"),
        ("balance_sheet", "CONSOLIDATED STATEMENT OF FINANCIAL POSITION"),
    ]
    borrowings = [(r.concept, r.line) for t in tables for r in t.rows if r.label == "Borrowings"]
    assert borrowings == [("CurrentBorrowings", 18), ("NoncurrentBorrowings", 29)]
    assert _errors(report) == []


ONE_COLUMN_TABLES = """\
21. RIGHT-OF-USE ASSETS
                                                                  Land use rights
                                                                          RMB'000
           As at 1 January 2019
           Carrying amounts                                               178,971
           For the year ended 31 December 2019
           Depreciation charge                                              3,981

                                                                             2019
                                                                          RMB'000

           Expense relating to short-term leases                            1,679
           Total cash outflow for leases                                    1,679
"""


def test_a_lone_year_over_its_unit_under_figures_starts_the_next_table() -> None:
    """'2019' over 'RMB'000' under the figures of a one-column table on the same page is
    the header of the next table: not a figure 2019 of the depreciation charge (which
    keeps its 3,981), and the lease table below stands on its own."""
    document = text_to_document(ONE_COLUMN_TABLES, source="variant.txt")
    lines = [dataclasses.replace(line, page=126) for line in document.lines]
    filing = document_to_filing(dataclasses.replace(document, lines=tuple(lines)))
    assert [
        [(r.label, [c.text for c in r.cells]) for r in t.rows if r.cells] for t in filing.tables
    ] == [
        [("Carrying amounts", ["178,971"]), ("Depreciation charge", ["3,981"])],
        [
            ("Expense relating to short-term leases", ["1,679"]),
            ("Total cash outflow for leases", ["1,679"]),
        ],
    ]


IMPAIRMENT_IN_TWO_NOTES = """\
NOTES TO THE CONSOLIDATED FINANCIAL STATEMENTS

18. PROPERTY, PLANT AND EQUIPMENT
                                              Buildings     Plant and machinery        Total
                                                RMB'000                 RMB'000      RMB'000
Accumulated depreciation and impairment
At 1 January 2018                               186,416                  20,421      206,837
Impairment loss (Note (b))                            -                  10,831       10,831
At 31 December 2018                             186,416                  31,252      217,668

(b) In the year 2018, the reviews led to the recognition of an impairment loss of RMB10,831,000, that had been recognised in profit or loss.

22. GOODWILL AND INTANGIBLE ASSET
                                               Goodwill      Distribution right        Total
                                                RMB'000                 RMB'000      RMB'000
Accumulated impairment losses
At 1 January 2018                                     -                       -            -
Impairment loss                                   6,825                   8,825       15,650
At 31 December 2018                               6,825                   8,825       15,650
"""


def test_a_claim_ties_to_the_note_row_whose_label_carries_a_note_reference() -> None:
    """'Impairment loss (Note (b))' is a row labelled 'impairment loss' for the prose: the
    impairment loss of RMB10,831,000 the note's text states agrees with it, not contradicted
    by the goodwill note's impairment loss."""
    report = _check(IMPAIRMENT_IN_TWO_NOTES)
    assert _errors(report) == []
    claims = [(c.status.value, c.lines) for c in report.checks if c.code == "TO701"]
    assert claims == [("passed", (8, 11))]


BILINGUAL_CAPTION = """\
28. DEFERRED TAX ASSETS

    The following are the deferred tax assets recognised and          以下是本年度及過往年度確認之遞延稅
    movements thereon during the current and prior years:              項資產及其變動情況：

                                          Tax loss   ECL provision        Total
                                           HK$'000         HK$'000      HK$'000
     At 1 October 2019                           -           5,619        5,619
     Credit to profit or loss               16,995             422       17,417
     At 30 September 2020                   16,995           6,041       23,036
"""


def test_a_caption_beside_its_translation_is_no_column_header() -> None:
    """The Chinese half of a bilingual caption ending with a colon ('...變動情況：',
    'movements') is not read into the column headers: no column of changes (TO603) is
    compared, and the headers are the columns' own."""
    report = _check(BILINGUAL_CAPTION)
    assert _errors(report) == []
    assert [c for c in report.checks if c.code == "TO603"] == []
    (table,) = report.filing.tables
    assert [(c.header, c.role.value) for c in table.columns if c.role.value != "text"] == [
        ("Tax loss HK$'000", "value"),
        ("ECL provision HK$'000", "value"),
        ("Total HK$'000", "value"),
    ]


BORROWINGS_EXCLUDING = """\
CONSOLIDATED STATEMENT OF FINANCIAL POSITION
At 30 September 2021
                                                              2021            2020
                                                           HK$'000         HK$'000
Current liabilities
Trade payables                                              12,000          11,000
Short-term bank borrowings                                 370,000       2,371,000
                                                           382,000       2,382,000

MANAGEMENT DISCUSSION AND ANALYSIS

The total borrowings of the Group, excluding the IPO financing, decreased to HK$869.1 million (2020: HK$1,394.6 million).

The total borrowings of the Group, including the IPO financing, were HK$370.0 million.
"""


def test_borrowings_excluding_a_part_are_another_measure() -> None:
    """', excluding the IPO financing,' after the subject makes the figure another measure
    than the balance sheet's borrowings: not contradicted by them; an
    ', including ...,' aside still ties."""
    report = _check(BORROWINGS_EXCLUDING)
    assert _errors(report) == []
    claims = [(c.status.value, c.lines) for c in report.checks if c.code == "TO701"]
    assert claims == [("passed", (7, 14))]


RIGHT_OF_USE = """\
18. RIGHT-OF-USE ASSETS                                                18. 使用權資產
                                                                                   Leased
                                                                               properties
                                                                                  HK$'000
           As at 30 September 2021
            Carrying amount                                                         9,296
           For the year ended 30 September 2021
             Depreciation for the year                                            (10,795)
             Impairment for the year                                               (5,577)
             Additions                                                              2,909
           Total cash outflow for leases 租賃之現金流出總額                             (11,347)
"""


def test_total_cash_outflow_for_leases_is_no_sum_of_the_lines_above() -> None:
    """IFRS 16's 'Total cash outflow for leases' is a figure of its own, printed under the
    right-of-use asset's depreciation, impairment and additions: not a total of them."""
    report = _check(RIGHT_OF_USE)
    assert _errors(report) == []
    (table,) = report.filing.tables
    row = next(r for r in table.rows if (r.label or "").startswith("Total cash outflow"))
    assert (row.concept, row.kind.value) == ("CashOutflowForLeases", "item")
    assert [c for c in report.checks if c.code == "TO101"] == []


LESS_IN_BRACKETS = """\
Accounts receivable at December 31 consisted of the following:
                                                       2022          2021
U.S. government contracts                              $800        $1,180
Commercial Airplanes                                    293           279
Other                                                     5             5
Less valuation allowance                              (116)         (390)
Total                                                  $982        $1,074

Maturities of lease liabilities:
Total lease payments                                  2,180
Less imputed interest                                  (599)
Total                                                $1,581
"""


def test_a_less_line_printed_in_brackets_is_added_as_printed() -> None:
    """'Less valuation allowance (116)' already carries its sign: the total adds it as
    printed (982 = 800 + 293 + 5 + (116)); it is not subtracted a second time."""
    report = _check(LESS_IN_BRACKETS)
    assert _errors(report) == []
    footing = [(c.description, c.status.value) for c in report.checks if c.code == "TO101"]
    assert footing == [
        ("982 = 800 + 293 + 5 + (116)", "passed"),
        ("1,074 = 1,180 + 279 + 5 + (390)", "passed"),
        ("1,581 = 2,180 + (599)", "passed"),
    ]


EMOLUMENTS_WITH_FOOTNOTES = """\
                                                                                Total
   Name of directors                          Fees   Basic salaries   Bonuses   emoluments
                                           HK$'000          HK$'000   HK$'000      HK$'000

   Yu Kam Shui, Erastus(4)(6)                    -              863     2,146        3,009
   Wong Lung Tak, Patrick(1)(2)                250                -         -          250
   Tam Siu Kei(7)                                -            4,329     3,146        7,475

   Total for the year 2020                     250            5,192     5,292       10,734

   (1)           Independent non-executive directors
   (2)           Members of the Company's Audit Committee
   (4)           Members of the Company's Investment Advisory Committee
"""


def test_short_footnotes_under_a_table_are_no_rows() -> None:
    """'(1)  Independent non-executive directors' under the last figures is a footnote,
    however short: the table ends above it, its marks make no column, and the names stay
    labels (no unreadable values)."""
    report = _check(EMOLUMENTS_WITH_FOOTNOTES)
    assert [f.code for f in report.findings] == []
    (table,) = report.filing.tables
    assert table.lines == (1, 9)
    assert [r.label for r in table.rows if r.cells][:3] == [
        "Yu Kam Shui, Erastus(4)(6)",
        "Wong Lung Tak, Patrick(1)(2)",
        "Tam Siu Kei(7)",
    ]


def test_an_ampersand_joins_the_words_of_one_label() -> None:
    """'Defense, Space, & Security(2)' is one label: '&' is a function word like 'and'."""
    assert split_labels("Defense, Space, & Security(2)", 1) == ["Defense, Space, & Security(2)"]
