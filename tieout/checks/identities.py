"""TO104: the identities of the statements (checks.arithmetic) hold between printed facts.

Footing checks what the layout shows; this rule checks what the concepts say, across
tables and across lines footing could not join (a cash flow statement split over two
pages). An identity whose total footing already checked is not checked twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

from tieout.checks import cells
from tieout.checks.arithmetic import END, FORMULAS, OPENING, Formula, Term
from tieout.checks.concepts import key_of
from tieout.checks.footing import FOOTING_CODE, footing_checks
from tieout.checks.registry import CheckContext, rule
from tieout.checks.tolerance import Amount, compare
from tieout.model import Check, Fact, Finding, Measure, Period, Severity, Status

IDENTITY_CODE = "TO104"

FactIndex = dict[tuple[str, str], Fact]


def _index(ctx: CheckContext) -> FactIndex:
    """Primary-statement facts by (concept, moment); the first printed wins."""
    primary = {t.id for t in ctx.filing.statements}
    index: FactIndex = {}
    for fact in ctx.filing.facts:
        if fact.table_id not in primary or fact.member or fact.unit.measure is not Measure.MONETARY:
            continue
        keyed = key_of(fact)
        if keyed is not None:
            index.setdefault((keyed.key.concept, keyed.key.moment), fact)
    return index


def _moment(term: Term, period: Period) -> str:
    if term.when == END:
        return period.end.isoformat()
    if term.when == OPENING:
        if period.start is None:
            return ""
        return (period.start - timedelta(days=1)).isoformat()
    return str(period)


# A balance sheet without non-controlling interests may print no total equity: the
# owners' equity is then the whole of it.
_STANDS_IN = {"Equity": ("EquityAttributableToOwnersOfParent", "NoncontrollingInterests")}


def _part(index: FactIndex, term: Term, period: Period) -> Fact | None:
    moment = _moment(term, period)
    found = index.get((term.concept, moment))
    if found is not None or term.concept not in _STANDS_IN:
        return found
    owners, minority = _STANDS_IN[term.concept]
    return None if (minority, moment) in index else index.get((owners, moment))


def identity_checks(ctx: CheckContext) -> Iterator[Check]:
    footed = {c.facts[0] for c in footing_checks(ctx) if c.code == FOOTING_CODE and c.facts}
    index = _index(ctx)
    for formula in FORMULAS:
        for (concept, moment), total in index.items():
            if concept != formula.total.concept or total.period is None:
                continue
            if _moment(formula.total, total.period) != moment:
                continue
            key = (total.table_id, total.row, total.column)
            if len(formula.parts) > 1 and key in footed and not formula.balances:
                continue
            parts = [_part(index, t, total.period) for t in formula.parts]
            if all(p is not None for p in parts):
                yield _check(formula, total, [p for p in parts if p is not None])


# Liabilities are amounts owed: some statements print them in brackets, and an identity
# adds what is owed, whichever way it is printed.
_OWED = frozenset({"Liabilities", "CurrentLiabilities", "NoncurrentLiabilities"})


def _amount(fact: Fact) -> Decimal:
    return abs(fact.value) if fact.concept in _OWED else fact.value


def _check(formula: Formula, total: Fact, parts: list[Fact]) -> Check:
    weights = [t.weight for t in formula.parts]
    signed = [Amount(_amount(p) * w, p.decimals) for p, w in zip(parts, weights, strict=True)]
    result = compare(Amount(_amount(total), total.decimals), signed)
    scale = total.unit.scale
    values = [cells.in_table_unit(_amount(p), scale) for p in parts]
    description = f"{formula.name}: " + cells.written_sum(
        cells.in_table_unit(_amount(total), scale), values, weights
    )
    spans = (total.span, *(p.span for p in parts))
    facts = tuple((f.table_id, f.row, f.column) for f in (total, *parts))
    severity = result.severity
    if severity is None:
        return Check(IDENTITY_CODE, Status.PASSED, description, spans, facts)
    sign = -1 if total.value < 0 and total.concept in _OWED else 1  # as the total is printed
    expected = sign * cells.in_table_unit(result.expected, scale)
    difference = sign * cells.in_table_unit(result.difference, scale)
    message = (
        f"{formula.name} does not hold for {total.period}:"
        f" {cells.printed(total.printed)} ≠ {cells.printed(expected)}:"
        f" difference {cells.printed(difference)}"
    )
    finding = Finding(
        IDENTITY_CODE, severity, message, spans, expected, total.printed, difference, total.table_id
    )
    return Check(IDENTITY_CODE, Status.FAILED, description, spans, facts, finding)


@rule(IDENTITY_CODE, "statement-identity-does-not-hold", Severity.ERROR)
def statement_identity_does_not_hold(ctx: CheckContext) -> Iterator[Check]:
    """An identity of the primary statements does not hold between printed figures.

    What it checks: the standard arithmetic of the statements by concept, wherever the
    figures are printed: gross profit = revenue + cost of sales; loss = loss before tax +
    income tax; assets = non-current + current; equity and liabilities = equity +
    liabilities; total assets = total equity and liabilities; net assets = assets -
    liabilities and net assets = equity (a balance sheet ending in net assets); net
    change in cash = operating + investing + financing; closing cash = opening cash + net
    change + exchange differences. Identities whose total footing already checked are skipped.

    Why it matters: it joins what the layout separates (a statement split over two
    pages, a subtotal that is not printed) and it is the check of last resort when the
    layout is too damaged to foot.

    Example: closing cash 7,626,544 = 9,423,495 + (1,869,265) + 72,314 when the cash
    flow statement is printed in two parts.
    """
    return identity_checks(ctx)
