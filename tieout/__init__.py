"""tieout: read a results announcement and tie out every number in it."""

from tieout.api import check, document_to_filing, read

__all__ = ["check", "document_to_filing", "read"]
__version__ = "0.1.0"
