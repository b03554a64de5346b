"""`tieout serve [--db PATH] [--port N]`: the web report over a store."""

from __future__ import annotations

import click

from tieout.store import DEFAULT_DB


@click.command()
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="DuckDB file or postgresql:// URL."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db: str, host: str, port: int) -> int:
    """Serve the web report of the filings in --db (upload form included)."""
    import uvicorn

    from tieout.web import create_app

    app = create_app(db)
    click.echo(f"tieout: serving {db} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


COMMANDS = [serve]
