"""Body lines -> rows: labels matched to values, however the extraction mangled them.

A line carries label text and, per value column, zero or more values. Label text flows:
a line without values holds its label until the values come (a heading or the start of
a wrapped label); a label starting in lower case continues the one before; a line with
n values per column and several labels run together is split into n rows; a label left
over at the end of a line belongs to the next line when that line is a continuation or
has values but no label. Whatever cannot be read cleanly becomes a ReadingIssue.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from tieout.model import Cell, CellFlag, Measure, ReadingIssue, Row, RowKind, SourceSpan, Unit
from tieout.numbers import ParsedNumber, format_amount, parse_number, read_point_as_comma
from tieout.tables.columns import ColumnPlan, value_position
from tieout.tables.labels import (
    continues_cjk_label,
    is_heading_text,
    is_unfinished_label,
    join_label,
    split_labels,
    starts_lowercase,
)
from tieout.tables.lines import FieldView, LineView
from tieout.tables.units import label_unit
from tieout.tables.values import CURRENCY_SIGNS, Value

_NOT_APPLICABLE = re.compile(r"^(?:n\.?\s*a\.?|not applicable|n/a)$", re.I)
_TOTAL = re.compile(
    r"^total\b|^net\s+cash\b.*\bactivities$|^net\s+(?:\(?increase\)?|\(?decrease\)?)[/\w()]*\s+"
    r"in\s+cash\s+and\s+cash\s+equivalents|^net\s+(?:current\s+)?assets|^合計|^總",
    re.I,
)


@dataclass
class LineCells:
    """One body line split into label, notes and per-column values."""

    view: LineView
    label: str = ""
    label_span: SourceSpan | None = None
    notes: str | None = None
    values: dict[int, list[Value]] = field(default_factory=dict)
    texts: dict[int, tuple[str, SourceSpan]] = field(default_factory=dict)
    junk: str = ""

    @property
    def line(self) -> int:
        return self.view.number

    @property
    def count(self) -> int:
        return max((len(v) for v in self.values.values()), default=0)


@dataclass
class Piece:
    """Label text waiting for its values."""

    text: str
    lines: list[int]
    span: SourceSpan | None


def split_line(view: LineView, plan: ColumnPlan) -> LineCells:
    cells = LineCells(view)
    label_parts: list[tuple[str, SourceSpan]] = []
    for fv in view.fields:
        if plan.tab:
            if plan.label_ordinal is not None and fv.x0 == plan.label_ordinal:
                label_parts.append((fv.text, _field_span(fv)))
                continue
            if plan.is_notes(fv.x0, fv.x1):
                cells.notes = fv.text
                continue
            slot = plan.slot_of(fv.x0, fv.x1)
            if slot is None:
                if plan.label_ordinal is not None and fv.x0 < plan.label_ordinal:
                    cells.junk = (cells.junk + " " + fv.text).strip()
            elif fv.values is not None:
                cells.values.setdefault(slot, []).extend(fv.values)
            else:
                cells.texts[slot] = (fv.text, _field_span(fv))
            continue
        _place_spaced_field(cells, fv, plan, label_parts)
    if label_parts:
        cells.label = " ".join(t for t, _ in label_parts).strip()
        cells.label_span = label_parts[0][1].cover(label_parts[-1][1])
    return cells


def _field_span(fv: FieldView) -> SourceSpan:
    tokens = fv.field.tokens
    return tokens[0].span.cover(tokens[-1].span)


def _place_spaced_field(
    cells: LineCells, fv: FieldView, plan: ColumnPlan, label_parts: list[tuple[str, SourceSpan]]
) -> None:
    if fv.values is None:
        if all(t.text in CURRENCY_SIGNS for t in fv.field.tokens):
            return
        trailing = _trailing_amount(fv, plan)
        if trailing is not None:
            words = fv.field.tokens[:-1]
            label = " ".join(t.text for t in words)
            label_parts.append((label, words[0].span.cover(words[-1].span)))
            cells.values.setdefault(trailing[0], []).append(trailing[1])
            return
        if label_parts and plan.in_text_column(fv.x0, fv.x1):
            return  # 'SG&A' under 'Statement of Earnings Location': no part of the label
        if fv.x1 <= plan.label_limit or not plan.slots:
            label_parts.append((fv.text, _field_span(fv)))
            return
        slot = plan.slot_of(fv.x0, fv.x1)
        if slot is None or fv.x0 < plan.label_limit:
            label_parts.append((fv.text, _field_span(fv)))
        else:
            cells.texts[slot] = (fv.text, _field_span(fv))
        return
    for value in fv.values:
        x0, x1 = value_position(value, fv, tab=False)
        if plan.is_notes(x0, x1):
            cells.notes = ((cells.notes or "") + " " + value.text).strip()
            continue
        slot = plan.slot_of(x0, x1)
        if slot is None:
            label_parts.append((value.text, value.span))
        else:
            cells.values.setdefault(slot, []).append(value)


def _trailing_amount(fv: FieldView, plan: ColumnPlan) -> tuple[int, Value] | None:
    """An amount printed so close after its label that the two make one field ('於二零二零年
    九月三十日 1,315,163,854'): taken apart when the amount has thousands separators and is
    right-aligned with a value column."""
    tokens = fv.field.tokens
    if len(tokens) < 2 or not plan.slots or "," not in tokens[-1].text:
        return None
    number = parse_number(tokens[-1].text)
    if number is None or number.malformed:
        return None
    value = Value(tokens[-1].text, number, tokens[-1].span)
    x0, x1 = value_position(value, fv, tab=False)
    if x0 < plan.label_limit - 3 * plan.tolerance:
        return None  # inside the label column: a figure the label names
    slot = plan.aligned_slot(x1)
    return (slot, value) if slot is not None else None


_AUDIT_MARK = re.compile(r"^\((?:un)?audited\)\s*", re.I)


def clean_label(text: str) -> str:
    """A label without audit marks; empty when it holds no letters (extraction debris)."""
    text = _AUDIT_MARK.sub("", text.strip())
    return text if re.search(r"[^\W\d_]", text) else ("" if not re.search(r"\d", text) else text)


# --------------------------------------------------------------------------- the flow


@dataclass
class RowDraft:
    label: str | None
    lines: list[int]
    label_span: SourceSpan | None
    heading: bool = False
    values: dict[int, Value | None] = field(default_factory=dict)
    texts: dict[int, tuple[str, SourceSpan]] = field(default_factory=dict)
    notes: str | None = None


class RowBuilder:
    def __init__(self, plan: ColumnPlan, integer_columns: set[int]) -> None:
        self.plan = plan
        self.integer_columns = integer_columns
        self.pending: list[Piece] = []
        self.drafts: list[RowDraft] = []
        self.issues: list[ReadingIssue] = []
        self._carry: Piece | None = None
        self._label_columns = (0, 0)  # where the table's labels start and the longest ends

    def build(self, lines: Sequence[LineCells]) -> tuple[list[Row], list[ReadingIssue]]:
        spans = [c.label_span for c in lines if c.label_span is not None]
        if spans:
            self._label_columns = (min(s.col_start for s in spans), max(s.col_end for s in spans))
        for i, cells in enumerate(lines):
            following = lines[i + 1] if i + 1 < len(lines) else None
            self._take(cells, following)
        self._flush_pending_as_headings()
        return self._rows(), self.issues

    # -- one line

    def _take(self, cells: LineCells, following: LineCells | None) -> None:
        if self._is_garbled(cells):
            return self._take_label_only(cells)
        if cells.count == 0:
            return self._take_label_only(cells)
        candidates = self._candidates(cells)
        n = cells.count
        candidates = self._peel_headings(candidates, n)
        if len(candidates) > n and following is not None:
            last = candidates[-1]
            carry = (starts_lowercase(following.label) and following.label) or (
                following.count > 0 and not following.label and not is_heading_text(last.text)
            )
            if carry:
                candidates.pop()
                self._carry = last
            else:
                self._carry = None
        else:
            self._carry = None
        extra = max(len(candidates) - n, 0)
        for piece in candidates[:extra]:
            self._heading(piece)
        labels = candidates[extra:]
        self._emit_rows(cells, labels, n)
        self.pending = [self._carry] if self._carry else []

    def _peel_headings(self, candidates: list[Piece], n: int) -> list[Piece]:
        """Leading headings become heading rows; a heading phrase printed with figures of its
        own ('Equity attributable to owners of the Company  2,297,160') stays the label."""
        headings = 0
        while headings < len(candidates) and is_heading_text(candidates[headings].text):
            ends_with_colon = candidates[headings].text.rstrip().endswith((":", "："))
            if not ends_with_colon and len(candidates) - headings - 1 < n:
                break
            headings += 1
        for piece in candidates[:headings]:
            self._heading(piece)
        return candidates[headings:]

    def _take_label_only(self, cells: LineCells) -> None:
        self._report_garbled_texts(cells)
        text = clean_label(cells.label)
        if not text:
            return
        if not re.search(r"[^\W\d_]", text):
            self._issue(
                "TO904",
                f"stray figure {text!r} where a label belongs",
                cells.label_span,
                cells.line,
            )
            return
        if self.pending and (
            starts_lowercase(text)
            or is_unfinished_label(self.pending[-1].text)
            or _continues_cjk(self.pending[-1], text, cells, self._label_columns)
        ):
            self._glue(cells, text)
            return
        if (
            starts_lowercase(text)
            and not self.pending
            and self.drafts
            and not self.drafts[-1].heading
        ):
            last = self.drafts[-1]
            if last.lines[-1] == cells.line - 1 and last.label and not last.label.endswith(text):
                last.label = f"{last.label} {text}"
                last.lines.append(cells.line)
            return
        for piece in split_labels(text, 1):
            self.pending.append(Piece(piece, [cells.line], cells.label_span))

    def _report_garbled_texts(self, cells: LineCells) -> None:
        """Cells holding words and figures mixed: a garbled repeat; report what it holds."""
        for text, span in cells.texts.values():
            tokens = text.split()
            figures = [
                t for t in tokens if parse_number(t) is not None and any(c in t for c in ",()")
            ]
            if len(figures) < 2:
                continue
            self._issue(
                "TO904",
                f"garbled cell {text[:60]!r}: figures mixed with words; not read as a row",
                span,
                cells.line,
            )
            for token in figures:
                number = parse_number(token)
                if number is not None and number.malformed:
                    start = text.find(token)
                    token_span = SourceSpan(
                        span.line, span.col_start + start, span.col_start + start + len(token) - 1
                    )
                    self._issue(
                        "TO901",
                        f"malformed number {token!r}: {number.malformed}; read as "
                        f"{format_amount(number.value, number.decimals)}",
                        token_span,
                        cells.line,
                    )

    def _glue(self, cells: LineCells, text: str) -> None:
        last = self.pending[-1]
        if last.text.endswith(text):  # a garbled repeat of the label's tail
            return
        last.text = join_label(last.text, text)
        last.lines.append(cells.line)

    def _candidates(self, cells: LineCells) -> list[Piece]:
        text = clean_label(cells.label)
        pieces = list(self.pending)
        self.pending = []
        if not text:
            return pieces
        labelled = sum(1 for p in pieces if not is_heading_text(p.text))
        segments = split_labels(text, max(cells.count - labelled, 1))
        if (
            segments
            and pieces
            and (
                starts_lowercase(segments[0])
                or is_unfinished_label(pieces[-1].text)
                or _continues_cjk(pieces[-1], segments[0], cells, self._label_columns)
            )
        ):
            pieces[-1].text = join_label(pieces[-1].text, segments[0])
            pieces[-1].lines.append(cells.line)
            segments = segments[1:]
        pieces.extend(Piece(s, [cells.line], cells.label_span) for s in segments)
        return pieces

    def _heading(self, piece: Piece) -> None:
        self.drafts.append(RowDraft(piece.text, piece.lines, piece.span, heading=True))

    def _flush_pending_as_headings(self) -> None:
        for piece in self.pending:
            self._heading(piece)
        self.pending = []

    # -- values

    def _is_garbled(self, cells: LineCells) -> bool:
        values = [v for vs in cells.values.values() for v in vs]
        suspect = [
            v.malformed or (slot in self.integer_columns and v.number.decimals == 3)
            for slot, vs in cells.values.items()
            for v in vs
        ]
        if len(values) >= 2 and all(suspect):
            printed = ", ".join(repr(v.text) for v in values)
            self._issue(
                "TO904",
                f"garbled figures {printed}: the line repeats a row unreadably; values ignored",
                values[0].span,
                cells.line,
            )
            return True
        return False

    def _emit_rows(self, cells: LineCells, labels: list[Piece], n: int) -> None:
        columns = self._assign(cells, n)
        if len(labels) < n and n > 1:
            self._issue(
                "TO905",
                f"{n} rows of values but {len(labels)} labels: "
                f"{n - len(labels)} row(s) left without a label",
                cells.label_span,
                cells.line,
            )
        for j in range(n):
            piece = labels[j] if j < len(labels) else None
            lines = sorted({*(piece.lines if piece else []), cells.line})
            draft = RowDraft(
                piece.text if piece else None,
                lines,
                piece.span if piece else None,
                values={slot: col[j] for slot, col in columns.items()},
                notes=cells.notes if n == 1 or j == 0 else None,
            )
            if n == 1:
                draft.texts = dict(cells.texts)
            self.drafts.append(draft)
        if n == 1:
            for text, span in cells.texts.values():
                if not _NOT_APPLICABLE.match(text.strip("<>/u ")):
                    self._issue("TO904", f"unreadable value {text!r}", span, cells.line)

    def _assign(self, cells: LineCells, n: int) -> dict[int, list[Value | None]]:
        """Per column, one value (or None) per row; short columns aligned by magnitude."""
        full = {s: list(v) for s, v in cells.values.items() if len(v) == n}
        out: dict[int, list[Value | None]] = {s: list(v) for s, v in full.items()}
        for slot, values in cells.values.items():
            if len(values) == n:
                continue
            reference = _nearest_reference(slot, full)
            positions = _align(values, reference, n)
            column: list[Value | None] = [None] * n
            for value, position in zip(values, positions, strict=True):
                column[position] = value
            out[slot] = column
            missing = [k for k in range(n) if column[k] is None]
            self._issue(
                "TO902",
                f"{n} rows run together on this line but column {slot + 1} prints "
                f"{len(values)} values; row(s) {', '.join(str(k + 1) for k in missing)} of the "
                f"line have no value in it (matched by magnitude to the neighbouring column)",
                values[0].span if values else cells.label_span,
                cells.line,
            )
        return out

    # -- rows

    def _rows(self) -> list[Row]:
        rows: list[Row] = []
        depth = 0
        heading_unit = None
        heading: str | None = None
        percent_line: int | None = None  # the line a '% growth' heading was split off
        drafts = [d for d in self.drafts if not _is_rule_line(d)]
        for index, draft in enumerate(drafts):
            kind = self._kind(draft)
            if kind is RowKind.HEADING:
                depth = 1
                heading_unit = _per_share_unit(draft.label, heading_unit)
                heading = draft.label
                if _percent_label_unit(draft.label):
                    percent_line = draft.lines[0]
            elif kind is RowKind.ITEM and _closes_heading(draft.label, heading):
                kind = RowKind.SUBTOTAL
            cells = tuple(self._cells(draft))
            unit = (
                (_percent_label_unit("%") if draft.lines[0] == percent_line else None)
                or (label_unit(draft.label) if draft.label else None)
                or heading_unit
                or _printed_percent_unit(draft)
                or _percent_label_unit(draft.label)
                or _per_share_run(rows, draft)
            )
            rows.append(
                Row(
                    index=index,
                    label=draft.label,
                    concept="",
                    cells=cells,
                    kind=kind,
                    lines=tuple(draft.lines),
                    depth=0 if kind is RowKind.HEADING else depth,
                    notes=draft.notes,
                    label_span=draft.label_span,
                    unit=unit,
                )
            )
            if kind in (RowKind.SUBTOTAL, RowKind.TOTAL):
                depth = 0
                heading_unit = None
                heading = None
        return rows

    def _kind(self, draft: RowDraft) -> RowKind:
        return RowKind.HEADING if draft.heading else row_kind(draft.label)

    def _cells(self, draft: RowDraft) -> list[Cell]:
        cells: list[Cell] = []
        for slot in sorted({*draft.values, *draft.texts}):
            value = draft.values.get(slot)
            if value is not None:
                cells.append(self._cell(slot, value, draft.lines[-1]))
            elif slot in draft.texts:
                text, span = draft.texts[slot]
                flags = (
                    frozenset()
                    if _NOT_APPLICABLE.match(text.strip("<>/u "))
                    else frozenset({CellFlag.MALFORMED})
                )
                cells.append(Cell(slot, text, None, None, span, flags))
        return cells

    def _cell(self, slot: int, value: Value, line: int) -> Cell:
        number = value.number
        if slot in self.integer_columns and number.decimals == 3 and not number.malformed:
            number = read_point_as_comma(number)
        flags: set[CellFlag] = set()
        if number.nil:
            flags.add(CellFlag.NIL)
        if number.malformed:
            flags.add(CellFlag.MALFORMED)
            self._issue(
                "TO901",
                f"malformed number {value.text!r}: {number.malformed}; read as "
                f"{format_amount(number.value, number.decimals)}",
                value.span,
                value.span.line,
            )
        return Cell(slot, value.text, number.value, number.decimals, value.span, frozenset(flags))

    def _issue(self, code: str, message: str, span: SourceSpan | None, line: int) -> None:
        self.issues.append(ReadingIssue(code, message, span or SourceSpan(line, 1, 1)))


def _continues_cjk(
    piece: Piece, text: str, cells: LineCells, label_columns: tuple[int, int]
) -> bool:
    """`text` on this line carries on the Chinese label `piece` began (see
    continues_cjk_label). 'Indented': this line's label starts right of the piece's, and
    the piece's line ran most of the way across the label column (a wrapped line is a
    long one; a short heading over indented items, '已終止經營業務', is not)."""
    left, right = label_columns
    indented = (
        piece.span is not None
        and cells.label_span is not None
        and len(piece.lines) == 1  # the tail of a one-line start (a third line is no tail)
        and piece.span.line != cells.label_span.line
        and cells.label_span.col_start > piece.span.col_start
        and piece.span.col_end - left >= FULL_LINE * (right - left)
    )
    return continues_cjk_label(piece.text, text, indented=indented)


FULL_LINE = 0.6  # share of the label column a wrapped line fills


def _closes_heading(label: str | None, heading: str | None) -> bool:
    """The row prints its section heading's words again: the figure closing that section
    ('Loss attributable to non-controlling interests' over its continuing and discontinued
    shares), whether or not the label says 'total'."""
    if label is None or heading is None:
        return False
    return _bare(label) == _bare(heading)


def _bare(label: str) -> str:
    return re.sub(r"[\s:：]+", "", label).lower()


def _is_rule_line(draft: RowDraft) -> bool:
    """An unlabelled row of nothing but dashes: an underline the extraction kept."""
    values = [v for v in draft.values.values() if v is not None]
    return (
        draft.label is None
        and not draft.heading
        and bool(values)
        and all(v.number.nil for v in values)
    )


def _per_share_run(rows: list[Row], draft: RowDraft) -> Unit | None:
    """Adjustments printed in cents under 'Diluted EPS  1.25' (amortization 0.10,
    restructuring (0.03)) are per-share amounts like the line they adjust."""
    previous = rows[-1] if rows else None
    if previous is None or previous.unit is None or previous.kind is not RowKind.ITEM:
        return None
    if previous.unit.measure is not Measure.PER_SHARE:
        return None
    values = [v for v in draft.values.values() if v is not None and not v.number.nil]
    if values and all(v.number.decimals == 2 for v in values):
        return previous.unit
    return None


def _printed_percent_unit(draft: RowDraft) -> Unit | None:
    """A row whose every figure is printed with '%' (gross margin percentage) is a row of
    percentages, whatever the table's currency."""
    values = [v for v in draft.values.values() if v is not None and not v.number.nil]
    if values and all(v.number.percent for v in values):
        return Unit(Measure.PERCENT)
    return None


_PERCENT_LABEL = re.compile(r"^\s*%|%\s*$")


def _percent_label_unit(label: str | None) -> Unit | None:
    """A row whose label opens or ends with '%' ('% growth - Adjusted EBIT', 'Adjusted
    EBIT / sales %') is a row of percentages, whatever the table's currency."""
    if label and _PERCENT_LABEL.search(label):
        return Unit(Measure.PERCENT)
    return None


def _per_share_unit(label: str | None, before: Unit | None = None) -> Unit | None:
    """Rows under 'Net income per share:' are per-share amounts, whatever the table's scale;
    so are rows under its sub-headings 'From continuing operations' (來自持續經營業務)."""
    unit = label_unit(label) if label else None
    if unit is not None and unit.measure is Measure.PER_SHARE:
        return unit
    return before if label and _OPERATIONS_SUBHEADING.search(label) else None


_OPERATIONS_SUBHEADING = re.compile(
    r"continuing|discontinued|持續經營|持续经营|已終止|已终止", re.I
)


def _nearest_reference(slot: int, full: dict[int, list[Value]]) -> list[Value] | None:
    if not full:
        return None
    nearest = min(full, key=lambda s: abs(s - slot))
    return full[nearest]


def _align(values: list[Value], reference: list[Value] | None, n: int) -> list[int]:
    """Positions (in order) for `values` among `n` rows, closest in magnitude to the reference."""
    if reference is None:
        return list(range(len(values)))
    best: tuple[float, tuple[int, ...]] | None = None
    for positions in combinations(range(n), len(values)):
        cost = sum(
            _distance(v.number, reference[p].number) for v, p in zip(values, positions, strict=True)
        )
        if best is None or cost < best[0]:
            best = (cost, positions)
    assert best is not None
    return list(best[1])


def _distance(a: ParsedNumber, b: ParsedNumber) -> float:
    x, y = abs(float(a.value)), abs(float(b.value))
    sign = 0.0 if (a.value < 0) == (b.value < 0) else 2.0
    return abs(math.log1p(x) - math.log1p(y)) + sign


def row_kind(label: str | None) -> RowKind:
    """What a row with figures is, by its label: a total, an unlabelled subtotal, an item."""
    if label is None:
        return RowKind.SUBTOTAL
    return RowKind.TOTAL if _TOTAL.search(label) else RowKind.ITEM
