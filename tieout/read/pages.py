"""Choose the pages of a long report worth reading in detail, from a fast plain-text pass.

A page is a statement page when it prints a primary-statement title (English or Chinese)
and is dense with amounts; the pages that continue it and the amount-dense pages that
follow it (notes) or carry a currency unit (tables elsewhere) are read too, and so are the
page that starts the notes and, inside the notes, a text page just before a table page (it
prints the heading of the note the table belongs to). The user can force a range ("1-5,9" or
"all").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tieout.errors import InputError

# Patterns over lower-cased text.
STATEMENT_TITLE = re.compile(
    r"statements?\s+of\s+(?:consolidated\s+)?(?:comprehensive\s+(?:income|loss)|profit\s+or\s+loss"
    r"|financial\s+position|cash\s+flows?|changes\s+in\s+(?:\w+['’]?\s+)?(?:equity|deficit)"
    r"|income|operations|earnings)|balance\s+sheets?|income\s+statements?|cash\s+flow\s+statements?"
    r"|損益表|損益及其他全面收益表|全面收益表|財務狀況表|現金流量表|權益變動表|資產負債表|利潤表"
    r"|损益表|损益及其他全面收益表|财务状况表|现金流量表|权益变动表|资产负债表|利润表"
)
# A currency unit, in three kinds: UNIT matches any of them; `names_unit` looks for the text
# each kind needs before running its pattern (most pages print none of them).
_UNIT_THOUSANDS = r"(?:rmb|hk\$|us\$|s\$|a\$|nt\$|\$|rm|£|€)\s*['’‘]\s*000"
_UNIT_WORDS = r"\bin\s+(?:millions|thousands)\b"
_UNIT_CHINESE = ("千港元", "港幣千元", "人民幣千元", "人民币千元", "千美元", "百萬", "百万", "港元")
UNIT = re.compile("|".join([_UNIT_THOUSANDS, _UNIT_WORDS, *_UNIT_CHINESE]))
_THOUSANDS = re.compile(_UNIT_THOUSANDS)
_WORDS = re.compile(_UNIT_WORDS)
# Amounts as counted on a page: "1,234", "(1,234.5)" or "12.5", each from its first digit
# (brackets add nothing to a count). Every branch opening with a digit lets the regex
# engine skip straight to digits, several times faster than trying each character.
AMOUNT = re.compile(r"\d(?:(?<![\d.]\d)\d*\.\d+(?![\d.])|\d{0,2}(?:,\d{3})+(?:\.\d+)?)")
NOTES_HEADING = re.compile(
    r"notes\s+to\s+the\s+(?:\w+\s+){0,4}financial\s+(?:statements|information)"
    r"|(?m:^[ \t]*notes?:?\s*$\s*^[ \t]*1\.?[ \t]+[a-z])"  # 'Notes:' heading note 1
    r"|財務報表附註|财务报表附注|財務資料附註"
)

CONTENTS = re.compile(r"\bcontents\b|目錄|目录")
PRINTED_PAGE = re.compile(r"(?<![\d,.])(\d{1,3})(?![\d,.%])")

CONTENTS_PAGES = 8  # the contents page is among the first pages
PROBE = (0, 1, -1, 2, -2, 3, 4, 5, 6, -3, -4)  # PDF page minus printed page number, likeliest first
SECTION_LEAD = 16  # pages a financial-statements section may open with (the auditor's report)
DENSE_AMOUNTS = 12  # amounts on a page that make it a table page
READ_ALL_UP_TO = 8  # short documents are read in full


@dataclass(frozen=True, slots=True)
class PageScore:
    number: int  # 1-based
    title: bool
    unit: bool
    notes: bool
    amounts: int

    @property
    def dense(self) -> bool:
        return self.amounts >= DENSE_AMOUNTS

    @property
    def statement(self) -> bool:
        return self.title and self.dense


def score_page(number: int, text: str) -> PageScore:
    lower = text.lower()  # the patterns are lower case: much faster than IGNORECASE
    return PageScore(
        number,
        bool(STATEMENT_TITLE.search(lower)),
        names_unit(lower),
        _names_notes(lower),
        len(AMOUNT.findall(text)),
    )


def names_unit(lower: str) -> bool:
    """Whether UNIT matches the lower-cased text, found several times faster."""
    return bool(
        ("000" in lower and _THOUSANDS.search(lower))
        or (("millions" in lower or "thousands" in lower) and _WORDS.search(lower))
        or any(unit in lower for unit in _UNIT_CHINESE)
    )


def _names_notes(lower: str) -> bool:
    """Whether NOTES_HEADING matches the lower-cased text: each of its branches needs
    'note' or '附註' / '附注', looked for first."""
    return any(word in lower for word in ("note", "附註", "附注")) and bool(
        NOTES_HEADING.search(lower)
    )


def choose_pages(texts: Sequence[str]) -> tuple[int, ...]:
    """1-based page numbers to read in detail, ascending."""
    with_text = [i + 1 for i, t in enumerate(texts) if t.strip()]
    if len(texts) <= READ_ALL_UP_TO:
        return tuple(with_text)
    scores = [score_page(i + 1, t) for i, t in enumerate(texts)]
    statements = [s.number for s in scores if s.statement]
    if not statements:
        return tuple(with_text)
    chosen = set(statements)
    first = statements[0]
    for score in scores:
        if score.dense and (score.unit or score.notes or score.number > first):
            chosen.add(score.number)
        elif score.title and score.unit and _near(score.number, statements):
            chosen.add(score.number)  # a sparse statement (e.g. changes in equity in words)
    chosen.update(_note_heading_pages(scores, chosen, first))
    return tuple(sorted(n for n in chosen if n in with_text or n in statements))


def _note_heading_pages(scores: Sequence[PageScore], chosen: set[int], first: int) -> set[int]:
    """The page that starts the notes, and every notes page just before a chosen page: a
    note's heading and its prose often fill a page of their own, and a table read without
    them would lose its note (and look like a continuation of the last statement)."""
    start = next((s.number for s in scores if s.notes and s.number >= first), None)
    if start is None:
        return set()
    return {start} | {n - 1 for n in chosen if n - 1 > start}


def scan_range(text_of: Callable[[int], str], page_count: int) -> list[int]:
    """0-based pages worth scoring: the first pages (for the contents), then from a little
    before the first statement the contents page points to, to the end; every page when the
    contents page is missing or its page numbers cannot be matched to the document."""
    head = list(range(min(CONTENTS_PAGES, page_count)))
    start = _first_statement_from_contents(text_of, head, page_count)
    if start is None:
        return list(range(page_count))
    return head + list(range(max(start - 2, len(head)), page_count))


def _first_statement_from_contents(
    text_of: Callable[[int], str], head: Sequence[int], page_count: int
) -> int | None:
    for index in head:
        printed = _statement_page_numbers(text_of(index))
        if printed:
            break
    else:
        return None
    for delta in PROBE:
        index = min(printed) - 1 + delta
        if len(head) <= index < page_count and _is_statement(text_of, index):
            while index - 1 >= len(head) and _is_statement(text_of, index - 1):
                index -= 1  # the probe hit a later statement of the run
            return index
    return _first_statement_after(text_of, min(printed) - 1 + max(PROBE), page_count)


def _first_statement_after(
    text_of: Callable[[int], str], index: int, page_count: int
) -> int | None:
    """The contents page may point at the section ('Audited Financial Statements 52') that
    opens with the auditor's report: the first statement page a few pages on. Every page
    walked is one the scan reads anyway."""
    for later in range(index + 1, min(index + 1 + SECTION_LEAD, page_count)):
        if _is_statement(text_of, later):
            return later
    return None


def _is_statement(text_of: Callable[[int], str], index: int) -> bool:
    return score_page(index + 1, text_of(index)).statement


def _statement_page_numbers(text: str) -> list[int]:
    """Printed page numbers on the contents-page lines that name a statement."""
    lower = text.lower()
    if not CONTENTS.search(lower):
        return []
    numbers: list[int] = []
    for line in lower.splitlines():
        if STATEMENT_TITLE.search(line) or "financial statements" in line:
            numbers.extend(int(n) for n in PRINTED_PAGE.findall(line) if int(n) > 1)
    return numbers


def _near(number: int, statements: Sequence[int]) -> bool:
    return any(abs(number - s) <= 2 for s in statements)


def parse_page_range(spec: str, page_count: int) -> tuple[int, ...]:
    """'1-5,9' -> (1, 2, 3, 4, 5, 9); 'all' -> every page; InputError when malformed."""
    if spec.strip().lower() == "all":
        return tuple(range(1, page_count + 1))
    pages: set[int] = set()
    for part in spec.split(","):
        match = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if not match:
            raise InputError(f"page range {spec!r} is not like '1-5,9'")
        start = int(match.group(1))
        end = int(match.group(2) or start)
        if start < 1 or end < start or end > page_count:
            raise InputError(f"page range {spec!r} is outside the document's pages 1-{page_count}")
        pages.update(range(start, end + 1))
    return tuple(sorted(pages))
