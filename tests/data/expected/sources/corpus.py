# Hand-read rows behind the golden JSON files next to this folder. Run from the repository
# root with python3; it rewrites the JSON files (and, for variants, the variant documents).
import sys
sys.path.insert(0, "tests/data/expected/sources")
from common import Golden
OUT = "tests/data/expected/"
IS_OR_CI = ["income_statement", "comprehensive_income"]

# ---------------------------------------------------------------- Anxin 2012 interim
g = Golden("tests/data/corpus/anxin_01149_2012_interim_results_announcement_en.layout.txt",
           {"currency": "HKD", "scale": 3},
           ["One statement of comprehensive income (profit or loss and OCI together): either kind is accepted.",
            "Periods from 'For the six months ended 30 June 2012' and the '30/06/12 30/06/11' headers; the balance sheet compares 30/06/12 with 31/12/11.",
            "The changes in equity matrix holds both six-month periods in one table; rows 160-178 are 2011, rows 181-198 are 2012.",
            "Lines 225-226 (analysis of the balance of cash and cash equivalents) close the cash flow statement."])
D12, D11, I12, I11 = "2012-01-01..2012-06-30", "2011-01-01..2011-06-30", "2012-06-30", "2011-12-31"
g.statement("comprehensive_income", IS_OR_CI, [D12, D11], [44, 85])
g.statement("balance_sheet", ["balance_sheet"], [I12, I11], [91, 142])
g.statement("changes_in_equity", ["changes_in_equity"], [], [147, 198])
g.statement("cash_flows", ["cash_flows"], [D12, D11], [204, 226])
for line, label, a, b in [
    (50, "Revenue", "405,937", "279,267"), (53, "Gross profit", "363,449", "249,428"),
    (56, "Selling and distribution costs", "(74,279)", "(26,988)"),
    (61, "Profit before tax expense", "338,266", "232,418"), (62, "Income tax expense", "(40,740)", "(5,542)"),
    (64, "Profit for the period", "297,526", "226,876"), (67, "Non-controlling interests", "(47)", "–"),
    (72, "Exchange differences arising on translation", "(24,450)", "15,644"),
    (74, "Total comprehensive income for the period", "273,076", "242,520"),
    (78, "Owners of the Company", "273,125", "242,520")]:
    g.row(IS_OR_CI, line, label, {D12: a, D11: b})
for line, label, a, b in [
    (98, "Property, plant and equipment", "108,402", "107,719"), (101, "Goodwill", "1,237,288", "1,129,430"),
    (103, "Total non-current assets", "1,742,723", "1,326,209"), (108, "Cash and cash equivalents", "1,141,505", "1,077,795"),
    (112, "Total assets", "3,385,162", "2,650,270"), (118, "Total current liabilities", "212,150", "62,745"),
    (126, "Promissory note", "175,208", "–"), (132, "NET ASSETS", "2,935,418", "2,575,596"),
    (136, "Share capital", "273,223", "268,087"), (142, "TOTAL EQUITY", "2,935,418", "2,575,596")]:
    g.row("balance_sheet", line, label, {I12: a, I11: b})
for line, label, period, cells in [
    (160, "At 1 January 2011 (audited)", D11, {"Share Capital": "207,975", "Retained profits": "105,133", "Total": "1,505,496"}),
    (161, "Profit for the period", D11, {"Retained profits": "226,876", "Total": "226,876"}),
    (178, "At 30 June 2011 (unaudited)", D11, {"Share Capital": "259,254", "Share premium": "1,560,517", "Retained profits": "332,009", "Total": "2,275,677"}),
    (181, "At 1 January 2012 (audited)", D12, {"Share Capital": "268,087", "Non-controlling interests": "2,443", "Total": "2,575,596"}),
    (182, "Profit for the period", D12, {"Retained profits": "297,573", "Non-controlling interests": "(47)", "Total": "297,526"}),
    (195, "Distribution of dividends", D12, {"Share premium": "(970)", "Proposed final dividend": "(80,426)", "Total": "(81,396)"}),
    (198, "At 30 June 2012 (unaudited)", D12, {"Share Capital": "273,223", "Retained profits": "793,671", "Non-controlling interests": "2,394", "Total": "2,935,418"})]:
    for member, printed in cells.items():
        g.row("changes_in_equity", line, label, {period: printed}, member=member)
for line, label, a, b in [
    (212, "NET CASH FROM OPERATING ACTIVITIES", "211,777", "184,013"),
    (213, "NET CASH USED IN INVESTING ACTIVITIES", "(86,901)", "(18,293)"),
    (214, "NET CASH (USED IN) FROM FINANCING ACTIVITIES", "(51,187)", "345,369"),
    (217, "NET INCREASE IN CASH AND CASH EQUIVALENTS", "73,689", "511,089"),
    (218, "CASH AND CASH EQUIVALENTS AT 1 JANUARY", "1,077,795", "400,322"),
    (219, "Effect of exchange rate changes on cash and cash equivalents", "(9,979)", "10,649"),
    (222, "CASH AND CASH EQUIVALENTS AT 30 JUNE", "1,141,505", "922,060")]:
    g.row("cash_flows", line, label, {D12: a, D11: b})
g.write(OUT + "anxin_01149_2012_interim_results_announcement_en.json")

# ---------------------------------------------------------------- Water Oasis FY2021
g = Golden("tests/data/corpus/01161_10089444_20220113_Annual-Report-2021.layout.txt",
           {"currency": "HKD", "scale": 3},
           ["Annual report for the year ended 30th September 2021; each statement runs over two pages with a repeated header '(Continued)'.",
            "The statement of profit or loss and other comprehensive income: either kind is accepted for both pages.",
            "Changes in equity: two 'Total' columns (attributable to owners, and total equity); the tests use only members with unique names.",
            "Lines 2638, 2650, 2660, 2690 and 2692 are subtotals with no label.",
            "Note 43 (lines 5503-5569, 'Statement of financial position of the Company') is a note table, not the primary balance sheet; the five-year financial summaries (lines 1814 and 5570) are not statements either."])
Y21, Y20, A21, A20 = "2020-10-01..2021-09-30", "2019-10-01..2020-09-30", "2021-09-30", "2020-09-30"
g.statement("profit_or_loss_and_oci", IS_OR_CI, [Y21, Y20], [2563, 2618])
g.statement("balance_sheet", ["balance_sheet"], [A21, A20], [2624, 2692])
g.statement("changes_in_equity", ["changes_in_equity"], [], [2708, 2742])
g.statement("cash_flows", ["cash_flows"], [Y21, Y20], [2762, 2836])
for line, label, a, b in [
    (2570, "Revenue", "829,935", "531,374"), (2574, "Staff costs", "(305,258)", "(234,487)"),
    (2579, "Profit before taxation", "209,841", "36,586"), (2580, "Taxation", "(39,803)", "(9,126)"),
    (2582, "Profit for the year", "170,038", "27,460"), (2585, "Owners of the Company", "170,340", "27,736"),
    (2586, "Non-controlling interests", "(302)", "(276)"),
    (2606, "Exchange differences arising on translation of foreign operations", "3,048", "1,342"),
    (2608, "Total comprehensive income for the year", "173,086", "28,802"),
    (2611, "Owners of the Company", "173,413", "29,092")]:
    g.row(IS_OR_CI, line, label, {Y21: a, Y20: b})
for line, label, a, b in [
    (2630, "Intangible assets", "79,148", "59,075"), (2638, None, "758,841", "618,703"),
    (2644, "Financial assets at fair value through profit or loss", "738", "–"),
    (2648, "Bank balances and cash", "369,662", "418,516"), (2650, None, "599,375", "575,886"),
    (2660, None, "851,093", "853,423"), (2662, "Net current liabilities", "(251,718)", "(277,537)"),
    (2664, "Total assets less current liabilities", "507,123", "341,166"),
    (2677, "Share capital", "68,055", "68,055"), (2683, "Total equity", "358,765", "223,109"),
    (2690, None, "148,358", "118,057"), (2692, None, "507,123", "341,166")]:
    g.row("balance_sheet", line, label, {A21: a, A20: b})
for line, label, period, cells in [
    (2715, "At 1st October, 2019", Y20, {"Share capital": "68,055", "Exchange reserve": "21,220", "Retained profits": "185,498", "Non-controlling interests": "6,961"}),
    (2717, "Profit (loss) for the year", Y20, {"Retained profits": "27,736", "Non-controlling interests": "(276)"}),
    (2728, None, Y20, {"Retained profits": "(88,472)"}),
    (2730, "At 30th September, 2020", Y20, {"Exchange reserve": "22,576", "Retained profits": "124,762", "Non-controlling interests": "6,671"}),
    (2732, "Profit (loss) for the year", Y21, {"Retained profits": "170,340", "Non-controlling interests": "(302)"}),
    (2740, "2021 interim dividend paid", Y21, {"Retained profits": "(37,430)"}),
    (2742, "At 30th September, 2021", Y21, {"Share capital": "68,055", "Exchange reserve": "25,649", "Retained profits": "257,672", "Non-controlling interests": "6,344"})]:
    for member, printed in cells.items():
        g.row("changes_in_equity", line, label, {period: printed}, member=member)
for line, label, a, b in [
    (2769, "Profit before taxation", "209,841", "36,586"),
    (2783, "Operating cash flows before movements in working capital", "342,365", "140,219"),
    (2794, "Cash generated from operations", "141,519", "236,229"),
    (2800, "Net cash from operating activities", "121,754", "207,671"),
    (2815, "Acquisition of subsidiaries", "17,781", "–"),
    (2820, "Net cash used in investing activities", "(31,739)", "(19,950)"),
    (2829, "Net cash used in financing activities", "(142,074)", "(157,723)"),
    (2831, "Net (decrease) increase in cash and cash equivalents", "(52,059)", "29,998"),
    (2832, "Cash and cash equivalents at beginning of the year", "418,516", "385,580"),
    (2836, "Cash and cash equivalents at end of the year, represented by bank balances and cash", "369,662", "418,516")]:
    g.row("cash_flows", line, label, {Y21: a, Y20: b})
g.write(OUT + "01161_10089444_20220113_Annual-Report-2021.json")

# ---------------------------------------------------------------- eBay Q2 2023
g = Golden("tests/data/corpus/EBAY_2023Q2_EARNINGS.layout.txt",
           {"currency": "USD", "scale": 6},
           ["Income statement and cash flows: four columns, three and six months ended June 30, 2023 and 2022.",
            "Labels lost ligatures in pdftotext ('Gross pro t', 'Cash ows', 'nancing'): labels are given as printed.",
            "An em dash '—' is nil. '$' signs sit in their own space-separated field before the first and last rows.",
            "Lines 330-335 (stock-based compensation included above) are a footnote table under the income statement; either inside the statement's table or a table of its own."])
Q23, Q22, H23, H22 = "2023-04-01..2023-06-30", "2022-04-01..2022-06-30", "2023-01-01..2023-06-30", "2022-01-01..2022-06-30"
B23, B22 = "2023-06-30", "2022-12-31"
g.statement("balance_sheet", ["balance_sheet"], [B23, B22], [255, 289])
g.statement("income_statement", ["income_statement"], [Q23, Q22, H23, H22], [295, 335])
g.statement("cash_flows", ["cash_flows"], [Q23, Q22, H23, H22], [341, 386])
for line, label, a, b in [
    (261, "Cash and cash equivalents", "2,268", "2,154"), (266, "Total current assets", "8,717", "9,290"),
    (269, "Goodwill", "4,244", "4,262"), (273, "Total assets", "19,956", "20,850"),
    (276, "Short-term debt", "—", "1,150"), (281, "Total current liabilities", "3,555", "4,271"),
    (284, "Long-term debt", "7,721", "7,721"), (286, "Total liabilities", "14,688", "15,697"),
    (287, "Total stockholders' equity", "5,268", "5,153"),
    (289, "Total liabilities and stockholders' equity", "19,956", "20,850")]:
    g.row("balance_sheet", line, label, {B23: a, B22: b})
for line, label, vals in [
    (300, "Net revenues", ["2,540", "2,422", "5,050", "4,905"]),
    (302, "Gross pro t", ["1,822", "1,759", "3,632", "3,553"]),
    (309, "Total operating expenses", ["1,304", "1,234", "2,556", "2,336"]),
    (310, "Income from operations", ["518", "525", "1,076", "1,217"]),
    (311, "Gain (loss) on equity investments and warrant, net", ["(214)", "(1,221)", "(16)", "(3,512)"]),
    (313, "Income (loss) from continuing operations before income taxes", ["285", "(727)", "1,015", "(2,376)"]),
    (314, "Income tax bene t (provision)", ["(113)", "191", "(274)", "501"]),
    (317, "Net income (loss)", ["171", "(531)", "738", "(1,872)"])]:
    g.row("income_statement", line, label, dict(zip([Q23, Q22, H23, H22], vals)))
for line, label, vals in [
    (349, "Net income (loss)", ["171", "(531)", "738", "(1,872)"]),
    (365, "Net cash provided by operating activities", ["601", "228", "1,442", "841"]),
    (368, "Purchases of investments", ["(4,144)", "(4,671)", "(7,687)", "(10,146)"]),
    (373, "Net cash provided by (used in) investing activities", ["(277)", "1,992", "424", "3,764"]),
    (379, "Repayment of debt", ["—", "(605)", "(1,150)", "(1,355)"]),
    (382, "Net cash used in nancing activities", ["(70)", "(2,230)", "(1,458)", "(4,182)"]),
    (384, "Net increase (decrease) in cash, cash equivalents and restricted cash", ["243", "(49)", "402", "366"]),
    (385, "Cash, cash equivalents and restricted cash at beginning of period", ["2,431", "1,821", "2,272", "1,406"]),
    (386, "Cash, cash equivalents and restricted cash at end of period", ["2,674", "1,772", "2,674", "1,772"])]:
    g.row("cash_flows", line, label, dict(zip([Q23, Q22, H23, H22], vals)))
g.write(OUT + "EBAY_2023Q2_EARNINGS.json")
