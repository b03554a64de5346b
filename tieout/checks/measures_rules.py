"""TO8xx: defined measures recomputed (reconciliations, per share, proceeds, columns)."""

from __future__ import annotations

from collections.abc import Iterator

from tieout.checks.claims_rules import claims_analysis
from tieout.checks.registry import CheckContext, rule
from tieout.claims import MeasureResult
from tieout.model import Check, Finding, Severity, SourceSpan, Status


def _cell_spans(
    ctx: CheckContext, keys: tuple[tuple[str, int, int], ...]
) -> tuple[SourceSpan, ...]:
    """Where the cells a measure was recomputed from were printed."""
    spans: list[SourceSpan] = []
    for table_id, row_index, column in keys:
        try:
            table = ctx.filing.table(table_id)
        except KeyError:
            continue
        if 0 <= row_index < len(table.rows):
            cell = table.rows[row_index].cell(column)
            if cell is not None and cell.span is not None:
                spans.append(cell.span)
    return tuple(spans)


def _checks(ctx: CheckContext, code: str, kind: str) -> Iterator[Check]:
    for result in claims_analysis(ctx).measures:
        if result.kind != kind:
            continue
        text = (
            f"line {result.span.line}: {result.name} printed {result.printed}, "
            f"recomputed {result.value} = {result.basis}"
        )
        spans = (result.span, *_cell_spans(ctx, result.keys[1:]))
        if result.agrees:
            yield Check(code, Status.PASSED, text, spans, result.keys)
            continue
        finding = Finding(
            code,
            Severity.ERROR,
            text,
            spans,
            result.value,
            result.printed,
            result.printed - result.value,
            result.keys[0][0],
        )
        yield Check(code, Status.FAILED, text, spans, result.keys, finding)


@rule("TO801", "reconciliation-sum", Severity.ERROR)
def reconciliation_sum(ctx: CheckContext) -> Iterator[Check]:
    """A non-IFRS measure differs from its reconciliation's starting figure plus adjustments.

    What it checks: in a reconciliation table, each measure row (EBITDA, adjusted EBITDA,
    adjusted net loss) against the row it starts from (loss before income tax, or the
    measure above) plus the rows in between, within the rounding of every printed figure.

    Why it matters: non-IFRS measures are the company's own arithmetic; the table must add
    up as printed.

    Example: `(2,481.2) + (264.3) + 704.8 = (2,040.7)` for EBITDA.
    """
    yield from _checks(ctx, "TO801", "reconciliation")


@rule("TO802", "measure-from-statements", Severity.ERROR)
def measure_from_statements(ctx: CheckContext) -> Iterator[Check]:
    """A non-IFRS measure differs from the same reconciliation built from the statements.

    What it checks: each row of a reconciliation is replaced by the more precise figure of
    the statements or notes that it rounds (loss before income tax, finance income, net,
    depreciation and amortization, share-based compensation, fair value losses), and the
    sum is compared with the measure where it is printed more precisely (the highlights).

    Why it matters: a reconciliation in millions can add up by itself and still not be
    built from the statements' figures.

    Example: `(2,481,204) - 264,289 + 704,808 = (2,040,685)`, EBITDA in the highlights.
    """
    yield from _checks(ctx, "TO802", "restated")


@rule("TO803", "per-share", Severity.ERROR)
def per_share_rule(ctx: CheckContext) -> Iterator[Check]:
    """Earnings or loss per share differs from the attributable result over the shares.

    What it checks: every basic or diluted earnings/loss per share against the profit or
    loss attributable to owners divided by the weighted average number of shares of its
    note, at the printed precision.

    Why it matters: per-share figures are quoted everywhere and computed by hand.

    Example: `(2,456,782) thousand / 32,441,299,311 shares = (0.0757)`, printed `(0.08)`.
    """
    yield from _checks(ctx, "TO803", "per-share")


@rule("TO804", "use-of-proceeds", Severity.ERROR)
def use_of_proceeds(ctx: CheckContext) -> Iterator[Check]:
    """A planned use of proceeds differs from its planned proportion of the total.

    What it checks: in a use-of-proceeds table, each purpose's planned amount against its
    planned proportion times the total net proceeds, within the precision of the printed
    proportion.

    Why it matters: the table is a promise to shareholders; its columns must agree.

    Example: `60.0% x HK$6,351.0 million = HK$3,810.6 million`.
    """
    yield from _checks(ctx, "TO804", "proceeds")


@rule("TO805", "percent-of-total", Severity.ERROR)
def percent_of_total(ctx: CheckContext) -> Iterator[Check]:
    """A "% of revenue" cell differs from its amount over the amount of the 100% row.

    What it checks: percent columns beside amount columns (as a percentage of revenue, of
    cost of sales), each cell against the amount divided by the row printed as 100.0.

    Why it matters: the percentages are typed, not computed, in most announcements.

    Example: `766,760 / 1,739,717 = 44.1%`.
    """
    yield from _checks(ctx, "TO805", "percent")


@rule("TO806", "change-column", Severity.ERROR)
def change_column(ctx: CheckContext) -> Iterator[Check]:
    """A period-over-period change cell differs from the change of its row's amounts.

    What it checks: change columns ("Period-over-period change", "YoY"), each cell
    against (current - prior) / |prior| of the row's two periods.

    Why it matters: the change column is what highlights tables are read for.

    Example: `(1,739,717 - 1,433,122) / 1,433,122 = 21.4%`.
    """
    yield from _checks(ctx, "TO806", "change")


__all__ = ["MeasureResult"]
