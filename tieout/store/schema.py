"""The store's schema: one definition, rendered as DDL for DuckDB and for PostgreSQL.

Every table is keyed by the filing's `sha256`, so re-ingesting a document replaces its
rows. Amounts are DECIMAL(38,10): exact, never floats. Spans (source locations) are kept
as flat `line`/`col_start`/`col_end`/`page` columns for querying, and as JSON text where a
record has several.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT = "VARCHAR"
INT = "INTEGER"
BIGINT = "BIGINT"
AMOUNT = "DECIMAL(38,10)"
DATE = "DATE"
TIMESTAMP = "TIMESTAMP"
BYTES = "BLOB"  # PostgreSQL: BYTEA (DIALECT_TYPES)

DIALECT_TYPES = {"postgresql": {BYTES: "BYTEA"}}  # where a database names a type otherwise

AMOUNT_SCALE = 10  # digits after the point that AMOUNT keeps


@dataclass(frozen=True, slots=True)
class StoreTable:
    name: str
    columns: tuple[tuple[str, str], ...]  # (name, SQL type)
    key: tuple[str, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)

    def ddl(self, dialect: str = "duckdb") -> str:
        types = DIALECT_TYPES.get(dialect, {})
        body = ",\n  ".join(f"{name} {types.get(kind, kind)}" for name, kind in self.columns)
        key = ", ".join(self.key)
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n  {body},\n  PRIMARY KEY ({key})\n)"


_SPAN = (("line", INT), ("col_start", INT), ("col_end", INT), ("page", INT), ("bbox", TEXT))
_UNIT = (("measure", TEXT), ("currency", TEXT), ("scale", INT))

FILINGS = StoreTable(
    "filings",
    (
        ("sha256", TEXT),
        ("source", TEXT),
        ("format", TEXT),
        ("title", TEXT),
        ("pages_read", TEXT),  # JSON list
        ("status", TEXT),  # errors | warnings | clean
        ("ingested_at", TIMESTAMP),
        ("period_start", DATE),  # the latest reporting period among the facts
        ("period_end", DATE),
        ("checks_run", INT),
        ("passed", INT),
        ("failed", INT),
        ("inferred", INT),
        ("unresolved", INT),
        ("errors", INT),
        ("warnings", INT),
        ("facts", INT),
        ("facts_checked", INT),
        ("primary_facts", INT),
        ("primary_facts_checked", INT),
    ),
    ("sha256",),
)

SOURCE_LINES = StoreTable(
    "source_lines",
    (("sha256", TEXT), ("line", INT), ("page", INT), ("text", TEXT)),
    ("sha256", "line"),
)

TABLES = StoreTable(
    "tables",
    (
        ("sha256", TEXT),
        ("table_id", TEXT),
        ("position", INT),
        ("kind", TEXT),
        ("title", TEXT),
        ("section", TEXT),
        ("note", TEXT),
        *_UNIT,
        ("first_line", INT),
        ("last_line", INT),
        ("page", INT),
    ),
    ("sha256", "table_id"),
)

TABLE_COLUMNS = StoreTable(
    "table_columns",
    (
        ("sha256", TEXT),
        ("table_id", TEXT),
        ("col", INT),
        ("header", TEXT),
        ("role", TEXT),
        ("period_start", DATE),
        ("period_end", DATE),
        ("member", TEXT),
        *_UNIT,  # NULL: the table's unit
    ),
    ("sha256", "table_id", "col"),
)

TABLE_ROWS = StoreTable(
    "table_rows",
    (
        ("sha256", TEXT),
        ("table_id", TEXT),
        ("row", INT),
        ("label", TEXT),
        ("concept", TEXT),
        ("kind", TEXT),
        ("depth", INT),
        ("notes", TEXT),
        ("lines", TEXT),  # JSON list of every source line of the row
        ("label_span", TEXT),  # JSON span or NULL
    ),
    ("sha256", "table_id", "row"),
)

TABLE_CELLS = StoreTable(
    "table_cells",
    (
        ("sha256", TEXT),
        ("table_id", TEXT),
        ("row", INT),
        ("col", INT),
        ("text", TEXT),
        ("value", AMOUNT),  # in the column's unit, as printed
        ("decimals", INT),
        ("flags", TEXT),  # comma-separated CellFlag values
        ("status", TEXT),  # contradicted | warning | inferred | verified | not_covered
        *_SPAN,
    ),
    ("sha256", "table_id", "row", "col"),
)

FACTS = StoreTable(
    "facts",
    (
        ("sha256", TEXT),
        ("table_id", TEXT),
        ("row", INT),
        ("col", INT),
        ("concept", TEXT),
        ("label", TEXT),
        ("period_start", DATE),
        ("period_end", DATE),
        ("member", TEXT),
        ("value", AMOUNT),  # base units (RMB, not RMB'000)
        ("printed", AMOUNT),  # as printed, in the column's unit
        ("decimals", INT),
        *_UNIT,
        ("unit", TEXT),  # the unit's label, e.g. "RMB'000"
        ("status", TEXT),
        *_SPAN,
    ),
    ("sha256", "table_id", "row", "col"),
)

CHECKS = StoreTable(
    "checks",
    (
        ("sha256", TEXT),
        ("check_no", INT),
        ("code", TEXT),
        ("status", TEXT),
        ("description", TEXT),
        ("finding_no", INT),
        ("spans", TEXT),  # JSON list of spans
    ),
    ("sha256", "check_no"),
)

CHECK_FACTS = StoreTable(
    "check_facts",
    (
        ("sha256", TEXT),
        ("check_no", INT),
        ("position", INT),
        ("table_id", TEXT),
        ("row", INT),
        ("col", INT),
    ),
    ("sha256", "check_no", "position"),
)

FINDINGS = StoreTable(
    "findings",
    (
        ("sha256", TEXT),
        ("finding_no", INT),
        ("check_no", INT),
        ("code", TEXT),
        ("severity", TEXT),
        ("message", TEXT),
        ("expected", AMOUNT),
        ("actual", AMOUNT),
        ("difference", AMOUNT),
        ("table_id", TEXT),
        ("line", INT),  # the primary location
        ("page", INT),
        ("spans", TEXT),  # JSON list of every location
    ),
    ("sha256", "finding_no"),
)

READING_ISSUES = StoreTable(
    "reading_issues",
    (("sha256", TEXT), ("issue_no", INT), ("code", TEXT), ("message", TEXT), *_SPAN),
    ("sha256", "issue_no"),
)

# The document as it was read (the PDF's bytes, the text's), for the page view; kept when a
# filing is saved again without it.
DOCUMENTS = StoreTable(
    "documents",
    (("sha256", TEXT), ("format", TEXT), ("content", BYTES)),
    ("sha256",),
)

ALL_TABLES: tuple[StoreTable, ...] = (
    FILINGS,
    SOURCE_LINES,
    TABLES,
    TABLE_COLUMNS,
    TABLE_ROWS,
    TABLE_CELLS,
    FACTS,
    CHECKS,
    CHECK_FACTS,
    FINDINGS,
    READING_ISSUES,
)


def ddl_statements(dialect: str = "duckdb") -> tuple[str, ...]:
    """CREATE TABLE statements for every store table, documents too, in the dialect of
    DuckDB or PostgreSQL."""
    return tuple(t.ddl(dialect) for t in (*ALL_TABLES, DOCUMENTS))
