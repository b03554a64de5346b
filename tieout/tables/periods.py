"""Dates and reporting periods as statements print them.

"Six months ended June 30, 2024" is the duration 2024-01-01..2024-06-30; "As at December 31,
2023" and "At 30 June 2012" are instants; "30/06/12" is a date. A column header often carries
only part of it (the year), and the rest comes from the header above it or the title.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from tieout.model import Period

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s*{_YEAR}?", re.I)
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s*{_YEAR}?", re.I)
_NUMERIC_DATE = re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>\d{2}|\d{4})\b")
_CJK_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月\s*(?P<day>[0-3]?\d)\s*日"
)
_QUARTER = re.compile(
    r"\b(?:(?P<word>first|second|third|fourth)\s+quarter|Q(?P<q>[1-4]))(?:\s+of)?\s+(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_YEAR_ONLY = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
_DURATION = re.compile(
    r"\b(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]+months?\b|"
    r"\b(?P<year>year|financial year|fiscal year)s?\s+ended\b|"
    r"(?P<cjk_half>六個月|六个月)|(?P<cjk_year>止年度|年度)",
    re.I,
)
_INSTANT = re.compile(r"\b(?:as\s+at|as\s+of|at|balance\s+at)\b|於", re.I)
_WORD_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


@dataclass(frozen=True, slots=True)
class DateParts:
    """What a header says about a date: any of day, month and year may be missing."""

    day: int | None = None
    month: int | None = None
    year: int | None = None

    def complete(self) -> date | None:
        if self.day and self.month and self.year:
            try:
                return date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None

    def fill(self, other: DateParts) -> DateParts:
        return DateParts(self.day or other.day, self.month or other.month, self.year or other.year)


def find_date(text: str) -> DateParts:
    """The first date (or partial date) in a header text."""
    for pattern in (_CJK_DATE, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        m = pattern.search(text)
        if m:
            month_text = m.group("month")
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower())
            year = int(m.group("year")) if m.group("year") else None
            return DateParts(int(m.group("day")), month, year)
    m = _QUARTER.search(text)
    if m:
        quarter = int(m.group("q")) if m.group("q") else _QUARTER_WORDS[m.group("word").lower()]
        month = quarter * 3
        year = int(m.group("year"))
        return DateParts(calendar.monthrange(year, month)[1], month, year)
    m = _NUMERIC_DATE.search(text)
    if m and 1 <= int(m.group("month")) <= 12:
        year = int(m.group("year"))
        return DateParts(
            int(m.group("day")), int(m.group("month")), year + 2000 if year < 100 else year
        )
    years = find_years(text)
    return DateParts(year=years[0]) if years else DateParts()


def find_years(text: str) -> list[int]:
    return [int(y) for y in _YEAR_ONLY.findall(text)]


def duration_months(text: str) -> int | None:
    """12 for 'year ended', 6 for 'six months ended', None when the text names no duration."""
    if _QUARTER.search(text):
        return 3
    m = _DURATION.search(text)
    if not m:
        return None
    if m.group("n"):
        return _WORD_MONTHS[m.group("n").lower()]
    if m.group("cjk_half"):
        return 6
    return 12


def says_instant(text: str) -> bool:
    return bool(_INSTANT.search(text)) and duration_months(text) is None


def period_ending(end: date, months: int | None) -> Period:
    """The duration of `months` ending on `end`, or the instant `end`."""
    if not months:
        return Period(end=end)
    return Period(end=end, start=_months_before(end, months) + timedelta(days=1))


def _months_before(end: date, months: int) -> date:
    year, month = end.year, end.month - months
    while month <= 0:
        month += 12
        year -= 1
    last_day = calendar.monthrange(year, month)[1]
    # Period ends fall on month ends: step back whole months from a month end.
    if end.day == calendar.monthrange(end.year, end.month)[1]:
        return date(year, month, last_day)
    return date(year, month, min(end.day, last_day))
