"""The structure finder on bare vectors: which lines are sums of which."""

from __future__ import annotations

from decimal import Decimal

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
