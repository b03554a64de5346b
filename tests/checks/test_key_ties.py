"""The key ties: the balance sheet balances, closing cash agrees with the balance sheet,
the primary statements foot; gathered from the checks, shown by `check` in text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tieout
from tieout.checks.key_ties import KeyTie, key_ties
from tieout.cli import main
from tieout.model import Report

ROOT = Path(__file__).resolve().parents[2]
PDFS = ROOT / "tests" / "data" / "pdf"
ANXIN = PDFS / "anxin_2012_interim_p2-5.pdf"
EBAY = PDFS / "ebay_2023q2_p7-9.pdf"
ALCO = PDFS / "alco_fy2025_zh_p2-6.pdf"
EXAMPLE = ROOT / "tieout" / "examples" / "sensetime-2024-interim.txt"


def _ties(report: Report) -> dict[str, KeyTie]:
    return {t.name: t for t in key_ties(report)}


def _status(tie: KeyTie) -> tuple[str, int, int]:
    return tie.status, tie.passed, tie.failed


def test_hkex_interim_balances_ties_cash_and_foots() -> None:
    ties = _ties(tieout.check(ANXIN))
    balance = ties["balance sheet balances"]
    assert _status(balance) == ("passed", 4, 0)
    # net assets (84) = total equity (94), and total assets less current liabilities (76)
    # = total equity + non-current liabilities (82), at June 2012 and December 2011
    assert {c.lines for c in balance.checks} == {(84, 94), (76, 82, 94)}
    prefix = "the balance sheet balances: "
    assert {c.description.removeprefix(prefix) for c in balance.checks} == {
        "net assets = equity: 2,935,418 = 2,935,418",
        "net assets = equity: 2,575,596 = 2,575,596",
        "total assets less current liabilities = equity + non-current liabilities:"
        " 3,173,012 = 2,935,418 + 237,594",
        "total assets less current liabilities = equity + non-current liabilities:"
        " 2,587,525 = 2,575,596 + 11,929",
    }
    cash = ties["closing cash agrees with the balance sheet"]
    assert _status(cash) == ("passed", 1, 0)
    assert [c.lines for c in cash.checks] == [(65, 160)]
    footing = ties["primary statements foot"]
    assert footing.status == "passed" and footing.failed == 0 and footing.passed > 50


def test_us_release_balances_and_leaves_restricted_cash_unchecked() -> None:
    ties = _ties(tieout.check(EBAY))
    assert [c.description for c in ties["balance sheet balances"].checks] == [
        "the balance sheet balances: assets = equity and liabilities: 19,956 = 19,956",
        "the balance sheet balances: assets = equity and liabilities: 20,850 = 20,850",
    ]
    # the cash flow statement ends with cash, cash equivalents *and restricted cash*,
    # which the balance sheet does not print: nothing to tie, and the report says so
    cash = ties["closing cash agrees with the balance sheet"]
    assert _status(cash) == ("not checked", 0, 0)
    assert cash.why_unchecked == "the cash flow statement closes on cash including restricted cash"


def test_hkex_deficit_balance_sheet_balances_through_its_own_total() -> None:
    ties = _ties(tieout.check(ALCO))
    balance = ties["balance sheet balances"]
    assert balance.status == "passed"
    assert {c.description.split(":")[1].strip() for c in balance.checks} == {
        "total assets less current liabilities = equity and non-current liabilities",
        "total assets less current liabilities = equity + non-current liabilities",
    }
    # 總資產減流動負債 (51,582) = 總虧絀 (64,693) + non-current liabilities 13,111
    assert "(51,582) = (64,693) + 13,111" in {c.description.split(": ")[-1] for c in balance.checks}


def test_a_changed_total_fails_the_balance(tmp_path: Path) -> None:
    baseline = _ties(tieout.check(EXAMPLE))["balance sheet balances"]
    assert _status(baseline) == ("passed", 2, 0)
    total = baseline.checks[0].spans[0]  # the total assets the identity starts from
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")
    line = lines[total.line - 1]
    end = total.col_end
    digit = int(line[end - 1])
    lines[total.line - 1] = line[: end - 1] + str((digit + 1) % 10) + line[end:]
    mutated = tmp_path / EXAMPLE.name
    mutated.write_text("\n".join(lines), encoding="utf-8")
    balance = _ties(tieout.check(mutated))["balance sheet balances"]
    assert balance.status == "failed"
    assert balance.failed == 1 and total.line in balance.checks[0].lines


def test_check_prints_the_key_ties(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ANXIN)]) == 0
    out = capsys.readouterr().out
    block = out[out.index("Key ties:") :].splitlines()[:3]
    assert block == [
        "Key ties:",
        "  balance sheet balances                      passed       4 passed, 0 failed"
        " (lines 76,82,84,94)",
        "  closing cash agrees with the balance sheet  passed       1 passed, 0 failed"
        " (lines 65,160)",
    ]


def test_check_json_has_the_key_ties(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(ANXIN), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["key_ties"][:2] == [
        {
            "name": "balance sheet balances",
            "status": "passed",
            "passed": 4,
            "failed": 0,
            "within_rounding": 0,
            "lines": [76, 82, 84, 94],
            "why_unchecked": "",
        },
        {
            "name": "closing cash agrees with the balance sheet",
            "status": "passed",
            "passed": 1,
            "failed": 0,
            "within_rounding": 0,
            "lines": [65, 160],
            "why_unchecked": "",
        },
    ]


# Amcor's fiscal 2023 release: net income 184 less 4 for the minority prints 181, a
# difference the rounding of figures in millions explains (a warning, not a failure).
ROUNDED = """\
U.S. GAAP Condensed Consolidated Statements of Income (Unaudited)
                                                    Three Months Ended June 30,   Twelve Months Ended June 30,
($ million, except per share amounts)                     2022          2023          2022          2023
Income before income taxes                                 216           252         1,115         1,251
Income tax expense                                        (104)          (68)         (300)         (193)
Net income                                                 112           184           815         1,058
Net income attributable to non-controlling interests        (3)           (4)          (10)          (10)
Net income attributable to Amcor plc                       109           181           805         1,048
"""


def test_statements_that_foot_within_their_rounding_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rounded.txt"
    path.write_text(ROUNDED, encoding="utf-8")
    foot = _ties(tieout.check(path))["primary statements foot"]
    assert (foot.status, foot.passed, foot.within_rounding, foot.failed) == ("passed", 7, 1, 0)
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert (
        "  primary statements foot                     passed       7 passed,"
        " 1 within rounding, 0 failed (lines 6,7,8)"
    ) in out.splitlines()
