"""`tieout claims FILE` as text and JSON, and `tieout.check` running the claim rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tieout
from tests.claims.builder import line_of, with_line
from tests.claims.sensetime import EXAMPLE, example_document
from tieout.cli import main
from tieout.model import Status


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_claims_text_lists_every_claim_with_its_status(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "claims", str(EXAMPLE))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["line", "status", "kind", "claimed", "recomputed", "subject"]
    assert lines[1].split() == [
        "36",
        "verified",
        "amount",
        "RMB1,739.7",
        "million",
        "1739.7",
        "revenue",
    ]
    assert lines[2] == "       Total revenue of the Group = Revenue (t12, line 395)  [t12 line 395]"
    assert lines[-1] == "100 claims: 90 verified, 0 contradicted, 10 unresolved"
    assert "  359  verified     ratio   -0.6%" in out


def test_claims_json_gives_subject_facts_and_location(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "claims", str(EXAMPLE), "--format", "json")
    assert code == 0
    body = json.loads(out)
    assert body["summary"] == {"claims": 100, "verified": 90, "contradicted": 0, "unresolved": 10}
    gearing = next(c for c in body["claims"] if c["line"] == 359)
    assert gearing["columns"] == [44, 48]
    assert gearing["kind"] == "ratio"
    assert gearing["subject"] == "gearing-ratio"
    assert gearing["recomputed"] == "-0.6"
    assert sorted({f["line"] for f in gearing["facts"]}) == [453, 461, 465, 467]
    eps = [m for m in body["measures"] if m["kind"] == "per-share"]
    assert [(m["line"], m["printed"], m["recomputed"], m["agrees"]) for m in eps][:2] == [
        (419, "-0.08", "-0.08", True),
        (419, "-0.10", "-0.10", True),
    ]


def test_a_contradicted_claim_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = with_line(example_document(), 129, "increased by 21.4%", "increased by 23.4%")
    edited = tmp_path / "edited.txt"
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        line_of(example_document(), 129).text, line_of(document, 129).text
    )
    edited.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "claims", str(edited))
    assert code == 1
    assert "  129  contradicted change  23.4%                          21.4  revenue" in out


def test_unusable_input_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out, err = run(capsys, "claims", str(empty))
    assert code == 2
    assert out == ""
    assert err.startswith("tieout: error: ") and err.count("\n") == 1


def test_check_runs_the_claim_and_measure_rules_by_default() -> None:
    report = tieout.check(EXAMPLE)
    codes = {c.code for c in report.checks}
    assert {"TO701", "TO702", "TO801", "TO802", "TO803", "TO804", "TO805", "TO806"} <= codes
    claims = [c for c in report.checks if c.code == "TO701"]
    assert len(claims) == 90 and all(c.status is Status.PASSED for c in claims)
    assert not [
        f for f in report.findings if f.code.startswith(("TO7", "TO8")) and f.severity != "info"
    ]
