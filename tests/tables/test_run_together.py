"""An amount printed so close after its label that the reader sees one field."""

from __future__ import annotations

import tieout
from tieout.api import document_to_filing
from tieout.model import Report
from tieout.read.text import text_to_document


def _line(label: str, *amounts: str) -> str:
    """A row with its amounts right-aligned at columns 54, 70 and 86 (1-based); a label too
    long for the gap runs into the first amount with one space between."""
    text = label
    for amount, end in zip(amounts, (54, 70, 86), strict=True):
        text = text.ljust(max(end - len(amount), len(text) + 1)) + amount
    return text


def _check(last_label: str) -> Report:
    lines = [
        "33. RESERVES OF THE COMPANY",
        "",
        _line("", "Share", "Accumulated", ""),
        _line("", "premium", "losses", "Total"),
        _line("", "HK$", "HK$", "HK$"),
        _line("At 1 October 2019", "1,315,163,854", "(885,507,608)", "429,656,246"),
        _line("Loss for the year", "–", "(16,212,029)", "(16,212,029)"),
        _line(last_label, "1,315,163,854", "(901,719,637)", "413,444,217"),
    ]
    text = "\n".join(lines) + "\n"
    return tieout.check(document_to_filing(text_to_document(text, source="t.txt")))


def test_the_amount_run_into_its_label_is_read_in_its_column() -> None:
    # the long Chinese label ends one space before the first amount
    label = "Balance at 30 September 2020 於二零二零年九月三十日"
    assert _line(label, "1,315,163,854", "1", "2").startswith(f"{label} 1,315,163,854 ")
    report = _check(label)
    [table] = report.filing.tables
    last = table.rows[-1]
    assert last.label == label
    assert [(c.column, c.text) for c in last.cells] == [
        (0, "1,315,163,854"),
        (1, "(901,719,637)"),
        (2, "413,444,217"),
    ]
    assert [f.code for f in report.findings if f.severity.value == "error"] == []


def test_a_figure_the_label_names_stays_in_the_label() -> None:
    report = _check("Shares of HK$1,000")
    last = report.filing.tables[0].rows[-1]
    assert last.label == "Shares of HK$1,000"
    assert [c.text for c in last.cells] == ["1,315,163,854", "(901,719,637)", "413,444,217"]


SENSITIVITY = """\
41. FINANCIAL RISK MANAGEMENT
                                                   Effect on                 Effect on
                                        Rate          profit       Rate         profit
                                                      HK$'000                  HK$'000
                                                        2021                     2020

     Margin receivables                 0.5%           2,442       0.5%         28,955
     Margin payables                    0.5%          99,787       0.5%         98,993

     The sensitivity analysis assumes that the change in interest
     rates had been applied at the end of the reporting period. The
     analysis is performed on the same basis for
     2020.
"""


def test_a_year_ending_a_sentence_is_not_a_figure() -> None:
    report = tieout.check(document_to_filing(text_to_document(SENSITIVITY, source="t.txt")))
    [table] = report.filing.tables
    figures = [c.text for r in table.rows for c in r.cells if c.value is not None]
    assert "2020." not in figures
    assert [f.code for f in report.findings if f.severity.value == "error"] == []


AMORTIZATION = """\
CONSOLIDATED STATEMENTS OF EARNINGS
($ in millions)
                                               Three Months Ended
                                          July 29, 2023    July 30, 2022
Revenue                                          9,583            10,329
Selling, general and administrative expenses     1,879             1,882
Operating income                                 7,704             8,447

Amortization expense was as follows ($ in millions):

                                                          Three Months Ended
                         Statement of Earnings Location   July 29, 2023    July 30, 2022
Amortization expense     SG&A                             $          21    $          22
"""


def test_a_column_of_words_between_labels_and_figures_is_no_part_of_the_label() -> None:
    """Best Buy 10-Q: 'SG&A' under 'Statement of Earnings Location' says where the expense
    is charged; the row is the amortization expense, not SG&A itself."""
    report = tieout.check(document_to_filing(text_to_document(AMORTIZATION, source="t.txt")))
    amortization = report.filing.tables[-1]
    assert [(r.label, [c.text for c in r.cells]) for r in amortization.rows] == [
        ("Amortization expense", ["21", "22"])
    ]
    assert [f for f in report.findings if f.code == "TO601"] == []
