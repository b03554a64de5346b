"""Errors that reach the user as one line and a distinct exit code, never a traceback."""

from __future__ import annotations


class TieoutError(Exception):
    """Base of every error tieout reports to the user."""

    exit_code = 2


class InputError(TieoutError):
    """The input cannot be used: empty, binary, not an announcement, too large, bad PDF."""

    exit_code = 2


class StoreError(TieoutError):
    """The database could not be opened or written; nothing was changed."""

    exit_code = 3
