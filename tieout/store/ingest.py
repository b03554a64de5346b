"""Read, check and store documents: what `tieout ingest` does for each file."""

from __future__ import annotations

import hashlib
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
    replaced = store.save(report, content=_content(path, report.filing.sha256))
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


def _content(path: str | Path, sha256: str) -> bytes | None:
    """The document's bytes, read again (a filing keeps none); None if it changed since."""
    try:
        content = Path(path).read_bytes()
    except OSError:
        return None
    return content if hashlib.sha256(content).hexdigest() == sha256 else None
