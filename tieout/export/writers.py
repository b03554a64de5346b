"""Write checked filings as CSV, JSON, Parquet or XLSX (`tieout export`)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from tieout.errors import InputError
from tieout.export.records import (
    FACT_COLUMNS,
    FILING_FACT_COLUMNS,
    fact_records,
    filing_fact_records,
)
from tieout.export.report_json import report_to_dict
from tieout.export.xlsx import write_xlsx
from tieout.model import Filing, Report
from tieout.report.filing_json import decimal_text

FORMATS = ("csv", "json", "parquet", "xlsx")
BINARY_FORMATS = ("parquet", "xlsx")


def export_text(reports: list[Report], fmt: str) -> str:
    """CSV (one row per fact) or JSON (one report object, or a list for several)."""
    if fmt == "json":
        dicts = [report_to_dict(r) for r in reports]
        body = dicts[0] if len(dicts) == 1 else dicts
        return json.dumps(body, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return facts_csv(reports)
    raise InputError(f"{fmt} is not a text format")


def export_file(reports: list[Report], fmt: str, path: str | Path) -> None:
    if fmt in ("json", "csv"):
        Path(path).write_text(export_text(reports, fmt), encoding="utf-8")
    elif fmt == "parquet":
        write_parquet(reports, path)
    elif fmt == "xlsx":
        if len(reports) != 1:
            raise InputError(f"XLSX holds one filing; {len(reports)} were selected (use --filing)")
        write_xlsx(reports[0], path)
    else:
        raise InputError(f"unknown export format {fmt!r}")


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return decimal_text(value) or ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def facts_csv(reports: list[Report]) -> str:
    """The facts of checked filings, each with its check status."""
    return _records_csv(FACT_COLUMNS, (r for report in reports for r in fact_records(report)))


def filing_facts_csv(filing: Filing) -> str:
    """The facts of a filing as read (`tieout extract --format csv`)."""
    return _records_csv(FILING_FACT_COLUMNS, filing_fact_records(filing))


def _records_csv(columns: Sequence[str], records: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_csv_text(record[c]) for c in columns])
    return out.getvalue()


def write_parquet(reports: list[Report], path: str | Path) -> None:
    """The facts as Parquet; value and printed are exact decimal128(38,10)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tieout.store.records import amount

    records = [r for report in reports for r in fact_records(report)]
    types = {"value": pa.decimal128(38, 10), "printed": pa.decimal128(38, 10)}
    columns = {}
    for name in FACT_COLUMNS:
        values = [r[name] for r in records]
        if name in types:
            columns[name] = pa.array([amount(v) for v in values], type=types[name])
        elif name in ("period_start", "period_end"):
            columns[name] = pa.array(values, type=pa.date32())
        elif name in ("row", "column", "decimals", "scale", "line", "col_start", "col_end", "page"):
            columns[name] = pa.array(values, type=pa.int64())
        else:
            columns[name] = pa.array(values, type=pa.string())
    pq.write_table(pa.table(columns), str(path))
