"""The three ties a reader of a results announcement looks at first, gathered from the
checks: the balance sheet balances, the cash-flow statement's closing cash agrees with the
balance sheet, and the primary statements foot. A view of the report, not a rule: every
check counted here was run and reported by its own rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tieout.checks.arithmetic import BALANCES
from tieout.checks.footing import FOOTING_CODE
from tieout.checks.identities import IDENTITY_CODE
from tieout.model import Check, Fact, Report, Severity, Status, TableKind

STATEMENT_TIE = "TO401"
FOOTING_CODES = frozenset({FOOTING_CODE, "TO103", "TO105"})
CASH_CONCEPTS = frozenset({"CashAndCashEquivalents"})


@dataclass(frozen=True, slots=True)
class KeyTie:
    name: str
    checks: tuple[Check, ...]
    why_unchecked: str = ""  # what the document lacks, when nothing was checked

    @property
    def passed(self) -> int:
        return sum(c.status is Status.PASSED for c in self.checks)

    @property
    def failed(self) -> int:
        return sum(c.status is Status.FAILED and not _rounding(c) for c in self.checks)

    @property
    def within_rounding(self) -> int:
        """Failed by no more than the rounding of figures in millions explains (warnings):
        a statement printed rounded foots as printed to its last digit, not beyond."""
        return sum(c.status is Status.FAILED and _rounding(c) for c in self.checks)

    @property
    def status(self) -> str:
        if self.failed:
            return "failed"
        return "passed" if self.passed or self.within_rounding else "not checked"


def _rounding(check: Check) -> bool:
    return check.finding is not None and check.finding.severity is Severity.WARNING


def key_ties(report: Report) -> tuple[KeyTie, ...]:
    facts = {(f.table_id, f.row, f.column): f for f in report.filing.facts}
    kinds = {t.id: t.kind for t in report.filing.tables}

    def facts_of(check: Check) -> list[Fact]:
        return [facts[k] for k in check.facts if k in facts]

    def tie(name: str, wanted: Callable[[Check], bool], why: str) -> KeyTie:
        return KeyTie(name, tuple(c for c in report.checks if wanted(c)), why)

    present = set(kinds.values())
    return (
        tie(
            "balance sheet balances",
            lambda c: c.code == IDENTITY_CODE and c.description.startswith(BALANCES),
            "no balance sheet found"
            if TableKind.BALANCE_SHEET not in present
            else "no totals that balance found (assets, equity and liabilities, net assets)",
        ),
        tie(
            "closing cash agrees with the balance sheet",
            lambda c: c.code == STATEMENT_TIE and _cash_between_statements(facts_of(c), kinds),
            _why_cash_unchecked(report.filing.facts, kinds, present),
        ),
        tie(
            "primary statements foot",
            lambda c: c.code in FOOTING_CODES and _all_primary(facts_of(c), kinds),
            "no primary statement found",
        ),
    )


def _why_cash_unchecked(
    facts: Sequence[Fact], kinds: dict[str, TableKind], present: set[TableKind]
) -> str:
    if TableKind.CASH_FLOWS not in present:
        return "no cash flow statement in the document"
    if TableKind.BALANCE_SHEET not in present:
        return "no balance sheet found"
    closing = [
        f.label or ""
        for f in facts
        if kinds.get(f.table_id) is TableKind.CASH_FLOWS and _END.search(f.label or "")
    ]
    if any("restricted" in label.lower() for label in closing):
        return "the cash flow statement closes on cash including restricted cash"
    return "the closing cash is printed under another name than the balance sheet's"


_END = re.compile(r"\bend\s+of\s+(?:the\s+)?(?:period|year|quarter)|ending\s+balance", re.I)


def _cash_between_statements(facts: Sequence[Fact], kinds: dict[str, TableKind]) -> bool:
    tables = {kinds.get(f.table_id) for f in facts}
    cash = any(f.concept in CASH_CONCEPTS for f in facts)
    return cash and {TableKind.CASH_FLOWS, TableKind.BALANCE_SHEET} <= tables


def _all_primary(facts: Sequence[Fact], kinds: dict[str, TableKind]) -> bool:
    return bool(facts) and all(
        (kind := kinds.get(f.table_id)) is not None and kind.is_primary for f in facts
    )
