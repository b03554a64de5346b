"""Variant layouts of what the Chinese announcements print (tests/pdf/test_corpus_zh.py),
written out as space-aligned text: an English results statement with continuing and
discontinued operations, and a Chinese segment note with dash-only columns and a second
table under its own headers on the same page."""

from __future__ import annotations

from tieout.api import document_to_filing
from tieout.checks.engine import run_checks
from tieout.model import Filing, RowKind, Status, Table
from tieout.read.text import text_to_document

NEXT_PAGE = "\f6.   其他收入\n"  # a page break after the text gives its lines page 1


def row(label: str, *values: str, width: int = 70, column: int = 14) -> str:
    return (label.ljust(width) + "".join(v.rjust(column) for v in values)).rstrip()


def read(lines: list[str]) -> Filing:
    return document_to_filing(text_to_document("\n".join(lines) + "\n" + NEXT_PAGE, source="x"))


def cells(table: Table, line: int) -> tuple[RowKind, list[str]]:
    found = next(r for r in table.rows if r.line == line)
    return found.kind, [c.text for c in found.cells]


CONTINUING_AND_DISCONTINUED = [
    "CONSOLIDATED INCOME STATEMENT",
    "For the year ended 31 December 2024",
    "",
    row("", "2024", "2023"),
    row("", "RMB'000", "RMB'000"),
    "Continuing operations",
    row("Revenue", "80,000", "90,000"),
    row("Cost of sales", "(50,000)", "(60,000)"),
    row("Profit before tax", "30,000", "30,000"),
    row("Income tax expense", "-", "-"),
    row("Profit for the year from continuing operations", "30,000", "30,000"),
    "",
    "Discontinued operations",
    row("  Profit for the year from discontinued operations", "-", "12,000"),
    row("Profit for the year", "30,000", "42,000"),
    "",
    "Profit for the year attributable to owners of the Company",
    row("  - From continuing operations", "30,000", "31,000"),
    row("  - From discontinued operations", "-", "12,000"),
    row("Profit for the year attributable to owners of the Company", "30,000", "43,000"),
    "",
    "Loss for the year attributable to non-controlling interests",
    row("  - From continuing operations", "-", "(1,000)"),
    row("  - From discontinued operations", "-", "-"),
    row("Loss for the year attributable to non-controlling interests", "-", "(1,000)"),
    "",
    row("", "30,000", "42,000"),
    "",
    "Earnings per share",
    "From continuing and discontinued operations",
    row("  - Basic (RMB)", "0.30", "0.42"),
    "From continuing operations",
    row("  - Basic (RMB)", "0.30", "0.30"),
]


def test_discontinued_operations_layout_in_english_foots_without_findings() -> None:
    filing = read(CONTINUING_AND_DISCONTINUED)
    (income,) = filing.statements
    # a line repeating its section heading closes the section, 'total' or not
    assert cells(income, 20) == (RowKind.SUBTOTAL, ["30,000", "43,000"])
    assert cells(income, 25) == (RowKind.SUBTOTAL, ["-", "(1,000)"])
    report = run_checks(filing)
    assert report.findings == ()
    footing = [(c.lines, c.description) for c in report.checks if c.code == "TO101"]
    assert ((20, 25, 27), "42,000 = 43,000 + (1,000)") in footing
    assert ((11, 14, 15), "42,000 = 30,000 + 12,000") in footing
    # profit for the year and the owners' share agree in 2024 only: the unlabelled line
    # repeats the profit for the year, which it agrees with in both years (profit from
    # continuing operations is profit before tax again: the tax is nil)
    repeats = [(c.status, c.lines) for c in report.checks if c.code == "TO106"]
    assert repeats == [(Status.PASSED, (9, 11)), (Status.PASSED, (15, 27))]


def test_per_share_lines_under_operation_sub_headings() -> None:
    (income,) = read(CONTINUING_AND_DISCONTINUED).statements
    named = {r.line: (r.concept, r.unit) for r in income.rows}
    assert named[31][0] == "BasicEarningsLossPerShare"
    assert named[33][0] == "BasicEarningsLossPerShareFromContinuingOperations"
    unit = named[33][1]
    assert unit is not None and (unit.currency, unit.scale) == ("RMB", 0)


def segment(label: str, *values: str) -> str:
    return row(label, *values, width=24, column=11)


SEGMENT_NOTE = [
    "5.   分部資料",
    "",
    "     (a)   業務分部",
    "",
    segment("", "甲分部", "", "乙分部", "", "抵銷", "", "總計"),
    segment("", *["二零二四年", "二零二三年"] * 4),
    segment("", *["人民幣千元"] * 8),
    "",
    segment("外部銷售", "500", "400", "300", "–", "–", "–", "800", "400"),
    segment("分部間銷售", "20", "–", "10", "–", "(30)", "–", "–", "–"),
    "",
    segment("", "520", "400", "310", "–", "(30)", "–", "800", "400"),
    segment("分部溢利", "120", "90", "40", "–", "–", "–", "160", "90"),
    segment("未分配開支", "", "", "", "", "", "", "(60)", "(50)"),
    "",
    segment("除稅前溢利", "", "", "", "", "", "", "100", "40"),
    "",
    segment("", "甲分部", "", "乙分部", "", "總計"),
    segment("", *["二零二四年", "二零二三年"] * 3),
    segment("", *["人民幣千元"] * 6),
    "",
    segment("分部資產", "2,500", "2,000", "700", "–", "3,200", "2,000"),
    "",
    "     (b)   地理資料",
    "",
    row("", "二零二四年", "二零二三年"),
    row("", "人民幣千元", "人民幣千元"),
    row("中國", "600", "400"),
    row("香港", "200", "–"),
    "",
    row("", "800", "400"),
]


def test_segment_note_tables_split_at_headers_and_lettered_parts() -> None:
    filing = read(SEGMENT_NOTE)
    assert [(t.lines, len(t.columns)) for t in filing.tables] == [
        ((5, 16), 8),
        ((18, 22), 6),
        ((26, 31), 2),
    ]
    results, assets, geography = filing.tables
    # the eliminations column prints one figure; the 2023 columns of segment B only dashes
    assert cells(results, 10)[1] == ["20", "–", "10", "–", "(30)", "–", "–", "–"]
    assert [c.column for c in next(r for r in results.rows if r.line == 16).cells] == [6, 7]
    assert cells(assets, 22)[1] == ["2,500", "2,000", "700", "–", "3,200", "2,000"]
    assert geography.title == "(b) 地理資料"
    report = run_checks(filing)
    assert report.findings == ()
    assert ((9, 10, 12), "(30) = 0 + (30)") in [
        (c.lines, c.description) for c in report.checks if c.code == "TO101"
    ]


def test_a_continued_note_heading_ends_the_table_above() -> None:
    """'5 SEGMENT INFORMATION (continued)' at the top of the next page starts a table of
    its own; the segment table above does not run on into it."""
    lines = [
        "5    SEGMENT INFORMATION",
        "",
        segment("", "Audio", "Notebook", "Total"),
        segment("", "RMB'000", "RMB'000", "RMB'000"),
        segment("Segment revenue", "300", "500", "800"),
        segment("Segment results", "40", "120", "160"),
        "\f5    SEGMENT INFORMATION (continued)",
        "     Revenue by location of customers",
        "",
        row("", "2024", "2023"),
        row("", "RMB'000", "RMB'000"),
        row("The PRC", "600", "400"),
        row("Europe", "200", "-"),
        "",
        row("", "800", "400"),
    ]
    filing = read(lines)
    assert [(t.lines, len(t.columns)) for t in filing.tables] == [((3, 6), 3), ((10, 15), 2)]
    assert run_checks(filing).findings == ()
