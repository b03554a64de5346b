# Hand-read rows behind the golden JSON files next to this folder. Run from the repository
# root with python3; it rewrites the JSON files (and, for variants, the variant documents).
"""Writes the variant documents and their goldens; every total is computed, so they foot."""
import sys
sys.path.insert(0, "tests/data/expected/sources")
from common import Golden
from decimal import Decimal as D

VAR = "tests/data/variants/"
EXP = "tests/data/expected/"


def fmt(v, dp=0, dollar=False):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    q = D(v)
    s = f"{abs(q):,.{dp}f}"
    if q == 0:
        s = "-"
    elif q < 0:
        s = f"({s})"
    return s


class Doc:
    def __init__(self, sep):
        self.lines, self.sep = [], sep

    def add(self, text=""):
        self.lines.append(text)
        return len(self.lines)

    def row(self, label, *cells, notes="", widths=None):
        if self.sep == "tab":
            return self.add("\t".join([label, notes, *cells]))
        label_w, note_w, cell_w = widths or (58, 8, 16)
        text = label.ljust(label_w) + notes.ljust(note_w) + "".join(c.rjust(cell_w) for c in cells)
        return self.add(text.rstrip())

    def write(self, path):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(self.lines) + "\n")


def statement(doc, g, kind, periods, rows, dp=0, widths=None, dollar_rows=()):
    """rows: (label, [values per period], notes) ; label None -> unlabelled; values None -> heading."""
    for label, values, *rest in rows:
        notes = rest[0] if rest else ""
        if values is None:
            doc.row(label, notes=notes, widths=widths)
            continue
        cells = [fmt(v, dp) for v in values]
        if label in dollar_rows:
            cells = ["$ " + c.rjust(8) for c in cells]
        line = doc.row(label or "", *cells, notes=notes, widths=widths)
        g.row(kind, line, label, {p: (c.replace("$", "").strip()) for p, c in zip(periods, cells)})


# ============================================================ variant 1: tab-separated interim, other labels
D24, D23, I24, I23 = "2024-01-01..2024-06-30", "2023-01-01..2023-06-30", "2024-06-30", "2023-12-31"
doc = Doc("tab")
g = Golden("tests/data/variants/harbour-2024-interim.txt", {"currency": "RMB", "scale": 3},
           ["Fictional company. Tab-separated like the bundled example but clean, with other labels: Turnover, Profit/(loss) for the period, Bank balances and cash, Total comprehensive income for the period; 2023 is a loss."])
doc.add("LUMEN HARBOUR ROBOTICS HOLDINGS LIMITED")
doc.add("(Incorporated in the Cayman Islands with limited liability)")
doc.add("")
doc.add("ANNOUNCEMENT OF INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2024")
doc.add("")
doc.add("The board of directors announces the unaudited condensed consolidated interim results of the Group for the six months ended 30 June 2024, together with the comparative figures for the corresponding period in 2023.")
doc.add("")

def interim_header(doc, first="Six months ended 30 June"):
    doc.add(f"\t\t{first}")
    doc.add("\t\t2024\t2023")
    doc.add("\tNotes\tRMB'000\tRMB'000")
    doc.add("\t\t(Unaudited)\t(Unaudited)")

doc.add("CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS")
doc.add("FOR THE SIX MONTHS ENDED 30 JUNE 2024")
doc.add("")
is_first = len(doc.lines) + 1
interim_header(doc)
turnover = [2315400, 1987250]; cos = [-1402110, -1651830]
gp = [a + b for a, b in zip(turnover, cos)]
oth = [45120, 38905]; dist = [-212480, -198760]; adm = [-301990, -287415]; fin = [-28640, -31020]
pbt = [sum(x) for x in zip(gp, oth, dist, adm, fin)]
tax = [-62295, 12570]
pft = [a + b for a, b in zip(pbt, tax)]
nci_p = [4890, -3340]; own_p = [a - b for a, b in zip(pft, nci_p)]
statement(doc, g, "income_statement", [D24, D23], [
    ("Turnover", turnover, "4"), ("Cost of sales", cos), ("Gross profit", gp),
    ("Other income and gains", oth), ("Distribution costs", dist), ("Administrative expenses", adm),
    ("Finance costs", fin, "5"), ("Profit/(loss) before tax", pbt, "6"), ("Income tax (expense)/credit", tax, "7"),
    ("Profit/(loss) for the period", pft), ("Attributable to:", None),
    ("Owners of the Company", own_p), ("Non-controlling interests", nci_p), (None, pft)])
is_last = len(doc.lines)
doc.add("")
doc.add("CONDENSED CONSOLIDATED STATEMENT OF COMPREHENSIVE INCOME")
doc.add("FOR THE SIX MONTHS ENDED 30 JUNE 2024")
doc.add("")
ci_first = len(doc.lines) + 1
interim_header(doc)
fx = [12480, -8215]
tci = [a + b for a, b in zip(pft, fx)]
nci_c = [5375, -3615]; own_c = [a - b for a, b in zip(tci, nci_c)]
statement(doc, g, "comprehensive_income", [D24, D23], [
    ("Profit/(loss) for the period", pft), ("Other comprehensive income", None),
    ("Item that may be reclassified to profit or loss:", None),
    ("Exchange differences on translation of foreign operations", fx),
    ("Total comprehensive income for the period", tci), ("Attributable to:", None),
    ("Owners of the Company", own_c), ("Non-controlling interests", nci_c)])
ci_last = len(doc.lines)
doc.add("")
doc.add("CONDENSED CONSOLIDATED STATEMENT OF FINANCIAL POSITION")
doc.add("AS AT 30 JUNE 2024")
doc.add("")
bs_first = len(doc.lines) + 1
doc.add("\t\t30 June\t31 December")
doc.add("\t\t2024\t2023")
doc.add("\tNotes\tRMB'000\tRMB'000")
doc.add("\t\t(Unaudited)\t(Audited)")
ppe = [1204560, 1187930]; rou = [85310, 92640]; intang = [40275, 43110]
nca = [sum(x) for x in zip(ppe, rou, intang)]
inv = [612400, 574220]; trade = [845930, 790410]; prep = [120660, 98345]; cash = [1004615, 810900]
ca = [sum(x) for x in zip(inv, trade, prep, cash)]
ta = [a + b for a, b in zip(nca, ca)]
tp = [520340, 498760]; op = [210115, 205880]; bb_c = [300000, 350000]; taxp = [45210, 30115]
cl = [sum(x) for x in zip(tp, op, bb_c, taxp)]
ncur = [a - b for a, b in zip(ca, cl)]
bb_n = [450000, 400000]; lease = [60120, 70320]
ncl = [a + b for a, b in zip(bb_n, lease)]
na = [a - b - c for a, b, c in zip(ta, cl, ncl)]
nci_b = [30805, 25430]
assert nci_b[0] == nci_b[1] + nci_c[0]
own_b = [a - b for a, b in zip(na, nci_b)]
div = 80000
assert own_b[0] == own_b[1] + own_c[0] - div, (own_b, own_c)
sc = [100000, 100000]
res = [a - b for a, b in zip(own_b, sc)]
statement(doc, g, "balance_sheet", [I24, I23], [
    ("Non-current assets", None), ("Property, plant and equipment", ppe, "10"), ("Right-of-use assets", rou),
    ("Intangible assets", intang), ("Total non-current assets", nca), ("Current assets", None),
    ("Inventories", inv), ("Trade and bills receivables", trade, "11"),
    ("Prepayments, deposits and other receivables", prep), ("Bank balances and cash", cash),
    ("Total current assets", ca), ("Total assets", ta), ("Current liabilities", None),
    ("Trade and bills payables", tp, "12"), ("Other payables and accruals", op), ("Bank borrowings", bb_c, "13"),
    ("Tax payable", taxp), ("Total current liabilities", cl), ("Net current assets", ncur),
    ("Non-current liabilities", None), ("Bank borrowings", bb_n, "13"), ("Lease liabilities", lease),
    ("Total non-current liabilities", ncl), ("Net assets", na), ("Equity", None),
    ("Share capital", sc), ("Reserves", res), ("Equity attributable to owners of the Company", own_b),
    ("Non-controlling interests", nci_b), ("Total equity", na)])
bs_last = len(doc.lines)
doc.add("")
doc.add("CONDENSED CONSOLIDATED STATEMENT OF CHANGES IN EQUITY")
doc.add("FOR THE SIX MONTHS ENDED 30 JUNE 2024")
doc.add("")
cie_first = len(doc.lines) + 1
members = ["Share capital", "Reserves", "Attributable to owners", "Non-controlling interests", "Total equity"]
doc.add("\t\t" + "\t".join(m + " RMB'000" for m in members))
def cie_row(label, sc_, res_, nci_):
    vals = [sc_, res_, sc_ + res_, nci_, sc_ + res_ + nci_]
    line = doc.row(label, *[fmt(v) for v in vals])
    for m, v in zip(members, vals):
        g.row("changes_in_equity", line, label, {D24: fmt(v)}, member=m)
    return vals
cie_row("At 1 January 2024 (audited)", sc[1], res[1], nci_b[1])
cie_row("Profit for the period", 0, own_p[0], nci_p[0])
cie_row("Other comprehensive income", 0, own_c[0] - own_p[0], nci_c[0] - nci_p[0])
cie_row("Total comprehensive income for the period", 0, own_c[0], nci_c[0])
cie_row("Dividends paid", 0, -div, 0)
cie_row("At 30 June 2024 (unaudited)", sc[0], res[0], nci_b[0])
cie_last = len(doc.lines)
doc.add("")
doc.add("CONDENSED CONSOLIDATED STATEMENT OF CASH FLOWS")
doc.add("FOR THE SIX MONTHS ENDED 30 JUNE 2024")
doc.add("")
cf_first = len(doc.lines) + 1
interim_header(doc)
fxc = [4125, -2310]; cash0 = [cash[1], 650000]
inv_p = [-95300, -120450]; inv_d = [3200, 1150]; inv_net = [a + b for a, b in zip(inv_p, inv_d)]
f_new = [300000, 250000]; f_rep = [-300000, -200000]; f_div = [-div, 0]; f_lease = [-15400, -14980]
fin_net = [sum(x) for x in zip(f_new, f_rep, f_div, f_lease)]
op_net = [cash[0] - cash0[0] - fxc[0] - inv_net[0] - fin_net[0], 85430]
net = [sum(x) for x in zip(op_net, inv_net, fin_net)]
cash1 = [a + b + c for a, b, c in zip(cash0, net, fxc)]
assert cash1[0] == cash[0]
statement(doc, g, "cash_flows", [D24, D23], [
    ("Net cash generated from operating activities", op_net),
    ("Investing activities", None), ("Purchase of property, plant and equipment", inv_p),
    ("Proceeds from disposal of property, plant and equipment", inv_d),
    ("Net cash used in investing activities", inv_net), ("Financing activities", None),
    ("New bank borrowings raised", f_new), ("Repayment of bank borrowings", f_rep), ("Dividends paid", f_div),
    ("Repayment of lease liabilities", f_lease), ("Net cash (used in)/generated from financing activities", fin_net),
    ("Net increase/(decrease) in cash and cash equivalents", net),
    ("Cash and cash equivalents at beginning of the period", cash0),
    ("Effect of foreign exchange rate changes", fxc),
    ("Cash and cash equivalents at end of the period, represented by bank balances and cash", cash1)])
cf_last = len(doc.lines)
doc.add("")
doc.add("NOTES")
doc.add("")
doc.add("1. GENERAL INFORMATION")
doc.add("Lumen Harbour Robotics Holdings Limited is a fictional company written for tieout's tests.")
g.statement("income_statement", ["income_statement"], [D24, D23], [is_first, is_last])
g.statement("comprehensive_income", ["comprehensive_income"], [D24, D23], [ci_first, ci_last])
g.statement("balance_sheet", ["balance_sheet"], [I24, I23], [bs_first, bs_last])
g.statement("changes_in_equity", ["changes_in_equity"], [], [cie_first, cie_last])
g.statement("cash_flows", ["cash_flows"], [D24, D23], [cf_first, cf_last])
doc.write(VAR + "harbour-2024-interim.txt")
g.write(EXP + "harbour-2024-interim.json")


# ============================================================ variant 2/3: space-aligned annual, HK$ million 1dp
def annual(corrupt):
    Y24, Y23, A24, A23 = "2024-01-01..2024-12-31", "2023-01-01..2023-12-31", "2024-12-31", "2023-12-31"
    name = "tidewater-2024-annual-corrupted" if corrupt else "tidewater-2024-annual"
    doc = Doc("space")
    notes = ["Fictional company. Space-aligned like pdftotext -layout; year ended 31 December 2024; HK$ million with one decimal; every total foots."]
    if corrupt:
        notes += ["Deliberately corrupted copy of tidewater-2024-annual.txt: 'Trade receivables' 2024 printed 1,129.9 instead of 1,120.9 (total current assets 4,452.1 no longer foots; the printed value must be kept, not corrected), and note 6's 2023 'Interest on lease liabilities' printed '(1.234)' in a HK$'000 column (malformed: a reading issue on its line, never a clean value)."]
    g = Golden(f"tests/data/variants/{name}.txt", {"currency": "HKD", "scale": 6}, notes)
    W = (60, 8, 14)
    doc.add("                         KOWLOON TIDEWATER HOLDINGS LIMITED")
    doc.add("                  (Incorporated in Hong Kong with limited liability)")
    doc.add("")
    doc.add("            ANNOUNCEMENT OF ANNUAL RESULTS FOR THE YEAR ENDED 31 DECEMBER 2024")
    doc.add("")
    doc.add("The Board of Directors announces the audited consolidated results of the Group for the year ended")
    doc.add("31 December 2024 together with the comparative figures for 2023.")
    doc.add("")
    doc.add("CONSOLIDATED INCOME STATEMENT")
    doc.add("For the year ended 31 December 2024")
    doc.add("")
    first = len(doc.lines) + 1
    def header(c1="2024", c2="2023", unit="HK$ million"):
        doc.row("", c1, c2, notes="", widths=W)
        doc.row("", unit, unit, notes="Note", widths=W)
        doc.add("")
    header()
    rev = [D("8452.6"), D("7915.3")]; cos = [D("-5120.4"), D("-4870.9")]
    gp = [a + b for a, b in zip(rev, cos)]
    oi = [D("120.5"), D("98.7")]; sd = [D("-1045.3"), D("-987.6")]; ga = [D("-702.8"), D("-688.1")]
    fc = [D("-88.4"), D("-92.5")]
    pbt = [sum(x) for x in zip(gp, oi, sd, ga, fc)]
    tx = [D("-266.7"), D("-226.9")]
    pft = [a + b for a, b in zip(pbt, tx)]
    nci = [D("29.1"), D("22.4")]; own = [a - b for a, b in zip(pft, nci)]
    statement(doc, g, "income_statement", [Y24, Y23], [
        ("Revenue", rev, "3"), ("Cost of sales", cos), ("Gross profit", gp), ("Other income", oi),
        ("Selling and distribution expenses", sd), ("General and administrative expenses", ga),
        ("Finance costs", fc, "6"), ("Profit before taxation", pbt), ("Taxation", tx, "7"),
        ("Profit for the year", pft), ("Attributable to:", None), ("Shareholders of the Company", own),
        ("Non-controlling interests", nci), (None, pft)], dp=1, widths=W)
    g.statement("income_statement", ["income_statement"], [Y24, Y23], [first, len(doc.lines)])
    doc.add("")
    doc.add("CONSOLIDATED STATEMENT OF FINANCIAL POSITION")
    doc.add("As at 31 December 2024")
    doc.add("")
    first = len(doc.lines) + 1
    header()
    ppe = [D("4210.7"), D("4050.2")]; ip = [D("1850.0"), D("1800.0")]; dta = [D("45.3"), D("40.1")]
    nca = [sum(x) for x in zip(ppe, ip, dta)]
    inv = [D("980.4"), D("902.6")]; tr = [D("1120.9"), D("1045.3")]; cb = [D("2350.8"), D("1760.5")]
    ca = [sum(x) for x in zip(inv, tr, cb)]
    ta = [a + b for a, b in zip(nca, ca)]
    tp = [D("890.2"), D("850.7")]; blc = [D("500.0"), D("600.0")]; tpay = [D("120.3"), D("98.4")]
    cl = [sum(x) for x in zip(tp, blc, tpay)]
    bln = [D("1800.0"), D("1700.0")]; dtl = [D("210.6"), D("195.2")]
    ncl = [a + b for a, b in zip(bln, dtl)]
    tl = [a + b for a, b in zip(cl, ncl)]
    na = [a - b for a, b in zip(ta, tl)]
    ncib = [D("149.5"), D("120.4")]; ownb = [a - b for a, b in zip(na, ncib)]
    sc = [D("150.0"), D("150.0")]; res = [a - b for a, b in zip(ownb, sc)]
    tr_printed = [D("1129.9"), tr[1]] if corrupt else tr
    rows = [
        ("Non-current assets", None), ("Property, plant and equipment", ppe, "9"), ("Investment properties", ip),
        ("Deferred tax assets", dta), (None, nca), ("Current assets", None), ("Inventories", inv),
        ("Trade receivables", tr_printed, "10"), ("Cash and bank balances", cb), (None, ca),
        ("Total assets", ta), ("Current liabilities", None), ("Trade payables", tp, "11"),
        ("Bank loans", blc, "12"), ("Taxation payable", tpay), (None, cl), ("Non-current liabilities", None),
        ("Bank loans", bln, "12"), ("Deferred tax liabilities", dtl), (None, ncl), ("Total liabilities", tl),
        ("NET ASSETS", na), ("Capital and reserves", None), ("Share capital", sc), ("Reserves", res),
        ("Equity attributable to shareholders of the Company", ownb), ("Non-controlling interests", ncib),
        ("TOTAL EQUITY", na)]
    statement(doc, g, "balance_sheet", [A24, A23], rows, dp=1, widths=W)
    g.statement("balance_sheet", ["balance_sheet"], [A24, A23], [first, len(doc.lines)])
    doc.add("")
    doc.add("CONSOLIDATED STATEMENT OF CASH FLOWS")
    doc.add("For the year ended 31 December 2024")
    doc.add("")
    first = len(doc.lines) + 1
    header()
    dep = [D("265.0"), D("295.2")]; dinv = [D("-77.8"), D("-45.0")]; dtr = [D("-75.6"), D("-60.3")]
    dtp = [D("39.5"), D("25.1")]
    cgo = [sum(x) for x in zip(pbt, dep, [-f for f in fc], dinv, dtr, dtp)]
    tpaid = [D("-244.8"), D("-210.8")]
    opn = [a + b for a, b in zip(cgo, tpaid)]
    pp = [D("-470.0"), D("-380.5")]; pd = [D("9.0"), D("4.2")]
    invn = [a + b for a, b in zip(pp, pd)]
    nl = [D("500.0"), D("400.0")]; rl = [D("-500.0"), D("-350.0")]; ip_ = fc; dv = [D("-466.9"), D("-420.0")]
    finn = [sum(x) for x in zip(nl, rl, ip_, dv)]
    net = [sum(x) for x in zip(opn, invn, finn)]
    c0 = [cb[1], D("1119.4")]
    fxe = [cb[0] - c0[0] - net[0], cb[1] - c0[1] - net[1]]
    assert abs(fxe[0]) < 50 and abs(fxe[1]) < 50, fxe
    c1 = [a + b + c for a, b, c in zip(c0, net, fxe)]
    statement(doc, g, "cash_flows", [Y24, Y23], [
        ("Operating activities", None), ("Profit before taxation", pbt), ("Depreciation", dep),
        ("Finance costs", [-f for f in fc]), ("Increase in inventories", dinv),
        ("Increase in trade receivables", dtr), ("Increase in trade payables", dtp),
        ("Cash generated from operations", cgo), ("Hong Kong Profits Tax paid", tpaid),
        ("Net cash from operating activities", opn), ("Investing activities", None),
        ("Purchase of property, plant and equipment", pp), ("Proceeds from disposal of property, plant and equipment", pd),
        ("Net cash used in investing activities", invn), ("Financing activities", None),
        ("New bank loans raised", nl), ("Repayment of bank loans", rl), ("Interest paid", ip_),
        ("Dividends paid", dv), ("Net cash used in financing activities", finn),
        ("Net increase in cash and cash equivalents", net), ("Cash and cash equivalents at 1 January", c0),
        ("Effect of foreign exchange rate changes", fxe), ("Cash and cash equivalents at 31 December", c1)],
        dp=1, widths=W)
    g.statement("cash_flows", ["cash_flows"], [Y24, Y23], [first, len(doc.lines)])
    doc.add("")
    doc.add("NOTES")
    doc.add("")
    doc.add("6.   FINANCE COSTS")
    doc.add("")
    first = len(doc.lines) + 1
    doc.row("", "2024", "2023", widths=W)
    doc.row("", "HK$'000", "HK$'000", widths=W)
    doc.add("")
    ib = [80150, 84870]; il = [8250, 7630]
    tot = [a + b for a, b in zip(ib, il)]
    assert [D(t) / 1000 for t in tot] == [-f for f in fc]
    l1 = doc.row("Interest on bank loans", fmt(ib[0]), fmt(ib[1]), widths=W)
    l2 = doc.row("Interest on lease liabilities", fmt(il[0]), "(1.234)" if corrupt else fmt(il[1]), widths=W)
    l3 = doc.row("", fmt(tot[0]), fmt(tot[1]), widths=W)
    g.doc["note_table"] = {"note": "6", "lines": [first, l3], "unit": {"currency": "HKD", "scale": 3},
                           "values": [[l1, Y24, "80150"], [l1, Y23, "84870"], [l2, Y24, "8250"], [l3, Y24, "88400"], [l3, Y23, "92500"]]
                           + ([] if corrupt else [[l2, Y23, "7630"]])}
    if corrupt:
        g.doc["malformed"] = {"line": l2, "text": "(1.234)", "period": Y23}
        g.doc["corrupted"] = {"line": next(f["line"] for f in g.doc["facts"] if f["label"] == "Trade receivables"),
                              "period": A24, "value": "1129.9", "foots_to": "1120.9"}
    doc.add("")
    doc.add("Kowloon Tidewater Holdings Limited is a fictional company written for tieout's tests.")
    doc.write(VAR + name + ".txt")
    g.write(EXP + name + ".json")
    return fxe

print(annual(False)); annual(True)


# ============================================================ variant 4: US-style earnings release
Q24, Q23, H24, H23 = "2024-04-01..2024-06-30", "2023-04-01..2023-06-30", "2024-01-01..2024-06-30", "2023-01-01..2023-06-30"
B24, B23 = "2024-06-30", "2023-12-31"
doc = Doc("space")
g = Golden("tests/data/variants/northwind-2024q2-earnings.txt", {"currency": "USD", "scale": 6},
           ["Fictional US-style earnings release: '(In millions, except per share amounts)', 'Three Months Ended June 30,', '$' signs in cells, costs printed positive (the sign is as printed)."])
doc.add("                                Northwind Analytics, Inc.")
doc.add("                    Northwind Analytics Reports Second Quarter 2024 Results")
doc.add("")
doc.add("SEATTLE, July 25, 2024 -- Northwind Analytics, Inc. (NASDAQ: NWAN) today reported financial results")
doc.add("for the second quarter ended June 30, 2024. Revenue was $1,512 million, up 9% year over year.")
doc.add("")
doc.add("                                Northwind Analytics, Inc.")
doc.add("                   Condensed Consolidated Statements of Income (Unaudited)")
doc.add("                      (In millions, except per share amounts)")
first = len(doc.lines) + 1
W = (52, 0, 13)
doc.add(" " * 56 + "Three Months Ended" + " " * 8 + "Six Months Ended")
doc.add(" " * 60 + "June 30," + " " * 17 + "June 30,")
doc.row("", "2024", "2023", "2024", "2023", widths=W)
P = [Q24, Q23, H24, H23]
rev = [1512, 1388, 2967, 2701]; cor = [604, 571, 1190, 1120]; gp = [a - b for a, b in zip(rev, cor)]
rd = [301, 285, 598, 566]; sm = [246, 238, 489, 470]; ga = [112, 105, 221, 209]
opx = [sum(x) for x in zip(rd, sm, ga)]; oi = [a - b for a, b in zip(gp, opx)]
oth = [-12, 7, -20, 11]; ibt = [a + b for a, b in zip(oi, oth)]
tx = [50, 41, 94, 73]; ni = [a - b for a, b in zip(ibt, tx)]
rows = [("Revenue", rev), ("Cost of revenue", cor), ("Gross profit", gp), ("Operating expenses:", None),
        ("Research and development", rd), ("Sales and marketing", sm), ("General and administrative", ga),
        ("Total operating expenses", opx), ("Operating income", oi),
        ("Interest and other income (expense), net", oth), ("Income before income taxes", ibt),
        ("Provision for income taxes", tx), ("Net income", ni)]
statement(doc, g, "income_statement", P, rows, widths=W, dollar_rows=("Revenue", "Net income"))
doc.row("Net income per share:", widths=W)
for label, vals in [("Basic", ["0.94", "0.77", "1.78", "1.36"]), ("Diluted", ["0.92", "0.76", "1.75", "1.34"])]:
    line = doc.row("  " + label, *["$ " + v.rjust(8) for v in vals], widths=W)
    g.row("income_statement", line, label, dict(zip(P, vals)), notes="per share: USD, not millions")
doc.row("Weighted-average shares used in computing net income per share:", widths=W)
line = doc.row("  Basic", "199", "201", "199", "201", widths=W)
g.row("income_statement", line, "Basic", dict(zip(P, ["199", "201", "199", "201"])), notes="shares in millions")
g.statement("income_statement", ["income_statement"], P, [first, line])
doc.add("")
doc.add("                                Northwind Analytics, Inc.")
doc.add("                    Condensed Consolidated Balance Sheets (Unaudited)")
doc.add("                                     (In millions)")
first = len(doc.lines) + 1
W2 = (52, 0, 18)
doc.row("", "June 30,", "December 31,", widths=W2)
doc.row("", "2024", "2023", widths=W2)
doc.add("ASSETS")
cash = [1845, 1602]; ar = [712, 689]; pre = [143, 131]; tca = [sum(x) for x in zip(cash, ar, pre)]
ppe = [518, 497]; gw = [1204, 1204]; ta = [sum(x) for x in zip(tca, ppe, gw)]
ap = [231, 244]; acc = [402, 389]; tcl = [a + b for a, b in zip(ap, acc)]
ltd = [995, 994]; tl = [a + b for a, b in zip(tcl, ltd)]; eq = [a - b for a, b in zip(ta, tl)]
statement(doc, g, "balance_sheet", [B24, B23], [
    ("Current assets:", None), ("Cash and cash equivalents", cash), ("Accounts receivable, net", ar),
    ("Prepaid expenses and other current assets", pre), ("Total current assets", tca),
    ("Property and equipment, net", ppe), ("Goodwill", gw), ("Total assets", ta),
    ("LIABILITIES AND STOCKHOLDERS' EQUITY", None), ("Current liabilities:", None),
    ("Accounts payable", ap), ("Accrued liabilities", acc), ("Total current liabilities", tcl),
    ("Long-term debt", ltd), ("Total liabilities", tl), ("Total stockholders' equity", eq),
    ("Total liabilities and stockholders' equity", ta)], widths=W2,
    dollar_rows=("Cash and cash equivalents", "Total assets", "Accounts payable", "Total liabilities and stockholders' equity"))
g.statement("balance_sheet", ["balance_sheet"], [B24, B23], [first, len(doc.lines)])
doc.add("")
doc.add("Northwind Analytics, Inc. is a fictional company written for tieout's tests.")
doc.write(VAR + "northwind-2024q2-earnings.txt")
g.write(EXP + "northwind-2024q2-earnings.json")
