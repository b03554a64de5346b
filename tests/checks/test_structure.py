"""The structure finder on bare vectors: which lines are sums of which."""

from __future__ import annotations

from decimal import Decimal

from tests.checks.fixtures import make_table
from tieout.checks.cells import says_balance
from tieout.checks.structure import Fit, Relation, Vector, find_relations


def vec(key: int, *values: int | None, hinted: bool = False) -> Vector:
    return Vector(key, tuple(None if v is None else Decimal(v) for v in values), hinted=hinted)


def test_running_totals_replace_their_items() -> None:
    found = find_relations(
        [vec(0, 10, 20), vec(1, -4, -5), vec(2, 6, 15), vec(3, -1, -2), vec(4, 5, 13)]
    )
    assert found == [
        Relation(2, (0, 1), (1, 1), Fit.FOOTS),
        Relation(4, (2, 3), (1, 1), Fit.FOOTS),
    ]


def test_an_item_that_copies_an_earlier_item_beside_nils_is_not_a_total() -> None:
    found = find_relations([vec(0, 11400, 0), vec(1, 0, 0), vec(2, 11400, 5000)])
    assert found == []


def test_an_unhinted_line_off_in_one_column_is_a_partial_total() -> None:
    found = find_relations([vec(0, 1200, 3400), vec(1, 800, 600), vec(2, 2000, 4001)])
    assert found == [Relation(2, (0, 1), (1, 1), Fit.PARTIAL)]


def test_an_unhinted_line_off_where_it_adds_nothing_is_no_total() -> None:
    # Pfizer's 10-Q long-term debt: 'Notes due 2026' 6,000 / 3,000 under the notes due
    # 2024 (— / 2,250) and 2025 (3,750 / 750): the 2022 column adds up by chance
    found = find_relations([vec(0, 0, 2250), vec(1, 3750, 750), vec(2, 6000, 3000)])
    assert found == []


def test_a_nil_total_column_says_nothing_against_an_unhinted_partial_total() -> None:
    # shares held not totalled (read as nil) beside carrying amounts that add up
    found = find_relations([vec(0, 800000, 27407), vec(1, 100000, 39351), vec(2, 0, 66758)])
    assert found == [Relation(2, (0, 1), (1, 1), Fit.PARTIAL)]


def test_small_coincidences_do_not_make_an_unhinted_total() -> None:
    assert find_relations([vec(0, 2, 3), vec(1, 1, 1), vec(2, 3, 5000)]) == []


def test_a_blank_in_one_column_is_inferable() -> None:
    found = find_relations([vec(0, None, 5), vec(1, 700, 800), vec(2, 706, 805, hinted=True)])
    assert found == [Relation(2, (0, 1), (1, 1), Fit.FOOTS)]


def test_headings_bound_a_labelled_total_that_matches_nothing() -> None:
    heading = Vector(9, (None,), heading=True)
    lines = [
        vec(0, 50),
        heading,
        vec(1, 10),
        vec(2, 20),
        Vector(3, (Decimal(31),), hinted=True, labelled_total=True),
    ]
    assert find_relations(lines) == [Relation(3, (1, 2), (1, 1), Fit.UNMATCHED)]


def balance(key: int, *values: int | None) -> Vector:
    return Vector(key, tuple(None if v is None else Decimal(v) for v in values), balance=True)


def test_an_opening_balance_starts_a_new_roll_forward() -> None:
    """Two periods of a statement of changes in equity: nothing of the first period sums
    with the second (Fullshare 2009 interim: the profit 3,278 is not the closing 2008 less
    the opening 2009, which happen to differ by 3,035 in one column)."""
    rows = [
        balance(0, 4220, -488176),  # At 1 May 2008
        vec(1, 0, -17722),  # loss for the period
        balance(2, 4220, -505898),  # At 31 October 2008
        balance(3, 4220, -508624),  # At 1 May 2009
        vec(4, 0, 3278, hinted=True),  # profit for the period and total comprehensive income
        balance(5, 4220, -505346),  # At 31 October 2009
    ]
    assert find_relations(rows) == [
        Relation(2, (0, 1), (1, 1), Fit.FOOTS),
        Relation(5, (3, 4), (1, 1), Fit.FOOTS),
    ]


def test_a_closing_balance_off_in_one_column_is_still_a_partial_total() -> None:
    """A balance that sums its roll-forward in one column but not another is a total with
    a wrong figure, not an opening: it is still reported."""
    rows = [balance(0, 4220, -488176), vec(1, 1000, -17722), balance(2, 5220, -505890)]
    assert find_relations(rows) == [Relation(2, (0, 1), (1, 1), Fit.PARTIAL)]


def test_us_balance_labels_are_balances() -> None:
    table = make_table(
        [
            ("Balance, April 2, 2023", "9,560", "478"),
            ("Balances, December 31, 2022", "1", "2"),
            ("Balances as of January 1, 2022", "1", "2"),
            ("Balance sheet items", "1", "2"),
        ]
    )
    assert [says_balance(r) for r in table.rows] == [True, True, True, False]
