"""`tieout export FILE|--db PATH --format csv|json|parquet|xlsx`: checked filings as files."""

from __future__ import annotations

import click

from tieout import api
from tieout.errors import InputError
from tieout.export import FORMATS, export_file, export_text
from tieout.export.writers import BINARY_FORMATS
from tieout.model import Report
from tieout.store import Store


@click.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=str))
@click.option("--db", help="Export from this store (DuckDB file or postgresql:// URL).")
@click.option("--filing", "key", help="With --db: the filing's sha256 (or a unique prefix).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str), help="Write here.")
def export(file: str | None, db: str | None, key: str | None, fmt: str, output: str | None) -> int:
    """Export FILE (read and checked now) or the filings stored in --db."""
    if (file is None) == (db is None):
        raise InputError("give either FILE or --db")
    reports = [api.check(file)] if file else _stored(db or "", key)
    if output:
        export_file(reports, fmt, output)
        click.echo(f"wrote {output}", err=True)
    elif fmt in BINARY_FORMATS:
        raise InputError(f"--format {fmt} writes a binary file: give --output PATH")
    else:
        click.echo(export_text(reports, fmt), nl=False)
    return 0


def _stored(db: str, key: str | None) -> list[Report]:
    with Store.open(db, must_exist=True) as store:
        if key:
            sha = store.resolve(key)
            if sha is None:
                raise InputError(f"no single stored filing matches {key!r}")
            shas = [sha]
        else:
            shas = [f["sha256"] for f in store.filings()]
        if not shas:
            raise InputError(f"the store {db} holds no filings")
        loaded = [store.load(sha) for sha in shas]
    return [s.report for s in loaded if s is not None]


COMMANDS = [export]
