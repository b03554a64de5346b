"""The library API: everything the CLI, the store and the web report call.

filing = tieout.read("announcement.txt")     # read -> tables -> statements
report = tieout.check(filing)                 # every rule -> checks, findings, coverage
"""

from __future__ import annotations

from pathlib import Path

from tieout.collector import collector_paused
from tieout.errors import InputError
from tieout.model import Document, Filing, Report
from tieout.read import load_document
from tieout.statements import build_filing
from tieout.tables import build_tables


def read(path: str | Path, *, pages: str | None = None, reread: bool = True) -> Filing:
    """Read a results announcement (text or PDF) into a Filing. A table printed with spaces
    that fails to foot is read again another way where that foots better (`tieout.reread`),
    so `read` gives the tables `check` checks; `reread=False` gives the first reading
    (`check` re-reads on its own, from the checks it runs anyway)."""
    filing = document_to_filing(load_document(path, pages=pages))
    if not reread:
        return filing
    from tieout.reread import reread_unfooted

    return reread_unfooted(filing) or filing


def read_announcement(path: str | Path, *, pages: str | None = None, reread: bool = True) -> Filing:
    """Like `read`, but a document without a single financial table is an input error."""
    filing = read(path, pages=pages, reread=reread)
    if not filing.tables:
        raise InputError(
            f"{path}: no financial tables found (is it a results announcement or report?)"
        )
    return filing


@collector_paused()
def document_to_filing(document: Document) -> Filing:
    """The stages after reading: tables, then statements, concepts and facts."""
    tables, issues = build_tables(document)
    return build_filing(document, tables, issues)


def check(
    filing_or_path: Filing | str | Path,
    *,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
) -> Report:
    """Run every rule (or those whose code starts with `select`) over a filing."""
    from tieout.checks.engine import run_checks
    from tieout.reread import ran_footing, reread_unfooted

    filing = (
        filing_or_path if isinstance(filing_or_path, Filing) else read(filing_or_path, reread=False)
    )
    report = run_checks(filing, select=select, ignore=ignore)
    reread = reread_unfooted(filing, report if ran_footing(select, ignore) else None)
    if reread is None:
        return report
    return run_checks(reread, select=select, ignore=ignore)
