"""Percent-of-total columns: recomputed against the one row printed as 100; a column where
several rows print 100 (interests held in projects) is not a percent-of-total column."""

from __future__ import annotations

from decimal import Decimal

from tests.claims.builder import H1_2024, R, build_filing, build_table, percent_column, value_column
from tieout.claims.measures import percent_columns
from tieout.model import Filing, Measure, TableKind, Unit
from tieout.read.text import text_to_document

HKD_000 = Unit(Measure.MONETARY, "HKD", 3)


def filing_of(text: str, rows: list[R]) -> Filing:
    document = text_to_document(text, source="columns.txt")
    columns = (value_column(0, H1_2024), percent_column(1, "% of revenue", H1_2024))
    table = build_table(document, "t01", TableKind.MDNA, HKD_000, columns, rows)
    return build_filing(document, [table])


def test_a_breakdown_against_its_total() -> None:
    filing = filing_of(
        "Retail\t60,300\t45.9\nWholesale\t70,946\t54.1\nTotal\t131,246\t100.0\n",
        [
            R("Retail", "retail", 1, ["60,300", "45.9"]),
            R("Wholesale", "wholesale", 2, ["70,946", "54.1"]),
            R("Total", "Revenue", 3, ["131,246", "100.0"]),
        ],
    )
    assert [(r.span.line, r.printed, r.value, r.agrees) for r in percent_columns(filing)] == [
        (1, Decimal("45.9"), Decimal("45.9"), True),
        (2, Decimal("54.1"), Decimal("54.1"), True),
    ]


def test_a_misprinted_share_of_the_total() -> None:
    filing = filing_of(
        "Retail\t60,300\t49.5\nWholesale\t70,946\t54.1\nTotal\t131,246\t100.0\n",
        [
            R("Retail", "retail", 1, ["60,300", "49.5"]),
            R("Wholesale", "wholesale", 2, ["70,946", "54.1"]),
            R("Total", "Revenue", 3, ["131,246", "100.0"]),
        ],
    )
    assert [(r.span.line, r.value, r.agrees) for r in percent_columns(filing)] == [
        (1, Decimal("45.9"), False),
        (2, Decimal("54.1"), True),
    ]


def test_several_rows_at_100_percent_are_holdings_not_shares() -> None:
    filing = filing_of(
        "Tower A\t60,300\t100\nTower B\t70,946\t100\nTower C\t18,625\t80\n",
        [
            R("Tower A", "a", 1, ["60,300", "100"]),
            R("Tower B", "b", 2, ["70,946", "100"]),
            R("Tower C", "c", 3, ["18,625", "80"]),
        ],
    )
    assert percent_columns(filing) == []
