"""Rebuild tables from positioned lines: blocks -> header (columns) -> rows -> Table."""

from tieout.tables.build import Layout, build_tables, lay_out

__all__ = ["Layout", "build_tables", "lay_out"]
