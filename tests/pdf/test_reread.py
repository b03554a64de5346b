"""The verifier as a read-quality signal: a table that fails to foot is read again another
way (tieout.reread), the reading that foots is kept and recorded, and a true error is not
read away."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from pdf_support import DATA, read

import tieout
from tieout.api import document_to_filing
from tieout.model import Document, Filing, Report, Severity, Table
from tieout.report.filing_json import filing_to_dict
from tieout.reread import FootingScore

CAPITAL_VC = "capitalvc_02324_p52_60_94_95.pdf"
EXAMPLE = Path(tieout.__file__).parent / "examples" / "sensetime-2024-interim.txt"
EBAY_TEXT = DATA.parent / "corpus" / "EBAY_2023Q2_EARNINGS.layout.txt"


def _without_note_heading(document: Document, number: int) -> Document:
    """The document as a reader that missed the heading on line `number` would give it:
    the next note's figures run on into the table above and bridge two of its columns."""
    lines = list(document.lines)
    lines[number - 1] = replace(lines[number - 1], text="", fields=())
    return replace(document, lines=tuple(lines))


def _plant_and_equipment(report: Report) -> Table:
    return next(t for t in report.filing.tables if t.title == "14. PLANT AND EQUIPMENT")


def _row_values(table: Table, label: str) -> list[Decimal]:
    row = next(r for r in table.rows if r.label == label and r.cells)
    return [c.value for c in row.cells if c.value is not None]


def _bridged_report() -> Report:
    document = read(CAPITAL_VC)
    heading = document.lines[159]
    assert heading.fields[0].text == "15. PREPAYMENTS, DEPOSITS AND OTHER"
    return tieout.check(document_to_filing(_without_note_heading(document, 160)))


def test_a_table_that_fails_to_foot_is_read_with_tight_columns() -> None:
    report = _bridged_report()
    table = _plant_and_equipment(report)
    assert table.reading == "tight columns"
    assert table.lines == (125, 183)  # from 'Office  Motor', the first line of the header
    opening = _row_values(table, "At 1 October 2019 於二零一九年十月一日")
    assert opening == [
        Decimal(v) for v in ("318736", "215432", "169300", "5779249", "32216386", "38699103")
    ]
    assert sum(opening[:-1]) == opening[-1]


def test_the_reread_is_reported_with_its_footing_before_and_after() -> None:
    report = _bridged_report()
    notes = [f for f in report.findings if f.code == "TO907"]
    assert [(f.severity, f.lines, f.spans[0].page) for f in notes] == [(Severity.INFO, (125,), 3)]
    assert notes[0].message == (
        "table at lines 125-183 (14. PLANT AND EQUIPMENT) read with tight columns: "
        "footing failures 4 → 1, passes 15 → 27"
    )


def test_the_plant_table_rows_foot_after_the_reread() -> None:
    report = _bridged_report()
    table = _plant_and_equipment(report)
    unfooted = {
        f.spans[0].line
        for f in report.findings
        if f.table_id == table.id and f.code in ("TO101", "TO105") and f.spans[0].line <= 158
    }
    assert unfooted == set()


def test_a_table_read_right_the_first_time_keeps_the_standard_reading() -> None:
    report = tieout.check(read_filing(CAPITAL_VC))
    assert {t.reading for t in report.filing.tables} == {"standard"}
    assert not [f for f in report.findings if f.code == "TO907"]
    table = _plant_and_equipment(report)
    assert _row_values(table, "At 1 October 2019 於二零一九年十月一日")[-1] == Decimal("38699103")


def read_filing(name: str) -> Filing:
    return tieout.read(DATA / name)


def test_tab_separated_tables_are_never_reread() -> None:
    report = tieout.check(EXAMPLE)
    footing = {f.code for f in report.findings if f.severity is Severity.ERROR}
    assert {"TO103", "TO105"} <= footing  # the example's true footing errors stay
    assert not [f for f in report.findings if f.code == "TO907"]
    assert {t.reading for t in report.filing.tables} == {"standard"}


def test_a_true_error_is_not_read_away(tmp_path: Path) -> None:
    text = EBAY_TEXT.read_text(encoding="utf-8")
    original = tieout.check(EBAY_TEXT)
    total = next(
        c
        for t in original.filing.statements
        for r in t.rows
        if r.label == "Total current assets"
        for c in r.cells[:1]
    )
    assert total.span is not None
    lines = text.split("\n")
    line = lines[total.span.line - 1]
    end = total.span.col_end  # the last digit of 8,717 becomes 8
    lines[total.span.line - 1] = line[: end - 1] + str((int(line[end - 1]) + 1) % 10) + line[end:]
    mutated = tmp_path / "ebay-mutated.layout.txt"
    mutated.write_text("\n".join(lines), encoding="utf-8")
    report = tieout.check(mutated)
    errors = [f for f in report.findings if f.code == "TO101" and total.span.line in f.lines]
    assert errors, "the changed total must still fail to foot"
    assert not [f for f in report.findings if f.code == "TO907"]


def test_the_reading_used_is_in_the_json_output() -> None:
    report = _bridged_report()
    tables = filing_to_dict(report.filing)["tables"]
    readings = {t["title"]: t["reading"] for t in tables}
    assert readings["14. PLANT AND EQUIPMENT"] == "tight columns"
    json.dumps(tables)  # serialisable


def test_a_reading_must_fail_less_without_running_fewer_checks() -> None:
    before = FootingScore(passed=18, failed=5)
    assert before.improved_by(FootingScore(passed=31, failed=3))
    assert before.improved_by(FootingScore(passed=23, failed=0))
    assert not before.improved_by(FootingScore(passed=18, failed=0))  # checks vanished
    assert not before.improved_by(FootingScore(passed=40, failed=5))  # no fewer failures
