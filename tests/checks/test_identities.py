"""TO104: statement identities by concept, across tables footing cannot join."""

from __future__ import annotations

from decimal import Decimal

from tests.checks.fixtures import DEC_2023, JUN_2024, make_filing, make_table
from tieout.checks.engine import run_checks
from tieout.model import Report, Severity, Table, TableKind

FLOWS = {
    0: "CashFlowsFromUsedInOperatingActivities",
    1: "CashFlowsFromUsedInInvestingActivities",
}


def first_part() -> Table:
    return make_table(
        [
            ("Net cash used in operating activities", "(3,523,763)", "(1,804,805)"),
            ("Net cash (used in)/generated from investing activities", "(1,068,168)", "384,721"),
        ],
        table_id="cf1",
        kind=TableKind.CASH_FLOWS,
        concepts=FLOWS,
        first_line=547,
    )


def second_part(net: str = "(1,869,265)", closing: str = "7,626,544") -> Table:
    return make_table(
        [
            ("Net cash generated from financing activities", "2,722,666", "413,199"),
            ("Net decrease in cash and cash equivalents", net, "(1,006,885)"),
            ("Cash and cash equivalents at beginning of period", "9,423,495", "7,962,813"),
            ("Effect of foreign exchange rates changes", "72,314", "197,087"),
            ("Cash and cash equivalents at end of period", closing, "7,153,015"),
        ],
        table_id="cf2",
        kind=TableKind.CASH_FLOWS,
        concepts={
            0: "CashFlowsFromUsedInFinancingActivities",
            1: "IncreaseDecreaseInCashAndCashEquivalents",
            2: "CashAndCashEquivalentsAtBeginningOfPeriod",
            3: "EffectOfExchangeRateChangesOnCashAndCashEquivalents",
            4: "CashAndCashEquivalentsAtEndOfPeriod",
        },
        first_line=588,
    )


def check(*tables: Table) -> Report:
    return run_checks(make_filing(*tables), select=("TO104",))


def test_net_change_in_cash_joins_the_two_parts_of_a_split_statement() -> None:
    report = check(first_part(), second_part())
    assert report.findings == ()
    assert [c.lines for c in report.checks] == [
        (547, 548, 588, 589),
        (547, 548, 588, 589),
    ]
    assert report.checks[0].description == (
        "net change in cash = operating + investing + financing:"
        " (1,869,265) = (3,523,763) + (1,068,168) + 2,722,666"
    )


def test_a_net_change_that_is_off_is_an_error() -> None:
    report = check(first_part(), second_part(net="(1,869,256)"))
    assert [(f.code, f.severity, f.lines, f.difference) for f in report.findings] == [
        ("TO104", Severity.ERROR, (547, 548, 588, 589), Decimal(9))
    ]


def test_the_balance_sheet_balances() -> None:
    sheet = make_table(
        [
            ("Total assets", "32,550,214", "32,888,024"),
            ("Total equity and liabilities", "32,550,214", "32,888,042"),
        ],
        kind=TableKind.BALANCE_SHEET,
        periods=(JUN_2024, DEC_2023),
        concepts={0: "Assets", 1: "EquityAndLiabilities"},
        first_line=455,
    )
    report = check(sheet)
    assert [(c.status.value, c.lines) for c in report.checks] == [
        ("passed", (455, 456)),
        ("failed", (455, 456)),
    ]
    assert report.findings[0].message == (
        "the balance sheet balances: assets = equity and liabilities does not hold for"
        " 2023-12-31: 32,888,024 ≠ 32,888,042: difference (18)"
    )
