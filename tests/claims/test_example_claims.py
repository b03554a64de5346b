"""Every claim of the bundled example, claim by claim: what is claimed, what the tables
give, the verdict and the line (tables built by hand from the printed lines)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.claims.sensetime import SOURCES, filing_from, sensetime_filing
from tieout.claims import Analysis, Verdict, analyse

# (line, claimed as printed, kind, subject, status, recomputed at the claim's precision)
EXPECTED = [
    (36, "RMB1,739.7 million", "amount", "revenue", "verified", "1739.7"),
    (36, "21.4%", "change", "revenue", "verified", "21.4"),
    (36, "RMB1,051.2 million", "amount", "label:generative ai", "verified", "1051.2"),
    (36, "255.7%", "change", "label:generative ai", "verified", "255.7"),
    (36, "60.4%", "share", "label:generative ai", "verified", "60.4"),
    (36, "RMB168.1 million", "amount", "label:smart auto", "verified", "168.1"),
    (36, "100.4%", "change", "label:smart auto", "verified", "100.4"),
    (36, "RMB520.4 million", "amount", "label:traditional ai", "verified", "520.4"),
    (36, "50.6%", "change", "label:traditional ai", "verified", "-50.6"),
    (36, "40.1%", "change", "overseas-revenue", "verified", "40.1"),
    (36, "18.5%", "share", "overseas-revenue", "verified", "18.5"),
    (36, "RMB766.8 million", "amount", "gross-profit", "verified", "766.8"),
    (36, "18.2%", "change", "gross-profit", "verified", "18.2"),
    (36, "44.1%", "margin", "gross-margin", "verified", "44.1"),
    (36, "21.2%", "change", "selling-expenses", "verified", "-21.2"),
    (36, "RMB329.2 million", "amount", "selling-expenses", "verified", "329.2"),
    (36, "7.7%", "change", "administrative-expenses", "verified", "-7.7"),
    (36, "RMB734.9 million", "amount", "administrative-expenses", "verified", "734.9"),
    (36, "6.1%", "change", "research-expenses", "verified", "6.1"),
    (36, "RMB1,892.2 million", "amount", "research-expenses", "verified", "1892.2"),
    (36, "21.2%", "change", "profit-loss", "verified", "-21.2"),
    (36, "RMB2,477.2 million", "amount", "profit-loss", "verified", "2477.2"),
    (38, "255.7%", "change", "label:generative ai", "verified", "255.7"),
    (38, "16%", "share", None, "unresolved", None),
    (38, "15.4%", "share", None, "unresolved", None),
    (44, "RMB1,051.2 million", "amount", "label:generative ai", "verified", "1051.2"),
    (44, "255.7%", "change", "label:generative ai", "verified", "255.7"),
    (44, "60.4%", "share", "label:generative ai", "verified", "60.4"),
    (56, "30%", "change", None, "unresolved", None),
    (56, "400%", "change", None, "unresolved", None),
    (67, "RMB168.1 million", "amount", "label:smart auto", "verified", "168.1"),
    (67, "100.4%", "change", "label:smart auto", "verified", "100.4"),
    (67, "80.0%", "change", None, "unresolved", None),
    (129, "21.4%", "change", "revenue", "verified", "21.4"),
    (129, "RMB1,739.7 million", "amount", "revenue", "verified", "1739.7"),
    (129, "RMB1,433.1 million", "amount", "revenue", "verified", "1433.1"),
    (141, "255.7%", "change", "label:generative ai", "verified", "255.7"),
    (141, "RMB1,051.2 million", "amount", "label:generative ai", "verified", "1051.2"),
    (141, "RMB295.5 million", "amount", "label:generative ai", "verified", "295.5"),
    (143, "100.4%", "change", "label:smart auto", "verified", "100.4"),
    (143, "RMB168.1 million", "amount", "label:smart auto", "verified", "168.1"),
    (143, "RMB83.9 million", "amount", "label:smart auto", "verified", "83.9"),
    (145, "50.6%", "change", "label:traditional ai", "verified", "-50.6"),
    (145, "RMB520.4 million", "amount", "label:traditional ai", "verified", "520.4"),
    (145, "RMB1,053.7 million", "amount", "label:traditional ai", "verified", "1053.7"),
    (145, "10%", "share", None, "unresolved", None),
    (149, "24.0%", "change", "cost-of-sales", "verified", "24.0"),
    (149, "RMB784.4 million", "amount", "cost-of-sales", "verified", "784.4"),
    (149, "RMB973.0 million", "amount", "cost-of-sales", "verified", "973.0"),
    (168, "18.2%", "change", "gross-profit", "verified", "18.2"),
    (168, "RMB648.7 million", "amount", "gross-profit", "verified", "648.7"),
    (168, "RMB766.8 million", "amount", "gross-profit", "verified", "766.8"),
    (168, "45.3%", "margin", "gross-margin", "verified", "45.3"),
    (168, "44.1%", "margin", "gross-margin", "verified", "44.1"),
    (172, "6.1%", "change", "research-expenses", "verified", "6.1"),
    (172, "RMB1,783.2 million", "amount", "research-expenses", "verified", "1783.2"),
    (172, "RMB1,892.2 million", "amount", "research-expenses", "verified", "1892.2"),
    (176, "21.2%", "change", "selling-expenses", "verified", "-21.2"),
    (176, "RMB418.0 million", "amount", "selling-expenses", "verified", "418.0"),
    (176, "RMB329.2 million", "amount", "selling-expenses", "verified", "329.2"),
    (180, "7.7%", "change", "administrative-expenses", "verified", "-7.7"),
    (180, "RMB796.5 million", "amount", "administrative-expenses", "verified", "796.5"),
    (180, "RMB734.9 million", "amount", "administrative-expenses", "verified", "734.9"),
    (184, "48.2%", "change", "impairment-losses", "verified", "48.2"),
    (184, "RMB396.5 million", "amount", "impairment-losses", "verified", "396.5"),
    (184, "RMB587.7 million", "amount", "impairment-losses", "verified", "587.7"),
    (188, "28.6%", "change", "other-income", "verified", "-28.6"),
    (188, "RMB152.2 million", "amount", "other-income", "verified", "152.2"),
    (188, "RMB108.7 million", "amount", "other-income", "verified", "108.7"),
    (192, "RMB754.1 million", "amount", "other-losses", "verified", "754.1"),
    (192, "RMB53.0 million", "amount", "other-losses", "verified", "53.0"),
    (196, "162.9%", "change", "finance-income-net", "verified", "162.9"),
    (196, "RMB100.5 million", "amount", "finance-income-net", "verified", "100.5"),
    (196, "RMB264.3 million", "amount", "finance-income-net", "verified", "264.3"),
    (200, "RMB10.0 million", "amount", "fair-value-preferred", "verified", "10.0"),
    (200, "RMB12.1 million", "amount", "fair-value-preferred", "verified", "12.1"),
    (204, "RMB4.0 million", "amount", "income-tax", "verified", "4.0"),
    (204, "RMB124.2 million", "amount", "income-tax", "verified", "124.2"),
    (208, "RMB2,477.2 million", "amount", "profit-loss", "verified", "2477.2"),
    (208, "RMB3,142.6 million", "amount", "profit-loss", "verified", "3142.6"),
    (252, "RMB5,159.3 million", "amount", "receivables", "verified", "5159.3"),
    (252, "RMB5,355.9 million", "amount", "receivables", "verified", "5355.9"),
    (274, "RMB7,626.5 million", "amount", "cash", "verified", "7626.5"),
    (274, "RMB1,193.4 million", "amount", "term-deposits", "verified", "1193.4"),
    (274, "RMB9,423.5 million", "amount", "cash", "verified", "9423.5"),
    (274, "RMB1,099.9 million", "amount", "term-deposits", "verified", "1099.9"),
    (294, "RMB3,523.8 million", "amount", "operating-cash", "verified", "3523.8"),
    (298, "RMB1,068.2 million", "amount", "investing-cash", "verified", "1068.2"),
    (302, "RMB2,722.7 million", "amount", "financing-cash", "verified", "2722.7"),
    (306, "RMB4,473.1 million", "amount", "borrowings", "verified", "4473.1"),
    (306, "RMB5,287.3 million", "amount", "borrowings", "verified", "5287.3"),
    (324, "HK$6,351.0 million", "amount", "net-proceeds", "verified", "6351.0"),
    (342, "6.06%", "share", None, "unresolved", None),
    (342, "4.76%", "share", None, "unresolved", None),
    (344, "HK$1,995.1 million", "amount", "net-proceeds", "verified", "1995.1"),
    (359, "-0.6%", "ratio", "gearing-ratio", "verified", "-0.6"),
    (375, "RMB4,270.4 million", "amount", None, "unresolved", None),
    (375, "RMB331.3 million", "amount", None, "unresolved", None),
    (723, "RMB125,491,000", "amount", "share-based-compensation", "verified", "125491000"),
    (723, "RMB233,934,000", "amount", "share-based-compensation", "verified", "233934000"),
]


@pytest.fixture(scope="module", params=SOURCES)
def analysis(request: pytest.FixtureRequest) -> Analysis:
    return analyse(filing_from(request.param))


@pytest.fixture(scope="module")
def hand_built() -> Analysis:
    return analyse(sensetime_filing())


def _row(analysis: Analysis) -> list[tuple[object, ...]]:
    return [
        (
            e.claim.line,
            e.claim.claimed,
            e.claim.kind.value,
            e.claim.subject.key if e.claim.subject else None,
            e.verdict.value,
            None if e.recomputed is None else str(e.recomputed),
        )
        for e in analysis.evaluations
    ]


def test_every_claim_of_the_example_with_its_verdict(hand_built: Analysis) -> None:
    assert _row(hand_built) == EXPECTED


def test_every_claim_of_the_extracted_example_with_its_verdict() -> None:
    assert _row(analyse(filing_from("extracted"))) == EXPECTED


def test_untouched_example_has_no_contradiction(analysis: Analysis) -> None:
    assert analysis.of(Verdict.CONTRADICTED) == ()
    assert len(analysis.of(Verdict.VERIFIED)) == 90


def test_unresolved_claims_are_the_ones_without_data(analysis: Analysis) -> None:
    unresolved = [
        (e.claim.line, e.claim.claimed, e.claim.subject_text)
        for e in analysis.of(Verdict.UNRESOLVED)
    ]
    assert unresolved == [
        (38, "16%", "market share"),
        (38, "15.4%", "market share"),
        (56, "30%", "version 5 5 exhibiting approximately a"),
        (56, "400%", "usage of SenseNova increased more than"),
        (67, "80.0%", "half of the year representing a"),
        (145, "10%", "has declined significantly to less than"),
        (342, "6.06%", "446 000 Placing Shares representing approximately"),
        (342, "4.76%", "issued Class B Shares and approximately"),
        (375, "RMB4,270.4 million", "use rights with carrying amount of"),
        (375, "RMB331.3 million", "and restricted guarantee deposits amounting to"),
    ]


def test_highlights_and_mdna_percentages_are_all_listed_and_linked(analysis: Analysis) -> None:
    percentages = {
        (e.claim.line, e.claim.claimed)
        for e in analysis.evaluations
        if e.claim.figure.is_percent and e.verdict is Verdict.VERIFIED
    }
    for line, claimed in [
        (36, "21.4%"),
        (36, "255.7%"),
        (36, "60.4%"),
        (36, "100.4%"),
        (36, "50.6%"),
        (36, "40.1%"),
        (36, "18.5%"),
        (36, "18.2%"),
        (36, "44.1%"),
        (36, "21.2%"),
        (36, "7.7%"),
        (36, "6.1%"),
        (129, "21.4%"),
        (141, "255.7%"),
        (143, "100.4%"),
        (145, "50.6%"),
        (149, "24.0%"),
        (168, "18.2%"),
        (168, "45.3%"),
        (168, "44.1%"),
        (172, "6.1%"),
        (176, "21.2%"),
        (180, "7.7%"),
        (184, "48.2%"),
        (188, "28.6%"),
        (196, "162.9%"),
        (359, "-0.6%"),
    ]:
        assert (line, claimed) in percentages


def test_overseas_revenue_is_revenue_outside_mainland_china(hand_built: Analysis) -> None:
    analysis = hand_built
    growth, share = [e for e in analysis.evaluations if e.claim.subject_text == "overseas revenue"]
    assert growth.interval is not None and share.interval is not None
    # 1,739,717 - 1,418,730 = 320,987 against 1,433,122 - 1,203,994 = 229,128
    assert growth.interval.lo < Decimal("40.09") < growth.interval.hi
    assert share.interval.lo < Decimal("18.4505") < share.interval.hi
    assert [f.span.line for f in growth.facts] == [395, 679, 395, 679]


def test_change_recomputed_from_the_precise_statement_figures(analysis: Analysis) -> None:
    # the same lines whichever way the tables were built
    finance = next(e for e in analysis.evaluations if e.claim.claimed == "162.9%")
    # the rounded 264.3 / 100.5 would give 163.0; 264,289 / 100,537 gives 162.9
    assert [f.span.line for f in finance.facts] == [407, 407]
    assert finance.basis == "(264,289 - 100,537) / 100,537"


def test_claim_spans_point_at_the_printed_figure(analysis: Analysis) -> None:
    claim = next(e.claim for e in analysis.evaluations if e.claim.line == 359)
    assert (claim.span.line, claim.span.col_start, claim.span.col_end) == (359, 44, 48)
