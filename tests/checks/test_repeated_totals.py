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


def running_total(finance_cost_2024: str = "(1,510)", before_tax_2024: str = "(69,229)") -> Table:
    """A loss from operations printed as an unlabelled subtotal, a finance cost in the
    current period only, then the loss before taxation (Anxin 2009 interim, page 1)."""
    return make_table(
        [
            ("Gross loss", "(2,468)", "87,408"),
            ("Selling expenses", "(65,251)", "(35,305)"),
            (None, "(67,719)", "52,103"),
            ("Finance cost", finance_cost_2024, "–"),
            ("Loss before taxation", before_tax_2024, "52,103"),
        ],
        kinds={4: RowKind.TOTAL},
        first_line=30,
    )


def test_a_running_total_is_not_a_repeat_of_the_subtotal_above_it() -> None:
    """(69,229) = (67,719) + (1,510) while 2023 has no finance cost: the loss before
    taxation shares 52,103 with the subtotal but runs on from it."""
    report = run_checks(make_filing(running_total()), select=("TO106", "TO101"))
    assert [f.code for f in report.findings] == []
    assert not [c for c in report.checks if c.code == "TO106"]


def test_a_repeat_that_rows_between_do_not_explain_is_still_an_error() -> None:
    """The finance cost that does not account for the difference leaves it a repeat."""
    report = run_checks(make_filing(running_total(finance_cost_2024="(1,500)")), select=("TO106",))
    assert [(f.code, f.lines) for f in report.findings] == [("TO106", (32, 34))]


def restatement_effects(equity_label: str = "Total effects on equity") -> Table:
    """Anxin 2010 annual, page 5: the effects of a restatement on the balance sheet, as
    originally stated, the restatement and as restated. Only the restatement column must
    agree between the two sections; the others sum different lines."""
    return make_table(
        [
            ("Goodwill", "660,225", "380,202"),
            ("Convertible notes (loan component)", "(679,856)", "115,502"),
            ("Total effects on net assets", "(19,631)", "495,704"),
            ("Share premium", "297,109", "66,943"),
            ("Retained profits", "(200,792)", "428,761"),
            (equity_label, "96,317", "495,704"),
        ],
        kinds={2: RowKind.TOTAL, 5: RowKind.TOTAL},
        first_line=180,
    )


def test_totals_naming_different_things_are_not_one_total_repeated() -> None:
    report = run_checks(make_filing(restatement_effects()), select=("TO106",))
    assert report.findings == ()
    assert not [c for c in report.checks if c.code == "TO106"]


def test_a_bare_total_sharing_a_figure_is_still_a_repeat() -> None:
    report = run_checks(make_filing(restatement_effects("Total")), select=("TO106",))
    [finding] = report.findings
    assert (finding.code, finding.lines) == ("TO106", (182, 185))
    assert finding.message == (
        "Total repeats Total effects on net assets of line 182 but prints 96,317"
        " for (19,631) [2024-01-01..2024-06-30]"
    )
