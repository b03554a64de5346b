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
from tieout.checks.arithmetic import END, FORMULAS, LIABILITY_TOTALS, OPENING, Formula, Term
from tieout.checks.footing import FOOTING_CODE, footing_checks
from tieout.checks.registry import CheckContext, rule
from tieout.checks.tolerance import Amount, compare
from tieout.model import (
    Check,
    Fact,
    Filing,
    Finding,
    Measure,
    Period,
    Row,
    Severity,
    Status,
    Unit,
)

IDENTITY_CODE = "TO104"

FactIndex = dict[tuple[str, str], Fact]


def _index(ctx: CheckContext) -> FactIndex:
    """Primary-statement facts by (concept, moment); the first printed wins."""
    primary = {t.id for t in ctx.filing.statements}
    index: FactIndex = {}
    for fact, keyed in zip(ctx.filing.facts, cells.fact_keys(ctx), strict=True):
        if fact.table_id not in primary or fact.member or fact.unit.measure is not Measure.MONETARY:
            continue
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
            terms, found = _placed_parts(index, formula, total, total.period)
            if len(found) != len(terms):
                continue
            if formula.consecutive and _interrupted(ctx.filing, total, found):
                continue
            yield _check(formula, terms, total, found)


def _placed_parts(
    index: FactIndex, formula: Formula, total: Fact, period: Period
) -> tuple[list[Term], list[Fact]]:
    """The formula's terms that are parts where the statement prints them, with their
    facts (a term not found counts, so the formula is skipped)."""
    placed: list[tuple[Term, Fact | None]] = []
    for term in formula.parts:
        fact = _part(index, term, period)
        if term.above_total and not _printed_above(fact, total):
            continue  # the net change printed above the exchange differences: without them
        placed.append((term, fact))
    kept: list[tuple[Term, Fact | None]] = []
    for term, fact in placed:
        below = next((f for t, f in placed if t.concept == term.not_above), None)
        if term.not_above and _printed_above(fact, below):
            continue  # printed above the net change, which includes it
        kept.append((term, fact))
    return [t for t, _ in kept], [f for _, f in kept if f is not None]


def _printed_above(fact: Fact | None, other: Fact | None) -> bool:
    """`fact` stands on a line above `other`'s in the same table."""
    if fact is None or other is None:
        return False
    return fact.table_id == other.table_id and fact.row < other.row


def _name(formula: Formula, terms: list[Term]) -> str:
    """The formula's name, with the placed terms it includes or leaves out."""
    name = formula.name
    for term in formula.parts:
        if not term.named:
            continue
        said = f" + {term.named}"
        if term in terms and said not in name:
            name += said
        elif term not in terms:
            name = name.replace(said, "")
    return name


def _interrupted(filing: Filing, total: Fact, parts: list[Fact]) -> bool:
    """Another amount printed between the lines of an identity, or the lines apart."""
    facts = [total, *parts]
    if len({f.table_id for f in facts}) != 1:
        return True
    table = filing.table(total.table_id)
    rows = {f.row for f in facts}
    between = range(min(rows) + 1, max(rows))
    return any(
        index not in rows and _prints_amounts(table.rows[index], table.unit) for index in between
    )


def _prints_amounts(row: Row, unit: Unit) -> bool:
    measure = (row.unit or unit).measure
    return measure is Measure.MONETARY and any(c.value is not None for c in row.cells)


def _amount(fact: Fact) -> Decimal:
    """A liabilities total as the amount owed: some statements print it in brackets."""
    return abs(fact.value) if fact.concept in LIABILITY_TOTALS else fact.value


def _check(formula: Formula, terms: list[Term], total: Fact, parts: list[Fact]) -> Check:
    weights = [t.weight for t in terms]
    if formula.expense_last and _reads_as_positive_expense(total, parts):
        weights[-1] = -weights[-1]
    signed = [Amount(_amount(p) * w, p.decimals) for p, w in zip(parts, weights, strict=True)]
    rounded = all(_is_rounded(f) for f in (total, *parts))
    result = compare(Amount(_amount(total), total.decimals), signed, rounded=rounded)
    scale = total.unit.scale
    values = [cells.in_table_unit(_amount(p), scale) for p in parts]
    name = _name(formula, terms)
    description = f"{name}: " + cells.written_sum(
        cells.in_table_unit(_amount(total), scale), values, weights
    )
    spans = (total.span, *(p.span for p in parts))
    facts = tuple((f.table_id, f.row, f.column) for f in (total, *parts))
    severity = result.severity
    if severity is None:
        return Check(IDENTITY_CODE, Status.PASSED, description, spans, facts)
    sign = (
        -1 if total.value < 0 and total.concept in LIABILITY_TOTALS else 1
    )  # as the total is printed
    expected = sign * cells.in_table_unit(result.expected, scale)
    difference = sign * cells.in_table_unit(result.difference, scale)
    message = (
        f"{name} does not hold for {total.period}:"
        f" {cells.printed(total.printed)} ≠ {cells.printed(expected)}:"
        f" difference {cells.printed(difference)}"
    )
    if severity is Severity.WARNING:
        message += " (within what rounding explains)"
    finding = Finding(
        IDENTITY_CODE, severity, message, spans, expected, total.printed, difference, total.table_id
    )
    return Check(IDENTITY_CODE, Status.FAILED, description, spans, facts, finding)


def _is_rounded(fact: Fact) -> bool:
    """Amounts in millions or more are presented rounded from the books (as in footing)."""
    unit = fact.unit
    return unit.measure is Measure.MONETARY and unit.scale >= cells.ROUNDED_SCALE


def _reads_as_positive_expense(total: Fact, parts: list[Fact]) -> bool:
    """The expense is printed without brackets and subtracting it is what the total shows."""
    *others, expense = parts
    if expense.value <= 0:
        return False
    rest = sum((p.value for p in others), start=expense.value * 0)
    return abs(total.value - (rest - expense.value)) < abs(total.value - (rest + expense.value))


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
