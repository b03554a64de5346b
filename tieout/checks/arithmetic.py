"""The standard arithmetic of the primary statements, by concept (IFRS element names).

Footing finds sums from the numbers; this lexicon adds what the labels say: it names
the totals (so a row the extractor took for an item is still checked as a total) and
checks the statement identities that span tables or skip lines (a cash flow statement
split over two pages; a balance sheet whose current liabilities subtotal is not
printed but whose total is).

A term is (concept, weight, when): `when` places the figure relative to the period of
the total: "period" the same duration, "end" the instant at its end, "opening" the
instant before its start (the previous closing balance).
"""

from __future__ import annotations

from dataclasses import dataclass

PERIOD = "period"
END = "end"
OPENING = "opening"


@dataclass(frozen=True, slots=True)
class Term:
    concept: str
    weight: int = 1
    when: str = PERIOD
    # Where the statement prints the term decides whether it is a part. `above_total`: a
    # part only when printed above the total in the total's table (a US net change in
    # cash includes the effect of exchange rates printed above it), left out otherwise.
    # `not_above`: left out when printed above that concept's line in its table (the net
    # change printed below the effect of exchange rates already includes it).
    above_total: bool = False
    not_above: str = ""
    named: str = ""  # how the formula's name calls the term ("exchange differences")


@dataclass(frozen=True, slots=True)
class Formula:
    name: str  # how a message names the identity
    total: Term
    parts: tuple[Term, ...]
    # The parts and the total stand on consecutive lines of one statement: a figure
    # printed between them (equity in income of affiliates after tax) is a further term.
    consecutive: bool = False
    # The last part is an expense some statements print without brackets ("Income tax
    # expense  96" under "Earnings before income tax  369"): it counts with either sign.
    expense_last: bool = False

    @property
    def balances(self) -> bool:
        """The balance sheet's own identity: checked even where footing checked its total."""
        return self.name.startswith(BALANCES)


BALANCES = "the balance sheet balances"


def _f(name: str, total: str, *parts: str) -> Formula:
    return Formula(name, Term(total), tuple(Term(p) for p in parts))


FORMULAS: tuple[Formula, ...] = (
    _f("gross profit = revenue + cost of sales", "GrossProfit", "Revenue", "CostOfSales"),
    _f(
        "finance income - net = finance income + finance costs",
        "FinanceIncomeCost",
        "FinanceIncome",
        "FinanceCosts",
    ),
    Formula(
        "profit or loss = before tax + income tax",
        Term("ProfitLoss"),
        (Term("ProfitLossBeforeTax"), Term("IncomeTaxExpenseContinuingOperations")),
        consecutive=True,
        expense_last=True,
    ),
    _f(
        "profit or loss = owners + non-controlling interests",
        "ProfitLoss",
        "ProfitLossAttributableToOwnersOfParent",
        "ProfitLossAttributableToNoncontrollingInterests",
    ),
    _f(
        "profit or loss = continuing + discontinued operations",
        "ProfitLoss",
        "ProfitLossFromContinuingOperations",
        "ProfitLossFromDiscontinuedOperations",
    ),
    _f(
        "comprehensive income = profit or loss + other comprehensive income",
        "ComprehensiveIncome",
        "ProfitLoss",
        "OtherComprehensiveIncome",
    ),
    _f(
        "comprehensive income = owners + non-controlling interests",
        "ComprehensiveIncome",
        "ComprehensiveIncomeAttributableToOwnersOfParent",
        "ComprehensiveIncomeAttributableToNoncontrollingInterests",
    ),
    _f("assets = non-current + current", "Assets", "NoncurrentAssets", "CurrentAssets"),
    _f(
        "liabilities = non-current + current",
        "Liabilities",
        "NoncurrentLiabilities",
        "CurrentLiabilities",
    ),
    _f(
        "equity = owners + non-controlling interests",
        "Equity",
        "EquityAttributableToOwnersOfParent",
        "NoncontrollingInterests",
    ),
    _f(
        "equity and liabilities = equity + liabilities",
        "EquityAndLiabilities",
        "Equity",
        "Liabilities",
    ),
    _f(
        "the balance sheet balances: assets = equity and liabilities",
        "Assets",
        "EquityAndLiabilities",
    ),
    _f("the balance sheet balances: net assets = equity", "net-assets", "Equity"),
    _f(
        "the balance sheet balances: total assets less current liabilities"
        " = equity + non-current liabilities",
        "total-assets-less-current-liabilities",
        "Equity",
        "NoncurrentLiabilities",
    ),
    _f(
        "the balance sheet balances: total assets less current liabilities"
        " = equity and non-current liabilities",
        "total-assets-less-current-liabilities",
        "total-equity-and-noncurrent-liabilities",
    ),
    Formula(
        "net assets = assets - liabilities",
        Term("net-assets"),
        (Term("Assets"), Term("Liabilities", weight=-1)),
    ),
    Formula(
        "net change in cash = operating + investing + financing",
        Term("IncreaseDecreaseInCashAndCashEquivalents"),
        (
            Term("CashFlowsFromUsedInOperatingActivities"),
            Term("CashFlowsFromUsedInInvestingActivities"),
            Term("CashFlowsFromUsedInFinancingActivities"),
            Term(
                "EffectOfExchangeRateChangesOnCashAndCashEquivalents",
                above_total=True,
                named="exchange differences",
            ),
        ),
    ),
    Formula(
        "closing cash = opening cash + net change + exchange differences",
        Term("CashAndCashEquivalents", when=END),
        (
            Term("CashAndCashEquivalents", when=OPENING),
            Term("IncreaseDecreaseInCashAndCashEquivalents"),
            Term(
                "EffectOfExchangeRateChangesOnCashAndCashEquivalents",
                not_above="IncreaseDecreaseInCashAndCashEquivalents",
                named="exchange differences",
            ),
        ),
    ),
)

# The liabilities totals: amounts owed, whichever sign a statement prints them with.
LIABILITY_TOTALS = frozenset({"Liabilities", "CurrentLiabilities", "NoncurrentLiabilities"})

TOTAL_CONCEPTS = frozenset(
    {f.total.concept for f in FORMULAS if f.total.concept != "CashAndCashEquivalents"}
    | {
        "ProfitLossFromOperatingActivities",
        "ProfitLossBeforeTax",
        "CashFlowsFromUsedInOperatingActivities",
        "CashFlowsFromUsedInInvestingActivities",
        "CashFlowsFromUsedInFinancingActivities",
        "NoncurrentAssets",
        "CurrentAssets",
        "NoncurrentLiabilities",
        "CurrentLiabilities",
        "EquityAttributableToOwnersOfParent",
        "OtherComprehensiveIncome",
    }
)
