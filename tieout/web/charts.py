"""Figures people would rather look at than read: revenue mix, margins, period change.

Each function returns plain rows (Decimal amounts and percentages) or an empty list when
the filing lacks what the chart needs; the template draws them as SVG bars.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tieout.model import ColumnRole, Fact, Filing, Period, RowKind, Table, TableKind

REVENUE = "Revenue"
MARGIN_CONCEPTS = (
    ("Gross margin", "GrossProfit"),
    ("Operating margin", "ProfitLossFromOperatingActivities"),
    ("Net margin", "ProfitLoss"),
)
CHANGE_CONCEPTS = (
    REVENUE,
    "GrossProfit",
    "ProfitLossFromOperatingActivities",
    "ProfitLoss",
)
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: Decimal  # the amount or percentage shown
    share: Decimal  # bar length, 0..100 (percent of the longest bar or of the total)
    negative: bool = False
    note: str = ""  # shown after the value, e.g. the share of the total


def revenue_mix(filing: Filing) -> tuple[str, list[Bar]]:
    """Items of the first table whose total row is revenue, for its first value column."""
    for table in filing.tables:
        if table.kind.is_primary:
            continue
        bars = _mix_of(table)
        if bars:
            return table.title, bars
    return "", []


def _mix_of(table: Table) -> list[Bar]:
    """Revenue by segment: a table whose total is revenue (by concept, or by its title)."""
    about_revenue = REVENUE.lower() in f"{table.title} {table.section}".lower()
    totals = [
        r for r in table.rows if r.kind is RowKind.TOTAL and (r.concept == REVENUE or about_revenue)
    ]
    values = [c for c in table.columns if c.role is ColumnRole.VALUE]
    if not totals or not values:
        return []
    column = values[0].index
    total_cell = totals[0].cell(column)
    total = total_cell.value if total_cell else None
    items = []
    for row in table.rows:
        cell = row.cell(column)
        if row.kind is RowKind.ITEM and cell is not None and cell.value is not None:
            items.append((row.label or row.concept, cell.value))
    if not total or len(items) < 2:
        return []
    bars = []
    for label, value in items:
        share = (value / total * _HUNDRED).quantize(Decimal("0.1"))
        bars.append(Bar(label, value, min(abs(share), _HUNDRED), value < 0, f"{share}%"))
    return bars


def _income_facts(filing: Filing) -> list[Fact]:
    income = {t.id for t in filing.tables if t.kind is TableKind.INCOME_STATEMENT}
    return [f for f in filing.facts if f.table_id in income and f.member is None and f.period]


def _by_period(facts: list[Fact], concept: str) -> dict[Period, Decimal]:
    out: dict[Period, Decimal] = {}
    for fact in facts:
        if fact.concept == concept and fact.period is not None:
            out.setdefault(fact.period, fact.value)
    return out


def margins(filing: Filing) -> list[tuple[str, list[Bar]]]:
    """Per period (latest first): gross, operating and net margin as % of revenue."""
    facts = _income_facts(filing)
    revenue = _by_period(facts, REVENUE)
    out = []
    for period in sorted(revenue, reverse=True):
        if not revenue[period]:
            continue
        bars = []
        for name, concept in MARGIN_CONCEPTS:
            amount = _by_period(facts, concept).get(period)
            if amount is None:
                continue
            pct = (amount / revenue[period] * _HUNDRED).quantize(Decimal("0.1"))
            bars.append(Bar(name, pct, min(abs(pct), _HUNDRED), pct < 0))
        if bars:
            out.append((str(period), bars))
    return out


def changes(filing: Filing) -> tuple[str, list[Bar]]:
    """Period-over-period change (%) of the key income lines, latest vs the one before."""
    facts = _income_facts(filing)
    revenue_periods = sorted(_by_period(facts, REVENUE), reverse=True)
    if len(revenue_periods) < 2:
        return "", []
    current, prior = revenue_periods[0], revenue_periods[1]
    rows = []
    for concept in CHANGE_CONCEPTS:
        values = _by_period(facts, concept)
        now, before = values.get(current), values.get(prior)
        if now is None or not before:
            continue
        label = next((f.label for f in facts if f.concept == concept and f.label), concept)
        pct = (_change(now, before) * _HUNDRED).quantize(Decimal("0.1"))
        rows.append((label, pct))
    if not rows:
        return "", []
    longest = max(abs(p) for _, p in rows) or Decimal(1)
    bars = [
        Bar(label, pct, (abs(pct) / longest * _HUNDRED).quantize(Decimal("0.1")), pct < 0)
        for label, pct in rows
    ]
    return f"{current} vs {prior}", bars


def _change(now: Decimal, before: Decimal) -> Decimal:
    """Relative change as announcements print it: of the size of the amount, so a loss
    that shrinks from (3,142,624) to (2,477,212) changes by -21.2%; across a change of
    sign, of the signed amount."""
    if (now < 0) == (before < 0):
        return (abs(now) - abs(before)) / abs(before)
    return (now - before) / abs(before)
