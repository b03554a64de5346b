"""HKEX annual reports read without false findings: layouts of FSM Holdings (01721),
Water Oasis (01161) and others of the corpus, as small layout-text variants."""

from __future__ import annotations

import tieout
from tieout.api import document_to_filing
from tieout.model import Report, Severity
from tieout.read.text import text_to_document


def _check(text: str) -> Report:
    return tieout.check(document_to_filing(text_to_document(text, source="variant.txt")))


def _errors(report: Report) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(f.code, f.message, f.lines) for f in report.findings if f.severity is Severity.ERROR]


RESTATED_EQUITY = """\
Consolidated Statement of Changes in Equity
For the year ended 31 December 2020

                                                           Share                 Retained         Total
                                                          capital   Reserves     earnings        equity
                                                           S$'000      S$'000       S$'000       S$'000

 Balance at 1 January 2019 as restated                     1,695       21,011       16,050       38,756
 Comprehensive loss
 Loss for the year                                             -            -         (400)        (400)
 Balances at 31 December 2019 as restated                 1,695       21,011       15,650       38,356

 Balances as at 31 December 2019 as previously reported   1,695       21,192       16,565       39,452
 Prior year adjustments (Note 3)                              -         (181)        (915)      (1,096)
 Balances as at 31 December 2019 as restated              1,695       21,011       15,650       38,356
 Comprehensive loss
 Loss for the year                                             -            -       (2,599)      (2,599)
 Balance at 31 December 2020                              1,695       21,011       13,051       35,757
"""


def test_a_balance_as_at_a_date_opens_a_new_roll_forward() -> None:
    """'Balances as at 31 December 2019 as previously reported' is a balance at a date:
    the loss of 2020 is no difference of the two restated 2019 balances above it (which
    agree where the loss is nil), and every roll-forward foots."""
    report = _check(RESTATED_EQUITY)
    assert _errors(report) == []
    footing = sorted((c.lines[-1], c.status.value) for c in report.checks if c.code == "TO101")
    assert footing == [(11, "passed")] * 4 + [(15, "passed")] * 4 + [(18, "passed")] * 4
