"""A real PostgreSQL server for the store tests: Debian's server binaries, started in a
temporary directory on a free port of 127.0.0.1 (as the `postgres` user when we are root).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    """Run as the `postgres` system user when we are root (the server refuses root)."""
    if os.geteuid() != 0:
        return args
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root and runuser is missing: cannot start PostgreSQL")
    return [runuser, "-u", "postgres", "--", *args]


@pytest.fixture(scope="session")
def postgres_dsn() -> Iterator[str]:
    """A real PostgreSQL server in a temporary directory; its DSN. Skips if it cannot start.

    The directory is made directly under the system temp dir (not pytest's, which is private
    to root) so that the `postgres` user can reach it.
    """
    if not (PG_BIN / "postgres").exists():
        pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN}")
    base = Path(tempfile.mkdtemp(prefix="tieout-pg-"))
    try:
        yield from _run_server(base)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _run_server(base: Path) -> Iterator[str]:
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    init = subprocess.run(
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "tieout", "-A", "trust"]),
        capture_output=True,
        text=True,
    )
    if init.returncode != 0:
        pytest.skip(f"initdb failed: {init.stderr.strip()[-300:]}")
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync=off"
    start = subprocess.run(
        _as_postgres(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-w",
                "-l",
                str(base / "log"),
                "start",
            ]
        ),
        capture_output=True,
        text=True,
    )
    if start.returncode != 0:
        pytest.skip(f"PostgreSQL did not start: {start.stderr.strip()[-300:]}")
    try:
        import psycopg

        with psycopg.connect(
            f"postgresql://tieout@127.0.0.1:{port}/postgres", autocommit=True
        ) as c:
            c.execute("CREATE DATABASE tieout_test")
        yield f"postgresql://tieout@127.0.0.1:{port}/tieout_test"
    finally:
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            capture_output=True,
        )


def empty_store(dsn: str) -> None:
    """Remove every row of every store table (the server is shared by the session)."""
    from tieout.store import Store
    from tieout.store.schema import ALL_TABLES, DOCUMENTS

    with Store.open(dsn) as store:
        for table in (*ALL_TABLES, DOCUMENTS):
            store.backend.execute(f"DELETE FROM {table.name}")
