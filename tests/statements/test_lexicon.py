"""The label lexicon data (concepts.toml, titles.toml): well-formed, unambiguous, and
resolving the line items printed in the real documents of the shared corpus."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from importlib import resources

import pytest

from tieout.model import TableKind
from tieout.statements.classify import kind_from_title
from tieout.statements.concepts import section_of
from tieout.statements.lexicon import load_lexicon, normalise_label

TABLE_KINDS = {
    "income_statement",
    "comprehensive_income",
    "balance_sheet",
    "changes_in_equity",
    "cash_flows",
    "note",
    "mdna",
}
TITLE_KEYS = {
    "income_statement",
    "comprehensive_income",
    "combined_income",
    "balance_sheet",
    "changes_in_equity",
    "cash_flows",
}
SECTION_KEYS = {
    "assets",
    "noncurrent_assets",
    "current_assets",
    "liabilities",
    "current_liabilities",
    "noncurrent_liabilities",
    "liabilities_and_equity",
    "equity",
    "comprehensive",
    "transactions",
    "working_capital_changes",
    "operating_activities",
    "investing_activities",
    "financing_activities",
    "other_comprehensive_income",
    "attributable_to",
    "items_may_be_reclassified",
    "items_will_not_be_reclassified",
}
ROLES = {"item", "subtotal", "total"}
CURRENCIES = {"RMB", "HKD", "USD", "SGD", "MYR", "GBP", "EUR", "NZD"}
IFRS_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CJK = re.compile(r"[\u3400-\u9fff]")


def _raw(name: str) -> dict[str, object]:
    text = resources.files("tieout.statements").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _concepts() -> list[dict[str, object]]:
    entries = _raw("concepts.toml")["concept"]
    assert isinstance(entries, list)
    return entries


def _strings(entry: dict[str, object], key: str) -> list[str]:
    value = entry.get(key, [])
    assert isinstance(value, list)
    return [str(v) for v in value]


def _phrases(table: str) -> dict[str, list[str]]:
    raw = _raw("titles.toml")[table]
    assert isinstance(raw, dict)
    return {str(k): [str(p) for p in v] for k, v in raw.items()}


# --- the data is well formed ---------------------------------------------------------------


def test_english_labels_are_already_normalised() -> None:
    bad = [
        label
        for entry in _concepts()
        for label in _strings(entry, "labels")
        if normalise_label(label) != label or CJK.search(label)
    ]
    assert bad == []


def test_chinese_labels_are_normalised_without_spaces() -> None:
    bad = [
        label
        for entry in _concepts()
        for label in _strings(entry, "zh")
        if normalise_label(label).replace(" ", "") != label or not CJK.search(label)
    ]
    assert bad == []


def test_no_label_maps_to_two_concepts() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in _concepts():
        for label in (*_strings(entry, "labels"), *_strings(entry, "zh")):
            owners[normalise_label(label).replace(" ", "") if CJK.search(label) else label].add(
                str(entry["name"])
            )
    assert {label: names for label, names in owners.items() if len(names) > 1} == {}


def test_concept_names_are_unique_ifrs_names_or_slugs() -> None:
    names = [str(entry["name"]) for entry in _concepts()]
    assert len(names) == len(set(names))
    assert [n for n in names if not (IFRS_NAME.match(n) or SLUG.match(n))] == []


def test_roles_and_statements_come_from_the_allowed_sets() -> None:
    for entry in _concepts():
        assert entry.get("role", "item") in ROLES, entry["name"]
        statements = _strings(entry, "statements")
        assert statements, entry["name"]
        assert set(statements) <= TABLE_KINDS, entry["name"]
        assert _strings(entry, "labels"), entry["name"]


def test_a_label_read_as_another_concept_names_one_of_that_statement() -> None:
    """`read_as` maps a kind of statement where the concept never appears to a concept
    that does appear there; the lookup gives it only in that kind of statement."""
    statements = {str(e["name"]): set(_strings(e, "statements")) for e in _concepts()}
    read_as = {str(e["name"]): e["read_as"] for e in _concepts() if "read_as" in e}
    assert read_as
    for name, targets in read_as.items():
        assert isinstance(targets, dict)
        for kind, other in targets.items():
            assert kind in TABLE_KINDS and kind not in statements[name], name
            assert kind in statements[str(other)], name
    lexicon = load_lexicon()
    label = "Currency translation differences"
    in_cash_flows = lexicon.concept_for(label, "cash_flows")
    in_equity = lexicon.concept_for(label, "changes_in_equity")
    assert in_cash_flows is not None and in_equity is not None
    assert in_cash_flows.name == "EffectOfExchangeRateChangesOnCashAndCashEquivalents"
    assert in_equity.name == "OtherComprehensiveIncomeNetOfTaxExchangeDifferencesOnTranslation"


def test_the_loader_indexes_every_label() -> None:
    lexicon = load_lexicon()
    total = sum(len(c.labels) + len(c.zh) for c in lexicon.concepts)
    assert len(lexicon.by_label) == total
    assert len(lexicon.concepts) == len(_concepts())


@pytest.mark.parametrize(
    "label",
    ["Total", "Others", "Other", "Current", "Non-current", "Basic", "Diluted", "Notes",
     "RMB'000", "HK$'000", "合計", "總計", "其他", "基本", "攤薄", "附註", "千港元"],
)  # fmt: skip
def test_generic_labels_are_left_to_the_extractor(label: str) -> None:
    assert load_lexicon().concept_for(label) is None


# --- printed labels from the corpus resolve ------------------------------------------------
# Copied verbatim from the documents (labels printed over two lines joined by one space).
# st = tieout/examples/sensetime-2024-interim.txt; the rest are under /work/shared/corpus:
# fs = fullshare-607/fullshare_00607_2023_interim_report(.layout.txt, _tc for Chinese),
# wo = hkex-text-mda/01161 (Water Oasis), cc = hkex-text-mda/01678 (China Creative),
# fsm = hkex-text-mda/01721 (FSM), ax = anxin-1149 (2008 annual, 2012 interim, 2012 zh),
# wd = fullshare-607 2009 interim (Warderly), alco = hkex-analysis-alco (Chinese),
# and financebench/ (apple, amzn, ebay, bby, adbe, ba, pfe, amcr).
PRINTED: list[tuple[str, str, str]] = [
    ("st", "Revenue", "Revenue"),
    ("st", "Cost of sales", "CostOfSales"),
    ("st", "Gross profit", "GrossProfit"),
    ("st", "Selling expenses", "DistributionCosts"),
    ("st", "Administrative expenses", "AdministrativeExpense"),
    ("st", "Research and development expenses", "ResearchAndDevelopmentExpense"),
    ("st", "Net impairment losses on financial assets and contract assets",
     "ImpairmentLossOnFinancialAssets"),
    ("st", "Other income", "OtherIncome"),
    ("st", "Other losses – net", "OtherGainsLosses"),
    ("st", "Operating loss", "ProfitLossFromOperatingActivities"),
    ("st", "Finance income", "FinanceIncome"),
    ("st", "Finance costs", "FinanceCosts"),
    ("st", "Finance income – net", "FinanceIncomeCost"),
    ("st", "Share of losses of investments accounted for using the equity method",
     "ShareOfProfitLossOfAssociatesAndJointVenturesAccountedForUsingEquityMethod"),
    ("st", "Loss before income tax", "ProfitLossBeforeTax"),
    ("st", "Income tax credit", "IncomeTaxExpenseContinuingOperations"),
    ("st", "Loss for the period", "ProfitLoss"),
    ("st", "Equity holders of the Company", "ProfitLossAttributableToOwnersOfParent"),
    ("st", "Basic and diluted loss per share (RMB)", "BasicAndDilutedEarningsLossPerShare"),
    ("st", "Property, plant and equipment", "PropertyPlantAndEquipment"),
    ("st", "Right-of-use assets", "RightofuseAssets"),
    ("st", "Investments accounted for using the equity method",
     "InvestmentsAccountedForUsingEquityMethod"),
    ("st", "Deferred income tax assets", "DeferredTaxAssets"),
    ("st", "Trade, other receivables and prepayments", "TradeAndOtherCurrentReceivables"),
    ("st", "Financial assets at fair value through profit or loss",
     "FinancialAssetsAtFairValueThroughProfitOrLoss"),
    ("st", "Term deposits", "term-deposits"),
    ("st", "Total assets", "Assets"),
    ("st", "Currency translation reserves", "ReserveOfExchangeDifferencesOnTranslation"),
    ("st", "Accumulated losses", "RetainedEarnings"),
    ("st", "Current income tax liabilities", "CurrentTaxLiabilities"),
    ("st", "Total equity and liabilities", "EquityAndLiabilities"),
    ("st", "Exchange differences on translation of foreign operations",
     "OtherComprehensiveIncomeNetOfTaxExchangeDifferencesOnTranslation"),
    ("st", "Total comprehensive loss", "ComprehensiveIncome"),
    ("st", "Exercise of share options", "IncreaseDecreaseThroughExerciseOfOptions"),
    ("st", "Total transactions with equity holders", "transactions-with-owners"),
    ("st", "Cash used in operations", "CashFlowsFromUsedInOperations"),
    ("st", "Income tax paid", "IncomeTaxesPaidRefundClassifiedAsOperatingActivities"),
    ("st", "Net cash used in operating activities", "CashFlowsFromUsedInOperatingActivities"),
    ("st", "Purchase of property, plant and equipment",
     "PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities"),
    ("st", "Net cash (used in)/generated from investing activities",
     "CashFlowsFromUsedInInvestingActivities"),
    ("st", "Proceeds from borrowings", "ProceedsFromBorrowingsClassifiedAsFinancingActivities"),
    ("st", "Repayments of borrowings", "RepaymentsOfBorrowingsClassifiedAsFinancingActivities"),
    ("st", "Principal elements of lease payments",
     "PaymentsOfLeaseLiabilitiesClassifiedAsFinancingActivities"),
    ("st", "Net cash generated from financing activities",
     "CashFlowsFromUsedInFinancingActivities"),
    ("st", "Net decrease in cash and cash equivalents", "IncreaseDecreaseInCashAndCashEquivalents"),
    ("st", "Cash and cash equivalents at beginning of period",
     "cash-and-cash-equivalents-at-beginning-of-period"),
    ("st", "Effect of foreign exchange rates changes",
     "EffectOfExchangeRateChangesOnCashAndCashEquivalents"),
    ("st", "Cash and cash equivalents at end of period",
     "cash-and-cash-equivalents-at-end-of-period"),
    ("fs", "Cost of sales and services provided", "CostOfSales"),
    ("fs", "Selling and distribution expenses", "DistributionCosts"),
    ("fs", "Research and development costs", "ResearchAndDevelopmentExpense"),
    ("fs", "Other gains – net", "OtherGainsLosses"),
    ("fs", "Operating profit", "ProfitLossFromOperatingActivities"),
    ("fs", "Share of results of joint ventures",
     "ShareOfProfitLossOfJointVenturesAccountedForUsingEquityMethod"),
    ("fs", "Share of results of associates",
     "ShareOfProfitLossOfAssociatesAndJointVenturesAccountedForUsingEquityMethod"),
    ("fs", "Profit before tax", "ProfitLossBeforeTax"),
    ("fs", "Income tax expenses", "IncomeTaxExpenseContinuingOperations"),
    ("fs", "Profit for the period", "ProfitLoss"),
    ("fs", "– Equity shareholders of the Company", "ProfitLossAttributableToOwnersOfParent"),
    ("fs", "Total comprehensive (loss)/income for the period", "ComprehensiveIncome"),
    ("fs", "Basic and diluted (loss)/earnings per share", "BasicAndDilutedEarningsLossPerShare"),
    ("fs", "Investment properties", "InvestmentProperty"),
    ("fs", "Other intangible assets", "IntangibleAssetsOtherThanGoodwill"),
    ("fs", "Investments in joint ventures",
     "InvestmentsInJointVenturesAccountedForUsingEquityMethod"),
    ("fs", "Investments in associates", "InvestmentsInAssociatesAccountedForUsingEquityMethod"),
    ("fs", "Trade and bills payables", "TradeAndOtherCurrentPayablesToTradeSuppliers"),
    ("fs", "Other payables and accruals", "OtherCurrentPayables"),
    ("fs", "Bank and other borrowings", "Borrowings"),
    ("fs", "Income tax payable", "CurrentTaxLiabilities"),
    ("fs", "Net current assets", "net-current-assets"),
    ("fs", "Total assets less current liabilities", "total-assets-less-current-liabilities"),
    ("fs", "Net assets", "net-assets"),
    ("fs", "Share capital", "IssuedCapital"),
    ("fs", "Reserves", "reserves"),
    ("fs", "Non-controlling interests", "NoncontrollingInterests"),
    ("fs", "Total equity", "Equity"),
    ("fs", "Net cash generated from operations", "CashFlowsFromUsedInOperations"),
    ("fs", "Income taxes paid", "IncomeTaxesPaidRefundClassifiedAsOperatingActivities"),
    ("fs", "Purchases of items of property, plant and equipment",
     "PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities"),
    ("fs", "New bank and other borrowings raised",
     "ProceedsFromBorrowingsClassifiedAsFinancingActivities"),
    ("fs", "Repayment of bank and other borrowings",
     "RepaymentsOfBorrowingsClassifiedAsFinancingActivities"),
    ("fs", "Capital element of lease rental paid",
     "PaymentsOfLeaseLiabilitiesClassifiedAsFinancingActivities"),
    ("fs", "Net effect of foreign exchange rate changes",
     "EffectOfExchangeRateChangesOnCashAndCashEquivalents"),
    ("wo", "Purchases and changes in inventories of finished goods",
     "purchases-and-changes-in-inventories"),
    ("wo", "Other gains or losses", "OtherGainsLosses"),
    ("wo", "Staff costs", "EmployeeBenefitsExpense"),
    ("wo", "Profit before taxation", "ProfitLossBeforeTax"),
    ("wo", "Taxation", "IncomeTaxExpenseContinuingOperations"),
    ("wo", "Bank balances and cash", "CashAndCashEquivalents"),
    ("wo", "Accruals and other payables", "OtherCurrentPayables"),
    ("wo", "Net current liabilities", "net-current-assets"),
    ("wo", "Exchange differences arising on translation of foreign operations",
     "OtherComprehensiveIncomeNetOfTaxExchangeDifferencesOnTranslation"),
    ("wo", "Operating cash flows before movements in working capital",
     "operating-cash-flows-before-working-capital-changes"),
    ("wo", "Net cash from operating activities", "CashFlowsFromUsedInOperatingActivities"),
    ("wo", "Represented by bank balances and cash", "CashAndCashEquivalents"),
    ("cc", "Net (liabilities) assets", "net-assets"),
    ("cc", "Total (deficit) equity", "Equity"),
    ("cc", "Net current (liabilities) assets", "net-current-assets"),
    ("cc", "Loss from operations", "ProfitLossFromOperatingActivities"),
    ("cc", "Administrative and other operating expenses", "AdministrativeExpense"),
    ("cc", "Net cash (used in) from investing activities",
     "CashFlowsFromUsedInInvestingActivities"),
    ("cc", "Exchange losses on cash and cash equivalents",
     "EffectOfExchangeRateChangesOnCashAndCashEquivalents"),
    ("cc", "Bank and cash balances", "CashAndCashEquivalents"),
    ("fsm", "Other gains/(losses), net", "OtherGainsLosses"),
    ("fsm", "Finance income, net", "FinanceIncomeCost"),
    ("fsm", "Income tax credit/(expense)", "IncomeTaxExpenseContinuingOperations"),
    ("fsm", "Basic and diluted (Singapore cents)", "BasicAndDilutedEarningsLossPerShare"),
    ("fsm", "Short-term and pledged deposits", "term-deposits"),
    ("fsm", "Deferred income tax liabilities", "DeferredTaxLiabilities"),
    ("fsm", "Net cash generated from/(used in) operating activities",
     "CashFlowsFromUsedInOperatingActivities"),
    ("ax", "Cash and bank balances", "CashAndCashEquivalents"),
    ("ax", "Net cash (used in) from financing activities",
     "CashFlowsFromUsedInFinancingActivities"),
    ("ax", "Other revenue", "OtherIncome"),
    ("ax", "Prepaid lease payments", "land-use-rights"),
    ("ax", "Taxation payable", "CurrentTaxLiabilities"),
    ("ax", "Shareholders' equity", "Equity"),
    ("ax", "Issue of new shares on exercise of share options",
     "IncreaseDecreaseThroughExerciseOfOptions"),
    ("ax", "Distribution of dividends", "DividendsRecognisedAsDistributionsToOwnersOfParent"),
    ("ax", "Issue of shares on conversion of convertible notes", "IssueOfEquity"),
    ("cc", "Loss and total comprehensive expense for the year", "ProfitLoss"),
    ("cc", "Write-off of inventories", "write-down-of-inventories"),
    ("cc", "Foreign exchange loss", "foreign-exchange-gains-losses"),
    ("cc", "Amortisation of land use rights", "amortisation-of-land-use-rights"),
    ("cc", "Impairment losses on property, plant and equipment",
     "ImpairmentLossRecognisedInProfitOrLossPropertyPlantAndEquipment"),
    ("wo", "Net loss on disposal/write-off of property and equipment",
     "GainsLossesOnDisposalsOfPropertyPlantAndEquipment"),
    ("fsm", "Amount due to director", "amounts-due-to-related-parties"),
    ("apple", "Purchases of marketable securities", "purchases-of-investments"),
    ("apple", "Payments for taxes related to net share settlement of equity awards",
     "taxes-paid-on-net-share-settlement"),
    ("wd", "Minority interests", "NoncontrollingInterests"),
    ("wd", "Capital deficiencies", "Equity"),
    ("wd", "Unsecured bank overdrafts", "Borrowings"),
    ("apple", "Total net sales", "Revenue"),
    ("apple", "Total cost of sales", "CostOfSales"),
    ("apple", "Gross margin", "GrossProfit"),
    ("apple", "Income before provision for income taxes", "ProfitLossBeforeTax"),
    ("apple", "Provision for income taxes", "IncomeTaxExpenseContinuingOperations"),
    ("apple", "Total current assets", "CurrentAssets"),
    ("apple", "Total non-current assets", "NoncurrentAssets"),
    ("apple", "Total liabilities and shareholders’ equity", "EquityAndLiabilities"),
    ("apple", "Retained earnings/(Accumulated deficit)", "RetainedEarnings"),
    ("apple", "Cash generated by operating activities", "CashFlowsFromUsedInOperatingActivities"),
    ("apple", "Payments for acquisition of property, plant and equipment",
     "PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities"),
    ("apple", "Cash used in financing activities", "CashFlowsFromUsedInFinancingActivities"),
    ("amzn", "Net cash provided by (used in) operating activities",
     "CashFlowsFromUsedInOperatingActivities"),
    ("amzn", "Net income (loss)", "ProfitLoss"),
    ("amzn", "Long-term lease liabilities", "LeaseLiabilities"),
    ("ebay", "Net revenues", "Revenue"),
    ("ebay", "Cost of net revenues", "CostOfSales"),
    ("ebay", "Income from operations", "ProfitLossFromOperatingActivities"),
    ("ebay", "Net cash provided by (used in) investing activities",
     "CashFlowsFromUsedInInvestingActivities"),
    ("ebay", "Total liabilities and stockholders' equity", "EquityAndLiabilities"),
    ("bby", "Merchandise inventories", "Inventories"),
    ("bby", "Earnings before income tax expense and equity in income (loss) of affiliates",
     "ProfitLossBeforeTax"),
    ("bby", "Net earnings", "ProfitLoss"),
    ("bby", "Total cash provided by (used in) operating activities",
     "CashFlowsFromUsedInOperatingActivities"),
    ("adbe", "Total stockholders’ equity", "EquityAttributableToOwnersOfParent"),
    ("adbe", "Additional paid-in-capital", "SharePremium"),
    ("adbe", "Provision for (benefit from) income taxes", "IncomeTaxExpenseContinuingOperations"),
    ("ba", "Loss from operations", "ProfitLossFromOperatingActivities"),
    ("ba", "Total shareholders’ deficit", "EquityAttributableToOwnersOfParent"),
    ("pfe", "Less: Net income attributable to noncontrolling interests",
     "ProfitLossAttributableToNoncontrollingInterests"),
    ("amcr", "Selling, general, and administrative expenses",
     "SellingGeneralAndAdministrativeExpense"),
    ("amcr", "Net income attributable to non-controlling interests",
     "ProfitLossAttributableToNoncontrollingInterests"),
    ("alco", "營業額", "Revenue"),
    ("alco", "銷貨成本", "CostOfSales"),
    ("alco", "其 他 收 入、收 益 及 虧 損", "other-income-and-gains-losses"),
    ("alco", "銷售開支", "DistributionCosts"),
    ("alco", "行政開支", "AdministrativeExpense"),
    ("alco", "研發開支", "ResearchAndDevelopmentExpense"),
    ("alco", "就應收貿易及其他賬款確認的減值虧損", "ImpairmentLossOnFinancialAssets"),
    ("alco", "財務收入", "FinanceIncome"),
    ("alco", "財務成本", "FinanceCosts"),
    ("alco", "除所得稅前虧損", "ProfitLossBeforeTax"),
    ("alco", "所得稅開支", "IncomeTaxExpenseContinuingOperations"),
    ("alco", "本年度持續經營業務虧損", "ProfitLossFromContinuingOperations"),
    ("alco", "本 年 度（虧 損）╱溢 利", "ProfitLoss"),
    ("alco", "非控股權益應佔本年度虧損", "ProfitLossAttributableToNoncontrollingInterests"),
    ("alco", "貨幣換算差額", "OtherComprehensiveIncomeNetOfTaxExchangeDifferencesOnTranslation"),
    ("alco", "本 年 度 全 面（開 支）╱收 入 總 額", "ComprehensiveIncome"),
    ("alco", "物 業、廠 房 及 設 備", "PropertyPlantAndEquipment"),
    ("alco", "使用權資產", "RightofuseAssets"),
    ("alco", "應收貿易及其他賬款", "TradeAndOtherCurrentReceivables"),
    ("alco", "可收回所得稅", "CurrentTaxAssets"),
    ("alco", "銀行結餘及現金", "CashAndCashEquivalents"),
    ("alco", "應付貿易及其他賬款", "TradeAndOtherCurrentPayables"),
    ("alco", "流動負債淨額", "net-current-assets"),
    ("alco", "總資產減流動負債", "total-assets-less-current-liabilities"),
    ("alco", "本公司擁有人應佔權益", "EquityAttributableToOwnersOfParent"),
    ("alco", "總虧絀", "Equity"),
    ("fs_tc", "收入", "Revenue"),
    ("fs_tc", "銷售及服務提供成本", "CostOfSales"),
    ("fs_tc", "銷售及分銷開支", "DistributionCosts"),
    ("fs_tc", "研發成本", "ResearchAndDevelopmentExpense"),
    ("fs_tc", "其他收益淨額", "OtherGainsLosses"),
    ("fs_tc", "經營溢利", "ProfitLossFromOperatingActivities"),
    ("fs_tc", "融資成本", "FinanceCosts"),
    ("fs_tc", "分佔合營公司業績", "ShareOfProfitLossOfJointVenturesAccountedForUsingEquityMethod"),
    ("fs_tc", "分佔聯營公司業績",
     "ShareOfProfitLossOfAssociatesAndJointVenturesAccountedForUsingEquityMethod"),
    ("fs_tc", "除稅前溢利", "ProfitLossBeforeTax"),
    ("fs_tc", "期內溢利", "ProfitLoss"),
    ("fs_tc", "－本公司權益股東", "ProfitLossAttributableToOwnersOfParent"),
    ("fs_tc", "物業、機器及設備", "PropertyPlantAndEquipment"),
    ("fs_tc", "投資物業", "InvestmentProperty"),
    ("fs_tc", "商譽", "Goodwill"),
    ("fs_tc", "遞延稅項資產", "DeferredTaxAssets"),
    ("fs_tc", "存貨", "Inventories"),
    ("fs_tc", "現金及現金等值物", "CashAndCashEquivalents"),
    ("fs_tc", "租賃負債", "LeaseLiabilities"),
    ("fs_tc", "流動資產淨值", "net-current-assets"),
    ("fs_tc", "資產淨值", "net-assets"),
    ("fs_tc", "股本", "IssuedCapital"),
    ("fs_tc", "儲備", "reserves"),
    ("fs_tc", "總權益", "Equity"),
    ("fs_tc", "經營活動（所用）／所得現金淨額", "CashFlowsFromUsedInOperatingActivities"),
    ("fs_tc", "投資活動所用現金淨額", "CashFlowsFromUsedInInvestingActivities"),
    ("fs_tc", "融資活動所得現金淨額", "CashFlowsFromUsedInFinancingActivities"),
    ("fs_tc", "已付所得稅", "IncomeTaxesPaidRefundClassifiedAsOperatingActivities"),
    ("fs_tc", "購買物業、機器及設備項目",
     "PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities"),
    ("fs_tc", "現金及現金等值物（減少）／增加淨額", "IncreaseDecreaseInCashAndCashEquivalents"),
    ("fs_tc", "於期初之現金及現金等值物", "cash-and-cash-equivalents-at-beginning-of-period"),
    ("fs_tc", "外匯匯率變動之影響淨額", "EffectOfExchangeRateChangesOnCashAndCashEquivalents"),
    ("fs_tc", "已付利息", "interest-paid"),
    ("fs_tc", "已收利息", "interest-received"),
    ("fs_tc", "已付租賃租金的本金部分", "PaymentsOfLeaseLiabilitiesClassifiedAsFinancingActivities"),
    ("fs_tc", "股份配售項下已發行新股份", "IssueOfEquity"),
    ("fs_tc", "本公司權益股東應佔權益", "EquityAttributableToOwnersOfParent"),
    ("fs_tc", "應付貿易賬款及應付票據", "TradeAndOtherCurrentPayablesToTradeSuppliers"),
    ("fs_tc", "其他應付款項及應計費用", "OtherCurrentPayables"),
    ("fs_tc", "應收貿易賬款", "CurrentTradeReceivables"),
    ("fs_tc", "按公允值計入損益之金融資產", "FinancialAssetsAtFairValueThroughProfitOrLoss"),
    ("fs_tc", "於聯營公司之投資", "InvestmentsInAssociatesAccountedForUsingEquityMethod"),
    ("alco", "股東貸款", "loans-from-shareholders"),
    ("alco", "提供財務擔保", "financial-guarantee-liabilities"),
    ("alco", "預 付 款 項、按 金 及 其 他 應 收 賬 款", "prepayments-deposits-and-other-receivables"),
    ("ax_zh", "其他收益及（ 虧損）", "OtherGainsLosses"),
    ("ax_zh", "銷售及市場推廣開支", "DistributionCosts"),
    ("ax_zh", "承兌票據", "promissory-notes"),
    ("ax_zh", "受限制銀行存款", "RestrictedCashAndCashEquivalents"),
    ("ax_zh", "流動稅項負債", "CurrentTaxLiabilities"),
    ("ax_zh", "營業收入", "Revenue"),
    ("ax_zh", "營業成本", "CostOfSales"),
    ("ax_zh", "管理費用", "AdministrativeExpense"),
    ("ax_zh", "財務費用", "FinanceCosts"),
    ("ax_zh", "除所得稅費用前營業利潤", "ProfitLossBeforeTax"),
    ("ax_zh", "所得稅（ 費用）╱抵免", "IncomeTaxExpenseContinuingOperations"),
    ("ax_zh", "淨利潤", "ProfitLoss"),
    ("ax_zh", "年度綜合收入總額", "ComprehensiveIncome"),
    ("ax_zh", "非流動資產總額", "NoncurrentAssets"),
    ("ax_zh", "流動資產總額", "CurrentAssets"),
    ("ax_zh", "資產總值", "Assets"),
    ("ax_zh", "流動負債總額", "CurrentLiabilities"),
    ("ax_zh", "負債總額", "Liabilities"),
    ("ax_zh", "權益總額", "Equity"),
    ("ax_zh", "應收賬款及其他應收款項", "TradeAndOtherCurrentReceivables"),
    ("ax_zh", "歸屬於本公司股東的權益", "EquityAttributableToOwnersOfParent"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "label", "concept"), PRINTED)
def test_printed_corpus_label_resolves(source: str, label: str, concept: str) -> None:
    found = load_lexicon().concept_for(label)
    assert found is not None, f"{source}: {label!r}"
    assert found.name == concept


def test_the_printed_table_covers_both_languages() -> None:
    chinese = [label for _, label, _ in PRINTED if CJK.search(label)]
    assert len(PRINTED) >= 80
    assert len(chinese) >= 40


@pytest.mark.parametrize(
    ("label", "concept"),
    [
        ("物业、厂房及设备", "PropertyPlantAndEquipment"),
        ("现金及现金等价物", "CashAndCashEquivalents"),
        ("经营活动所得现金净额", "CashFlowsFromUsedInOperatingActivities"),
        ("贸易及其他应收款项", "TradeAndOtherCurrentReceivables"),
        ("本公司拥有人", "ProfitLossAttributableToOwnersOfParent"),
        ("非控股权益", "NoncontrollingInterests"),
        ("除税前溢利", "ProfitLossBeforeTax"),
        ("营业额", "Revenue"),
        ("归属于母公司所有者的净利润", "ProfitLossAttributableToOwnersOfParent"),
        ("权益总额", "Equity"),
    ],
)
def test_simplified_chinese_forms_resolve(label: str, concept: str) -> None:
    found = load_lexicon().concept_for(label)
    assert found is not None and found.name == concept


@pytest.mark.parametrize(
    ("label", "concept", "role"),
    [
        ("Total current assets", "CurrentAssets", "subtotal"),
        ("Total assets", "Assets", "total"),
        ("Net current assets/(liabilities)", "net-current-assets", "subtotal"),
        ("Trade receivables", "CurrentTradeReceivables", "item"),
        ("(Loss)/profit for the year", "ProfitLoss", "total"),
        ("Profit/(loss) attributable to owners of the Company",
         "ProfitLossAttributableToOwnersOfParent", "item"),
        ("Share of results of associates",
         "ShareOfProfitLossOfAssociatesAndJointVenturesAccountedForUsingEquityMethod", "item"),
        ("Basic and diluted loss per share", "BasicAndDilutedEarningsLossPerShare", "item"),
        ("Finance costs - net", "FinanceIncomeCost", "item"),
        ("Net finance income", "FinanceIncomeCost", "item"),
        ("Net cash used in investing activities", "CashFlowsFromUsedInInvestingActivities",
         "subtotal"),
        ("Cash and cash equivalents at end of the year", "cash-and-cash-equivalents-at-end-of-period",
         "total"),
        ("Total liabilities and equity", "EquityAndLiabilities", "total"),
        ("Adjusted EBITDA", "adjusted-ebitda", "item"),
        ("Adjusted net loss", "adjusted-net-loss", "item"),
        ("Operating income (loss)", "ProfitLossFromOperatingActivities", "subtotal"),
        ("Turnover (Note 3)", "Revenue", "item"),
        ("Amounts due from related parties", "amounts-due-from-related-parties", "item"),
    ],
)  # fmt: skip
def test_variant_forms_and_roles(label: str, concept: str, role: str) -> None:
    found = load_lexicon().concept_for(label)
    assert found is not None
    assert (found.name, found.role) == (concept, role)


# --- titles, sections, units ----------------------------------------------------------------


# The order tieout.statements.classify checks title kinds in (documented in titles.toml).
TITLE_ORDER = (
    "changes_in_equity",
    "cash_flows",
    "combined_income",
    "comprehensive_income",
    "balance_sheet",
    "income_statement",
)
KIND_OF_KEY = {
    "changes_in_equity": TableKind.CHANGES_IN_EQUITY,
    "cash_flows": TableKind.CASH_FLOWS,
    "combined_income": TableKind.COMPREHENSIVE_INCOME,
    "comprehensive_income": TableKind.COMPREHENSIVE_INCOME,
    "balance_sheet": TableKind.BALANCE_SHEET,
    "income_statement": TableKind.INCOME_STATEMENT,
}
# Headings the extractor deliberately treats as sections although a document may print
# them with figures too.
SECTION_AND_LABEL = {
    "equity attributable to equity holders of the company",
    "equity attributable to owners of the company",
    "comprehensive loss",
    "comprehensive income",
    # a heading over the changes in working capital, or a line printing their total
    "changes in operating assets and liabilities",
    "changes in operating assets and liabilities net of effects of acquisitions",
    "changes in assets and liabilities",
    "changes in working capital",
    "movements in working capital",
    "working capital changes",
}


def _title_key(heading: str) -> str | None:
    key = normalise_label(heading)
    titles = _phrases("titles")
    return next((k for k in TITLE_ORDER if any(p in key for p in titles[k])), None)


def test_title_and_section_phrases_are_normalised_and_keyed() -> None:
    titles, sections = _phrases("titles"), _phrases("sections")
    assert set(titles) == TITLE_KEYS
    assert set(sections) == SECTION_KEYS
    for phrase in [p for table in (titles, sections) for ps in table.values() for p in ps]:
        assert phrase in (normalise_label(phrase), normalise_label(phrase).replace(" ", ""))


def test_section_headings_are_not_line_item_labels() -> None:
    by_label = load_lexicon().by_label
    both = {p for ps in _phrases("sections").values() for p in ps if p in by_label}
    assert both == SECTION_AND_LABEL


def test_no_section_phrase_names_two_sections() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for key, phrases in _phrases("sections").items():
        for phrase in phrases:
            owners[phrase].add(key)
    assert {p: keys for p, keys in owners.items() if len(keys) > 1} == {}


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("INTERIM CONDENSED CONSOLIDATED INCOME STATEMENT", "income_statement"),
        ("INTERIM CONDENSED CONSOLIDATED STATEMENT OF COMPREHENSIVE LOSS", "comprehensive_income"),
        ("INTERIM CONDENSED CONSOLIDATED BALANCE SHEET", "balance_sheet"),
        ("INTERIM CONDENSED CONSOLIDATED STATEMENT OF CHANGES IN EQUITY FOR THE SIX MONTHS ENDED "
         "JUNE 30, 2024", "changes_in_equity"),
        ("INTERIM CONDENSED CONSOLIDATED STATEMENT OF CASH FLOWS", "cash_flows"),
        ("INTERIM CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS AND OTHER COMPREHENSIVE "
         "INCOME", "combined_income"),
        ("INTERIM CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS", "income_statement"),
        ("INTERIM CONDENSED CONSOLIDATED STATEMENT OF FINANCIAL POSITION", "balance_sheet"),
        ("CONSOLIDATED STATEMENT OF PROFIT OR LOSS AND OTHER COMPREHENSIVE INCOME",
         "combined_income"),
        ("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "income_statement"),
        ("CONSOLIDATED STATEMENTS OF INCOME", "income_statement"),
        ("CONDENSED CONSOLIDATED BALANCE SHEETS", "balance_sheet"),
        ("CONSOLIDATED STATEMENTS OF STOCKHOLDERS’ EQUITY", "changes_in_equity"),
        ("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", "cash_flows"),
        ("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", "comprehensive_income"),
        ("CONSOLIDATED STATEMENTS OF OPERATIONS AND COMPREHENSIVE LOSS", "combined_income"),
        ("U.S. GAAP Condensed Consolidated Statements of Income (Unaudited)", "income_statement"),
        ("U.S. GAAP Condensed Consolidated Statements of Cash Flows (Unaudited)", "cash_flows"),
        ("U.S. GAAP Condensed Consolidated Balance Sheets (Unaudited)", "balance_sheet"),
        ("綜合損益表", "income_statement"),
        ("綜合損益及其他全面收益表", "combined_income"),
        ("中期簡明綜合損益及其他全面收益表（續）", "combined_income"),
        ("綜合全面收益表", "comprehensive_income"),
        ("綜合財務狀況表", "balance_sheet"),
        ("中期簡明綜合權益變動表", "changes_in_equity"),
        ("中期簡明綜合現金流量表", "cash_flows"),
        ("综合财务状况表", "balance_sheet"),
        ("合并利润表", "income_statement"),
        ("合并资产负债表", "balance_sheet"),
    ],
)  # fmt: skip
def test_corpus_titles_resolve_to_their_kind(heading: str, key: str) -> None:
    assert _title_key(heading) == key
    assert kind_from_title(heading) is KIND_OF_KEY[key]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Non-current assets", "noncurrent_assets"),
        ("Current assets", "current_assets"),
        ("Current liabilities", "current_liabilities"),
        ("Non-current liabilities", "noncurrent_liabilities"),
        ("Capital and reserves", "equity"),
        ("Equity attributable to equity holders of the Company", "equity"),
        ("Cash flows from operating activities", "operating_activities"),
        ("Cash flows from investing activities", "investing_activities"),
        ("CASH FLOWS FROM FINANCING ACTIVITIES", "financing_activities"),
        ("Other comprehensive income", "other_comprehensive_income"),
        ("Other comprehensive income (loss):", "other_comprehensive_income"),
        ("Loss is attributable to:", "attributable_to"),
        ("(Loss)/profit for the period attributable to:", "attributable_to"),
        ("Total comprehensive (loss)/income for the period attributable to:", "attributable_to"),
        ("Items that may be reclassified subsequently to profit or loss:",
         "items_may_be_reclassified"),
        ("Items that will not be reclassified to profit or loss:",
         "items_will_not_be_reclassified"),
        ("Transactions with equity holders", "transactions"),
        ("Comprehensive loss", "comprehensive"),
        ("非流動資產", "noncurrent_assets"),
        ("流動負債", "current_liabilities"),
        ("其後可能重新分類至損益之項目：", "items_may_be_reclassified"),
        ("將不會重新分類至損益之項目：", "items_will_not_be_reclassified"),
        ("以下應佔期內（虧損）╱溢利：", "attributable_to"),
        ("其他全面開支，扣除稅項：", "other_comprehensive_income"),
        ("經營活動所得現金流量", "operating_activities"),
        ("股本及儲備", "equity"),
    ],
)  # fmt: skip
def test_corpus_section_headings_resolve(heading: str, section: str) -> None:
    assert section_of(heading) == section


def _units() -> dict[str, dict[str, object]]:
    raw = _raw("titles.toml")["units"]
    assert isinstance(raw, dict)
    return raw


def test_every_unit_names_a_known_currency_or_scale() -> None:
    for phrase, unit in _units().items():
        assert phrase == phrase.lower().replace("’", "'"), phrase
        assert set(unit) <= {"currency", "scale"} and unit, phrase
        assert unit.get("currency", "RMB") in CURRENCIES, phrase
        assert unit.get("scale", 0) in {0, 3, 4, 6, 8, 9}, phrase


@pytest.mark.parametrize(
    ("phrase", "currency", "scale"),
    [
        ("rmb'000", "RMB", 3),
        ("rmb million", "RMB", 6),
        ("hk$'000", "HKD", 3),
        ("hk$ million", "HKD", 6),
        ("us$'000", "USD", 3),
        ("$ in millions", "USD", 6),
        ("s$'000", "SGD", 3),
        ("千港元", "HKD", 3),
        ("人民幣千元", "RMB", 3),
        ("百萬港元", "HKD", 6),
        ("人民幣百萬元", "RMB", 6),
        ("in thousands", None, 3),
    ],
)
def test_unit_phrases(phrase: str, currency: str | None, scale: int) -> None:
    unit = _units()[phrase]
    assert (unit.get("currency"), unit.get("scale")) == (currency, scale)


@pytest.mark.parametrize(
    ("label", "concept"),
    [
        ("Cash and cash equivalents 現金及現金等價物", "CashAndCashEquivalents"),
        # wrapped bilingual label: the halves interleaved
        (
            "Prepayments, deposits and 預付款項、按金及 other receivables 其他應收款項",
            "prepayments-deposits-and-other-receivables",
        ),
        ("Plant and equipment 廠房及設備", "PropertyPlantAndEquipment"),
        ("Net assets 資產淨值", "net-assets"),
        # an English half the lexicon does not know: the Chinese half names it
        ("Bank deposits held 現金及現金等價物", "CashAndCashEquivalents"),
    ],
)
def test_a_bilingual_label_is_named_by_either_language(label: str, concept: str) -> None:
    found = load_lexicon().concept_for(label)
    assert found is not None and found.name == concept


def test_a_label_in_neither_language_stays_unnamed() -> None:
    assert load_lexicon().concept_for("Widgets on hand 小部件") is None
