"""Name unlabelled rows from identical figures printed under a label elsewhere.

A row printed without a label (the statement of comprehensive loss of the bundled
example has none at all) takes the concept of a labelled row elsewhere in the filing whose
figures are identical for every period the row prints, when exactly one concept fits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TypeVar

from tieout.model import Fact, Period, Row, Table
from tieout.statements.concepts import slug

UNLABELLED = "unlabelled-line-"
_Named = TypeVar("_Named", Row, Fact)


def infer_unlabelled(
    tables: Sequence[Table], facts: Sequence[Fact]
) -> tuple[list[Table], list[Fact]]:
    index: dict[tuple[Period | None, Decimal], set[tuple[str, str]]] = defaultdict(set)
    for fact in facts:
        if (
            fact.label
            and not fact.concept.startswith(UNLABELLED)
            and fact.member in (None, "Total equity")
        ):
            index[(fact.period, fact.value)].add((fact.concept, fact.table_id))
    by_row: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for fact in facts:
        by_row[(fact.table_id, fact.row)].append(fact)
    renamed: dict[tuple[str, int], str] = {}
    for key, row_facts in by_row.items():
        if not row_facts[0].concept.startswith(UNLABELLED) or len(row_facts) < 2:
            continue
        candidates: set[str] | None = None
        for fact in row_facts:
            found = {
                c
                for c, table_id in index.get((fact.period, fact.value), set())
                if table_id != key[0]
            }
            candidates = found if candidates is None else candidates & found
        if candidates and len(candidates) == 1:
            renamed[key] = next(iter(candidates))
    if not renamed:
        return list(tables), list(facts)
    renamed.update(_displaced(renamed, by_row))
    renamed_tables = {table_id for table_id, _ in renamed}
    new_tables = [
        replace(t, rows=tuple(_renamed(r, renamed.get((t.id, r.index))) for r in t.rows))
        if t.id in renamed_tables
        else t
        for t in tables
    ]
    new_facts = [_renamed(f, renamed.get((f.table_id, f.row))) for f in facts]
    return new_tables, new_facts


def _displaced(
    renamed: dict[tuple[str, int], str], by_row: dict[tuple[str, int], list[Fact]]
) -> dict[tuple[str, int], str]:
    """Labelled rows of the same table that a named row displaces: they print the concept
    it takes with other figures, so their label names something wider ('Total revenue' =
    turnover + other revenue, where the unlabelled turnover subtotal matches the income
    statement's revenue). Each keeps its label's own name."""
    out: dict[tuple[str, int], str] = {}
    for (table_id, row), concept in renamed.items():
        figures = {(f.period, f.value) for f in by_row[(table_id, row)]}
        for (other_table, other_row), other_facts in by_row.items():
            first = other_facts[0]
            if other_table != table_id or other_row == row or first.concept != concept:
                continue
            if first.label and {(f.period, f.value) for f in other_facts} - figures:
                out[(other_table, other_row)] = slug(first.label)
    return out


def _renamed(item: _Named, concept: str | None) -> _Named:
    """The row or fact under its new concept; itself when it keeps its own."""
    return item if concept is None else replace(item, concept=concept)
