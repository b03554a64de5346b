"""Read, check and store documents: what `tieout ingest` does for each file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tieout import api
from tieout.store.core import Store
from tieout.store.records import filing_status


@dataclass(frozen=True, slots=True)
class IngestResult:
    source: str
    sha256: str
    status: str  # errors | warnings | clean
    tables: int
    facts: int
    checks: int
    findings: int
    replaced: bool


def ingest_path(store: Store, path: str | Path) -> IngestResult:
    """Read and check one document and store it (replacing an earlier copy of it)."""
    report = api.check(path)
    replaced = store.save(report)
    filing = report.filing
    return IngestResult(
        filing.source,
        filing.sha256,
        filing_status(report),
        len(filing.tables),
        len(filing.facts),
        len(report.checks),
        len(report.findings),
        replaced,
    )
