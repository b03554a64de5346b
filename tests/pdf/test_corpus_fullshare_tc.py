"""Fullshare 2023 interim report in Traditional Chinese, read beside its English version.

Cut-outs of pages 5-16 of both corpus PDFs (the four primary statements, each continued
over pages titled '...（續）'). The Chinese one prints 中期簡明綜合損益及其他全面收益表
and the other titles, 截至二零二三年六月三十日止六個月 over 二零二三年 / 二零二二年, 人民幣千元
and （以人民幣列示） under the title, labels wrapped without any mark, and 人民幣(0.007)元
per share. (The Chinese cut-out weighs ~490 KB: its two CJK fonts are embedded whole.)
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest
from pdf_support import DATA

import tieout
from tieout.checks.key_ties import key_ties
from tieout.model import Filing, Measure, Report, RowKind, Status, Table, TableKind, Unit

TC = DATA / "fullshare_2023_interim_tc_p5-16.pdf"
EN = DATA / "fullshare_2023_interim_p5-16.pdf"
HALF_YEARS = ["2023-01-01..2023-06-30", "2022-01-01..2022-06-30"]
K = TableKind

FactKey = tuple[str, str, str, int | None]


@pytest.fixture(scope="module")
def tc() -> tuple[Filing, Report]:
    report = tieout.check(tieout.read(TC))
    return report.filing, report


@pytest.fixture(scope="module")
def en() -> Filing:
    return tieout.read(EN)


def row_at(table: Table, line: int) -> tuple[str | None, RowKind, str, list[str]]:
    row = next(r for r in table.rows if r.line == line)
    return row.label, row.kind, row.concept, [c.text for c in row.cells][:2]


def test_the_four_statements_with_titles_periods_and_units(tc: tuple[Filing, Report]) -> None:
    filing, _ = tc
    rmb_thousands = Unit(Measure.MONETARY, "RMB", 3)
    assert [
        (t.kind, t.page, t.lines, t.title, t.unit, [str(c.period) for c in t.value_columns()][:2])
        for t in filing.statements
    ] == [
        (
            K.COMPREHENSIVE_INCOME,
            1,
            (6, 123),
            "中期簡明綜合損益及其他全面收益表",
            rmb_thousands,
            HALF_YEARS,
        ),
        (
            K.BALANCE_SHEET,
            5,
            (133, 230),
            "中期簡明綜合財務狀況表",
            rmb_thousands,
            ["2023-06-30", "2022-12-31"],
        ),
        # a matrix: its periods come from its balance rows (於二零二三年一月一日 ...)
        (
            K.CHANGES_IN_EQUITY,
            8,
            (241, 310),
            "中期簡明綜合權益變動表",
            rmb_thousands,
            ["None", "None"],
        ),
        (K.CASH_FLOWS, 10, (319, 407), "中期簡明綜合現金流量表", rmb_thousands, HALF_YEARS),
    ]
    # every page titled '...（續）' carried on its statement: one table per statement
    assert len(filing.statements) == 4


def test_labels_wrapped_without_a_mark_are_one_label(tc: tuple[Filing, Report]) -> None:
    filing, _ = tc
    income, balance, equity, cash = filing.statements
    # a bulleted item whose tail comes unbulleted on the next line
    assert row_at(income, 51) == (
        "－於出售一間附屬公司時解除外匯儲備",
        RowKind.ITEM,
        "ReclassificationAdjustmentsOnExchangeDifferencesOnTranslationNetOfTax",
        ["–", "(11,552)"],
    )
    # a line ending on 之, and the same label under both current and non-current assets
    assert row_at(balance, 146)[:3] == (
        "按公允值計入其他全面收益之金融資產",
        RowKind.ITEM,
        "NoncurrentFinancialAssetsAtFairValueThroughOtherComprehensiveIncome",
    )
    # a tail hanging indented under a line that ran across the label column
    assert row_at(cash, 326) == (
        "作出調整以將除稅前溢利與現金流淨額對賬",
        RowKind.ITEM,
        "AdjustmentsForReconcileProfitLoss",
        ["806,546", "362,824"],
    )
    # the statement goes on after a wide gap, a row's label wrapped over the gap
    assert row_at(equity, 260)[:3] == (
        "出售按公允值計入其他全面收益之金融資產時的轉讓",
        RowKind.ITEM,
        "transfer-upon-disposal-of-financial-assets-at-fair-value-through-other-comprehensive-income",
    )
    # a note reference in the label ('18(i)', '（附註）') does not change what it names
    assert row_at(balance, 150)[2] == "noncurrent-loan-receivables"
    assert row_at(equity, 263)[2] == (
        "IncreaseDecreaseThroughChangesInOwnershipInterestsInSubsidiariesThatDoNotResultInLossOfControl"
    )


def test_the_statements_tie_and_nothing_is_reported(tc: tuple[Filing, Report]) -> None:
    _, report = tc
    assert report.findings == ()
    assert [(t.name, t.status) for t in key_ties(report)] == [
        ("balance sheet balances", "passed"),
        ("closing cash agrees with the balance sheet", "passed"),
        ("primary statements foot", "passed"),
    ]
    closing = [c.description for c in report.checks if c.code == "TO401" and c.lines == (182, 407)]
    assert closing == ["4,504,742 (cash flows) = 4,504,742 (balance sheet)"]


def _primary_facts(filing: Filing) -> dict[FactKey, set[Decimal]]:
    """Facts of the primary statements by statement, concept, period and (in the equity
    matrix, whose members each language names its own way) column."""
    kinds = {t.id: t.kind for t in filing.statements}
    out: dict[FactKey, set[Decimal]] = defaultdict(set)
    for fact in filing.facts:
        kind = kinds.get(fact.table_id)
        if kind is not None:
            column = fact.column if kind is K.CHANGES_IN_EQUITY else None
            out[(kind.value, fact.concept, str(fact.period), column)].add(fact.value)
    return out


# What each version names by its own label (a slug of the English words, the Chinese
# characters) because the lexicon holds no name for the line, and why.
ONLY_EN = {
    # issuer-specific cash flows, named after their English labels
    (
        "cash_flows",
        "consideration-received-for-partial-disposal-of-a-subsidiary-without-loss-of-control",
    ),
    (
        "cash_flows",
        "income-tax-paid-on-partial-disposal-of-interest-in-a-subsidiary-without-loss-of-control",
    ),
    (
        "cash_flows",
        "interest-income-received-from-deferred-payment-of-consideration-for-partial-disposal-of-a-subsidiary",
    ),
    ("cash_flows", "payments-for-revised-forward-sale-and-purchase-agreement"),
    (
        "cash_flows",
        "proceeds-from-disposal-and-capital-refund-of-financial-assets-at-fair-value-through-other-comprehensive-income",
    ),
    ("cash_flows", "refund-of-refundable-earnest-deposit-received"),
    # the Chinese prints 投資於結購性銀行存款 (結購性 for 結構性): the lexicon's 結構性 misses it
    ("cash_flows", "investments-in-structured-bank-deposits"),
    # balances named by their dated labels (both meet the balance sheet by their dates)
    ("changes_in_equity", "at-1-january-2022-audited"),
    ("changes_in_equity", "at-1-january-2023-audited"),
    ("changes_in_equity", "at-30-june-2022-unaudited"),
    ("changes_in_equity", "at-30-june-2023-unaudited"),
    # unlabelled subtotals: named from identical figures elsewhere in one version only
    (
        "comprehensive_income",
        "changes-in-fair-value-of-equity-instruments-at-fair-value-through-other-comprehensive-income",
    ),
    ("comprehensive_income", "unlabelled-line-66"),
    ("comprehensive_income", "unlabelled-line-109"),
    ("comprehensive_income", "unlabelled-line-138"),
}
ONLY_TC = {
    ("cash_flows", "並無喪失控制權情況下部分出售一間附屬公司收取之代價"),
    ("cash_flows", "出售一間附屬公司部分權益而無導致喪失控制權所支付所得稅"),
    ("cash_flows", "因部分出售一間附屬公司延長支付代價的已收利息收入"),
    ("cash_flows", "經修訂遠期買賣協議的款項"),
    ("cash_flows", "出售按公允值計入其他全面收益之金融資產之所得款項及資本返還"),
    ("cash_flows", "退還已收的可退還誠意金"),
    ("cash_flows", "投資於結購性銀行存款"),
    ("changes_in_equity", "於二零二二年一月一日-經審核"),
    ("changes_in_equity", "於二零二三年一月一日-經審核"),
    ("changes_in_equity", "於二零二二年六月三十日-未經審核"),
    ("changes_in_equity", "於二零二三年六月三十日-未經審核"),
    ("comprehensive_income", "按公允值計入其他全面收益之權益工具之公允值變動"),
    ("comprehensive_income", "unlabelled-line-58"),
    ("comprehensive_income", "unlabelled-line-91"),
    ("comprehensive_income", "unlabelled-line-115"),
}


def test_the_chinese_statements_print_the_english_figures(
    tc: tuple[Filing, Report], en: Filing
) -> None:
    """Concept by concept, period by period, the primary statements' facts agree; what
    does not meet is listed above with its reason, and no concept meets with other
    figures."""
    chinese, english = _primary_facts(tc[0]), _primary_facts(en)
    shared = english.keys() & chinese.keys()
    assert [k for k in sorted(shared, key=str) if english[k] != chinese[k]] == []
    assert len(shared) == 486
    assert {k[:2] for k in english.keys() - chinese.keys()} == ONLY_EN
    assert {k[:2] for k in chinese.keys() - english.keys()} == ONLY_TC
    # the lines that matter most, both periods
    for concept in ("Revenue", "ProfitLoss", "ComprehensiveIncome", "CashAndCashEquivalents"):
        keys = [k for k in shared if k[1] == concept and k[3] is None]
        assert keys and all(chinese[k] == english[k] for k in keys)
    revenue = chinese[("comprehensive_income", "Revenue", HALF_YEARS[0], None)]
    assert revenue == {Decimal("11551515000")}


def test_per_share_figures_in_renminbi_words(tc: tuple[Filing, Report]) -> None:
    """'每股基本及攤薄虧損  14  人民幣(0.007)元  人民幣(0.005)元' is one line of the
    statement (the figures, words to the two-column test before, made it read as prose
    beside prose and come after the statement), a per-share figure of each half-year."""
    filing, _ = tc
    income = filing.statements[0]
    assert row_at(income, 119) == (
        "每股基本及攤薄虧損",
        RowKind.ITEM,
        "BasicAndDilutedEarningsLossPerShare",
        ["人民幣(0.007)元", "人民幣(0.005)元"],
    )
    # the heading wrapped on 之 is one heading; the item under it, indented like the
    # heading's tail, is not glued on to it
    assert row_at(income, 121)[:2] == (
        "本公司權益股東應佔（虧損）╱溢利之每股（虧損）╱盈利",
        RowKind.HEADING,
    )
    assert row_at(income, 123) == (
        "每股基本及攤薄（虧損）╱盈利",
        RowKind.ITEM,
        "BasicAndDilutedEarningsLossPerShare",
        ["人民幣(0.007)元", "人民幣0.002元"],
    )
    per_share = {(str(f.period), f.value) for f in filing.facts if f.concept.endswith("PerShare")}
    assert per_share == {
        (HALF_YEARS[0], Decimal("-0.007")),
        (HALF_YEARS[1], Decimal("-0.005")),
        (HALF_YEARS[1], Decimal("0.002")),
    }


def test_the_english_version_is_read_as_before(en: Filing) -> None:
    assert [(t.kind, t.page, t.lines) for t in en.statements] == [
        (K.COMPREHENSIVE_INCOME, 1, (7, 148)),
        (K.BALANCE_SHEET, 5, (158, 259)),
        (K.CHANGES_IN_EQUITY, 8, (269, 341)),
        (K.CASH_FLOWS, 10, (351, 454)),
    ]
    report = tieout.check(en)
    assert report.findings == ()
    assert all(t.status == "passed" for t in key_ties(report))
    assert Status.FAILED not in {c.status for c in report.checks}
