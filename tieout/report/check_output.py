"""A Report as text for people or JSON for programs: the output of `tieout check`.

JSON shape (amounts as exact decimal strings, lines 1-based):
    {"source": ..., "summary": {...},
     "key_ties": [{"name", "status", "passed", "failed", "within_rounding", "lines"}],
     "findings": [{"code", "severity", "message", "expected", "actual", "difference",
                   "lines", "pages", "table"}],
     "checks": [{"code", "status", "description", "lines"}]}      (only with --all)
"""

from __future__ import annotations

import json
from typing import Any

from tieout.checks.key_ties import KeyTie, key_ties
from tieout.model import Check, Filing, Finding, Report, Status, Summary
from tieout.report.filing_json import decimal_text


def render(report: Report, fmt: str = "text", *, all_checks: bool = False) -> str:
    if fmt == "json":
        return json.dumps(report_to_dict(report, all_checks=all_checks), indent=2) + "\n"
    return render_text(report, all_checks=all_checks)


def report_to_dict(report: Report, *, all_checks: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "source": report.filing.source,
        "summary": summary_to_dict(report.summary),
        "key_ties": [key_tie_to_dict(t) for t in key_ties(report)],
        "findings": [finding_to_dict(f) for f in report.findings],
    }
    if all_checks:
        out["checks"] = [check_to_dict(c) for c in report.checks]
    return out


def key_tie_to_dict(tie: KeyTie) -> dict[str, Any]:
    return {
        "name": tie.name,
        "status": tie.status,
        "passed": tie.passed,
        "failed": tie.failed,
        "within_rounding": tie.within_rounding,
        "lines": sorted({n for c in tie.checks for n in c.lines}),
        "why_unchecked": tie.why_unchecked if not tie.checks else "",
    }


def summary_to_dict(summary: Summary) -> dict[str, Any]:
    return {
        "checks_run": summary.checks_run,
        "passed": summary.passed,
        "failed": summary.failed,
        "inferred": summary.inferred,
        "unresolved": summary.unresolved,
        "errors": summary.errors,
        "warnings": summary.warnings,
        "facts": summary.facts,
        "facts_checked": summary.facts_checked,
        "primary_facts": summary.primary_facts,
        "primary_facts_checked": summary.primary_facts_checked,
        "primary_coverage": round(summary.primary_coverage, 4),
    }


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "expected": decimal_text(finding.expected),
        "actual": decimal_text(finding.actual),
        "difference": decimal_text(finding.difference),
        "lines": list(finding.lines),
        "pages": list(finding.pages),
        "table": finding.table_id,
    }


def check_to_dict(check: Check) -> dict[str, Any]:
    return {
        "code": check.code,
        "status": check.status.value,
        "description": check.description,
        "lines": list(check.lines),
    }


def render_text(report: Report, *, all_checks: bool = False) -> str:
    out = [f"tieout check: {report.filing.source}", *pages_read_lines(report.filing), ""]
    if all_checks:
        out += [_check_line(c) for c in report.checks]
        out.append("")
    if report.findings:
        out += [_finding_line(f) for f in report.findings]
    else:
        out.append("No findings: every checked figure agrees.")
    out += ["", *key_tie_lines(key_ties(report)), "", *summary_lines(report.summary)]
    return "\n".join(out) + "\n"


def pages_read_lines(filing: Filing) -> list[str]:
    """For a PDF: the pages read in detail ('pages read: 2-5, 8 (5 of 38)')."""
    if not filing.pages_read:
        return []
    total = filing.document.page_count if filing.document is not None else 0
    of = f" of {total}" if total else ""
    return [f"pages read: {page_ranges(filing.pages_read)} ({len(filing.pages_read)}{of})"]


def page_ranges(pages: tuple[int, ...]) -> str:
    """(1, 2, 3, 5, 8, 9) -> '1-3, 5, 8-9'."""
    runs: list[list[int]] = []
    for page in sorted(pages):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def key_tie_lines(ties: tuple[KeyTie, ...]) -> list[str]:
    width = max(len(t.name) for t in ties)
    return ["Key ties:"] + [
        f"  {t.name:<{width}}  {t.status:<11}  "
        + (
            f"{t.passed} passed, {_rounded(t)}{t.failed} failed ({_lines(_tie_lines(t))})"
            if t.checks
            else t.why_unchecked
        )
        for t in ties
    ]


def _rounded(tie: KeyTie) -> str:
    return f"{tie.within_rounding} within rounding, " if tie.within_rounding else ""


def _tie_lines(tie: KeyTie) -> tuple[int, ...]:
    failed = [c for c in tie.checks if c.status is Status.FAILED]
    shown = failed or list(tie.checks)
    lines = sorted({n for c in shown for n in c.lines})
    return tuple(lines[:KEY_TIE_LINES])


KEY_TIE_LINES = 8  # a footing summary names the first lines, not all of them


def summary_lines(s: Summary) -> list[str]:
    return [
        f"{s.checks_run} checks run: {s.passed} passed, {s.failed} failed,"
        f" {s.inferred} inferred, {s.unresolved} unresolved;"
        f" {s.errors} errors, {s.warnings} warnings.",
        f"Facts in at least one check: {s.facts_checked} of {s.facts}"
        f" ({_percent(s.facts_checked, s.facts)});"
        f" primary statements: {s.primary_facts_checked} of {s.primary_facts}"
        f" ({_percent(s.primary_facts_checked, s.primary_facts)}).",
    ]


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _lines(lines: tuple[int, ...], pages: tuple[int, ...] = ()) -> str:
    """'lines 60,306', with the PDF pages they are on: 'lines 60,306 (pages 4,12)'."""
    if not lines:
        return "-"
    text = ("line " if len(lines) == 1 else "lines ") + ",".join(str(n) for n in lines)
    if pages:
        text += (" (page " if len(pages) == 1 else " (pages ") + ",".join(map(str, pages)) + ")"
    return text


def _finding_line(f: Finding) -> str:
    return f"{f.severity.value:<7} {f.code} {_lines(f.lines, f.pages)}: {f.message}"


def _check_line(c: Check) -> str:
    return f"{c.status.value:<10} {c.code} {_lines(c.lines, c.pages)}: {c.description}"
