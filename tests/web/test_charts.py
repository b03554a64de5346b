"""The charts' figures on the bundled example agree with what the announcement prints."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import tieout
from tieout.model import Filing
from tieout.web import charts

EXAMPLE = Path(__file__).resolve().parents[2] / "tieout" / "examples" / "sensetime-2024-interim.txt"


@pytest.fixture(scope="module")
def filing() -> Filing:
    return tieout.read(EXAMPLE)


def test_revenue_mix_matches_the_printed_shares(filing: Filing) -> None:
    title, bars = charts.revenue_mix(filing)
    # the document prints 60.4, 9.7 and 29.9 "% of revenue" beside these amounts (RMB million)
    assert title == "Revenue"
    assert [(b.label, b.value, b.note) for b in bars] == [
        ("Generative AI", Decimal("1051.2"), "60.4%"),
        ("Smart Auto", Decimal("168.1"), "9.7%"),
        ("Traditional AI", Decimal("520.4"), "29.9%"),
    ]


def test_margins_and_change_match_the_key_highlights(filing: Filing) -> None:
    # KEY HIGHLIGHTS: gross profit 44.1 / 45.3 % of revenue; loss (142.4) / (219.3);
    # period-over-period change: revenue 21.4%, gross profit 18.2%, loss -21.2%;
    # operating loss (2,721,514) / 1,739,717 = -156.4%, (3,347,305) / 1,433,122 = -233.6%
    margins = {
        period: [(b.label, b.value) for b in bars] for period, bars in charts.margins(filing)
    }
    assert margins == {
        "2024-01-01..2024-06-30": [
            ("Gross margin", Decimal("44.1")),
            ("Operating margin", Decimal("-156.4")),
            ("Net margin", Decimal("-142.4")),
        ],
        "2023-01-01..2023-06-30": [
            ("Gross margin", Decimal("45.3")),
            ("Operating margin", Decimal("-233.6")),
            ("Net margin", Decimal("-219.3")),
        ],
    }
    title, bars = charts.changes(filing)
    assert title == "2024-01-01..2024-06-30 vs 2023-01-01..2023-06-30"
    assert [(b.label, b.value) for b in bars] == [
        ("Revenue", Decimal("21.4")),
        ("Gross profit", Decimal("18.2")),
        ("Operating loss", Decimal("-18.7")),  # 2,721,514 / 3,347,305 - 1
        ("Loss for the period", Decimal("-21.2")),
    ]
