"""`tieout ingest FILE...` and `tieout query SQL`: keep checked filings and query them."""

from __future__ import annotations

import click

from tieout.errors import TieoutError
from tieout.store import DEFAULT_DB, Store, ingest_path
from tieout.store.output import FORMATS, render_result

DB_HELP = "DuckDB file or postgresql:// URL."


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
def ingest(files: tuple[str, ...], db: str) -> int:
    """Read, check and store FILES (one transaction each; same content replaces)."""
    worst = 0
    with Store.open(db) as store:
        for file in files:
            try:
                done = ingest_path(store, file)
            except TieoutError as error:
                message = str(error) if str(error).startswith(file) else f"{file}: {error}"
                click.echo(f"tieout: error: {message}", err=True)
                worst = max(worst, error.exit_code)
                continue
            verb = "replaced" if done.replaced else "stored"
            click.echo(
                f"{verb} {file}: {done.sha256[:12]} {done.status}, {done.tables} tables, "
                f"{done.facts} facts, {done.checks} checks, {done.findings} findings"
            )
    return worst


@click.command()
@click.argument("sql")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def query(sql: str, db: str, fmt: str) -> int:
    """Run SQL over the store and print the result."""
    with Store.open(db, must_exist=True) as store:
        click.echo(render_result(store.query(sql), fmt), nl=False)
    return 0


COMMANDS = [ingest, query]
