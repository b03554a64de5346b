"""`tieout check` and `tieout rules` end to end: output, JSON shape and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tieout.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "tieout" / "examples" / "sensetime-2024-interim.txt"


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "TO101  total-does-not-foot " in out
    assert "TO103  stray-line-inside-total" in out


def test_check_json_has_summary_findings_and_checks(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(EXAMPLE), "--format", "json", "--all"])
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"source", "summary", "key_ties", "findings", "checks"}
    assert code == (1 if data["summary"]["errors"] else 0)
    for finding in data["findings"]:
        assert set(finding) >= {"code", "severity", "message", "expected", "actual"}
        assert set(finding) >= {"difference", "lines"}
    assert len(data["checks"]) == data["summary"]["checks_run"]


def test_check_without_all_leaves_out_checks(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(EXAMPLE), "--format", "json", "--select", "TO1"])
    data = json.loads(capsys.readouterr().out)
    assert "checks" not in data
    assert all(f["code"].startswith("TO1") for f in data["findings"])


def test_unusable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["check", str(empty)]) == 2
    assert capsys.readouterr().err.startswith("tieout: error:")
    assert main(["check", str(tmp_path / "missing.txt")]) == 2


def test_text_output_ends_with_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(EXAMPLE)])
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("Facts in at least one check:")
    assert "checks run:" in out[-2]


def test_exit_code_follows_error_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLE), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    repeat = next(f for f in data["findings"] if f["code"] == "TO604")
    assert repeat["severity"] == "error"
    assert repeat["lines"] == [112, 408]
    # without the rules that find errors on the example, nothing is error-level
    code = main(
        ["check", str(EXAMPLE), "--ignore", "TO103", "--ignore", "TO105", "--ignore", "TO604"]
    )
    assert code == 0
