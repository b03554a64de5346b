"""`tieout check FILE` and `tieout rules`: verify every number, list the rules."""

from __future__ import annotations

import click

from tieout import api
from tieout.report import check_output, rules_doc


@click.command()
@click.argument("file")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("--all", "all_checks", is_flag=True, help="List every check run, passed ones too.")
@click.option(
    "--select", multiple=True, metavar="PREFIX", help="Only rules whose code starts so (TO1)."
)
@click.option(
    "--ignore", multiple=True, metavar="PREFIX", help="Skip rules whose code starts so (TO402)."
)
@click.option("--pages", metavar="RANGE", help="PDF only: read these pages ('61-68,70', 'all').")
def check(
    file: str,
    fmt: str,
    all_checks: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    pages: str | None,
) -> int:
    """Check footing, cross-footing, roll-forwards and ties of FILE; exit 1 on errors."""
    filing = api.read_announcement(file, pages=pages, reread=False)  # check re-reads
    report = api.check(filing, select=select, ignore=ignore)
    click.echo(check_output.render(report, fmt, all_checks=all_checks), nl=False)
    return 1 if report.has_errors else 0


@click.command()
@click.option("--markdown", is_flag=True, help="Print docs/rules.md: every rule documented.")
def rules(markdown: bool) -> int:
    """List every rule: code, name, severity and what it checks."""
    click.echo(rules_doc.markdown() if markdown else rules_doc.listing(), nl=False)
    return 0


COMMANDS = [check, rules]
