"""Real documents from the shared corpus: the reader is general, not fitted to the example.

Copies in tests/data/corpus (see its README); expected values read by hand in
tests/data/expected/<document stem>.json.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.acceptance.helpers import (
    assert_label,
    assert_printed,
    assert_statement_periods,
    assert_statement_unit,
    golden_document,
    golden_id,
    load_expected,
)

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
WITH_PERIODS = [s for s in STATEMENTS if s[2]["periods"]]


def stem(name: str) -> str:
    return name.split("_")[0][:12]


@pytest.mark.parametrize(
    ("name", "entry"), FACTS, ids=[f"{stem(n)}-{golden_id(e)}" for n, e in FACTS]
)
def test_printed_value(name: str, entry: dict[str, Any]) -> None:
    assert entry["status"] == "printed"
    assert_printed(golden_document(EXPECTED[name]), entry)


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
def test_no_statement_outside_the_statement_pages(name: str) -> None:
    """Primary-statement tables lie on the statements' lines (no note or MD&A table)."""
    filing = golden_document(EXPECTED[name])
    spans = [spec["lines"] for spec in EXPECTED[name]["statements"].values()]
    lowest = min(first for first, _ in spans) - 5
    highest = max(last for _, last in spans) + 5
    for table in filing.statements:
        assert lowest <= table.lines[0] and table.lines[1] <= highest, (table.id, table.lines)


def test_line_numbers_are_newline_lines_as_grep_shows_them() -> None:
    """pdftotext starts each page with a form feed inside a line; it is not a line break.

    `grep -n`, `sed -n`, editors and the goldens count only newlines, so eBay's "Net revenues"
    row is line 300 (there are 6 form feeds before it).
    """
    filing = golden_document(EXPECTED["EBAY_2023Q2_EARNINGS.json"])
    lines = {f.span.line for f in filing.facts if f.printed in (2540, 2422, 5050, 4905)}
    assert 300 in lines, sorted(lines)


@pytest.mark.parametrize("name", GOLDENS, ids=stem)
def test_statement_columns_are_distinguishable(name: str) -> None:
    """No two value columns of a statement share period and member, or their facts collide.

    Water Oasis prints two 'Total' columns in its changes in equity (attributable to owners,
    and total equity); they must come out as different members.
    """
    filing = golden_document(EXPECTED[name])
    for table in filing.statements:
        keys = [(str(c.period), c.member) for c in table.value_columns()]
        assert len(keys) == len(set(keys)), (table.id, table.lines, keys)
