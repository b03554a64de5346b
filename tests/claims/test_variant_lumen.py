"""A loss-making US$ company in layout text (variant document): "decreased by X% from A to
B", "narrowed by", a share of a breakdown total, an adjusted net loss reconciliation, a
gearing ratio over total equity, a use-of-proceeds table with other headers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.claims.builder import (
    DEC_2023,
    H1_2023,
    H1_2024,
    JUN_2024,
    PCT,
    R,
    build_filing,
    build_table,
    value_column,
    with_line,
)
from tieout.checks.engine import run_checks
from tieout.claims import analyse
from tieout.model import Column, ColumnRole, Document, Filing, Measure, TableKind, Unit
from tieout.read import load_document

DOC = Path(__file__).parents[1] / "data" / "claims" / "lumen-2024-interim.txt"
USD_000 = Unit(Measure.MONETARY, "USD", 3)
USD_M = Unit(Measure.MONETARY, "USD", 6)
HALVES = (value_column(0, H1_2024), value_column(1, H1_2023))
DATES = (value_column(0, JUN_2024), value_column(1, DEC_2023))
MDNA, IS = TableKind.MDNA, TableKind.INCOME_STATEMENT


def lumen_filing(document: Document | None = None) -> Filing:
    doc = document or load_document(DOC)
    proceeds_columns = (
        Column(0, "Percentage of total net proceeds", ColumnRole.PERCENT, None, None, PCT),
        Column(1, "Amount allocated (US$ million)", ColumnRole.VALUE),
    )
    tables = [
        build_table(
            doc,
            "t01",
            MDNA,
            USD_000,
            HALVES,
            [
                R(
                    "Research and development expenses",
                    "ResearchAndDevelopmentExpense",
                    14,
                    ["25,640", "27,310"],
                ),
                R("Administrative expenses", "AdministrativeExpense", 15, ["9,870", "10,215"]),
                R("Selling expenses", "DistributionCosts", 16, ["5,780", "6,040"]),
                R("Total operating expenses", "OperatingExpense", 17, ["41,290", "43,565"]),
            ],
        ),
        build_table(
            doc,
            "t02",
            MDNA,
            USD_000,
            HALVES,
            [
                R("Loss for the period", "ProfitLoss", 25, ["(12,604)", "(15,112)"]),
                R("Add: Share-based compensation", "sbc", 26, ["2,310", "2,980"]),
                R("Amortisation of acquired intangibles", "amortisation", 27, ["845", "845"]),
                R("Adjusted net loss", "adjusted-net-loss", 28, ["(9,449)", "(11,287)"]),
            ],
        ),
        build_table(
            doc,
            "t03",
            MDNA,
            USD_M,
            proceeds_columns,
            [
                R("Clinical trials", "p1", 38, ["70.0", "56.0"]),
                R("Manufacturing", "p2", 39, ["20.0", "16.0"]),
                R("Working capital", "p3", 40, ["10.0", "8.0"]),
                R("Total", "total", 41, ["100.0", "80.0"]),
            ],
        ),
        build_table(
            doc,
            "t04",
            IS,
            USD_000,
            HALVES,
            [
                R("Revenue", "Revenue", 47, ["41,382", "45,150"]),
                R(
                    "Research and development expenses",
                    "ResearchAndDevelopmentExpense",
                    48,
                    ["(25,640)", "(27,310)"],
                ),
                R("Loss for the period", "ProfitLoss", 49, ["(12,604)", "(15,112)"]),
                R(
                    "Loss attributable to owners of the Company",
                    "ProfitLossAttributableToOwnersOfParent",
                    50,
                    ["(12,450)", "(14,980)"],
                ),
            ],
        ),
        build_table(
            doc,
            "t05",
            IS,
            Unit(Measure.PER_SHARE, "USD"),
            HALVES,
            [
                R(
                    "Basic loss per share (US$)",
                    "BasicEarningsLossPerShare",
                    51,
                    ["(0.03)", "(0.04)"],
                ),
            ],
        ),
        build_table(
            doc,
            "t06",
            TableKind.BALANCE_SHEET,
            USD_000,
            DATES,
            [
                R("Cash and cash equivalents", "CashAndCashEquivalents", 57, ["31,200", "36,880"]),
                R("Bank borrowings", "NoncurrentBorrowings", 58, ["30,000", "30,000"]),
                R("Lease liabilities", "LeaseLiabilities", 59, ["2,150", "2,600"]),
                R("Bank borrowings", "CurrentBorrowings", 60, ["8,500", "6,000"]),
                R("Total equity", "Equity", 61, ["95,600", "107,300"]),
            ],
        ),
        build_table(
            doc,
            "t07",
            TableKind.NOTE,
            Unit(Measure.PURE),
            HALVES,
            [
                R(
                    "Loss attributable to owners of the Company (US$'000)",
                    "ProfitLossAttributableToOwnersOfParent",
                    66,
                    ["(12,450)", "(14,980)"],
                ),
                R(
                    "Weighted average number of ordinary shares in issue",
                    "WeightedAverageShares",
                    67,
                    ["415,000,000", "410,250,000"],
                ),
                R(
                    "Basic loss per share (US$)",
                    "BasicEarningsLossPerShare",
                    68,
                    ["(0.03)", "(0.04)"],
                ),
            ],
        ),
    ]
    return build_filing(doc, tables)


def test_every_claim_of_the_variant() -> None:
    analysis = analyse(lumen_filing())
    assert [
        (
            e.claim.line,
            e.claim.claimed,
            e.claim.kind.value,
            e.claim.subject.key if e.claim.subject else None,
            e.verdict.value,
            None if e.recomputed is None else str(e.recomputed),
        )
        for e in analysis.evaluations
    ] == [
        (7, "8.3%", "change", "revenue", "verified", "-8.3"),
        (7, "US$45.2 million", "amount", "revenue", "verified", "45.2"),
        (7, "US$41.4 million", "amount", "revenue", "verified", "41.4"),
        (9, "6.1%", "change", "research-expenses", "verified", "-6.1"),
        (9, "US$25.6 million", "amount", "research-expenses", "verified", "25.6"),
        (9, "62.1%", "share", "research-expenses", "verified", "62.1"),
        (19, "16.6%", "change", "profit-loss", "verified", "-16.6"),
        (19, "US$12.6 million", "amount", "profit-loss", "verified", "12.6"),
        (19, "US$15.1 million", "amount", "profit-loss", "verified", "15.1"),
        (21, "US$9.4 million", "amount", "adjusted-net-loss", "verified", "9.4"),
        (21, "US$11.3 million", "amount", "adjusted-net-loss", "verified", "11.3"),
        (30, "US$31.2 million", "amount", "cash", "verified", "31.2"),
        (30, "US$36.9 million", "amount", "cash", "verified", "36.9"),
        (32, "9.9%", "ratio", "gearing-ratio", "verified", "9.9"),
        (34, "US$80.0 million", "amount", "net-proceeds", "verified", "80.0"),
    ]


def test_the_variant_measures_agree() -> None:
    measures = analyse(lumen_filing()).measures
    assert [(m.kind, m.span.line, str(m.printed), str(m.value), m.agrees) for m in measures] == [
        ("reconciliation", 28, "-9449", "-9449", True),
        ("reconciliation", 28, "-11287", "-11287", True),
        ("per-share", 51, "-0.03", "-0.03", True),
        ("per-share", 51, "-0.04", "-0.04", True),
        ("per-share", 68, "-0.03", "-0.03", True),
        ("per-share", 68, "-0.04", "-0.04", True),
        ("proceeds", 38, "56.0", "56.0", True),
        ("proceeds", 39, "16.0", "16.0", True),
        ("proceeds", 40, "8.0", "8.0", True),
    ]


def test_gearing_over_equity_contradicted() -> None:
    document = with_line(load_document(DOC), 32, "was 9.9%", "was 8.9%")
    report = run_checks(lumen_filing(document), select=("TO7",))
    assert [(f.code, f.spans[0].line, f.actual, f.expected) for f in report.findings] == [
        ("TO701", 32, Decimal("8.9"), Decimal("9.9"))
    ]


def test_a_retyped_amount_from_a_to_b() -> None:
    document = with_line(load_document(DOC), 7, "US$45.2 million", "US$42.5 million")
    report = run_checks(lumen_filing(document), select=("TO7",))
    found = [(f.code, f.spans[0].line, f.actual, f.expected) for f in report.findings]
    assert found == [("TO701", 7, Decimal("42.5"), Decimal("45.2"))]
