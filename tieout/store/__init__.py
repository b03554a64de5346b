"""Keep checked filings in DuckDB or PostgreSQL and query across them.

Tables (see `tieout.store.schema`): filings, source_lines, tables, table_columns,
table_rows, table_cells, facts, checks, check_facts, findings, reading_issues, documents.
"""

from tieout.store.core import DEFAULT_DB, QueryResult, Store
from tieout.store.ingest import IngestResult, ingest_path
from tieout.store.load import StoredFiling

__all__ = ["DEFAULT_DB", "IngestResult", "QueryResult", "Store", "StoredFiling", "ingest_path"]
