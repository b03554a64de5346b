"""The bundled example: exactly the real inconsistencies of the text, and nothing else.

Lines are 1-based lines of tieout/examples/sensetime-2024-interim.txt. Reading problems
(TO9xx) belong to the extractor and are left out here.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import tieout
from tieout.checks.engine import run_checks
from tieout.model import Report
from tieout.report.check_output import render_text

EXAMPLE = Path(__file__).resolve().parents[2] / "tieout" / "examples" / "sensetime-2024-interim.txt"
CHECK_FAMILIES = ("TO1", "TO2", "TO3", "TO4", "TO5", "TO6")

E, W = "error", "warning"
EXPECTED = [
    # MD&A adjusted net losses: items in RMB million add to (2,326.1), printed (2,326.2)
    ("TO101", W, (240, 242, 243, 245, 247, 248), "-2326.1"),
    # MD&A trade receivables: 3.5 + 8,321.0 - 4,790.5 = 3,534.0, printed 3,533.9
    ("TO101", W, (259, 260), "3534"),
    # comprehensive loss attributable to owners, June 2024, garbled on line 437
    ("TO102", W, (437, 438, 439), "-2381324"),
    # share capital, June 2024, missing from the run-together line 458
    ("TO102", W, (458, 459), "6"),
    # "(5.017)	(122)": a garbled duplicate of line 433 inside the OCI total
    ("TO103", E, (432, 434), None),
    # note 12(d): structured deposits 2023 blank, the total needs 7,971 (note 12(c))
    ("TO105", E, (982, 983, 984, 985), "7971"),
    # MD&A EBITDA 2023 (2,775.0) million against highlights (2,775,083) thousand
    ("TO601", W, (27, 224), "-2775.083"),
    # MD&A adjusted EBITDA 2023 (2,025.8) million against (2,025,854) thousand
    ("TO601", W, (29, 232), "-2025.854"),
    # cost of sales by nature: other expenses 17.1 of 973.0 is 1.757%, printed 1.7%
    ("TO602", W, (161, 162), "1.757"),
    # the garbled MD&A repeat of the income statement: (11.070) (10,020) for (11,878) (10,029)
    ("TO604", E, (112, 408), None),
]


@pytest.fixture(scope="module")
def report() -> Report:
    filing = tieout.read(EXAMPLE)
    if not filing.statements:
        pytest.skip("the extractor produces no primary statements yet")
    return run_checks(filing, select=CHECK_FAMILIES)


def test_findings_are_exactly_the_real_inconsistencies(report: Report) -> None:
    found = [
        (f.code, f.severity.value, f.lines, None if f.expected is None else str(f.expected))
        for f in report.findings
    ]
    assert found == [
        (code, severity, lines, None if value is None else str(Decimal(value)))
        for code, severity, lines, value in EXPECTED
    ]


def test_inferred_values_are_named_in_the_messages(report: Report) -> None:
    messages = [f.message for f in report.findings if f.code in ("TO102", "TO105")]
    assert messages == [
        "Unlabelled total at line 437 [2024-01-01..2024-06-30] is not printed on line 437;"
        " the arithmetic of Unlabelled total at line 439 [2024-01-01..2024-06-30]"
        " gives (2,381,324), as printed elsewhere",
        "Share capital [2024-06-30] is not printed on line 458; the arithmetic of Unlabelled"
        " total at line 459 [2024-06-30] gives 6, as printed elsewhere",
        "- Structured deposits [2023-01-01..2023-06-30] is blank on line 984, but Unlabelled"
        " total at line 985 [2023-01-01..2023-06-30] foots only if it holds 7,971",
    ]


def test_at_least_95_percent_of_primary_facts_are_checked(report: Report) -> None:
    summary = report.summary
    assert summary.primary_facts > 300
    assert summary.primary_facts_checked >= 0.95 * summary.primary_facts
    assert "primary statements: " in render_text(report).splitlines()[-1]


def test_statements_articulate(report: Report) -> None:
    passed = {(c.code, c.lines) for c in report.checks if c.status.value == "passed"}
    assert ("TO401", (453, 592)) in passed  # closing cash = balance sheet cash
    assert ("TO301", (453, 590)) in passed  # opening cash = balance sheet December 2023
    assert ("TO401", (459, 487)) in passed  # changes in equity closing = balance sheet
    assert ("TO401", (412, 429)) in passed  # loss in income statement = comprehensive loss
    assert ("TO401", (412, 476)) in passed  # loss in income statement = changes in equity
    assert ("TO401", (435, 479)) in passed  # total comprehensive loss in both statements
    assert ("TO401", (461, 487)) in passed  # total equity closing = balance sheet
    assert ("TO502", (396, 398, 399, 400, 721)) in passed  # note 5 total = four lines
    assert ("TO101", (589, 590, 591, 592)) in passed  # closing cash roll-forward
    assert ("TO101", (466, 467, 468)) in passed  # liabilities without a current subtotal
