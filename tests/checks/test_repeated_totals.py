"""TO106: a total printed again must print the same figures."""

from __future__ import annotations

from tests.checks.fixtures import make_filing, make_table
from tieout.checks.engine import run_checks
from tieout.model import RowKind, Severity, Status, Table


def statement(repeat_2024: str = "(2,477,212)") -> Table:
    return make_table(
        [
            ("Loss for the period", "(2,477,212)", "(3,142,624)"),
            ("Equity holders of the Company", "(2,456,782)", "(3,122,744)"),
            ("Non-controlling interests", "(20,430)", "(19,880)"),
            (None, repeat_2024, "(3,142,624)"),
        ],
        kinds={0: RowKind.TOTAL},
        first_line=412,
    )


def test_a_repeated_total_that_agrees_passes() -> None:
    report = run_checks(make_filing(statement()), select=("TO106",))
    assert [(c.status, c.lines) for c in report.checks] == [(Status.PASSED, (412, 415))]


def test_a_repeated_total_that_differs_is_an_error() -> None:
    report = run_checks(make_filing(statement("(2,477,221)")), select=("TO106",))
    [finding] = report.findings
    assert (finding.code, finding.severity, finding.lines) == ("TO106", Severity.ERROR, (412, 415))
    assert finding.message == (
        "Unlabelled total at line 415 repeats Loss for the period of line 412 but prints"
        " (2,477,221) for (2,477,212) [2024-01-01..2024-06-30]"
    )
