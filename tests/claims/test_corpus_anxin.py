"""A real announcement from the shared corpus, in `pdftotext -layout` text with wrapped
paragraphs: Anxin-China Holdings Ltd (HKEX 1149), interim results for the six months ended
30 June 2011 (corpus/anxin-1149, from the issuer's investor-relations site; see the corpus
PROVENANCE.md). Read by tieout's own extractor."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.claims.builder import with_line
from tieout.api import document_to_filing
from tieout.checks.engine import run_checks
from tieout.claims import Verdict, analyse
from tieout.read import load_document

DOC = (
    Path(__file__).parents[1]
    / "data"
    / "claims"
    / ("anxin_01149_2011_interim_results_announcement_en.layout.txt")
)
pytestmark = pytest.mark.corpus


def test_the_claims_of_the_management_discussion_are_verified() -> None:
    analysis = analyse(document_to_filing(load_document(DOC)))
    verified = [
        (e.claim.line, e.claim.claimed, e.claim.kind.value, str(e.recomputed))
        for e in analysis.of(Verdict.VERIFIED)
    ]
    assert verified == [
        (1088, "HK$279,267,000", "amount", "279267000"),
        (1088, "HK$149,861,000", "amount", "149861000"),
        (1089, "86%", "change", "86"),
        (1090, "89%", "margin", "89"),
        (1090, "86%", "margin", "86"),
        (1091, "HK$226,876,000", "amount", "226876000"),
        (1091, "HK$86,381,000", "amount", "86381000"),
        (1092, "163%", "change", "163"),
    ]
    assert analysis.of(Verdict.CONTRADICTED) == ()


def test_a_retyped_growth_in_wrapped_text_is_found() -> None:
    document = with_line(load_document(DOC), 1089, "86%", "68%")
    report = run_checks(document_to_filing(document), select=("TO701",))
    assert [(f.spans[0].line, f.actual, f.expected) for f in report.findings] == [
        (1089, Decimal("68"), Decimal("86"))
    ]


def test_spans_of_wrapped_sentences_point_at_the_printed_figures() -> None:
    lines = DOC.read_text(encoding="utf-8").split("\n")
    analysis = analyse(document_to_filing(load_document(DOC)))
    for evaluation in analysis.of(Verdict.VERIFIED):
        span = evaluation.claim.span
        assert lines[span.line - 1][span.col_start - 1 : span.col_end] == evaluation.claim.claimed
