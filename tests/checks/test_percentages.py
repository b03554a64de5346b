"""TO602 and TO603 on the key-highlights layout: % of revenue and period-over-period change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import tieout
from tests.checks.fixtures import H1_2023, H1_2024, make_filing, make_table
from tieout.checks.engine import run_checks
from tieout.model import ColumnRole, Period, Report, Severity, Table, TableKind

EXAMPLE = Path(__file__).resolve().parents[2] / "tieout" / "examples" / "sensetime-2024-interim.txt"

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


@pytest.mark.parametrize(
    ("line", "old", "new", "code", "actual", "expected"),
    [
        (25, "44.1", "41.4", "TO602", "41.4", "44.074"),
        (24, "21.4%", "24.1%", "TO603", "24.1", "21.394"),
    ],
)
def test_a_retyped_percentage_of_the_example_is_an_error(
    tmp_path: Path, line: int, old: str, new: str, code: str, actual: str, expected: str
) -> None:
    """The highlights' % of revenue and change columns, each retyped once."""
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    mutated = tmp_path / "mutated.txt"
    mutated.write_text("\n".join(lines), encoding="utf-8")
    report = run_checks(tieout.read(mutated), select=(code,))
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    assert [(f.spans[0].line, f.actual, f.expected) for f in errors] == [
        (line, Decimal(actual), Decimal(expected))
    ]


def test_a_rate_printed_left_of_the_amounts_is_no_change_of_them() -> None:
    """Capital VC 02324, page 120: a sensitivity analysis prints the rate it assumes, then
    the effect on profit, for each year; the rate is no change between the two effects."""
    table = make_table(
        [
            ("Margin receivables", "0.5%", "2,442", "0.5%", "28,955"),
            (None, "-0.5%", "(2,442)", "-0.5%", "(28,955)"),
        ],
        kind=TableKind.NOTE,
        periods=(None, H1_2024, None, H1_2023),
        roles=[ColumnRole.CHANGE, ColumnRole.VALUE, ColumnRole.CHANGE, ColumnRole.VALUE],
    )
    report = check(table)
    assert report.findings == ()
    assert [c for c in report.checks if c.code == "TO603"] == []


def test_a_movement_of_a_roll_forward_is_no_change_between_columns() -> None:
    """Spark 2024, net debt reconciliation: 'Fair value changes' is one movement between
    the balance at 1 July 2023 and the balance at 30 June 2024, not a change between the
    two movements printed left of it."""
    opening, closing = Period(date(2023, 7, 1)), Period(date(2024, 6, 30))
    table = make_table(
        [
            ("Debt due within one year", "236", "2,101", "(1,947)", "3", "20", "413"),
            ("Long-term debt", "816", "13,729", "(13,373)", "10", "19", "1,201"),
        ],
        kind=TableKind.NOTE,
        periods=(opening, None, None, None, None, closing),
        roles=[ColumnRole.VALUE] * 3 + [ColumnRole.CHANGE] + [ColumnRole.VALUE] * 2,
    )
    report = check(table)
    assert report.findings == ()
    assert [c for c in report.checks if c.code == "TO603"] == []
