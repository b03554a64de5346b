"""What the bundled example reads into: exact values, periods, units and locations.

The example is SenseTime's interim results announcement as text extracted from its PDF,
with labels run together, values missing, garbled repeats and malformed numbers.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tieout.model import CellFlag, Filing, Measure, Period, Row, Table, TableKind, Unit

H1_2024 = Period(date(2024, 6, 30), date(2024, 1, 1))
H1_2023 = Period(date(2023, 6, 30), date(2023, 1, 1))
JUN_2024 = Period(date(2024, 6, 30))
DEC_2023 = Period(date(2023, 12, 31))
RMB_000 = Unit(Measure.MONETARY, "RMB", 3)


def only(filing: Filing, kind: TableKind, first_line: int) -> Table:
    (table,) = [t for t in filing.tables if t.kind is kind and t.lines[0] == first_line]
    return table


def row(table: Table, label: str | None, line: int) -> Row:
    (found,) = [r for r in table.rows if r.label == label and line in r.lines]
    return found


def values(table: Table, r: Row) -> dict[Period | str | None, Decimal | None]:
    out: dict[Period | str | None, Decimal | None] = {}
    for cell in r.cells:
        column = table.columns[cell.column]
        out[column.period or column.member] = cell.value
    return out


def test_statements_found(sensetime: Filing) -> None:
    kinds = [(t.kind, t.lines) for t in sensetime.statements]
    assert kinds == [
        (TableKind.INCOME_STATEMENT, (391, 419)),
        (TableKind.COMPREHENSIVE_INCOME, (425, 440)),
        (TableKind.BALANCE_SHEET, (446, 469)),
        (TableKind.CHANGES_IN_EQUITY, (473, 487)),
        (TableKind.CHANGES_IN_EQUITY, (489, 508)),
        (TableKind.CASH_FLOWS, (540, 592)),
    ]
    for table in sensetime.statements:
        assert table.unit == RMB_000


@pytest.mark.parametrize(
    ("label", "line", "concept", "current", "prior"),
    [
        ("Revenue", 395, "Revenue", "1739717", "1433122"),
        ("Cost of sales", 396, "CostOfSales", "-972957", "-784449"),
        ("Gross profit", 397, "GrossProfit", "766760", "648673"),
        ("Research and development expenses", 400, None, "-1892226", "-1783186"),
        (
            "Net impairment losses on financial assets and contract assets",
            401,
            None,
            "-587653",
            "-396493",
        ),
        ("Other losses – net", 403, None, "-53037", "-754066"),
        ("Finance income – net", 407, None, "264289", "100537"),
        (
            "Share of losses of investments accounted for using the equity method",
            408,
            None,
            "-11878",
            "-10029",
        ),
        ("Income tax credit", 411, None, "3992", "124216"),
        ("Loss for the period", 412, "ProfitLoss", "-2477212", "-3142624"),
        (None, 416, None, "-2477212", "-3142624"),
        ("Basic and diluted loss per share (RMB)", 419, None, "-0.08", "-0.10"),
    ],
)
def test_income_statement(
    sensetime: Filing, label: str | None, line: int, concept: str | None, current: str, prior: str
) -> None:
    table = only(sensetime, TableKind.INCOME_STATEMENT, 391)
    r = row(table, label, line)
    assert values(table, r) == {H1_2024: Decimal(current), H1_2023: Decimal(prior)}
    if concept:
        assert r.concept == concept


def test_loss_per_share_is_in_rmb_per_share(sensetime: Filing) -> None:
    eps = [f for f in sensetime.facts if f.label == "Basic and diluted loss per share (RMB)"]
    assert {(f.period, f.value, f.unit) for f in eps} == {
        (H1_2024, Decimal("-0.08"), Unit(Measure.PER_SHARE, "RMB", 0)),
        (H1_2023, Decimal("-0.10"), Unit(Measure.PER_SHARE, "RMB", 0)),
    }


@pytest.mark.parametrize(
    ("label", "line", "june", "december"),
    [
        ("Property, plant and equipment", 448, "7280503", "7378707"),
        ("Contract assets", 448, "19735", "10802"),
        ("Long-term receivables", 449, "34806", "87251"),
        (None, 451, "16320672", "15947550"),
        ("Trade, other receivables and prepayments", 452, "5355949", "5159278"),
        ("Cash and cash equivalents", 453, "7626544", "9423495"),
        (None, 454, "16229542", "16940474"),
        ("Total assets", 455, "32550214", "32888024"),
        ("Other reserves", 458, "73572739", "71666422"),
        ("Accumulated losses", 458, "-55090950", "-52634168"),
        ("Non-controlling interests", 460, "15128", "-3947"),
        ("Other financial liabilities", 465, "796500", "530471"),
        ("Preferred share liabilities", 467, "1169103", "1144805"),
        ("Total equity and liabilities", 469, "32550214", "32888024"),
    ],
)
def test_balance_sheet(
    sensetime: Filing, label: str | None, line: int, june: str, december: str
) -> None:
    table = only(sensetime, TableKind.BALANCE_SHEET, 446)
    assert values(table, row(table, label, line)) == {
        JUN_2024: Decimal(june),
        DEC_2023: Decimal(december),
    }


def test_values_missing_from_run_together_lines_are_absent_and_reported(sensetime: Filing) -> None:
    table = only(sensetime, TableKind.BALANCE_SHEET, 446)
    assert values(table, row(table, "Share capital", 458)) == {DEC_2023: Decimal(5)}
    assert values(table, row(table, "Put option liability", 467)) == {DEC_2023: Decimal(283308)}
    missing = [(i.code, i.line) for i in sensetime.reading_issues if i.code == "TO902"]
    assert missing == [("TO902", 458), ("TO902", 467)]


def test_current_and_noncurrent_items_get_distinct_concepts(sensetime: Filing) -> None:
    table = only(sensetime, TableKind.BALANCE_SHEET, 446)
    concepts = {r.concept for r in table.rows if r.label == "Borrowings"}
    assert concepts == {"CurrentBorrowings", "NoncurrentBorrowings"}
    assert row(table, None, 451).concept == "NoncurrentAssets"
    assert row(table, None, 454).concept == "CurrentAssets"


def test_changes_in_equity_2024_every_cell(sensetime: Filing) -> None:
    table = only(sensetime, TableKind.CHANGES_IN_EQUITY, 473)
    members = [c.member for c in table.value_columns()]
    assert members == [
        "Share capital",
        "Other reserves",
        "Currency translation reserves",
        "Accumulated losses",
        "Total",
        "Non-controlling interests",
        "Total equity",
    ]
    expected = {
        ("As at January 1, 2024", 475): [
            "5",
            "71666422",
            "4127161",
            "-52634168",
            "23159420",
            "-3947",
            "23155473",
        ],
        ("Loss for the period", 476): ["0", "0", "0", "-2456782", "-2456782", "-20430", "-2477212"],
        ("Exchange differences on translation of foreign operations", 478): [
            None,
            None,
            "80475",
            None,
            "80475",
            "-3480",
            "76995",
        ],
        ("Total comprehensive loss", 479): [
            None,
            "-5017",
            "80475",
            "-2456782",
            "-2381324",
            "-23910",
            "-2405234",
        ],
        ("Placing of ordinary shares", 480): ["1", "1815598", "0", "0", "1815599", "0", "1815599"],
        ("Recognition of financial instruments with preferred rights at amortised cost", 483): [
            "0",
            "-11400",
            "0",
            "0",
            "-11400",
            "11400",
            "0",
        ],
        ("Purchase of ordinary shares of the Company for share award scheme", 484): [
            "0",
            "-13530",
            "0",
            "0",
            "-13530",
            "0",
            "-13530",
        ],
        ("Share-based compensation expenses", 485): [
            None,
            "125491",
            None,
            None,
            "125491",
            None,
            "125491",
        ],
        ("Total transactions with equity holders", 486): [
            "1",
            "1911334",
            None,
            None,
            "1911335",
            "42985",
            "1954320",
        ],
        ("As at June 30, 2024", 487): [
            "6",
            "73572739",
            "4207636",
            "-55090950",
            "22689431",
            "15128",
            "22704559",
        ],
    }
    for (label, line), cells in expected.items():
        got = values(table, row(table, label, line))
        assert [got.get(m) for m in members] == [Decimal(c) if c else None for c in cells], label


def test_changes_in_equity_periods_come_from_the_rows(sensetime: Filing) -> None:
    facts = {
        (f.label, f.member): f.period
        for f in sensetime.facts
        if f.table_id == only(sensetime, TableKind.CHANGES_IN_EQUITY, 473).id
    }
    assert facts[("As at January 1, 2024", "Total equity")] == DEC_2023
    assert facts[("Loss for the period", "Total equity")] == H1_2024
    assert facts[("As at June 30, 2024", "Total equity")] == JUN_2024


def test_changes_in_equity_2023_garbled_lines_are_reported_not_read(sensetime: Filing) -> None:
    table = only(sensetime, TableKind.CHANGES_IN_EQUITY, 489)
    sbc = row(table, "Share-based compensation expenses", 508)
    assert sbc.lines == (507, 508)
    assert [c.value for c in sbc.cells] == [Decimal(233934)] * 3
    garbled = {i.line for i in sensetime.reading_issues if i.code == "TO904"}
    assert {496, 507, 562}.issubset(garbled)
    strays = [i.line for i in sensetime.reading_issues if "stray figure" in i.message]
    assert strays == [510, 512, 514, 516, 520, 522, 524, 526, 528]


def test_figures_left_below_a_table_become_its_last_row_and_say_so(sensetime: Filing) -> None:
    (note13,) = [t for t in sensetime.tables if t.note == "13"]
    last = note13.rows[-1]
    assert last.label is None and last.lines == (1005, 1007)
    assert [c.value for c in last.cells] == [Decimal(522259), Decimal(841557)]
    (issue,) = [i for i in sensetime.reading_issues if i.line == 1005]
    assert issue.code == "TO904" and "read as its last row" in issue.message


@pytest.mark.parametrize(
    ("label", "line", "current", "prior"),
    [
        ("Net cash used in operating activities", 547, "-3523763", "-1804805"),
        ("Proceeds from disposal of property, plant and equipment", 552, "9209", "5712"),
        ("Net (increase)/decrease in investments in term deposits", 563, "-102339", "1625297"),
        ("Interest received from banks", 564, "113017", "105410"),
        ("Net cash (used in)/generated from investing activities", 567, "-1068168", "384721"),
        ("Net cash generated from financing activities", 588, "2722666", "413199"),
        ("Cash and cash equivalents at end of period", 592, "7626544", "7153015"),
    ],
)
def test_cash_flows(sensetime: Filing, label: str, line: int, current: str, prior: str) -> None:
    table = only(sensetime, TableKind.CASH_FLOWS, 540)
    assert values(table, row(table, label, line)) == {
        H1_2024: Decimal(current),
        H1_2023: Decimal(prior),
    }


def test_blank_cells_are_absent_and_dashes_are_nil(sensetime: Filing) -> None:
    table = only(sensetime, TableKind.CASH_FLOWS, 540)
    loans = row(table, "Loans granted to a related party", 565)
    assert values(table, loans) == {H1_2023: Decimal(-5115)}
    disposal = row(table, "Net cash outflow from disposal of subsidiaries", 553)
    nil = disposal.cell(1)
    assert nil is not None and nil.value == 0 and CellFlag.NIL in nil.flags


def test_comprehensive_loss_without_labels(sensetime: Filing) -> None:
    table = only(sensetime, TableKind.COMPREHENSIVE_INCOME, 425)
    assert all(r.label is None for r in table.rows)
    first = table.rows[0]
    assert first.concept == "ProfitLoss"  # named from the identical income statement figures
    corrupted = [r for r in table.rows if 432 in r.lines][0].cell(0)
    assert corrupted is not None and CellFlag.MALFORMED in corrupted.flags
    assert corrupted.value == Decimal(-5017)


def test_malformed_numbers_are_reported_where_printed(sensetime: Filing) -> None:
    malformed = [
        (i.line, i.span.col_start, i.span.col_end)
        for i in sensetime.reading_issues
        if i.code == "TO901"
    ]
    assert malformed == [(112, 377, 384), (432, 1, 7), (440, 84, 94)]
    issue = [i for i in sensetime.reading_issues if i.line == 440 and i.code == "TO901"][0]
    assert issue.message == (
        "malformed number '(23,81,324)': '23,81,324' has irregular digit grouping; read as (2,381,324)"
    )


def test_highlights_columns_from_a_garbled_header(sensetime: Filing) -> None:
    (table,) = [t for t in sensetime.tables if t.lines[0] == 17]
    assert table.kind is TableKind.MDNA
    roles = [(c.role.value, c.period) for c in table.columns]
    assert roles == [
        ("value", H1_2024),
        ("percent", H1_2024),
        ("value", H1_2023),
        ("percent", H1_2023),
        ("change", None),
    ]
    revenue = row(table, "Revenue", 24)
    assert [c.value for c in revenue.cells] == [
        Decimal(x) for x in ("1739717", "100.0", "1433122", "100.0", "21.4")
    ]


def test_notes_and_mdna_tables(sensetime: Filing) -> None:
    notes = sorted({t.note for t in sensetime.tables if t.kind is TableKind.NOTE and t.note})
    assert notes == [
        "10",
        "11",
        "12",
        "12(a)",
        "12(b)",
        "12(c)",
        "12(d)",
        "13",
        "14",
        "4(a)",
        "4(b)",
        "5",
        "6",
        "7",
        "8",
    ]
    mdna = [t.lines[0] for t in sensetime.tables if t.kind is TableKind.MDNA]
    assert mdna == [17, 95, 131, 151, 216, 236, 258, 266, 278, 328, 346]
    ebitda = [t for t in sensetime.tables if t.lines[0] == 216][0]
    assert ebitda.unit == Unit(Measure.MONETARY, "RMB", 6)
    adjusted = row(ebitda, "Adjusted EBITDA", 232)
    assert values(ebitda, adjusted) == {H1_2024: Decimal("-1889.6"), H1_2023: Decimal("-2025.8")}


def test_facts_carry_base_units_and_precision(sensetime: Filing) -> None:
    revenue = [f for f in sensetime.facts if f.concept == "Revenue" and f.span.line == 395]
    (current,) = [f for f in revenue if f.period == H1_2024]
    assert current.value == Decimal(1739717000)
    assert current.printed == Decimal(1739717)
    assert current.decimals == -3
    assert (current.span.line, current.span.col_start, current.span.col_end) == (395, 21, 29)
    mdna = [f for f in sensetime.facts if f.span.line == 139 and f.period == H1_2024]
    assert {(f.value, f.decimals) for f in mdna} == {
        (Decimal("1739700000"), -5),
        (Decimal("100.0"), 1),
    }
