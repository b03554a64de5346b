"""Which kind of table is it: a primary statement, a note, an MD&A table or other."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tieout.model import Table, TableKind
from tieout.statements.lexicon import load_lexicon, normalise_label

# Checked in this order: a "statement of profit or loss and other comprehensive income"
# is a comprehensive income statement, and "changes in equity" must win over "equity".
_ORDER = (
    ("changes_in_equity", TableKind.CHANGES_IN_EQUITY),
    ("cash_flows", TableKind.CASH_FLOWS),
    ("combined_income", TableKind.COMPREHENSIVE_INCOME),
    ("comprehensive_income", TableKind.COMPREHENSIVE_INCOME),
    ("balance_sheet", TableKind.BALANCE_SHEET),
    ("income_statement", TableKind.INCOME_STATEMENT),
)
# The same sections printed in Chinese: a heading line that is one of these phrases, or
# for the notes one ending like 中期簡明綜合財務報表附註 (or a bare 附註, as 'Notes').
CJK_MAJOR_SECTIONS = (
    "業務回顧",
    "业务回顾",
    "財務回顧",
    "财务回顾",
    "管理層討論及分析",
    "管理层讨论及分析",
    "財務摘要",
    "财务摘要",
)
CJK_NOTES_HEADING = re.compile(r"^(?:\S*(?:財務報表|财务报表|財務資料|财务资料))?附[註注]$")
_MDNA_SECTIONS = (
    "key highlights",
    "financial highlights",
    "highlights",
    "business review",
    "management discussion",
    "management s discussion",
    "financial review",
    "overall performance",
    *CJK_MAJOR_SECTIONS,
)
CONTINUATION_GAP = 3


_QUALIFIERS = re.compile(
    r"^(?:\d{1,2}\s+|(?:unaudited|audited|interim|condensed|consolidated|summary|the|group s?|"
    r"company s?|s|and|of|(?:u\s?s\s+)?gaap|ifrs|hkfrs)\s+)*"
)  # 'U.S. GAAP Condensed Consolidated Statements of Income (Unaudited)'


def kind_from_title(title: str) -> TableKind | None:
    """The statement a title names; a sentence that mentions a statement names none.

    "Condensed consolidated statement of financial position" names a balance sheet;
    "Increase in fair value recognised in the consolidated statement of profit or loss"
    does not.
    """
    key = normalise_label(title)
    if not key or title.strip()[:1].islower():
        return None  # a wrapped label's tail ("statement of profit or loss and ..."), not a title
    head = _QUALIFIERS.sub("", key)
    titles = load_lexicon().titles
    for name, kind in _ORDER:
        for phrase in titles.get(name, ()):
            if phrase and phrase in key and (head.startswith(phrase) or _is_cjk(phrase)):
                return kind
    return None


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def classify_tables(tables: Sequence[Table]) -> list[Table]:
    out: list[Table] = []
    for table in tables:
        kind = _kind(table, out[-1] if out else None)
        out.append(replace(table, kind=kind))
    return out


def _kind(table: Table, previous: Table | None) -> TableKind:
    titled = kind_from_title(table.title)
    if titled is not None and table.note is None:
        return titled
    if (
        not table.title
        and previous is not None
        and previous.kind.is_primary
        and table.lines[0] - previous.lines[1] <= CONTINUATION_GAP
        and _same_or_next_page(previous, table)
    ):
        return previous.kind
    section = normalise_label(table.section)
    notes = section.startswith("notes to") or CJK_NOTES_HEADING.match(section) is not None
    if table.note is not None or notes:
        return TableKind.NOTE
    by_section = kind_from_title(table.section)
    if by_section is not None and not table.title:
        return by_section
    if any(section.startswith(s) for s in _MDNA_SECTIONS):
        return TableKind.MDNA
    if titled is not None:
        return titled
    return TableKind.OTHER


def _same_or_next_page(previous: Table, table: Table) -> bool:
    if previous.page is None or table.page is None:
        return True
    return 0 <= table.page - previous.page <= 1
