"""TO7xx: what the prose claims, recomputed from the filing's tables."""

from __future__ import annotations

from collections.abc import Iterator

from tieout.checks.registry import CheckContext, rule
from tieout.claims import Analysis, Evaluation, Verdict, analyse
from tieout.model import Check, Finding, Severity, SourceSpan, Status

_CACHE_KEY = "claims.analysis"


def claims_analysis(ctx: CheckContext) -> Analysis:
    """The claims and measures of the filing, computed once per check run."""
    cached = ctx.cache.get(_CACHE_KEY)
    if isinstance(cached, Analysis):
        return cached
    analysis = analyse(ctx.filing)
    ctx.cache[_CACHE_KEY] = analysis
    return analysis


def describe(evaluation: Evaluation) -> str:
    """ "line 36: 'RMB1,739.7 million' (amount of revenue) = 1,739.7 from ..." """
    claim = evaluation.claim
    head = f"line {claim.line}: '{claim.claimed}' ({claim.kind.value} of {claim.subject_text})"
    if evaluation.verdict is Verdict.UNRESOLVED:
        return f"{head}: unresolved, {evaluation.basis}"
    verb = "agrees with" if evaluation.verdict is Verdict.VERIFIED else "contradicted by"
    return f"{head} {verb} {evaluation.recomputed} = {evaluation.basis}"


def _spans(evaluation: Evaluation) -> tuple[SourceSpan, ...]:
    claim = evaluation.claim
    return (claim.span, claim.sentence_span, *(f.span for f in evaluation.facts))


@rule("TO701", "claim-contradicted", Severity.ERROR)
def claim_contradicted(ctx: CheckContext) -> Iterator[Check]:
    """A figure stated in the prose differs from the figure recomputed from the tables.

    What it checks: every amount, percentage change, share, margin and ratio that a sentence
    of the highlights, the management discussion or the notes states ("revenue increased by
    21.4% to RMB1,739.7 million", "accounting for 60.4% of total revenue", "gross profit
    margin of 44.1%", "gearing ratio was -0.6%"), recomputed from the facts its subject
    names, at the precision it is printed. A claim that agrees is a passed check.

    Why it matters: the prose is what readers quote, and it is typed separately from the
    tables; an edited table whose sentence was not updated shows up here.

    Example: `Our revenue increased by 23.4% to RMB1,739.7 million` when revenue went from
    1,433,122 to 1,739,717 (RMB'000): the change is 21.4%.
    """
    for evaluation in claims_analysis(ctx).evaluations:
        if evaluation.verdict is Verdict.UNRESOLVED:
            continue
        text = describe(evaluation)
        spans = _spans(evaluation)
        if evaluation.verdict is Verdict.VERIFIED:
            yield Check("TO701", Status.PASSED, text, spans, evaluation.fact_keys)
            continue
        claimed = evaluation.claim.figure.value
        recomputed = evaluation.recomputed
        difference = None if recomputed is None else claimed - recomputed
        finding = Finding("TO701", Severity.ERROR, text, spans, recomputed, claimed, difference)
        yield Check("TO701", Status.FAILED, text, spans, evaluation.fact_keys, finding)


@rule("TO702", "claim-unresolved", Severity.INFO)
def claim_unresolved(ctx: CheckContext) -> Iterator[Check]:
    """A figure stated in the prose whose subject tieout cannot find in the tables.

    What it checks: claims of the prose whose subject names nothing in the filing's tables
    (vehicles delivered, a market share, a part of a segment), or whose period is missing.

    Why it matters: these claims cannot be tied out from the announcement itself; they are
    listed so that a reader knows what was not verified.

    Example: `705,000 new vehicles were delivered ..., representing a 80.0% year-on-year
    increase`: no table gives vehicles delivered.
    """
    for evaluation in claims_analysis(ctx).evaluations:
        if evaluation.verdict is not Verdict.UNRESOLVED:
            continue
        text = describe(evaluation)
        spans = _spans(evaluation)
        finding = Finding("TO702", Severity.INFO, text, spans)
        yield Check("TO702", Status.UNRESOLVED, text, spans, finding=finding)
