"""Periods and units from header text."""

from datetime import date

import pytest

from tieout.api import document_to_filing
from tieout.model import Measure, Period, Unit
from tieout.read.text import text_to_document
from tieout.tables.periods import duration_months, find_date, period_ending
from tieout.tables.units import label_unit, unit_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As at June 30, 2024", date(2024, 6, 30)),
        ("At 30 June 2012", date(2012, 6, 30)),
        ("AS AT 30TH SEPTEMBER, 2021", date(2021, 9, 30)),
        ("30/06/12", date(2012, 6, 30)),
        ("December 31, 2023", date(2023, 12, 31)),
        ("Second Quarter 2023", date(2023, 6, 30)),
        ("2024年6月30日", date(2024, 6, 30)),
    ],
)
def test_dates(text: str, expected: date) -> None:
    assert find_date(text).complete() == expected


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Six months ended June 30,", 6),
        ("For the year ended 31 December 2024", 12),
        ("Three Months Ended", 3),
        ("Nine months ended 30 September", 9),
        ("As at June 30, 2024", None),
    ],
)
def test_durations(text: str, months: int | None) -> None:
    assert duration_months(text) == months


def test_period_ending_steps_back_whole_months() -> None:
    assert period_ending(date(2024, 6, 30), 6) == Period(date(2024, 6, 30), date(2024, 1, 1))
    assert period_ending(date(2021, 9, 30), 12) == Period(date(2021, 9, 30), date(2020, 10, 1))
    assert period_ending(date(2024, 2, 29), 3) == Period(date(2024, 2, 29), date(2023, 12, 1))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("RMB'000", Unit(Measure.MONETARY, "RMB", 3)),
        ("HK$ ’000", Unit(Measure.MONETARY, "HKD", 3)),
        ("RMB million", Unit(Measure.MONETARY, "RMB", 6)),
        ("(Approximately HK$ million)", Unit(Measure.MONETARY, "HKD", 6)),
        ("(RMB in thousands, except for percentages)", Unit(Measure.MONETARY, "RMB", 3)),
        ("(In millions, except per share amounts)", Unit(Measure.MONETARY, None, 6)),
        ("千港元", Unit(Measure.MONETARY, "HKD", 3)),
        ("人民幣千元", Unit(Measure.MONETARY, "RMB", 3)),
        ("S$'000", Unit(Measure.MONETARY, "SGD", 3)),
        # Amcor's non-GAAP reconciliation: the table is in millions; the EPS column is not
        (
            "EPS (Diluted Net US ($ million) EBITDA EBIT Income cents)(1)",
            Unit(Measure.MONETARY, "USD", 6),
        ),
        ("Basic earnings per share (RMB)", Unit(Measure.PER_SHARE, "RMB", 0)),
    ],
)
def test_units(text: str, unit: Unit) -> None:
    assert unit_in(text) == unit


def test_units_printed_in_labels() -> None:
    assert label_unit("Basic and diluted loss per share (RMB)") == Unit(Measure.PER_SHARE, "RMB", 0)
    assert label_unit("Weighted average number of ordinary shares in issue") == Unit(Measure.SHARES)
    assert label_unit("Loss attributable to equity holders of the Company (RMB'000)") == Unit(
        Measure.MONETARY, "RMB", 3
    )


# Pfizer's 10-Q prints '(MILLIONS)' over its tables, without a currency; a note table whose
# header lost it is in millions too, not in dollars (its rounding differences are then
# rounding, not errors).
MILLIONS_WITHOUT_CURRENCY = """\
                      CONDENSED CONSOLIDATED BALANCE SHEETS
                                                       July 2,      December 31,
(MILLIONS)                                               2023              2022
Cash and cash equivalents                          $      2,645    $          416
Identifiable intangible assets                           41,406            43,370
Total assets                                             44,051            43,786

Note 9. Identifiable Intangible Assets
The following summarizes the components of Identifiable intangible assets, as of July 2, 2023:
                                                        Gross       Accumulated
                                                     Carrying      Amortization           Net
Developed technology rights(a)                 $       86,030    $     (58,035)   $    27,994
Brands                                                    922             (861)            61
Licensing agreements and other                          2,425           (1,469)           956
                                                       89,376          (60,366)        29,011
"""


def test_a_scale_printed_without_currency_is_the_documents_unit() -> None:
    filing = document_to_filing(text_to_document(MILLIONS_WITHOUT_CURRENCY, source="t.txt"))
    assert [(t.title, t.unit) for t in filing.tables] == [
        ("CONDENSED CONSOLIDATED BALANCE SHEETS", Unit(Measure.MONETARY, "USD", 6)),
        ("Note 9. Identifiable Intangible Assets", Unit(Measure.MONETARY, "USD", 6)),
    ]
