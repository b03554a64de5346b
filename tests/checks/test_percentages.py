"""TO602 and TO603 on the key-highlights layout: % of revenue and period-over-period change."""

from __future__ import annotations

from tests.checks.fixtures import H1_2023, H1_2024, make_filing, make_table
from tieout.checks.engine import run_checks
from tieout.model import ColumnRole, Report, Severity, Table, TableKind

ROLES = [
    ColumnRole.VALUE,
    ColumnRole.PERCENT,
    ColumnRole.VALUE,
    ColumnRole.PERCENT,
    ColumnRole.CHANGE,
]


def highlights(gross_pct: str = "44.1", loss_change: str = "-21.2%") -> Table:
    return make_table(
        [
            ("Revenue", "1,739,717", "100.0", "1,433,122", "100.0", "21.4%"),
            ("Gross Profit", "766,760", gross_pct, "648,673", "45.3", "18.2%"),
            (
                "Loss for the period",
                "(2,477,212)",
                "(142.4)",
                "(3,142,624)",
                "(219.3)",
                loss_change,
            ),
            ("EBITDA", "(2,040,685)", "(117.3)", "(2,775,083)", "(193.6)", "-26.5%"),
        ],
        kind=TableKind.MDNA,
        periods=(H1_2024, H1_2024, H1_2023, H1_2023, None),
        roles=ROLES,
        first_line=24,
    )


def check(table: Table) -> Report:
    return run_checks(make_filing(table), select=("TO602", "TO603"))


def test_highlights_percentages_agree() -> None:
    report = check(highlights())
    assert report.findings == ()
    assert [c.code for c in report.checks].count("TO602") == 6
    assert [c.code for c in report.checks].count("TO603") == 4
    assert report.summary.facts_checked == report.summary.facts


def test_a_wrong_share_and_a_wrong_change_are_errors_at_their_lines() -> None:
    report = check(highlights(gross_pct="41.4", loss_change="-12.2%"))
    assert [(f.code, f.severity, f.lines) for f in report.findings] == [
        ("TO602", Severity.ERROR, (24, 25)),
        ("TO603", Severity.ERROR, (26,)),
    ]
    assert report.findings[0].message == (
        "Gross Profit [2024-01-01..2024-06-30] 41.4 ≠ 44.074% computed from the amounts:"
        " difference -2.674"
    )
