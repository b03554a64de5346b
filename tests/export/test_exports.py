"""Exports open with pandas, openpyxl and pyarrow and hold the JSON output's values."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from filing_fixture import SCRIPT_LABEL, fixture_report

from tieout.cli import main
from tieout.export import export_file, export_text, facts_frame, findings_frame, statement_frame
from tieout.store import Store

REPORT = fixture_report()


def json_facts() -> dict[tuple[str, int, int], Decimal]:
    data = json.loads(export_text([REPORT], "json"))
    return {
        (f["table"], f["row"], f["column"]): Decimal(f["value"]) for f in data["filing"]["facts"]
    }


def test_json_holds_report_statuses_and_findings() -> None:
    data = json.loads(export_text([REPORT], "json"))
    assert data["summary"]["errors"] == 2
    assert data["statuses"]["t01:4:0"] == "contradicted"
    assert data["findings"][0]["expected"] == "250000"
    assert data["checks"][2]["cells"] == ["t01:4:0", "t01:2:0", "t01:3:0"]
    assert len(json_facts()) == 15


def test_csv_matches_json(tmp_path: Path) -> None:
    import pandas as pd

    path = tmp_path / "facts.csv"
    export_file([REPORT], "csv", path)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    values = {(r.table, int(r.row), int(r.column)): Decimal(r.value) for r in frame.itertuples()}
    assert values == json_facts()
    first = frame.iloc[0]
    assert (first.concept, first.period_start, first.period_end, first.status, first.line) == (
        "Revenue",
        "2024-01-01",
        "2024-06-30",
        "verified",
        "8",
    )


def test_parquet_matches_json(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "facts.parquet"
    export_file([REPORT], "parquet", path)
    table = pq.read_table(path)
    assert str(table.schema.field("value").type) == "decimal128(38, 10)"
    rows = table.to_pylist()
    assert {(r["table"], r["row"], r["column"]): r["value"] for r in rows} == json_facts()
    assert rows[0]["period_end"] == date(2024, 6, 30)
    import pandas as pd

    assert len(pd.read_parquet(path)) == 15


def test_xlsx_sheets_values_and_marks(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "filing.xlsx"
    export_file([REPORT], "xlsx", path)
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "t01 income statement", "t02 note", "Findings", "Facts"]
    sheet = book["t01 income statement"]
    assert [c.value for c in sheet[3]] == [
        "line item",
        "2024-01-01..2024-06-30",
        "2023-01-01..2023-06-30",
    ]
    labels = [sheet.cell(r, 1).value for r in range(4, 9)]
    assert labels == ["Revenue", "Cost of sales", "Gross profit", SCRIPT_LABEL, "Operating profit"]
    assert [sheet.cell(8, c).value for c in (2, 3)] == [260, 180]
    wrong = sheet.cell(8, 2)
    assert wrong.fill.fgColor.rgb == "00FFC7CE"
    assert "Operating profit does not foot" in wrong.comment.text
    assert sheet.cell(8, 3).comment is None
    findings = list(book["Findings"].values)
    assert [r[2] for r in findings[1:]] == ["TO101", "TO702", "TO903"]
    facts = list(book["Facts"].values)
    header = facts[0]
    table, row, column, value = (header.index(n) for n in ("table", "row", "column", "value"))
    from_xlsx = {(f[table], f[row], f[column]): Decimal(str(f[value])) for f in facts[1:]}
    assert from_xlsx == json_facts()


def test_statement_frame() -> None:
    frame = statement_frame(REPORT.filing.tables[0])
    assert list(frame.columns) == ["2024-01-01..2024-06-30", "2023-01-01..2023-06-30"]
    assert frame.index.name == "line item"
    assert frame.loc["Operating profit"].tolist() == [Decimal(260), Decimal(180)]
    assert frame.attrs["concepts"][4] == "ProfitLossFromOperatingActivities"


def test_facts_and_findings_frames() -> None:
    facts = facts_frame(REPORT)
    assert len(facts) == 15
    assert facts.loc[facts.status == "contradicted", "value"].tolist() == [
        Decimal(400000),
        Decimal(-150000),
        Decimal(260000),
    ]
    findings = findings_frame([REPORT, REPORT])
    assert findings.code.tolist() == ["TO101", "TO702", "TO903"] * 2


def test_export_command_from_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "e.duckdb"
    with Store.open(db) as store:
        store.save(REPORT)
    out = tmp_path / "out.xlsx"
    assert main(["export", "--db", str(db), "--format", "xlsx", "-o", str(out)]) == 0
    assert out.exists()
    assert (
        main(["export", "--db", str(db), "--filing", REPORT.filing.sha256[:10], "--format", "json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    stored = {
        (f["table"], f["row"], f["column"]): Decimal(f["value"]) for f in data["filing"]["facts"]
    }
    assert stored == json_facts()
    assert main(["export", "--db", str(db), "--format", "parquet"]) == 2
    assert "--format parquet writes a binary file: give --output PATH" in capsys.readouterr().err
    assert main(["export", "--format", "csv"]) == 2
    assert "give either FILE or --db" in capsys.readouterr().err


def test_example_exports_hold_the_json_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bundled example through `tieout export`: every format, the same numbers."""
    import pandas as pd
    import pyarrow.parquet as pq
    from openpyxl import load_workbook

    example = (
        Path(__file__).resolve().parents[2] / "tieout" / "examples" / "sensetime-2024-interim.txt"
    )
    assert main(["export", str(example), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = {
        (f["table"], f["row"], f["column"]): Decimal(f["value"]) for f in data["filing"]["facts"]
    }
    assert len(expected) == len(data["filing"]["facts"]) > 100
    for fmt in ("csv", "parquet", "xlsx"):
        assert (
            main(["export", str(example), "--format", fmt, "-o", str(tmp_path / f"x.{fmt}")]) == 0
        )
    csv_rows = pd.read_csv(tmp_path / "x.csv", dtype=str, keep_default_na=False).itertuples()
    assert {(r.table, int(r.row), int(r.column)): Decimal(r.value) for r in csv_rows} == expected
    parquet_rows = pq.read_table(tmp_path / "x.parquet").to_pylist()
    assert {(r["table"], r["row"], r["column"]): r["value"] for r in parquet_rows} == expected
    book = load_workbook(tmp_path / "x.xlsx")
    assert len(book.sheetnames) == len(data["filing"]["tables"]) + 3
    facts = list(book["Facts"].values)
    names = facts[0]
    table, row, column, value = (names.index(n) for n in ("table", "row", "column", "value"))
    assert {(f[table], f[row], f[column]): Decimal(str(f[value])) for f in facts[1:]} == expected
