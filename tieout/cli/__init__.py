"""The `tieout` command: a thin shell over the library API.

Each subcommand lives in its own module and only parses arguments, calls the API and
prints. Exit codes: 0 fine, 1 error-level findings, 2 unusable input, 3 store error,
4 internal error.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from tieout.errors import TieoutError

INTERNAL_ERROR = 4


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tieout")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Read a results announcement and tie out every number in it."""
    ctx.obj = {"debug": debug}


def _register() -> None:
    from tieout.cli import check, claims, export, extract, serve, store

    for module in (extract, check, claims, store, export, serve):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns (and with the console script, exits with) the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = cli.main(args=args, prog_name="tieout", standalone_mode=False)
    except TieoutError as error:
        click.echo(f"tieout: error: {error}", err=True)
        return _exit(error.exit_code, argv)
    except click.exceptions.Exit as done:
        return _exit(done.exit_code, argv)
    except click.ClickException as error:
        error.show()
        return _exit(2, argv)
    except click.exceptions.Abort:
        click.echo("tieout: aborted", err=True)
        return _exit(130, argv)
    except BrokenPipeError:
        return _exit(0, argv)
    except Exception as error:
        if "--debug" in args:
            raise
        click.echo(
            f"tieout: internal error: {type(error).__name__}: {error} (rerun with --debug)",
            err=True,
        )
        return _exit(INTERNAL_ERROR, argv)
    return _exit(result if isinstance(result, int) else 0, argv)


def _exit(code: int, argv: Sequence[str] | None) -> int:
    if argv is None:
        sys.exit(code)
    return code
