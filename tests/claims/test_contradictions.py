"""Retyped figures in the example's prose and tables are found, at their line, with the
recomputed value; `tieout.check` reports them through the rule registry."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.claims.sensetime import SOURCES, Edits, filing_from
from tieout.checks.engine import run_checks
from tieout.model import Finding, Severity, Status


@pytest.fixture(params=SOURCES)
def source(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def findings(source: str, edits: Edits, code: str) -> list[Finding]:
    report = run_checks(filing_from(source, edits), select=("TO7", "TO8"))
    return [f for f in report.findings if f.code == code]


@pytest.mark.parametrize(
    ("line", "old", "new", "claimed", "recomputed"),
    [
        (129, "increased by 21.4%", "increased by 23.4%", "23.4", "21.4"),
        (
            36,
            "RMB1,739.7 million, representing",
            "RMB1,793.7 million, representing",
            "1793.7",
            "1739.7",
        ),
        (36, "accounting for 60.4%", "accounting for 64.0%", "64.0", "60.4"),
        (36, "achieving a 40.1%", "achieving a 41.0%", "41.0", "40.1"),
        (36, "margin of 44.1%", "margin of 41.4%", "41.4", "44.1"),
        (168, "to 44.1%", "to 41.4%", "41.4", "44.1"),
        (196, "increased by 162.9%", "increased by 163.9%", "163.9", "162.9"),
        (306, "RMB5,287.3 million", "RMB5,827.3 million", "5827.3", "5287.3"),
        (359, "was -0.6%", "was -6.0%", "-6.0", "-0.6"),
        (723, "RMB125,491,000", "RMB152,491,000", "152491000", "125491000"),
    ],
)
def test_a_retyped_claim_is_contradicted(
    source: str, line: int, old: str, new: str, claimed: str, recomputed: str
) -> None:
    found = findings(source, {(line, old): new}, "TO701")
    assert len(found) == 1
    finding = found[0]
    assert finding.severity is Severity.ERROR
    assert finding.spans[0].line == line
    assert finding.actual == Decimal(claimed)
    assert finding.expected == Decimal(recomputed)


def test_a_wrong_direction_is_contradicted(source: str) -> None:
    found = findings(
        source,
        {(36, "Selling expenses declined 21.2%"): "Selling expenses increased 21.2%"},
        "TO701",
    )
    assert [(f.spans[0].line, f.actual, f.expected) for f in found] == [
        (36, Decimal("21.2"), Decimal("-21.2"))
    ]


def test_the_untouched_example_raises_no_error_in_claims_or_measures(source: str) -> None:
    report = run_checks(filing_from(source), select=("TO7", "TO8"))
    assert [f for f in report.findings if f.severity is not Severity.INFO] == []
    passed = [c for c in report.checks if c.status is Status.PASSED]
    assert len([c for c in passed if c.code == "TO701"]) == 90
    assert len([c for c in report.checks if c.status is Status.UNRESOLVED]) == 10


def test_a_verified_claim_lists_its_facts_and_sentence() -> None:
    report = run_checks(filing_from("hand-built"), select=("TO701",))
    check = next(c for c in report.checks if c.description.startswith("line 129: '21.4%'"))
    assert check.facts == (("t10", 0, 0), ("t10", 0, 1))
    assert check.lines == (129, 395)
    assert check.description == (
        "line 129: '21.4%' (change of revenue) agrees with 21.4"
        " = (1,739,717 - 1,433,122) / 1,433,122"
    )


@pytest.mark.parametrize(
    ("line", "old", "new", "code", "printed", "recomputed"),
    [
        (232, "(1,889.6)", "(1,898.6)", "TO801", "-1898.6", "-1889.6"),
        (811, "(0.08)", "(0.09)", "TO803", "-0.09", "-0.08"),
        (419, "(0.10)", "(0.12)", "TO803", "-0.12", "-0.10"),
        (335, "635.0", "653.0", "TO804", "653.0", "635.1"),
        (25, "44.1", "41.4", "TO805", "41.4", "44.1"),
        (24, "21.4%", "24.1%", "TO806", "24.1", "21.4"),
    ],
)
def test_a_retyped_measure_is_found(
    source: str, line: int, old: str, new: str, code: str, printed: str, recomputed: str
) -> None:
    found = findings(source, {(line, old): new}, code)
    assert [(f.spans[0].line, f.actual, f.expected) for f in found] == [
        (line, Decimal(printed), Decimal(recomputed))
    ]


def test_a_retyped_highlight_measure_differs_from_the_statements(source: str) -> None:
    found = findings(source, {(27, "(2,040,685)"): "(2,004,685)"}, "TO802")
    assert [(f.spans[0].line, f.actual, f.expected) for f in found] == [
        (27, Decimal("-2004685"), Decimal("-2040685"))
    ]
