"""The bundled example with its tables built by hand from the printed lines (until the
extractor lands): every cell points at the figure printed on that line."""

from __future__ import annotations

from pathlib import Path

from tests.claims.builder import (
    DEC_2023,
    H1_2023,
    H1_2024,
    HKD_M,
    JUN_2024,
    PCT,
    RMB_000,
    RMB_M,
    R,
    build_filing,
    build_table,
    change_column,
    percent_column,
    value_column,
    with_line,
)
from tieout.api import document_to_filing
from tieout.model import Column, ColumnRole, Document, Filing, Measure, Table, TableKind, Unit
from tieout.read import load_document

EXAMPLE = Path(__file__).parents[2] / "tieout" / "examples" / "sensetime-2024-interim.txt"
MDNA, NOTE = TableKind.MDNA, TableKind.NOTE
TWO = (value_column(0, H1_2024), value_column(1, H1_2023))
TWO_DATES = (value_column(0, JUN_2024), value_column(1, DEC_2023))


def example_document() -> Document:
    return load_document(EXAMPLE)


Edits = dict[tuple[int, str], str]


def extracted_filing(edits: Edits | None = None) -> Filing:
    """The example read by tieout's own extractor, after retyping `edits`."""
    doc = example_document()
    for (line, old), new in (edits or {}).items():
        doc = with_line(doc, line, old, new)
    return document_to_filing(doc)


SOURCES = ("extracted", "hand-built")


def filing_from(source: str, edits: Edits | None = None) -> Filing:
    return extracted_filing(edits) if source == "extracted" else sensetime_filing(edits)


def sensetime_filing(edits: Edits | None = None) -> Filing:
    """The example's filing; `edits` retype printed figures: {(line, old): new}."""
    doc = example_document()
    for (line, old), new in (edits or {}).items():
        doc = with_line(doc, line, old, new)

    def edited(rows: list[R]) -> list[R]:
        return [
            R(
                r.label,
                r.concept,
                r.line,
                [(edits or {}).get((r.line, v), v) if v else v for v in r.values],
            )
            for r in rows
        ]

    def t(
        table_id: str, kind: TableKind, unit: Unit, columns: tuple[Column, ...], rows: list[R]
    ) -> Table:
        return build_table(doc, table_id, kind, unit, columns, edited(rows))

    highlights_columns = (
        value_column(0, H1_2024),
        percent_column(1, "As a percentage of revenue", H1_2024),
        value_column(2, H1_2023),
        percent_column(3, "As a percentage of revenue", H1_2023),
        change_column(4, "Period-over-period change"),
    )
    split = (
        value_column(0, H1_2024),
        percent_column(1, "%", H1_2024),
        value_column(2, H1_2023),
        percent_column(3, "%", H1_2023),
    )
    tables = [
        t(
            "t01",
            MDNA,
            RMB_000,
            highlights_columns,
            [
                R("Revenue", "Revenue", 24, ["1,739,717", "100.0", "1,433,122", "100.0", "21.4%"]),
                R(
                    "Gross Profit",
                    "GrossProfit",
                    25,
                    ["766,760", "44.1", "648,673", "45.3", "18.2%"],
                ),
                R(
                    "Loss for the period",
                    "ProfitLoss",
                    26,
                    ["(2,477,212)", "(142.4)", "(3,142,624)", "(219.3)", "-21.2%"],
                ),
                R(
                    "EBITDA",
                    "ebitda",
                    27,
                    ["(2,040,685)", "(117.3)", "(2,775,083)", "(193.6)", "-26.5%"],
                ),
                R(
                    "Adjusted EBITDA",
                    "adjusted-ebitda",
                    29,
                    ["(1,889,638)", "(108.6)", "(2,025,854)", "(141.4)", "-6.7%"],
                ),
                R(
                    "Adjusted net loss",
                    "adjusted-net-loss",
                    30,
                    ["(2,326,165)", "(133.7)", "(2,393,395)", "(167.0)", "-2.8%"],
                ),
            ],
        ),
        t(
            "t02",
            MDNA,
            RMB_M,
            split,
            [
                R("Generative AI", "generative-ai", 136, ["1,051.2", "60.4", "295.5", "20.6"]),
                R("Smart Auto", "smart-auto", 137, ["168.1", "9.7", "83.9", "5.9"]),
                R("Traditional AI", "traditional-ai", 138, ["520.4", "29.9", "1,053.7", "73.5"]),
                R("Total", "Revenue", 139, ["1,739.7", "100.0", "1,433.1", "100.0"]),
            ],
        ),
        t(
            "t03",
            MDNA,
            RMB_M,
            split,
            [
                R(
                    "Hardware costs and subcontracting service fees",
                    "hardware",
                    157,
                    ["773.2", "79.5", "643.1", "82.0"],
                ),
                R("Depreciation and amortization", "da", 158, ["106.4", "10.9", "79.4", "10.1"]),
                R("AIDC operation costs", "aidc", 159, ["45.5", "4.7", "20.3", "2.6"]),
                R("Employee benefit expenses", "employee", 160, ["30.8", "3.2", "27.3", "3.5"]),
                R("Other expenses", "other", 161, ["17.1", "1.7", "14.3", "1.8"]),
                R("Total", "CostOfSales", 162, ["973.0", "100.0", "784.4", "100.0"]),
            ],
        ),
        t(
            "t04",
            MDNA,
            RMB_M,
            TWO,
            [
                R("Loss before income tax", "ProfitLossBeforeTax", 220, ["(2,481.2)", "(3,266.8)"]),
                R("Finance income, net", "FinanceIncomeCost", 222, ["(264.3)", "(100.5)"]),
                R(
                    "Depreciation and amortization",
                    "DepreciationAndAmortisationExpense",
                    223,
                    ["704.8", "592.3"],
                ),
                R("EBITDA", "ebitda", 224, ["(2,040.7)", "(2,775.0)"]),
                R("Fair value losses of preferred share", "fv-preferred", 226, ["12.1", "10.0"]),
                R("Share-based compensation expenses", "sbc", 227, ["125.5", "233.9"]),
                R(
                    "Fair value losses on financial assets at fair value through profit or loss",
                    "fvpl",
                    229,
                    ["10.9", "505.3"],
                ),
                R(
                    "Professional service fees in connection with equity fundraising",
                    "fees",
                    231,
                    ["2.6", None],
                ),
                R("Adjusted EBITDA", "adjusted-ebitda", 232, ["(1,889.6)", "(2,025.8)"]),
            ],
        ),
        t(
            "t05",
            MDNA,
            RMB_M,
            TWO,
            [
                R("Net losses for the period", "ProfitLoss", 240, ["(2,477.2)", "(3,142.6)"]),
                R("Fair value losses of preferred share", "fv-preferred", 242, ["12.1", "10.0"]),
                R("Share-based compensation expenses", "sbc", 243, ["125.5", "233.9"]),
                R(
                    "Fair value losses on financial assets at fair value through profit or loss",
                    "fvpl",
                    245,
                    ["10.9", "505.3"],
                ),
                R(
                    "Professional service fees in connection with equity fundraising",
                    "fees",
                    247,
                    ["2.6", None],
                ),
                R("Adjusted net losses", "adjusted-net-loss", 248, ["(2,326.2)", "(2,393.4)"]),
            ],
        ),
        t(
            "t06",
            MDNA,
            HKD_M,
            (
                Column(
                    0, "Planned proportion of the net proceeds", ColumnRole.PERCENT, None, None, PCT
                ),
                Column(
                    1,
                    "Planned use of the net proceeds (Approximately HK$ million)",
                    ColumnRole.VALUE,
                ),
            ),
            [
                R(
                    "(i) Enhancing our research and development capabilities",
                    "p1",
                    330,
                    ["60.0", "3,810.6"],
                ),
                R("(ii) Expansion of our business", "p2", 331, ["15.0", "952.7"]),
                R(
                    "(iii) Pursuing strategic investment and acquisition opportunities",
                    "p3",
                    333,
                    ["15.0", "952.7"],
                ),
                R(
                    "(iv) Working capital and general corporate purposes",
                    "p4",
                    335,
                    ["10.0", "635.0"],
                ),
                R("Total", "total", 336, ["100.0", "6,351.0"]),
            ],
        ),
        t(
            "t07",
            MDNA,
            HKD_M,
            (
                Column(
                    0, "Planned proportion of the net proceeds", ColumnRole.PERCENT, None, None, PCT
                ),
                Column(
                    1,
                    "Planned use of the net proceeds (Approximately HK$ million)",
                    ColumnRole.VALUE,
                ),
            ),
            [
                R(
                    "Enhancing the scale of the Company's industry leading AI infrastructure",
                    "q1",
                    349,
                    ["35.0", "698.3"],
                ),
                R(
                    "Supporting the further development of generative AI",
                    "q2",
                    351,
                    ["30.0", "598.5"],
                ),
                R("General working capital (Note)", "q3", 352, ["35.0", "698.3"]),
                R("Total", "total", 353, ["100.0", "1,995.1"]),
            ],
        ),
        t(
            "t10",
            TableKind.INCOME_STATEMENT,
            RMB_000,
            TWO,
            [
                R("Revenue", "Revenue", 395, ["1,739,717", "1,433,122"]),
                R("Cost of sales", "CostOfSales", 396, ["(972,957)", "(784,449)"]),
                R("Gross profit", "GrossProfit", 397, ["766,760", "648,673"]),
                R("Selling expenses", "DistributionCosts", 398, ["(329,158)", "(417,957)"]),
                R(
                    "Administrative expenses",
                    "AdministrativeExpense",
                    399,
                    ["(734,936)", "(796,516)"],
                ),
                R(
                    "Research and development expenses",
                    "ResearchAndDevelopmentExpense",
                    400,
                    ["(1,892,226)", "(1,783,186)"],
                ),
                R(
                    "Net impairment losses on financial assets and contract assets",
                    "ImpairmentLossOnFinancialAssets",
                    401,
                    ["(587,653)", "(396,493)"],
                ),
                R("Other income", "OtherIncome", 402, ["108,736", "152,240"]),
                R("Other losses – net", "OtherGainsLosses", 403, ["(53,037)", "(754,066)"]),
                R("Finance income – net", "FinanceIncomeCost", 407, ["264,289", "100,537"]),
                R(
                    "Fair value losses of preferred share",
                    "FairValueLossesPreferred",
                    409,
                    ["(12,101)", "(10,043)"],
                ),
                R(
                    "Loss before income tax",
                    "ProfitLossBeforeTax",
                    410,
                    ["(2,481,204)", "(3,266,840)"],
                ),
                R(
                    "Income tax credit",
                    "IncomeTaxExpenseContinuingOperations",
                    411,
                    ["3,992", "124,216"],
                ),
                R("Loss for the period", "ProfitLoss", 412, ["(2,477,212)", "(3,142,624)"]),
                R(
                    "Equity holders of the Company",
                    "ProfitLossAttributableToOwnersOfParent",
                    414,
                    ["(2,456,782)", "(3,122,744)"],
                ),
            ],
        ),
        t(
            "t11",
            TableKind.INCOME_STATEMENT,
            Unit(Measure.PER_SHARE, "RMB"),
            TWO,
            [
                R(
                    "Basic and diluted loss per share (RMB)",
                    "BasicAndDilutedEarningsLossPerShare",
                    419,
                    ["(0.08)", "(0.10)"],
                ),
            ],
        ),
        t(
            "t12",
            TableKind.BALANCE_SHEET,
            RMB_000,
            TWO_DATES,
            [
                R(
                    "Trade, other receivables and prepayments",
                    "TradeAndOtherReceivables",
                    452,
                    ["5,355,949", "5,159,278"],
                ),
                R("Term deposits", "TermDeposits", 453, ["1,193,410", "1,099,898"]),
                R(
                    "Cash and cash equivalents",
                    "CashAndCashEquivalents",
                    453,
                    ["7,626,544", "9,423,495"],
                ),
                R("Total equity", "Equity", 461, ["22,704,559", "23,155,473"]),
                R("Borrowings", "NoncurrentBorrowings", 465, ["4,658,035", "4,278,686"]),
                R("Lease liabilities", "NoncurrentLeaseLiabilities", 465, ["109,024", "145,290"]),
                R(
                    "Other financial liabilities",
                    "OtherNoncurrentFinancialLiabilities",
                    465,
                    ["796,500", "530,471"],
                ),
                R("Borrowings", "CurrentBorrowings", 467, ["629,260", "194,429"]),
                R("Lease liabilities", "CurrentLeaseLiabilities", 467, ["124,868", "146,410"]),
                R(
                    "Preferred share liabilities",
                    "PreferredShareLiabilities",
                    467,
                    ["1,169,103", "1,144,805"],
                ),
            ],
        ),
        t(
            "t13",
            TableKind.CASH_FLOWS,
            RMB_000,
            TWO,
            [
                R(
                    "Net cash used in operating activities",
                    "CashFlowsFromUsedInOperatingActivities",
                    547,
                    ["(3,523,763)", "(1,804,805)"],
                ),
                R(
                    "Net cash (used in)/generated from investing activities",
                    "CashFlowsFromUsedInInvestingActivities",
                    567,
                    ["(1,068,168)", "384,721"],
                ),
                R(
                    "Net cash generated from financing activities",
                    "CashFlowsFromUsedInFinancingActivities",
                    588,
                    ["2,722,666", "413,199"],
                ),
            ],
        ),
        t(
            "t14",
            TableKind.CHANGES_IN_EQUITY,
            RMB_000,
            (value_column(0, H1_2024, "Total equity"),),
            [
                R("Share-based compensation expenses", "SharebasedPayment", 485, ["125,491"]),
            ],
        ),
        t(
            "t15",
            TableKind.CHANGES_IN_EQUITY,
            RMB_000,
            (value_column(0, H1_2023, "Total equity"),),
            [
                R("Share-based compensation expenses", "SharebasedPayment", 508, ["233,934"]),
            ],
        ),
        t(
            "t16",
            NOTE,
            RMB_000,
            TWO,
            [
                R("Mainland China", "mainland-china", 679, ["1,418,730", "1,203,994"]),
                R("Northeast asia", "northeast-asia", 680, ["222,557", "185,367"]),
                R("Southeast asia", "southeast-asia", 681, ["39,608", "11,169"]),
                R("Others*", "others", 682, ["58,822", "32,592"]),
                R(None, "Revenue", 683, ["1,739,717", "1,433,122"]),
            ],
        ),
        t(
            "t17",
            NOTE,
            RMB_000,
            TWO,
            [
                R(
                    "Depreciation and amortization",
                    "DepreciationAndAmortisationExpense",
                    712,
                    ["704,808", "592,294"],
                ),
            ],
        ),
        t(
            "t18",
            NOTE,
            RMB_000,
            TWO,
            [
                R(
                    "Fair value losses on financial assets at fair value through profit or loss"
                    " (Note 12(d))",
                    "FairValueLossesFVPL",
                    732,
                    ["(10,897)", "(505,252)"],
                ),
            ],
        ),
        t(
            "t19",
            NOTE,
            Unit(Measure.PURE),
            TWO,
            [
                R(
                    "Loss attributable to equity holders of the Company (RMB'000)",
                    "ProfitLossAttributableToOwnersOfParent",
                    809,
                    ["(2,456,782)", "(3,122,744)"],
                ),
                R(
                    "Weighted average number of ordinary shares in issue",
                    "WeightedAverageShares",
                    810,
                    ["32,441,299,311", "31,958,495,179"],
                ),
                R(
                    "Basic loss per share (expressed in RMB per share)",
                    "BasicEarningsLossPerShare",
                    811,
                    ["(0.08)", "(0.10)"],
                ),
            ],
        ),
    ]
    return build_filing(doc, tables)
