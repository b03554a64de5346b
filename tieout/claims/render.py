"""Claims and measures as text or JSON, for `tieout claims`."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from tieout.claims import Analysis, Evaluation, MeasureResult, Verdict


def _number(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def evaluation_json(evaluation: Evaluation) -> dict[str, Any]:
    claim = evaluation.claim
    date = claim.date
    return {
        "line": claim.line,
        "columns": [claim.span.col_start, claim.span.col_end],
        "status": evaluation.verdict.value,
        "kind": claim.kind.value,
        "claimed": claim.claimed,
        "claimed_value": str(claim.figure.value),
        "unit": claim.figure.unit.label(),
        "direction": claim.direction or None,
        "qualifier": claim.qualifier,
        "subject": claim.subject.key if claim.subject else None,
        "subject_text": claim.subject_text,
        "base": claim.base.key if claim.base else None,
        "period": None
        if date is None
        else ("prior" if date.prior else "-".join(str(p) for p in (date.year, date.month) if p)),
        "recomputed": _number(evaluation.recomputed),
        "basis": evaluation.basis,
        "facts": [
            {"table": f.table_id, "row": f.row, "column": f.column, "line": f.span.line}
            for f in evaluation.facts
        ],
        "sentence": claim.sentence,
    }


def measure_json(result: MeasureResult) -> dict[str, Any]:
    return {
        "kind": result.kind,
        "name": result.name,
        "line": result.span.line,
        "printed": str(result.printed),
        "recomputed": str(result.value),
        "agrees": result.agrees,
        "basis": result.basis,
        "facts": [list(key) for key in result.keys],
    }


def render_json(analysis: Analysis) -> str:
    counts = {v.value: len(analysis.of(v)) for v in Verdict}
    body = {
        "summary": {"claims": len(analysis.evaluations), **counts},
        "claims": [evaluation_json(e) for e in analysis.evaluations],
        "measures": [measure_json(m) for m in analysis.measures],
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def _facts_text(evaluation: Evaluation) -> str:
    """ " [t12 line 395, t18 line 679]": where the linked facts were printed."""
    seen: list[str] = []
    for fact in evaluation.facts:
        where = f"{fact.table_id} line {fact.span.line}"
        if where not in seen:
            seen.append(where)
    return f"  [{', '.join(seen)}]" if seen else ""


def render_text(analysis: Analysis) -> str:
    lines = [f"{'line':>5}  {'status':<12} {'kind':<7} {'claimed':<22} {'recomputed':>12}  subject"]
    for e in analysis.evaluations:
        claim = e.claim
        recomputed = "" if e.recomputed is None else str(e.recomputed)
        subject = claim.subject.name if claim.subject else f"? {claim.subject_text}"
        lines.append(
            f"{claim.line:>5}  {e.verdict.value:<12} {claim.kind.value:<7} "
            f"{claim.claimed:<22} {recomputed:>12}  {subject}"
        )
        lines.append(f"{'':>7}{e.basis}{_facts_text(e)}")
    if analysis.measures:
        lines.append("")
        lines.append("defined measures")
        for m in analysis.measures:
            mark = "ok" if m.agrees else "DIFFERS"
            lines.append(
                f"{m.span.line:>5}  {mark:<8} {m.kind:<15} {m.name}: printed {m.printed},"
                f" recomputed {m.value}"
            )
    counts = ", ".join(f"{len(analysis.of(v))} {v.value}" for v in Verdict)
    lines.append("")
    lines.append(f"{len(analysis.evaluations)} claims: {counts}")
    return "\n".join(lines) + "\n"
