"""Parse numbers as financial statements print them.

"(1,234)" is -1234, "–" and "-" are nil, "12.5%" is a percentage, "1,739.7" keeps one
decimal place. Forms that look like a number but are not well formed ("(5.017)" with a
point where a thousands comma belongs, "(23,81,324)" with irregular grouping) are read
for what they most likely say and flagged, never accepted silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

NIL_MARKS = frozenset({"-", "–", "—", "_", "—-", "‒", "―", "nil", "Nil", "NIL"})

_MINUS = "-−–"
_NUMBER = re.compile(
    r"""^
    (?:(?P<lead>(?:HK|US|S|A|NZ)?\$|RMB|HKD|USD|£|€|人民[幣币]|港[幣币])(?=\())?  # "RMB(0.007)"
    (?P<open>\()?
    (?P<sign>[-−–])?
    (?P<currency>(?:HK|US|S|A|NZ)?\$|RMB|HKD|USD|£|€|人民[幣币]|港[幣币])?
    (?P<body>\d[\d,.]*)
    (?P<pct>%)?
    (?P<close>\))?
    (?P<yuan>元)?  # "人民幣(0.007)元": the currency's name after the figure
    (?P<pct2>%)?
    (?P<mark>\*{1,3})?
    $""",
    re.VERBOSE,
)
_WELL_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DOT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_LOOSE_GROUPED = re.compile(r"^\d+(?:,\d+)+(?:\.\d+)?$")


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    value: Decimal
    decimals: int  # digits printed after the decimal point
    percent: bool = False
    nil: bool = False
    malformed: str | None = None  # why the printed form is not well formed


def is_nil(text: str) -> bool:
    return text.strip() in NIL_MARKS


def parse_number(text: str) -> ParsedNumber | None:
    """Read one printed number; None when the text is not a number at all."""
    raw = text.strip()
    if not raw:
        return None
    if raw in NIL_MARKS:
        return ParsedNumber(Decimal(0), 0, nil=True)
    if raw.endswith("%") and raw[:-1].rstrip() in NIL_MARKS:
        return ParsedNumber(Decimal(0), 0, percent=True, nil=True)  # "-%": no percentage
    m = _NUMBER.match(raw.replace("（", "(").replace("）", ")"))
    if not m:
        return None
    if m["yuan"] and not (m["lead"] or m["currency"]):
        return None  # '2023元' is no figure a table prints
    opened, closed = bool(m["open"]), bool(m["close"])
    body = m["body"].rstrip(".")
    if body.endswith(","):
        return None
    negative = opened or bool(m["sign"])
    percent = bool(m["pct"] or m["pct2"])
    malformed: str | None = None
    if opened != closed:
        malformed = "unbalanced parenthesis"
    digits, decimals, grouping_problem = _read_body(body)
    if grouping_problem:
        malformed = grouping_problem
    value = Decimal(digits)
    if negative:
        value = -value
    return ParsedNumber(value, decimals, percent=percent, malformed=malformed)


def _read_body(body: str) -> tuple[str, int, str | None]:
    """The digits of a number body, its decimals, and what is wrong with its grouping."""
    if _WELL_GROUPED.match(body):
        plain = body.replace(",", "")
        decimals = len(plain.split(".")[1]) if "." in plain else 0
        return plain, decimals, None
    if _DOT_GROUPED.match(body):
        return body.replace(".", ""), 0, f"'{body}' has a point where a thousands comma belongs"
    if _LOOSE_GROUPED.match(body):
        plain = body.replace(",", "")
        decimals = len(plain.split(".")[1]) if "." in plain else 0
        return plain, decimals, f"'{body}' has irregular digit grouping"
    # Several points, or a point and commas in the wrong order: keep the digits.
    digits = re.sub(r"[^\d]", "", body)
    return digits or "0", 0, f"'{body}' is not a well-formed number"


def read_point_as_comma(parsed: ParsedNumber) -> ParsedNumber:
    """Re-read "5.017" as 5,017: for a cell with three decimals among whole numbers.
    "0.002" stays: no thousands group starts with a bare zero."""
    if parsed.decimals != 3 or parsed.percent or abs(parsed.value) < 1:
        return parsed
    whole = parsed.value.scaleb(3)
    printed = f"{abs(parsed.value):.3f}"
    return ParsedNumber(
        whole, 0, malformed=f"'{printed}' has a point where a thousands comma belongs"
    )


def looks_numeric(text: str) -> bool:
    """True for anything a table cell could hold as a number or nil."""
    return parse_number(text) is not None


def format_amount(value: Decimal, decimals: int = 0) -> str:
    """Print an amount the way statements do: thousands commas, brackets for negatives."""
    quantum = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    rounded = value.quantize(quantum) if decimals >= 0 else value
    text = f"{abs(rounded):,.{max(decimals, 0)}f}"
    return f"({text})" if rounded < 0 else text


def scale_decimals(decimals: int, scale: int) -> int:
    """XBRL-style decimals in base units: 1 dp in millions is accurate to 10^5."""
    return decimals - scale


def base_value(printed: Decimal, scale: int) -> Decimal:
    return printed.scaleb(scale) if scale else printed


__all__ = [
    "NIL_MARKS",
    "ParsedNumber",
    "base_value",
    "format_amount",
    "is_nil",
    "looks_numeric",
    "parse_number",
    "read_point_as_comma",
    "scale_decimals",
]
