"""TO104: statement identities by concept, across tables footing cannot join."""

from __future__ import annotations

from decimal import Decimal

from tests.checks.fixtures import DEC_2023, JUN_2024, RMB_MILLION, make_filing, make_table
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


def us_cash_flows(net: str = "2,229") -> Table:
    """A US cash flow statement in millions (Pfizer's 10-Q, six months to 2 July 2023): the
    effect of exchange rates stands above the net change, which includes it."""
    return make_table(
        [
            ("Net cash provided by/(used in) operating activities", "4", "14,711"),
            ("Net cash provided by/(used in) investing activities", "(22,170)", "(10,746)"),
            ("Net cash provided by/(used in) financing activities", "24,403", "(4,058)"),
            ("Effect of exchange-rate changes on cash and cash equivalents", "(7)", "(67)"),
            ("Net increase/(decrease) in cash and cash equivalents", net, "(159)"),
        ],
        table_id="cf",
        kind=TableKind.CASH_FLOWS,
        unit=RMB_MILLION,
        concepts={
            0: "CashFlowsFromUsedInOperatingActivities",
            1: "CashFlowsFromUsedInInvestingActivities",
            2: "CashFlowsFromUsedInFinancingActivities",
            3: "EffectOfExchangeRateChangesOnCashAndCashEquivalents",
            4: "IncreaseDecreaseInCashAndCashEquivalents",
        },
        first_line=244,
    )


def us_closing_cash() -> Table:
    """Opening and closing cash, printed apart from the flows (footing cannot join them)."""
    return make_table(
        [
            ("Cash and cash equivalents, at beginning of period", "468", "1,983"),
            ("Cash and cash equivalents, at end of period", "2,697", "1,824"),
        ],
        table_id="cash",
        kind=TableKind.CASH_FLOWS,
        unit=RMB_MILLION,
        concepts={
            0: "CashAndCashEquivalentsAtBeginningOfPeriod",
            1: "CashAndCashEquivalentsAtEndOfPeriod",
        },
        first_line=300,
    )


def test_a_net_change_printed_below_the_exchange_differences_includes_them() -> None:
    report = check(us_cash_flows(), us_closing_cash())
    net_change = [c for c in report.checks if c.description.startswith("net change")]
    # 4 - 22,170 + 24,403 - 7 = 2,230 against 2,229 printed: rounding in millions, a warning;
    # without the exchange differences it would be 2,237, an error of 8
    assert [(f.code, f.severity, f.lines, f.difference) for f in report.findings] == [
        ("TO104", Severity.WARNING, (244, 245, 246, 247, 248), Decimal(-1)),
        ("TO104", Severity.WARNING, (244, 245, 246, 247, 248), Decimal(1)),
    ]
    assert report.findings[0].message == (
        "net change in cash = operating + investing + financing + exchange differences"
        " does not hold for 2024-01-01..2024-06-30: 2,229 ≠ 2,230: difference (1)"
        " (within what rounding explains)"
    )
    assert len(net_change) == 2
    # the closing cash adds the net change alone: the exchange differences are in it
    closing = [c for c in report.checks if c.description.startswith("closing cash")]
    assert [(c.status.value, c.description) for c in closing] == [
        ("passed", "closing cash = opening cash + net change: 2,697 = 468 + 2,229"),
        ("passed", "closing cash = opening cash + net change: 1,824 = 1,983 + (159)"),
    ]


def test_exchange_differences_below_the_net_change_are_left_out_of_it() -> None:
    report = check(first_part(), second_part())
    assert [c.description.split(":")[0] for c in report.checks] == [
        "net change in cash = operating + investing + financing",
        "net change in cash = operating + investing + financing",
    ]
