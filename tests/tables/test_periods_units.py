"""Periods and units from header text."""

from datetime import date

import pytest

from tieout.model import Measure, Period, Unit
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
