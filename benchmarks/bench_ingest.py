"""Ingest throughput: filings per second read, checked and stored into DuckDB.

    .venv/bin/python benchmarks/bench_ingest.py [--copies N] [--repeat R]

Each copy of the bundled example and the three corpus announcements in tests/store/data
gets one extra trailing line, so every copy is a distinct filing (its own sha256). Prints
the median over R runs of: whole ingest (read + check + store), and the store step alone
(one transaction per filing), plus peak memory.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

import tieout
from tieout.store import Store, ingest_path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT / "tieout" / "examples" / "sensetime-2024-interim.txt",
    *sorted((ROOT / "tests" / "store" / "data").glob("*.txt")),
]


def make_copies(directory: Path, copies: int) -> list[Path]:
    out = []
    for n in range(copies):
        for source in SOURCES:
            path = directory / f"{n:03d}-{source.name}"
            path.write_text(source.read_text(encoding="utf-8") + f"\ncopy {n}\n", encoding="utf-8")
            out.append(path)
    return out


def run(paths: list[Path], directory: Path, run_no: int) -> tuple[float, float]:
    """Seconds for the whole ingest, and for the store step alone."""
    start = time.perf_counter()
    with Store.open(directory / f"bench-{run_no}.duckdb") as store:
        for path in paths:
            ingest_path(store, path)
    whole = time.perf_counter() - start
    reports = [tieout.check(tieout.read(p)) for p in paths]
    start = time.perf_counter()
    with Store.open(directory / f"bench-store-{run_no}.duckdb") as store:
        for report in reports:
            store.save(report)
    return whole, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        paths = make_copies(directory, args.copies)
        sample = tieout.check(tieout.read(paths[0]))
        runs = [run(paths, directory, k) for k in range(args.repeat)]
    whole = statistics.median(r[0] for r in runs)
    store = statistics.median(r[1] for r in runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(paths)
    print(f"filings per run: {n} (example + 3 corpus announcements, x{args.copies})")
    print(
        f"example: {len(sample.filing.tables)} tables, {len(sample.filing.facts)} facts, "
        f"{len(sample.checks)} checks"
    )
    print(f"ingest (read+check+store): median {whole:.3f} s -> {n / whole:.1f} filings/s")
    print(f"store step only:           median {store:.3f} s -> {n / store:.1f} filings/s")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
