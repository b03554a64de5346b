"""What a fact is about, normalised so that the same figure printed in two places meets.

A fact's key is (concept, moment, member):
- concept without the "...AtBeginningOfPeriod"/"...AtEndOfPeriod" suffixes;
- moment: the instant of a balance, whether the column says it (balance sheet, as at
  June 30, 2024) or the row does ("As at January 1, 2024" in a statement of changes in
  equity; "Cash and cash equivalents at beginning of period" in a cash flow statement),
  else the column's period. An opening balance on the first day of a month is the
  closing balance of the day before, so January 1, 2024 meets December 31, 2023;
- member: a matrix column's member. In a statement of changes in equity a balance
  row's member names the balance-sheet line it closes to: "Total equity" meets
  `Equity`, "Share capital" meets the balance-sheet row labelled "Share capital"; a
  movement in the "Total equity" column is the entity's own figure (the loss for the
  period, total comprehensive loss) and meets the other statements' figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tieout.model import Fact, Period

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_AS_AT = re.compile(
    rf"\b(?:as\s+)?at\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}}),?)"
    rf"\s+(?P<y>\d{{4}})",
    re.IGNORECASE,
)
_AT_DAY = re.compile(
    rf"\bat\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}}))\s*$",
    re.IGNORECASE,
)
_BEGINNING = re.compile(
    r"\b(?:at\s+)?(?:the\s+)?beginning\s+of\s+(?:the\s+)?(?:period|year)\b"
    r"|,?\s*\bbeginning\s+balances?\b",
    re.I,
)
_END = re.compile(
    r"\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:period|year)\b|,?\s*\bending\s+balances?\b",
    re.I,
)
# The same in Chinese, before the balance's name (於期末之現金及現金等值物) or after it
# (現金及現金等價物期末結餘).
_BEGINNING_ZH = re.compile(
    r"^(?:於|于)?(?:期初|年初)(?:之|的)?|(?:於|于)?(?:期初|年初)(?:之|的)?(?:結餘|结余|餘額|余额)?$"
)
_END_ZH = re.compile(
    r"^(?:於|于)?(?:期末|年末|期終|年終|期终|年终)(?:之|的)?"
    r"|(?:於|于)?(?:期末|年末|期終|年終|期终|年终)(?:之|的)?(?:結餘|结余|餘額|余额)?$"
)
_SUFFIXES = ("AtBeginningOfPeriod", "AtEndOfPeriod")
LABEL = "label:"  # prefix of keys made from printed labels rather than concepts

# Members of an equity matrix that name a balance-sheet concept of their own.
EQUITY_MEMBERS = {
    "total": "EquityAttributableToOwnersOfParent",
    "total equity": "Equity",
    "non-controlling interests": "NoncontrollingInterests",
    "non controlling interests": "NoncontrollingInterests",
}


@dataclass(frozen=True, slots=True, order=True)
class FactKey:
    concept: str
    moment: str  # ISO instant or "start..end"
    member: str


@dataclass(frozen=True, slots=True)
class Keyed:
    """A fact with its normalised key and whether the key came from an opening label."""

    key: FactKey
    fact: Fact
    opening: bool


_GENERIC = frozenset({"total", "others", "other", "subtotal", "add", "less", "net"})


def is_specific(concept: str) -> bool:
    """A concept that names one thing: not an unlabelled line or a word like "Total"."""
    return not concept.startswith("unlabelled-line") and concept.lower() not in _GENERIC


def normalise_label(text: str | None) -> str:
    return " ".join((text or "").lower().replace("–", "-").split())


def label_key(fact: Fact) -> FactKey | None:
    """A second key by printed label, for balances a matrix names only by its member: the
    facts of a column for an instant (`_instant_from_label` without a label to read)."""
    period = fact.period
    if period is None or period.start is not None or not fact.label:
        return None
    return FactKey(LABEL + normalise_label(fact.label), period.end.isoformat(), "")


def key_of(
    fact: Fact, *, equity_matrix: bool = False, total_is_equity: bool = False
) -> Keyed | None:
    """The normalised key of a fact, or None when it has no period to speak of.

    `total_is_equity`: the matrix's "Total" column stands last, after the non-controlling
    interests, so it is total equity rather than the owners' total.
    """
    concept = fact.concept
    for suffix in _SUFFIXES:
        concept = concept.removesuffix(suffix)
    instant, opening = _instant_from_label(fact.label, fact.period)
    if instant is None and fact.period is None:
        return None
    moment = instant.isoformat() if instant else str(fact.period)
    if instant is not None and not is_ifrs(concept):
        stem = _balance_stem(fact.label)  # read only here: most facts are not such balances
        if stem:
            concept = LABEL + stem  # "Cash and cash equivalents at end of period": a balance
    member = normalise_label(fact.member)
    if equity_matrix and total_is_equity and member == "total":
        member = "total equity"
    if equity_matrix and instant is None and member == "total equity":
        member = ""  # a movement of total equity is the entity's own figure
    elif equity_matrix and member in EQUITY_MEMBERS and instant is not None:
        concept, member = EQUITY_MEMBERS[member], ""
    elif member and instant is not None:
        concept, member = LABEL + member, ""
    return Keyed(FactKey(concept, moment, member), fact, opening)


def balance_concept(label: str | None, concept: str) -> tuple[str, str] | None:
    """ "Cash ... at end of period": the balance's name ("cash ...") and the concept its
    key carries, so a table totalling that balance can meet it; None for other lines."""
    stem = _balance_stem(label)
    if not stem:
        return None
    for suffix in _SUFFIXES:
        concept = concept.removesuffix(suffix)
    return stem, concept if is_ifrs(concept) else LABEL + stem


def _bare_day(found: re.Match[str], period: Period) -> tuple[date | None, bool]:
    """ "... at January 1" / "... at December 31" in a column for a period: its ends."""
    assert period.start is not None
    day = int(found["d1"] or found["d2"])
    month = (found["m1"] or found["m2"]).lower()
    for when, opening in ((period.start, True), (period.end, False)):
        if when.strftime("%B").lower() == month and when.day == day:
            return (when - timedelta(days=1), True) if opening else (when, False)
    return None, False


def is_ifrs(concept: str) -> bool:
    """An IFRS element name ('CashAndCashEquivalents'), not a slug of a printed label."""
    return concept[:1].isupper() and "-" not in concept


_REPRESENTED_BY = re.compile(r",?\s*represented\s+by\s+(?P<what>.+)$")


def _balance_stem(label: str | None) -> str:
    """ "Cash and cash equivalents at beginning of period" -> "cash and cash equivalents";
    "Cash and cash equivalents at end of the year, represented by bank balances and cash"
    -> "bank balances and cash", the balance-sheet line it names."""
    text = normalise_label(label)
    represented = _REPRESENTED_BY.search(text)
    if represented and _END.search(text[: represented.start()]):
        return represented["what"].strip(" .")
    for pattern in (_BEGINNING, _END, _AT_DAY):
        found = pattern.search(text)
        if found and found.start() > 0:
            return text[: found.start()].strip()
    for pattern in (_BEGINNING_ZH, _END_ZH):
        found = pattern.search(text)
        if found and found.start() > 0:
            return text[: found.start()].strip()
        if found and found.end() < len(text):
            return text[found.end() :].strip()
    return ""


def _instant_from_label(label: str | None, period: Period | None) -> tuple[date | None, bool]:
    text = label or ""
    found = _AS_AT.search(text)
    if found:
        day = int(found["d1"] or found["d2"])
        month = (found["m1"] or found["m2"]).lower()
        when = datetime.strptime(f"{day} {month} {found['y']}", "%d %B %Y").date()
        if when.day == 1:
            return when - timedelta(days=1), True
        return when, False
    if period is not None and period.start is not None:
        bare = _AT_DAY.search(text)
        if bare:
            return _bare_day(bare, period)
        if _BEGINNING.search(text) or _BEGINNING_ZH.search(text):
            return period.start - timedelta(days=1), True
        if _END.search(text) or _END_ZH.search(text):
            return period.end, False
    if period is not None and period.start is None:
        return period.end, False
    return None, False


def total_column_is_equity(members: list[str | None]) -> bool:
    """A changes-in-equity matrix whose last column, 'Total', follows the non-controlling
    interests: the last column is total equity."""
    names = [normalise_label(m) for m in members]
    return bool(names) and names[-1] == "total" and any("controlling" in n for n in names[:-1])
