"""pandas DataFrames of a filing: statements as printed, facts and findings in long form.

pandas is imported inside each function: `tieout extract` must start fast.
Amounts stay `Decimal` (object columns), never floats.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from tieout.export.records import FACT_COLUMNS, FINDING_COLUMNS, fact_records, finding_records
from tieout.model import Column, ColumnRole, Report, Table

if TYPE_CHECKING:
    import pandas as pd


def column_title(column: Column) -> str:
    """A value column's heading: its period (and member), else the printed header."""
    parts = [p for p in (str(column.period) if column.period else None, column.member) if p]
    return " ".join(parts) or column.header or f"column {column.index}"


def statement_frame(table: Table) -> pd.DataFrame:
    """Rows = line items (index: label), columns = periods (and members); Decimal values."""
    import pandas as pd

    columns = [c for c in table.columns if c.role is ColumnRole.VALUE]
    data = [
        [cell.value if (cell := row.cell(c.index)) is not None else None for c in columns]
        for row in table.rows
    ]
    frame = pd.DataFrame(
        data,
        index=pd.Index([row.label or row.concept for row in table.rows], name="line item"),
        columns=[column_title(c) for c in columns],
        dtype=object,
    )
    frame.attrs.update(
        table=table.id,
        title=table.title,
        unit=table.unit.label(),
        concepts=[row.concept for row in table.rows],
    )
    return frame


def facts_frame(reports: Report | Iterable[Report]) -> pd.DataFrame:
    """One row per fact of one or more filings (columns: FACT_COLUMNS)."""
    import pandas as pd

    records = [r for report in _many(reports) for r in fact_records(report)]
    return pd.DataFrame(records, columns=list(FACT_COLUMNS))


def findings_frame(reports: Report | Iterable[Report]) -> pd.DataFrame:
    """One row per finding of one or more filings (columns: FINDING_COLUMNS)."""
    import pandas as pd

    records = [r for report in _many(reports) for r in finding_records(report)]
    return pd.DataFrame(records, columns=list(FINDING_COLUMNS))


def _many(reports: Report | Iterable[Report]) -> list[Report]:
    return [reports] if isinstance(reports, Report) else list(reports)
