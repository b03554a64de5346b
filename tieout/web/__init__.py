"""The web report: `create_app(db)` gives the FastAPI app that `tieout serve` runs."""

from tieout.web.app import create_app

__all__ = ["create_app"]
