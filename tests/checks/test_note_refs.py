"""TO502: statement lines referring to a note are tied to the note's figures."""

from __future__ import annotations

from tests.checks.fixtures import make_filing, make_table
from tieout.checks.engine import run_checks
from tieout.checks.note_refs import note_numbers
from tieout.model import Report, Status, Table, TableKind


def income(cost_of_sales: str = "(972,957)") -> Table:
    return make_table(
        [
            ("Revenue", "1,739,717", "1,433,122"),
            ("Cost of sales", cost_of_sales, "(784,449)"),
            ("Selling expenses", "(329,158)", "(417,957)"),
            ("Administrative expenses", "(734,936)", "(796,516)"),
            ("Research and development expenses", "(1,892,226)", "(1,783,186)"),
            ("Income tax credit", "3,992", "124,216"),
        ],
        notes={0: "4(a)", 1: "5", 2: "5", 3: "5 5 5", 4: "5", 5: "7"},
        first_line=395,
    )


def note(number: str, rows: list[tuple[str | None, ...]], first_line: int) -> Table:
    return make_table(
        rows, table_id=f"n{number}", kind=TableKind.NOTE, note=number, first_line=first_line
    )


NOTE_5 = [
    ("Employee benefit expenses", "1,709,503", "1,909,104"),
    ("Other expenses", "2,219,774", "1,873,004"),
    ("Total", "3,929,277", "3,782,108"),
]
NOTE_7 = [
    ("Current income tax", "(24,523)", "(3,537)"),
    ("Deferred income tax", "28,515", "127,753"),
    ("Income tax credit", "3,992", "124,216"),
]


def check(*tables: Table) -> Report:
    return run_checks(make_filing(*tables), select=("TO502",))


def test_note_numbers_of_references() -> None:
    assert note_numbers("12(a), (b)") == {"12"}
    assert note_numbers("5 5 5") == {"5"}
    assert note_numbers("<i>4(a)</i>") == {"4"}
    assert note_numbers(None) == set()


def test_expenses_by_nature_account_for_four_lines_and_tax_for_one() -> None:
    report = check(income(), note("5", NOTE_5, 710), note("7", NOTE_7, 797))
    assert [(c.status, c.lines) for c in report.checks] == [
        (Status.PASSED, (396, 397, 398, 399, 712)),
        (Status.PASSED, (396, 397, 398, 399, 712)),
        (Status.PASSED, (400, 799)),
        (Status.PASSED, (400, 799)),
    ]
    assert report.checks[0].description == (
        "note 5 (3,929,277) = (972,957) + (329,158) + (734,936) + (1,892,226)"
        " (2024-01-01..2024-06-30)"
    )


def test_a_line_that_changed_no_longer_ties_to_its_note() -> None:
    report = check(income(cost_of_sales="(972,958)"), note("5", NOTE_5, 710))
    assert [c.lines for c in report.checks] == [(396, 397, 398, 399, 712)]


def test_a_single_line_the_note_prints_with_another_figure_is_an_error() -> None:
    statement = make_table(
        [("Basic and diluted loss per share (RMB)", "(0.09)", "(0.10)")],
        notes={0: "8"},
        first_line=419,
    )
    note_8 = note(
        "8",
        [
            ("Loss attributable to equity holders", "(2,456,782)", "(3,122,744)"),
            ("Basic loss per share (expressed in RMB per share)", "(0.08)", "(0.10)"),
        ],
        810,
    )
    report = check(statement, note_8)
    assert [(c.status, c.lines) for c in report.checks] == [
        (Status.FAILED, (419, 811)),
        (Status.PASSED, (419, 811)),
    ]
    [finding] = report.findings
    assert finding.message == (
        "Basic and diluted loss per share (RMB) [2024-01-01..2024-06-30] (0.09) on line 419"
        " refers to note 8, which prints Basic loss per share (expressed in RMB per share)"
        " (0.08) on line 811"
    )
