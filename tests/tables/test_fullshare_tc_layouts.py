"""What the Traditional Chinese Fullshare interim report prints (tests/pdf/
test_corpus_fullshare_tc.py), as space-aligned text and as single pieces: a balance sheet
then its notes under 中期簡明綜合財務報表附註 and a discussion under 業務回顧; a note
breaking a balance-sheet line down under '減：受限制現金'; labels wrapped without a mark;
per-share figures in 人民幣...元; balances named 於期末之...."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tieout.api import document_to_filing
from tieout.checks.concepts import balance_concept
from tieout.checks.engine import run_checks
from tieout.model import Filing, Status, TableKind
from tieout.numbers import parse_number
from tieout.read.text import text_to_document
from tieout.statements.concepts import slug
from tieout.statements.lexicon import normalise_label
from tieout.tables.labels import continues_cjk_label, join_label


def row(label: str, *values: str, width: int = 40, column: int = 16) -> str:
    return (label.ljust(width) + "".join(v.rjust(column) for v in values)).rstrip()


def read(lines: list[str]) -> Filing:
    return document_to_filing(text_to_document("\n".join(lines) + "\n", source="x"))


HEADER = [
    row("", "二零二三年", "二零二二年"),
    row("", "六月三十日", "十二月三十一日"),
    row("", "人民幣千元", "人民幣千元"),
]
BALANCE_SHEET_AND_NOTES = [
    "中期簡明綜合財務狀況表",
    "於二零二三年六月三十日",
    "（以人民幣列示）",
    "",
    *HEADER,
    "",
    "流動資產",
    row(" 存貨", "8,508,030", "6,932,870"),
    row(" 受限制現金   20", "4,636,389", "4,924,505"),
    row(" 現金及現金等值物   20", "4,504,742", "4,533,808"),
    "",
    row("", "17,649,161", "16,391,183"),
    "",
    "",
    "",
    "",
    "中期簡明綜合財務報表附註",
    "",
    "20 受限制現金以及現金及現金等值物",
    "",
    *HEADER,
    "",
    row("現金及銀行結餘", "9,141,131", "9,458,313"),
    "",
    "減：受限制現金",
    row("   －已抵押銀行存款", "(4,555,978)", "(4,897,224)"),
    row("   －受限制銀行存款", "(80,411)", "(27,281)"),
    "",
    row("", "(4,636,389)", "(4,924,505)"),
    "",
    row("現金及現金等值物", "4,504,742", "4,533,808"),
    "",
    "",
    "",
    "",
    "業務回顧",
    "",
    "本集團於報告期末的受限制現金如下：",
    "",
    *HEADER,
    row("受限制現金", "4,636,389", "4,924,505"),
    row("現金及現金等值物", "4,504,742", "4,533,808"),
]


def test_chinese_notes_and_discussion_sections_and_a_breakdown_under_less() -> None:
    filing = read(BALANCE_SHEET_AND_NOTES)
    assert [(t.kind, t.note) for t in filing.tables] == [
        (TableKind.BALANCE_SHEET, None),
        (TableKind.NOTE, "20"),
        (TableKind.MDNA, None),
    ]
    note = filing.tables[1]
    # the items under '減：受限制現金' are its parts; the unlabelled total is the line
    assert [(r.line, r.concept) for r in note.rows if r.cells] == [
        (27, "CashAndCashEquivalents"),
        (30, "已抵押銀行存款"),
        (31, "受限制銀行存款"),
        (33, "RestrictedCashAndCashEquivalents"),
        (35, "CashAndCashEquivalents"),
    ]
    report = run_checks(filing)
    assert report.findings == ()
    ties = [(c.code, c.status, c.lines) for c in report.checks if c.code in ("TO501", "TO601")]
    assert ties.count(("TO501", Status.PASSED, (11, 33))) == 2  # both dates
    assert ties.count(("TO601", Status.PASSED, (11, 47))) == 2
    assert not any({30, 31} & set(lines) for _, _, lines in ties)  # no part against the line


WRAPPED = [
    "中期簡明綜合現金流量表",
    "截至二零二三年六月三十日止六個月",
    "",
    row("", "二零二三年", "二零二二年"),
    row("", "人民幣千元", "人民幣千元"),
    "",
    "經營活動所得現金流量",
    row("除稅前溢利", "180,006", "563,970"),
    "作出調整以將除稅前溢利與現金流淨",
    row("  額對賬", "806,546", "362,824"),
    "已終止經營業務",
    row("  來自已終止經營業務之期內溢利", "–", "141,573"),
    "購買按公允值計入其他全面收益之",
    row("金融資產", "–", "(30,000)"),
    "－於出售一間附屬公司時解除",
    row("外匯儲備", "–", "(11,552)"),
]


def test_chinese_labels_wrapped_without_a_mark() -> None:
    (cash,) = read(WRAPPED).statements
    labels = [(r.line, r.label) for r in cash.rows]
    assert labels == [
        (7, "經營活動所得現金流量"),
        (8, "除稅前溢利"),
        (9, "作出調整以將除稅前溢利與現金流淨額對賬"),  # hangs under a full line
        (11, "已終止經營業務"),  # a short heading over an indented item stays a heading
        (12, "來自已終止經營業務之期內溢利"),
        (13, "購買按公允值計入其他全面收益之金融資產"),  # ends on 之
        (15, "－於出售一間附屬公司時解除外匯儲備"),  # a bulleted item's unbulleted tail
    ]


@pytest.mark.parametrize(
    ("before", "after", "indented", "continues"),
    [
        ("按公允值計入其他全面收益之", "金融資產", False, True),
        ("－按公允值計入其他全面收益之債務", "工具之公允值變動", False, True),
        ("債務工具之公允值變動", "（扣除稅項）", False, True),
        ("作出調整以將除稅前溢利與現金流淨", "額對賬", True, True),
        ("作出調整以將除稅前溢利與現金流淨", "額對賬", False, False),
        ("期內其他全面虧損：", "其後可能重新分類至損益之項目", True, False),  # a colon
        ("非流動資產", "物業、機器及設備", True, False),  # a section heading
        ("期內其他全面虧損", "－換算海外業務之匯兌差額", True, False),  # a bulleted line
        ("Deferred income", "遞延收入", True, False),  # not a Chinese label
    ],
)
def test_what_carries_a_chinese_label_on(
    before: str, after: str, indented: bool, continues: bool
) -> None:
    assert continues_cjk_label(before, after, indented=indented) is continues


def test_chinese_label_lines_join_without_a_space() -> None:
    assert (
        join_label("按公允值計入其他全面收益之", "金融資產") == "按公允值計入其他全面收益之金融資產"
    )
    assert join_label("Total assets less current", "liabilities") == (
        "Total assets less current liabilities"
    )


def test_per_share_figures_in_renminbi_words() -> None:
    loss = parse_number("人民幣(0.007)元")
    assert loss is not None and (loss.value, loss.decimals) == (Decimal("-0.007"), 3)
    earnings = parse_number("人民幣0.002元")
    assert earnings is not None and earnings.value == Decimal("0.002")
    assert parse_number("2023元") is None


def test_note_references_and_chinese_names() -> None:
    assert normalise_label("應收代價 18(ii)") == "應收代價"
    assert normalise_label("Other receivables 18(iii)") == "other receivables"
    assert normalise_label("Net impairment losses on financial assets 3(ii)(e)") == (
        "net impairment losses on financial assets"
    )
    assert normalise_label("出售一間附屬公司部分權益而無導致失去控制權（附註）") == (
        "出售一間附屬公司部分權益而無導致失去控制權"
    )
    # a label in Chinese alone is named by its characters, never 'unnamed'
    assert slug("使用權資產付款") == "使用權資產付款"
    assert slug("收取之政府補助") != slug("使用權資產付款")
    assert slug("Deferred income") == "deferred-income"


def test_a_balance_named_at_the_end_of_the_period_in_chinese() -> None:
    assert balance_concept("於期末之現金及現金等值物", "x") == (
        "現金及現金等值物",
        "label:現金及現金等值物",
    )
    assert balance_concept("於期初之現金及現金等值物", "x") == (
        "現金及現金等值物",
        "label:現金及現金等值物",
    )
    assert balance_concept("現金及現金等值物", "x") is None
