"""Units and scale from header text: "RMB'000", "HK$ million", "(In millions, except per
share amounts)", "千港元", "%", "shares"."""

from __future__ import annotations

import re

from tieout.model import Measure, Unit

_CURRENCIES = (
    (re.compile(r"HK\s*\$|HKD|港元|港幣", re.I), "HKD"),
    (re.compile(r"US\s*\$|USD|美元", re.I), "USD"),
    (re.compile(r"\bS\s*\$|SGD|新加坡元", re.I), "SGD"),
    (re.compile(r"\bRM\b|MYR", re.I), "MYR"),
    (re.compile(r"RMB|CNY|人民幣|人民币|Renminbi", re.I), "RMB"),
    (re.compile(r"£|GBP", re.I), "GBP"),
    (re.compile(r"€|EUR", re.I), "EUR"),
    (re.compile(r"JPY|¥", re.I), "JPY"),
    (re.compile(r"(?<![A-Z])\$"), "USD"),
)
_THOUSANDS = re.compile(r"['’‘`]\s*000\b|\bthousands?\b|\b000s\b|千", re.I)
_MILLIONS = re.compile(r"\bmillions?\b|\bmn\b|\bm\b(?=\s*\)|$)|百萬|百万", re.I)
_BILLIONS = re.compile(r"\bbillions?\b|\bbn\b|十億|億", re.I)
_PERCENT = re.compile(r"%|\bper\s*cent\b|percentage", re.I)
_PER_SHARE = re.compile(r"per\s+share|\bEPS\b|每股", re.I)
_SHARES = re.compile(r"\bnumber\s+of\s+(?:ordinary\s+)?shares\b|\bshares\s+in\s+issue\b", re.I)
_EXCEPT = re.compile(r"\bexcept\b.*$", re.I)


def currency_in(text: str) -> str | None:
    for pattern, code in _CURRENCIES:
        if pattern.search(text):
            return code
    return None


def scale_in(text: str) -> int | None:
    main = _EXCEPT.sub("", text)
    if _THOUSANDS.search(main):
        return 3
    if _MILLIONS.search(main):
        return 6
    if _BILLIONS.search(main):
        return 9
    return None


# '($ million)' over columns of amounts beside an 'EPS (Diluted US cents)' column: the
# table is in millions, the per-share column says so of itself.
_SCALE_IN_BRACKETS = re.compile(
    r"\([^()]*(?:\bmillions?\b|\bthousands?\b|['’]000|\bbillions?\b)[^()]*\)", re.I
)


def unit_in(text: str) -> Unit | None:
    """The unit a header text names, or None when it names none."""
    main = _EXCEPT.sub("", text)
    if _PER_SHARE.search(main) and not (_SCALE_IN_BRACKETS.search(main) and currency_in(main)):
        return Unit(Measure.PER_SHARE, currency_in(main), 0)
    if _PERCENT.search(main) and not currency_in(main):
        return Unit(Measure.PERCENT, None, 0)
    currency = currency_in(main)
    scale = scale_in(main)
    if currency is None and scale is None:
        return None
    return Unit(Measure.MONETARY, currency, scale or 0)


def is_percent_header(text: str) -> bool:
    return bool(_PERCENT.search(text)) and scale_in(text) is None


def merge_units(primary: Unit | None, fallback: Unit | None) -> Unit | None:
    """Fill what `primary` leaves open (currency, scale) from `fallback`."""
    if primary is None:
        return fallback
    if fallback is None or primary.measure is not Measure.MONETARY:
        return primary
    return Unit(
        primary.measure,
        primary.currency or fallback.currency,
        primary.scale if primary.scale else fallback.scale,
    )


_TRAILING_PARENTHESIS = re.compile(r"\(([^()]*)\)\s*[:.]?\s*$")


def caption_unit(caption: str) -> str:
    """The unit a sentence introducing a table ends with: '... as follows (in millions):'.

    Only the closing parenthesis counts: the sentence itself may quote other amounts
    ('$90 billion') that say nothing about the table's scale.
    """
    m = _TRAILING_PARENTHESIS.search(caption)
    if m is None or unit_in(m.group(1)) is None:
        return ""
    return m.group(0).rstrip(" :.")


def label_unit(label: str) -> Unit | None:
    """A unit printed inside a row label: 'Basic loss per share (RMB)', '(RMB'000)',
    '基本（港元）'."""
    if _PER_SHARE.search(label):
        return Unit(Measure.PER_SHARE, currency_in(label), 0)
    if _SHARES.search(label):
        return Unit(Measure.SHARES, None, 0)
    inner = re.search(r"[(（]([^)）]*)[)）]\s*$", label)
    if inner:
        return unit_in(inner.group(1))
    return None
