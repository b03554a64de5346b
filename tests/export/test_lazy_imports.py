"""Heavy libraries load only when a store, export or web command runs."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pandas", "pyarrow", "openpyxl", "duckdb", "psycopg", "fastapi", "uvicorn", "jinja2")


def test_importing_the_cli_and_api_loads_no_heavy_library() -> None:
    code = (
        "import sys, tieout, tieout.cli, tieout.export, tieout.store; "
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
