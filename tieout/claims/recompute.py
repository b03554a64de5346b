"""Recompute what a claim states from the linked facts, at the precision it is printed.

A claim is verified when some value the underlying (rounded) figures allow rounds to the
claimed figure, contradicted when none does, and unresolved when its subject or a period
it needs is not in the filing's tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from tieout.claims.claim import Claim, ClaimKind
from tieout.claims.figures import DateRef
from tieout.claims.interval import Interval, agrees, change_percent, half_unit, share_percent
from tieout.claims.link import FactIndex, Linked
from tieout.claims.subjects import Subject
from tieout.model import Fact
from tieout.numbers import format_amount

# A claimed amount and the fact found for it that differ by more than this factor are not
# the same thing: the subject was linked to the wrong row, not misprinted.
MAGNITUDE = Decimal(50)


class Verdict(StrEnum):
    VERIFIED = "verified"
    CONTRADICTED = "contradicted"
    UNRESOLVED = "unresolved"


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A claim with its verdict, the recomputed value (in the claim's unit) and its basis."""

    claim: Claim
    verdict: Verdict
    recomputed: Decimal | None  # rounded to the claim's printed decimals
    interval: Interval | None  # every value the underlying figures allow, in the claim's unit
    facts: tuple[Fact, ...]
    basis: str  # the arithmetic, or why the claim could not be evaluated

    @property
    def fact_keys(self) -> tuple[tuple[str, int, int], ...]:
        return tuple((f.table_id, f.row, f.column) for f in self.facts)


Recomputed = tuple[Interval, tuple[Fact, ...], str]
Measurer = Callable[[Claim], Recomputed | str]


def evaluate(claim: Claim, index: FactIndex, measure: Measurer | None = None) -> Evaluation:
    """The verdict on one claim."""
    if claim.subject is None:
        return _unresolved(claim, f"no figure in the tables for '{claim.subject_text}'")
    result = _recompute(claim, index, measure)
    if isinstance(result, str):
        return _unresolved(claim, result)
    interval, facts, basis = result
    if claim.kind in (ClaimKind.SHARE, ClaimKind.MARGIN) and not -100 <= interval.mid <= 100:
        why = f"{basis} is {interval.mid:.1f}%: the figures found are no part and whole"
        return _unresolved(claim, why)
    claimed = _claimed(claim)
    decimals = claim.figure.decimals
    ok = agrees(interval, claimed, decimals, claim.qualifier)
    recomputed = interval.mid.quantize(Decimal(1).scaleb(-decimals))
    verdict = Verdict.VERIFIED if ok else Verdict.CONTRADICTED
    return Evaluation(claim, verdict, recomputed, interval, facts, basis)


def _unresolved(claim: Claim, why: str) -> Evaluation:
    return Evaluation(claim, Verdict.UNRESOLVED, None, None, (), why)


def _claimed(claim: Claim) -> Decimal:
    """The claimed figure as a signed number in its printed unit."""
    value = claim.figure.value
    if claim.kind is ClaimKind.CHANGE and claim.direction < 0 and value > 0:
        return -value
    if claim.kind is ClaimKind.AMOUNT:
        return abs(value)
    return value


def _recompute(claim: Claim, index: FactIndex, measure: Measurer | None) -> Recomputed | str:
    assert claim.subject is not None
    if claim.kind is ClaimKind.RATIO or claim.subject.derived == "proceeds":
        if measure is None:
            return f"no definition of {claim.subject.name} to recompute it from"
        return measure(claim)
    if claim.kind is ClaimKind.AMOUNT:
        return _amount(claim, index)
    if claim.kind is ClaimKind.CHANGE:
        return _change(claim, index)
    if claim.kind is ClaimKind.MARGIN:
        return _margin(claim, index)
    return _share(claim, index)


def _need(index: FactIndex, subject: Subject | None, date: DateRef | None) -> Linked | str:
    if subject is None:
        return "the subject is not a known one"
    linked = index.resolve(subject, date)
    if linked is None:
        return f"no figure for {subject.name} ({_when(date)}) in the tables"
    return linked


def _when(date: DateRef | None) -> str:
    if date is None:
        return "current period"
    if date.prior:
        return "prior period"
    return "-".join(str(part) for part in (date.year, date.month, date.day) if part is not None)


def _prior(date: DateRef | None) -> DateRef:
    return DateRef(None, None, None, 0, 0, prior=True)


def _amount(claim: Claim, index: FactIndex) -> Recomputed | str:
    linked = _need(index, claim.subject, claim.date)
    if isinstance(linked, str):
        return linked
    fact_currency = next((f.unit.currency for f in linked.facts if f.unit.currency), None)
    if fact_currency and claim.figure.unit.currency not in (None, fact_currency):
        return f"the claim is in {claim.figure.unit.currency}, the tables in {fact_currency}"
    scale = Decimal(1).scaleb(-claim.figure.unit.scale)
    value = linked.value.magnitude().scale(scale)
    claimed = abs(claim.figure.value)
    if claimed and value.mid and not (1 / MAGNITUDE < value.mid / claimed < MAGNITUDE):
        return f"the figure found for {claim.subject_text} ({linked.how}) is of another magnitude"
    if not agrees(value, _claimed(claim), claim.figure.decimals, claim.qualifier):
        noted = _printed_in_a_note(claim, index, scale)
        if noted is not None:
            return noted
    return value, linked.facts, f"{claim.subject_text} = {linked.how}"


def _printed_in_a_note(claim: Claim, index: FactIndex, scale: Decimal) -> Recomputed | None:
    """A note table printing the claimed figure for the subject: the claim is about that
    figure ('the goodwill of HK$119,543,000' arising on an acquisition), not the balance."""
    assert claim.subject is not None
    for fact in index.facts_of(claim.subject):
        if index.rank(fact) == 0:
            continue  # a statement figure of another period is no excuse
        value = Interval.around(fact.value, half_unit(fact.decimals)).magnitude().scale(scale)
        if agrees(value, _claimed(claim), claim.figure.decimals, claim.qualifier):
            where = f"{fact.label or fact.concept} ({fact.table_id}, line {fact.span.line})"
            return value, (fact,), f"{claim.subject_text} = {where}"
    return None


def _change(claim: Claim, index: FactIndex) -> Recomputed | str:
    current = _need(index, claim.subject, None)
    if isinstance(current, str):
        return current
    prior = _need(index, claim.subject, _prior(None))
    if isinstance(prior, str):
        return prior
    if _opposite_signs(current.value, prior.value):
        return "the two periods have opposite signs: no percentage change"
    try:
        change = change_percent(current.value, prior.value)
    except ZeroDivisionError:
        return "the prior period is nil"
    basis = f"({_show(current)} - {_show(prior)}) / {_show(prior)}"
    return change, (*current.facts, *prior.facts), basis


def _share(claim: Claim, index: FactIndex) -> Recomputed | str:
    base = claim.base or index.vocabulary.by_key("revenue")
    part = _need(index, claim.subject, claim.date)
    if isinstance(part, str):
        return part
    whole = _need(index, base, claim.date)
    if isinstance(whole, str):
        return whole
    try:
        share = share_percent(part.value, whole.value)
    except ZeroDivisionError:
        return "the whole is nil"
    return share, (*part.facts, *whole.facts), f"{_show(part)} / {_show(whole)}"


def _margin(claim: Claim, index: FactIndex) -> Recomputed | str:
    assert claim.subject is not None and claim.subject.derived is not None
    numerator = index.vocabulary.by_key(claim.subject.derived.split(":", 1)[1])
    part = _need(index, numerator, claim.date)
    if isinstance(part, str):
        return part
    whole = _need(index, index.vocabulary.by_key("revenue"), claim.date)
    if isinstance(whole, str):
        return whole
    ratio = (part.value / whole.value.magnitude()).scale(Decimal(100))
    return ratio, (*part.facts, *whole.facts), f"{_show(part)} / {_show(whole)}"


def _opposite_signs(a: Interval, b: Interval) -> bool:
    return (a.hi < 0 < b.lo) or (b.hi < 0 < a.lo)


def _show(linked: Linked) -> str:
    """The linked value as its facts print it (RMB'000 figures in thousands)."""
    first = linked.facts[0]
    printed = linked.value.mid.scaleb(-first.unit.scale)
    return format_amount(printed, max(first.decimals + first.unit.scale, 0))
