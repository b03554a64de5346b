"""The registry polices itself: unique codes, names that name a problem, full docs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tieout.checks.registry import all_rules
from tieout.report import rules_doc

ROOT = Path(__file__).resolve().parents[2]
OWN_FAMILIES = ("TO1", "TO2", "TO3", "TO4", "TO5", "TO6")


def test_docs_rules_md_is_generated_from_the_registry() -> None:
    stale = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") != rules_doc.markdown()
    assert not stale, "docs/rules.md is stale: run `tieout rules --markdown > docs/rules.md`"


def test_codes_are_unique_and_well_formed() -> None:
    codes = [r.code for r in all_rules()]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"TO\d{3}", c) for c in codes)


@pytest.mark.parametrize("rule", [r for r in all_rules() if r.code.startswith(OWN_FAMILIES)])
def test_every_check_rule_is_documented_and_named_for_a_problem(rule) -> None:  # type: ignore[no-untyped-def]
    assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", rule.name), rule.name
    assert not rule.name.startswith(("allow-", "no-", "check-")), rule.name
    for section in ("What it checks:", "Why it matters:", "Example:"):
        assert section in rule.doc, f"{rule.code} lacks {section!r}"
    assert rule.summary.endswith(".")
