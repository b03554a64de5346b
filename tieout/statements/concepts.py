"""Name every row: a concept from the lexicon, a section-qualified name where a label
repeats (current and non-current borrowings), or a stable slug."""

from __future__ import annotations

import re
from dataclasses import replace

from tieout.model import Row, RowKind, Table, TableKind
from tieout.statements.lexicon import load_lexicon, normalise_label

_SECTION_PREFIX = {
    "current_assets": "Current",
    "current_liabilities": "Current",
    "noncurrent_assets": "Noncurrent",
    "noncurrent_liabilities": "Noncurrent",
}
_SECTION_TOTAL = {
    "current_assets": "CurrentAssets",
    "noncurrent_assets": "NoncurrentAssets",
    "current_liabilities": "CurrentLiabilities",
    "noncurrent_liabilities": "NoncurrentLiabilities",
    "equity": "EquityAttributableToOwnersOfParent",
}


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_label(label)).strip("-") or "unnamed"


def section_of(heading: str) -> str | None:
    key = normalise_label(heading)
    for section, phrases in load_lexicon().sections.items():
        if key in phrases:
            return section
    return None


def name_rows(table: Table) -> Table:
    lexicon = load_lexicon()
    section: str | None = None
    named: list[tuple[Row, str | None]] = []
    for row in table.rows:
        if row.kind is RowKind.HEADING and row.label:
            section = section_of(row.label) or section
            named.append((replace(row, concept=slug(row.label)), section))
            continue
        if row.label is None:
            concept = (
                _SECTION_TOTAL.get(section or "") if table.kind is TableKind.BALANCE_SHEET else None
            )
            named.append((replace(row, concept=concept or f"unlabelled-line-{row.line}"), section))
            if concept:
                section = None
            continue
        found = lexicon.concept_for(row.label)
        concept = found.name if found else slug(row.label)
        kind = row.kind
        if found and found.role in ("subtotal", "total") and kind is RowKind.ITEM:
            kind = RowKind.TOTAL if found.role == "total" else RowKind.SUBTOTAL
        named.append((replace(row, concept=concept, kind=kind), section))
    rows = _qualify_repeats(named, table.kind)
    return replace(table, rows=tuple(rows))


def _qualify_repeats(named: list[tuple[Row, str | None]], kind: TableKind) -> list[Row]:
    """In a balance sheet, a concept printed under both current and non-current sections."""
    if kind is not TableKind.BALANCE_SHEET:
        return [row for row, _ in named]
    counts: dict[str, int] = {}
    for row, _ in named:
        if row.kind is not RowKind.HEADING:
            counts[row.concept] = counts.get(row.concept, 0) + 1
    out = []
    for row, section in named:
        prefix = _SECTION_PREFIX.get(section or "")
        if prefix and counts.get(row.concept, 0) > 1 and row.kind is not RowKind.HEADING:
            concept = row.concept
            qualified = prefix + concept if concept[:1].isupper() else f"{prefix.lower()}-{concept}"
            row = replace(row, concept=qualified)
        out.append(row)
    return out
