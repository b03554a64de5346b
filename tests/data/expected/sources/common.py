# Hand-read rows behind the golden JSON files next to this folder. Run from the repository
# root with python3; it rewrites the JSON files (and, for variants, the variant documents).
import json, re

def num(text):
    t = text.strip().replace("$", "").strip()
    if t in ("-", "_", "–", "—"):
        return "0"
    neg = t.startswith("(")
    t = t.strip("()").replace(",", "")
    assert re.fullmatch(r"\d+(\.\d+)?", t), text
    return ("-" if neg else "") + t

class Golden:
    def __init__(self, document, unit, notes=()):
        self.doc = {"document": document, "unit": unit, "notes": list(notes), "statements": {}, "facts": []}

    def statement(self, key, kinds, periods, lines):
        self.doc["statements"][key] = {"kinds": kinds, "periods": periods, "lines": lines}

    def row(self, kind, line, label, values, member=None, notes=None):
        for period, printed in values.items():
            k = kind if isinstance(kind, str) else kind[0]
            e = {"id": f"{k}-{line}-{period}-{member or ''}".replace(" ", "_"), "kind": kind, "label": label,
                 "line": line, "period": period, "member": member}
            if any(f["id"] == e["id"] for f in self.doc["facts"]) or any(
                f["id"] == e["id"] + "-" + (f["label"] or "")[:24].replace(" ", "_") for f in self.doc["facts"]
            ) or self._shares_line(e):
                e["id"] += "-" + (label or "")[:24].replace(" ", "_")
            if printed is None:
                e.update(value=None, status="absent")
            else:
                e.update(value=num(printed), status="printed")
                if printed.strip() in ("-", "_", "–", "—"):
                    e["printed_as"] = printed.strip()
            if notes:
                e["notes"] = notes
            self.doc["facts"].append(e)

    def _shares_line(self, e):
        """Several rows on one line (run-together labels): the label goes into every id."""
        return self.doc.get("run_together") and e["line"] in self.doc["run_together"]

    def write(self, path):
        ids = [f["id"] for f in self.doc["facts"]]
        d = {i for i in ids if ids.count(i) > 1}
        assert not d, d
        with open(path, "w") as fh:
            json.dump(self.doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        print(path, len(ids))
