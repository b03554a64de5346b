"""TO602 and TO603 on the key-highlights layout: % of revenue and period-over-period change."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import tieout
from tests.checks.fixtures import H1_2023, H1_2024, make_filing, make_table
from tieout.checks.engine import run_checks
from tieout.model import ColumnRole, Report, Severity, Table, TableKind

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


# Pfizer's 10-Q (second quarter 2023), revenues by geography: '% Change' is printed under
# the middle of the three change columns; the two beside it are changes too, not amounts
# to add (the worldwide change is no sum of the U.S. and international changes).
GEOGRAPHY = """\
The following presents worldwide revenues by geography:
                                                                          Three Months Ended
                                                                                                          World-                Inter-
                                 Worldwide                    U.S.                 International           wide       U.S.    national
                              July 2,     July 3,      July 2,      July 3,      July 2,      July 3,
(MILLIONS)                       2023        2022         2023         2022         2023         2022                % Change
Operating segments:
 Biopharma               $     12,418 $    27,425  $     6,095  $    11,136  $     6,323  $    16,289       (55)       (45)      (61)
 Business Innovation              316         317           90           86          225          230         —          5        (2)
Total revenues           $     12,734 $    27,742  $     6,185  $    11,222  $     6,548  $    16,519       (54)       (45)      (60)

"""


def test_a_percent_change_header_under_a_group_heads_its_neighbours(tmp_path: Path) -> None:
    path = tmp_path / "geography.txt"
    path.write_text(GEOGRAPHY, encoding="utf-8")
    report = tieout.check(path)
    [table] = report.filing.tables
    assert [c.role for c in table.columns] == [ColumnRole.VALUE] * 6 + [ColumnRole.CHANGE] * 3
    assert [c.description for c in report.checks if c.code == "TO101"] == [
        "12,734 = 12,418 + 316",
        "27,742 = 27,425 + 317",
        "6,185 = 6,095 + 90",
        "11,222 = 11,136 + 86",
        "6,548 = 6,323 + 225",
        "16,519 = 16,289 + 230",
    ]
    assert report.findings == ()


# An operational change leaves out the effect of exchange rates: not recomputed from the
# amounts (Pfizer's product tables print 'Total' and 'Oper.' changes side by side).
OPERATIONAL = """\
The following summarizes revenues by product:
                                      Year ended    Year ended                 Operational
                                     December 31,  December 31,     Change          change
($ MILLIONS)                               2023          2022          %               %
Prevnar family                             1,388         1,429         (3)             (1)
Eliquis                                    1,762         1,745           1               2
"""


def test_an_operational_change_is_not_recomputed_from_the_amounts(tmp_path: Path) -> None:
    path = tmp_path / "operational.txt"
    path.write_text(OPERATIONAL, encoding="utf-8")
    report = tieout.check(path)
    [table] = report.filing.tables
    assert [c.header for c in table.columns if c.role is ColumnRole.CHANGE] == [
        "Change %",
        "Operational change %",
    ]
    assert [(c.status.value, c.lines, c.description) for c in report.checks] == [
        ("passed", (5,), "(3) = change from 1,429 to 1,388"),
        ("passed", (6,), "1 = change from 1,745 to 1,762"),
    ]


# Adobe's 10-K (fiscal 2022), note 13: 'Increase / Decrease' between the opening and the
# closing balance is a movement of the roll-forward in amounts, not a change of a column.
ROLL_FORWARD = """\
NOTE 13. ACCUMULATED OTHER COMPREHENSIVE INCOME (LOSS)
                                                     December 3,     Increase /   Reclassification    December 2,
 (in millions)                                             2021       Decrease        Adjustments           2022
 Net unrealized gains / losses on securities    $           (2) $         (39) $              —    $         (41)
 Net unrealized gains / losses on derivatives                29            139             (151)              17
 Cumulative foreign currency translation                   (164)          (105)                —            (269)
 Total accumulated other comprehensive loss     $          (137) $          (5) $           (151)   $        (293)
"""


def test_an_increase_decrease_column_between_balances_is_a_movement(tmp_path: Path) -> None:
    path = tmp_path / "aoci.txt"
    path.write_text(ROLL_FORWARD, encoding="utf-8")
    report = tieout.check(path)
    [table] = report.filing.tables
    assert [c.role for c in table.columns] == [ColumnRole.VALUE] * 4
    assert [c.code for c in report.checks] == ["TO101"] * 4
    assert report.findings == ()
