"""The hand-read goldens themselves: every printed value is on the line it names.

Guards the expected values against typos; it reads the documents as plain text (newline
lines, as `grep -n` counts them) and does not involve the extractor.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from tests.acceptance.helpers import EXPECTED, ROOT, load_expected

NIL_MARKS = {"-", "_", "–", "—"}
GOLDENS = sorted(p.name for p in EXPECTED.glob("*.json"))


def printed_forms(value: str) -> set[str]:
    """How a golden value may be printed: with or without thousands commas, negatives in ()."""
    number = Decimal(value)
    plain = f"{abs(number):,}"
    forms = {plain, plain.replace(",", "")}
    if number < 0:
        forms = {f"({f})" for f in forms}
    if number == 0:
        forms |= NIL_MARKS
    return forms


def document_lines(golden: dict[str, Any]) -> list[str]:
    return (ROOT / golden["document"]).read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize("name", GOLDENS)
def test_printed_values_are_on_their_lines(name: str) -> None:
    golden = load_expected(name)
    lines = document_lines(golden)
    wrong = []
    for entry in golden["facts"]:
        if entry["status"] != "printed":
            continue
        tokens = set(re.split(r"[\s$]+", lines[entry["line"] - 1]))
        if not printed_forms(entry["value"]) & tokens:
            wrong.append((entry["id"], entry["value"]))
    assert not wrong


@pytest.mark.parametrize("name", GOLDENS)
def test_golden_entries_are_well_formed(name: str) -> None:
    golden = load_expected(name)
    ids = [entry["id"] for entry in golden["facts"]]
    assert len(ids) == len(set(ids))
    for entry in golden["facts"]:
        assert entry["status"] in {"printed", "absent"}
        assert (entry["value"] is None) == (entry["status"] == "absent")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d(\.\.\d{4}-\d\d-\d\d)?", entry["period"])
