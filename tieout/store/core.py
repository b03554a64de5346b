"""The store: checked filings kept in DuckDB (a file) or PostgreSQL (a URL).

with Store.open("tieout.duckdb") as store:
    store.save(tieout.check(tieout.read("announcement.txt")))
    store.query("SELECT concept, value FROM facts")
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from tieout.errors import StoreError
from tieout.model import Report
from tieout.store import schema
from tieout.store.backend import Backend, DuckDBBackend
from tieout.store.load import StoredFiling, load_stored, trim_amount
from tieout.store.postgres import PostgresBackend, is_postgres_url
from tieout.store.records import report_records

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_DB = "tieout.duckdb"


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


class Store:
    """Checked filings in a database; one transaction per filing."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        for ddl in schema.ddl_statements(backend.name):
            self.backend.execute(ddl)

    @classmethod
    def open(cls, target: str | Path | None = None, *, must_exist: bool = False) -> Store:
        """A DuckDB file path (default ./tieout.duckdb) or a postgresql:// URL.

        With `must_exist`, a DuckDB file that is not there is an error, not a new store.
        """
        where = str(target or DEFAULT_DB)
        if is_postgres_url(where):
            return cls(PostgresBackend(where))
        if must_exist and where != ":memory:" and not Path(where).exists():
            raise StoreError(
                f"no store at {where} (create one with `tieout ingest FILE --db {where}`)"
            )
        return cls(DuckDBBackend(where))

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    def save(
        self,
        report: Report,
        lines: Iterable[tuple[int, int | None, str]] | None = None,
        *,
        content: bytes | None = None,
    ) -> bool:
        """Store a checked filing, replacing any earlier copy; True if one was replaced.

        `lines` are the document's (number, page, text); by default taken from the
        filing's Document. `content`: the document's bytes (a PDF's pages are shown from
        them); without it, bytes stored before are kept. Everything happens in one
        transaction: on any error the database is left as it was and StoreError is raised.
        """
        if lines is None:
            document = report.filing.document
            lines = [(x.number, x.page, x.text) for x in document.lines] if document else []
        records = report_records(report, lines, datetime.now(UTC).replace(tzinfo=None))
        sha = report.filing.sha256
        try:
            with self.backend.transaction():
                replaced = self._delete(sha)
                for table in schema.ALL_TABLES:
                    self.backend.insert(table, records[table.name])
                if content is not None:
                    self._keep_document(sha, report.filing.format, content)
        except StoreError:
            raise
        except Exception as error:
            raise StoreError(f"could not store {report.filing.source}: {error}") from error
        return replaced

    def _delete(self, sha256: str) -> bool:
        _, found = self.backend.fetch("SELECT 1 FROM filings WHERE sha256 = ?", (sha256,))
        for table in schema.ALL_TABLES:
            self.backend.execute(f"DELETE FROM {table.name} WHERE sha256 = ?", (sha256,))
        return bool(found)

    def _keep_document(self, sha256: str, fmt: str, content: bytes) -> None:
        self.backend.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))
        self.backend.insert(schema.DOCUMENTS, [(sha256, fmt, content)])

    def delete(self, sha256: str) -> bool:
        with self.backend.transaction():
            self.backend.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))
            return self._delete(sha256)

    def document_format(self, sha256: str) -> str | None:
        """The stored document's format ('pdf', 'text'), without its bytes; None if not kept."""
        _, rows = self.backend.fetch("SELECT format FROM documents WHERE sha256 = ?", (sha256,))
        return str(rows[0][0]) if rows else None

    def document(self, sha256: str) -> tuple[str, bytes] | None:
        """The stored document's format and bytes, if they were stored with it."""
        _, rows = self.backend.fetch(
            "SELECT format, content FROM documents WHERE sha256 = ?", (sha256,)
        )
        return (str(rows[0][0]), bytes(rows[0][1])) if rows else None

    def filings(self) -> list[dict[str, Any]]:
        """Every stored filing's row of `filings`, newest first."""
        columns = ", ".join(schema.FILINGS.column_names)
        names, rows = self.backend.fetch(
            f"SELECT {columns} FROM filings ORDER BY ingested_at DESC, sha256"
        )
        return [dict(zip(names, row, strict=True)) for row in rows]

    def resolve(self, key: str) -> str | None:
        """The full sha256 of the one filing whose sha256 starts with `key`."""
        found = self.version(key)
        return found[0] if found else None

    def version(self, key: str) -> tuple[str, datetime] | None:
        """(sha256, ingested_at) of the one filing whose sha256 starts with `key`."""
        _, rows = self.backend.fetch(
            "SELECT sha256, ingested_at FROM filings WHERE sha256 LIKE ? ORDER BY sha256",
            (key + "%",),
        )
        return (str(rows[0][0]), rows[0][1]) if len(rows) == 1 else None

    def load(self, sha256: str) -> StoredFiling | None:
        """The stored filing, read in one transaction so that it is consistent."""
        with self.backend.transaction():
            return load_stored(self.backend, sha256)

    def frame(self, sql: str) -> pd.DataFrame:
        """A query's result as a pandas DataFrame (amounts stay Decimal)."""
        import pandas as pd

        result = self.query(sql)
        rows = [
            tuple(trim_amount(v) if isinstance(v, Decimal) else v for v in r) for r in result.rows
        ]
        return pd.DataFrame(rows, columns=result.columns)

    def query(self, sql: str) -> QueryResult:
        """Run any SQL over the store; StoreError with the database's message on failure."""
        try:
            columns, rows = self.backend.fetch(sql)
        except Exception as error:
            raise StoreError(f"query failed: {str(error).strip()}") from error
        return QueryResult(columns, rows)
