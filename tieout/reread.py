"""The verifier as a read-quality signal: re-read a table that fails to foot.

The columns of a table printed with spaces (a PDF page, layout text) come from clustering
where its numbers end. A cluster width that suits one table can merge two columns of
another, or split one printed unevenly, and the misread table then fails to foot for no
fault of the document. Before such a failure is reported, the table is read again with
each alternative reconstruction (`tieout.tables.columns.ALTERNATIVES`). An alternative
replaces the standard reading only when it reads exactly the same printed figures and
fails fewer footing checks without running fewer. The table records the reading it was
given (`Table.reading`) and a TO907 reading issue says what changed.

Tab-separated tables have one reading (their tab stops) and are never re-read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from tieout.checks.engine import run_checks
from tieout.checks.registry import all_rules, select_rules
from tieout.model import (
    Document,
    Filing,
    LineKind,
    ReadingIssue,
    Report,
    Severity,
    SourceSpan,
    Status,
    Table,
)
from tieout.statements import build_filing
from tieout.tables import Layout, build_tables, lay_out
from tieout.tables.columns import ALTERNATIVES, STANDARD, Reconstruction

FOOTING_RULES = ("TO101", "TO102", "TO103", "TO105", "TO201")
REREAD = "TO907"


@dataclass(frozen=True, slots=True)
class FootingScore:
    passed: int
    failed: int

    @property
    def run(self) -> int:
        return self.passed + self.failed

    def improved_by(self, other: FootingScore) -> bool:
        """Fewer failures, and not by running fewer checks: each failure gone is a pass."""
        return other.failed < self.failed and other.run >= self.run


def reread_unfooted(filing: Filing, report: Report | None = None) -> Filing | None:
    """The filing with its unfooted tables re-read where another reading foots better;
    None when no table is read differently. `report`: checks already run over the filing,
    every footing rule among them; without it the footing rules are run here."""
    document = filing.document
    if document is None or all(_is_tab_table(document, t.lines) for t in filing.tables):
        return None
    footing = report if report is not None else run_checks(filing, select=FOOTING_RULES)
    failing = _unfooted_spaced_tables(filing, footing, document)
    if not failing:
        return None
    layout = lay_out(document)
    better: dict[tuple[int, int], tuple[Table, list[ReadingIssue], ReadingIssue]] = {}
    for lines in failing:
        standard = _reading(layout, STANDARD, lines)
        found = _better_reading(layout, standard[0]) if standard else None
        if found is not None:
            better[lines] = found
    if not better:
        return None
    tables, issues = build_tables(document, layout=layout)
    for lines, (table, table_issues, note) in better.items():
        index = next((i for i, t in enumerate(tables) if t.lines == lines), None)
        if index is None:
            continue
        tables[index] = replace(table, id=tables[index].id)
        issues = [i for i in issues if not _inside(i.span, lines)] + table_issues + [note]
    issues.sort(key=lambda i: (i.span.line, i.span.col_start, i.code))
    return build_filing(document, tables, issues)


def ran_footing(select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Whether a check with this selection runs every footing rule."""
    codes = {r.code for r in select_rules(all_rules(), select, ignore)}
    return codes >= set(FOOTING_RULES)


def _reading(
    layout: Layout, reconstruction: Reconstruction, lines: tuple[int, int]
) -> tuple[Table, list[ReadingIssue]] | None:
    """The table at `lines` read with `reconstruction`, with the reading issues inside it;
    None when that reading does not make one table of those lines."""
    tables, issues = build_tables(layout.document, reconstruction, within=(lines,), layout=layout)
    table = next((t for t in tables if t.lines == lines), None)
    return None if table is None else (table, [i for i in issues if _inside(i.span, lines)])


def _unfooted_spaced_tables(
    filing: Filing, report: Report, document: Document
) -> list[tuple[int, int]]:
    """Line ranges of the tables with a failed footing check, tab tables left out."""
    ids = {
        c.finding.table_id
        for c in report.checks
        if c.code in FOOTING_RULES and c.status is Status.FAILED and c.finding is not None
    }
    ranges = [t.lines for t in filing.tables if t.id in ids]
    return [r for r in ranges if not _is_tab_table(document, r)]


def _is_tab_table(document: Document, lines: tuple[int, int]) -> bool:
    first, last = lines
    return any(line.kind is LineKind.TAB for line in document.lines[first - 1 : last])


def _better_reading(
    layout: Layout, standard: Table
) -> tuple[Table, list[ReadingIssue], ReadingIssue] | None:
    """The alternative reading that reads the same figures and foots best."""
    document = layout.document
    before = footing_score(document, standard)
    best: tuple[Table, list[ReadingIssue], FootingScore] | None = None
    for reconstruction in ALTERNATIVES:
        read = _reading(layout, reconstruction, standard.lines)
        if read is None or not _same_figures_as(read[0], standard):
            continue
        score = footing_score(document, read[0])
        if (best[2] if best else before).improved_by(score):
            best = (*read, score)
    if best is None:
        return None
    table, issues, after = best
    note = ReadingIssue(
        REREAD,
        f"table at lines {standard.lines[0]}-{standard.lines[1]} "
        f"({standard.title or 'untitled'}) read with {table.reading}: footing failures "
        f"{before.failed} → {after.failed}, passes {before.passed} → {after.passed}",
        SourceSpan(standard.lines[0], 1, 1, page=standard.page),
    )
    return table, issues, note


def footing_score(document: Document, table: Table) -> FootingScore:
    """Passed footing checks of one table, read on its own, and its error findings (a
    figure the arithmetic needs but nothing prints counts against a reading too)."""
    alone = build_filing(document, [table], [])
    checks = run_checks(alone, select=FOOTING_RULES).checks
    return FootingScore(
        sum(c.status is Status.PASSED for c in checks),
        sum(c.finding is not None and c.finding.severity is Severity.ERROR for c in checks),
    )


def _same_figures_as(candidate: Table, standard: Table) -> bool:
    """Every printed figure read, none added: only their columns and rows may differ."""
    return _figures(candidate) == _figures(standard)


def _figures(table: Table) -> list[tuple[int, int, str]]:
    """Every printed figure of the table with its place on the page."""
    return sorted(
        (cell.span.line, cell.span.col_start, cell.text)
        for row in table.rows
        for cell in row.cells
        if cell.span is not None
    )


def _inside(span: SourceSpan, lines: tuple[int, int]) -> bool:
    return lines[0] <= span.line <= lines[1]
