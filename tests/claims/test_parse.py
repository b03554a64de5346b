"""The claim reader on single sentences: kinds, subjects, directions, units, periods."""

from __future__ import annotations

from decimal import Decimal

import pytest

import tieout
from tieout.api import document_to_filing
from tieout.claims.claim import Claim
from tieout.claims.interval import Interval, agrees, change_percent
from tieout.claims.parse import read_claims
from tieout.claims.sentences import split_sentences
from tieout.claims.subjects import Vocabulary
from tieout.read.text import text_to_document


def claims_in(text: str, labels: set[str] | None = None) -> list[Claim]:
    vocabulary = Vocabulary()
    vocabulary.add_labels(labels or set())
    return read_claims(text_to_document(text, source="test.txt"), vocabulary)


def brief(claim: Claim) -> tuple[object, ...]:
    date = claim.date
    when = None if date is None else ("prior" if date.prior else (date.year, date.month))
    return (
        claim.kind.value,
        claim.claimed,
        claim.subject.key if claim.subject else None,
        claim.direction,
        when,
    )


def test_hk_dollar_billions_and_a_rise() -> None:
    [change, amount, comparative] = claims_in(
        "Turnover rose 12.5% to HK$2.3 billion for the year ended 31 December 2024 "
        "(2023: HK$2,060.8 million)."
    )
    assert brief(change) == ("change", "12.5%", "revenue", 1, None)
    assert brief(amount) == ("amount", "HK$2.3 billion", "revenue", 0, (2024, 12))
    assert (amount.figure.unit.currency, amount.figure.unit.scale) == ("HKD", 9)
    assert amount.figure.base_value == Decimal("2.3E+9")
    assert brief(comparative) == ("amount", "HK$2,060.8 million", "revenue", 0, (2023, None))


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Selling expenses declined 21.2% year-on-year to RMB329.2 million.", -1),
        ("Selling expenses were RMB329.2 million, representing a 21.2% year-on-year increase.", 1),
        ("Selling expenses, a year-on-year decrease of 21.2%, were RMB329.2 million.", -1),
        ("Net loss for the period narrowed by 21.2% to RMB329.2 million.", -1),
        ("Selling expenses grew 21.2% in the period to RMB329.2 million.", 1),
    ],
)
def test_direction_words(sentence: str, direction: int) -> None:
    change = next(c for c in claims_in(sentence) if c.figure.is_percent)
    assert (change.kind.value, change.direction) == ("change", direction)


def test_share_margin_and_base() -> None:
    claims = claims_in(
        "Generative AI revenue reached RMB1,051.2 million, accounting for 60.4% of total "
        "revenue of the Group, with a gross profit margin of 44.1%.",
        {"generative ai"},
    )
    assert [brief(c) for c in claims] == [
        ("amount", "RMB1,051.2 million", "label:generative ai", 0, None),
        ("share", "60.4%", "label:generative ai", 0, None),
        ("margin", "44.1%", "gross-margin", 0, None),
    ]
    assert claims[1].base is not None and claims[1].base.key == "revenue"


def test_margins_from_one_period_to_another() -> None:
    claims = claims_in(
        "Our gross margin decreased from 45.3% in the six months ended June 30, 2023 to 44.1% "
        "in the six months ended June 30, 2024."
    )
    assert [brief(c) for c in claims] == [
        ("margin", "45.3%", "gross-margin", 0, (2023, 6)),
        ("margin", "44.1%", "gross-margin", 0, (2024, 6)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The withholding tax rate will be reduced from 10% to 5% for such investors.",
        "The proceeds were converted at an exchange rate of RMB0.81912 to HKD1.00 in the year.",
        "The shares were placed at HK$1.20 per Placing Share to not less than six places.",
        "Entities incorporated in Hong Kong are subject to profits tax at a rate of 16.5% here.",
    ],
)
def test_figures_that_are_no_claims(sentence: str) -> None:
    assert claims_in(sentence) == []


def test_a_part_of_a_subject_is_not_the_subject() -> None:
    [claim] = claims_in(
        "The Group had bank borrowings with carrying amount of RMB257,770,000 secured by deposits."
    )
    assert (claim.kind.value, claim.subject, claim.subject_text) == (
        "amount",
        None,
        "bank borrowings with carrying amount of",
    )


def test_respectively_pairs_dates_and_figures_in_order() -> None:
    claims = claims_in(
        "As of December 31, 2023 and June 30, 2024, we had total borrowings of RMB4,473.1 "
        "million and RMB5,287.3 million, respectively."
    )
    assert [brief(c) for c in claims] == [
        ("amount", "RMB4,473.1 million", "borrowings", 0, (2023, 12)),
        ("amount", "RMB5,287.3 million", "borrowings", 0, (2024, 6)),
    ]


def test_a_comparison_repeats_the_subjects_in_order() -> None:
    claims = claims_in(
        "We had cash and cash equivalents of RMB7,626.5 million and term deposits of RMB1,193.4 "
        "million as of June 30, 2024, compared to the balance of RMB9,423.5 million and "
        "RMB1,099.9 million as of December 31, 2023."
    )
    assert [brief(c)[2:] for c in claims] == [
        ("cash", 0, (2024, 6)),
        ("term-deposits", 0, (2024, 6)),
        ("cash", 0, (2023, 12)),
        ("term-deposits", 0, (2023, 12)),
    ]


def test_an_aside_does_not_take_the_subject() -> None:
    [claim, _] = claims_in(
        "Our trade, other receivables and prepayments, which primarily comprise trade "
        "receivables, increased from RMB5,159.3 million as of December 31, 2023 to RMB5,355.9 "
        "million as of June 30, 2024.",
        {"trade receivables"},
    )
    assert brief(claim) == ("amount", "RMB5,159.3 million", "receivables", 0, (2023, 12))


def test_a_segment_heading_names_a_bare_revenue() -> None:
    text = (
        "SMART AUTO\n\nSenseAuto achieved revenue of RMB168.1 million in the first half, a "
        "year-on-year increase of 100.4%.\n"
    )
    claims = claims_in(text, {"smart auto"})
    assert [brief(c)[:3] for c in claims] == [
        ("amount", "RMB168.1 million", "label:smart auto"),
        ("change", "100.4%", "label:smart auto"),
    ]
    # without the segment among the filing's labels the heading names nothing known
    assert [brief(c)[2] for c in claims_in(text)] == ["revenue", "revenue"]


def test_a_named_part_of_revenue_is_no_total() -> None:
    [claim] = claims_in(
        "Smart City business' revenue contribution has declined significantly to less than 10% "
        "of total revenue."
    )
    assert (claim.kind.value, claim.subject, claim.qualifier) == ("share", None, "less than")


def test_market_share_is_its_own_subject() -> None:
    [claim] = claims_in("Our LLM platform and applications achieved 16% market share in China.")
    assert (claim.kind.value, claim.subject, claim.subject_text) == ("share", None, "market share")


def test_sentences_keep_their_source_columns() -> None:
    document = text_to_document(
        "It was iterated to version 5.5. released in July. Revenue rose 21.4% to HK\\$2.3 "
        "billion. Next sentence here.\n",
        source="t.txt",
    )
    sentences = split_sentences(document.lines[0])
    assert [s.text for s in sentences] == [
        "It was iterated to version 5.5. released in July.",
        "Revenue rose 21.4% to HK$2.3 billion.",
        "Next sentence here.",
    ]
    [change, amount] = claims_in(document.lines[0].text)
    raw = document.lines[0].text
    assert raw[change.span.col_start - 1 : change.span.col_end] == "21.4%"
    assert raw[amount.span.col_start - 1 : amount.span.col_end] == "HK\\$2.3 billion"


def test_amounts_in_units() -> None:
    [claim] = claims_in(
        "Employee benefits expenses included share-based compensation expenses of approximately "
        "RMB125,491,000 in the period ended June 30, 2024."
    )
    assert (claim.figure.value, claim.figure.unit.scale, claim.qualifier) == (
        Decimal("125491000"),
        0,
        "approximately",
    )


def test_intervals_from_printed_precision() -> None:
    # 264.3 / 100.5 in millions allows 162.8% to 163.2%: 162.9 is within it
    change = change_percent(
        Interval.around(Decimal("264.3"), Decimal("0.05")),
        Interval.around(Decimal("100.5"), Decimal("0.05")),
    )
    assert agrees(change, Decimal("162.9"), 1, None)
    assert not agrees(change, Decimal("163.9"), 1, None)
    share = Interval(Decimal("60.42"), Decimal("60.43"))
    assert agrees(share, Decimal("60.4"), 1, "over")
    assert not agrees(share, Decimal("61.0"), 1, "over")
    assert agrees(Interval(Decimal("7.2"), Decimal("7.3")), Decimal("10"), 0, "less than")


@pytest.mark.parametrize(
    "sentence",
    [
        # found in real announcements of the shared corpus, where a nearest-subject reading
        # linked the amount to the wrong figure
        "During the period, the Group acquired property, plant and equipment of approximately "
        "HK$4,350,000 for its plant.",
        "In addition, bank and other borrowings of RMB818,650,000 (31 December 2022: "
        "RMB900,093,000) were secured by the Group's buildings.",
        "Other income mainly included bank and other interest income of approximately "
        "RMB78,329,000 in the period.",
        "A net impairment loss of RMB219,712,000 on the financial assets of the Group was "
        "recognised in the period.",
        "The revenue from the tourism segment increased by approximately RMB5,663,000 in the "
        "period.",
        # Pfizer's 10-Q: the amount a US filing's verb of change takes without 'by' is the
        # change, not the revenue (which the 'to' figure of the sentence gives)
        "Revenues decreased $15.0 billion, or 54%, in the second quarter of 2023.",
        # an amount 'of' the noun after it, listed after a subject: not that subject's
        "We recorded $4.4 billion in intangible assets, consisting of $3.0 billion of "
        "revenue and $1.4 billion of developed technology rights.",
        "Excluding contributions from Comirnaty and Paxlovid, revenues increased $537 million, "
        "or 5%, operationally.",
        "Included in revenues are revenues of approximately HK$79.73 million which arose from "
        "sales to the largest customer.",
        "We launched 71 products in 2008 with turnover of approximately HK$308 million in the "
        "year.",
        "The gross profit and profit for the year amounted to HK$536,483,000 and HK$404,220,000 "
        "respectively.",
        "There were two tranches within the Convertible Bonds, HK$889,850,000 in principal "
        "amount of Tranche 1.",
    ],
)
def test_amounts_of_something_else_have_no_subject(sentence: str) -> None:
    amounts = [c for c in claims_in(sentence) if not c.figure.is_percent]
    assert amounts
    assert [c.subject for c in amounts] == [None] * len(amounts)


def test_period_under_review_and_corresponding_period() -> None:
    claims = claims_in(
        "The gross profit margin increased from 15% in the Corresponding Period of 2022 to 16% "
        "for the Period Under Review."
    )
    assert [
        (c.claimed, c.date.year if c.date else None, c.date and c.date.current) for c in claims
    ] == [
        ("15%", 2022, False),
        ("16%", None, True),
    ]


def test_a_bracketed_percentage_after_a_colon_is_negative() -> None:
    [current, prior] = claims_in(
        "Gross profit margin was approximately 90.0% (for the six months ended 30 June 2009: "
        "(3.8%))."
    )
    assert (current.figure.value, prior.figure.value, prior.date and prior.date.year) == (
        Decimal("90.0"),
        Decimal("-3.8"),
        2009,
    )


def test_a_justified_line_of_prose_is_read_with_its_paragraph() -> None:
    """A justified line spreads its words ('30 June 2007  is based on'): the two fields are
    one line of prose, so the figure on the next line keeps the date the sentence names."""
    text = (
        "The calculation of diluted earnings per share for the six months ended 30 June 2007  is based on\n"
        "the profit attributable to equity holders of the Company of approximately HK$43,397,000 and the\n"
        "weighted average number of ordinary shares.\n"
    )
    document = text_to_document(text, source="justified.txt")
    assert len(document.lines[0].fields) == 2  # the reader keeps the wide gap
    [amount] = claims_in(text, {"profit attributable to equity holders of the Company"})
    assert (amount.claimed, amount.line, brief(amount)[-1]) == ("HK$43,397,000", 2, (2007, 6))


def test_a_table_row_is_no_justified_prose() -> None:
    """Label and figures stand further apart than a justified gap: not a paragraph line."""
    text = (
        "Revenue grew strongly in the period under review as sales of our products rose.\n"
        "Revenue                                  1,234      1,100\n"
    )
    assert [c.claimed for c in claims_in(text)] == []


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Computing: The 6.4% comparable sales decline was driven by tablets.", "comparable sales"),
        ("Appliances revenue declined 16.1% on a comparable sales basis.", "comparable sales"),
        ("Revenue declined by 16.1% in the period, while comparable sales rose.", None),
        ("Same-store sales of Services grew 7.6% in the quarter.", "Same-store sales"),
        ("Revenue grew 5.0%, and organic growth was 3.1% in the period.", "organic growth"),
    ],
)
def test_a_change_of_another_measure_is_not_the_reported_change(
    sentence: str, measure: str | None
) -> None:
    """Comparable, same-store, like-for-like and organic changes are measures the
    statements do not print: such a claim names its measure and no subject to check."""
    labels = {"Computing", "Appliances", "Services"}
    changes = [c for c in claims_in(sentence, labels) if c.kind.value == "change"]
    last = changes[-1]
    if measure is None:
        assert last.subject is not None
    else:
        assert (last.subject, last.subject_text) == (None, measure)


def test_a_comparative_aside_restates_its_figure_whatever_word_it_puts_first() -> None:
    [amount, comparative] = claims_in(
        "The Group recorded a profit for the year of HK$74.38 millions "
        "(2009: loss of HK$580.24 million)."
    )
    assert brief(amount) == ("amount", "HK$74.38 millions", "profit-loss", 0, None)
    assert amount.figure.base_value == Decimal("7.438E+7")
    assert brief(comparative) == (
        "amount",
        "HK$580.24 million",
        "profit-loss",
        0,
        (2009, None),
    )


def test_a_comparative_of_a_part_is_no_claim_of_the_whole() -> None:
    # the profit 'from the discontinued operations' is not the year's profit; its comparative
    # ('loss of ...') is not the year's loss either: both unresolved, about the same words
    claims = claims_in(
        "Basic earnings per share is based on the profit for the year from the "
        "discontinued operations of HK$74.38 millions (2009: loss of HK$580.24 million)."
    )
    assert [brief(c) for c in claims] == [
        ("amount", "HK$74.38 millions", None, 0, None),
        ("amount", "HK$580.24 million", None, 0, (2009, None)),
    ]
    assert {c.subject_text for c in claims} == {"year from the discontinued operations of"}


SEGMENT_NOTE = """\
CONSOLIDATED STATEMENTS OF OPERATIONS
(Dollars in millions)
Years ended December 31,                                     2022        2021
Sales of products                                          55,893      51,386
Sales of services                                          10,715      10,900
Total revenues                                             66,608      62,286

Note 21 - Segment Information
Revenues by customer                                         2022        2021
  Commercial                                                9,560       7,527
  Government                                                7,681       8,553
Total revenues from contracts with customers               17,241      16,080

Revenues from the U.S. government represented 40% of consolidated revenues for 2022.
"""


def test_a_row_label_named_with_a_proper_name_before_it_is_a_narrower_thing() -> None:
    # Boeing 2022 10-K: the segment note's 'Government' row is not 'the U.S. government'
    report = tieout.check(document_to_filing(text_to_document(SEGMENT_NOTE, source="t.txt")))
    claims = [(c.code, c.status.value, c.description) for c in report.checks if c.code >= "TO7"]
    assert claims == [
        (
            "TO702",
            "unresolved",
            "line 14: '40%' (share of government): unresolved, no figure in the tables for"
            " 'government'",
        )
    ]


def test_the_level_a_figure_grew_from_is_the_prior_periods() -> None:
    [before, after, change] = claims_in(
        "Revenue in 2023 grew from £309.4m to £332.2m – an increase of 7%."
    )
    assert brief(before) == ("amount", "£309.4m", "revenue", 0, "prior")
    assert brief(after) == ("amount", "£332.2m", "revenue", 0, None)
    assert brief(change) == ("change", "7%", "revenue", 1, None)


def test_the_level_a_figure_grew_from_over_many_years_is_of_no_known_period() -> None:
    [before, after] = claims_in(
        "In the past ten years Gamma has grown its revenue from £173.2m to £521.7m, a CAGR of 13%."
    )[:2]
    assert brief(before) == ("amount", "£173.2m", None, 0, "prior")
    assert brief(after) == ("amount", "£521.7m", "revenue", 0, None)


def test_a_month_printed_as_a_row_label_is_no_subject() -> None:
    [amount] = claims_in(
        "Group revenue for the year ended 31 December 2023 increased to £521.7m.",
        {"december"},
    )
    assert amount.subject is not None and amount.subject.key == "revenue"


def test_a_change_without_by_then_the_level_after_to() -> None:
    claims = claims_in(
        "Our revenue decreased $15.0 billion to $12.7 billion in the second quarter of 2023."
    )
    assert [(c.claimed, c.subject.key if c.subject else None) for c in claims] == [
        ("$15.0 billion", None),
        ("$12.7 billion", "revenue"),
    ]
