"""Reading quality over the corpus PDFs: per document, the pages read, the primary
statements found (with how many periods), error and warning findings, and the key ties
(balance sheet balances, closing cash agrees, statements foot).

    .venv/bin/python benchmarks/bench_corpus_quality.py [CORPUS_DIR] [--glob '*/*.pdf']

Not a test: the corpus is not shipped with the project, and its figures are what the
closing notes of issue 5 quote.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import tieout
from tieout.checks.key_ties import key_ties
from tieout.errors import TieoutError
from tieout.model import Report, Severity

SHORT = {
    "balance sheet balances": "balances",
    "closing cash agrees with the balance sheet": "cash",
    "primary statements foot": "foot",
}


def describe(report: Report) -> str:
    filing = report.filing
    kinds = Counter(t.kind.value for t in filing.statements)
    statements = ",".join(
        f"{k.split('_')[0]}{'×' + str(n) if n > 1 else ''}" for k, n in kinds.items()
    )
    errors = Counter(f.code for f in report.findings if f.severity is Severity.ERROR)
    ties = " ".join(
        f"{SHORT[t.name]}:{t.status.replace('not checked', '-')}" for t in key_ties(report)
    )
    codes = " ".join(f"{c}×{n}" for c, n in sorted(errors.items()))
    return (
        f"{len(filing.pages_read):>4} {statements:<42} {report.summary.errors:>4} "
        f"{report.summary.warnings:>4}  {ties:<40} {codes}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/work/shared/corpus", type=Path)
    parser.add_argument("--glob", default="*/*.pdf")
    args = parser.parse_args()
    print(f"{'document':<52} {'read':>4} {'statements':<42} {'err':>4} {'warn':>4}  key ties")
    for path in sorted(args.corpus.glob(args.glob)):
        start = time.process_time()
        try:
            line = describe(tieout.check(path))
        except TieoutError as error:
            line = f"refused: {error}"
        seconds = time.process_time() - start
        print(f"{path.name[:52]:<52} {line}  ({seconds:.2f}s)")


if __name__ == "__main__":
    main()
