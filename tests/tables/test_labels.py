"""Run-together labels are split where the text's capitals and the lexicon say."""

import pytest

import tieout
from tieout.api import document_to_filing
from tieout.read.text import text_to_document
from tieout.tables.labels import split_labels


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        (
            "Current assets Inventories Contract assets Trade, other receivables and prepayments",
            3,
            [
                "Current assets",
                "Inventories",
                "Contract assets",
                "Trade, other receivables and prepayments",
            ],
        ),
        (
            "Non-current assets Property, plant and equipment Right-of-use assets Intangible assets Contract assets",
            4,
            [
                "Non-current assets",
                "Property, plant and equipment",
                "Right-of-use assets",
                "Intangible assets",
                "Contract assets",
            ],
        ),
        (
            "Share capital Other reserves Currency translation reserves Accumulated losses",
            4,
            [
                "Share capital",
                "Other reserves",
                "Currency translation reserves",
                "Accumulated losses",
            ],
        ),
        (
            "Up to 6 months 6 months to 1 year 1 to 2 years 2 to 3 years More than 3 years",
            5,
            [
                "Up to 6 months",
                "6 months to 1 year",
                "1 to 2 years",
                "2 to 3 years",
                "More than 3 years",
            ],
        ),
        (
            "Trade receivables - Due from related parties - Due from third parties Provision for impairment",
            3,
            [
                "Trade receivables",
                "Due from related parties",
                "Due from third parties",
                "Provision for impairment",
            ],
        ),
        (
            "Loans to related partiesPayments on behalf of customers",
            2,
            ["Loans to related parties", "Payments on behalf of customers"],
        ),
        (
            "Research and development expenses Net impairment losses on financial assets and",
            1,
            ["Research and development expenses", "Net impairment losses on financial assets and"],
        ),
    ],
)
def test_run_together_labels_are_split(text: str, values: int, expected: list[str]) -> None:
    assert split_labels(text, values) == expected


@pytest.mark.parametrize(
    "label",
    [
        "Smart Auto",
        "Generative AI",
        "Equity holders of the Company",
        "Mainland China",
        "Other losses – net",
        "Finance income – net",
        "Net Current Assets",
        "Total Assets less Current Liabilities",
        "Purchase of ordinary shares of the Company for share award scheme",
        "Basic and diluted loss per share (RMB)",
        "April 3 through April 30, 2023",  # a period of a US share repurchase table
    ],
)
def test_single_labels_stay_whole(label: str) -> None:
    assert split_labels(label, 1) == [label]


# Pfizer's 10-Q (second quarter 2023), Part II Item 2: the monthly purchases add up to the
# total only when each month's label stays one row.
REPURCHASES = """\
The following summarizes purchases of our common stock during the second quarter of 2023:
                                                   Total Number of       Average Price
Period                                           Shares Purchased(a)   Paid per Share(a)
April 3 through April 30, 2023                              40,293   $           40.72
May 1 through May 28, 2023                                 119,295   $           38.89
May 29 through July 2, 2023                                 54,559   $           38.37
Total                                                      214,147   $           39.10
"""


def test_months_of_a_repurchase_table_add_up_to_its_total() -> None:
    report = tieout.check(document_to_filing(text_to_document(REPURCHASES, source="t.txt")))
    [table] = report.filing.tables
    assert [r.label for r in table.rows] == [
        "April 3 through April 30, 2023",
        "May 1 through May 28, 2023",
        "May 29 through July 2, 2023",
        "Total",
    ]
    footing = [(c.status.value, c.description) for c in report.checks if c.code == "TO101"]
    assert footing == [("passed", "214,147 = 40,293 + 119,295 + 54,559")]
    assert report.findings == ()
