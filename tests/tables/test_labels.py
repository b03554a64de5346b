"""Run-together labels are split where the text's capitals and the lexicon say."""

import pytest

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
    ],
)
def test_single_labels_stay_whole(label: str) -> None:
    assert split_labels(label, 1) == [label]
