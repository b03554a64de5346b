"""The example's defined measures recomputed and compared with the printed figures: EBITDA,
adjusted EBITDA, adjusted net loss (from their reconciliations and from the statements),
basic loss per share, the gearing ratio, the use of proceeds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.claims.sensetime import SOURCES, filing_from
from tieout.claims import Analysis, MeasureResult, analyse


@pytest.fixture(scope="module", params=SOURCES)
def analysis(request: pytest.FixtureRequest) -> Analysis:
    return analyse(filing_from(request.param))


def measure(analysis: Analysis, kind: str, name: str) -> MeasureResult:
    [found] = [m for m in analysis.measures if m.kind == kind and m.name == name]
    return found


@pytest.mark.parametrize(
    ("name", "line", "printed", "recomputed"),
    [
        ("EBITDA (2024-06-30)", 224, "-2040.7", "-2040.7"),
        ("Adjusted EBITDA (2024-06-30)", 232, "-1889.6", "-1889.6"),
        ("EBITDA (2023-06-30)", 224, "-2775.0", "-2775.0"),
        ("Adjusted EBITDA (2023-06-30)", 232, "-2025.8", "-2025.8"),
        # five rounded figures add up to (2,326.1); (2,326.2) is within their rounding
        ("Adjusted net losses (2024-06-30)", 248, "-2326.2", "-2326.1"),
        ("Adjusted net losses (2023-06-30)", 248, "-2393.4", "-2393.4"),
    ],
)
def test_reconciliations_add_up(
    analysis: Analysis, name: str, line: int, printed: str, recomputed: str
) -> None:
    result = measure(analysis, "reconciliation", name)
    assert (result.span.line, result.printed, result.value, result.agrees) == (
        line,
        Decimal(printed),
        Decimal(recomputed),
        True,
    )


@pytest.mark.parametrize(
    ("name", "printed", "recomputed"),
    [
        # (2,481,204) - 264,289 + 704,808 = (2,040,685), as the highlights print it
        ("EBITDA (2024-06-30) from the statements", "-2040685", "-2040685"),
        ("EBITDA (2023-06-30) from the statements", "-2775083", "-2775083"),
        # + 12,101 + 125,491 + 10,897 + 2.6 million (no more precise figure): 2,600 +- 50
        ("Adjusted EBITDA (2024-06-30) from the statements", "-1889638", "-1889596"),
        ("Adjusted EBITDA (2023-06-30) from the statements", "-2025854", "-2025854"),
        ("Adjusted net losses (2024-06-30) from the statements", "-2326165", "-2326123"),
        ("Adjusted net losses (2023-06-30) from the statements", "-2393395", "-2393395"),
    ],
)
def test_measures_rebuilt_from_the_statements(
    analysis: Analysis, name: str, printed: str, recomputed: str
) -> None:
    result = measure(analysis, "restated", name)
    assert (result.printed, result.value, result.agrees) == (
        Decimal(printed),
        Decimal(recomputed),
        True,
    )


def test_basic_loss_per_share(analysis: Analysis) -> None:
    results = [m for m in analysis.measures if m.kind == "per-share"]
    assert [(m.span.line, m.printed, m.value, m.agrees) for m in results] == [
        (419, Decimal("-0.08"), Decimal("-0.08"), True),
        (419, Decimal("-0.10"), Decimal("-0.10"), True),
        (811, Decimal("-0.08"), Decimal("-0.08"), True),
        (811, Decimal("-0.10"), Decimal("-0.10"), True),
    ]
    # (2,456,782) thousand / 32,441,299,311 shares
    assert round(results[0].recomputed.mid, 4) == Decimal("-0.0757")
    assert round(results[1].recomputed.mid, 4) == Decimal("-0.0977")


def test_gearing_ratio_from_its_stated_definition(analysis: Analysis) -> None:
    [gearing] = [e for e in analysis.evaluations if e.claim.kind.value == "ratio"]
    assert gearing.claim.line == 359
    assert gearing.recomputed == Decimal("-0.6")
    assert gearing.interval is not None
    # net debt 4,658,035 + 629,260 + 109,024 + 124,868 + 1,169,103 + 796,500 - 7,626,544
    # = (139,754); total capital 22,704,559 - 139,754
    assert round(gearing.interval.mid, 3) == Decimal("-0.619")
    assert gearing.basis.startswith("net debt -139,754,000 / (total equity + net debt)")


def test_use_of_proceeds_within_the_precision_of_the_proportion(analysis: Analysis) -> None:
    rows = [m for m in analysis.measures if m.kind == "proceeds"]
    assert [(m.span.line, m.printed, m.value, m.agrees) for m in rows] == [
        (330, Decimal("3810.6"), Decimal("3810.6"), True),
        (331, Decimal("952.7"), Decimal("952.7"), True),
        (333, Decimal("952.7"), Decimal("952.7"), True),
        # 10.0% x 6,351.0 = 635.1; printed 635.0 so the column adds up: within 10.0 +- 0.05%
        (335, Decimal("635.0"), Decimal("635.1"), True),
        (349, Decimal("698.3"), Decimal("698.3"), True),
        (351, Decimal("598.5"), Decimal("598.5"), True),
        (352, Decimal("698.3"), Decimal("698.3"), True),
    ]


def test_percent_and_change_columns(analysis: Analysis) -> None:
    percent = [m for m in analysis.measures if m.kind == "percent"]
    change = [m for m in analysis.measures if m.kind == "change"]
    assert len(percent) == 26 and all(m.agrees for m in percent)
    assert [(m.span.line, m.printed, m.value) for m in change] == [
        (24, Decimal("21.4"), Decimal("21.4")),
        (25, Decimal("18.2"), Decimal("18.2")),
        (26, Decimal("-21.2"), Decimal("-21.2")),
        (27, Decimal("-26.5"), Decimal("-26.5")),
        (29, Decimal("-6.7"), Decimal("-6.7")),
        (30, Decimal("-2.8"), Decimal("-2.8")),
    ]
    # "Other expenses" of cost of sales: 17.1 / 973.0 = 1.76%, printed 1.7 so the column
    # adds up to 100.0: allowed one unit of rounding
    other = [m for m in percent if m.span.line == 161 and m.printed == Decimal("1.7")]
    assert [(m.value, m.agrees) for m in other] == [(Decimal("1.8"), True)]
