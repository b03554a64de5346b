"""Ligature glyphs printed without Unicode are read as the letters their word needs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pdf_support import DATA

import tieout
from tieout.read.ligatures import restore_ligatures


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Net cash used in \ufffdnancing activities", "Net cash used in financing activities"),
        ("E\ufffdect of exchange rate changes", "Effect of exchange rate changes"),
        ("cash \ufffdows", "cash flows"),
        ("di\ufffdcult", "difficult"),
        ("re\ufffdect", "reflect"),
        ("a\ufffdect", "affect"),
        ("pro\ufffdt", "profit"),
        ("non\ufffdnancial", "nonfinancial"),
        ("\ufffdxed", "fixed"),
        ("xy\ufffdz", "xyfiz"),  # no known word: the commonest ligature
        ("Revenue", "Revenue"),
    ],
)
def test_unmapped_ligatures_are_restored(printed: str, read: str) -> None:
    assert restore_ligatures(printed) == read


def test_a_us_release_with_ligature_fonts_reads_its_financing_cash_flows() -> None:
    filing = tieout.read(DATA / "ebay_2023q2_p7-9.pdf")
    financing = {
        str(f.period): f.value
        for f in filing.facts
        if f.concept == "CashFlowsFromUsedInFinancingActivities"
    }
    assert financing == {
        "2023-04-01..2023-06-30": Decimal("-70000000"),
        "2022-04-01..2022-06-30": Decimal("-2230000000"),
        "2023-01-01..2023-06-30": Decimal("-1458000000"),
        "2022-01-01..2022-06-30": Decimal("-4182000000"),
    }
    assert all("\ufffd" not in (f.label or "") for f in filing.facts)
