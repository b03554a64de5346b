"""`tieout extract`: the documented JSON, CSV and text outputs, and its exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from tieout.cli import main
from tieout.export.records import FACT_COLUMNS

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "filing.schema.json").read_text())


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_output_matches_the_documented_schema(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["extract", str(example_path), "--format", "json"], capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    income = next(t for t in data["tables"] if t["kind"] == "income_statement")
    assert income["unit"] == {
        "measure": "monetary",
        "currency": "RMB",
        "scale": 3,
        "label": "RMB'000",
    }
    assert [c["period"] for c in income["columns"]] == [
        {"start": "2024-01-01", "end": "2024-06-30"},
        {"start": "2023-01-01", "end": "2023-06-30"},
    ]
    revenue = next(r for r in income["rows"] if r["label"] == "Revenue")
    assert revenue["concept"] == "Revenue" and revenue["line"] == 395
    assert revenue["cells"][0] == {
        "column": 0,
        "text": "1,739,717",
        "value": "1739717",
        "amount": "1739717000",
        "flags": [],
        "source": {"line": 395, "col_start": 21, "col_end": 29},
    }
    issues = {(i["code"], i["line"]) for i in data["reading_issues"]}
    assert ("TO901", 440) in issues and ("TO902", 458) in issues


def test_csv_has_one_row_per_fact(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(example_path), "--format", "csv"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    cash = [
        r for r in rows if r["concept"] == "CashAndCashEquivalents" and r["kind"] == "balance_sheet"
    ]
    assert {(r["period_end"], r["value"], r["line"]) for r in cash} == {
        ("2024-06-30", "7626544000", "453"),
        ("2023-12-31", "9423495000", "453"),
    }
    # the columns of `tieout export --format csv` but the check status, on the same writer
    assert list(rows[0]) == [c for c in FACT_COLUMNS if c != "status"]
    assert {(r["currency"], r["scale"], r["sha256"][:8]) for r in cash} == {
        ("RMB", "3", "d2370ad6")
    }


def test_text_output_prints_the_statements(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["extract", str(example_path)], capsys)
    assert code == 0
    assert "INTERIM CONDENSED CONSOLIDATED BALANCE SHEET" in out
    assert "Total equity and liabilities" in out
    assert "line 440: [TO901] malformed number '(23,81,324)'" in out


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.txt", "file is empty"),
        (b"\x00\x01\x02binary\x00" * 100, "blob.bin", "is a binary file"),
        (b"Dear shareholders, nothing to see here.\n", "letter.txt", "no financial tables found"),
        ("Revenue 1,000 caf\xe9".encode("latin-1"), "latin.txt", "is not valid UTF-8"),
        (b"not a pdf at all", "fake.pdf", "has a .pdf name but is not a PDF"),
    ],
)
def test_bad_input_is_one_line_and_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("tieout: error: ") and message in err


def test_huge_file_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, _, err = run(["extract", str(path)], capsys)
    assert code == 2 and "file is 52.4 MB; tieout reads text files up to 20 MB" in err


def test_missing_file_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["extract", str(tmp_path / "nope.txt")], capsys)[0] == 2
    code, _, err = run(["extract", str(tmp_path)], capsys)
    assert code == 2 and "is a directory" in err


def test_check_refuses_a_document_without_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Dear shareholders, nothing to see here.\n", encoding="utf-8")
    code, out, err = run(["check", str(path)], capsys)
    assert code == 2 and out == "" and "no financial tables found" in err
