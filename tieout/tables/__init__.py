"""Rebuild tables from positioned lines: blocks -> header (columns) -> rows -> Table."""

from tieout.tables.build import build_tables

__all__ = ["build_tables"]
