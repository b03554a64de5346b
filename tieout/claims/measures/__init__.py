"""Defined measures, recomputed: gearing ratio from its stated definition, reconciliations
(EBITDA, adjusted EBITDA, adjusted net loss) from their own rows and from the statements,
earnings/loss per share, use-of-proceeds tables, percent-of-total and change columns.

Every recomputation returns a `MeasureResult`: what was printed, the interval the
underlying figures allow, and the cells used.
"""

from __future__ import annotations

from tieout.claims.link import FactIndex
from tieout.claims.measures.cells import MeasureResult
from tieout.claims.measures.columns import change_columns, percent_columns, proceeds_rows
from tieout.claims.measures.gearing import claim_measurer, gearing, gearing_definition
from tieout.claims.measures.per_share import per_share
from tieout.claims.measures.reconcile import MEASURE_LABEL, reconciliations, restated_measures


def all_measures(index: FactIndex) -> list[MeasureResult]:
    """Every recomputable figure of a defined measure in the filing."""
    filing = index.filing
    return [
        *reconciliations(filing),
        *restated_measures(index),
        *per_share(filing),
        *proceeds_rows(filing),
        *percent_columns(filing),
        *change_columns(filing),
    ]


__all__ = [
    "MEASURE_LABEL",
    "MeasureResult",
    "all_measures",
    "change_columns",
    "claim_measurer",
    "gearing",
    "gearing_definition",
    "per_share",
    "percent_columns",
    "proceeds_rows",
    "reconciliations",
    "restated_measures",
]
