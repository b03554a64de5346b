"""Print a query result as an aligned text table, CSV or JSON (amounts exact, as text)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from tieout.store.core import QueryResult

FORMATS = ("table", "csv", "json")


def plain(value: Any) -> str | int | float | bool | None:
    """A database value as JSON/CSV-ready text: Decimals without trailing zeros."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def render_result(result: QueryResult, fmt: str) -> str:
    if fmt == "json":
        rows = [
            {name: plain(v) for name, v in zip(result.columns, row, strict=True)}
            for row in result.rows
        ]
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([[_text(v) for v in row] for row in result.rows])
        return out.getvalue()
    return _table(result)


def _text(value: Any) -> str:
    shown = plain(value)
    return "" if shown is None else str(shown)


def _table(result: QueryResult) -> str:
    if not result.columns:
        return "(no result)\n"
    cells = [[_text(v) for v in row] for row in result.rows]
    widths = [
        max([len(name)] + [len(r[k]) for r in cells]) for k, name in enumerate(result.columns)
    ]
    numeric = [
        all(isinstance(row[k], int | float | Decimal) or row[k] is None for row in result.rows)
        for k in range(len(result.columns))
    ]

    def line(values: list[str]) -> str:
        parts = [
            v.rjust(w) if right else v.ljust(w)
            for v, w, right in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(list(result.columns)), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells)
    count = len(result.rows)
    out.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(out) + "\n"
