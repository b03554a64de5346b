"""Table cells and facts as intervals, and the result of one recomputed measure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from tieout.claims.interval import Interval, half_unit
from tieout.claims.subjects import normalise_label
from tieout.model import (
    Cell,
    Column,
    Fact,
    Row,
    SourceSpan,
    Table,
)


@dataclass(frozen=True, slots=True)
class MeasureResult:
    """One printed figure of a defined measure against its recomputation."""

    kind: str  # "reconciliation", "restated", "per-share", "proceeds", "percent", "change"
    name: str  # "EBITDA (2024-06-30)"
    printed: Decimal
    decimals: int  # printed decimals, in the printed unit
    recomputed: Interval  # in the printed unit
    span: SourceSpan
    keys: tuple[tuple[str, int, int], ...]  # (table_id, row, column) of every cell used
    basis: str

    @property
    def agrees(self) -> bool:
        return self.recomputed.meets(Interval.around(self.printed, half_unit(self.decimals)))

    @property
    def value(self) -> Decimal:
        return self.recomputed.mid.quantize(Decimal(1).scaleb(-max(self.decimals, 0)))


PLANNED_USE = re.compile(r"planned use|allocation of (?:the )?net proceeds|amount allocated", re.I)
PROPORTION = re.compile(r"proportion|percentage of (?:the )?(?:total )?net proceeds|% of", re.I)


def column_like(table: Table, pattern: re.Pattern[str]) -> Column | None:
    for column in table.columns:
        if pattern.search(column.header):
            return column
    return None


def total_row(table: Table) -> Row | None:
    for row in table.rows:
        if row.label and normalise_label(row.label) == "total":
            return row
    return None


def column_scale(table: Table, column: Column) -> int:
    return (column.unit or table.unit).scale


def cell_interval(cell: Cell) -> Interval:
    assert cell.value is not None
    return Interval.around(cell.value, half_unit(cell.decimals or 0))


def valued(row: Row, column: int) -> Cell | None:
    cell = row.cell(column)
    return cell if cell is not None and cell.value is not None and cell.span is not None else None


def result_of(
    kind: str,
    name: str,
    table: Table,
    row: Row,
    cell: Cell,
    recomputed: Interval,
    used: list[tuple[Row, Cell]],
    basis: str,
) -> MeasureResult:
    assert cell.value is not None and cell.span is not None
    keys = tuple((table.id, r.index, c.column) for r, c in used)
    return MeasureResult(
        kind,
        name,
        cell.value,
        cell.decimals or 0,
        recomputed,
        cell.span,
        ((table.id, row.index, cell.column), *keys),
        basis,
    )


def fact_interval(fact: Fact) -> Interval:
    return Interval.around(fact.value, half_unit(fact.decimals))
