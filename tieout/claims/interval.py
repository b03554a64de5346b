"""Interval arithmetic over printed precision, just enough for claims and measures.

A figure printed as 1,739.7 (RMB million) stands for any value in [1,739.65, 1,739.75]; a
percentage recomputed from such figures is an interval too, and a claimed "21.4%" is
verified when some value of that interval rounds to 21.4 (lies within +-0.05 of it).
(The shared tolerance module of tieout.checks will replace this one.)
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

HUNDRED = Decimal(100)


def half_unit(decimals: int) -> Decimal:
    """Half the last printed digit for XBRL-style decimals (-3: 500; 1: 0.05)."""
    return Decimal(5).scaleb(-decimals - 1)


@dataclass(frozen=True, slots=True)
class Interval:
    lo: Decimal
    hi: Decimal

    @classmethod
    def around(cls, value: Decimal, half: Decimal) -> Interval:
        return cls(value - half, value + half)

    @classmethod
    def exact(cls, value: Decimal) -> Interval:
        return cls(value, value)

    @property
    def mid(self) -> Decimal:
        return (self.lo + self.hi) / 2

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def scale(self, factor: Decimal) -> Interval:
        a, b = self.lo * factor, self.hi * factor
        return Interval(min(a, b), max(a, b))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("the divisor's interval contains zero")
        corners = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        return Interval(min(corners), max(corners))

    def magnitude(self) -> Interval:
        """|x| over the interval."""
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(Decimal(0), max(-self.lo, self.hi))

    def meets(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def distance(self, value: Decimal) -> Decimal:
        """How far a value lies outside the interval (0 inside)."""
        if value < self.lo:
            return self.lo - value
        if value > self.hi:
            return value - self.hi
        return Decimal(0)


def change_percent(current: Interval, prior: Interval) -> Interval:
    """Period-over-period change of magnitudes, in percent: (|cur| - |prior|) / |prior|."""
    cur, old = current.magnitude(), prior.magnitude()
    return ((cur / old) - Interval.exact(Decimal(1))).scale(HUNDRED)


def share_percent(part: Interval, whole: Interval) -> Interval:
    return (part.magnitude() / whole.magnitude()).scale(HUNDRED)


def agrees(recomputed: Interval, claimed: Decimal, decimals: int, qualifier: str | None) -> bool:
    """Whether a claimed figure, printed to `decimals` places, fits the recomputed interval."""
    printed = Interval.around(claimed, half_unit(decimals))
    if qualifier in ("over", "more than"):
        return recomputed.hi >= printed.lo
    if qualifier in ("less than", "under"):
        return recomputed.lo < printed.hi
    if qualifier in ("nearly", "almost"):
        return recomputed.lo <= printed.hi
    return recomputed.meets(printed)
