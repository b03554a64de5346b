"""Columns of a table: where its value columns sit, and what each means.

Value columns are found from the body (where numbers sit: the tab cell ordinal, or the
right edges of numbers in space-aligned text and PDFs); the header lines above are then
laid over them to read each column's period, unit, role and matrix member.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from tieout.model import Column, ColumnRole, Field, Measure, Period, Token, Unit
from tieout.tables.lines import FieldView, LineView
from tieout.tables.periods import (
    DateParts,
    duration_months,
    find_date,
    find_years,
    period_ending,
    says_instant,
)
from tieout.tables.units import currency_in, merge_units, unit_in
from tieout.tables.values import Value, is_bare_small, is_note_ref, is_year

HEADER_REACH = 10  # tolerances: how far a header may sit from the numbers it heads
_NOTES_HEADER = re.compile(r"^\s*[NV]otes?\s*$|\bnotes?\b|附註|附注", re.I)
_CHANGE_HEADER = re.compile(
    r"\bchanges?\b|\bincrease|\bdecrease|year[- ]on[- ]year|\byoy\b|"
    r"period[- ]*over[- ]*period|變動|增減",
    re.I,
)
# Measures that are changes by definition, named over their columns ("Comparable Sales"
# spanning "Three Months Ended" columns of percentages).
_CHANGE_MEASURE = re.compile(
    r"\bcomparable\s+(?:store\s+)?sales\b|\bsame[- ]store\s+sales\b|\blike[- ]for[- ]like\b",
    re.I,
)
# A change in (fair) value is an amount of its own (hedge accounting), not one column
# compared with another.
_VALUE_CHANGE = re.compile(r"\bchanges?[-\s]+in[-\s]+(?:the\s+)?(?:fair[-\s]+)?value\b", re.I)
_PERCENT_HEADER = re.compile(r"%|percentage|per\s*cent|佔", re.I)
_MEMBER_NOISE = re.compile(
    r"\((?:un)?audited\)|\(restated\)|\b(?:RMB|HK\$|US\$|S\$|\$)\s*['’`]?\s*000\b|['’`]000|"
    r"\bRMB\b|\bHK\$|\bmillion\b|\b\S*\d\S*\b|\b[A-Z]{3,5}\b(?=\s+000)|\b000\b|"
    # the same in Chinese: 人民幣千元, 千港元, 港幣千元, （未經審核）
    r"(?:人民[幣币]|港[幣币]|美元)?(?:千|百萬|百万)(?:港元|美元|元)|人民[幣币]元|"
    r"[（(](?:未經審核|經審核|未经审核|经审核|經重列|经重列)[）)]",
    re.I,
)
# A changes-in-equity matrix's last column printed as total equity in Chinese.
_TOTAL_EQUITY_ZH = frozenset({"總權益", "总权益", "權益總額", "权益总额", "權益總計", "权益总计"})


@dataclass
class Slot:
    """A value column in the making: its position and the header text over it."""

    key: float  # tab ordinal, or right edge of its numbers
    x0: float
    x1: float
    own_header: list[str] = field(default_factory=list)
    spanning_header: list[str] = field(default_factory=list)
    values: int = 0
    note_like: int = 0
    footnote_like: int = 0  # "(2)": a footnote marker printed beside a figure
    texts: int = 0
    lines: set[int] = field(default_factory=set)

    @property
    def own(self) -> str:
        return " ".join(self.own_header).strip()

    @property
    def header(self) -> str:
        return " ".join([*self.spanning_header, *self.own_header]).strip()


@dataclass
class ColumnPlan:
    """How the fields of a table's lines map to label, notes and value columns."""

    tab: bool
    slots: list[Slot]  # value slots, left to right (notes excluded)
    notes: Slot | None
    label_ordinal: int | None  # tab text: the ordinal holding labels
    label_limit: float  # spaced text: fields ending left of this are label text
    tolerance: float
    columns: list[Column] = field(default_factory=list)
    # spaced text: x ranges of columns of words between the labels and the figures, headed
    # as such ('Statement of Earnings Location' over 'SG&A'): no part of a row's label
    text_columns: list[tuple[float, float]] = field(default_factory=list)

    def in_text_column(self, x0: float, x1: float) -> bool:
        return any(x0 < end and x1 > start for start, end in self.text_columns)

    def slot_of(self, x0: float, x1: float) -> int | None:
        """Index into `slots` of the slot a token or field at x0..x1 belongs to."""
        if self.tab:
            for i, slot in enumerate(self.slots):
                if slot.key == x0:
                    return i
            return None
        aligned = self.aligned_slot(x1)
        if aligned is not None:
            return aligned  # right-aligned with one column, whatever else it borders
        best: tuple[float, int] | None = None
        for i, slot in enumerate(self.slots):
            distance = abs(slot.key - x1)
            if x0 <= slot.x1 + self.tolerance and x1 >= slot.x0 - self.tolerance:
                distance = min(distance, 0.0)
            if best is None or distance < best[0]:
                best = (distance, i)
        if best is None or best[0] > 3 * self.tolerance:
            return None
        return best[1]

    def aligned_slot(self, x1: float) -> int | None:
        """Spaced text: the one value slot whose right edge x1 lines up with, if exactly one."""
        aligned = [i for i, s in enumerate(self.slots) if abs(s.key - x1) <= self.tolerance / 2]
        return aligned[0] if len(aligned) == 1 else None

    def is_notes(self, x0: float, x1: float) -> bool:
        if self.notes is None:
            return False
        if self.tab:
            return self.notes.key == x0
        return abs(self.notes.key - x1) <= 2 * self.tolerance


def value_position(value: Value, fv: FieldView, tab: bool) -> tuple[float, float]:
    """Where a value sits: its cell ordinal (tab), its box (PDF) or its columns (layout)."""
    if tab:
        return fv.x0, fv.x1
    bbox = value.span.bbox
    if bbox is not None:
        return bbox.x0, bbox.x1
    return float(value.span.col_start - 1), float(value.span.col_end)


@dataclass(frozen=True, slots=True)
class Reconstruction:
    """How the columns of a table printed with spaces (PDF, layout text) are found: numbers
    whose right edges lie within `cluster` digit widths of each other share a column, and
    neighbouring columns that never share a line are merged when `merge_offsets` says so.
    Tab-separated tables have one reading only: the tab ordinals."""

    name: str
    cluster: float
    merge_offsets: bool = True


STANDARD = Reconstruction("standard", 2.0)
# Tried, in this order, on a table that fails to foot (tieout.reread).
ALTERNATIVES = (
    Reconstruction("tight columns", 1.0, merge_offsets=False),
    Reconstruction("loose columns", 3.5),
)


def plan_columns(
    header: Sequence[LineView],
    body: Sequence[LineView],
    char_width: float,
    reconstruction: Reconstruction = STANDARD,
) -> ColumnPlan:
    tab = any(v.is_tab for v in body)
    tolerance = 0.0 if tab else STANDARD.cluster * char_width
    slots = (
        _tab_slots(body)
        if tab
        else _spaced_slots(
            body,
            tolerance,
            cluster=reconstruction.cluster * char_width,
            merge_offsets=reconstruction.merge_offsets,
        )
    )
    plan = ColumnPlan(tab, slots, None, None, 0.0, tolerance)
    _lay_headers(plan, header)
    _pick_notes(plan)
    _pick_label(plan, body)
    if not tab:
        plan.text_columns = _text_columns(plan, header, body)
    return plan


def _tab_slots(body: Sequence[LineView]) -> list[Slot]:
    slots: dict[float, Slot] = {}
    for view in body:
        for fv in view.fields:
            if fv.values is None or (fv.x0 == 0 and _enumerates(fv.values)):
                continue
            slot = slots.setdefault(fv.x0, Slot(fv.x0, fv.x0, fv.x0))
            _count(slot, fv)
    for view in body:
        for fv in view.fields:
            if fv.values is None and fv.x0 in slots:
                slots[fv.x0].texts += 1
    return [slots[k] for k in sorted(slots)]


def _enumerates(values: Sequence[Value]) -> bool:
    """'3 (1)', '2', '(iv)': list numbers in the first cell of a row label it, as a list
    number at the left margin does in a table printed with spaces."""
    return all(is_bare_small(v) or _LIST_MARK.fullmatch(v.text) for v in values)


_LIST_MARK = re.compile(r"\(\d{1,2}\)")


def _count(slot: Slot, fv: FieldView) -> None:
    values = fv.values or []
    slot.values += len(values)
    if values and is_note_ref(fv.text) and all(abs(v.number.value) < 100 for v in values):
        slot.note_like += 1
    if _FOOTNOTE_MARK.fullmatch(fv.text):
        slot.footnote_like += 1


def _spaced_slots(
    body: Sequence[LineView], tolerance: float, *, cluster: float, merge_offsets: bool
) -> list[Slot]:
    """Cluster the right edges of numbers (within `cluster` of each other): one cluster per
    value column."""
    edges: list[tuple[float, float, FieldView, int]] = []
    dashes: list[tuple[float, float, FieldView, int]] = []
    for view in body:
        for index, fv in enumerate(view.fields):
            if fv.values is None:
                continue
            if index == 0 and (
                _YEAR_BULLET.match(fv.text)
                or (
                    view.indent(fv) < tolerance
                    and all(is_bare_small(v) or is_year(v) for v in fv.values)
                )
            ):
                continue  # a list number or a year ('2025' in a maturity table) labels the line
            for value in fv.values:
                x0, x1 = value_position(value, fv, tab=False)
                if not value.number.nil:
                    edges.append((x1, x0, fv, view.number))
                elif index > 0:
                    dashes.append((x1, x0, fv, view.number))
    slots = _cluster(sorted(edges, key=lambda e: e[0]), cluster)
    if merge_offsets:
        slots = _merge_offset_slots(slots, cluster)
    if not slots:
        return slots  # dashes alone make no table ('ISS segment  –  ISS is an acronym ...')
    # dashes sit centred, not right-aligned: they place a column only where no number does
    lone = [d for d in dashes if not any(_reaches(s, d[1], d[0], tolerance) for s in slots)]
    return sorted(slots + _cluster(sorted(lone, key=lambda e: e[0]), cluster), key=lambda s: s.key)


def _reaches(slot: Slot, x0: float, x1: float, tolerance: float) -> bool:
    """Whether ColumnPlan.slot_of would place a field at x0..x1 in this slot's column."""
    overlaps = x0 <= slot.x1 + tolerance and x1 >= slot.x0 - tolerance
    return overlaps or abs(slot.key - x1) <= 3 * tolerance


def _cluster(edges: Sequence[tuple[float, float, FieldView, int]], cluster: float) -> list[Slot]:
    """Right edges (ascending) within `cluster` of each other: one slot each run."""
    slots: list[Slot] = []
    for x1, x0, fv, line in edges:
        if slots and x1 - slots[-1].key <= cluster:
            slot = slots[-1]
            slot.x0, slot.x1 = min(slot.x0, x0), max(slot.x1, x1)
            slot.key = max(slot.key, x1)
        else:
            slot = Slot(x1, x0, x1)
            slots.append(slot)
        slot.values += 1
        slot.lines.add(line)
        if is_note_ref(fv.text) and all(abs(v.number.value) < 100 for v in fv.values or []):
            slot.note_like += 1
        if _FOOTNOTE_MARK.fullmatch(fv.text):
            slot.footnote_like += 1
    return slots


def _merge_offset_slots(slots: list[Slot], tolerance: float) -> list[Slot]:
    """Neighbouring clusters that never share a line are one column printed unevenly."""
    merged: list[Slot] = []
    for slot in slots:
        last = merged[-1] if merged else None
        if last and not (last.lines & slot.lines) and slot.x0 - last.x1 <= 2 * tolerance:
            last.x0, last.x1 = min(last.x0, slot.x0), max(last.x1, slot.x1)
            last.key = max(last.key, slot.key)
            last.values += slot.values
            last.note_like += slot.note_like
            last.footnote_like += slot.footnote_like
            last.lines |= slot.lines
        else:
            merged.append(slot)
    return merged


_PERIOD_PHRASE = re.compile(
    r"\b(?:three|six|nine|twelve|thirteen|fifty-two|\d{1,2})\s+(?:months|weeks)\s+ended\b|"
    r"\b(?:year|quarter)s?\s+ended\b",
    re.I,
)


def _split_period_phrases(fv: FieldView) -> list[FieldView]:
    """'Three Months Ended Six Months Ended' printed with one space between: two headers."""
    starts = [m.start() for m in _PERIOD_PHRASE.finditer(fv.text)]
    if len(starts) < 2:
        return [fv]
    offsets, position = [], 0
    for token in fv.field.tokens:
        offsets.append(position)
        position += len(token.text) + 1
    cuts = [next(i for i, o in enumerate(offsets) if o >= start) for start in starts]
    parts = []
    for a, b in zip(cuts, [*cuts[1:], len(offsets)], strict=True):
        tokens = fv.field.tokens[a:b]
        if not tokens:
            continue
        x0, x1 = _token_x(tokens[0])[0], _token_x(tokens[-1])[1]
        parts.append(FieldView.of(Field(tokens, x0, x1), None))
    return parts


def _token_x(token: Token) -> tuple[float, float]:
    if token.span.bbox is not None:
        return token.span.bbox.x0, token.span.bbox.x1
    return float(token.span.col_start - 1), float(token.span.col_end)


def _split_member_words(plan: ColumnPlan, fv: FieldView) -> list[FieldView]:
    """'Share Exchange' printed with one space over two matrix columns: one word each.

    Only for words that name no period: 'Six months ended June 30' centred over two
    columns is one header for both.
    """
    if plan.tab or len(fv.field.tokens) < 2 or _PERIOD_WORDS.search(fv.text):
        return [fv]
    covered = {i for i, s in enumerate(plan.slots) if _overlaps(plan, fv.x0, fv.x1, s)}
    if len(covered) < 2:
        return [fv]
    words = [FieldView.of(Field((t,), *_token_x(t)), None) for t in fv.field.tokens]
    homes = [_home_slot(plan, w) for w in words]
    if None in homes or len(set(homes)) < 2:
        return [fv]
    parts: list[FieldView] = []
    for word, home in zip(words, homes, strict=True):
        if parts and _home_slot(plan, parts[-1]) == home:
            last = parts.pop()
            tokens = last.field.tokens + word.field.tokens
            parts.append(FieldView.of(Field(tokens, last.x0, word.x1), None))
        else:
            parts.append(word)
    return parts


_PERIOD_WORDS = re.compile(r"\b(?:19|20)\d\d\b|ended|months|year|quarter|as at|年|月", re.I)


def _overlaps(plan: ColumnPlan, x0: float, x1: float, slot: Slot) -> bool:
    return x0 <= slot.x1 + plan.tolerance and x1 >= slot.x0 - plan.tolerance


def _home_slot(plan: ColumnPlan, fv: FieldView) -> int | None:
    centre = (fv.x0 + fv.x1) / 2
    hits = [i for i, s in enumerate(plan.slots) if _overlaps(plan, fv.x0, fv.x1, s)]
    if not hits:
        return None
    return min(hits, key=lambda i: abs((plan.slots[i].x0 + plan.slots[i].x1) / 2 - centre))


def _text_columns(
    plan: ColumnPlan, header: Sequence[LineView], body: Sequence[LineView]
) -> list[tuple[float, float]]:
    """Header words printed over the label region, right of where the labels start, that
    head a word printed apart from the label on some line of figures."""
    starts = [v.fields[0].x0 for v in body if v.fields]
    if not starts or not plan.slots:
        return []
    label_start = min(starts)
    found: list[tuple[float, float]] = []
    for view in header:
        for fv in view.fields:
            if fv.values is not None or fv.x1 > plan.label_limit or _CJK.search(fv.text):
                continue  # a Chinese header over the Chinese half of bilingual labels
            if fv.x0 - label_start < 6 * plan.tolerance:
                continue  # over the labels themselves
            if any(_heads_a_word(view_b, fv) for view_b in body):
                found.append((fv.x0, fv.x1))
    return found


def _heads_a_word(view: LineView, header: FieldView) -> bool:
    """The line prints figures and, besides its label, a word under the header."""
    if not view.has_amounts or len(view.fields) < 3:
        return False
    return any(
        fv.values is None and fv.x0 < header.x1 and fv.x1 > header.x0 and not _CJK.search(fv.text)
        for fv in view.fields[1:]
    )


_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _lay_headers(plan: ColumnPlan, header: Sequence[LineView]) -> None:
    for view in header:
        fields = [
            word
            for fv in view.fields
            if fv.text.strip()
            for part in _split_period_phrases(fv)
            for word in _split_member_words(plan, part)
        ]
        if not plan.tab and _lay_in_order(plan, fields):
            continue
        first_key = min((slot.key for slot in plan.slots), default=0.0)
        if plan.tab and len(fields) == 1 and fields[0].x0 < first_key - 1:
            continue  # text in the label column above the table: not a column header
        spanning = plan.tab and len(fields) == 1
        for fv in fields:
            targets = _header_targets(plan, fv, spanning)
            for i in targets:
                if spanning or len(targets) > 1:
                    plan.slots[i].spanning_header.append(fv.text)
                else:
                    plan.slots[i].own_header.append(fv.text)


def _lay_in_order(plan: ColumnPlan, fields: list[FieldView]) -> bool:
    """A header line with one field per column (or per group of columns) maps in order.

    Space-aligned headers are centred over a column's figures and currency signs, so
    positions can mislead where the count does not: 'June 30, | December 31,' over two
    columns, 'Three Months Ended | Six Months Ended' over four.
    """
    reach = HEADER_REACH * plan.tolerance
    fields = [f for f in fields if f.x1 > plan.slots[0].x0 - reach] if plan.slots else []
    k, n = len(fields), len(plan.slots)
    if k == 0 or n < 2 or n % k:
        return False
    group = n // k
    for position, fv in enumerate(fields):
        for i in range(position * group, (position + 1) * group):
            if group == 1:
                plan.slots[i].own_header.append(fv.text)
            else:
                plan.slots[i].spanning_header.append(fv.text)
    return True


def _header_targets(plan: ColumnPlan, fv: FieldView, spanning: bool) -> list[int]:
    if plan.tab:
        if spanning:
            return [i for i, s in enumerate(plan.slots) if s.key >= fv.x0]
        return [i for i, s in enumerate(plan.slots) if s.key == fv.x0]
    covering = [i for i, s in enumerate(plan.slots) if fv.x0 < s.x1 and fv.x1 > s.x0]
    if covering:
        return covering  # a header over two columns' figures heads both
    home = _home_slot(plan, fv)
    if home is not None:
        return [home]
    nearest = plan.slot_of(fv.x0, fv.x1)
    return (
        [nearest] if nearest is not None and fv.x1 > plan.slots[0].x0 - 6 * plan.tolerance else []
    )


def _pick_notes(plan: ColumnPlan) -> None:
    """A notes column: headed 'Notes', or small note-like integers left of the amounts."""
    for i, slot in enumerate(plan.slots):
        if _NOTES_HEADER.search(slot.own) and slot.note_like >= slot.values / 2:
            plan.notes = plan.slots.pop(i)
            return
    if len(plan.slots) >= 3:
        first = plan.slots[0]
        note_like = first.values and first.note_like == first.values
        if note_like and not unit_in(first.header) and not find_years(first.own):
            plan.notes = plan.slots.pop(0)


def _pick_label(plan: ColumnPlan, body: Sequence[LineView]) -> None:
    if not plan.slots:
        return
    first_value = plan.slots[0].key if plan.tab else plan.slots[0].x0
    if plan.notes is not None:
        first_value = min(first_value, plan.notes.key if plan.tab else plan.notes.x0)
    if not plan.tab:
        plan.label_limit = first_value - plan.tolerance
        return
    counts: dict[float, int] = {}
    for view in body:
        for fv in view.fields:
            if fv.values is None and fv.x0 < first_value:
                counts[fv.x0] = counts.get(fv.x0, 0) + 1
    candidates = [o for o, n in counts.items() if n >= max(1, len(body) // 4)]
    plan.label_ordinal = int(max(candidates)) if candidates else None


# --------------------------------------------------------------------------- meaning


@dataclass(frozen=True)
class TableContext:
    """What applies to every column: header text over the table, title, document period."""

    text: str  # all header lines, title and subtitle
    default_period: Period | None  # the document's reporting period
    default_unit: Unit | None
    instant: bool = False  # the title names a balance sheet: columns are dates


def describe_columns(plan: ColumnPlan, ctx: TableContext) -> tuple[list[Column], Unit]:
    """Columns with role, period, member and unit, and the table's unit."""
    table_unit = merge_units(unit_in(ctx.text), ctx.default_unit) or Unit(Measure.MONETARY)
    roles = _changes_in_percent([_role(slot) for slot in plan.slots])
    matrix = _is_matrix(plan, roles)
    periods: list[Period | None] = (
        [None] * len(plan.slots) if matrix else _periods(plan, roles, ctx)
    )
    if not matrix:
        roles = _changes_spread(roles, periods, [slot.own for slot in plan.slots])
        roles = _movements(roles, periods, [slot.header for slot in plan.slots])
    columns: list[Column] = []
    for i, (slot, role) in enumerate(zip(plan.slots, roles, strict=True)):
        own_unit = unit_in(slot.own)
        unit = Unit(Measure.PERCENT) if role in (ColumnRole.PERCENT, ColumnRole.CHANGE) else None
        if role is ColumnRole.CHANGE and own_unit and own_unit.measure is Measure.MONETARY:
            unit = merge_units(own_unit, table_unit)  # a change in amounts ("Changes RMB'000")
        if unit is None and own_unit and own_unit != table_unit:
            unit = merge_units(own_unit, table_unit)
        member = _member(slot) if matrix else None
        columns.append(Column(i, slot.header, role, periods[i], member, unit))
    return _distinct_members(columns, plan.slots), table_unit


def _distinct_members(columns: list[Column], slots: list[Slot]) -> list[Column]:
    """Two 'Total' columns: the one under 'Attributable to owners' says so."""
    names = [c.member for c in columns if c.member]
    out = []
    for column, slot in zip(columns, slots, strict=True):
        over = _member_text(" ".join(slot.spanning_header))
        if column.member and names.count(column.member) > 1 and over:
            column = replace(column, member=f"{column.member} ({over})")
        out.append(column)
    return _name_equity_total(out)


def _name_equity_total(columns: list[Column]) -> list[Column]:
    """A changes-in-equity matrix printing 'Total' twice: the last, after the non-controlling
    interests, is total equity; the first is the owners' total."""
    members = [c.member or "" for c in columns]
    if members and members[-1] in _TOTAL_EQUITY_ZH:
        return [*columns[:-1], replace(columns[-1], member="Total equity")]
    if members.count("Total") != 2 or members[-1] != "Total":
        return columns
    if not any("controlling" in m.lower() for m in members):
        return columns
    return [
        replace(c, member="Total equity") if i == len(columns) - 1 else c
        for i, c in enumerate(columns)
    ]


_YEAR_BULLET = re.compile(r"^[–—-]\s*(?:19|20)\d\d$")  # '– 2021': a sub-row for a year
_FOOTNOTE_MARK = re.compile(r"\([1-9]\)")


def _role(slot: Slot) -> ColumnRole:
    own = slot.own
    if not slot.values:
        return ColumnRole.TEXT
    if slot.values >= 2 and slot.footnote_like == slot.values and not own:
        return ColumnRole.TEXT  # unheaded footnote marks "(2)", "(3)" beside the figures
    if _VALUE_CHANGE.search(own):
        return ColumnRole.VALUE  # 'Change in value used for calculating hedge ineffectiveness'
    if _CHANGE_HEADER.search(own) or _CHANGE_MEASURE.search(" ".join([own, *slot.spanning_header])):
        return ColumnRole.CHANGE
    if _CHANGE_HEADER.search(" ".join(slot.spanning_header)) and _bare_unit(own):
        return ColumnRole.CHANGE  # 'Changes' over "RMB'000" and 'percentage'
    if _PERCENT_HEADER.search(own) and not currency_in(own):
        return ColumnRole.PERCENT
    return ColumnRole.VALUE


def _changes_in_percent(roles: list[ColumnRole]) -> list[ColumnRole]:
    """A percentage column right of a change column is the change in percent
    ('Changes  RMB'000  %')."""
    return [
        ColumnRole.CHANGE
        if role is ColumnRole.PERCENT and i and roles[i - 1] is ColumnRole.CHANGE
        else role
        for i, role in enumerate(roles)
    ]


def _movements(
    roles: list[ColumnRole], periods: list[Period | None], headers: list[str]
) -> list[ColumnRole]:
    """An 'Increase / Decrease' column between an opening and a closing balance ('December
    3, 2021 | Increase / Decrease | Reclassification Adjustments | December 2, 2022') is a
    movement of the roll-forward, in amounts, not a change of one column from another."""
    instants = [(i, p.end) for i, p in enumerate(periods) if p is not None and p.start is None]
    if len(instants) < 2 or instants[0][1] >= instants[-1][1]:
        return roles
    first, last = instants[0][0], instants[-1][0]
    return [
        ColumnRole.VALUE
        if role is ColumnRole.CHANGE
        and first < i < last
        and periods[i] is None
        and "%" not in headers[i]
        else role
        for i, role in enumerate(roles)
    ]


def _changes_spread(
    roles: list[ColumnRole], periods: list[Period | None], headers: list[str]
) -> list[ColumnRole]:
    """A '% Change' header printed under the middle of a group of columns without periods
    ('World-wide  U.S.  International' over '% Change', beside the periods' amounts) heads
    the whole group: columns without a period next to a change column are changes too."""
    out = list(roles)
    for i, role in enumerate(roles):
        if role is not ColumnRole.CHANGE or periods[i] is not None or "%" not in headers[i]:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(out) and out[j] is ColumnRole.VALUE and periods[j] is None:
                out[j] = ColumnRole.CHANGE
                j += step
    return out


def _bare_unit(header: str) -> bool:
    """A header naming only a unit: "RMB'000", '%', 'percentage' (no year, no date)."""
    if find_years(header) or find_date(header).month:
        return False
    rest = _MEMBER_NOISE.sub(" ", header)
    return (
        bool(header.strip())
        and not re.sub(r"percentage|per\s*cent|%", " ", rest, flags=re.I).strip()
    )


def _is_matrix(plan: ColumnPlan, roles: list[ColumnRole]) -> bool:
    values = [s for s, r in zip(plan.slots, roles, strict=True) if r is ColumnRole.VALUE]
    if len(values) < 3:
        return False
    dated = sum(1 for s in values if find_years(s.own) or find_date(s.own).month)
    named = sum(1 for s in values if _member(s))
    return dated == 0 and named >= len(values) - 1


def _member(slot: Slot) -> str | None:
    return _member_text(slot.own)


def _member_text(header: str) -> str | None:
    text = _MEMBER_NOISE.sub(" ", header)
    words: list[str] = []
    for word in re.sub(r"\s+", " ", text.replace("- ", "-")).strip(" -").split():
        if not words or words[-1].lower() != word.lower():
            words.append(word)
    return " ".join(words) or None


def _periods(plan: ColumnPlan, roles: list[ColumnRole], ctx: TableContext) -> list[Period | None]:
    context_date = find_date(ctx.text)
    months = duration_months(ctx.text)
    instant_ctx = says_instant(ctx.text) or (ctx.instant and months is None)
    years = [_year_of(slot) for slot in plan.slots]
    _propagate_years(years, roles)
    _fill_years_by_order(years, roles, ctx.default_period)
    _separate_repeated_years(years, roles)
    periods: list[Period | None] = []
    for slot, role, year in zip(plan.slots, roles, years, strict=True):
        if role is ColumnRole.TEXT or year is None:
            periods.append(None)
            continue
        own = find_date(slot.own)
        parts = DateParts(own.day, own.month, year).fill(context_date)
        end = _complete(parts, ctx.default_period)
        if end is None:
            periods.append(None)
            continue
        own_months = duration_months(slot.own) or duration_months(" ".join(slot.spanning_header))
        instant = says_instant(slot.own) or (own_months is None and months is None and instant_ctx)
        if instant:
            periods.append(Period(end=end))
            continue
        span = own_months or months or _default_months(ctx.default_period)
        periods.append(period_ending(end, span))
    return periods


def _year_of(slot: Slot) -> int | None:
    years = find_years(slot.own)
    if years:
        return years[0]
    spanning = find_years(" ".join(slot.spanning_header))
    return spanning[0] if len(set(spanning)) == 1 else find_date(slot.own).year


def _propagate_years(years: list[int | None], roles: list[ColumnRole]) -> None:
    """Percent and change columns belong to the amount column on their left."""
    for i in range(1, len(years)):
        if years[i] is None and roles[i] is ColumnRole.PERCENT:
            years[i] = years[i - 1]


def _fill_years_by_order(
    years: list[int | None], roles: list[ColumnRole], default: Period | None
) -> None:
    """No readable years at all: current period first, comparative second (the convention)."""
    if default is None or any(y is not None for y in years):
        return
    amount_columns = [i for i, r in enumerate(roles) if r is ColumnRole.VALUE]
    if len(amount_columns) != 2:
        return
    years[amount_columns[0]] = default.end.year
    years[amount_columns[1]] = default.end.year - 1
    _propagate_years(years, roles)


def _separate_repeated_years(years: list[int | None], roles: list[ColumnRole]) -> None:
    """Two amount columns read as the same year (a garbled header): later ones step back."""
    amounts = [i for i, r in enumerate(roles) if r is ColumnRole.VALUE and years[i] is not None]
    if len(amounts) != 2 or years[amounts[0]] != years[amounts[1]]:
        return
    first = years[amounts[0]]
    assert first is not None
    years[amounts[1]] = first - 1
    for i in range(amounts[1] + 1, len(years)):
        if roles[i] is ColumnRole.PERCENT:
            years[i] = first - 1


def _complete(parts: DateParts, default: Period | None) -> date | None:
    found = parts.complete()
    if found is not None:
        return found
    if default is not None and parts.year:
        return parts.fill(DateParts(default.end.day, default.end.month, None)).complete()
    return None


def _default_months(default: Period | None) -> int | None:
    if default is None or default.start is None:
        return None
    before = default.start - timedelta(days=1)  # the end of the period before
    return (default.end.year - before.year) * 12 + default.end.month - before.month


def is_integer_column(values: Sequence[Value]) -> bool:
    """Whole numbers only (apart from odd ones): a '5.017' there is a misprinted '5,017'."""
    readable = [v for v in values if not v.number.nil and not is_year(v)]
    whole = sum(1 for v in readable if v.number.decimals == 0)
    return bool(readable) and whole >= max(2, len(readable) * 0.6)
