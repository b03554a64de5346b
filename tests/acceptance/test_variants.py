"""Variant documents the team wrote, so that the extractor generalises beyond the example.

- harbour-2024-interim: tab-separated like the example, clean, other labels ("Turnover",
  "Profit/(loss) for the period", "Bank balances and cash", "Total comprehensive income for
  the period"), a loss in the comparative period, all five statements.
- tidewater-2024-annual: space-aligned annual results for the year ended 31 December 2024 in
  HK$ million with one decimal (income statement, balance sheet, cash flows), unlabelled
  subtotals, and a note table in HK$'000. Every total foots.
- tidewater-2024-annual-corrupted: the same with one digit changed (a total no longer foots)
  and a malformed "(1.234)" in the HK$'000 note column.
- northwind-2024q2-earnings: US-style release, "(In millions, except per share amounts)",
  three and six months ended June 30, "$" in cells, costs printed positive.
- meridian-2024-interim-messy: the example's kind of mess on another company: wrapped labels,
  labels run together on one line with their values, and a line with one value fewer than
  its labels (which label lacks it is not printed).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.acceptance.helpers import (
    assert_absent,
    assert_label,
    assert_printed,
    assert_statement_periods,
    assert_statement_unit,
    cells_at,
    describe,
    golden_document,
    golden_id,
    issue_lines,
    load_expected,
    table_covering,
    unexpected_primary_facts,
    values_on_line,
)
from tieout.model import CellFlag, TableKind

GOLDENS = [
    "harbour-2024-interim.json",
    "tidewater-2024-annual.json",
    "tidewater-2024-annual-corrupted.json",
    "northwind-2024q2-earnings.json",
    "meridian-2024-interim-messy.json",
]
CLEAN = [g for g in GOLDENS if "corrupted" not in g and "messy" not in g]
EXPECTED = {name: load_expected(name) for name in GOLDENS}
FACTS = [
    (name, entry)
    for name in GOLDENS
    for entry in EXPECTED[name]["facts"]
    if entry["status"] == "printed"
]
ABSENT = [
    (name, entry)
    for name in GOLDENS
    for entry in EXPECTED[name]["facts"]
    if entry["status"] == "absent"
]
STATEMENTS = [
    (name, key, spec) for name in GOLDENS for key, spec in EXPECTED[name]["statements"].items()
]
WITH_PERIODS = [s for s in STATEMENTS if s[2]["periods"]]
CORRUPTED = EXPECTED["tidewater-2024-annual-corrupted.json"]


def stem(name: str) -> str:
    return name.removesuffix(".json")


@pytest.mark.parametrize(
    ("name", "entry"), FACTS, ids=[f"{stem(n)}-{golden_id(e)}" for n, e in FACTS]
)
def test_printed_value(name: str, entry: dict[str, Any]) -> None:
    assert_printed(golden_document(EXPECTED[name]), entry)


@pytest.mark.parametrize(
    ("name", "entry"), ABSENT, ids=[f"{stem(n)}-{golden_id(e)}" for n, e in ABSENT]
)
def test_absent_value_is_not_invented(name: str, entry: dict[str, Any]) -> None:
    assert_absent(golden_document(EXPECTED[name]), entry)


def test_missing_value_among_run_together_labels_is_a_reading_issue() -> None:
    """Line 35 prints three labels and two June values: the extractor must say so."""
    filing = golden_document(EXPECTED["meridian-2024-interim-messy.json"])
    assert 35 in issue_lines(filing)


LABELLED = [(name, entry) for name, entry in FACTS if entry["label"] is not None]


@pytest.mark.parametrize(
    ("name", "entry"), LABELLED, ids=[f"{stem(n)}-{golden_id(e)}" for n, e in LABELLED]
)
def test_label(name: str, entry: dict[str, Any]) -> None:
    """The row's label as printed (wrapped lines joined), on the value's line."""
    assert_label(golden_document(EXPECTED[name]), entry)


@pytest.mark.parametrize(
    ("name", "key", "spec"), STATEMENTS, ids=[f"{stem(n)}-{k}" for n, k, _ in STATEMENTS]
)
def test_statement_found_with_unit(name: str, key: str, spec: dict[str, Any]) -> None:
    golden = EXPECTED[name]
    assert_statement_unit(golden_document(golden), golden, spec)


@pytest.mark.parametrize(
    ("name", "key", "spec"), WITH_PERIODS, ids=[f"{stem(n)}-{k}" for n, k, _ in WITH_PERIODS]
)
def test_statement_periods(name: str, key: str, spec: dict[str, Any]) -> None:
    assert_statement_periods(golden_document(EXPECTED[name]), spec)


@pytest.mark.parametrize("name", GOLDENS, ids=stem)
def test_exactly_the_statements_printed(name: str) -> None:
    golden = EXPECTED[name]
    filing = golden_document(golden)
    expected = {TableKind(k) for spec in golden["statements"].values() for k in spec["kinds"]}
    assert {t.kind for t in filing.statements} == expected


@pytest.mark.parametrize("name", GOLDENS, ids=stem)
def test_no_statement_fact_beyond_the_golden(name: str) -> None:
    """The goldens list every line item of the variants' statements: nothing else is a fact."""
    golden = EXPECTED[name]
    extra = unexpected_primary_facts(golden_document(golden), golden["facts"])
    assert not extra, describe(extra)


@pytest.mark.parametrize("name", CLEAN, ids=stem)
def test_clean_document_has_no_reading_issues(name: str) -> None:
    filing = golden_document(EXPECTED[name])
    assert filing.reading_issues == (), filing.reading_issues


@pytest.mark.parametrize(
    "name", ["tidewater-2024-annual.json", "tidewater-2024-annual-corrupted.json"], ids=stem
)
def test_note_table_in_thousands(name: str) -> None:
    golden = EXPECTED[name]
    spec = golden["note_table"]
    filing = golden_document(golden)
    tables = table_covering(filing, TableKind.NOTE, *spec["lines"], slack=3)
    assert tables, f"no note table over {spec['lines']}"
    table = tables[0]
    assert table.note == spec["note"]
    assert (table.unit.currency, table.unit.scale) == ("HKD", 3)
    for line, period, value in spec["values"]:
        assert Decimal(value) in values_on_line(table, line, period), (line, period, value)


def test_corrupted_digit_is_kept_as_printed() -> None:
    """1,129.9 where 1,120.9 foots: the extractor reports what is printed, the checks catch it."""
    corrupted = CORRUPTED["corrupted"]
    entry = next(
        f
        for f in CORRUPTED["facts"]
        if f["line"] == corrupted["line"] and f["period"] == corrupted["period"]
    )
    assert entry["value"] == corrupted["value"]
    assert_printed(golden_document(CORRUPTED), entry)


def test_malformed_number_is_a_reading_issue_not_a_value() -> None:
    malformed = CORRUPTED["malformed"]
    filing = golden_document(CORRUPTED)
    assert malformed["line"] in issue_lines(filing)
    placed = cells_at(filing, TableKind.NOTE, line=malformed["line"], period=malformed["period"])
    assert placed, "the malformed cell is kept, with its text"
    for p in placed:
        assert p.cell.text == malformed["text"]
        assert p.cell.value is None or CellFlag.MALFORMED in p.cell.flags


def test_corrupted_variant_keeps_every_other_value() -> None:
    """Apart from the two corrupted cells, the corrupted variant reads like the clean one."""
    clean = EXPECTED["tidewater-2024-annual.json"]["facts"]
    corrupted = golden_document(CORRUPTED)
    changed = CORRUPTED["corrupted"]
    for entry in clean:
        if (entry["line"], entry["period"]) == (changed["line"], changed["period"]):
            continue
        assert_printed(corrupted, entry)


def test_per_share_amounts_are_not_scaled_to_millions() -> None:
    filing = golden_document(EXPECTED["northwind-2024q2-earnings.json"])
    eps = [f for f in filing.facts if f.span.line == 27]
    assert sorted(str(f.value) for f in eps) == ["0.77", "0.94", "1.36", "1.78"]


def test_dollar_signs_are_not_values() -> None:
    filing = golden_document(EXPECTED["northwind-2024q2-earnings.json"])
    revenue = [f for f in filing.facts if f.span.line == 13]
    assert sorted(f.printed for f in revenue) == [1388, 1512, 2701, 2967]
    assert sorted(f.value for f in revenue) == [
        1_388_000_000,
        1_512_000_000,
        2_701_000_000,
        2_967_000_000,
    ]
