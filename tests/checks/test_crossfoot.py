"""TO201 on a hand-built statement of changes in equity: rows add across."""

from __future__ import annotations

from decimal import Decimal

from tests.checks.fixtures import H1_2024, make_filing, make_table
from tieout.checks.engine import run_checks
from tieout.model import Report, Severity, Status, Table, TableKind

MEMBERS = [
    "Share capital",
    "Other reserves",
    "Currency translation reserves",
    "Accumulated losses",
    "Total",
    "Non-controlling interests",
    "Total equity",
]
SOCE_TEXT = """\
As at January 1, 2024|5|71,666,422|4,127,161|(52,634,168)|23,159,420|(3,947)|23,155,473
Loss for the period|-|-|-|(2,456,782)|(2,456,782)|(20,430)|(2,477,212)
Effects of changes in credit risk|-|(5,017)|-|-|(5,017)|-|(5,017)
Exchange differences|||80,475||80,475|(3,480)|76,995
Total comprehensive loss||(5,017)|80,475|(2,456,782)|(2,381,324)|(23,910)|(2,405,234)
Placing of ordinary shares|1|1,815,598|-|-|1,815,599|-|1,815,599
Exercise of share options|-|26,760|-|-|26,760|-|26,760
Transactions with non-controlling interests|-|(31,585)|-|-|(31,585)|31,585|-
Recognition of financial instruments|-|(11,400)|-|-|(11,400)|11,400|-
Purchase of ordinary shares|-|(13,530)|-|-|(13,530)|-|(13,530)
Share-based compensation expenses||125,491|||125,491||125,491
Total transactions with equity holders|1|1,911,334|||1,911,335|42,985|1,954,320
As at June 30, 2024|6|73,572,739|4,207,636|(55,090,950)|22,689,431|15,128|22,704,559
"""


def parse(text: str) -> list[tuple[str, ...]]:
    return [tuple(line.split("|")) for line in text.splitlines()]


SOCE = parse(SOCE_TEXT)


def soce(rows=SOCE) -> Table:  # type: ignore[no-untyped-def]
    return make_table(
        rows,
        kind=TableKind.CHANGES_IN_EQUITY,
        periods=(H1_2024,),
        members=MEMBERS,
        first_line=475,
    )


def check(table: Table, select: tuple[str, ...] = ("TO2",)) -> Report:
    return run_checks(make_filing(table), select=select)


def test_every_row_cross_foots() -> None:
    report = check(soce())
    assert report.findings == ()
    assert report.summary.checks_run == 13 * 2  # two total columns in every row
    assert all(c.status is Status.PASSED for c in report.checks)
    first = report.checks[0]
    assert first.description == "23,159,420 = 5 + 71,666,422 + 4,127,161 + (52,634,168)"
    assert first.lines == (475,)


def test_every_column_foots_down_as_a_roll_forward() -> None:
    report = check(soce(), select=("TO1",))
    assert report.findings == ()
    assert report.summary.facts_checked == report.summary.facts
    footed = {c.lines for c in report.checks}
    assert (475, 479, 486, 487) in footed  # opening + comprehensive loss + transactions


def test_a_figure_posted_off_by_one_digit_is_reported_across_and_down() -> None:
    rows = list(SOCE)
    rows[4] = parse(
        "Total comprehensive loss||(5,017)|80,475|(2,456,782)|(2,381,342)|(23,910)|(2,405,234)"
    )[0]
    across = check(soce(rows))
    assert [(f.code, f.severity, f.lines, f.difference) for f in across.findings] == [
        ("TO201", Severity.ERROR, (479,), Decimal(-18)),
        ("TO201", Severity.ERROR, (479,), Decimal(18)),
    ]
    assert across.findings[0].message == (
        "Total column [Total comprehensive loss] (2,381,342) ≠ sum of 4 items (2,381,324):"
        " difference (18)"
    )
    down = check(soce(rows), select=("TO1",))
    assert {f.lines for f in down.findings} == {
        (476, 477, 478, 479),
        (475, 479, 486, 487),
    }
