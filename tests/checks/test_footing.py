"""TO101-TO103 on small hand-built tables: footing found from the numbers."""

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
    damaged,
    make_filing,
    make_table,
)
from tieout.api import document_to_filing
from tieout.checks.engine import run_checks
from tieout.model import ColumnRole, Report, RowKind, Severity, Status, TableKind
from tieout.read.text import text_to_document

INCOME = [
    ("Revenue", "1,739,717", "1,433,122"),
    ("Cost of sales", "(972,957)", "(784,449)"),
    ("Gross profit", "766,760", "648,673"),
    ("Selling expenses", "(329,158)", "(417,957)"),
    ("Administrative expenses", "(734,936)", "(796,516)"),
    ("Research and development expenses", "(1,892,226)", "(1,783,186)"),
    ("Net impairment losses", "(587,653)", "(396,493)"),
    ("Other income", "108,736", "152,240"),
    ("Other losses – net", "(53,037)", "(754,066)"),
    ("Operating loss", "(2,721,514)", "(3,347,305)"),
    ("Finance income", "350,153", "168,904"),
    ("Finance costs", "(85,864)", "(68,367)"),
    ("Finance income – net", "264,289", "100,537"),
    ("Share of losses of associates", "(11,878)", "(10,029)"),
    ("Fair value losses of preferred share", "(12,101)", "(10,043)"),
    ("Loss before income tax", "(2,481,204)", "(3,266,840)"),
    ("Income tax credit", "3,992", "124,216"),
    ("Loss for the period", "(2,477,212)", "(3,142,624)"),
    ("Loss is attributable to:", "", ""),
    ("Equity holders of the Company", "(2,456,782)", "(3,122,744)"),
    ("Non-controlling interests", "(20,430)", "(19,880)"),
    (None, "(2,477,212)", "(3,142,624)"),
]


def check(*tables, issues=(), select=("TO1",)) -> Report:  # type: ignore[no-untyped-def]
    return run_checks(make_filing(*tables, issues=issues), select=select)


def relations(report: Report) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.code, c.lines) for c in report.checks]


def test_income_statement_foots_with_every_subtotal_found() -> None:
    report = check(make_table(INCOME, first_line=395))
    assert report.findings == ()
    assert report.summary.failed == 0
    footed = {c.lines for c in report.checks if c.status is Status.PASSED}
    assert (395, 396, 397) in footed  # gross profit
    assert tuple(range(397, 405)) in footed  # operating loss = GP + six items
    assert (405, 406, 407) in footed  # finance income - net
    assert (404, 407, 408, 409, 410) in footed  # loss before tax
    assert (410, 411, 412) in footed  # loss for the period
    assert (414, 415, 416) in footed  # unlabelled total of the attribution
    assert report.summary.checks_run == 12  # six sums, two periods each
    # every figure but the repeated loss took part
    assert report.summary.facts_checked == report.summary.facts


def test_one_digit_off_in_an_item_is_an_error_at_its_total() -> None:
    rows = list(INCOME)
    rows[4] = ("Administrative expenses", "(734,836)", "(796,516)")
    report = check(make_table(rows, first_line=395))
    [finding] = report.findings
    assert finding.code == "TO101"
    assert finding.severity is Severity.ERROR
    assert finding.lines == tuple(range(397, 405))
    assert finding.message == (
        "Operating loss [2024-01-01..2024-06-30] (2,721,514) ≠ sum of 7 items (2,721,414):"
        " difference (100)"
    )
    assert finding.expected == Decimal(-2721414)
    assert finding.actual == Decimal(-2721514)
    assert finding.difference == Decimal(-100)


def test_a_total_that_is_off_is_reported_once_and_later_totals_still_foot() -> None:
    rows = list(INCOME)
    rows[2] = ("Gross profit", "766,760", "648,670")
    report = check(make_table(rows, first_line=395))
    assert [(f.code, f.lines) for f in report.findings] == [
        ("TO101", (395, 396, 397)),
        ("TO101", tuple(range(397, 405))),
    ]


BALANCE_SHEET = [
    ("Non-current assets", "", ""),
    ("Property, plant and equipment", "7,280,503", "7,378,707"),
    ("Other non-current assets", "9,040,169", "8,568,843"),
    (None, "16,320,672", "15,947,550"),
    ("Current assets", "", ""),
    ("Inventories", "1,105,190", "506,128"),
    ("Contract assets", "15,789", "19,785"),
    ("Trade receivables", "5,355,949", "5,159,278"),
    ("Financial assets at fair value", "724,000", "521,805"),
    ("Restricted cash", "208,660", "210,085"),
    ("Term deposits", "1,193,410", "1,099,898"),
    ("Cash and cash equivalents", "7,626,544", "9,423,495"),
    ("Total current assets", "16,229,542", "16,940,474"),
    ("Total assets", "32,550,214", "32,888,024"),
    ("Equity", "", ""),
    ("Share capital", "", "5"),
    ("Other reserves", "73,572,739", "71,666,422"),
    ("Currency translation reserves", "4,207,636", "4,127,161"),
    ("Accumulated losses", "(55,090,950)", "(52,634,168)"),
    (None, "22,689,431", "23,159,420"),
    ("Non-controlling interests", "15,128", "(3,947)"),
    ("Total equity", "22,704,559", "23,155,473"),
    ("Borrowings", "4,658,035", "4,000,000"),
    ("Other non-current liabilities", "1,213,723", "1,300,438"),
    (None, "5,871,758", "5,300,438"),
    ("Current borrowings", "629,260", "700,000"),
    ("Trade and other payables", "3,344,637", "3,732,113"),
    ("Total liabilities", "9,845,655", "9,732,551"),
    ("Total equity and liabilities", "32,550,214", "32,888,024"),
]


def balance_sheet(rows=BALANCE_SHEET):  # type: ignore[no-untyped-def]
    return make_table(
        rows, kind=TableKind.BALANCE_SHEET, periods=(JUN_2024, DEC_2023), first_line=447
    )


def test_balance_sheet_foots_with_unprinted_current_liabilities_subtotal() -> None:
    report = check(balance_sheet(), issues=[damaged(462)])
    assert [(f.code, f.severity, f.lines, f.expected) for f in report.findings] == [
        ("TO102", Severity.ERROR, (462, 463, 464, 465, 466), Decimal(6))
    ]
    [inferred] = report.findings
    assert inferred.message == (
        "Share capital [2024-06-30] is not printed on line 462; the arithmetic of"
        " Unlabelled total at line 466 [2024-06-30] gives 6, printed nowhere else"
    )
    footed = {c.lines for c in report.checks if c.status is Status.PASSED}
    assert (450, 459, 460) in footed  # total assets = two subtotals
    assert (471, 472, 473, 474) in footed  # total liabilities = NCL subtotal + current items
    assert (468, 474, 475) in footed  # total equity and liabilities
    assert report.summary.facts_checked == report.summary.facts


def test_an_inferred_figure_printed_elsewhere_is_only_a_warning() -> None:
    equity = make_table(
        [("As at June 30, 2024", "6", "22,704,559")],
        table_id="soce",
        kind=TableKind.CHANGES_IN_EQUITY,
        periods=(None, None),
        members=["Share capital", "Total equity"],
        first_line=487,
    )
    report = check(balance_sheet(), equity, issues=[damaged(462)])
    assert [(f.code, f.severity, f.lines) for f in report.findings] == [
        ("TO102", Severity.WARNING, (462, 463, 464, 465, 466))
    ]
    assert report.findings[0].message.endswith("gives 6, as printed elsewhere")


def test_a_blank_on_an_undamaged_line_is_nil() -> None:
    rows = list(BALANCE_SHEET)
    rows[15] = ("Share capital", "", "5")
    rows[19] = (None, "22,689,425", "23,159,420")
    rows[21] = ("Total equity", "22,704,553", "23,155,473")
    rows[28] = ("Total equity and liabilities", "32,550,208", "32,888,024")
    rows[13] = ("Total assets", "32,550,208", "32,888,024")
    rows[12] = ("Total current assets", "16,229,536", "16,940,474")
    rows[11] = ("Cash and cash equivalents", "7,626,538", "9,423,495")
    report = check(balance_sheet(rows))
    assert report.findings == ()


def test_a_garbled_duplicate_line_inside_a_sum_is_a_stray_line() -> None:
    table = make_table(
        [
            (None, "(2,477,212)", "(3,142,624)"),
            (None, "(205,147)", "(1,095,142)"),
            (None, "282,142", "1,631,358"),
            (None, "(5.017)", "(122)"),
            (None, "(5,017)", "(132)"),
            (None, "71,978", "536,084"),
            (None, "(2,405,234)", "(2,606,540)"),
        ],
        kind=TableKind.COMPREHENSIVE_INCOME,
        kinds={i: RowKind.ITEM for i in range(5)},
        first_line=429,
    )
    report = check(table)
    assert [(f.code, f.severity, f.lines) for f in report.findings] == [
        ("TO103", Severity.ERROR, (432, 434))
    ]
    assert report.findings[0].message == (
        "Unlabelled row at line 432 ((5.017), (122)) sits among the items of Unlabelled"
        " total at line 434 but the total foots only without it: a garbled or duplicated line"
    )
    footed = {c.lines for c in report.checks if c.status is Status.PASSED}
    assert (430, 431, 433, 434) in footed
    assert (429, 434, 435) in footed


def test_expenses_printed_positive_and_subtracted() -> None:
    table = make_table(
        [
            ("Revenue", "1,000", "900"),
            ("Less: cost of sales", "600", "500"),
            ("Gross profit", "400", "400"),
            ("Less: expenses", "150", "120"),
            ("Operating profit", "250", "280"),
        ],
        kinds={2: RowKind.SUBTOTAL, 4: RowKind.SUBTOTAL},
    )
    report = check(table)
    assert report.findings == ()
    assert [c.description for c in report.checks] == [
        "400 = 1,000 - 600",
        "400 = 900 - 500",
        "250 = 400 - 150",
        "280 = 400 - 120",
    ]


def test_a_less_line_printed_in_brackets_is_subtracted_once() -> None:
    """Boeing 2022 10-K, page 81: 'Less valuation allowance (23)'; the brackets subtract."""
    table = make_table(
        [
            ("Current", "6,478", "5,870"),
            ("Expected to be collected after one year", "2,179", "2,841"),
            ("Less valuation allowance", "(23)", "(91)"),
            ("Total", "8,634", "8,620"),
        ],
        kinds={3: RowKind.TOTAL},
    )
    report = check(table)
    assert report.findings == ()
    assert [c.description for c in report.checks] == [
        "8,634 = 6,478 + 2,179 + (23)",
        "8,620 = 5,870 + 2,841 + (91)",
    ]


def test_a_less_line_printed_in_brackets_that_adds_up_wrong_is_an_error() -> None:
    table = make_table(
        [
            ("Total lease payments", "2,180", "1,990"),
            ("Less imputed interest", "(599)", "(410)"),
            ("Total", "1,581", "1,570"),
        ],
        kinds={2: RowKind.TOTAL},
    )
    [finding] = check(table).findings
    assert (finding.code, finding.expected, finding.actual) == (
        "TO101",
        Decimal(1580),
        Decimal(1570),
    )


def test_rounded_table_in_millions_with_percentages() -> None:
    table = make_table(
        [
            ("Generative AI", "1,051.2", "60.4", "295.5", "20.6"),
            ("Smart Auto", "168.1", "9.7", "83.9", "5.9"),
            ("Traditional AI", "520.4", "29.9", "1,053.7", "73.5"),
            ("Total", "1,739.7", "100.0", "1,433.0", "100.0"),
            ("Smart Auto again", "168.1", "", "83.9", ""),
            ("Traditional AI again", "520.4", "", "1,053.7", ""),
            ("Total again", "689.5", "", "1,137.6", ""),
        ],
        kind=TableKind.MDNA,
        unit=RMB_MILLION,
        roles=[ColumnRole.VALUE, ColumnRole.PERCENT, ColumnRole.VALUE, ColumnRole.PERCENT],
        periods=(H1_2024, H1_2024, H1_2023, H1_2023),
        first_line=136,
    )
    report = check(table)
    assert [(f.code, f.severity, f.lines, f.difference) for f in report.findings] == [
        ("TO101", Severity.WARNING, (136, 137, 138, 139), Decimal("-0.1")),
        ("TO101", Severity.ERROR, (140, 141, 142), Decimal("1.0")),
    ]
    assert report.summary.checks_run == 6
    assert report.findings[0].message == (
        "Total [2023-01-01..2023-06-30] 1,433.0 ≠ sum of 3 items 1,433.1: difference (0.1)"
        " (within what rounding explains)"
    )


def test_a_single_column_total_labelled_total_is_checked_even_when_nothing_agrees() -> None:
    table = make_table(
        [("Up to 6 months", "1,223.6"), ("More than 6 months", "7,100.0"), ("Total", "8,324.5")],
        unit=RMB_MILLION,
        periods=(JUN_2024,),
    )
    report = check(table)
    assert [(f.code, f.lines, f.difference) for f in report.findings] == [
        ("TO101", (10, 11, 12), Decimal("0.9"))
    ]


def test_a_blank_that_the_total_needs_is_reported_with_the_figure() -> None:
    table = make_table(
        [
            ("Fair value gains/(losses) on investments in:", "", ""),
            ("Debt investments", "(8,024)", "(437,892)"),
            ("Equity investments", "(15,667)", "(75,331)"),
            ("- Structured deposits", "12,794", ""),
            (None, "(10,897)", "(505,252)"),
        ],
        kind=TableKind.NOTE,
        first_line=981,
    )
    report = check(table)
    [finding] = report.findings
    assert (finding.code, finding.severity, finding.lines) == (
        "TO105",
        Severity.ERROR,
        (982, 983, 984, 985),
    )
    assert finding.expected == Decimal(7971)
    assert finding.spans[0].line == 984
    assert finding.message == (
        "- Structured deposits [2023-01-01..2023-06-30] is blank on line 984, but Unlabelled"
        " total at line 985 [2023-01-01..2023-06-30] foots only if it holds 7,971"
    )


SHAREHOLDINGS = """\
15.  INTERESTS IN ASSOCIATES

      Investments in associates at 31 December 2023 were as follows:

                                        Number of         Cost        Share of
                                      shares held      HK$'000     net assets
                                                                      HK$'000
Alpha Holdings Limited                 90,000,000       30,000         32,000
Beta Company Limited                  190,120,000       15,000         18,000
                                                        45,000         50,000
"""


def test_a_total_left_blank_on_an_intact_line_is_not_totalled(tmp_path: Path) -> None:
    """The number of shares is not totalled where cost and share of net assets are: the
    blank is the document's choice, not a figure that went missing."""
    path = tmp_path / "holdings.txt"
    path.write_text(SHAREHOLDINGS, encoding="utf-8")
    report = tieout.check(path)
    assert [f.code for f in report.findings if f.severity.value == "error"] == []
    assert [(c.status.value, c.lines, c.description) for c in report.checks] == [
        (
            "unresolved",
            (8, 9, 10),
            "Unlabelled total at line 10 [Number of shares held]: not totalled",
        ),
        ("passed", (8, 9, 10), "45,000 = 30,000 + 15,000"),
        ("passed", (8, 9, 10), "50,000 = 32,000 + 18,000"),
    ]


YEAR_SUBROWS = """\
20.  FINANCIAL ASSETS AT FAIR VALUE THROUGH PROFIT OR LOSS

                                                          Market      Unrealised
                                               Cost        value     gain/(loss)
                                              HK$          HK$            HK$
     Alpha Education Investments Limited
     – 2021                                26,019,608   46,714,800     20,695,192
     – 2020                                24,685,503   32,228,160      7,542,657
     Beta Holdings Limited
     – 2021                                50,169,822   31,916,760    (18,253,062)
     – 2020                                50,169,822   23,088,720    (27,081,102)
"""


def test_a_year_printed_as_a_sub_row_label_is_no_figure(tmp_path: Path) -> None:
    """'– 2021' / '– 2020' under each holding label their lines: no column of years, no
    sum of one year into the next."""
    path = tmp_path / "holdings.txt"
    path.write_text(YEAR_SUBROWS, encoding="utf-8")
    report = tieout.check(path)
    table = report.filing.tables[0]
    assert [r.label for r in table.rows if r.cells][:2] == ["– 2021", "– 2020"]
    assert len(table.value_columns()) == 3
    assert [f.code for f in report.findings if f.severity is Severity.ERROR] == []


SUBSIDIARIES = (  # QAF 2023 (MinerU), note 38 as tieout lays out its HTML table
    "38. SUBSIDIARIES, JOINT VENTURE AND ASSOCIATE\n"
    "\n"
    "\tName of company (Country of incorporation)\tPrincipal activities (place of business)"
    "\tPercentage of equity held by the Group\n"
    "\t\t\t2023%\t2022%\n"
    "(1)\tBakery\n"
    "\tGardenia Foods (S) Pte Ltd (Singapore)\tBread manufacturer (Singapore)\t100\t100\n"
    "(1)\tFarmland Central Bakery (S) Pte Ltd (Singapore)\tPurchasing agent\t100\t100\n"
    "(2)\tMillif Industries Sdn Bhd (Malaysia)\tManufacture of kaya\t100\t100\n"
    "(2)\tPhilfoods Fresh-Baked Products Inc (Philippines)\tBread manufacturer\t40^\t40^\n"
    "(2)\tPhil Foods Properties Inc (Philippines)\tInvestment holding\t40^\t40^\n"
    "(2)\tNutribaked Food Products Inc (Philippines)\tBread manufacturer\t100\t100\n"
    "Distribution and warehousing\t\n"
    "(1)\tBen Foods (S) Pte Ltd (Singapore)\tTrading and distribution\t100\t100\n"
    "(1)\tQAF Fruits Cold Store Pte Ltd (Singapore)\tCold storage warehouse\t74\t74\n"
    "(1)\tFarmland Trading Singapore Pte Ltd (Singapore)\tTrading of food products\t100\t100\n"
)


def test_ownership_percentages_of_a_list_of_subsidiaries_do_not_add_up() -> None:
    """74 + 26 = 100 or 100 = 40 + 40 + 20 would be chance, not totals: nothing is footed."""
    report = tieout.check(
        document_to_filing(text_to_document(SUBSIDIARIES, source="subsidiaries.txt"))
    )
    footed = {k[2] for c in report.checks if c.code.startswith("TO10") for k in c.facts}
    [table] = report.filing.tables
    held = {c.index for c in table.columns if c.header.startswith("Percentage of equity")}
    assert held and not footed & held
    # the unheaded column of footnote marks '(1)', '(2)' holds no amounts either
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []


# Pfizer's 10-Q (second quarter 2023), its reconciliation of GAAP to non-GAAP results,
# shortened: the adjustments are not printed per share, so the earnings per share column
# states the GAAP and the adjusted figure without adding the lines between them.
NON_GAAP = """\
RECONCILIATION OF GAAP REPORTED TO NON-GAAP ADJUSTED INFORMATION
(MILLIONS, EXCEPT PER SHARE DATA)       Cost of sales  Selling   Net income     EPS
GAAP Reported                                 8,648      3,048        9,906     1.73
Amortization of intangible assets                 —          —          822
Acquisition-related items                         5        (2)           82
Other                                            (6)       (13)          130
Income tax provision—non-GAAP items                                    (551)
Non-GAAP Adjusted                             8,647      3,033       10,389     2.04
"""


def test_a_column_printing_one_item_and_the_total_is_not_totalled(tmp_path: Path) -> None:
    path = tmp_path / "non_gaap.txt"
    path.write_text(NON_GAAP, encoding="utf-8")
    report = tieout.check(path)
    assert [f.message for f in report.findings if f.severity is Severity.ERROR] == []
    footing = [(c.status.value, c.description) for c in report.checks if c.code == "TO101"]
    assert footing == [
        ("passed", "8,647 = 8,648 + 0 + 5 + (6) + 0"),
        ("passed", "3,033 = 3,048 + 0 + (2) + (13) + 0"),
        ("passed", "10,389 = 9,906 + 822 + 82 + 130 + (551)"),
        ("unresolved", "Non-GAAP Adjusted [EPS]: not totalled"),
    ]
