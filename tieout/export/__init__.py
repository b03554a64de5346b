"""Exports of checked filings: CSV, JSON, Parquet, XLSX, and pandas DataFrames.

pandas, pyarrow and openpyxl are imported only when an export runs.
"""

from tieout.export.frames import facts_frame, findings_frame, statement_frame
from tieout.export.report_json import report_to_dict
from tieout.export.writers import FORMATS, export_file, export_text

__all__ = [
    "FORMATS",
    "export_file",
    "export_text",
    "facts_frame",
    "findings_frame",
    "report_to_dict",
    "statement_frame",
]
