"""What a claim talks about: subject phrases in prose, and the facts they name.

The phrases are data (SYNONYMS below); the filing adds its own: every row label of its
MD&A and note tables (segments such as "Smart Auto", regions such as "Mainland China")
becomes a subject too, so a sentence about "Smart Auto business revenue" finds its row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tieout.model import Filing, TableKind


@dataclass(frozen=True, slots=True)
class Subject:
    """A thing prose can state a figure for, with the ways it is written and found."""

    key: str  # stable name: "revenue", "gross-margin", "label:smart auto"
    name: str  # how reports print it
    pattern: re.Pattern[str]  # how prose writes it (case-insensitive)
    concepts: tuple[str, ...] = ()  # IFRS elements that carry it
    labels: tuple[str, ...] = ()  # row labels that carry it (normalised, lower case)
    generic: bool = False  # "revenue" may mean a segment's revenue under that segment's heading
    derived: str | None = None  # name of a recipe in link.py ("overseas", "margin:gross-profit")
    from_filing: bool = False
    literal: str | None = None  # lower-case text that every match contains (a label)

    def may_occur_in(self, folded: str) -> bool:
        """False when the subject cannot be mentioned in a text (given by `fold_case`)."""
        return self.literal is None or self.literal in folded


# The characters other than ASCII letters that a case-insensitive pattern matches to ASCII
# letters ("K", the Kelvin sign, matches "k"): with them mapped, `str.lower` finds every
# place such a pattern of ASCII text can match.
_ASCII_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _literal_of(label: str) -> str | None:
    """The label itself as the text every match of its case-insensitive pattern contains,
    when `fold_case` finds it: lower-case ASCII and characters without case (Chinese)."""
    return label if all(ch.isascii() or _caseless(ch) for ch in label) else None


def _caseless(ch: str) -> bool:
    """A character that only matches itself, whatever the case: CJK ideographs and marks."""
    return ord(ch) >= 0x2E80 and ch.lower() == ch == ch.upper() and ch.casefold() == ch


def fold_case(text: str) -> str:
    """The text as a case-insensitive pattern of lower-case ASCII text sees it."""
    return text.translate(_ASCII_TWINS).lower()


def _subject(
    key: str,
    name: str,
    pattern: str,
    concepts: tuple[str, ...] = (),
    labels: tuple[str, ...] = (),
    *,
    generic: bool = False,
    derived: str | None = None,
) -> Subject:
    return Subject(
        key,
        name,
        re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE),
        concepts,
        labels,
        generic=generic,
        derived=derived,
    )


# Order does not matter: the longest match in a sentence wins.
SYNONYMS: tuple[Subject, ...] = (
    _subject(
        "revenue",
        "revenue",
        r"(?:total |group |consolidated )?(?:revenues?|turnover)(?: of the group)?",
        ("Revenue",),
        ("revenue", "turnover", "total revenue"),
        generic=True,
    ),
    _subject(
        "overseas-revenue",
        "overseas revenue",
        r"(?:overseas|international) (?:revenues?|turnover|sales)",
        derived="overseas",
    ),
    _subject("cost-of-sales", "cost of sales", r"cost of (?:sales|revenue)", ("CostOfSales",)),
    _subject(
        "gross-profit",
        "gross profit",
        r"gross profits?(?: for the (?:period|year))?",
        ("GrossProfit",),
        ("gross profit",),
    ),
    _subject(
        "gross-margin",
        "gross profit margin",
        r"gross (?:profit )?margins?",
        derived="margin:gross-profit",
    ),
    _subject(
        "selling-expenses",
        "selling expenses",
        r"selling(?: and (?:marketing|distribution))? expenses|distribution costs",
        ("DistributionCosts", "SellingExpense"),
        ("selling expenses", "selling and marketing expenses", "distribution costs"),
    ),
    _subject(
        "administrative-expenses",
        "administrative expenses",
        r"(?:general and )?administrative expenses",
        ("AdministrativeExpense",),
        ("administrative expenses", "general and administrative expenses"),
    ),
    _subject(
        "research-expenses",
        "research and development expenses",
        r"research and development expenses|r&d expenses",
        ("ResearchAndDevelopmentExpense",),
        ("research and development expenses",),
    ),
    _subject(
        "impairment-losses",
        "net impairment losses on financial assets",
        r"(?:net )?impairment losses on financial assets(?: and contract assets)?",
        ("ImpairmentLossOnFinancialAssets",),
        (
            "net impairment losses on financial assets and contract assets",
            "impairment losses on financial assets",
        ),
    ),
    _subject("other-income", "other income", r"other income", ("OtherIncome",), ("other income",)),
    _subject(
        "other-losses",
        "other losses, net",
        r"(?:net )?other (?:losses|gains)(?: (?:- |– )?net)?|other (?:gains|losses)",
        ("OtherGainsLosses",),
        ("other losses - net", "other losses, net", "other gains - net", "other gains, net"),
    ),
    _subject(
        "finance-income-net",
        "finance income, net",
        r"net finance (?:income|costs)|finance (?:income|costs)(?:,)? (?:- |– )?net",
        ("FinanceIncomeCost",),
        ("finance income - net", "finance income, net", "finance costs - net"),
    ),
    _subject(
        "fair-value-preferred",
        "fair value losses of preferred share",
        r"fair value losses of preferred shares?",
        (),
        ("fair value losses of preferred share",),
    ),
    _subject(
        "income-tax",
        "income tax",
        r"income tax (?:credit|expenses?)",
        ("IncomeTaxExpenseContinuingOperations",),
        ("income tax credit", "income tax expense", "income tax expenses"),
    ),
    _subject(
        "profit-loss",
        "profit or loss for the period",
        r"(?<!gross )(?<!operating )(?:overall )?(?:period )?(?:net )?(?:losses|loss|profits?)"
        r"(?: for the (?:period|year))?",
        ("ProfitLoss",),
        (
            "loss for the period",
            "profit for the period",
            "loss for the year",
            "profit for the year",
        ),
        generic=True,
    ),
    _subject(
        "loss-before-tax",
        "profit or loss before income tax",
        r"(?:loss|profit) before (?:income )?tax(?:ation)?",
        ("ProfitLossBeforeTax",),
        ("loss before income tax", "profit before income tax", "profit before tax"),
    ),
    _subject(
        "fvpl-losses",
        "fair value losses on financial assets at fair value through profit or loss",
        r"fair value (?:losses|gains) on financial assets"
        r"(?: at fair value through profit or loss)?",
        (),
        (
            "fair value losses on financial assets at fair value through profit or loss",
            "fair value losses on financial assets at fair value through profit or loss "
            "(note 12(d))",
        ),
    ),
    _subject(
        "profit-attributable",
        "profit attributable to owners",
        r"(?:net )?(?:profit|loss|losses) attributable to (?:the )?(?:owners|equity holders|"
        r"shareholders)(?: of the (?:company|parent))?",
        ("ProfitLossAttributableToOwnersOfParent",),
    ),
    _subject(
        "receivables",
        "trade, other receivables and prepayments",
        r"trade, other receivables and prepayments",
        (),
        ("trade, other receivables and prepayments",),
    ),
    _subject(
        "cash",
        "cash and cash equivalents",
        r"cash and cash equivalents",
        ("CashAndCashEquivalents",),
        ("cash and cash equivalents",),
    ),
    _subject("term-deposits", "term deposits", r"term deposits", (), ("term deposits",)),
    _subject(
        "operating-cash",
        "net cash from operating activities",
        r"net cash (?:used in|generated from|from|\(used in\)/generated from) operating activities",
        ("CashFlowsFromUsedInOperatingActivities",),
    ),
    _subject(
        "investing-cash",
        "net cash from investing activities",
        r"net cash (?:used in|generated from|from|\(used in\)/generated from) investing activities",
        ("CashFlowsFromUsedInInvestingActivities",),
    ),
    _subject(
        "financing-cash",
        "net cash from financing activities",
        r"net cash (?:used in|generated from|from|\(used in\)/generated from) financing activities",
        ("CashFlowsFromUsedInFinancingActivities",),
    ),
    _subject(
        "borrowings",
        "total borrowings",
        r"(?:total )?(?:bank )?borrowings",
        ("Borrowings",),
        derived="sum:borrowings",
    ),
    _subject("gearing-ratio", "gearing ratio", r"gearing ratio", derived="gearing"),
    _subject(
        "share-based-compensation",
        "share-based compensation expenses",
        r"share-based compensation(?: expenses)?",
        (),
        ("share-based compensation expenses", "share-based compensation"),
    ),
    _subject(
        "net-proceeds",
        "net proceeds",
        r"net proceeds",
        (),
        derived="proceeds",
    ),
    _subject("ebitda", "EBITDA", r"ebitda", (), ("ebitda",)),
    _subject("adjusted-ebitda", "adjusted EBITDA", r"adjusted ebitda", (), ("adjusted ebitda",)),
    _subject(
        "adjusted-net-loss",
        "adjusted net loss",
        r"adjusted net (?:loss|losses|profit)",
        (),
        ("adjusted net loss", "adjusted net losses", "adjusted net profit"),
    ),
)

# Row labels that are not things prose talks about.
_SKIPPED_LABELS = frozenset(
    {
        "total",
        "others",
        "other",
        "add",
        "less",
        "subtotal",
        "net",
        "balance",
        "amount",
        "as at",
        "current",
        "non-current",
        "gross",
        "opening",
        "closing",
        "cost",
        "additions",
        "disposals",
        "group",
        "company",
        "basic",
        "diluted",
        "assets",
        "liabilities",
        "equity",
        "income",
        "expenses",
        "profit",
        "loss",
        "revenue",
        "turnover",
        "unallocated",
    }
)
_NOT_A_SUBJECT = re.compile(
    r"\d|months? ended|year ended|period ended|^as (?:at|of)\b|^at\b|unaudited|audited|"
    r"^(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)$|"
    r"^(?:rmb|hk\$|us\$|\$|usd|hkd)\b|'000|notes?\b",
    re.IGNORECASE,
)
_LABEL_SUFFIX = r"(?: business(?:es)?| segment)?(?:'s)?(?: revenues?| turnover| sales)?"


@dataclass
class Vocabulary:
    """The subjects of one filing: the synonyms plus the filing's own row labels."""

    subjects: list[Subject] = field(default_factory=lambda: list(SYNONYMS))

    def add_labels(self, labels: set[str]) -> None:
        known = {label for s in self.subjects for label in s.labels}
        for label in sorted(labels):
            if label in known or label in _SKIPPED_LABELS or len(label) < 4:
                continue
            if _NOT_A_SUBJECT.search(label):
                continue
            if any(s.pattern.fullmatch(label) for s in SYNONYMS):
                continue
            pattern = re.compile(
                rf"(?<![\w-]){re.escape(label)}{_LABEL_SUFFIX}(?![\w-])", re.IGNORECASE
            )
            self.subjects.append(
                Subject(
                    f"label:{label}",
                    label,
                    pattern,
                    (),
                    (label,),
                    from_filing=True,
                    literal=_literal_of(label),
                )
            )

    def by_key(self, key: str) -> Subject | None:
        for s in self.subjects:
            if s.key == key:
                return s
        return None


@lru_cache(maxsize=1 << 14)
def normalise_label(label: str) -> str:
    """Lower case, one space, dashes and brackets of printed labels made uniform; without a
    trailing note reference ('Impairment loss (Note (b))' is 'impairment loss')."""
    text = label.lower().replace("–", "-").replace("—", "-")
    text = re.sub(r"\s*\*+$|\s*\((?:[a-z]|i+|notes?\s*\(?\w+\)?)\)$", "", text)  # '(note (b))'
    text = re.sub(r"^\(?[ivx]+\)\s*|^\([a-z]\)\s*", "", text)
    return re.sub(r"\s+", " ", text).strip(" :")


def filing_vocabulary(filing: Filing) -> Vocabulary:
    """Synonyms plus the row labels of the filing's MD&A and note tables."""
    vocabulary = Vocabulary()
    labels: set[str] = set()
    for table in filing.tables:
        if table.kind not in (TableKind.MDNA, TableKind.NOTE, TableKind.OTHER):
            continue
        for row in table.rows:
            valued = any(cell.value is not None for cell in row.cells)
            if valued and row.label and 1 <= len(row.label.split()) <= 4:
                labels.add(normalise_label(row.label))
    vocabulary.add_labels(labels)
    return vocabulary
