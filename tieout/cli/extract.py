"""`tieout extract FILE`: the statements and tables of a document as text, JSON or CSV."""

from __future__ import annotations

import click

from tieout import api
from tieout.report import extract_output


@click.command()
@click.argument("file")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "csv"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--all-tables", is_flag=True, help="With text: print every table, not only statements."
)
def extract(file: str, fmt: str, all_tables: bool) -> int:
    """Read FILE (text or PDF) into tables, statements and facts."""
    filing = api.read_announcement(file)
    click.echo(extract_output.render(filing, fmt, all_tables=all_tables), nl=False)
    return 0


COMMANDS = [extract]
