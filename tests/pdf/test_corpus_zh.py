"""Chinese HKEX announcements read from the PDF: statements, periods, boxes and findings.

alco: Alco Holdings FY2025 (千港元), a results announcement with continuing and
discontinued operations (持續經營業務 / 已終止經營業務), a statement of financial
position in the net-liabilities format, and a segment matrix with dash-only columns.
Cut-out pages 2-6, 9-10 of the corpus PDF.

anxin: Anxin-China 2012 annual results (港幣千元): one statement of comprehensive income
(the income statement inside it), a balance sheet in the net-assets format, and segment
tables in note 5. Neither announcement prints a cash flow statement. Cut-out pages 2-4,
11-12 (page 3 of the cut-out is prose of note 1-2).
"""

from __future__ import annotations

from decimal import Decimal

from pdf_support import DATA

import tieout
from tieout.model import BBox, Filing, Report, RowKind, Status, Table, TableKind

ALCO = DATA / "alco_fy2025_zh_p2-6_9-10.pdf"
ANXIN = DATA / "anxin_2012_annual_zh_p2-4_11-12.pdf"
ALCO_YEARS = ["2024-04-01..2025-03-31", "2023-04-01..2024-03-31"]


def statements(filing: Filing) -> dict[TableKind, Table]:
    return {t.kind: t for t in filing.statements}


def described(report: Report, code: str) -> list[tuple[Status, tuple[int, ...], str]]:
    return [(c.status, c.lines, c.description) for c in report.checks if c.code == code]


def row_at(table: Table, line: int) -> tuple[str | None, RowKind, list[str]]:
    row = next(r for r in table.rows if r.line == line)
    return row.label, row.kind, [c.text for c in row.cells]


# --------------------------------------------------------------------------- alco


def test_alco_statements_with_both_periods_and_pages() -> None:
    filing = tieout.read(ALCO)
    found = statements(filing)
    assert list(found) == [
        TableKind.INCOME_STATEMENT,
        TableKind.COMPREHENSIVE_INCOME,
        TableKind.BALANCE_SHEET,
    ]
    assert [str(c.period) for c in found[TableKind.INCOME_STATEMENT].value_columns()] == (
        ALCO_YEARS
    )
    assert [str(c.period) for c in found[TableKind.COMPREHENSIVE_INCOME].value_columns()] == (
        ALCO_YEARS
    )
    assert [str(c.period) for c in found[TableKind.BALANCE_SHEET].value_columns()] == [
        "2025-03-31",
        "2024-03-31",
    ]
    assert [(t.page, t.lines) for t in filing.statements] == [
        (1, (7, 62)),
        (3, (67, 82)),
        (4, (87, 131)),
    ]


def test_alco_has_no_findings_and_its_balance_sheet_balances() -> None:
    report = tieout.check(tieout.read(ALCO))
    assert report.findings == ()
    assert report.summary.checks_run == 66
    assert described(report, "TO104")[2:] == [
        (
            Status.PASSED,
            (113, 131),
            "the balance sheet balances: total assets less current liabilities = equity and"
            " non-current liabilities: (51,582) = (51,582)",
        ),
        (
            Status.PASSED,
            (113, 131),
            "the balance sheet balances: total assets less current liabilities = equity and"
            " non-current liabilities: (74,034) = (74,034)",
        ),
    ]


def test_alco_discontinued_operations_and_the_attribution_foot() -> None:
    filing = tieout.read(ALCO)
    income = statements(filing)[TableKind.INCOME_STATEMENT]
    # the non-controlling share repeats its heading (line 45) and closes that section
    assert row_at(income, 49) == ("非控股權益應佔本年度虧損", RowKind.SUBTOTAL, ["–", "(8,920)"])
    assert row_at(income, 43) == (
        "本公司擁有人應佔本年度（虧損）╱溢利",
        RowKind.SUBTOTAL,
        ["(64,270)", "600,692"],
    )
    report = tieout.check(filing)
    footing = described(report, "TO101")
    assert (Status.PASSED, (29, 32, 34), "591,772 = (3,070) + 594,842") in footing
    assert (Status.PASSED, (40, 41, 43), "600,692 = 5,850 + 594,842") in footing
    assert (Status.PASSED, (43, 49, 50), "591,772 = 600,692 + (8,920)") in footing
    # the loss for the year is not the loss from continuing operations printed again
    # (they agree only for 2025, when the discontinued operations made nothing); the
    # loss from continuing operations is the loss before tax again (tax is nil)
    assert described(report, "TO106") == [
        (Status.PASSED, (26, 29), "line 29 repeats 除所得稅前虧損 (line 26)"),
        (Status.PASSED, (34, 50), "line 50 repeats 本年度（虧損）╱溢利 (line 34)"),
        (Status.PASSED, (76, 82), "line 82 repeats 本年度全面（開支）╱收入總額 (line 76)"),
        (Status.PASSED, (113, 131), "line 131 repeats 總資產減流動負債 (line 113)"),
    ]


def test_alco_facts_carry_concepts_values_pages_and_boxes() -> None:
    filing = tieout.read(ALCO)
    assert all(f.span.page is not None and f.span.bbox is not None for f in filing.facts)
    primary = {t.id for t in filing.statements}
    facts = {
        (f.concept, str(f.period), f.span.line): f for f in filing.facts if f.table_id in primary
    }
    loss = facts[("ProfitLoss", ALCO_YEARS[1], 34)]
    assert loss.value == Decimal("591772000")
    assert (loss.span.page, loss.span.bbox) == (1, BBox(487.01, 601.71, 524.41, 613.99))
    discontinued = facts[("ProfitLossFromDiscontinuedOperations", ALCO_YEARS[1], 32)]
    assert discontinued.value == Decimal("594842000")
    deficit = facts[("Equity", "2025-03-31", 124)]
    assert deficit.value == Decimal("-64693000")
    assert (deficit.span.page, deficit.span.bbox) == (5, BBox(403.53, 231.03, 443.03, 243.71))
    # per-share figures in 港元, told apart by the sub-heading they stand under
    assert facts[("BasicEarningsLossPerShare", ALCO_YEARS[1], 54)].value == Decimal("9.79")
    continuing = facts[("BasicEarningsLossPerShareFromContinuingOperations", ALCO_YEARS[1], 60)]
    assert (continuing.value, continuing.unit.scale) == (Decimal("0.10"), 0)


def test_alco_segment_matrix_reads_its_dash_only_columns() -> None:
    filing = tieout.read(ALCO)
    (segments,) = [t for t in filing.tables if t.page == 6]
    assert segments.lines == (152, 171)  # ends before '(b) 地理資料' on the next page
    assert [c.member.split()[0] if c.member else None for c in segments.columns] == [
        "影音產品",
        "電腦產品",
        "抵銷",
        "總計",
    ] * 2
    assert row_at(segments, 158) == (
        "外部銷售",
        RowKind.ITEM,
        ["–", "99,313", "–", "99,313", "–", "148,422", "–", "148,422"],
    )
    # profit before tax is struck in the total columns only
    assert row_at(segments, 171) == ("除稅前虧損", RowKind.SUBTOTAL, ["(64,270)", "(3,070)"])
    assert [c.column for c in next(r for r in segments.rows if r.line == 171).cells] == [3, 7]
    # '應收貿易及其他賬款' / ' 減值虧損': one label wrapped, its tail indented under it
    assert row_at(segments, 166) == (
        "應收貿易及其他賬款減值虧損",
        RowKind.ITEM,
        ["(1,310)", "(4,031)"],
    )
    footing = [
        (c.status, c.facts[0][2], c.lines[3], c.description)
        for c in tieout.check(filing).checks
        if c.code == "TO101" and c.lines[:3] == (163, 164, 165) and c.lines[4:] == (168, 169, 171)
    ]
    nil = "0 = 0 + 0 + 0 + 0 + 0 + 0"  # the dash-only columns: nil throughout
    # the wrapped row's figures stand on its second line (167), its dashes on its first
    assert footing == [
        (Status.PASSED, 0, 166, nil),
        (Status.PASSED, 2, 166, nil),
        (Status.PASSED, 3, 167, "(64,270) = (42,868) + 2,483 + (12,614) + (1,310) + 0 + (9,961)"),
        (Status.PASSED, 4, 166, nil),
        (Status.PASSED, 6, 166, nil),
        (Status.PASSED, 7, 167, "(3,070) = (67,621) + 65,007 + 13,031 + (4,031) + 2 + (9,458)"),
    ]  # none for the product columns 1 and 5, where the sum is not struck


# --------------------------------------------------------------------------- anxin


def test_anxin_statements_with_both_periods_and_pages() -> None:
    filing = tieout.read(ANXIN)
    found = statements(filing)
    assert list(found) == [TableKind.COMPREHENSIVE_INCOME, TableKind.BALANCE_SHEET]
    assert [str(c.period) for c in found[TableKind.COMPREHENSIVE_INCOME].value_columns()] == [
        "2012-01-01..2012-12-31",
        "2011-01-01..2011-12-31",
    ]
    assert [str(c.period) for c in found[TableKind.BALANCE_SHEET].value_columns()] == [
        "2012-12-31",
        "2011-12-31",
    ]
    assert [(t.page, t.lines) for t in filing.statements] == [(1, (6, 45)), (2, (49, 86))]
    assert filing.reading_issues == ()
    assert all(f.span.page is not None and f.span.bbox is not None for f in filing.facts)


def test_anxin_has_no_findings_and_its_balance_sheet_balances() -> None:
    report = tieout.check(tieout.read(ANXIN))
    assert report.findings == ()
    assert report.summary.checks_run == 53
    identities = described(report, "TO104")
    assert (
        Status.PASSED,
        (64, 78, 79),
        "net assets = assets - liabilities: 3,409,862 = 4,082,089 - 672,227",
    ) in identities
    assert (
        Status.PASSED,
        (64, 78, 79),
        "net assets = assets - liabilities: 2,575,596 = 2,650,270 - 74,674",
    ) in identities
    assert (
        Status.PASSED,
        (79, 86),
        "the balance sheet balances: net assets = equity: 2,575,596 = 2,575,596",
    ) in identities
    # equity attributable to owners equals net assets in 2012 only (no NCI): not a repeat
    assert described(report, "TO106") == [
        (Status.PASSED, (22, 28), "line 28 repeats 淨利潤 (line 22)"),
        (Status.PASSED, (34, 40), "line 40 repeats 年度綜合收入總額 (line 34)"),
        (Status.PASSED, (79, 86), "line 86 repeats 資產淨值 (line 79)"),
    ]


def test_anxin_balance_sheet_stops_at_a_gap_in_the_pages_read() -> None:
    """Page choice leaving pages out: the balance sheet does not run on into note 5."""
    filing = tieout.read(ANXIN, pages="1-2,4-5")
    assert filing.pages_read == (1, 2, 4, 5)
    sheet = statements(filing)[TableKind.BALANCE_SHEET]
    assert sheet.lines == (49, 86)
    assert [c.period is not None for c in sheet.columns] == [True, True]
    assert row_at(sheet, 53) == ("商譽", RowKind.ITEM, ["1,296,803", "1,129,430"])
    assert tieout.check(filing).findings == ()


def test_anxin_segment_tables_split_at_their_own_headers() -> None:
    filing = tieout.read(ANXIN)
    on_page_4 = [t for t in filing.tables if t.page == 4]
    assert [(t.lines, len(t.columns)) for t in on_page_4] == [
        ((125, 134), 8),
        ((136, 140), 6),
        ((142, 146), 6),
        ((149, 167), 2),
    ]
    results, assets, liabilities, _ = on_page_4
    assert row_at(results, 133) == (
        "合計",
        RowKind.TOTAL,
        ["746,187", "598,172", "107,928", "–", "(4,385)", "–", "849,730", "598,172"],
    )
    assert row_at(assets, 140)[2] == [
        "3,513,906",
        "2,650,270",
        "376,053",
        "–",
        "3,889,959",
        "2,650,270",
    ]
    assert row_at(liabilities, 146)[0] == "分部負債"


def test_anxin_chinese_labels_map_to_concepts() -> None:
    filing = tieout.read(ANXIN)
    found = statements(filing)
    income = {r.line: r.concept for r in found[TableKind.COMPREHENSIVE_INCOME].rows}
    assert (income[43], income[45]) == ("BasicEarningsLossPerShare", "DilutedEarningsLossPerShare")
    sheet = {r.line: r.concept for r in found[TableKind.BALANCE_SHEET].rows}
    assert sheet[68] == "contingent-consideration-shares"
    assert (sheet[79], sheet[84], sheet[86]) == (
        "net-assets",
        "EquityAttributableToOwnersOfParent",
        "Equity",
    )
    total = next(f for f in filing.facts if f.concept == "Assets" and f.span.line == 64)
    assert total.value == Decimal("4082089000")
    assert (total.span.page, total.span.bbox) == (2, BBox(401.04, 342.78, 453.54, 354.54))
