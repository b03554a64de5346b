"""A Hong Kong balance sheet: net current assets, total assets less current liabilities,
capital and reserves under a heading printed like a title, non-current liabilities after
the equity, an unlabelled grand total; and a cash flow statement whose closing cash is
'represented by bank balances and cash'."""

from __future__ import annotations

from pathlib import Path

import tieout
from tieout.checks.key_ties import key_ties
from tieout.model import Report, TableKind

KOWLOON = (
    Path(__file__).resolve().parents[1] / "data" / "variants" / "kowloon-2023-annual-layout.txt"
)


def _ties(report: Report) -> dict[str, tuple[str, int, int, tuple[int, ...]]]:
    return {
        t.name: (
            t.status,
            t.passed,
            t.failed,
            tuple(sorted({n for c in t.checks for n in c.lines})),
        )
        for t in key_ties(report)
    }


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "announcement.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_statement_goes_on_under_capital_and_reserves() -> None:
    filing = tieout.read(KOWLOON)
    assert [(t.kind, t.lines) for t in filing.statements] == [
        (TableKind.BALANCE_SHEET, (7, 40)),
        (TableKind.CASH_FLOWS, (46, 55)),
    ]


def test_it_balances_ties_its_cash_and_foots_without_a_finding() -> None:
    report = tieout.check(KOWLOON)
    assert report.findings == ()
    assert _ties(report) == {
        # total assets less current liabilities (28) = owners' equity (33) + NCL (38)
        "balance sheet balances": ("passed", 2, 0, (28, 33, 38)),
        "closing cash agrees with the balance sheet": ("passed", 2, 0, (18, 55)),
        "primary statements foot": ("passed", 20, 0, tuple(_footed_lines(report))),
    }


def _footed_lines(report: Report) -> list[int]:
    ties = {t.name: t for t in key_ties(report)}
    return sorted({n for c in ties["primary statements foot"].checks for n in c.lines})


def test_a_changed_non_current_liability_fails_the_balance(tmp_path: Path) -> None:
    """Borrowings and their subtotal both 100 higher: the section foots, the sheet does not."""
    text = (
        KOWLOON.read_text(encoding="utf-8")
        .replace(
            "Borrowings                                             15,000",
            "Borrowings                                             15,100",
        )
        .replace("17,689        15,790", "17,789        15,790")
    )
    report = tieout.check(_write(tmp_path, text))
    ties = _ties(report)
    assert ties["balance sheet balances"][:3] == ("failed", 1, 1)
    balance = next(f for f in report.findings if f.code == "TO104")
    assert balance.message == (
        "the balance sheet balances: total assets less current liabilities = equity +"
        " non-current liabilities does not hold for 2023-03-31: 155,236 ≠ 155,336:"
        " difference (100)"
    )


def test_owners_equity_stands_for_total_equity_only_without_minority_interests(
    tmp_path: Path,
) -> None:
    text = KOWLOON.read_text(encoding="utf-8").replace(
        "Equity attributable to owners of the Company            137,547       121,107\n",
        "Equity attributable to owners of the Company            137,547       121,107\n"
        "Non-controlling interests                                     –             –\n",
    )
    ties = _ties(tieout.check(_write(tmp_path, text)))
    assert ties["balance sheet balances"] == ("not checked", 0, 0, ())


def test_closing_cash_named_otherwise_is_not_tied(tmp_path: Path) -> None:
    """'Cash and cash equivalents' in the cash flow statement may be net of overdrafts:
    without 'represented by', it does not tie to 'Bank balances and cash'."""
    text = KOWLOON.read_text(encoding="utf-8").replace(
        "Cash and cash equivalents at end of the year,\n"
        "  represented by bank balances and cash                  40,322        35,118",
        "Cash and cash equivalents at end of the year            40,322        35,118",
    )
    ties = _ties(tieout.check(_write(tmp_path, text)))
    assert ties["closing cash agrees with the balance sheet"] == ("not checked", 0, 0, ())


NET_ASSETS = """\
                 CONSOLIDATED BALANCE SHEET
                 As at 31 December 2023

                                                          2023          2022
                                                        HK$'000       HK$'000
NON-CURRENT ASSETS
  Property, plant and equipment                         569,903       245,461
  Intangible assets                                      91,904        78,689
                                                        661,807       324,150
CURRENT ASSETS
  Inventories                                            60,113        38,140
  Cash and cash equivalents                               3,314       123,827
                                                         63,427       161,967
CURRENT LIABILITIES
  Trade and other payables                               57,422        58,702
NET CURRENT ASSETS                                        6,005       103,265
NON CURRENT LIABILITIES
  Other payable                                          42,541        10,000
NET ASSETS                                              625,271       417,415
SHARE CAPITAL                                            46,390        46,390
RESERVES                                                578,881       371,025
SHAREHOLDERS' EQUITY                                    625,271       417,415
"""


def test_net_assets_subtract_the_liabilities_printed_under_their_heading(
    tmp_path: Path,
) -> None:
    report = tieout.check(_write(tmp_path, NET_ASSETS))
    assert [f.code for f in report.findings if f.severity.value == "error"] == []
    net_assets = [c.description for c in report.checks if c.code == "TO101" and 19 in c.lines]
    assert net_assets == [
        "625,271 = 661,807 + 6,005 - 42,541",
        "417,415 = 324,150 + 103,265 - 10,000",
    ]
    assert _ties(report)["balance sheet balances"][:3] == ("passed", 2, 0)


def test_net_assets_that_do_not_subtract_are_an_error(tmp_path: Path) -> None:
    text = NET_ASSETS.replace("625,271       417,415\nSHARE", "625,272       417,415\nSHARE")
    report = tieout.check(_write(tmp_path, text))
    assert [(f.code, f.lines) for f in report.findings if f.severity.value == "error"][:1] == [
        ("TO101", (9, 16, 18, 19)),
    ]
