"""The PostgreSQL backend: same schema, same SQL (placeholders translated), COPY for bulk."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from tieout.errors import StoreError
from tieout.store.backend import Rows
from tieout.store.schema import StoreTable


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


class PostgresBackend:
    """One psycopg 3 connection (autocommit outside explicit transactions), behind a lock."""

    name = "postgresql"

    def __init__(self, dsn: str) -> None:
        import psycopg

        try:
            self._con = psycopg.connect(dsn, autocommit=True)
        except psycopg.Error as error:
            raise StoreError(f"cannot connect to PostgreSQL: {error}".strip()) from error
        self._lock = threading.RLock()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._lock:
            self._con.execute(_placeholders(sql, params), list(params) if params else None)

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], Rows]:
        with self._lock:
            cursor = self._con.execute(_placeholders(sql, params), list(params) if params else None)
            if cursor.description is None:
                return [], []
            names = [d.name for d in cursor.description]
            return names, list(cursor.fetchall())

    def insert(self, table: StoreTable, records: Sequence[tuple[Any, ...]]) -> None:
        if not records:
            return
        names = ", ".join(table.column_names)
        sql = f"COPY {table.name} ({names}) FROM STDIN"
        with self._lock, self._con.cursor() as cursor, cursor.copy(sql) as copy:
            for record in records:
                copy.write_row(record)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock, self._con.transaction():
            yield

    def close(self) -> None:
        with self._lock:
            self._con.close()


def _placeholders(sql: str, params: Sequence[Any]) -> str:
    """The store's `?` placeholders as psycopg's `%s` (only when there are parameters)."""
    return sql.replace("?", "%s") if params else sql
