"""How far apart two printed amounts may be: interval arithmetic from printed precision.

In the spirit of XBRL Calculations 1.1 (Arelle's ValidateXbrlCalcs): a figure printed
with XBRL-style `decimals` d stands for any value within half a unit of its last printed
digit, [v - ½·10^-d, v + ½·10^-d]. A sum of n such figures carries the sum of their
half-units. A total is consistent with its parts when the two intervals overlap.

The policy on top of the arithmetic (one function, `compare`):

- EXACT: the figures agree exactly. Not a finding.
- MISMATCH (error): exact figures printed at the same precision (RMB'000 in the
  statements) differ at all: the books foot, so any difference is real.
- Same precision, `rounded` figures (RMB million with one decimal, each rounded from the
  books): a difference within the sum of their half-units is a ROUNDING_DIFFERENCE
  (warning): companies force rounded tables to foot, so it is worth a look, but the
  rounding explains it. Beyond that, MISMATCH.
- Same precision, `derived` figures (percentages, each computed and rounded): within
  the sum of half-units is WITHIN_ROUNDING, no finding.
- WITHIN_ROUNDING: figures of different precision (RMB million against RMB'000), or
  derived ones, whose intervals overlap: rounding explains the difference. Not a finding.
- ROUNDING_DIFFERENCE (warning): the intervals miss each other by no more than half a
  unit of the coarsest figure, the trace of one more forced rounding (MD&A EBITDA
  (2,775.0) million against (2,775,083) thousand: 2,775.083 rounds to 2,775.1).
- MISMATCH (error): anything further apart.

Usage:
    compare(Amount(Decimal("-2775000000"), -5), [Amount(Decimal("-2775083000"), -3)])
    -> Comparison(verdict=ROUNDING_DIFFERENCE, difference=83000, ...)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from tieout.model import Severity


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure in base units with its XBRL-style precision (RMB'000 -> -3)."""

    value: Decimal
    decimals: int

    def __neg__(self) -> Amount:
        return Amount(-self.value, self.decimals)


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed range of values a printed figure (or a sum of them) can stand for."""

    low: Decimal
    high: Decimal

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high


def half_unit(decimals: int) -> Decimal:
    """Half a unit of the last printed digit: decimals -3 -> 500, 1 -> 0.05."""
    return Decimal(5).scaleb(-decimals - 1)


def interval(value: Decimal, decimals: int) -> Interval:
    """The values a figure printed to `decimals` (XBRL-style) can stand for."""
    half = half_unit(decimals)
    return Interval(value - half, value + half)


def interval_sum(amounts: Iterable[Amount]) -> Interval:
    """The interval of a sum of printed figures: their half-units add up."""
    total = Interval(Decimal(0), Decimal(0))
    for a in amounts:
        total = total + interval(a.value, a.decimals)
    return total


def consistent(actual: Amount, parts: Sequence[Amount]) -> bool:
    """Calculations 1.1 consistency: the total's interval overlaps the sum's interval."""
    return interval(actual.value, actual.decimals).overlaps(interval_sum(parts))


class Verdict(StrEnum):
    EXACT = "exact"
    WITHIN_ROUNDING = "within_rounding"
    ROUNDING_DIFFERENCE = "rounding_difference"
    MISMATCH = "mismatch"

    @property
    def severity(self) -> Severity | None:
        """The severity of a finding this verdict calls for (None: no finding)."""
        return _SEVERITY[self]


_SEVERITY: dict[Verdict, Severity | None] = {
    Verdict.EXACT: None,
    Verdict.WITHIN_ROUNDING: None,
    Verdict.ROUNDING_DIFFERENCE: Severity.WARNING,
    Verdict.MISMATCH: Severity.ERROR,
}


@dataclass(frozen=True, slots=True)
class Comparison:
    """The outcome of comparing a printed figure with what its parts say it should be."""

    verdict: Verdict
    actual: Decimal
    expected: Decimal
    difference: Decimal  # actual - expected
    tolerance: Decimal  # the difference rounding alone can explain

    @property
    def agrees(self) -> bool:
        return self.verdict in (Verdict.EXACT, Verdict.WITHIN_ROUNDING)

    @property
    def severity(self) -> Severity | None:
        return self.verdict.severity


def compare(
    actual: Amount, parts: Sequence[Amount], *, derived: bool = False, rounded: bool = False
) -> Comparison:
    """Compare `actual` with the sum of `parts` (signed) under the policy above.

    `derived`: the figures are each computed and rounded (percentages, ratios), so even
    at equal precision their sum may be off by the rounding: no finding.
    `rounded`: the figures are presented rounded from the books (millions): a sum off by
    no more than the rounding is a warning.
    """
    expected = sum((p.value for p in parts), Decimal(0))
    difference = actual.value - expected
    tolerance = half_unit(actual.decimals) + sum((half_unit(p.decimals) for p in parts), Decimal(0))
    verdict = _verdict(actual, parts, difference, tolerance, derived, rounded)
    return Comparison(verdict, actual.value, expected, difference, tolerance)


def _verdict(
    actual: Amount,
    parts: Sequence[Amount],
    difference: Decimal,
    tolerance: Decimal,
    derived: bool,
    rounded: bool,
) -> Verdict:
    if difference == 0:
        return Verdict.EXACT
    precisions = {actual.decimals, *(p.decimals for p in parts)}
    if len(precisions) == 1 and not derived:
        if rounded and abs(difference) <= tolerance:
            return Verdict.ROUNDING_DIFFERENCE
        return Verdict.MISMATCH
    if abs(difference) <= tolerance:
        return Verdict.WITHIN_ROUNDING
    if abs(difference) <= tolerance + half_unit(min(precisions)):
        return Verdict.ROUNDING_DIFFERENCE
    return Verdict.MISMATCH


def ratio_percent(numerator: Decimal, denominator: Decimal) -> Amount:
    """numerator / denominator as an exact percentage, for comparing with a printed one."""
    exact = (numerator / denominator * 100).quantize(Decimal(1).scaleb(-12))
    return Amount(exact, 12)


__all__ = [
    "Amount",
    "Comparison",
    "Interval",
    "Verdict",
    "compare",
    "consistent",
    "half_unit",
    "interval",
    "interval_sum",
    "ratio_percent",
]
