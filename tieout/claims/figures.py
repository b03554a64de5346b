"""Figures and dates as prose prints them: "RMB1,739.7 million", "HK$2.3 billion", "21.4%",
"RMB125,491,000", "June 30, 2024", "the first half of 2024"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from tieout.model import Measure, SourceSpan, Unit

_CURRENCIES = {
    "RMB": "RMB",
    "HK$": "HKD",
    "HKD": "HKD",
    "US$": "USD",
    "USD": "USD",
    "S$": "SGD",
    "SGD": "SGD",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
}
_SCALES = {
    "thousand": 3,
    "thousands": 3,
    "million": 6,
    "millions": 6,
    "mn": 6,
    "m": 6,
    "billion": 9,
    "billions": 9,
    "bn": 9,
}

MONEY = re.compile(
    r"(?P<neg>(?<![\w.])-)?(?P<cur>RMB|HK\$|US\$|S\$|HKD|USD|SGD|£|€|(?<![A-Za-z])\$)\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>millions?|billions?|thousands?|mn|bn|m)\b)?"
)
PERCENT = re.compile(
    r"(?P<neg>(?<![\w.,])-)?(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(?:%|per cent\b|percent\b)"
)

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
DATE = re.compile(
    rf"(?P<dday>\d{{1,2}})\s+(?P<dmonth>{_MONTH_NAMES})\s*,?\s*(?P<dyear>(?:19|20)\d{{2}})"
    rf"|(?P<month>{_MONTH_NAMES})\s*(?P<day>\d{{1,2}})?\s*,?\s*(?P<year>(?:19|20)\d{{2}})"
    r"|(?P<cyear>(?:19|20)\d{2})(?=\s*:)"
    r"|(?P<half>first|second) half of (?:the year )?(?P<hyear>(?:19|20)\d{2})"
    r"|(?:year|financial year|fy)\s?(?P<fyear>(?:19|20)\d{2})"
    r"|(?:corresponding|same|comparative|prior) period (?:of|in) (?P<pyear>(?:19|20)\d{2})"
    r"|(?P<last>(?:the )?same period (?:of )?last year|(?:the )?prior (?:year|period))"
    r"|(?P<current>period under review|reporting period|current period|this period)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One number printed in a sentence, with its unit and where it sits."""

    text: str
    value: Decimal  # as printed, in `unit` (so 1739.7 for "RMB1,739.7 million"), signed
    decimals: int  # digits printed after the point
    unit: Unit
    start: int  # offsets in the sentence text
    end: int
    span: SourceSpan

    @property
    def is_percent(self) -> bool:
        return self.unit.measure is Measure.PERCENT

    @property
    def base_value(self) -> Decimal:
        """The value in base units (RMB, not RMB million)."""
        return self.value.scaleb(self.unit.scale)

    @property
    def half_unit(self) -> Decimal:
        """Half the last printed digit, in base units: the rounding a printed figure hides."""
        return Decimal(5).scaleb(-self.decimals - 1 + self.unit.scale)


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date or period named in prose; `prior` for "the same period last year"."""

    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int
    prior: bool = False
    current: bool = False  # "the period under review"


def _decimals(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


def money_unit(currency: str, scale: int) -> Unit:
    return Unit(Measure.MONETARY, _CURRENCIES.get(currency, currency), scale)


def parse_money(match: re.Match[str]) -> tuple[Decimal, int, Unit]:
    number = match["num"]
    value = Decimal(number.replace(",", ""))
    if match["neg"]:
        value = -value
    scale = _SCALES.get((match["scale"] or "").lower(), 0)
    return value, _decimals(number), money_unit(match["cur"], scale)


def parse_percent(match: re.Match[str]) -> tuple[Decimal, int, Unit]:
    number = match["num"]
    value = Decimal(number.replace(",", ""))
    if match["neg"]:
        value = -value
    return value, _decimals(number), Unit(Measure.PERCENT)


def parse_date(match: re.Match[str]) -> DateRef:
    if match["current"]:
        return DateRef(None, None, None, match.start(), match.end(), current=True)
    if match["last"]:
        return DateRef(None, None, None, match.start(), match.end(), prior=True)
    if match["hyear"]:
        month = 6 if match["half"].lower() == "first" else 12
        return DateRef(int(match["hyear"]), month, None, match.start(), match.end())
    if match["dyear"]:
        month = _MONTHS.index(match["dmonth"].lower()) + 1
        return DateRef(int(match["dyear"]), month, int(match["dday"]), match.start(), match.end())
    if match["cyear"]:
        return DateRef(int(match["cyear"]), None, None, match.start(), match.end())
    if match["pyear"]:
        return DateRef(int(match["pyear"]), None, None, match.start(), match.end())
    if match["fyear"]:
        return DateRef(int(match["fyear"]), None, None, match.start(), match.end())
    month = _MONTHS.index(match["month"].lower()) + 1
    day = int(match["day"]) if match["day"] else None
    return DateRef(int(match["year"]), month, day, match.start(), match.end())
