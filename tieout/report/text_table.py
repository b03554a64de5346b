"""Print a table as aligned text, as a statement would look on the page."""

from __future__ import annotations

from tieout.model import ColumnRole, Row, Table


def _column_heading(table: Table, index: int) -> str:
    column = table.columns[index]
    parts = [p for p in (column.member, str(column.period) if column.period else None) if p]
    return " ".join(parts) or column.header or f"col {index}"


def _label(row: Row) -> str:
    if row.label:
        return row.label
    if row.concept.startswith("unlabelled-"):
        return "(no label)"
    return f"(no label: {row.concept})"


def _value_line(row: Row) -> int:
    """The line the row's figures stand on (a wrapped label starts above it)."""
    spans = [c.span for c in row.cells if c.span is not None]
    return spans[0].line if spans else row.line


def _cell_text(row: Row, column: int) -> str:
    cell = row.cell(column)
    return cell.text if cell else ""


def render_table(table: Table) -> str:
    shown = [c.index for c in table.columns if c.role is not ColumnRole.NOTES]
    headings = [_column_heading(table, i) for i in shown]
    labels = [("  " * row.depth) + _label(row) for row in table.rows]
    cells = [[_cell_text(row, i) for i in shown] for row in table.rows]
    label_width = min(max([len(x) for x in labels] + [10]), 60)
    widths = [
        max([len(h) for h in [headings[k]]] + [len(r[k]) for r in cells] + [6])
        for k in range(len(shown))
    ]
    first, last = table.lines
    reading = "" if table.reading == "standard" else f", read with {table.reading}"
    title = (
        f"{table.title}  [{table.kind.value}, {table.unit.label()}, lines {first}-{last}{reading}]"
    )
    out = [title, "-" * len(title)]
    out.append(
        " " * label_width
        + "  "
        + "  ".join(h.rjust(w) for h, w in zip(headings, widths, strict=True))
    )
    for label, row_cells, row in zip(labels, cells, table.rows, strict=True):
        text = label[:label_width].ljust(label_width)
        values = "  ".join(v.rjust(w) for v, w in zip(row_cells, widths, strict=True))
        out.append(f"{text}  {values}  (line {_value_line(row)})")
    return "\n".join(out)
