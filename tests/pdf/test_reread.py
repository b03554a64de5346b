"""The verifier as a read-quality signal: a table that fails to foot is read again another
way (tieout.reread), the reading that foots is kept and recorded, and a true error is not
read away."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pdf_support import DATA

import tieout
from tieout.checks.engine import run_checks
from tieout.cli import main
from tieout.model import Filing, Report, Severity, Table
from tieout.report.filing_json import filing_to_dict
from tieout.reread import FootingScore

CAPITAL_VC = "capitalvc_02324_p52_60_94_95.pdf"
EXAMPLE = Path(tieout.__file__).parent / "examples" / "sensetime-2024-interim.txt"
EBAY_TEXT = DATA.parent / "corpus" / "EBAY_2023Q2_EARNINGS.layout.txt"


BOEING = "boeing_2022_10k_p108.pdf"  # Boeing 10-K 2022, page 108: changes in AOCI


def _plant_and_equipment(report: Report) -> Table:
    return next(t for t in report.filing.tables if t.title == "14. PLANT AND EQUIPMENT")


def _row_values(table: Table, label: str) -> list[Decimal]:
    row = next(r for r in table.rows if r.label == label and r.cells)
    return [c.value for c in row.cells if c.value is not None]


def _boeing() -> tuple[Report, Report]:
    """The page checked as first read (no re-reading), and as `tieout.check` gives it."""
    filing = tieout.read(DATA / BOEING, reread=False)
    return run_checks(filing), tieout.check(filing)


def _errors(report: Report) -> list[tuple[str, tuple[int, ...]]]:
    return [(f.code, f.lines) for f in report.findings if f.severity is Severity.ERROR]


def test_a_table_that_fails_to_foot_is_read_with_tight_columns() -> None:
    """Footnote marks printed beside the figures ('(1,929)  (2)', '810 (3)') pull the
    standard clustering off; clustered tightly, each column of figures stands alone."""
    first, checked = _boeing()
    table = checked.filing.tables[0]
    assert table.reading == "tight columns"
    assert (table.title, table.lines) == ("Accumulated Other Comprehensive Loss", (8, 24))
    amounts = [
        [c.text for c in r.cells if c.column in (2, 4, 7)]
        for r in table.rows
        if r.label == "Amounts reclassified from AOCI"
    ]
    assert amounts == [["27", "810", "837"], ["(6)", "1,232", "1,226"], ["10", "673", "683"]]
    assert len(_errors(first)) == 10
    assert _errors(checked) == []


def test_the_reread_is_reported_with_its_footing_before_and_after() -> None:
    _, checked = _boeing()
    notes = [f for f in checked.findings if f.code == "TO907"]
    assert [(f.severity, f.lines, f.spans[0].page) for f in notes] == [(Severity.INFO, (8,), 1)]
    assert notes[0].message == (
        "table at lines 8-24 (Accumulated Other Comprehensive Loss) read with tight columns: "
        "footing failures 2 → 0, passes 16 → 27"
    )


def test_the_net_change_rows_foot_after_the_reread() -> None:
    """Net current period OCI = before reclassifications + reclassified, per component:
    41 = 14 + 27, (1,119) = (1,929) + 810, (980) = (1,817) + 837 (2020)."""
    _, checked = _boeing()
    footed = {
        c.description for c in checked.checks if c.code == "TO101" and c.status.value == "passed"
    }
    assert {"41 = 14 + 27", "(1,119) = (1,929) + 810", "(980) = (1,817) + 837"} <= footed


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
    _, checked = _boeing()
    tables = filing_to_dict(checked.filing)["tables"]
    assert [(t["lines"], t["reading"]) for t in tables] == [([8, 24], "tight columns")]
    json.dumps(tables)  # serialisable


def test_a_reading_must_fail_less_without_running_fewer_checks() -> None:
    before = FootingScore(passed=18, failed=5)
    assert before.improved_by(FootingScore(passed=31, failed=3))
    assert before.improved_by(FootingScore(passed=23, failed=0))
    assert not before.improved_by(FootingScore(passed=18, failed=0))  # checks vanished
    assert not before.improved_by(FootingScore(passed=40, failed=5))  # no fewer failures


def test_read_extract_and_a_selective_check_give_the_tables_check_gives() -> None:
    """The re-read is part of reading: `tieout.read`, `tieout extract` and a check of one
    rule family (no footing rules run) all see the table as the full check does."""
    assert [t.reading for t in tieout.read(DATA / BOEING).tables] == ["tight columns"]
    assert [t.reading for t in tieout.read(DATA / BOEING, reread=False).tables] == ["standard"]
    selective = tieout.check(DATA / BOEING, select=("TO6",))
    assert [t.reading for t in selective.filing.tables] == ["tight columns"]
    assert {c.code[:3] for c in selective.checks} <= {"TO6"}


def test_extract_json_records_the_reading(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(DATA / BOEING), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(t["lines"], t["reading"]) for t in data["tables"]] == [([8, 24], "tight columns")]
    assert ("TO907", 8) in [(i["code"], i["line"]) for i in data["reading_issues"]]
