"""Time `check` (every rule, claims and measures included) on the bundled example.

    .venv/bin/python benchmarks/bench_claims.py [--runs 7]

Prints medians in milliseconds and the peak memory of one run; the target is a `check`
including claims under 500 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import tieout
from tieout.checks.engine import run_checks
from tieout.claims import analyse

EXAMPLE = Path(__file__).parents[1] / "tieout" / "examples" / "sensetime-2024-interim.txt"


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def peak_mib(work: Callable[[], object]) -> float:
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    filing = tieout.read(EXAMPLE)
    claims_only = median_ms(lambda: analyse(filing), runs)
    check = median_ms(lambda: run_checks(filing), runs)
    claims_rules = median_ms(lambda: run_checks(filing, select=("TO7", "TO8")), runs)
    read_and_check = median_ms(lambda: run_checks(tieout.read(EXAMPLE)), runs)
    report = run_checks(filing)
    print(f"example: {EXAMPLE.name}, {runs} runs, {report.summary.checks_run} checks")
    print(f"claims and measures (analyse)      median {claims_only:8.1f} ms")
    print(f"check TO7 + TO8 rules              median {claims_rules:8.1f} ms")
    print(f"check, every rule (filing read)    median {check:8.1f} ms")
    print(f"read + check, every rule           median {read_and_check:8.1f} ms")
    print(f"peak memory of check               {peak_mib(lambda: run_checks(filing)):8.1f} MiB")


if __name__ == "__main__":
    main()
