"""The gearing ratio recomputed from the definition the text states, and claims about
defined measures (gearing, net proceeds) for recompute.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from tieout.claims.claim import Claim
from tieout.claims.interval import Interval
from tieout.claims.link import FactIndex
from tieout.claims.measures.cells import (
    PLANNED_USE,
    cell_interval,
    column_like,
    column_scale,
    fact_interval,
    total_row,
)
from tieout.claims.recompute import Measurer, Recomputed
from tieout.claims.sentences import Sentence, paragraphs, split_sentences
from tieout.claims.subjects import normalise_label
from tieout.model import (
    Document,
    Fact,
    Filing,
    Period,
    TableKind,
)

_NET_DEBT = re.compile(
    r"net debt (?:equals?(?: to)?|is calculated as|represents|is defined as|comprises)\s+(.+?)\.?$",
    re.IGNORECASE,
)
_CAPITAL = re.compile(
    r"total capital (?:equals?(?: to)?|is calculated as|represents|is defined as)\s+(.+?)\.?$",
    re.IGNORECASE,
)
_DIVIDED = re.compile(r"net debt divided by (?:the )?(.+?)(?:\s+at\b|\s+as at\b|\.?$)", re.I)


@dataclass(frozen=True, slots=True)
class GearingDefinition:
    """Net debt = sum(add) - sum(less), over the denominator (plus net debt for capital)."""

    add: tuple[str, ...]
    less: tuple[str, ...]
    denominator: tuple[str, ...]
    plus_net_debt: bool  # "total capital = total equity + net debt"


# Phrases whose "and" joins no two terms.
_UNSPLIT = ("cash and cash equivalents", "property, plant and equipment", "trade and other")


def gearing_definition(document: Document | None) -> GearingDefinition | None:
    """The definition of the gearing ratio as the text states it, if it does."""
    if document is None:
        return None
    add: tuple[str, ...] | None = None
    less: tuple[str, ...] = ()
    over: str | None = None
    capital: tuple[str, ...] | None = None
    for sentence in _sentences_about(document, "net debt"):
        debt = _NET_DEBT.search(sentence.text)
        if debt and add is None:
            parts = re.split(r"\s+(?:less|minus)\s+", debt.group(1), maxsplit=1)
            add = _terms(parts[0])
            less = _terms(parts[1]) if len(parts) > 1 else ()
        divided = _DIVIDED.search(sentence.text)
        if divided and over is None and "gearing" in sentence.text.lower():
            over = divided.group(1).lower()
        total = _CAPITAL.search(sentence.text)
        if total and capital is None:
            capital = tuple(t for t in _terms(total.group(1)) if t != "net debt")
    if add is None or over is None:
        return None
    if "capital" in over:
        if capital is None:
            return None
        return GearingDefinition(add, less, capital, plus_net_debt=True)
    return GearingDefinition(add, less, _terms(over), plus_net_debt=False)


def _sentences_about(document: Document, words: str) -> list[Sentence]:
    """Sentences of the paragraphs that mention `words` (split only those paragraphs)."""
    return [
        sentence
        for _, block in paragraphs(document)
        if any(words in line.text.lower() for line in block)
        for sentence in split_sentences(block)
    ]


def _terms(text: str) -> tuple[str, ...]:
    """ "total borrowings, lease liabilities and preferred share" -> three terms."""
    protected = text.lower()
    for phrase in _UNSPLIT:
        protected = protected.replace(phrase, phrase.replace(" and ", " & ").replace(",", ";"))
    pieces = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+plus\s+", protected)
    terms = []
    for piece in pieces:
        term = re.sub(r"^(?:our|the|its)\s+", "", piece.strip())
        term = term.replace(" & ", " and ").replace(";", ",")
        if term:
            terms.append(term)
    return tuple(terms)


def balance_sheet_term(index: FactIndex, term: str, period: Period | None) -> list[Fact]:
    """The balance-sheet facts a definition's term names: exact label, prefix, then words."""
    facts = [
        f
        for f in index.filing.facts
        if index.kinds.get(f.table_id) is TableKind.BALANCE_SHEET
        and f.label
        and (period is None or f.period == period)
    ]
    bare = re.sub(r"^total\s+", "", term)
    tests = (
        lambda label: label == term,
        lambda label: label == bare,
        lambda label: label.startswith(bare),
        lambda label: re.search(rf"\b{re.escape(bare)}\b", label) is not None,
    )
    for test in tests:
        found = [f for f in facts if test(normalise_label(f.label or ""))]
        if found:
            return found
    return []


def gearing(index: FactIndex, definition: GearingDefinition, period: Period) -> Recomputed | str:
    """Net debt over total capital, in percent, for one balance-sheet date."""
    used: list[Fact] = []

    def total(terms: tuple[str, ...]) -> Interval | str:
        value = Interval.exact(Decimal(0))
        for term in terms:
            facts = balance_sheet_term(index, term, period)
            if not facts:
                return f"no balance-sheet figure for '{term}' at {period}"
            used.extend(facts)
            for fact in facts:
                value = value + fact_interval(fact)
        return value

    added, less, over = (
        total(definition.add),
        total(definition.less),
        total(definition.denominator),
    )
    for part in (added, less, over):
        if isinstance(part, str):
            return part
    assert isinstance(added, Interval) and isinstance(less, Interval)
    assert isinstance(over, Interval)
    net_debt = added - less
    denominator = over + net_debt if definition.plus_net_debt else over
    ratio = (net_debt / denominator).scale(Decimal(100))
    named = " + ".join(definition.denominator) + (" + net debt" if definition.plus_net_debt else "")
    basis = f"net debt {net_debt.mid:,.0f} / ({named}) {denominator.mid:,.0f} = {ratio.mid:.2f}%"
    return ratio, tuple(used), basis


def claim_measurer(index: FactIndex) -> Measurer:
    """What recompute.py calls for claims about defined measures (gearing, net proceeds).
    The gearing ratio's definition is looked for in the text at the first gearing claim
    (most filings make none, and the look-up reads all of the prose)."""
    definitions: list[GearingDefinition | None] = []

    def definition() -> GearingDefinition | None:
        if not definitions:
            definitions.append(gearing_definition(index.filing.document))
        return definitions[0]

    def measure(claim: Claim) -> Recomputed | str:
        assert claim.subject is not None
        if claim.subject.derived == "proceeds":
            return _proceeds_total(index.filing, claim)
        defined = definition() if claim.subject.derived == "gearing" else None
        if defined is None:
            return f"the text does not define {claim.subject.name}"
        facts = [
            f for f in index.filing.facts if index.kinds.get(f.table_id) is TableKind.BALANCE_SHEET
        ]
        period = index.period_for(facts, claim.date)
        if period is None:
            return "no balance sheet to recompute the gearing ratio from"
        return gearing(index, defined, period)

    return measure


def _proceeds_total(filing: Filing, claim: Claim) -> Recomputed | str:
    """The total of the planned-use column of the use-of-proceeds table nearest the claim."""
    candidates: list[tuple[int, Interval, tuple[Fact, ...], str]] = []
    for table in filing.tables:
        planned = column_like(table, PLANNED_USE)
        total = total_row(table)
        if planned is None or total is None:
            continue
        cell = total.cell(planned.index)
        if cell is None or cell.value is None:
            continue
        distance = abs(table.lines[0] - claim.line)
        amount = cell_interval(cell).scale(
            Decimal(1).scaleb(column_scale(table, planned) - claim.figure.unit.scale)
        )
        facts = tuple(
            f
            for f in filing.facts
            if (f.table_id, f.row, f.column) == (table.id, total.index, planned.index)
        )
        candidates.append((distance, amount, facts, f"total of '{planned.header}' ({table.id})"))
    if not candidates:
        return "no use-of-proceeds table"
    _, amount, facts, basis = min(candidates, key=lambda c: c[0])
    return amount.magnitude(), facts, basis
