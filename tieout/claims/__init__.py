"""Prose claims and defined measures: read, link, recompute.

    from tieout.claims import analyse
    analysis = analyse(filing)        # every claim with its verdict, every measure recomputed

sentences.py splits prose into located sentences; figures.py and parse.py read the claims
(amounts, changes, shares, margins, ratios); subjects.py names what they are about; link.py
finds the facts; recompute.py and interval.py give the verdict at printed precision;
measures.py recomputes the defined measures (gearing, EBITDA, per-share, use of proceeds,
percent and change columns).
"""

from __future__ import annotations

from dataclasses import dataclass

from tieout.claims.claim import Claim, ClaimKind
from tieout.claims.link import FactIndex
from tieout.claims.measures import MeasureResult, all_measures, claim_measurer
from tieout.claims.parse import read_claims
from tieout.claims.recompute import Evaluation, Verdict, evaluate
from tieout.claims.subjects import filing_vocabulary
from tieout.model import Filing


@dataclass(frozen=True, slots=True)
class Analysis:
    evaluations: tuple[Evaluation, ...]
    measures: tuple[MeasureResult, ...]

    def of(self, verdict: Verdict) -> tuple[Evaluation, ...]:
        return tuple(e for e in self.evaluations if e.verdict is verdict)


def analyse(filing: Filing) -> Analysis:
    """Every claim of the filing's prose with its verdict, and every defined measure."""
    vocabulary = filing_vocabulary(filing)
    index = FactIndex.build(filing, vocabulary)
    statements = [t.lines[0] for t in filing.tables if t.kind.is_primary]
    narrative_end = min(statements) if statements else None
    document = filing.document
    claims = read_claims(document, vocabulary, narrative_end) if document is not None else []
    measure = claim_measurer(index)
    evaluations = tuple(evaluate(claim, index, measure) for claim in claims)
    return Analysis(evaluations, tuple(all_measures(index)))


__all__ = [
    "Analysis",
    "Claim",
    "ClaimKind",
    "Evaluation",
    "MeasureResult",
    "Verdict",
    "analyse",
]
