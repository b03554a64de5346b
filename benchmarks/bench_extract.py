"""Time and memory of `tieout extract` on the bundled example (targets: <200 ms, <100 MB).

Usage: python benchmarks/bench_extract.py [--runs N] [FILE]

Prints the median, minimum and maximum wall time of tieout.read + JSON rendering after a
warm-up, the tracemalloc peak of one in-process read, and the peak resident memory of one
`tieout extract --format json` in a fresh interpreter. Reports only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import tieout
from tieout.report.extract_output import render

EXAMPLE = Path(tieout.__file__).parent / "examples" / "sensetime-2024-interim.txt"
TIME_TARGET_MS = 200
MEMORY_TARGET_MB = 100


def extract_once(path: Path) -> int:
    """One extract as the CLI does it: read, then render JSON. Returns the output size."""
    return len(render(tieout.read(path), "json"))


def time_runs(path: Path, runs: int) -> list[float]:
    extract_once(path)  # warm-up: imports, lexicon loading, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_once(path)
        times.append((time.perf_counter() - start) * 1000)
    return times


def split_medians(path: Path, runs: int) -> tuple[float, float]:
    """Median ms of tieout.read alone and of the JSON rendering alone, to show where time goes."""
    reads, renders = [], []
    for _ in range(runs):
        start = time.perf_counter()
        filing = tieout.read(path)
        middle = time.perf_counter()
        render(filing, "json")
        reads.append((middle - start) * 1000)
        renders.append((time.perf_counter() - middle) * 1000)
    return statistics.median(reads), statistics.median(renders)


def tracemalloc_peak_mb(path: Path) -> float:
    tracemalloc.start()
    extract_once(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def subprocess_maxrss_mb(path: Path) -> float:
    """Peak RSS of a fresh `tieout extract`: the whole process, interpreter included."""
    code = "import sys; from tieout.cli import main; sys.exit(main())"
    subprocess.run(
        [sys.executable, "-c", code, "extract", str(path), "--format", "json"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    kilobytes = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return kilobytes / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=EXAMPLE)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    times = time_runs(args.file, args.runs)
    print(f"file: {args.file} ({args.file.stat().st_size / 1e3:.0f} kB)")
    print(f"extract (read + json), {args.runs} runs after warm-up:")
    print(
        f"  median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, "
        f"max {max(times):.1f} ms (target < {TIME_TARGET_MS} ms)"
    )
    read_ms, render_ms = split_medians(args.file, args.runs)
    print(f"  of which: read median {read_ms:.1f} ms, JSON rendering median {render_ms:.1f} ms")
    print(f"  tracemalloc peak of one read: {tracemalloc_peak_mb(args.file):.1f} MB")
    print(
        f"  peak RSS of a fresh `tieout extract`: {subprocess_maxrss_mb(args.file):.1f} MB "
        f"(target < {MEMORY_TARGET_MB} MB)"
    )


if __name__ == "__main__":
    main()
