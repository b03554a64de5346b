"""`tieout claims FILE`: every claim of the prose with its status, subject and facts."""

from __future__ import annotations

import click

from tieout import api
from tieout.claims import Verdict, analyse
from tieout.claims.render import render_json, render_text


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
def claims(file: str, fmt: str) -> int:
    """List every claim of FILE's prose: verified, contradicted or unresolved."""
    analysis = analyse(api.read(file))
    click.echo(render_json(analysis) if fmt == "json" else render_text(analysis), nl=False)
    contradicted = analysis.of(Verdict.CONTRADICTED)
    differs = [m for m in analysis.measures if not m.agrees]
    return 1 if contradicted or differs else 0


COMMANDS = [claims]
