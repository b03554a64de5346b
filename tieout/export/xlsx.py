"""The XLSX export: a summary sheet, one sheet per table as printed, findings and facts.

Numbers keep their status: contradicted cells are filled red and carry the findings as a
comment, warnings yellow, inferred values blue italics.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tieout.export.frames import column_title
from tieout.export.records import FACT_COLUMNS, FINDING_COLUMNS, fact_records, finding_records
from tieout.model import ColumnRole, Report, Table
from tieout.store.status import NumberStatus, checks_by_cell, number_statuses

FILLS = {
    NumberStatus.CONTRADICTED: "FFC7CE",
    NumberStatus.WARNING: "FFEB9C",
    NumberStatus.VERIFIED: "C6EFCE",
}
_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")


def sheet_name(table: Table, taken: set[str]) -> str:
    base = _SHEET_UNSAFE.sub(" ", f"{table.id} {table.kind.value.replace('_', ' ')}")[:31]
    name, n = base, 2
    while name.lower() in taken:
        name = f"{base[:27]} ({n})"
        n += 1
    taken.add(name.lower())
    return name


def write_xlsx(report: Report, path: str | Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    _summary_sheet(summary, report)
    taken = {"summary", "findings", "facts"}
    statuses = number_statuses(report)
    used = checks_by_cell(report)
    for table in report.filing.tables:
        _table_sheet(book.create_sheet(sheet_name(table, taken)), table, report, statuses, used)
    _records_sheet(book.create_sheet("Findings"), FINDING_COLUMNS, finding_records(report))
    _records_sheet(book.create_sheet("Facts"), FACT_COLUMNS, fact_records(report))
    book.save(str(path))


def _summary_sheet(sheet: Any, report: Report) -> None:
    filing = report.filing
    sheet.append(["title", filing.title])
    sheet.append(["source", filing.source])
    sheet.append(["sha256", filing.sha256])
    for name, value in _summary_items(report):
        sheet.append([name, value])


def _summary_items(report: Report) -> list[tuple[str, int]]:
    s = report.summary
    return [(name, getattr(s, name)) for name in s.__dataclass_fields__]


def _table_sheet(
    sheet: Any,
    table: Table,
    report: Report,
    statuses: dict[tuple[str, int, int], NumberStatus],
    used: dict[tuple[str, int, int], list[int]],
) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    columns = [c for c in table.columns if c.role is not ColumnRole.NOTES]
    sheet.append([table.title])
    sheet.append([f"unit: {table.unit.label()}", f"lines {table.lines[0]}-{table.lines[1]}"])
    sheet.append(["line item", *[column_title(c) for c in columns]])
    for row in table.rows:
        label = ("  " * row.depth) + (row.label or "")
        values = [_cell_value(row.cell(c.index)) for c in columns]
        sheet.append([label, *values])
        excel_row = sheet.max_row
        if row.kind.value in ("subtotal", "total"):
            sheet.cell(excel_row, 1).font = Font(bold=True)
        for k, column in enumerate(columns, start=2):
            key = (table.id, row.index, column.index)
            status = statuses.get(key)
            target = sheet.cell(excel_row, k)
            if status in FILLS:
                target.fill = PatternFill("solid", fgColor=FILLS[status])
            if status is NumberStatus.INFERRED:
                target.font = Font(italic=True, color="1F4E79")
            if status in (NumberStatus.CONTRADICTED, NumberStatus.WARNING):
                findings = [report.checks[i].finding for i in used.get(key, [])]
                notes = [f.message for f in findings if f is not None]
                target.comment = Comment("\n".join(notes) or status.value, "tieout")
    sheet.column_dimensions["A"].width = 48


def _cell_value(cell: Any) -> Any:
    if cell is None:
        return None
    return cell.value if cell.value is not None else (cell.text or None)


def _records_sheet(sheet: Any, columns: tuple[str, ...], records: list[dict[str, Any]]) -> None:
    sheet.append(list(columns))
    for record in records:
        sheet.append([record[c] for c in columns])
