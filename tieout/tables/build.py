"""Assemble tables: blocks -> header and body -> columns -> rows -> Table."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tieout.model import (
    Cell,
    Column,
    ColumnRole,
    Document,
    Measure,
    Period,
    ReadingIssue,
    Row,
    RowKind,
    SourceSpan,
    Table,
    TableKind,
    Unit,
)
from tieout.statements.classify import kind_from_title
from tieout.statements.concepts import section_of
from tieout.tables.blocks import HEADER_INDENT, Block, find_blocks, opens_with_period_headers
from tieout.tables.columns import (
    STANDARD,
    ColumnPlan,
    Reconstruction,
    TableContext,
    describe_columns,
    is_integer_column,
    plan_columns,
)
from tieout.tables.labels import continues_cjk_label, is_unfinished_label, join_label
from tieout.tables.lines import LineView
from tieout.tables.periods import duration_months, find_date, period_ending
from tieout.tables.rows import LineCells, RowBuilder, row_kind, split_line
from tieout.tables.units import caption_unit, unit_in

_REPORTING_PERIOD = re.compile(
    r"(?:(?:three|six|nine|twelve)\s+months|(?:financial\s+)?year)\s+ended\s+[^.;\n]{3,30}?(?:19|20)\d\d",
    re.I,
)
_OPENING = re.compile(r"^(?:\(unaudited\)\s*)?(?:as\s+at|at|balance\s+at)\b", re.I)


@dataclass(frozen=True, slots=True)
class Layout:
    """What every reading of a document's tables shares: line views and table blocks."""

    document: Document
    views: list[LineView]
    blocks: list[Block]
    default_period: Period | None
    default_unit: Unit | None


_last_layout: list[Layout] = []


def lay_out(document: Document) -> Layout:
    """The document's layout; the last one is kept, for a re-reading of the same document."""
    if _last_layout and _last_layout[0].document is document:
        return _last_layout[0]
    views = _views(document)
    blocks = find_blocks(views)
    layout = Layout(document, views, blocks, reporting_period(views), _document_unit(blocks))
    _last_layout[:] = [layout]
    return layout


def build_tables(
    document: Document,
    reconstruction: Reconstruction = STANDARD,
    *,
    within: Sequence[tuple[int, int]] = (),
    layout: Layout | None = None,
) -> tuple[list[Table], list[ReadingIssue]]:
    """Every table of the document; only those inside the `within` line ranges when given
    (a re-reading of some tables with another `reconstruction`, on the same `layout`)."""
    layout = layout or lay_out(document)
    views = layout.views
    issues: list[ReadingIssue] = list(document.warnings)
    tables: list[Table] = []
    last_page: int | None = None
    for block in layout.blocks:
        if within and not any(a <= block.first_line and block.last_line <= b for a, b in within):
            continue
        built = _build_table(
            block,
            document.char_width_on(block.lines[0].line.page),
            layout.default_period,
            layout.default_unit,
            reconstruction,
        )
        if built is None:
            continue
        table, table_issues = built
        issues.extend(table_issues)
        if tables and _may_merge(tables[-1], table, block, last_page):
            tables[-1] = _merge(tables[-1], table)
        else:
            tables.append(table)
        last_page = block.lines[-1].line.page
    if document.format == "text":
        tables, attached = _attach_trailing_figures(views, tables)
        issues.extend(attached)
        issues.extend(_stray_figures(views, tables))
    tables = [replace(t, id=f"t{i:02d}") for i, t in enumerate(tables, start=1)]
    return tables, sorted(issues, key=lambda i: (i.span.line, i.span.col_start, i.code))


def _views(document: Document) -> list[LineView]:
    """Line views with each page's left text edge, so indents mean the same on every page."""
    edges: dict[int | None, float] = {}
    for line in document.lines:
        if line.fields:
            edges[line.page] = min(edges.get(line.page, line.fields[0].x0), line.fields[0].x0)
    widths = {page: document.char_width_on(page) for page in {line.page for line in document.lines}}
    return [
        LineView.of(line, edges.get(line.page, 0.0), widths[line.page]) for line in document.lines
    ]


def reporting_period(views: Sequence[LineView]) -> Period | None:
    """The period the document reports on: the one it names most often, the first on a tie."""
    seen: Counter[Period] = Counter()
    for view in views:
        text = view.line.text
        if "nded" not in text and "NDED" not in text:
            continue  # "ended" / "ENDED": most lines name no period at all
        for m in _REPORTING_PERIOD.finditer(text):
            end = find_date(m.group(0)).complete()
            months = duration_months(m.group(0))
            if end is not None and months:
                seen[period_ending(end, months)] += 1
    if not seen:
        return None
    best = max(seen.values())
    return next(p for p, n in seen.items() if n == best)


def _document_unit(blocks: Sequence[Block]) -> Unit | None:
    units: Counter[Unit] = Counter()
    for block in blocks:
        texts = [block.title, block.subtitle, *(v.text for v in _split_header(block.lines)[0])]
        for text in texts:
            unit = unit_in(text)
            if unit is not None and unit.measure is Measure.MONETARY and unit.scale:
                units[unit] += 1  # '(MILLIONS)' over every table of a US filing counts too
    return units.most_common(1)[0][0] if units else None


def _split_header(
    lines: Sequence[LineView], *, by_indent: bool = False
) -> tuple[list[LineView], list[LineView]]:
    first_body = next((i for i, v in enumerate(lines) if v.has_substantial_amounts), len(lines))
    header = list(lines[:first_body])
    body = list(lines[first_body:])
    while header and not _is_header_line(header[-1], by_indent=by_indent):
        body.insert(0, header.pop())
    return header, [v for v in body if not v.is_column_header_row]  # repeated on a new page


def _is_header_line(view: LineView, *, by_indent: bool = False) -> bool:
    if view.is_tab:
        return any(fv.x0 > 0 for fv in view.fields) or view.has_header_words
    if len(view.fields) > 1 or view.has_header_words:
        return True
    # 'Domestic International Consolidated' set close over the figures: column names
    return by_indent and view.indent(view.fields[0]) > HEADER_INDENT * view.char_width


def _build_table(
    block: Block,
    char_width: float,
    default_period: Period | None,
    default_unit: Unit | None,
    reconstruction: Reconstruction,
) -> tuple[Table, list[ReadingIssue]] | None:
    header, body = _split_header(block.lines, by_indent=True)
    plan = plan_columns(header, body, char_width, reconstruction)
    if not plan.slots:
        return None
    context_text = " ".join(
        [block.title, block.subtitle, _caption_context(block.caption), *(v.text for v in header)]
    )
    instant = kind_from_title(block.title) is TableKind.BALANCE_SHEET
    ctx = TableContext(context_text, default_period, default_unit, instant)
    columns, unit = describe_columns(plan, ctx)
    if unit.currency is None and any("$" in v.line.text for v in body):
        unit = Unit(unit.measure, "USD", unit.scale)
    line_cells = [split_line(view, plan) for view in body]
    columns = _percent_columns(columns, line_cells)
    integer_columns = _integer_columns(plan, line_cells)
    rows, issues = RowBuilder(plan, integer_columns).build(line_cells)
    issues.extend(_junk_issue(line_cells))
    if not any(r.cells for r in rows):
        return None
    table = Table(
        id="",
        kind=TableKind.OTHER,
        title=block.title,
        unit=unit,
        columns=tuple(columns),
        rows=tuple(rows),
        lines=(block.first_line, block.last_line),
        section=block.section,
        note=block.note,
        page=block.lines[0].line.page,
        reading=reconstruction.name,
    )
    return table, issues


_AS_OF = re.compile(r"\bas\s+(?:of|at)\b|\bbalance\s+sheets?\b", re.I)


def _caption_context(caption: str) -> str:
    """What the sentence introducing a table says about all its columns: the unit it ends
    with, and that they are dates when it speaks of balances 'as of' them."""
    unit = caption_unit(caption)
    if _AS_OF.search(caption) and duration_months(caption) is None:
        return f"{unit} as of"
    return unit


def _percent_columns(columns: list[Column], lines: Sequence[LineCells]) -> list[Column]:
    """An amount column whose every figure is printed with '%' (a revenue mix) holds
    percentages, whatever its header says."""
    out = []
    for column in columns:
        values = [
            v for cells in lines for v in cells.values.get(column.index, []) if not v.number.nil
        ]
        if column.role is ColumnRole.VALUE and values and all(v.number.percent for v in values):
            column = replace(column, unit=Unit(Measure.PERCENT))
        out.append(column)
    return out


def _integer_columns(plan: ColumnPlan, lines: Sequence[LineCells]) -> set[int]:
    out = set()
    for slot in range(len(plan.slots)):
        values = [v for cells in lines for v in cells.values.get(slot, [])]
        if is_integer_column(values):
            out.add(slot)
    return out


def _junk_issue(lines: Sequence[LineCells]) -> list[ReadingIssue]:
    junk = [c for c in lines if c.junk]
    if len(junk) < 2:
        return []
    first, last = junk[0].line, junk[-1].line
    return [
        ReadingIssue(
            "TO904",
            f"lines {first}-{last} carry garbled text before their cells (a broken repeat "
            "of other rows); only the cells at the end of each line were read",
            SourceSpan(first, 1, max(len(junk[0].junk), 1)),
        )
    ]


_CONTINUED = re.compile(r"\s*[(（]\s*(?:continued|cont'?d|續|续)\s*[)）]\s*$", re.I)


def _may_merge(previous: Table, table: Table, block: Block, page_before: int | None) -> bool:
    """The block carries on the table before it, cell for cell (its cells keep their column
    indices, so both must have the same columns)."""
    if len(previous.columns) != len(table.columns):
        return False
    return not opens_with_period_headers(block, page_before) and _continues(previous, table, block)


def _continues(previous: Table, table: Table, block: Block) -> bool:
    """A block that carries on the table above it: untitled, or titled '... (Continued)'."""
    if _CONTINUED.search(block.title):
        same = _CONTINUED.sub("", block.title).lower() == _CONTINUED.sub("", previous.title).lower()
        return same and len(previous.value_columns()) == len(table.value_columns())
    if block.has_own_title and _title_begins_first_label(previous, table):
        # the title line is the first line of the first row's label: one line above it
        near = table.lines[0] - 1 - previous.lines[1] <= CONTINUATION_GAP
        return near and len(previous.value_columns()) == len(table.value_columns())
    headerless = not _split_header(block.lines)[0]  # periods, if any, were only assumed
    if headerless and not _lacks_periods(previous):
        near = table.lines[0] - previous.lines[1] <= CONTINUATION_GAP
        return near and len(previous.value_columns()) == len(table.value_columns())
    if block.has_own_title and (block.title or block.subtitle):
        if not (_statement_section(previous, block.title) and _headerless(block)):
            return False
        near = table.lines[0] - previous.lines[1] <= CONTINUATION_GAP
        return near and len(previous.value_columns()) == len(table.value_columns())
    if len(previous.value_columns()) != len(table.value_columns()):
        return False
    if table.lines[0] - previous.lines[1] > 3:
        return False
    if _opens_with_balance(previous.rows) and _opens_with_balance(table.rows):
        return False
    periods_a = [c.period for c in previous.value_columns()]
    periods_b = [c.period for c in table.value_columns()]
    return all(b is None or a is None or a == b for a, b in zip(periods_a, periods_b, strict=True))


CONTINUATION_GAP = 4


def _title_begins_first_label(previous: Table, table: Table) -> bool:
    """Under a primary statement, a block's 'title' that the label of its first row
    finishes ('出售按公允值計入其他全面收益之' / '金融資產時的轉讓  –  6,026'): the statement
    goes on after a wide gap, its row's label wrapped over the gap's last line."""
    first = next(iter(table.rows), None)
    if kind_from_title(previous.title) is None or first is None or not first.cells:
        return False
    return bool(first.label) and _begins_label(table.title, first.label or "")


def _begins_label(title: str, label: str) -> bool:
    return is_unfinished_label(title) or continues_cjk_label(title, label, indented=False)


_STATEMENT_SECTIONS = frozenset(
    {
        "noncurrent_assets",
        "current_assets",
        "noncurrent_liabilities",
        "current_liabilities",
        "liabilities",
        "liabilities_and_equity",
        "equity",
    }
)


def _headerless(block: Block) -> bool:
    """No column header of its own: its figures start on its first line."""
    return bool(block.lines) and block.lines[0].has_substantial_amounts


def _statement_section(previous: Table, heading: str) -> bool:
    """A balance-sheet section heading ('CAPITAL AND RESERVES') printed like a title: the
    statement goes on under it."""
    if kind_from_title(previous.title) is not TableKind.BALANCE_SHEET:
        return False
    return section_of(heading) in _STATEMENT_SECTIONS


def _lacks_periods(table: Table) -> bool:
    return all(c.period is None and c.member is None for c in table.value_columns())


def _opens_with_balance(rows: Sequence[Row]) -> bool:
    first = next((r for r in rows if r.cells), None)
    return bool(first and first.label and _OPENING.match(first.label))


def _merge(previous: Table, table: Table) -> Table:
    offset = len(previous.rows)
    carried = table.rows
    first = carried[0] if carried else None
    if (
        table.title
        and first
        and first.cells
        and first.label
        and _begins_label(table.title, first.label)
    ):
        # The "title" is the first line of the first row's label, printed in capitals like a
        # heading: 'TOTAL ASSETS LESS CURRENT' / 'LIABILITIES  1,120,359'.
        label = join_label(table.title, first.label)
        lines = (min(table.lines[0], first.line), *first.lines)
        carried = (replace(first, label=label, kind=row_kind(label), lines=lines), *carried[1:])
    elif table.title and not _CONTINUED.search(table.title):
        # The block's own heading ("LIABILITIES AND EQUITY") is a heading row of the merged table.
        heading = Row(0, table.title, "", (), RowKind.HEADING, (table.lines[0],))
        carried = (heading, *carried)
    rows = previous.rows + tuple(replace(r, index=i + offset) for i, r in enumerate(carried))
    shared = tuple(
        a if a.period is not None or b.period is None else replace(a, period=b.period)
        for a, b in zip(previous.columns, table.columns, strict=False)
    )
    # A notes column printed on one page only leaves one table a column longer.
    columns = shared + previous.columns[len(shared) :] + table.columns[len(shared) :]
    return replace(
        previous,
        rows=rows,
        columns=columns or previous.columns,
        lines=(previous.lines[0], table.lines[1]),
    )


def _trailing_figures(views: Sequence[LineView], after: int) -> list[LineView]:
    """Lone figures on untabbed lines right after a tab table (blank lines between)."""
    figures: list[LineView] = []
    for view in views[after:]:
        if view.is_blank:
            continue
        if view.is_tab or not view.is_lone_figure or not view.amounts:
            break
        figures.append(view)
    return figures


def _attach_trailing_figures(
    views: Sequence[LineView], tables: list[Table]
) -> tuple[list[Table], list[ReadingIssue]]:
    """A table's last row whose figures the extraction left on lines of their own.

    Only when there is exactly one figure per value column, read left to right; the
    footing checks then confirm or refute the reading, and a reading issue says so.
    """
    issues: list[ReadingIssue] = []
    out: list[Table] = []
    for table in tables:
        figures = _trailing_figures(views, table.lines[1])
        columns = table.value_columns()
        if not figures or len(figures) != len(columns) or len(columns) < 2:
            out.append(table)
            continue
        cells = tuple(
            Cell(column.index, v.text, v.number.value, v.number.decimals, v.span)
            for column, v in zip(columns, (f.amounts[0] for f in figures), strict=True)
        )
        lines = tuple(f.number for f in figures)
        row = Row(len(table.rows), None, "", cells, RowKind.SUBTOTAL, lines)
        out.append(replace(table, rows=(*table.rows, row), lines=(table.lines[0], lines[-1])))
        listed = ", ".join(str(n) for n in lines)
        issues.append(
            ReadingIssue(
                "TO904",
                f"figures on lines {listed} stand on lines of their own after the table; read "
                "as its last row, one per column from left to right",
                figures[0].amounts[0].span,
            )
        )
    return out, issues


def _stray_figures(views: Sequence[LineView], tables: Sequence[Table]) -> list[ReadingIssue]:
    """Amounts standing alone on non-table lines of tab text: a table the extraction scattered."""
    inside = {n for t in tables for r in t.rows for n in r.lines}
    issues = []
    for view in views:
        if view.is_tab or not view.is_lone_figure or view.number in inside:
            continue
        text = view.fields[0].text
        if "," not in text and "(" not in text:
            continue
        token = view.fields[0].field.tokens[0]
        issues.append(
            ReadingIssue(
                "TO904",
                f"stray figure {text!r} outside any table row (a table the extraction "
                "scattered); not attributed",
                token.span,
            )
        )
    return issues
