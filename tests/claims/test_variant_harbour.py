"""A profit-making Hong Kong company (variant document): turnover in HK$ billion, a
margin, a share of turnover, overseas sales outside Hong Kong, EPS in HK cents."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from tests.claims.builder import (
    R,
    build_filing,
    build_table,
    change_column,
    value_column,
    with_line,
)
from tieout.checks.engine import run_checks
from tieout.claims import Analysis, Verdict, analyse
from tieout.model import Document, Filing, Measure, Period, TableKind, Unit
from tieout.read import load_document

DOC = Path(__file__).parents[1] / "data" / "claims" / "harbour-light-2024-annual.txt"
FY2024 = Period(date(2024, 12, 31), date(2024, 1, 1))
FY2023 = Period(date(2023, 12, 31), date(2023, 1, 1))
HKD_000 = Unit(Measure.MONETARY, "HKD", 3)
YEARS = (value_column(0, FY2024), value_column(1, FY2023))


def harbour_filing(document: Document | None = None) -> Filing:
    doc = document or load_document(DOC)
    tables = [
        build_table(
            doc,
            "t01",
            TableKind.MDNA,
            HKD_000,
            (*YEARS, change_column(2)),
            [
                R("Turnover", "Revenue", 9, ["2,318,450", "2,060,812", "12.5%"]),
                R("Gross profit", "GrossProfit", 10, ["741,904", "638,852", "16.1%"]),
                R(
                    "Profit attributable to owners of the Company",
                    "ProfitLossAttributableToOwnersOfParent",
                    11,
                    ["186,220", "152,604", "22.0%"],
                ),
            ],
        ),
        build_table(
            doc,
            "t02",
            TableKind.INCOME_STATEMENT,
            HKD_000,
            YEARS,
            [
                R("Turnover", "Revenue", 25, ["2,318,450", "2,060,812"]),
                R("Cost of sales", "CostOfSales", 26, ["(1,576,546)", "(1,421,960)"]),
                R("Gross profit", "GrossProfit", 27, ["741,904", "638,852"]),
                R(
                    "Profit attributable to owners of the Company",
                    "ProfitLossAttributableToOwnersOfParent",
                    28,
                    ["186,220", "152,604"],
                ),
            ],
        ),
        build_table(
            doc,
            "t03",
            TableKind.INCOME_STATEMENT,
            Unit(Measure.PER_SHARE, "HKD"),
            YEARS,
            [
                R(
                    "Basic earnings per share (HK cents)",
                    "BasicEarningsLossPerShare",
                    29,
                    ["18.62", "15.28"],
                ),
            ],
        ),
        build_table(
            doc,
            "t04",
            TableKind.NOTE,
            HKD_000,
            YEARS,
            [
                R("Hong Kong", "hong-kong", 35, ["1,650,737", "1,502,334"]),
                R("Mainland China", "mainland-china", 36, ["412,300", "398,115"]),
                R("Singapore", "singapore", 37, ["255,413", "160,363"]),
                R(None, "Revenue", 38, ["2,318,450", "2,060,812"]),
            ],
        ),
        build_table(
            doc,
            "t05",
            TableKind.NOTE,
            Unit(Measure.PURE),
            YEARS,
            [
                R(
                    "Profit attributable to owners of the Company (HK$'000)",
                    "ProfitLossAttributableToOwnersOfParent",
                    43,
                    ["186,220", "152,604"],
                ),
                R(
                    "Weighted average number of ordinary shares in issue ('000)",
                    "WeightedAverageShares",
                    44,
                    ["1,000,000", "998,500"],
                ),
                R(
                    "Basic earnings per share (HK cents)",
                    "BasicEarningsLossPerShare",
                    45,
                    ["18.62", "15.28"],
                ),
            ],
        ),
    ]
    return build_filing(doc, tables)


def claims_of(analysis: Analysis) -> list[tuple[object, ...]]:
    return [
        (
            e.claim.line,
            e.claim.claimed,
            e.claim.kind.value,
            e.claim.subject.key if e.claim.subject else None,
            e.verdict.value,
            None if e.recomputed is None else str(e.recomputed),
        )
        for e in analysis.evaluations
    ]


def test_every_claim_of_the_variant() -> None:
    assert claims_of(analyse(harbour_filing())) == [
        (15, "12.5%", "change", "revenue", "verified", "12.5"),
        (15, "HK$2.3 billion", "amount", "revenue", "verified", "2.3"),
        (15, "HK$2,060.8 million", "amount", "revenue", "verified", "2060.8"),
        (15, "16.1%", "change", "gross-profit", "verified", "16.1"),
        (15, "HK$741.9 million", "amount", "gross-profit", "verified", "741.9"),
        (15, "32.0%", "margin", "gross-margin", "verified", "32.0"),
        (15, "31.0%", "margin", "gross-margin", "verified", "31.0"),
        (17, "71.2%", "share", "label:hong kong", "verified", "71.2"),
        (17, "19.6%", "change", "overseas-revenue", "verified", "19.6"),
        (17, "HK$667.7 million", "amount", "overseas-revenue", "verified", "667.7"),
        (19, "22.0%", "change", "profit-attributable", "verified", "22.0"),
        (19, "HK$186.2 million", "amount", "profit-attributable", "verified", "186.2"),
    ]


def test_the_variant_measures_agree() -> None:
    measures = analyse(harbour_filing()).measures
    assert [(m.kind, m.span.line, str(m.printed), str(m.value), m.agrees) for m in measures] == [
        ("per-share", 29, "18.62", "18.62", True),
        ("per-share", 29, "15.28", "15.28", True),
        ("per-share", 45, "18.62", "18.62", True),
        ("per-share", 45, "15.28", "15.28", True),
        ("change", 9, "12.5", "12.5", True),
        ("change", 10, "16.1", "16.1", True),
        ("change", 11, "22.0", "22.0", True),
    ]


def test_a_contradicting_turnover_growth_in_the_variant() -> None:
    document = with_line(load_document(DOC), 15, "Turnover rose 12.5%", "Turnover rose 15.2%")
    report = run_checks(harbour_filing(document), select=("TO7",))
    assert [(f.code, f.lines, f.actual, f.expected) for f in report.findings] == [
        ("TO701", (15, 25), Decimal("15.2"), Decimal("12.5"))
    ]


def test_a_contradicting_amount_in_billions() -> None:
    document = with_line(load_document(DOC), 15, "HK$2.3 billion", "HK$2.5 billion")
    evaluations = analyse(harbour_filing(document)).of(Verdict.CONTRADICTED)
    assert [(e.claim.line, e.claim.claimed, str(e.recomputed)) for e in evaluations] == [
        (15, "HK$2.5 billion", "2.3")
    ]


def test_a_share_of_turnover_that_does_not_hold() -> None:
    document = with_line(load_document(DOC), 17, "contributed 71.2%", "contributed 78.2%")
    evaluations = analyse(harbour_filing(document)).of(Verdict.CONTRADICTED)
    assert [(e.claim.line, e.claim.claimed, str(e.recomputed)) for e in evaluations] == [
        (17, "78.2%", "71.2")
    ]
