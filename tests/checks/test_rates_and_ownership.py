"""Percentages that are no shares of a whole: a row of rates across an ageing matrix
(TO201) and a column of ownership percentages beside areas (TO602), as the Traditional
Chinese Fullshare 2023 interim report prints them (notes 3 and the business review)."""

from __future__ import annotations

from dataclasses import replace

from tests.checks.fixtures import H1_2024, make_filing, make_table
from tieout.checks.engine import run_checks
from tieout.model import ColumnRole, Measure, Status, TableKind, Unit

AGES = ["一年以內", "一至兩年", "兩至三年", "三至四年", "超過四年", "總計"]


def ageing(rate_total: str) -> list[tuple[str, ...]]:
    return [
        ("預期信貸虧損率", "1.74%", "26.49%", "56.62%", "82.17%", "100%", rate_total),
        ("總賬面值", "6,956,937", "347,522", "231,565", "31,032", "136,306", "7,703,362"),
        ("虧損撥備", "(120,935)", "(92,067)", "(131,110)", "(25,500)", "(136,306)", "(505,918)"),
    ]


def test_a_row_of_rates_is_not_cross_footed() -> None:
    table = make_table(
        ageing("6.57%"), kind=TableKind.NOTE, periods=(H1_2024,), members=AGES, first_line=20
    )
    rates = replace(table.rows[0], unit=Unit(Measure.PERCENT))
    table = replace(table, rows=(rates, *table.rows[1:]))
    report = run_checks(make_filing(table), select=("TO201",))
    assert report.findings == ()
    assert [(c.status, c.lines) for c in report.checks] == [
        (Status.PASSED, (21,)),
        (Status.PASSED, (22,)),
    ]  # the amounts cross-foot; the weighted rate 6.57% is no sum of the bucket rates


def test_a_row_of_shares_is_still_cross_footed() -> None:
    shares = [("佔比", "10%", "20%", "30%", "15%", "20%", "95%"), *ageing("6.57%")[1:]]
    table = make_table(shares, kind=TableKind.NOTE, periods=(H1_2024,), members=AGES)
    table = replace(
        table, rows=(replace(table.rows[0], unit=Unit(Measure.PERCENT)), *table.rows[1:])
    )
    report = run_checks(make_filing(table), select=("TO201",))
    # the total is not 100%, so the row reads as rates and is left alone; at 100% it adds
    assert [c.lines for c in report.checks] == [(11,), (12,)]
    shares[0] = ("佔比", "10%", "20%", "30%", "20%", "20%", "100%")
    table = make_table(shares, kind=TableKind.NOTE, periods=(H1_2024,), members=AGES)
    table = replace(
        table, rows=(replace(table.rows[0], unit=Unit(Measure.PERCENT)), *table.rows[1:])
    )
    report = run_checks(make_filing(table), select=("TO201",))
    assert [(c.status, c.lines) for c in report.checks] == [
        (Status.PASSED, (10,)),
        (Status.PASSED, (11,)),
        (Status.PASSED, (12,)),
    ]


PROJECTS = [
    ("雨花客廳A1", "60,300", "100%"),
    ("雨花客廳A2", "–", "100%"),
    ("雨花客廳C南", "70,946", "100%"),
    ("香醍名邸3B期", "192", "80%"),
    ("香醍名邸4期", "18,625", "80%"),
    ("", "218,770", ""),
]


def test_ownership_percentages_beside_areas_are_no_shares() -> None:
    """'本集團所佔權益' 100% beside a project's area: 60,300 is no whole of which 70,946
    is a part, so nothing is computed as a share of it."""
    table = make_table(
        PROJECTS,
        kind=TableKind.MDNA,
        periods=(H1_2024, H1_2024),
        roles=[ColumnRole.VALUE, ColumnRole.PERCENT],
    )
    report = run_checks(make_filing(table), select=("TO602",))
    assert report.checks == () and report.findings == ()


def test_shares_of_a_total_printed_at_100_are_checked() -> None:
    rows = [
        ("東部", "134,153", "57"),
        ("西南", "37,084", "16"),
        ("南部", "44,094", "19"),
        ("北部", "14,761", "6"),
        ("中部", "3,805", "2"),
        ("總計", "233,897", "100"),
    ]
    table = make_table(
        rows,
        kind=TableKind.MDNA,
        periods=(H1_2024, H1_2024),
        roles=[ColumnRole.VALUE, ColumnRole.PERCENT],
    )
    report = run_checks(make_filing(table), select=("TO602",))
    assert len(report.checks) == 5
    assert report.findings == ()
