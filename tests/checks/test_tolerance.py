"""The tolerance policy, case by case: one table of printed figures and verdicts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tieout.checks.tolerance import (
    Amount,
    Interval,
    Verdict,
    compare,
    consistent,
    half_unit,
    interval,
    interval_sum,
    ratio_percent,
)
from tieout.model import Severity

D = Decimal
K = -3  # RMB'000
M1 = -5  # RMB million, one decimal: accurate to 10^5


def thousands(text: str) -> Amount:
    return Amount(D(text) * 1000, K)


def millions(text: str) -> Amount:
    return Amount(D(text) * 1_000_000, M1)


@pytest.mark.parametrize(
    ("value", "decimals", "low", "high"),
    [
        (D("1739717000"), -3, D("1739716500"), D("1739717500")),
        (D("1739700000"), -5, D("1739650000"), D("1739750000")),
        (D("21.4"), 1, D("21.35"), D("21.45")),
        (D("-0.08"), 2, D("-0.085"), D("-0.075")),
        (D("7"), 0, D("6.5"), D("7.5")),
    ],
)
def test_interval_of_a_printed_figure(value: D, decimals: int, low: D, high: D) -> None:
    assert interval(value, decimals) == Interval(low, high)


def test_half_units_add_up_in_a_sum() -> None:
    parts = [millions("1051.2"), millions("168.1"), millions("520.4")]
    assert interval_sum(parts) == Interval(D("1739550000"), D("1739850000"))
    assert half_unit(-3) == D(500)


@pytest.mark.parametrize(
    ("actual", "parts", "verdict", "difference"),
    [
        # same unit, exact: foots
        (thousands("766760"), [thousands("1739717"), thousands("-972957")], Verdict.EXACT, 0),
        # same unit, any difference is an error (16,229,542 against a sum 100 higher)
        (
            thousands("16229542"),
            [thousands("16229642")],
            Verdict.MISMATCH,
            -100000,
        ),
        (thousands("1"), [thousands("2")], Verdict.MISMATCH, -1000),
        # same unit in millions: forced to foot, so 0.1 off is an error
        (
            millions("1739.7"),
            [millions("1051.2"), millions("168.1"), millions("520.3")],
            Verdict.MISMATCH,
            100000,
        ),
        # millions against thousands: rounding explains it
        (millions("1739.7"), [thousands("1739717")], Verdict.WITHIN_ROUNDING, -17000),
        (millions("1804.8"), [thousands("1804805")], Verdict.WITHIN_ROUNDING, -5000),
        (millions("973.0"), [thousands("972957")], Verdict.WITHIN_ROUNDING, 43000),
        # 2,775.083 rounds to 2,775.1: printed 2,775.0 is a forced rounding, a warning
        (millions("-2775.0"), [thousands("-2775083")], Verdict.ROUNDING_DIFFERENCE, 83000),
        # 0.2 million off: an error
        (millions("-2775.2"), [thousands("-2775083")], Verdict.MISMATCH, -117000),
        (millions("1739.9"), [thousands("1739717")], Verdict.MISMATCH, 183000),
        # a thousands total against millions parts: n half-units
        (
            thousands("1739717"),
            [millions("1051.2"), millions("168.1"), millions("520.4")],
            Verdict.WITHIN_ROUNDING,
            17000,
        ),
    ],
)
def test_compare_verdicts(
    actual: Amount, parts: list[Amount], verdict: Verdict, difference: int
) -> None:
    result = compare(actual, parts)
    assert result.verdict is verdict
    assert result.difference == D(difference)
    assert result.expected == sum((p.value for p in parts), D(0))


@pytest.mark.parametrize(
    ("actual", "parts", "verdict"),
    [
        # percentages of revenue each rounded: 60.4 + 9.7 + 29.9 = 100.0
        ("100.0", ["60.4", "9.7", "29.9"], Verdict.EXACT),
        ("100.0", ["79.5", "10.9", "4.7", "3.2", "1.7"], Verdict.EXACT),
        ("100.0", ["33.3", "33.3", "33.3"], Verdict.WITHIN_ROUNDING),
        ("100.0", ["50.0", "49.0"], Verdict.MISMATCH),
    ],
)
def test_derived_percentages_carry_their_rounding(
    actual: str, parts: list[str], verdict: Verdict
) -> None:
    result = compare(Amount(D(actual), 1), [Amount(D(p), 1) for p in parts], derived=True)
    assert result.verdict is verdict


@pytest.mark.parametrize(
    ("printed", "numerator", "denominator", "verdict"),
    [
        ("44.1", "766760", "1739717", Verdict.WITHIN_ROUNDING),
        ("21.4", "306595", "1433122", Verdict.WITHIN_ROUNDING),
        ("45.3", "648673", "1433122", Verdict.WITHIN_ROUNDING),
        ("45.0", "648673", "1433122", Verdict.MISMATCH),
    ],
)
def test_printed_percentages_against_exact_ratios(
    printed: str, numerator: str, denominator: str, verdict: Verdict
) -> None:
    exact = ratio_percent(D(numerator), D(denominator))
    assert compare(Amount(D(printed), 1), [exact]).verdict is verdict


@pytest.mark.parametrize(
    ("actual", "parts", "verdict"),
    [
        # adjusted net loss: (2,477.2) + 12.1 + 125.5 + 10.9 + 2.6 = (2,326.1), printed (2,326.2)
        ("-2326.2", ["-2477.2", "12.1", "125.5", "10.9", "2.6"], Verdict.ROUNDING_DIFFERENCE),
        ("3533.9", ["3.5", "8321.0", "-4790.5"], Verdict.ROUNDING_DIFFERENCE),
        ("3533.9", ["3.5", "8321.0", "-4790.5", "0.0"], Verdict.ROUNDING_DIFFERENCE),
        ("-2326.2", ["-2477.2", "12.1", "125.5", "10.9", "3.6"], Verdict.MISMATCH),
        ("-2040.7", ["-2481.2", "-264.3", "704.8"], Verdict.EXACT),
    ],
)
def test_rounded_millions_that_miss_by_their_rounding_are_warnings(
    actual: str, parts: list[str], verdict: Verdict
) -> None:
    result = compare(millions(actual), [millions(p) for p in parts], rounded=True)
    assert result.verdict is verdict


def test_severity_of_each_verdict() -> None:
    assert Verdict.EXACT.severity is None
    assert Verdict.WITHIN_ROUNDING.severity is None
    assert Verdict.ROUNDING_DIFFERENCE.severity is Severity.WARNING
    assert Verdict.MISMATCH.severity is Severity.ERROR


def test_consistent_is_calculations_1_1_overlap() -> None:
    assert consistent(millions("1739.7"), [thousands("1739717")])
    assert not consistent(millions("-2775.0"), [thousands("-2775083")])
    assert not consistent(thousands("1"), [thousands("3")])
