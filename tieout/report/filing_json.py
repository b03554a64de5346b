"""The filing as JSON-ready dicts: the documented output of `tieout extract --format json`.

docs/filing.schema.json is the JSON Schema of `filing_to_dict`'s result.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tieout.model import Cell, Column, Fact, Filing, ReadingIssue, Row, SourceSpan, Table, Unit
from tieout.numbers import base_value

SCHEMA_VERSION = "1"


def decimal_text(value: Decimal | None) -> str | None:
    """A Decimal as plain text, never in exponent form."""
    if value is None:
        return None
    text = format(value, "f")
    return text


def span_to_dict(span: SourceSpan) -> dict[str, Any]:
    out: dict[str, Any] = {"line": span.line, "col_start": span.col_start, "col_end": span.col_end}
    if span.page is not None:
        out["page"] = span.page
    if span.bbox is not None:
        out["bbox"] = [span.bbox.x0, span.bbox.top, span.bbox.x1, span.bbox.bottom]
    return out


def unit_to_dict(unit: Unit) -> dict[str, Any]:
    return {
        "measure": unit.measure.value,
        "currency": unit.currency,
        "scale": unit.scale,
        "label": unit.label(),
    }


def column_to_dict(column: Column, table: Table) -> dict[str, Any]:
    return {
        "index": column.index,
        "header": column.header,
        "role": column.role.value,
        "period": column.period.to_json() if column.period else None,
        "member": column.member,
        "unit": unit_to_dict(column.unit or table.unit),
    }


def cell_to_dict(cell: Cell, column: Column, table: Table) -> dict[str, Any]:
    unit = column.unit or table.unit
    amount = base_value(cell.value, unit.scale) if cell.value is not None else None
    out: dict[str, Any] = {
        "column": cell.column,
        "text": cell.text,
        "value": decimal_text(cell.value),
        "amount": decimal_text(amount) if unit.measure.value != "percent" else None,
        "flags": sorted(f.value for f in cell.flags),
    }
    if cell.span is not None:
        out["source"] = span_to_dict(cell.span)
    return out


def row_to_dict(row: Row, table: Table) -> dict[str, Any]:
    return {
        "index": row.index,
        "label": row.label,
        "concept": row.concept,
        "kind": row.kind.value,
        "depth": row.depth,
        "notes": row.notes,
        "line": row.line,
        "lines": list(row.lines),
        "cells": [cell_to_dict(c, table.columns[c.column], table) for c in row.cells],
    }


def table_to_dict(table: Table) -> dict[str, Any]:
    return {
        "id": table.id,
        "title": table.title,
        "kind": table.kind.value,
        "section": table.section,
        "note": table.note,
        "unit": unit_to_dict(table.unit),
        "lines": list(table.lines),
        "page": table.page,
        "reading": table.reading,
        "columns": [column_to_dict(c, table) for c in table.columns],
        "rows": [row_to_dict(r, table) for r in table.rows],
    }


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    return {
        "concept": fact.concept,
        "label": fact.label,
        "period": fact.period.to_json() if fact.period else None,
        "member": fact.member,
        "value": decimal_text(fact.value),
        "printed": decimal_text(fact.printed),
        "decimals": fact.decimals,
        "unit": unit_to_dict(fact.unit),
        "table": fact.table_id,
        "row": fact.row,
        "column": fact.column,
        "source": span_to_dict(fact.span),
    }


def issue_to_dict(issue: ReadingIssue) -> dict[str, Any]:
    return {
        "code": issue.code,
        "line": issue.line,
        "message": issue.message,
        "source": span_to_dict(issue.span),
    }


def filing_to_dict(filing: Filing) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "source": filing.source,
        "sha256": filing.sha256,
        "format": filing.format,
        "title": filing.title,
        "pages_read": list(filing.pages_read),
        "page_count": filing.document.page_count if filing.document is not None else 0,
        "tables": [table_to_dict(t) for t in filing.tables],
        "facts": [fact_to_dict(f) for f in filing.facts],
        "reading_issues": [issue_to_dict(i) for i in filing.reading_issues],
    }
