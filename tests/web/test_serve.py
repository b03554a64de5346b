"""`tieout serve` as a user runs it: a subprocess bound to 127.0.0.1, stopped by its pid."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from filing_fixture import fixture_report

from tieout.store import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_command_serves_the_store(tmp_path: Path) -> None:
    db = tmp_path / "serve.duckdb"
    with Store.open(db) as store:
        store.save(fixture_report())
    port = _free_port()
    code = "import sys; from tieout.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen([sys.executable, "-c", code, *args], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/filings", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "tieout serve did not start"
                time.sleep(0.2)
        assert response.status_code == 200
        assert [f["title"] for f in response.json()] == [
            "Example Holdings Limited interim results 2024"
        ]
        docs = httpx.get(f"http://127.0.0.1:{port}/docs", timeout=5)
        assert docs.status_code == 200 and "swagger" in docs.text.lower()
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert server.stderr is not None
    assert f"tieout: serving {db} on http://127.0.0.1:{port}/" in server.stderr.read().decode()
