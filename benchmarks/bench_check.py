"""Time `check` on the bundled example: read + check, median of several runs, peak memory.

Target: under 300 ms and 150 MB. Run: .venv/bin/python benchmarks/bench_check.py [runs]
Times are CPU time of this process (the machine is shared); wall-clock is printed too.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import tieout
from tieout.checks.engine import run_checks
from tieout.checks.registry import CheckContext, all_rules

EXAMPLE = Path(__file__).resolve().parents[1] / "tieout" / "examples" / "sensetime-2024-interim.txt"


def once(clock: Callable[[], float] = time.process_time) -> tuple[float, float]:
    """(read, check) durations by `clock`: CPU time by default, as the machine is shared."""
    start = clock()
    filing = tieout.read(EXAMPLE)
    read_done = clock()
    run_checks(filing)
    return read_done - start, clock() - read_done


def slowest_rules(limit: int = 5) -> list[tuple[str, float]]:
    """CPU time of each rule on the example (one fresh context), slowest first."""
    ctx = CheckContext(tieout.read(EXAMPLE))
    times = []
    for rule in all_rules():
        start = time.process_time()
        list(rule(ctx))
        times.append((rule.code, (time.process_time() - start) * 1000))
    return sorted(times, key=lambda t: -t[1])[:limit]


def main(runs: int = 15) -> None:
    once()  # warm imports and caches
    timings = [once() for _ in range(runs)]
    reads = [r for r, _ in timings]
    checks = [c for _, c in timings]
    totals = [r + c for r, c in timings]
    walls = [sum(once(time.perf_counter)) for _ in range(runs)]
    tracemalloc.start()
    once()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"runs: {runs} (CPU time)")
    print(f"read  median: {statistics.median(reads) * 1000:.1f} ms")
    print(f"check median: {statistics.median(checks) * 1000:.1f} ms")
    print(f"total median: {statistics.median(totals) * 1000:.1f} ms (target < 300 ms)")
    print(f"wall-clock total median: {statistics.median(walls) * 1000:.1f} ms")
    print(f"peak traced allocations: {traced_peak / 2**20:.1f} MB")
    for code, ms in slowest_rules():
        print(f"  rule {code}: {ms:.1f} ms")
    print(f"peak RSS of the process: {rss_mb:.1f} MB (target < 150 MB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
