"""Find the facts a claim's subject names, for the period the claim is about.

A subject is found by concept (IFRS element) or by row label; derived subjects are built
from several facts: overseas revenue (revenue less the home market of the geography
breakdown), total borrowings (current plus non-current in the balance sheet), the net
proceeds of a use-of-proceeds table. Values come back as intervals over their printed
precision, with the facts they came from.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from tieout.claims.figures import DateRef
from tieout.claims.interval import Interval, half_unit
from tieout.claims.subjects import Subject, Vocabulary, normalise_label
from tieout.model import Fact, Filing, Measure, Period, TableKind

HOME_MARKETS = ("mainland china", "the prc", "prc", "china", "domestic", "hong kong")
_KIND_RANK = {
    TableKind.INCOME_STATEMENT: 0,
    TableKind.BALANCE_SHEET: 0,
    TableKind.CASH_FLOWS: 0,
    TableKind.CHANGES_IN_EQUITY: 1,
    TableKind.COMPREHENSIVE_INCOME: 1,
    TableKind.NOTE: 2,
    TableKind.MDNA: 3,
    TableKind.OTHER: 4,
}


@dataclass(frozen=True, slots=True)
class Linked:
    """A subject's value for one period: an interval in base units and the facts behind it."""

    value: Interval
    facts: tuple[Fact, ...]
    period: Period | None
    how: str  # "Revenue t03 r0" or "revenue - Mainland China"


@dataclass
class FactIndex:
    """The filing's monetary facts by concept and by label, with its reporting periods."""

    filing: Filing
    vocabulary: Vocabulary
    by_concept: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    by_label: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    kinds: dict[str, TableKind] = field(default_factory=dict)
    by_period: dict[Period | None, list[Fact]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, filing: Filing, vocabulary: Vocabulary) -> FactIndex:
        index = cls(filing, vocabulary)
        index.kinds = {t.id: t.kind for t in filing.tables}
        for fact in filing.facts:
            index.by_period[fact.period].append(fact)
            if fact.unit.measure is not Measure.MONETARY:
                continue
            index.by_concept[fact.concept].append(fact)
            if fact.label:
                index.by_label[normalise_label(fact.label)].append(fact)
        return index

    # ----------------------------------------------------------------- facts

    def facts_of(self, subject: Subject) -> list[Fact]:
        found: dict[int, Fact] = {}
        for concept in subject.concepts:
            for fact in self.by_concept.get(concept, ()):
                found[id(fact)] = fact
        for label in subject.labels:
            for fact in self.by_label.get(label, ()):
                found[id(fact)] = fact
        if not found:
            # A row label written the way prose writes the subject ("Net cash used in
            # operating activities") names it too, whatever concept the row was given.
            for label, facts in self.by_label.items():
                if subject.pattern.fullmatch(label):
                    for fact in facts:
                        found[id(fact)] = fact
        return [f for f in found.values() if _is_whole(f.member)] or list(found.values())

    def facts_labelled(self, test: re.Pattern[str], kinds: Iterable[TableKind]) -> list[Fact]:
        wanted = set(kinds)
        return [
            f
            for label, facts in self.by_label.items()
            if test.search(label)
            for f in facts
            if self.kinds.get(f.table_id) in wanted
        ]

    def best(self, facts: Iterable[Fact]) -> Fact | None:
        """The most precise fact, from the primary statements where precision ties."""
        ranked = sorted(facts, key=lambda f: (-f.decimals, self.rank(f)))
        return ranked[0] if ranked else None

    def rank(self, fact: Fact) -> int:
        """0 for the primary statements, higher for notes, MD&A and other tables."""
        return _KIND_RANK.get(self.kinds.get(fact.table_id, TableKind.OTHER), 4)

    # ----------------------------------------------------------------- periods

    def period_for(self, facts: list[Fact], date: DateRef | None) -> Period | None:
        """The period among the facts' periods that a date names (the latest for none)."""
        periods = sorted(
            {f.period for f in facts if f.period is not None}, key=_period_key, reverse=True
        )
        if not periods:
            return None
        if date is None or date.current:
            return periods[0]
        if date.prior:
            earlier = [p for p in periods if p.end < periods[0].end]
            return earlier[0] if earlier else None
        same_year = [p for p in periods if p.end.year == date.year]
        same_month = [p for p in same_year if date.month is None or p.end.month == date.month]
        chosen = same_month or same_year
        return chosen[0] if chosen else None

    # ----------------------------------------------------------------- subjects

    def resolve(self, subject: Subject, date: DateRef | None) -> Linked | None:
        """The subject's value for the period `date` names (the current period for None)."""
        if subject.derived == "overseas":
            return self._overseas(date)
        if subject.derived == "sum:borrowings":
            return self._sum_in_balance_sheet(subject, re.compile(r"\bborrowings?\b"), date)
        if subject.derived == "proceeds":
            return None  # checked against the use-of-proceeds tables by the measures
        return self._direct(subject, date)

    def _direct(self, subject: Subject, date: DateRef | None) -> Linked | None:
        facts = self.facts_of(subject)
        # The statements are the reference: notes and MD&A tables only where they are silent.
        primary = [f for f in facts if self.kinds.get(f.table_id, TableKind.OTHER).is_primary]
        for pool in (primary, facts):
            period = self.period_for(pool, date)
            chosen = self.best(f for f in pool if f.period == period)
            if chosen is not None:
                return Linked(_interval(chosen), (chosen,), period, _where(chosen))
        return None

    def _overseas(self, date: DateRef | None) -> Linked | None:
        revenue_subject = self.vocabulary.by_key("revenue")
        if revenue_subject is None:
            return None
        total = self._direct(revenue_subject, date)
        if total is None or total.period is None:
            return None
        home = self._home_market(total)
        if home is None:
            return None
        how = f"revenue - {home.label}"
        return Linked(total.value - _interval(home), (*total.facts, home), total.period, how)

    def _home_market(self, total: Linked) -> Fact | None:
        """The home-market row of a geography breakdown that adds up to total revenue."""
        candidates = [
            fact
            for market in HOME_MARKETS
            for fact in self.by_label.get(market, ())
            if fact.period == total.period and self._column_holds(fact, total.value)
        ]
        # The home market is the breakdown's first row ("Hong Kong" before "Mainland China").
        return min(candidates, key=lambda f: (f.table_id, f.row)) if candidates else None

    def _column_holds(self, fact: Fact, amount: Interval) -> bool:
        """Whether the fact's table column also prints the amount (the breakdown's total)."""
        return any(
            _interval(other).meets(amount)
            for other in self.filing.facts
            if other.table_id == fact.table_id and other.column == fact.column and other != fact
        )

    def _sum_in_balance_sheet(
        self, subject: Subject, pattern: re.Pattern[str], date: DateRef | None
    ) -> Linked | None:
        facts = self.facts_labelled(pattern, (TableKind.BALANCE_SHEET,))
        if not facts:
            return self._direct(subject, date)
        period = self.period_for(facts, date)
        chosen = [f for f in facts if f.period == period]
        totals = [f for f in chosen if normalise_label(f.label or "").startswith("total")]
        parts = totals[:1] or chosen
        if not parts:
            return None
        how = " + ".join(_where(f) for f in parts)
        return Linked(_sum_intervals(parts), tuple(parts), period, how)


def _period_key(period: Period) -> tuple[date, date]:
    """Latest end first; a duration before an instant of the same end."""
    return (period.end, period.start or date.min)


def _is_whole(member: str | None) -> bool:
    """No member, or the total column of a matrix (changes in equity: "Total equity")."""
    return member is None or normalise_label(member) in ("total", "total equity")


def _interval(fact: Fact) -> Interval:
    return Interval.around(fact.value, half_unit(fact.decimals))


def _sum_intervals(facts: Iterable[Fact]) -> Interval:
    total: Interval | None = None
    for fact in facts:
        total = _interval(fact) if total is None else total + _interval(fact)
    assert total is not None
    return total


def _where(fact: Fact) -> str:
    return f"{fact.label or fact.concept} ({fact.table_id}, line {fact.span.line})"
