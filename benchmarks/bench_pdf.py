"""Pages per second on real PDFs: tieout (reading alone, whole check) against pypdfium2's
plain text extraction and pdfplumber's extract_tables, in one run on the same PDFs.

    .venv/bin/python benchmarks/bench_pdf.py [CORPUS_DIR] [--repeat 3] [--plumber-pages N]

tieout chooses the financial pages itself; pypdfium2 and pdfplumber are timed on exactly
the pages tieout read, all of them (--plumber-pages N: only the first N per PDF, for a
quicker run). The rates divide the pages read by the time, so tieout's time also pays
for scanning the pages it did not read; the others are told which pages to open.
Figures are medians over --repeat runs, each tool alike, of the process's CPU time
(time.process_time), so other work on a shared machine does not skew them; every tool runs
warm (imports and caches loaded by an untimed first pass). The peak resident memory of the
process is printed at the end.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

import tieout
from tieout.read import load_document

PDFS = (
    "anxin-1149/anxin_01149_2012_interim_results_announcement_en.pdf",
    "hkex-analysis-alco/alco_00328_annual_results_FY2025_zh.pdf",
    "hkex-text-mda/02324_10105815_20220128_Annual-Report-202021.pdf",
    "hkex-text-mda/01161_10089444_20220113_Annual-Report-2021.pdf",
    "fullshare-607/fullshare_00607_2023_interim_report.pdf",
    "financebench/EBAY_2023Q2_EARNINGS.pdf",
    "financebench/APPLE_2023Q3_10Q.pdf",
)


@dataclass(frozen=True)
class Row:
    name: str
    pages_total: int
    pages_read: int
    read_s: float
    check_s: float
    pdfium_s: float
    plumber_pages: int
    plumber_s: float


def _median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _pdfium_text(path: Path, pages: Sequence[int]) -> None:
    pdf = pdfium.PdfDocument(path)
    for number in pages:
        page = pdf[number - 1]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    pdf.close()


def _plumber_tables(path: Path, pages: Sequence[int]) -> None:
    with pdfplumber.open(path) as pdf:
        for number in pages:
            pdf.pages[number - 1].extract_tables()


def measure(path: Path, repeat: int, plumber_pages: int) -> Row:
    pages = tieout.check(path).filing.pages_read  # untimed: warms tieout up
    total = len(pdfium.PdfDocument(path))
    plumber = pages[:plumber_pages] if plumber_pages > 0 else pages
    _pdfium_text(path, pages[:1])  # untimed warm-ups of the other two
    _plumber_tables(path, plumber[:1])
    read_s = _median_seconds(lambda: load_document(path), repeat)
    check_s = _median_seconds(lambda: tieout.check(path), repeat)
    pdfium_s = _median_seconds(lambda: _pdfium_text(path, pages), repeat)
    plumber_s = _median_seconds(lambda: _plumber_tables(path, plumber), repeat)
    return Row(path.name, total, len(pages), read_s, check_s, pdfium_s, len(plumber), plumber_s)


def _rate(pages: int, seconds: float) -> float:
    return pages / seconds if seconds > 0 else float("inf")


def print_table(rows: Sequence[Row]) -> None:
    head = (
        f"{'PDF':<52} {'pages':>5} {'read':>5} {'tieout read':>11} {'tieout check':>12} "
        f"{'pdfium text':>11} {'plumber tables':>14} {'check/plumber':>13}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        check = _rate(r.pages_read, r.check_s)
        plumber = _rate(r.plumber_pages, r.plumber_s)
        print(
            f"{r.name[:52]:<52} {r.pages_total:>5} {r.pages_read:>5} "
            f"{_rate(r.pages_read, r.read_s):>9.1f}/s {check:>10.1f}/s "
            f"{_rate(r.pages_read, r.pdfium_s):>9.1f}/s {plumber:>12.1f}/s "
            f"{check / plumber:>12.1f}x"
        )
    pages = sum(r.pages_read for r in rows)
    check = _rate(pages, sum(r.check_s for r in rows))
    plumber = _rate(sum(r.plumber_pages for r in rows), sum(r.plumber_s for r in rows))
    print("-" * len(head))
    print(
        f"{'all (pages read / total seconds)':<52} {sum(r.pages_total for r in rows):>5} "
        f"{pages:>5} {_rate(pages, sum(r.read_s for r in rows)):>9.1f}/s {check:>10.1f}/s "
        f"{_rate(pages, sum(r.pdfium_s for r in rows)):>9.1f}/s {plumber:>12.1f}/s "
        f"{check / plumber:>12.1f}x"
    )
    whole = sum(r.pages_total for r in rows) / sum(r.check_s for r in rows)
    print(f"whole check over every page of the PDFs (chosen or not): {whole:.1f} pages/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/work/shared/corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plumber-pages", type=int, default=0, help="0: every page read")
    args = parser.parse_args()
    rows = [
        measure(args.corpus / name, args.repeat, args.plumber_pages)
        for name in PDFS
        if (args.corpus / name).exists()
    ]
    print_table(rows)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
