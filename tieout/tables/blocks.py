"""Find the tables of a document: runs of tabular lines, with the headings above them.

Tab-separated text marks table lines with tabs, so a block is a run of tab lines. Layout
text has no such mark: a block starts at a line with amounts or column headers and runs
through label-only lines and short gaps until prose or a new title.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from tieout.statements.classify import CJK_MAJOR_SECTIONS, CJK_NOTES_HEADING
from tieout.statements.lexicon import load_lexicon, normalise_label
from tieout.tables.lines import LineView
from tieout.tables.units import unit_in

MAX_GAP = 2  # blank lines a layout table may contain between rows
TITLE_LOOKBACK = 14
# A heading over a group of columns ('Attributable to owners of the Company' over the
# reserves of a statement of changes in equity), never a table's title.
_COLUMN_GROUP = re.compile(
    r"^attributable\s+to\b|^(?:本公司)?\S{0,20}應佔$|^(?:本公司)?\S{0,20}应占$", re.I
)
HEADER_INDENT = 45  # characters: text starting further right is a column header, not a title
_SUBTITLE = re.compile(r"^(?:for\b|as at\b|at\b|截至|於)", re.I)
_NOTE_HEADING = re.compile(
    r"^(\d{1,2})\.?\s+([A-Z][A-Z0-9 ,'’()&/–\-:]{3,}"
    r"|[\u4e00-\u9fff][\u4e00-\u9fff、及和與之（）()]{1,24})$"
)
_UNIT_LINE = re.compile(
    r"^\(?\s*(?:(?:US|HK|S)?\$|RMB|€|£)?\s*(?:and\s+shares\s+)?in\s+(?:millions|thousands|billions)\b",
    re.I,
)
_UNFINISHED_TITLE = re.compile(r"\b(?:of|and|in)\s*$|[,&]\s*$", re.I)
_CONTINUED_WORD = re.compile(r"\bcontinued\b|\bcont'?d\b|[(（][續续][)）]", re.I)
_CONTINUED = re.compile(r"\s*[(（]\s*(?:continued|cont'?d|續|续)\s*[)）]\s*$", re.I)
_SUBNOTE_HEADING = re.compile(r"^\(([a-h])\)\s+[A-Z]")
_CJK_SUBNOTE_TITLE = re.compile(r"^\([a-h]\)\s+[\u4e00-\u9fff][\u4e00-\u9fff、，]{1,30}$")
_YEAR_HEADER = re.compile(r"(?:19|20)\d\d年?|[零〇一二三四五六七八九]{4}年")
_MAJOR_SECTIONS = (
    "key highlights",
    "financial highlights",
    "highlights",
    "business review",
    "management discussion and analysis",
    "financial review",
    "financial information",
    "notes to the",
    "other information",
    "definitions",
    "corporate governance",
)


@dataclass(frozen=True)
class Block:
    lines: tuple[LineView, ...]  # blank lines dropped
    title: str
    subtitle: str  # e.g. "FOR THE SIX MONTHS ENDED JUNE 30, 2024"
    section: str  # the major section the block sits in
    note: str | None  # "12(a)" inside the notes
    caption: str  # the sentence introducing the table, if any
    has_own_title: bool  # a heading stands between this block and the previous one

    @property
    def first_line(self) -> int:
        return self.lines[0].number

    @property
    def last_line(self) -> int:
        return self.lines[-1].number


def find_blocks(views: Sequence[LineView]) -> list[Block]:
    tab = any(v.is_tab for v in views)
    spans = _tab_spans(views) if tab else _layout_spans(views)
    blocks: list[Block] = []
    previous_end = 0
    context = _Context()
    cursor = 0
    for start, end in spans:
        while cursor < start:
            context.see(views[cursor])
            cursor += 1
        context.turn_to(views[start].line.page)  # a table opening a page after a gap
        lines = tuple(v for v in views[start:end] if not v.is_blank and not _is_page_number(v))
        if not _is_table(lines):
            continue
        title, subtitle, caption, own = _headings_above(views, start, previous_end)
        blocks.append(Block(lines, title, subtitle, context.section, context.note, caption, own))
        previous_end = end
    return blocks


def _is_table(lines: Sequence[LineView]) -> bool:
    return sum(len(v.amounts) for v in lines) >= 2


def _tab_spans(views: Sequence[LineView]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(views):
        if views[i].is_tab:
            j = i
            while j < len(views) and views[j].is_tab:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _layout_spans(views: Sequence[LineView]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(views):
        if not _starts_table(views[i]) or _in_caption(views, i):
            i += 1
            continue
        floor = spans[-1][1] if spans else 0
        while i - 1 >= floor and (
            _column_header_words(views[i - 1]) or _header_fragment(views[i - 1])
        ):
            i -= 1  # header lines of column names above ('Share  Share Exchange  Capital')
        j, last_table_line, last_amounts, gap = i, i, None, 0
        while j < len(views):
            view = views[j]
            if _new_header_below_figures(views, i, last_table_line, j):
                while last_table_line > i and _column_header_words(views[last_table_line]):
                    last_table_line -= 1  # the new table's column names over its years
                break
            if view.is_blank or _is_page_number(view):
                gap += 1
                if gap > MAX_GAP:
                    break
            elif _ends_span(views, j, last_table_line, started=last_table_line > i):
                break
            elif (
                last_amounts is not None
                and views[last_amounts].line.page == view.line.page
                and view.is_column_header_row
            ):
                last_table_line = last_amounts  # a new table's header on the same page
                break
            else:
                gap = 0
                if (view.has_amounts or len(view.fields) >= 2) and not view.is_marked_note:
                    last_table_line = j  # footnotes after the last figures are no rows
                if view.has_amounts:
                    last_amounts = j
            j += 1
        spans.append((i, last_table_line + 1))
        i = max(last_table_line + 1, i + 1)
    return spans


def _new_header_below_figures(views: Sequence[LineView], start: int, last: int, j: int) -> bool:
    """A line of period headers under figures on the same page: the next table of a note
    starts (segment assets under segment results, or a one-column table's '2019' over
    'RMB'000'), not a continuation of this one. A statement running on to the next page
    repeats its headers there and carries on (text without page breaks cannot tell the two
    apart, so is left as it was)."""
    view = views[j]
    if view.line.page is None or not (_period_headers(view) or _year_over_unit(views, j)):
        return False
    figures = [v for v in views[start : last + 1] if v.has_amounts]
    return bool(figures) and figures[-1].line.page == view.line.page


def _year_over_unit(views: Sequence[LineView], j: int) -> bool:
    """A lone year over a line of units ('2019' / 'RMB'000'): a one-column table's header."""
    below = next((v for v in views[j + 1 : j + 3] if not v.is_blank), None)
    return below is not None and _lone_year_over(views[j], below)


def _lone_year_over(view: LineView, below: LineView) -> bool:
    if len(view.fields) != 1 or not _YEAR_HEADER.fullmatch(view.fields[0].text.strip()):
        return False
    return (
        bool(below.fields)
        and not below.has_amounts
        and all(unit_in(fv.text) is not None for fv in below.fields)
    )


def opens_with_period_headers(block: Block, page_before: int | None) -> bool:
    """The block prints its own period headers on the page the table before it ends on:
    a table of its own, not that table carried on."""
    first = block.lines[0].line.page
    if first is None or first != page_before:
        return False
    header = list(itertools.takewhile(lambda v: not v.has_amounts, block.lines))
    return any(_period_headers(v) for v in header) or any(
        _lone_year_over(a, b) for a, b in itertools.pairwise(header)
    )


def _period_headers(view: LineView) -> bool:
    """A line of two or more column headers that are years and nothing else ('2012  2011',
    '資產  二零一二年  二零一一年', a section label first); a label naming a date ('At 30
    September 2020  於二零二零年九月三十日') is not one."""
    if view.has_amounts:
        return False
    years = [bool(_YEAR_HEADER.fullmatch(fv.text.strip())) for fv in view.fields]
    return sum(years) >= 2 and all(years[1:])


def _header_fragment(view: LineView) -> bool:
    """Short words far to the right with no figures: a column name wrapped over lines
    ('Weighted' / 'average' / 'exercise price   Number')."""
    if view.is_blank or view.has_amounts or view.is_prose or view.is_tab:
        return False
    return all(
        view.indent(fv) > HEADER_INDENT * view.char_width
        and len(fv.text) <= 25
        and not fv.is_numeric
        and not _SUBTITLE.match(fv.text)
        for fv in view.fields
    )


def _skips_pages(before: int | None, after: int | None) -> bool:
    """Pages between two read pages were not read: a table does not run on over them,
    and a note or a statement's section does not carry across them."""
    return before is not None and after is not None and after - before > 1


def _ends_span(views: Sequence[LineView], j: int, last: int, *, started: bool) -> bool:
    view = views[j]
    if view.is_prose or _is_title_line(view) or _skips_pages(views[last].line.page, view.line.page):
        return True
    if _footnote_rule(view):
        return True  # the footnotes below it ('(1)' alone on a line) are not rows
    # over a page break only a heading of words in capitals ('SEGMENT INFORMATION') is
    # surely a new title: a continued table may repeat its header under a lone label
    same_page = view.line.page == views[last].line.page
    return started and (same_page or _is_capitals_heading(view)) and _heads_new_table(views, j)


_RULE = re.compile(r"^_{20,}$")


def _footnote_rule(view: LineView) -> bool:
    """A rule of underscores from the left margin: the separator above a table's footnotes
    (US filings print '_______' under the table, then '(1)' and the note)."""
    if len(view.fields) != 1 or not _RULE.match(view.fields[0].text.strip()):
        return False
    return view.indent(view.fields[0]) <= HEADER_INDENT * view.char_width


def _is_capitals_heading(view: LineView) -> bool:
    text = view.text
    return len(text.split()) >= 2 and _in_capitals(text)


def _in_capitals(text: str) -> bool:
    """Some letters, and every one a capital ('SEGMENT INFORMATION', '5. TURNOVER')."""
    if text.isascii():
        return text.isupper()  # for ASCII text the same test, without a loop over it
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _heads_new_table(views: Sequence[LineView], j: int) -> bool:
    """A lone label over a fresh column header ('Property, Plant and Equipment, Net' over
    'July 1, 2023  September 24, 2022'): the title of the next table, not a row."""
    view = views[j]
    if len(view.fields) != 1 or view.has_amounts or view.fields[0].is_numeric:
        return False
    below = next(
        (v for v in views[j + 1 : j + 5] if not v.is_blank and not _is_unit_phrase(v.text)),
        None,
    )  # past '($ in millions)' and '(Unaudited ...)' under the title
    return (
        below is not None
        and len(below.fields) >= 2
        and not below.has_amounts
        and below.has_header_words
    )


def _column_header_words(view: LineView) -> bool:
    """A line of several short word fields and no figures: column names over a matrix."""
    if len(view.fields) < 3 or view.has_amounts or view.is_prose:
        return False
    return all(not fv.is_numeric and len(fv.text) <= 25 for fv in view.fields)


def _starts_table(view: LineView) -> bool:
    if view.is_blank or view.is_prose or _is_page_number(view):
        return False
    if view.has_amounts:
        return True
    if len(view.fields) == 1 and view.indent(view.fields[0]) > HEADER_INDENT * view.char_width:
        return view.has_header_words  # a column header centred over the figures
    return len(view.fields) >= 2 and view.has_header_words


def _in_caption(views: Sequence[LineView], i: int) -> bool:
    """A line of words that ends a sentence introducing a table with a colon, or that runs
    on into such a line ('The following are ... and  以下是本年度及過往年度確認之遞延稅' /
    '... prior years:  項資產及其變動情況：', a caption beside its translation): the
    caption, not the table's column names."""
    for view in views[i : i + 2]:
        if view.is_blank or view.has_amounts or any(fv.is_numeric for fv in view.fields):
            return False
        if any(_ends_sentence_with_colon(fv.text) for fv in view.fields):
            return True
    return False


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _ends_sentence_with_colon(text: str) -> bool:
    """'... during the current and prior years:', '項資產及其變動情況：': words of a sentence
    ending with a colon (a heading such as 'Assets:' is too short to be one)."""
    stripped = text.rstrip()
    if not stripped.endswith((":", "：")):
        return False
    return len(stripped.split()) >= 4 or len(_CJK_CHAR.findall(stripped)) >= 8


def _is_page_number(view: LineView) -> bool:
    if not view.is_lone_figure:
        return False
    text = view.fields[0].text
    return text.isdigit() and int(text) < 1000


def _is_title_line(view: LineView) -> bool:
    heading = _CONTINUED.sub("", view.text.strip())  # '5 SEGMENT INFORMATION (continued)'
    if len(view.fields) <= 3 and _NOTE_HEADING.match(heading):
        return True
    if len(view.fields) <= 2 and _CJK_SUBNOTE_TITLE.match(view.text.strip()):
        return True  # '(b) 地理資料': the next lettered part of a note
    bilingual = 1 < len(view.fields) <= 3 and not view.has_amounts
    if bilingual and _NOTE_HEADING.match(view.fields[0].text.strip()):
        return True  # a note heading with its translation beside it
    if len(view.fields) != 1 or view.fields[0].is_numeric:
        return False
    text = view.fields[0].text
    if _names_statement(text):
        return True
    key = normalise_label(text)
    if _NOTE_HEADING.match(text.strip()):
        return True
    upper = _in_capitals(text)
    if upper and any(key.startswith(s) or key == "notes" for s in _MAJOR_SECTIONS):
        return True
    return len(text.split()) >= 3 and upper


def _names_statement(text: str) -> bool:
    """A line that holds one of the lexicon's statement title phrases."""
    return _title_phrases().search(normalise_label(text)) is not None


@cache
def _title_phrases() -> re.Pattern[str]:
    """Every title phrase in one pattern: a single scan of the line instead of one per phrase."""
    phrases = {t for titles in load_lexicon().titles.values() for t in titles}
    if not phrases:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile("|".join(re.escape(t) for t in sorted(phrases, key=len, reverse=True)))


def _is_centred_statement_title(text: str) -> bool:
    """'CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)' centred over the page: a title,
    where 'Statement of Earnings' over a column of line names is a column header."""
    letters = [c for c in text if c.isalpha()]
    upper = bool(letters) and all(c.isupper() for c in letters if c.isascii())
    consolidated = "consolidated" in text.lower()
    return _names_statement(text) and (upper or consolidated)


def _headings_above(
    views: Sequence[LineView], start: int, floor: int
) -> tuple[str, str, str, bool]:
    """Title, subtitle and caption from the lines above a block (down to `floor`)."""
    title = subtitle = caption = ""
    fragments: list[str] = []
    fragment_lines: list[int] = []
    own = False
    in_caption = False  # inside the paragraph that introduces the table
    for k in range(start - 1, max(floor, start - TITLE_LOOKBACK) - 1, -1):
        view = views[k]
        if view.is_blank or _is_page_number(view):
            in_caption = False
            continue
        text = view.text.strip()
        if view.is_prose or (not caption and not title and _ends_caption(views, k, floor)):
            if not caption and not title:
                caption, in_caption = text, True
                continue
            if in_caption:
                caption = f"{text} {caption}"  # the lines above the caption's last one
                continue
            break
        in_caption = False
        if view.is_tab or view.has_amounts:
            break
        if len(view.fields) > 2 or (len(view.fields) > 1 and view.has_header_words):
            continue  # a column header line the block did not take in
        if (
            _is_unit_phrase(text)
            or _COLUMN_GROUP.match(text)
            or (
                not view.is_tab
                and view.indent(view.fields[0]) > HEADER_INDENT * view.char_width
                and not _is_centred_statement_title(text)
            )
        ):
            fragments.insert(0, text)  # a fragment of a column header far to the right
            fragment_lines.insert(0, k)
            continue
        own = True
        if _SUBTITLE.match(text) and not subtitle and not title:
            subtitle = text
            continue
        title = _with_wrapped_start(views, k, floor, text)
        below = next((m for m in range(k + 1, start) if not views[m].is_blank), None)
        if fragment_lines and below == fragment_lines[0] and _UNFINISHED_TITLE.search(title):
            title = f"{title} {fragments.pop(0)}"  # 'CONSOLIDATED STATEMENT OF' / centred
            fragment_lines.pop(0)  # 'FINANCIAL POSITION' under it: the title's end
        caption = caption or _caption_above(views, k, floor)
        break
    subtitle = " ".join([subtitle, *fragments]).strip()
    return title, subtitle, caption, own


def _ends_caption(views: Sequence[LineView], k: int, floor: int) -> bool:
    """'Consolidated Statements of Cash Flows as follows ($ in millions):' under a prose
    line: the short last line of the paragraph introducing the table, not its title."""
    view = views[k]
    if len(view.fields) != 1 or not view.text.rstrip().endswith(":") or k - 1 < floor:
        return False
    return views[k - 1].is_prose


def _caption_above(views: Sequence[LineView], k: int, floor: int) -> str:
    """The sentence right above a table's title that introduces it ('The following tables
    show ... as of July 1, 2023 (in millions):'), when it ends with a colon."""
    for m in range(k - 1, max(floor, k - 3) - 1, -1):
        view = views[m]
        if view.is_blank:
            continue
        text = view.text.strip()
        return text if view.is_prose and text.endswith(":") else ""
    return ""


def _is_unit_phrase(text: str) -> bool:
    """'(In millions)', '(Unaudited and subject to reclassification)': a line that says
    the unit or qualifies the statement above it, not what the table is."""
    if _UNIT_LINE.match(text):
        return True  # '$ in millions, except per share amounts (unaudited)'
    if not text.startswith(("(", "（")):
        return False
    if len(text) < 60 and unit_in(text) is not None:
        return True
    return text.endswith((")", "）")) and not _CONTINUED_WORD.search(text)


def _with_wrapped_start(views: Sequence[LineView], k: int, floor: int, text: str) -> str:
    """A title wrapped over two lines ('... STATEMENT OF COMPREHENSIVE' / 'INCOME')."""
    if k - 1 < floor or k - 1 < 0 or _names_statement(text):
        return text  # a whole title already; the line above is the company's name
    above = views[k - 1]
    if above.is_blank or above.is_prose or above.has_amounts or len(above.fields) != 1:
        return text
    head = above.text.strip()
    bare = _CONTINUED.sub("", text)  # 'AND OTHER COMPREHENSIVE INCOME (continued)'
    upper = _in_capitals(head + bare)
    continues = (
        text[:1].islower() or text.startswith("(") or head.lower().endswith((" of", " and", ","))
    )
    if (upper or continues) and not head.endswith("."):
        return f"{head} {text}"
    return text


class _Context:
    """Tracks the major section and the note number while lines go by."""

    def __init__(self) -> None:
        self.section = ""
        self.note: str | None = None
        self.in_notes = False
        self.page: int | None = None

    def see(self, view: LineView) -> None:
        self.turn_to(view.line.page)
        if view.is_blank or view.is_tab or view.is_prose or len(view.fields) > 2:
            return
        text = view.text.strip()
        key = normalise_label(text)
        upper = _in_capitals(text)
        if key == "notes" and self.in_notes and self.note:
            return  # 'Notes:' over the footnotes of a note's table: the note goes on
        cjk_notes = bool(CJK_NOTES_HEADING.match(key))
        notes = key == "notes" or key.startswith("notes to the") or cjk_notes
        major = any(key.startswith(s) for s in _MAJOR_SECTIONS) or key in CJK_MAJOR_SECTIONS
        if (upper or notes or key in CJK_MAJOR_SECTIONS) and (notes or major):
            self.section = text
            self.in_notes = key.startswith("notes") or cjk_notes
            self.note = None
            return
        note = _NOTE_HEADING.match(_CONTINUED.sub("", text)) if self.in_notes else None
        if note:
            self.note = note.group(1)  # "43. STATEMENT OF FINANCIAL POSITION OF THE COMPANY",
            # "40. FINANCIAL INSTRUMENTS (Continued)" on a page of its own
            return
        if upper and _names_statement(key):
            self.section = text
            self.in_notes = False
            self.note = None
            return
        at_left = view.indent(view.fields[0]) <= HEADER_INDENT * view.char_width
        if upper and at_left and len(text.split()) >= 2 and _names_statement(self.section):
            self.section = text  # 'SEGMENT INFORMATION' after a statement: its section ends
            return
        if self.in_notes:
            sub = _SUBNOTE_HEADING.match(text)
            if sub and self.note:
                self.note = f"{self.note.split('(')[0]}({sub.group(1)})"

    def turn_to(self, page: int | None) -> None:
        """Pages left unread may start a new note or end a statement: after such a gap the
        note number is unknown, and a statement's title no longer heads what follows."""
        if page is None:
            return
        if _skips_pages(self.page, page):
            self.note = None
            if not self.in_notes and _names_statement(normalise_label(self.section)):
                self.section = ""
        self.page = page
