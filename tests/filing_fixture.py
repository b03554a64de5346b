"""A small hand-made checked filing: a real Document from the text reader, tables, facts
and checks built from the model directly (independent of the table builder and rules).

What it holds, so tests can assert exact values:
- t01, an income statement in RMB'000 for 2024H1 and 2023H1 whose "Operating profit"
  2024 does not foot (400 + (150) = 250, printed 260): a TO101 error, so the cells
  (t01,2,0), (t01,3,0), (t01,4,0) are contradicted;
- a label with `<script>alert(1)</script>` (row 3 of t01);
- t02, revenue by segment, whose "Smart life" 2023 figure is not printed and inferred;
- two prose claims (TO7xx): one passed, one failed with an error;
- a TO903 stray-markup warning located at the script label.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from tieout.checks.engine import summarise
from tieout.model import (
    Cell,
    CellFlag,
    Check,
    Column,
    ColumnRole,
    Document,
    Fact,
    Filing,
    Finding,
    Period,
    Report,
    Row,
    RowKind,
    Severity,
    SourceSpan,
    Status,
    Table,
    TableKind,
    Unit,
)
from tieout.numbers import parse_number
from tieout.read.text import text_to_document

SCRIPT_LABEL = "Selling expenses <script>alert(1)</script>"

FIXTURE_TEXT = "\n".join(
    [
        "Example Holdings Limited",  # 1
        "INTERIM RESULTS FOR THE SIX MONTHS ENDED JUNE 30, 2024",  # 2
        "",  # 3
        "CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS",  # 4
        "\tSix months ended June 30,",  # 5
        "\t2024\t2023",  # 6
        "\tRMB'000\tRMB'000",  # 7
        "Revenue\t1,000\t800",  # 8
        "Cost of sales\t(600)\t(500)",  # 9
        "Gross profit\t400\t300",  # 10
        f"{SCRIPT_LABEL}\t(150)\t(120)",  # 11
        "Operating profit\t260\t180",  # 12
        "",  # 13
        "REVENUE BY SEGMENT <th>",  # 14
        "\t2024\t2023",  # 15
        "Smart business\t700\t500",  # 16
        "Smart life\t300\t",  # 17
        "Total\t1,000\t800",  # 18
        "",  # 19
        "Revenue grew by 25.0% to RMB1,000 thousand. Gross margin was 42.0%.",  # 20
    ]
)

H1_2024 = Period(date(2024, 6, 30), date(2024, 1, 1))
H1_2023 = Period(date(2023, 6, 30), date(2023, 1, 1))
RMB_000 = Unit(currency="RMB", scale=3)


def span_of(document: Document, line: int, text: str, occurrence: int = 1) -> SourceSpan:
    """The 1-based inclusive span of the `occurrence`-th `text` on a line."""
    line_text = document.lines[line - 1].text
    start = -1
    for _ in range(occurrence):
        start = line_text.index(text, start + 1)
    return SourceSpan(line, start + 1, start + len(text))


def _cell(document: Document, line: int, column: int, text: str) -> Cell:
    parsed = parse_number(text)
    assert parsed is not None
    occurrence = 2 if column == 1 and document.lines[line - 1].text.count(text) > 1 else 1
    return Cell(
        column, text, parsed.value, parsed.decimals, span_of(document, line, text, occurrence)
    )


def _row(
    document: Document, index: int, line: int, label: str, concept: str, kind: RowKind, *texts: str
) -> Row:
    cells = tuple(_cell(document, line, n, t) for n, t in enumerate(texts))
    return Row(
        index, label, concept, cells, kind, (line,), label_span=span_of(document, line, label)
    )


def _columns() -> tuple[Column, ...]:
    return (
        Column(0, "2024 RMB'000", ColumnRole.VALUE, H1_2024),
        Column(1, "2023 RMB'000", ColumnRole.VALUE, H1_2023),
    )


def _tables(document: Document) -> tuple[Table, ...]:
    d = document
    income = Table(
        "t01",
        TableKind.INCOME_STATEMENT,
        "CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS",
        RMB_000,
        _columns(),
        (
            _row(d, 0, 8, "Revenue", "Revenue", RowKind.ITEM, "1,000", "800"),
            _row(d, 1, 9, "Cost of sales", "CostOfSales", RowKind.ITEM, "(600)", "(500)"),
            _row(d, 2, 10, "Gross profit", "GrossProfit", RowKind.SUBTOTAL, "400", "300"),
            _row(d, 3, 11, SCRIPT_LABEL, "SellingExpense", RowKind.ITEM, "(150)", "(120)"),
            _row(
                d,
                4,
                12,
                "Operating profit",
                "ProfitLossFromOperatingActivities",
                RowKind.TOTAL,
                "260",
                "180",
            ),
        ),
        (4, 12),
        section="INTERIM RESULTS",
    )
    smart_life = _row(d, 1, 17, "Smart life", "RevenueSmartLife", RowKind.ITEM, "300")
    inferred = Cell(1, "", Decimal(300), 0, None, frozenset({CellFlag.INFERRED}))
    segments = Table(
        "t02",
        TableKind.NOTE,
        "REVENUE BY SEGMENT <th>",
        RMB_000,
        _columns(),
        (
            _row(d, 0, 16, "Smart business", "RevenueSmartBusiness", RowKind.ITEM, "700", "500"),
            replace(smart_life, cells=(*smart_life.cells, inferred)),
            _row(d, 2, 18, "Total", "Revenue", RowKind.TOTAL, "1,000", "800"),
        ),
        (14, 18),
        note="4",
    )
    return (income, segments)


def _facts(tables: tuple[Table, ...]) -> tuple[Fact, ...]:
    facts = []
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.value is None or cell.span is None:
                    continue
                column = table.columns[cell.column]
                facts.append(
                    Fact(
                        row.concept,
                        row.label,
                        column.period,
                        column.member,
                        cell.value * 1000,
                        cell.value,
                        -3,
                        table.unit,
                        table.id,
                        row.index,
                        cell.column,
                        cell.span,
                    )
                )
    return tuple(facts)


def _checks(document: Document) -> tuple[Check, ...]:
    def keys(table: str, rows: tuple[int, ...], column: int) -> tuple[tuple[str, int, int], ...]:
        return tuple((table, r, column) for r in rows)

    def spans(table: Table, rows: tuple[int, ...], column: int) -> tuple[SourceSpan, ...]:
        out = []
        for r in rows:
            cell = table.rows[r].cell(column)
            if cell is not None and cell.span is not None:
                out.append(cell.span)
        return tuple(out)

    income, segments = _tables(document)
    op_rows = (4, 2, 3)
    op_finding = Finding(
        "TO101",
        Severity.ERROR,
        "Operating profit does not foot: 400 + (150) = 250, printed 260",
        spans(income, op_rows, 0),
        expected=Decimal(250000),
        actual=Decimal(260000),
        difference=Decimal(10000),
        table_id="t01",
    )
    markup_span = span_of(document, 11, "<script>alert(1)</script>")
    markup = Finding("TO903", Severity.WARNING, "stray markup: <script>", (markup_span,))
    claim_span = span_of(document, 20, "Gross margin was 42.0%")
    claim = Finding(
        "TO702",
        Severity.ERROR,
        "Gross margin is 40.0% (400 / 1,000), the text says 42.0%",
        (claim_span,),
        expected=Decimal("40.0"),
        actual=Decimal("42.0"),
        difference=Decimal("2.0"),
    )
    return (
        Check(
            "TO101",
            Status.PASSED,
            "400 = 1,000 + (600)",
            spans(income, (2, 0, 1), 0),
            keys("t01", (2, 0, 1), 0),
        ),
        Check(
            "TO101",
            Status.PASSED,
            "300 = 800 + (500)",
            spans(income, (2, 0, 1), 1),
            keys("t01", (2, 0, 1), 1),
        ),
        Check(
            "TO101",
            Status.FAILED,
            "260 ≠ 400 + (150) = 250",
            op_finding.spans,
            keys("t01", op_rows, 0),
            op_finding,
        ),
        Check(
            "TO101",
            Status.PASSED,
            "180 = 300 + (120)",
            spans(income, op_rows, 1),
            keys("t01", op_rows, 1),
        ),
        Check(
            "TO102",
            Status.PASSED,
            "1,000 = 700 + 300",
            spans(segments, (2, 0, 1), 0),
            keys("t02", (2, 0, 1), 0),
        ),
        Check(
            "TO102",
            Status.INFERRED,
            "300 = 800 - 500 (not printed)",
            spans(segments, (2, 0), 1),
            keys("t02", (1,), 1),
        ),
        Check(
            "TO501",
            Status.PASSED,
            "segment total 1,000 = revenue 1,000",
            (*spans(segments, (2,), 0), *spans(income, (0,), 0)),
            (("t02", 2, 0), ("t01", 0, 0)),
        ),
        Check(
            "TO701",
            Status.PASSED,
            "revenue growth 25.0% = 1,000 / 800 - 1",
            (span_of(document, 20, "Revenue grew by 25.0%"),),
            (("t01", 0, 0), ("t01", 0, 1)),
        ),
        Check(
            "TO702",
            Status.FAILED,
            "gross margin 42.0% ≠ 400 / 1,000 = 40.0%",
            (claim_span,),
            (("t01", 2, 0),),
            claim,
        ),
        Check("TO903", Status.FAILED, "stray markup: <script>", (markup_span,), finding=markup),
    )


def fixture_report(text: str = FIXTURE_TEXT, source: str = "example-holdings-2024.txt") -> Report:
    """The checked fixture filing; other `text` (same layout) gives another sha256."""
    document = text_to_document(text, source=source)
    tables = _tables(document)
    facts = _facts(tables)
    filing = Filing(
        source=source,
        sha256=document.sha256,
        format=document.format,
        title="Example Holdings Limited interim results 2024",
        tables=tables,
        facts=facts,
        reading_issues=(),
        document=document,
    )
    checks = _checks(document)
    findings = tuple(c.finding for c in checks if c.finding is not None)
    return Report(filing, checks, findings, summarise(filing, list(checks), findings))


def write_fixture(directory: Path, text: str = FIXTURE_TEXT, name: str = "example.txt") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path
