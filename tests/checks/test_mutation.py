"""Mutation test: one digit changed in any checked figure of a primary statement is caught.

For every fact of the five primary statements that takes part in at least one check on
the untouched document, change one digit of its printed text, read and check the
mutated document, and require an error-level finding on that fact's line. The untouched
document must give exactly the baseline findings when read again.

Figures printed in thousands or units are exact: their last digit goes up by one.
Figures in millions (and per-share amounts) are rounded, and a sum of rounded figures may
miss by a few half-units of the last place, which is a warning, not an error; their last
digit moves by five, a difference that rounding of up to nine figures cannot explain.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

import tieout
from tieout.model import Fact, Filing, Measure, Report, Severity, TableKind

ROOT = Path(__file__).resolve().parents[2]
# The corrupted variant is left out: a second fault in a sum that already fails in its
# other column leaves no column to show which lines form the sum.
DOCUMENTS = [
    ROOT / "tieout" / "examples" / "sensetime-2024-interim.txt",
    *sorted(
        p
        for p in (ROOT / "tests" / "data" / "variants").glob("*.txt")
        if not p.stem.endswith("-corrupted")
    ),
]
PRIMARY = [
    TableKind.INCOME_STATEMENT,
    TableKind.COMPREHENSIVE_INCOME,
    TableKind.BALANCE_SHEET,
    TableKind.CHANGES_IN_EQUITY,
    TableKind.CASH_FLOWS,
]


def _baseline(path: Path) -> tuple[Filing, Report]:
    filing, report = _read_and_check(path)
    if not filing.statements:
        pytest.skip(f"{path.name}: the extractor produces no primary statements yet")
    return filing, report


@functools.cache
def _read_and_check(path: Path) -> tuple[Filing, Report]:
    report = tieout.check(path)  # as users run it: a table that fails to foot is re-read
    return report.filing, report


def mutate_digit(text: str, step: int = 1) -> str | None:
    """The printed figure with its last digit changed: by `step` (mod 10); a 9 with step
    1 becomes 8, so the figure's length never changes."""
    for i in range(len(text) - 1, -1, -1):
        if text[i].isdigit():
            digit = int(text[i])
            new = 8 if step == 1 and digit == 9 else (digit + step) % 10
            return text[:i] + str(new) + text[i + 1 :]
    return None


def rounded(fact: Fact) -> bool:
    """Printed in millions or per share: the last digit is within rounding."""
    return fact.unit.scale >= 6 or fact.unit.measure is Measure.PER_SHARE


def mutated_sources(source: str, facts: list[Fact]) -> Iterator[tuple[Fact, str]]:
    lines = source.split("\n")
    for fact in facts:
        span = fact.span
        line = lines[span.line - 1]
        printed = line[span.col_start - 1 : span.col_end]
        changed = mutate_digit(printed, 5 if rounded(fact) else 1)
        if changed is None:
            continue
        copy = list(lines)
        copy[span.line - 1] = line[: span.col_start - 1] + changed + line[span.col_end :]
        yield fact, "\n".join(copy)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_untouched_document_gives_the_baseline_again(path: Path) -> None:
    _, first = _baseline(path)
    again = tieout.check(path)
    assert again.findings == first.findings


@pytest.mark.parametrize("kind", PRIMARY, ids=lambda k: k.value)
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_one_digit_changed_in_a_checked_figure_is_an_error_at_its_line(
    path: Path, kind: TableKind, tmp_path: Path
) -> None:
    filing, baseline = _baseline(path)
    tables = {t.id for t in filing.tables if t.kind is kind}
    checked = {key for check in baseline.checks for key in check.facts}
    facts = [
        f for f in filing.facts if f.table_id in tables and (f.table_id, f.row, f.column) in checked
    ]
    if not facts:
        pytest.skip(f"{path.name}: no checked {kind.value} facts")
    source = path.read_text(encoding="utf-8")
    missed: list[str] = []
    target = tmp_path / path.name
    for fact, text in mutated_sources(source, facts):
        target.write_text(text, encoding="utf-8")
        report = tieout.check(target)
        caught = any(
            f.severity is Severity.ERROR and fact.span.line in f.lines for f in report.findings
        )
        if not caught:
            missed.append(f"line {fact.span.line} {fact.label!r} {fact.printed}")
    assert missed == []
