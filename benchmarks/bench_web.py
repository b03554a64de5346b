"""Response time of the web report's filing page (and its JSON) over a DuckDB store.

    .venv/bin/python benchmarks/bench_web.py [--requests N]

Ingests the bundled example and the three corpus announcements, then requests each
filing's page N times through the real ASGI app (FastAPI's TestClient, in process):
cold (a fresh app, so the filing is loaded from the store and rendered) and again (the
app keeps recently loaded filings), plus the JSON. For a PDF (a cut-out of the Anxin 2012
interim statements) also the page view: its HTML with a box per number, and the page
rendered to PNG, cold (a fresh app) and again (rendered pages are kept). Prints medians and
95th percentiles in milliseconds, and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from tieout.store import Store, ingest_path
from tieout.web import create_app

ROOT = Path(__file__).resolve().parents[1]
PDF = ROOT / "tests" / "data" / "pdf" / "anxin_2012_interim_p2-5.pdf"
SOURCES = [
    ROOT / "tieout" / "examples" / "sensetime-2024-interim.txt",
    *sorted((ROOT / "tests" / "store" / "data").glob("*.txt")),
    PDF,
]


def cold(store: Store, url: str, count: int) -> list[float]:
    """A fresh app per request: the filing is loaded from the store and rendered."""
    out = []
    for _ in range(count):
        client = TestClient(create_app(store))
        start = time.perf_counter()
        response = client.get(url)
        out.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    return out


def timed(client: TestClient, url: str, count: int) -> list[float]:
    client.get(url)  # warm up
    out = []
    for _ in range(count):
        start = time.perf_counter()
        response = client.get(url)
        out.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "web.duckdb")
        done = [ingest_path(store, path) for path in SOURCES]
        client = TestClient(create_app(store))
        for result in done:
            name = Path(result.source).name
            page = f"/filings/{result.sha256}"
            runs = [
                ("page, cold", cold(store, page, args.requests)),
                ("page, again", timed(client, page, args.requests)),
                ("json", timed(client, f"/api/filings/{result.sha256}", args.requests)),
            ]
            if result.source == str(PDF):
                pdf_page = f"{page}/pages/2"
                runs += [
                    ("PDF page", timed(client, pdf_page, args.requests)),
                    ("PNG, cold", cold(store, f"{pdf_page}.png", args.requests)),
                    ("PNG, again", timed(client, f"{pdf_page}.png", args.requests)),
                ]
            size = len(client.get(page).content) // 1024
            print(f"{name[:56]} ({result.tables} tables, {result.facts} facts, page {size} KB)")
            for kind, ms in runs:
                p95 = statistics.quantiles(ms, n=20)[-1]
                print(f"  {kind:12} median {statistics.median(ms):7.1f} ms, p95 {p95:7.1f} ms")
        list_ms = timed(client, "/", args.requests)
        print(f"filing list: median {statistics.median(list_ms):.1f} ms")
        store.close()
    print(
        f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
