# Hand-read rows behind the golden JSON files next to this folder. Run from the repository
# root with python3; it rewrites the JSON files (and, for variants, the variant documents).
"""Builds tests/data/expected/sensetime-2024-interim.json from rows read by hand."""
import json, re

D24, D23 = "2024-01-01..2024-06-30", "2023-01-01..2023-06-30"
I24, I23 = "2024-06-30", "2023-12-31"
MEMBERS = ["Share capital", "Other reserves", "Currency translation reserves",
           "Accumulated losses", "Total", "Non-controlling interests", "Total equity"]
facts = []

def num(text):
    t = text.strip()
    if t in ("-", "_"):
        return "0"
    neg = t.startswith("(")
    t = t.strip("()").replace(",", "")
    assert re.fullmatch(r"\d+(\.\d+)?", t), text
    return ("-" if neg else "") + t

def add(kind, line, label, period, printed, member=None, notes=None, inferable=None, line_override=None):
    fid = f"{kind}-{line if line else 'x'}-{period}-{member or ''}-{(label or '')[:24]}".replace(" ", "_")
    entry = {"id": fid, "kind": kind, "label": label, "line": line, "period": period, "member": member}
    if printed is None:
        entry.update(value=None, status="absent")
        if inferable is not None:
            entry["inferable"] = inferable
    else:
        entry.update(value=num(printed), status="printed")
        if printed.strip() in ("-", "_"):
            entry["printed_as"] = printed.strip()
    if notes:
        entry["notes"] = notes
    facts.append(entry)

def two(kind, rows, p1, p2):
    for line, label, a, b, *rest in rows:
        notes = rest[0] if rest else None
        add(kind, line, label, p1, a, notes=notes)
        add(kind, line, label, p2, b, notes=notes)

IS = [
    (395, "Revenue", "1,739,717", "1,433,122"),
    (396, "Cost of sales", "(972,957)", "(784,449)"),
    (397, "Gross profit", "766,760", "648,673"),
    (398, "Selling expenses", "(329,158)", "(417,957)"),
    (399, "Administrative expenses", "(734,936)", "(796,516)", "note references '5 5 5' run together in the notes column"),
    (400, "Research and development expenses", "(1,892,226)", "(1,783,186)", "line 400 also carries the first half of the next label"),
    (401, "Net impairment losses on financial assets and contract assets", "(587,653)", "(396,493)", "label wraps from line 400"),
    (402, "Other income", "108,736", "152,240"),
    (403, "Other losses – net", "(53,037)", "(754,066)"),
    (404, "Operating loss", "(2,721,514)", "(3,347,305)"),
    (405, "Finance income", "350,153", "168,904"),
    (406, "Finance costs", "(85,864)", "(68,367)"),
    (407, "Finance income – net", "264,289", "100,537", "line 407 also carries the first half of the next label"),
    (408, "Share of losses of investments accounted for using the equity method", "(11,878)", "(10,029)", "label wraps from line 407"),
    (409, "Fair value losses of preferred share", "(12,101)", "(10,043)"),
    (410, "Loss before income tax", "(2,481,204)", "(3,266,840)"),
    (411, "Income tax credit", "3,992", "124,216"),
    (412, "Loss for the period", "(2,477,212)", "(3,142,624)"),
    (414, "Equity holders of the Company", "(2,456,782)", "(3,122,744)"),
    (415, "Non-controlling interests", "(20,430)", "(19,880)"),
    (416, None, "(2,477,212)", "(3,142,624)", "unlabelled total of the attribution (= loss for the period)"),
    (419, "Basic and diluted loss per share (RMB)", "(0.08)", "(0.10)", "RMB per share, not RMB'000"),
]
two("income_statement", IS, D24, D23)

CI_NOTE = "the statement of comprehensive loss prints no labels; rows identified by arithmetic and by the income statement"
CI = [
    (429, None, "(2,477,212)", "(3,142,624)", "loss for the period"),
    (430, None, "(205,147)", "(1,095,142)", "OCI: exchange differences (items that will not be reclassified)"),
    (431, None, "282,142", "1,631,358", "OCI: exchange differences on translation of foreign operations"),
    (433, None, "(5,017)", "(132)", "OCI: changes in credit risk of financial liabilities at FVPL"),
    (434, None, "71,978", "536,084", "other comprehensive income, net of tax: -205,147+282,142-5,017"),
    (435, None, "(2,405,234)", "(2,606,540)", "total comprehensive loss"),
    (438, None, "(23,910)", "(12,681)", "attributable to non-controlling interests"),
    (439, None, "(2,405,234)", "(2,606,540)", "total of the attribution"),
]
two("comprehensive_income", CI, D24, D23)
add("comprehensive_income", 437, None, D23, "(2,593,859)", notes="attributable to owners; 2024 cell garbled")
add("comprehensive_income", 437, None, D24, None, inferable="-2381324",
    notes="printed as \"` ' ' '\": garbled; the owners' share -2,381,324 follows from 435 less 438")
add("comprehensive_income", 432, None, D24, None,
    notes="'(5.017)' in a RMB'000 column: malformed duplicate of line 433; must not become a fact unflagged")
add("comprehensive_income", 432, None, D23, None,
    notes="'(122)': corrupted duplicate of line 433 '(132)'; acceptable only with a reading issue on line 432")
add("comprehensive_income", 436, None, D23, None,
    notes="a lone '_' on a line of its own is the rule under the total, not a nil value of an unlabelled row")
add("comprehensive_income", 440, None, D24, None,
    notes="garbled repeat of the whole column in one cell, with the malformed '(23,81,324)'")

BS1 = [
    (448, "Property, plant and equipment", "7,280,503", "7,378,707", "four labels and their values run together on one line"),
    (448, "Right-of-use assets", "300,735", "349,554"),
    (448, "Intangible assets", "251,682", "325,675"),
    (448, "Contract assets", "19,735", "10,802", "non-current contract assets"),
    (449, "Investments accounted for using the equity method", "137,832", "135,235"),
    (449, "Deferred income tax assets", "743,733", "725,440"),
    (449, "Restricted cash", "160,785", "153,986", "non-current"),
    (449, "Financial assets at fair value through profit or loss", "6,675,101", "6,527,475", "non-current"),
    (449, "Long-term receivables", "34,806", "87,251"),
    (450, "Other non-current assets", "715,760", "253,425"),
    (451, None, "16,320,672", "15,947,550", "total non-current assets, unlabelled"),
    (452, "Inventories", "1,105,190", "506,128"),
    (452, "Contract assets", "15,789", "19,785", "current"),
    (452, "Trade, other receivables and prepayments", "5,355,949", "5,159,278"),
    (453, "Financial assets at fair value through profit or loss", "724,000", "521,805", "current"),
    (453, "Restricted cash", "208,660", "210,085", "current"),
    (453, "Term deposits", "1,193,410", "1,099,898"),
    (453, "Cash and cash equivalents", "7,626,544", "9,423,495"),
    (454, None, "16,229,542", "16,940,474", "total current assets, unlabelled"),
    (455, "Total assets", "32,550,214", "32,888,024"),
    (458, "Other reserves", "73,572,739", "71,666,422"),
    (458, "Currency translation reserves", "4,207,636", "4,127,161"),
    (458, "Accumulated losses", "(55,090,950)", "(52,634,168)"),
    (459, None, "22,689,431", "23,159,420", "equity attributable to equity holders, unlabelled"),
    (460, "Non-controlling interests", "15,128", "(3,947)"),
    (461, "Total equity", "22,704,559", "23,155,473"),
    (465, "Borrowings", "4,658,035", "4,278,686", "non-current"),
    (465, "Lease liabilities", "109,024", "145,290", "non-current"),
    (465, "Deferred income tax liabilities", "6,209", "10,383"),
    (465, "Contract liabilities", "46,932", "24,650", "non-current"),
    (465, "Deferred revenue", "248,606", "305,664", "non-current"),
    (465, "Other financial liabilities", "796,500", "530,471"),
    (465, "Long-term payables", "6,452", "5,294"),
    (466, None, "5,871,758", "5,300,438", "total non-current liabilities, unlabelled"),
    (467, "Borrowings", "629,260", "194,429", "current"),
    (467, "Trade and other payables", "1,597,188", "2,262,133"),
    (467, "Lease liabilities", "124,868", "146,410", "current"),
    (467, "Contract liabilities", "302,720", "265,959", "current"),
    (467, "Deferred revenue", "137,266", "113,368", "current"),
    (467, "Current income tax liabilities", "13,492", "21,701"),
    (467, "Preferred share liabilities", "1,169,103", "1,144,805"),
    (468, "Total liabilities", "9,845,655", "9,732,551"),
    (469, "Total equity and liabilities", "32,550,214", "32,888,024"),
]
two("balance_sheet", BS1, I24, I23)
add("balance_sheet", 458, "Share capital", I23, "5", notes="the '5' opens the December 2023 field")
add("balance_sheet", 458, "Share capital", I24, None, inferable="6",
    notes="not printed: three values for four labels in the June 2024 field; 6 follows from line 459 and the changes in equity line 487")
add("balance_sheet", 467, "Put option liability", I23, "283,308")
add("balance_sheet", 467, "Put option liability", I24, None, inferable="0",
    notes="not printed: seven values for eight labels; the printed current items already add up to 9,845,655-5,871,758 so the liability is nil")
add("balance_sheet", None, "Total current liabilities", I24, None, inferable="3973897", notes="never printed")
add("balance_sheet", None, "Total current liabilities", I23, None, inferable="4432113", notes="never printed")

def cie(period, line, label, cells, notes=None, inferable=None):
    for i, (member, printed) in enumerate(zip(MEMBERS, cells)):
        inf = inferable[i] if inferable else None
        n = notes
        if printed is None and inf is None and n is None:
            n = "blank cell: nothing printed"
        add("changes_in_equity", line, label, period, printed, member=member, notes=n, inferable=inf)

B = None
cie(D24, 475, "As at January 1, 2024", ["5", "71,666,422", "4,127,161", "(52,634,168)", "23,159,420", "(3,947)", "23,155,473"],
    notes="printed '(Unaudited) As at January 1, 2024'")
cie(D24, 476, "Loss for the period", ["-", "-", "-", "(2,456,782)", "(2,456,782)", "(20,430)", "(2,477,212)"])
cie(D24, 477, "Effects of changes in credit risk for financial liabilities designated as at fair value through profit or loss",
    ["-", "(5,017)", "-", "-", "(5,017)", "-", "(5,017)"], notes="label wraps from line 476")
cie(D24, 478, "Exchange differences on translation of foreign operations", [B, B, "80,475", B, "80,475", "(3,480)", "76,995"])
cie(D24, 479, "Total comprehensive loss", [B, "(5,017)", "80,475", "(2,456,782)", "(2,381,324)", "(23,910)", "(2,405,234)"])
cie(D24, 480, "Placing of ordinary shares", ["1", "1,815,598", "-", "_", "1,815,599", "-", "1,815,599"])
cie(D24, 481, "Exercise of share options", ["-", "26,760", "-", "-", "26,760", "-", "26,760"])
cie(D24, 482, "Transactions with non-controlling interests", ["-", "(31,585)", "-", "-", "(31,585)", "31,585", "-"],
    notes="line 482 also carries the first words of the next label; values align with the last line of each label")
cie(D24, 483, "Recognition of financial instruments with preferred rights at amortised cost",
    ["-", "(11,400)", "-", "-", "(11,400)", "11,400", "-"], notes="label wraps from line 482")
cie(D24, 484, "Purchase of ordinary shares of the Company for share award scheme",
    ["-", "(13,530)", "-", "-", "(13,530)", "-", "(13,530)"], notes="label wraps from line 483")
cie(D24, 485, "Share-based compensation expenses", [B, "125,491", B, B, "125,491", B, "125,491"])
cie(D24, 486, "Total transactions with equity holders", ["1", "1,911,334", B, B, "1,911,335", "42,985", "1,954,320"])
cie(D24, 487, "As at June 30, 2024", ["6", "73,572,739", "4,207,636", "(55,090,950)", "22,689,431", "15,128", "22,704,559"])

cie(D23, 495, "As at January 1, 2023", ["5", "71,248,900", "3,915,328", "(46,194,009)", "28,970,224", "43,636", "29,013,860"])
GARBLED = "garbled duplicate of line 497 ('(2 122 744)', '(2.122.744)', '(10.000)', '(2.142.624)'): no value may be taken from it unflagged"
for member in MEMBERS[3:]:
    add("changes_in_equity", 496, None, D23, None, member=member, notes=GARBLED)
cie(D23, 497, "Loss for the period", ["_", "_", "_", "(3,122,744)", "(3,122,744)", "(19,880)", "(3,142,624)"],
    notes="'_' printed where the 2024 statement prints a dash")
cie(D23, 500, "Effects of changes in credit risk for financial liabilities designated as at fair value through profit or loss",
    ["-", "(132)", "-", "-", "(132)", "-", "(132)"], notes="label wraps over lines 497-500")
cie(D23, 501, "Exchange differences on translation of foreign operations", [B, B, "529,017", B, "529,017", "7,199", "536,216"])
cie(D23, 503, "Total comprehensive loss", ["_", "(132)", "529,017", "(3,122,744)", "(2,593,859)", "(12,681)", "(2,606,540)"])
cie(D23, 506, "Exercise of share options", ["-", "54,736", "-", "-", "54,736", "-", "54,736"])
for member in ("Other reserves", "Total", "Total equity"):
    add("changes_in_equity", 507, None, D23, None, member=member,
        notes="garbled duplicate of line 508 ('222.024', '222 024'): no value may be taken from it unflagged")
cie(D23, 508, "Share-based compensation expenses", [B, "233,934", B, B, "233,934", B, "233,934"],
    notes="label wraps from line 507")
# Lines 510-534: the closing rows came out as one number per line, without row or column.
ORPHAN = ("lines 510-528 print ten numbers one per line, detached from their rows (labels at 530-534) "
          "and columns; attributable only by arithmetic, so they must be absent, flagged, or equal to the value given")
orphans = {  # (label, member): (line printed, value by arithmetic)
    ("Total transactions with equity holders", "Other reserves"): (510, "288670"),
    ("As at June 30, 2023", "Other reserves"): (512, "71537438"),
    ("As at June 30, 2023", "Currency translation reserves"): (514, "4444345"),
    ("As at June 30, 2023", "Accumulated losses"): (516, "-49316753"),
    ("As at June 30, 2023", "Share capital"): (518, "5"),
    ("Total transactions with equity holders", "Total"): (520, "288670"),
    ("As at June 30, 2023", "Total"): (522, "26665035"),
    ("Total transactions with equity holders", "Total equity"): (524, "288670"),
    ("As at June 30, 2023", "Total equity"): (526, "26695990"),
    ("As at June 30, 2023", "Non-controlling interests"): (528, "30955"),
}
for label in ("Total transactions with equity holders", "As at June 30, 2023"):
    for member in MEMBERS:
        if (label, member) in orphans:
            line, value = orphans[(label, member)]
            add("changes_in_equity", line, label, D23, None, member=member, inferable=value, notes=ORPHAN)
        else:
            add("changes_in_equity", None, label, D23, None, member=member, notes="blank cell: nothing printed")

CF = [
    (545, "Cash used in operations", "(3,501,379)", "(1,793,363)"),
    (546, "Income tax paid", "(22,384)", "(11,442)"),
    (547, "Net cash used in operating activities", "(3,523,763)", "(1,804,805)"),
    (549, "Purchase of property, plant and equipment", "(650,125)", "(690,836)"),
    (550, "Purchase of intangible assets", "(49,524)", "(43,872)"),
    (552, "Proceeds from disposal of property, plant and equipment", "9,209", "5,712", "label wraps from line 551"),
    (553, "Net cash outflow from disposal of subsidiaries", "(36,044)", "_"),
    (555, "Increase in investments accounted for using the equity method", "(14,460)", "(64,349)"),
    (557, "Dividend received from financial assets at fair value through profit and loss", "2,257", "11,579"),
    (558, "Acquisition of debt and equity investments", "(176,865)", "(214,992)"),
    (559, "Acquisition of structured deposits", "(1,679,000)", "(2,030,000)"),
    (560, "Disposal of debt and equity investments", "26,107", "49,082"),
    (561, "Disposal of structured deposits", "1,489,599", "1,636,805"),
    (563, "Net (increase)/decrease in investments in term deposits", "(102,339)", "1,625,297",
     "label wraps from line 562, whose values '(102 220)' / '1 625 207' are a garbled duplicate"),
    (564, "Interest received from banks", "113,017", "105,410", "label printed on line 563"),
    (567, "Net cash (used in)/generated from investing activities", "(1,068,168)", "384,721"),
    (574, "Proceeds from borrowings", "997,429", "764,331"),
    (575, "Repayments of borrowings", "(183,500)", "(200,514)"),
    (576, "Interest paid", "(79,994)", "(61,857)"),
    (577, "Principal elements of lease payments", "(81,671)", "(98,778)"),
    (578, "Interests elements of lease payments", "(5,221)", "(7,422)"),
    (579, "Net payment of settlement of put option liabilities", "(21,330)", "_"),
    (580, "Net increase in restricted cash", "(803)", "(41,611)"),
    (582, "Capital injection by limited partners of investment fund controlled by the Group", "272,272", "45,500"),
    (583, "Capital injection by non-controlling shareholder", "11,400", "_"),
    (584, "Proceeds from placing of ordinary shares", "1,815,599", "_"),
    (586, "Purchase of ordinary shares of the Company for share award scheme", "(13,530)", "_"),
    (587, "Proceeds from exercise of share options", "12,015", "13,550"),
    (588, "Net cash generated from financing activities", "2,722,666", "413,199"),
    (589, "Net decrease in cash and cash equivalents", "(1,869,265)", "(1,006,885)"),
    (590, "Cash and cash equivalents at beginning of period", "9,423,495", "7,962,813"),
    (591, "Effect of foreign exchange rates changes", "72,314", "197,087"),
    (592, "Cash and cash equivalents at end of period", "7,626,544", "7,153,015"),
]
two("cash_flows", CF, D24, D23)
add("cash_flows", 565, "Loans granted to a related party", D23, "(5,115)")
add("cash_flows", 565, "Loans granted to a related party", D24, None, notes="2024 cell blank")
add("cash_flows", 562, None, D24, None, notes="'(102 220)': garbled duplicate of line 563")
add("cash_flows", 562, None, D23, None, notes="'1 625 207': garbled duplicate of line 563")

ids = [f["id"] for f in facts]
dups = {i for i in ids if ids.count(i) > 1}
assert not dups, dups
doc = {
    "document": "tieout/examples/sensetime-2024-interim.txt",
    "unit": {"currency": "RMB", "scale": 3},
    "notes": [
        "Values are decimal strings in the table's unit (RMB'000; loss per share in RMB). Dashes '-' and underscores '_' printed in a value column are nil (0); 'printed_as' records which.",
        "status 'absent': the text does not print a readable value there. The extractor must produce no fact there, or flag it (cell INFERRED/MALFORMED or a reading issue on that line); when 'inferable' is given, a value equal to it is also accepted (it follows from arithmetic).",
        "Changes in equity: period is the statement's six months; an extractor may give balance rows ('As at ...') an instant at the start or end of it instead.",
        "2023 changes in equity lines 510-534 are garbled: the closing row and the total-transactions row came out one number per line with their labels after them; see the entries' notes.",
        "Ambiguity: lines 482-484 wrap three labels over three value lines; values are read as aligned with the LAST line of each label (as on lines 476-477 and 500), so 482 = 'Transactions with non-controlling interests' (-31,585 / 31,585) and 483 = 'Recognition of financial instruments with preferred rights at amortised cost' (-11,400 / 11,400).",
        "Ambiguity: the comprehensive-loss statement has no labels at all; label is null for its rows and the notes say which line item each is.",
    ],
    "facts": facts,
}
out = "tests/data/expected/sensetime-2024-interim.json"
with open(out, "w") as fh:
    json.dump(doc, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
print(len(facts), sum(f["status"] == "printed" for f in facts))
