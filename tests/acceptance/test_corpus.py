"""Real documents from the shared corpus: the reader is general, not fitted to the example.

Copies in tests/data/corpus (see its README); expected values read by hand in
tests/data/expected/<document stem>.json.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import (
    ROOT,
    assert_printed,
    golden_id,
    load_expected,
    read_filing,
    tables_of,
)

from tieout.model import Filing, Table

pytestmark = pytest.mark.corpus

GOLDENS = [
    "anxin_01149_2012_interim_results_announcement_en.json",
    "01161_10089444_20220113_Annual-Report-2021.json",
    "EBAY_2023Q2_EARNINGS.json",
]
EXPECTED = {name: load_expected(name) for name in GOLDENS}
FACTS = [(name, entry) for name in GOLDENS for entry in EXPECTED[name]["facts"]]
STATEMENTS = [
    (name, key, spec) for name in GOLDENS for key, spec in EXPECTED[name]["statements"].items()
]


def filing_of(name: str) -> Filing:
    return read_filing(ROOT / Path(EXPECTED[name]["document"]))


def statement_tables(filing: Filing, spec: dict[str, Any]) -> list[Table]:
    """Tables of the statement's kinds that overlap the lines it is printed on."""
    first, last = spec["lines"]
    return [
        t for t in tables_of(filing, spec["kinds"]) if t.lines[0] <= last and t.lines[1] >= first
    ]


def stem(name: str) -> str:
    return name.split("_")[0][:12]


@pytest.mark.parametrize(
    ("name", "entry"), FACTS, ids=[f"{stem(n)}-{golden_id(e)}" for n, e in FACTS]
)
def test_printed_value(name: str, entry: dict[str, Any]) -> None:
    assert entry["status"] == "printed"
    assert_printed(filing_of(name), entry)


@pytest.mark.parametrize(
    ("name", "key", "spec"), STATEMENTS, ids=[f"{stem(n)}-{k}" for n, k, _ in STATEMENTS]
)
def test_statement_found_with_unit(name: str, key: str, spec: dict[str, Any]) -> None:
    tables = statement_tables(filing_of(name), spec)
    assert tables, f"no {spec['kinds']} table over lines {spec['lines']}"
    unit = EXPECTED[name]["unit"]
    assert {(t.unit.currency, t.unit.scale) for t in tables} == {(unit["currency"], unit["scale"])}


@pytest.mark.parametrize(
    ("name", "key", "spec"),
    [s for s in STATEMENTS if s[2]["periods"]],
    ids=[f"{stem(n)}-{k}" for n, k, s in STATEMENTS if s["periods"]],
)
def test_statement_periods(name: str, key: str, spec: dict[str, Any]) -> None:
    """Every value column carries one of the statement's periods, and each period is there."""
    tables = statement_tables(filing_of(name), spec)
    assert tables
    periods = {str(c.period) for t in tables for c in t.value_columns()}
    assert periods == set(spec["periods"])


@pytest.mark.parametrize("name", GOLDENS, ids=stem)
def test_no_statement_outside_the_statement_pages(name: str) -> None:
    """Primary-statement tables lie on the statements' lines (no MD&A table misclassified)."""
    filing = filing_of(name)
    spans = [spec["lines"] for spec in EXPECTED[name]["statements"].values()]
    lowest = min(first for first, _ in spans) - 5
    highest = max(last for _, last in spans) + 5
    for table in filing.statements:
        assert lowest <= table.lines[0] and table.lines[1] <= highest, (table.id, table.lines)
