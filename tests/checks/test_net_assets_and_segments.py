"""Rules on layouts of HKEX statements: the net-assets balance sheet (TO104), totals that
agree by coincidence (TO106), and segment matrices that strike a total in some columns
only (TO101)."""

from __future__ import annotations

from tests.checks.fixtures import DEC_2023, JUN_2024, make_filing, make_table
from tieout.checks.engine import run_checks
from tieout.model import RowKind, Severity, Status, Table, TableKind

NET_ASSETS = {
    0: "Assets",
    1: "Liabilities",
    2: "net-assets",
    3: "IssuedCapital",
    4: "reserves",
    5: "EquityAttributableToOwnersOfParent",
    6: "NoncontrollingInterests",
    7: "Equity",
}


def net_assets_sheet(net_assets_2023: str = "2,575,596") -> Table:
    """Assets, liabilities and net assets printed as separate totals; equity below."""
    return make_table(
        [
            ("Total assets", "4,082,089", "2,650,270"),
            ("Total liabilities", "672,227", "74,674"),
            ("Net assets", "3,409,862", net_assets_2023),
            ("Share capital", "282,616", "268,087"),
            ("Reserves", "3,127,246", "2,305,066"),
            ("Equity attributable to owners of the Company", "3,409,862", "2,573,153"),
            ("Non-controlling interests", "-", "2,443"),
            ("Total equity", "3,409,862", "2,575,596"),
        ],
        kind=TableKind.BALANCE_SHEET,
        periods=(JUN_2024, DEC_2023),
        concepts=NET_ASSETS,
        kinds={2: RowKind.TOTAL, 5: RowKind.SUBTOTAL, 7: RowKind.TOTAL},
        first_line=64,
    )


def test_a_net_assets_balance_sheet_balances() -> None:
    report = run_checks(make_filing(net_assets_sheet()), select=("TO104", "TO106"))
    assert report.findings == ()
    # (net assets = assets - liabilities is footing's here: the lines stand together)
    assert [(c.code, c.lines, c.description) for c in report.checks] == [
        (
            "TO104",
            (66, 71),
            "the balance sheet balances: net assets = equity: 3,409,862 = 3,409,862",
        ),
        (
            "TO104",
            (66, 71),
            "the balance sheet balances: net assets = equity: 2,575,596 = 2,575,596",
        ),
        # equity attributable to owners agrees with net assets for June only (no
        # non-controlling interests then): different figures, not a repeat; total
        # equity is net assets again
        ("TO106", (66, 71), "line 71 repeats Net assets (line 66)"),
    ]


def test_net_assets_that_do_not_balance_are_an_error() -> None:
    report = run_checks(make_filing(net_assets_sheet("2,575,569")), select=("TO104",))
    messages = [(f.severity, f.lines, f.message) for f in report.findings]
    assert messages == [
        (
            Severity.ERROR,
            (66, 71),
            "the balance sheet balances: net assets = equity does not hold for 2023-12-31:"
            " 2,575,569 ≠ 2,575,596: difference (27)",
        ),
    ]


def segment_matrix(pbt_total_2024: str = "(62,960)") -> Table:
    """Segment results by product and in total for two years; the reconciling items and
    profit before tax printed in the total columns only."""
    return make_table(
        [
            ("Segment results", "-", "(42,868)", "(42,868)", "-", "(67,621)", "(67,621)"),
            ("Unallocated income", "", "", "2,483", "", "", "65,007"),
            ("Unallocated corporate expenses", "", "", "(12,614)", "", "", "13,031"),
            ("Finance costs", "", "", "(9,961)", "", "", "(9,458)"),
            ("Loss before tax", "", "", pbt_total_2024, "", "", "959"),
        ],
        table_id="t04",
        kind=TableKind.NOTE,
        periods=(None,),
        members=[
            "Audio 2025",
            "Notebook 2025",
            "Total 2025",
            "Audio 2024",
            "Notebook 2024",
            "Total 2024",
        ],
        kinds={4: RowKind.SUBTOTAL},
        first_line=163,
    )


def test_a_total_struck_in_the_total_columns_only_is_checked_there_only() -> None:
    report = run_checks(make_filing(segment_matrix()), select=("TO1",))
    assert report.findings == ()
    assert [(c.status, c.facts[0][2], c.description) for c in report.checks] == [
        (Status.PASSED, 0, "0 = 0 + 0 + 0 + 0"),
        (Status.PASSED, 2, "(62,960) = (42,868) + 2,483 + (12,614) + (9,961)"),
        (Status.PASSED, 3, "0 = 0 + 0 + 0 + 0"),
        (Status.PASSED, 5, "959 = (67,621) + 65,007 + 13,031 + (9,458)"),
    ]  # none for the notebook columns, where the sum is not struck
