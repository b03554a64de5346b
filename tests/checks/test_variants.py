"""The team's own variant documents: another issuer, HK$'000, a net-assets balance sheet.

The clean variant must give no finding; the corrupted copy carries four deliberate
faults, and each must be found at its line (and nothing else).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tieout
from tieout.checks.engine import run_checks
from tieout.model import Report

VARIANTS = Path(__file__).resolve().parents[1] / "data" / "variants"


def check(name: str) -> Report:
    filing = tieout.read(VARIANTS / name)
    if not filing.statements:
        pytest.skip(f"{name}: the extractor produces no primary statements yet")
    return run_checks(filing)


def test_clean_variant_has_no_finding_and_every_figure_is_checked() -> None:
    report = check("harbour-light-2023-annual.txt")
    assert report.findings == ()
    assert report.summary.facts_checked == report.summary.facts == 102


def test_corrupted_variant_findings_are_exactly_the_faults() -> None:
    report = check("harbour-light-2023-annual-corrupted.txt")
    assert [(f.code, f.severity.value, f.lines) for f in report.findings] == [
        # administrative expenses (305,787) for (305,778): operating profit no longer foots
        ("TO101", "error", (11, 12, 13, 14, 15)),
        # closing cash 691,545 for 691,455: the roll-forward no longer foots
        ("TO101", "error", (77, 78, 79, 80)),
        # reserves 2023 left blank on an intact line; the equity subtotal needs 1,751,044
        ("TO105", "error", (53, 54, 55)),
        # "691.455": a point for a thousands comma, read as 691,455 (the reader's rule)
        ("TO901", "warning", (38,)),
    ]
    assert report.findings[2].expected is not None
    assert str(report.findings[2].expected) == "1751044"
