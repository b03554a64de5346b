"""Every line item of the example's five primary statements, against hand-read goldens.

Goldens: tests/data/expected/sensetime-2024-interim.json, read from the document by hand
(line numbers are 1-based lines of tieout/examples/sensetime-2024-interim.txt).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.acceptance.helpers import (
    EXAMPLE,
    assert_absent,
    assert_label,
    assert_printed,
    describe,
    fact_value,
    golden_facts,
    golden_id,
    issue_lines,
    kinds_found,
    read_filing,
    tables_of,
    unexpected_primary_facts,
)
from tieout.model import PRIMARY_KINDS, Filing, TableKind

GOLDEN = "sensetime-2024-interim.json"
PRINTED = golden_facts(GOLDEN, "printed")
ABSENT = golden_facts(GOLDEN, "absent")
LABELLED = [f for f in PRINTED if f["label"] is not None]


@pytest.fixture(scope="module")
def example() -> Filing:
    return read_filing(EXAMPLE)


@pytest.mark.parametrize("entry", PRINTED, ids=golden_id)
def test_printed_value(example: Filing, entry: dict[str, Any]) -> None:
    assert_printed(example, entry)


@pytest.mark.parametrize("entry", ABSENT, ids=golden_id)
def test_absent_value_is_not_invented(example: Filing, entry: dict[str, Any]) -> None:
    assert_absent(example, entry)


@pytest.mark.parametrize("entry", LABELLED, ids=golden_id)
def test_label(example: Filing, entry: dict[str, Any]) -> None:
    assert_label(example, entry)


def test_golden_counts() -> None:
    """The golden covers both periods of every statement and every equity cell."""
    assert len(PRINTED) == 339
    assert len(ABSENT) == 50
    rows_2024, rows_2023, garbled_cells = 13, 9, 7
    equity_cells = sum(f["kind"] == "changes_in_equity" for f in PRINTED + ABSENT)
    assert equity_cells == 7 * (rows_2024 + rows_2023) + garbled_cells


def test_all_five_primary_statements_found(example: Filing) -> None:
    assert kinds_found(example) >= PRIMARY_KINDS


@pytest.mark.parametrize("kind", sorted(PRIMARY_KINDS))
def test_statement_unit_is_rmb_thousands(example: Filing, kind: TableKind) -> None:
    tables = tables_of(example, kind)
    assert tables
    assert {(t.unit.currency, t.unit.scale) for t in tables} == {("RMB", 3)}


def test_statement_titles(example: Filing) -> None:
    """The first table of each statement carries the statement's printed title."""
    expected = {
        TableKind.INCOME_STATEMENT: "INCOME STATEMENT",
        TableKind.COMPREHENSIVE_INCOME: "COMPREHENSIVE LOSS",
        TableKind.BALANCE_SHEET: "BALANCE SHEET",
        TableKind.CHANGES_IN_EQUITY: "CHANGES IN EQUITY",
        TableKind.CASH_FLOWS: "CASH FLOWS",
    }
    for kind, words in expected.items():
        first = min(tables_of(example, kind), key=lambda t: t.lines[0])
        assert words in first.title.upper(), (kind, first.title)


def test_statements_lie_where_printed(example: Filing) -> None:
    spans = {
        TableKind.INCOME_STATEMENT: (391, 419),
        TableKind.COMPREHENSIVE_INCOME: (425, 439),
        TableKind.BALANCE_SHEET: (446, 469),
        TableKind.CHANGES_IN_EQUITY: (473, 508),
        TableKind.CASH_FLOWS: (540, 592),
    }
    for kind, (first, last) in spans.items():
        tables = tables_of(example, kind)
        assert min(t.lines[0] for t in tables) >= first - 4, kind
        assert max(t.lines[1] for t in tables) >= last, kind
        assert max(t.lines[1] for t in tables) <= 594, kind


@pytest.mark.parametrize("line", [432, 440, 496, 507, 562])
def test_malformed_numbers_are_reading_issues(example: Filing, line: int) -> None:
    """'(5.017)', '(23,81,324)', '(2.122.744)', '222 024', '(102 220)' are not clean numbers."""
    assert line in issue_lines(example)


def test_every_reading_issue_has_a_code_and_a_line(example: Filing) -> None:
    assert example.reading_issues
    for issue in example.reading_issues:
        assert issue.code.startswith("TO9"), issue
        assert 1 <= issue.line <= 1208, issue


def test_loss_per_share_is_not_scaled_to_thousands(example: Filing) -> None:
    """EPS (0.08) is RMB per share; its base-unit value must not be multiplied by 1,000."""
    facts = [
        f
        for f in example.facts
        if f.span.line == 419 and example.table(f.table_id).kind is TableKind.INCOME_STATEMENT
    ]
    assert {str(f.value) for f in facts} == {"-0.08", "-0.10"}


def test_base_unit_value_of_revenue(example: Filing) -> None:
    facts = [
        f
        for f in example.facts
        if f.span.line == 395 and example.table(f.table_id).kind is TableKind.INCOME_STATEMENT
    ]
    assert sorted(f.value for f in facts) == [1_433_122_000, 1_739_717_000]


def test_fact_value_helper_by_label(example: Filing) -> None:
    value = fact_value(example, "balance_sheet", label="Term deposits", period="2023-12-31")
    assert str(value) == "1099898"


def test_no_primary_fact_beyond_the_golden(example: Filing) -> None:
    """The golden lists every line item: any other unmarked statement fact was invented."""
    extra = unexpected_primary_facts(example, PRINTED + ABSENT)
    assert not extra, describe(extra)
