"""Converter markdown with HTML tables (MinerU, Docling): tables laid out as tab rows."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import tieout
from tieout.model import Severity, TableKind
from tieout.read.markup import has_html_tables, lay_out_tables


def test_merged_cells_fill_their_first_column_and_hold_the_ones_they_span() -> None:
    markup = (
        '<table><tr><td rowspan="2">A</td><td colspan="2">B</td><td rowspan="3">Z</td></tr>'
        "<tr><td>c</td><td>d</td></tr>"
        "<tr><td>e</td><td>f</td><td>g</td></tr>"
        "<tr><td>h</td><td>i</td><td>j</td><td>k</td></tr></table>"
    )
    assert lay_out_tables(markup).split("\n") == [
        "",
        "A\tB\tB\tZ",  # a header row: the merged cell heads both columns it spans
        "\tc\td",
        "e\tf\tg",
        "h\ti\tj\tk",
        "",
    ]


def test_cell_text_is_plain_text() -> None:
    markup = (
        "# BALANCE SHEETS\n"
        "<table><tr><td>Share capitalUS$&#x27;000</td><td>Group2023</td></tr>"
        "<tr><td><script>alert(1)</script><b>Cash</b> &amp; bank</td><td>1,070</td></tr>"
        "<tr><td>Current Assets</td></tr></table>"
    )
    assert lay_out_tables(markup).split("\n") == [
        "BALANCE SHEETS",
        "",
        "Share capital US$'000\tGroup 2023",
        "Cash & bank\t1,070",
        "Current Assets\t",  # a heading row keeps its tab: it stays a line of the table
        "",
    ]


def test_only_tables_with_cells_are_converter_tables() -> None:
    assert has_html_tables("<table><tr><td>Revenue</td><td>1</td></tr></table>")
    assert not has_html_tables("<table></table> and <td> alone")
    assert not has_html_tables("Revenue\t1,739,717\t1,433,122\n")


CONVERTED = """\
# CONSOLIDATED BALANCE SHEET

As at 31 December 2023

<table><tr><td></td><td>Note</td><td colspan="2">Group</td></tr><tr><td></td><td></td><td>2023 US$&#x27;000</td><td>2022 US$&#x27;000</td></tr><tr><td>Non-Current Assets</td></tr><tr><td>Property, plant and equipment</td><td>12</td><td>103,341</td><td>101,251</td></tr><tr><td>Intangible assets</td><td>17</td><td>8,800</td><td>8,302</td></tr><tr><td></td><td></td><td>112,141</td><td>109,553</td></tr><tr><td>Current Assets</td></tr><tr><td>Inventories</td><td>19</td><td>76,720</td><td>74,030</td></tr><tr><td>Cash and cash equivalents</td><td>25</td><td>131,286</td><td>125,596</td></tr><tr><td></td><td></td><td>208,006</td><td>199,626</td></tr><tr><td>Total Assets</td><td></td><td>320,147</td><td>309,179</td></tr><tr><td>Current Liabilities</td></tr><tr><td>Trade payables</td><td>26</td><td>25,654</td><td>33,580</td></tr><tr><td>Total Liabilities</td><td></td><td>25,654</td><td>33,580</td></tr><tr><td>Equity</td></tr><tr><td>Share capital</td><td>29</td><td>46,168</td><td>46,168</td></tr><tr><td>Accumulated profits</td><td></td><td>248,325</td><td>229,431</td></tr><tr><td>Total Equity</td><td></td><td>294,493</td><td>275,599</td></tr><tr><td>Total Equity and Liabilities</td><td></td><td>320,147</td><td>309,179</td></tr></table>

The accompanying notes form an integral part of the financial statements.
"""


def test_a_converted_balance_sheet_is_read_and_balances(tmp_path: Path) -> None:
    path = tmp_path / "converted.md"
    path.write_text(CONVERTED, encoding="utf-8")
    report = tieout.check(path)
    [sheet] = report.filing.tables_of(TableKind.BALANCE_SHEET)
    assert sheet.title == "CONSOLIDATED BALANCE SHEET"
    facts = {
        (f.concept, str(f.period)): f.value
        for f in report.filing.facts
        if f.table_id == sheet.id and f.concept in ("Assets", "Equity", "CashAndCashEquivalents")
    }
    assert facts == {
        ("Assets", "2023-12-31"): Decimal(320147000),
        ("Assets", "2022-12-31"): Decimal(309179000),
        ("Equity", "2023-12-31"): Decimal(294493000),
        ("Equity", "2022-12-31"): Decimal(275599000),
        ("CashAndCashEquivalents", "2023-12-31"): Decimal(131286000),
        ("CashAndCashEquivalents", "2022-12-31"): Decimal(125596000),
    }
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []
    assert not [f for f in report.findings if f.code == "TO903"]  # no stray markup left
    footed = [c for c in report.checks if c.code == "TO101" and c.status.value == "passed"]
    assert len(footed) >= 8


def test_a_wrong_figure_in_a_converted_table_is_found_at_its_row(tmp_path: Path) -> None:
    path = tmp_path / "converted.md"
    path.write_text(CONVERTED.replace("<td>8,800</td>", "<td>8,900</td>"), encoding="utf-8")
    report = tieout.check(path)
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    assert {f.code for f in errors} == {"TO101"}
    laid_out = lay_out_tables(CONVERTED).split("\n")
    row = next(i for i, line in enumerate(laid_out, start=1) if line.startswith("Intangible"))
    assert all(row in f.lines for f in errors)


HOLDINGS = """\
# ANALYSIS OF SHAREHOLDINGS

<table><tr><td>Size of holdings</td><td>No. of shareholders</td><td>% of shareholders</td><td>*No. of shares</td></tr><tr><td>Less than 100</td><td>654</td><td>7.6</td><td>30,530</td></tr><tr><td>100 – 1,000</td><td>2,330</td><td>26.9</td><td>1,381,912</td></tr><tr><td>1,001 – 10,000</td><td>3,876</td><td>44.8</td><td>14,704,779</td></tr><tr><td>10,001 – 100,000</td><td>1,135</td><td>13.1</td><td>37,987,624</td></tr><tr><td>100,001 and above</td><td>657</td><td>7.6</td><td>1,518,801,580</td></tr><tr><td>Total</td><td>8,652</td><td>100.0</td><td>1,572,906,425</td></tr></table>
"""


def test_a_band_of_holdings_in_one_cell_is_a_label(tmp_path: Path) -> None:
    path = tmp_path / "holdings.md"
    path.write_text(HOLDINGS, encoding="utf-8")
    report = tieout.check(path)
    [table] = report.filing.tables
    assert [r.label for r in table.rows][1:4] == [
        "100 – 1,000",
        "1,001 – 10,000",
        "10,001 – 100,000",
    ]
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []
    shares = [c.description for c in report.checks if c.code == "TO602"]
    assert shares[1] == "26.9 = 2,330 / 8,652 = 26.930%"
    assert len(shares) == 5


EMISSIONS = (
    "<table><tr><td>Scope</td><td>Category</td><td>2023 emissions (tCO2e)</td></tr>"
    + "".join(
        f"<tr><td>3 ({n})</td><td>Category {n}</td><td>{tonnes}</td></tr>"
        for n, tonnes in ((1, "39,699.78"), (2, "163.00"), (9, "496.00"), (10, "758.30"))
    )
    + "</table>"
)


def test_list_numbers_in_the_first_cell_label_their_rows(tmp_path: Path) -> None:
    """Gamma 2023: 'Scope 3 (1)', '3 (2)' ... number the categories; they are no column
    of figures to foot."""
    path = tmp_path / "emissions.md"
    path.write_text("# Scope 3 emissions\n\n" + EMISSIONS + "\n", encoding="utf-8")
    report = tieout.check(path)
    [table] = report.filing.tables
    assert [c.header for c in table.columns] == ["2023 emissions (tCO2e)"]
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []


HEDGES = (
    "# Hedging instruments\n\n<table>"
    "<tr><td></td><td>Carrying amount assets $M 2024</td><td>Carrying amount liabilities $M 2023</td>"
    "<td>Life-to-date change-in-value used for calculating hedge ineffectiveness $M</td></tr>"
    "<tr><td>Derivatives</td><td>-</td><td>(10)</td><td>(10)</td></tr>"
    "<tr><td>Interest rate swaps</td><td>12</td><td>-</td><td>11</td></tr>"
    "</table>\n"
)


def test_a_change_in_value_is_an_amount_not_a_change_between_columns(tmp_path: Path) -> None:
    """Spark 2024: hedge accounting's 'change in value' is an amount of its own."""
    path = tmp_path / "hedges.md"
    path.write_text(HEDGES, encoding="utf-8")
    report = tieout.check(path)
    [table] = report.filing.tables
    assert [c.role.value for c in table.columns] == ["value", "value", "value"]
    assert [c for c in report.checks if c.code == "TO603"] == []


def test_a_heading_cut_in_two_is_one_title_again() -> None:
    """QAF 2023 (MinerU): '# STATEMENTS OF' / '# FINANCIAL POSITION'; the line count stays."""
    text = "# STATEMENTS OF\n\n# FINANCIAL POSITION\n\nAs at 31 December 2023\n# NOTES\n"
    laid_out = lay_out_tables(text).split("\n")
    assert laid_out == [
        "",
        "",
        "STATEMENTS OF FINANCIAL POSITION",
        "",
        "As at 31 December 2023",
        "NOTES",
        "",
    ]
    assert len(laid_out) == len(text.split("\n"))
