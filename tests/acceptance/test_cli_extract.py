"""`tieout extract` on the example through the CLI: the JSON carries the same facts as the API."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from tests.acceptance.helpers import EXAMPLE, read_filing
from tieout.cli import main


def extract(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["extract", str(EXAMPLE), *args])
    out, err = capsys.readouterr()
    return code, out, err


def revenue_facts(facts: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
    return sorted(
        (f["period"]["start"], f["printed"], f["source"]["line"])
        for f in facts
        if f["source"]["line"] == 395
    )


def test_json_extract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = extract(capsys, "--format", "json")
    assert code == 0, err
    assert "Traceback" not in err
    data = json.loads(out)
    assert len(data["facts"]) == len(read_filing(EXAMPLE).facts)
    assert revenue_facts(data["facts"]) == [
        ("2023-01-01", "1433122", 395),
        ("2024-01-01", "1739717", 395),
    ]
    kinds = {t["kind"] for t in data["tables"]}
    assert {"income_statement", "balance_sheet", "cash_flows", "note", "mdna"} <= kinds
    assert {i["line"] for i in data["reading_issues"]} >= {432, 440}


def test_csv_extract_has_one_row_per_fact(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = extract(capsys, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(read_filing(EXAMPLE).facts)
    revenue = sorted(r["printed"] for r in rows if r["line"] == "395")
    assert revenue == ["1433122", "1739717"]


def test_text_extract_prints_the_statements(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = extract(capsys)
    assert code == 0
    assert "1,739,717" in out or "1739717" in out
    assert "Reading issues" in out


def test_extract_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    """Two runs give byte-identical JSON (stable table ids, order and numbers)."""
    first = extract(capsys, "--format", "json")[1]
    second = extract(capsys, "--format", "json")[1]
    assert first == second
