"""Earnings or loss per share = attributable result / weighted average number of shares."""

from __future__ import annotations

import re
from decimal import Decimal

from tieout.claims.interval import Interval, half_unit
from tieout.claims.measures.cells import (
    MeasureResult,
    cell_interval,
    column_scale,
    valued,
)
from tieout.model import (
    Column,
    Filing,
    Period,
    Row,
    SourceSpan,
    Table,
)

_ATTRIBUTABLE = re.compile(r"(?:profit|loss|earnings|income).*attributable", re.IGNORECASE)
_SHARES = re.compile(r"weighted average number of (?:ordinary )?shares", re.IGNORECASE)
# A per-share row: "Basic loss per share (RMB)", "Basic and diluted earnings per share", or a
# bare "Basic" / "Diluted" under an earnings-per-share heading; not "Earnings for the purpose
# of basic earnings per share" nor "Weighted average number of shares for ... per share".
_PER_SHARE = re.compile(
    r"^(?:-\s*)?(?:basic|diluted)(?: and diluted)?\b[^(]*?(?:earnings|loss|losses|profit|income)"
    r"\s+per\s+share\b|^(?:-\s*)?(?:basic|diluted)\s*(?:\([^)]*\))?$",
    re.IGNORECASE,
)
# Units a per-share figure or a share count may be printed in without saying so in the
# label: cents (x100), shares in thousands (x1000), both.
_UNIT_READINGS = (
    (Decimal(1), ""),
    (Decimal(100), " (read as cents)"),
    (Decimal(1000), " (shares read in thousands)"),
    (Decimal(100000), " (cents, shares in thousands)"),
)
_LABEL_SCALE = re.compile(r"\((?:rmb|hk\$|us\$|\$|hkd|usd)?\s*'?(000|thousand|million)\)", re.I)


def per_share(filing: Filing) -> list[MeasureResult]:
    """Basic (and diluted) earnings/loss per share = attributable result / weighted shares."""
    results: list[MeasureResult] = []
    computed: dict[Period, tuple[Interval, list[tuple[str, int, int]]]] = {}
    for table in filing.tables:
        attributable = _row_like(table, _ATTRIBUTABLE)
        shares = _row_like(table, _SHARES)
        if attributable is None or shares is None:
            continue
        for column in table.value_columns():
            result = _divide(table, attributable, shares, column)
            if result is not None and column.period is not None:
                computed[column.period] = result
    for table in filing.tables:
        for row in table.rows:
            if not (row.label and _PER_SHARE.search(row.label)):
                continue
            for column in table.value_columns():
                cell = valued(row, column.index)
                if cell is None or column.period not in computed:
                    continue
                eps, keys = computed[column.period]
                if _in_cents(row.label):
                    eps = eps.scale(Decimal(100))
                eps, reading = _reading(eps, cell.value or Decimal(0), cell.decimals or 0)
                name = f"{row.label} ({column.period.end if column.period else ''})"
                results.append(
                    MeasureResult(
                        "per-share",
                        name,
                        cell.value or Decimal(0),
                        cell.decimals or 0,
                        eps,
                        cell.span or SourceSpan(row.line, 1, 1),
                        ((table.id, row.index, cell.column), *keys),
                        f"attributable result / weighted average shares = {eps.mid:.4f}{reading}",
                    )
                )
    return results


def _reading(eps: Interval, printed: Decimal, decimals: int) -> tuple[Interval, str]:
    """The unit reading under which the computed figure meets the printed one, if any."""
    target = Interval.around(printed, half_unit(decimals))
    for factor, note in _UNIT_READINGS:
        scaled = eps.scale(factor)
        if scaled.meets(target):
            return scaled, note
    return eps, ""


def _label_scale(label: str, default: int) -> int:
    """The scale a row label states: "(RMB'000)", "('000)", "(HK$ million)"."""
    hint = _LABEL_SCALE.search(label)
    return {"000": 3, "thousand": 3, "million": 6}[hint.group(1).lower()] if hint else default


def _in_cents(label: str) -> bool:
    return re.search(r"\bcents?\b|\bfen\b", label, re.IGNORECASE) is not None


def _row_like(table: Table, pattern: re.Pattern[str]) -> Row | None:
    return next((r for r in table.rows if r.label and pattern.search(r.label)), None)


def _divide(
    table: Table, attributable: Row, shares: Row, column: Column
) -> tuple[Interval, list[tuple[str, int, int]]] | None:
    result_cell, shares_cell = valued(attributable, column.index), valued(shares, column.index)
    if result_cell is None or shares_cell is None or not shares_cell.value:
        return None
    scale = _label_scale(attributable.label or "", column_scale(table, column))
    amount = cell_interval(result_cell).scale(Decimal(1).scaleb(scale))
    count = cell_interval(shares_cell).scale(Decimal(1).scaleb(_label_scale(shares.label or "", 0)))
    eps = amount / count
    keys = [(table.id, attributable.index, column.index), (table.id, shares.index, column.index)]
    return eps, keys
