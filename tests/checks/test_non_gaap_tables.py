"""Non-GAAP tables of a US earnings release (Amcor's fiscal 2023 release, shortened):
percentage rows among a segment matrix of amounts, and a reconciliation through subtotals."""

from __future__ import annotations

from pathlib import Path

import tieout
from tieout.model import Measure, Report

# Adjusted EBIT by segment, its margin and its growth in percent printed in the same columns.
SEGMENTS = """\
Reconciliation of adjusted EBIT by reporting segment
                                                     Twelve Months Ended June 30, 2023
                                                                  Rigid
($ million)                                       Flexibles    Packaging        Other       Total
Net income attributable to Amcor                                                           1,048
Net income attributable to non-controlling interests                                          10
Tax expense                                                                                  193
Interest expense, net                                                                        259
EBIT                                                  1,357          225          (72)      1,510
Pension settlements                                       3            2             —          5
Amortization of acquired intangibles                    155            5             —        160
Adjusted EBIT                                         1,515          232          (72)      1,675
Adjusted EBIT / sales %                               12.8 %        7.5 %                   10.9 %

Reconciliation of adjusted growth to comparable constant currency growth
% growth - Adjusted EBIT                                (6)           (8)                     (5)
% items affecting comparability                           4             —                       4
% currency impact                                         3             1                       2
% comparable constant currency growth                     1            (7)                      1
"""

# A reconciliation that strikes EBITDA on the way to adjusted EBITDA.
RECONCILIATION = """\
Reconciliation of Non-GAAP Measures
                                                        Three Months Ended
($ million)                                                  June 30, 2022
Net income attributable to Amcor                                       109
Net income attributable to non-controlling interests                     3
Tax expense                                                            103
Interest expense, net                                                   35
Depreciation and amortization                                          145
EBITDA, EBIT, Net income and EPS                                       395
Russia-Ukraine conflict impacts                                        200
Pension settlements                                                      5
Adjusted EBITDA                                                        600
"""


def _check(tmp_path: Path, text: str) -> Report:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return tieout.check(path)


def test_percentage_rows_of_a_segment_matrix_are_not_added_across(tmp_path: Path) -> None:
    report = _check(tmp_path, SEGMENTS)
    [table] = report.filing.tables
    percent = [r.label for r in table.rows if r.unit and r.unit.measure is Measure.PERCENT]
    assert percent == [
        "Adjusted EBIT / sales %",
        "% growth",
        "Adjusted EBIT",  # split off '% growth - Adjusted EBIT': the growth, in percent
        "% items affecting comparability",
        "% currency impact",
        "% comparable constant currency growth",
    ]
    across = [(c.status.value, c.lines) for c in report.checks if c.code == "TO201"]
    assert across == [("passed", (9,)), ("passed", (10,)), ("passed", (11,)), ("passed", (12,))]
    # the growth reconciles down in percent; no growth is read as an adjusted EBIT
    assert ("passed", "1 = (6) + 4 + 3") in [
        (c.status.value, c.description) for c in report.checks if c.code == "TO101"
    ]
    assert [c.lines[-1] for c in report.checks if c.code == "TO801"] == [12, 12, 12, 9, 12]
    assert report.findings == ()


def test_a_reconciliation_adds_the_items_below_a_subtotal_to_it(tmp_path: Path) -> None:
    report = _check(tmp_path, RECONCILIATION)
    assert [(c.status.value, c.lines, c.description) for c in report.checks] == [
        (
            "passed",
            (9, 10, 11, 12),
            "line 12: Adjusted EBITDA (2022-06-30) printed 600, recomputed 600 = 395 + 200 + 5",
        )
    ]
