"""TO9xx: what the reader could not read cleanly, reported as findings."""

from __future__ import annotations

from collections.abc import Iterator

from tieout.checks.registry import CheckContext, rule
from tieout.model import Check, Finding, Severity, Status


def _reading_findings(
    ctx: CheckContext, code: str, severity: Severity = Severity.WARNING
) -> Iterator[Check]:
    for issue in ctx.filing.reading_issues:
        if issue.code != code:
            continue
        finding = Finding(code, severity, issue.message, (issue.span,))
        yield Check(code, Status.FAILED, issue.message, (issue.span,), finding=finding)


@rule("TO901", "malformed-number", Severity.WARNING)
def malformed_number(ctx: CheckContext) -> Iterator[Check]:
    """A printed number is not well formed.

    What it checks: every cell and figure the reader flagged because its printed form is
    not a valid number: a point where a thousands comma belongs ("(5.017)"), irregular
    digit grouping ("(23,81,324)"), unbalanced brackets, digits split by spaces.

    Why it matters: such figures come from a damaged extraction or a typo in the
    document. tieout reads what the figure most likely says, and says so.

    Example: `(23,81,324)` is read as (2,381,324) and reported here.
    """
    yield from _reading_findings(ctx, "TO901")


@rule("TO902", "value-missing", Severity.WARNING)
def value_missing(ctx: CheckContext) -> Iterator[Check]:
    """A row has fewer printed values than the table has columns.

    What it checks: rows (often several labels run together on one line) where the text
    carries fewer numbers than there are rows times columns, so one value is missing.

    Why it matters: a missing value cannot be tied; where arithmetic determines it, the
    footing rules report the inferred value.

    Example: `Share capital Other reserves ... 73,572,739 4,207,636 (55,090,950)`: four
    labels, three values for June 30, 2024.
    """
    yield from _reading_findings(ctx, "TO902")


@rule("TO903", "stray-markup", Severity.WARNING)
def stray_markup(ctx: CheckContext) -> Iterator[Check]:
    """The text carries table markup left over from a conversion.

    What it checks: fragments such as `<th>` or `</th` inside the text.

    Why it matters: they show that the converter lost the table structure there; the
    numbers on that line deserve suspicion.

    Example: `Non-controlling interests </th <th></th>`.
    """
    yield from _reading_findings(ctx, "TO903")


@rule("TO904", "garbled-line", Severity.WARNING)
def garbled_line(ctx: CheckContext) -> Iterator[Check]:
    """A line inside a table could not be read as a row.

    What it checks: lines in a table whose content is neither a label nor numbers
    (`, , ,`, runs of quote marks, repeated fragments of other rows).

    Why it matters: a value may have been lost there.

    Example: `` ` ' ' '	(2,593,859)``.
    """
    yield from _reading_findings(ctx, "TO904")


@rule("TO905", "unlabelled-row", Severity.INFO)
def unlabelled_row(ctx: CheckContext) -> Iterator[Check]:
    """A table row with values has no label.

    What it checks: rows printed with numbers but no label, other than the usual
    unlabelled subtotal lines.

    Why it matters: the row cannot be named from the text; tieout names it from an
    identical figure elsewhere where it can, and says so.

    Example: the statement of comprehensive loss of the bundled example has no labels.
    """
    yield from _reading_findings(ctx, "TO905", Severity.INFO)


@rule("TO906", "page-without-text", Severity.WARNING)
def page_without_text(ctx: CheckContext) -> Iterator[Check]:
    """A page of the PDF prints an image but no text: a scan, not read.

    What it checks: every page chosen for reading (or asked for with `--pages`) that has
    no text layer. The rest of the document is read as usual.

    Why it matters: the tables of a scanned page are neither extracted nor checked; a
    total elsewhere that relies on them cannot be tied.

    Example: `page 3 has no text layer (scanned image?); not read`.
    """
    yield from _reading_findings(ctx, "TO906")


@rule("TO907", "table-re-read", Severity.INFO)
def table_re_read(ctx: CheckContext) -> Iterator[Check]:
    """A table that failed to foot was read again another way, and that reading is used.

    What it checks: tables printed with spaces (PDF pages, layout text) whose columns, as
    first found from where their numbers end, fail to foot. The table is read again with
    tighter and looser column clustering; a reading is used instead when it reads exactly
    the same printed figures and fails fewer footing checks without running fewer. The
    table records the reading used (`reading` in the JSON output).

    Why it matters: a footing failure caused by a misread column is not the document's
    fault; the arithmetic tells the reader which reading is right, and the report says
    which one was taken, so the choice can be audited.

    Example: `table at lines 427-566 (... STATEMENT OF CASH FLOWS (continued)) read with
    tight columns: footing failures 4 → 0, passes 9 → 13`.
    """
    yield from _reading_findings(ctx, "TO907", Severity.INFO)
