"""A checked filing as JSON-ready dicts: the filing (as `tieout extract --format json`
prints it), every check, every finding, the summary and each number's status.

The JSON export, the web API and the other exports all take their values from here.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from tieout.model import Check, Finding, Report
from tieout.report.filing_json import decimal_text, filing_to_dict, span_to_dict
from tieout.store.status import cells_used, number_statuses


def check_to_dict(
    check: Check, number: int, used: tuple[tuple[str, int, int], ...]
) -> dict[str, Any]:
    return {
        "number": number,
        "code": check.code,
        "status": check.status.value,
        "description": check.description,
        "lines": list(check.lines),
        "sources": [span_to_dict(s) for s in check.spans],
        "facts": [{"table": t, "row": r, "column": c} for t, r, c in check.facts],
        "cells": [f"{t}:{r}:{c}" for t, r, c in used],
        "finding": finding_to_dict(check.finding) if check.finding else None,
    }


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "lines": list(finding.lines),
        "sources": [span_to_dict(s) for s in finding.spans],
        "expected": decimal_text(finding.expected),
        "actual": decimal_text(finding.actual),
        "difference": decimal_text(finding.difference),
        "table": finding.table_id,
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    """Everything about a checked filing; `statuses` maps "table:row:column" to a status."""
    statuses = number_statuses(report)
    used = cells_used(report)
    return {
        "filing": filing_to_dict(report.filing),
        "summary": asdict(report.summary),
        "checks": [
            check_to_dict(c, n, keys)
            for n, (c, keys) in enumerate(zip(report.checks, used, strict=True), 1)
        ],
        "findings": [finding_to_dict(f) for f in report.findings],
        "statuses": {f"{t}:{r}:{c}": s.value for (t, r, c), s in statuses.items()},
    }
