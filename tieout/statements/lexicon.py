"""The label lexicon: printed labels -> concept names, statement titles -> table kinds.

The data lives in `concepts.toml` and `titles.toml` beside this module; this module only
loads and matches it. Labels are matched after `normalise_label`, so the data files hold
normalised labels only (a test enforces it).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

_NOTE_REF = re.compile(
    r"\s*\((?:notes?\s*)?\d{1,2}(?:\([a-z]\))?\)\s*$|\s*\(notes?\s*[^()]*(?:\([a-z]\))?[^()]*\)|\s*[（(]附[註注][^（()）]*[）)]"
    r"|\s+\d{1,2}(?:\((?:[a-z]|[ivx]{1,4})\)){1,2}\s*$",
    re.I,
)
_LEADING_MARK = re.compile(
    r"^(?:\((?:[ivx]{1,4}|[a-z])\)|[ivx]{1,4}\)|[-–—•·*]|\d{1,2}\.)\s*", re.I
)
_TRAILING_MARK = re.compile(r"\s*(?:\((?:[ivx]{1,4}|[a-z])\)|\*+|:)\s*$", re.I)
_PUNCT = re.compile(r"[^\w\s/()%-]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def normalise_label(label: str) -> str:
    """Lower-case, without bullets, note references, footnote marks and punctuation.

    "Revenue (Note 4)" -> "revenue"; "Loan receivables 18(i)" -> "loan receivables";
    "– Due from third parties" -> "due from third parties";
    "Trade, other receivables & prepayments" -> "trade other receivables and prepayments".
    """
    text = label.strip().replace("&", " and ").replace("’", "'")
    for _ in range(2):
        text = _LEADING_MARK.sub("", text.strip())
        text = _NOTE_REF.sub("", text)
        text = _TRAILING_MARK.sub("", text)
    text = _PUNCT.sub(" ", text.lower())
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Concept:
    name: str  # IFRS taxonomy element name, or a slug where none fits
    labels: tuple[str, ...]
    zh: tuple[str, ...]
    role: str  # item | subtotal | total
    statements: tuple[str, ...]
    # what the label names when printed in a statement of another kind: table kind ->
    # concept name ('Currency translation differences' in a cash flow statement is the
    # effect of exchange rates on cash, not the other comprehensive income item)
    read_as: tuple[tuple[str, str], ...] = ()
    # False: a figure of its own whatever its label says, never the sum of the lines above
    # it ('Total cash outflow for leases' under a right-of-use asset's movements)
    sums: bool = True


@dataclass(frozen=True, slots=True)
class Lexicon:
    concepts: tuple[Concept, ...]
    by_label: dict[str, Concept]
    titles: dict[str, tuple[str, ...]]  # table kind -> normalised title phrases
    sections: dict[str, tuple[str, ...]]  # section key -> normalised heading phrases
    section_phrases: frozenset[str] = frozenset()
    by_name: dict[str, Concept] = field(default_factory=dict)

    def concept_for(self, label: str, statement: str | None = None) -> Concept | None:
        """The concept a printed label names, or None; in a `statement` (table kind) where
        the concept never appears, the concept its label names there, if it names one."""
        found = self._concept_for(label)
        if found is None or statement is None or statement in found.statements:
            return found
        other = dict(found.read_as).get(statement)
        return self.by_name.get(other, found) if other else found

    def _concept_for(self, label: str) -> Concept | None:
        key = normalise_label(label)
        found = self.by_label.get(key)
        if found is not None:
            return found
        if not key:
            return None
        found = self.by_label.get(_CJK_SPACE.sub("", key))
        if found is not None or not _CJK.search(key) or not _LATIN.search(key):
            return found
        # A bilingual label ("Cash and cash equivalents 現金及現金等價物"), its two halves
        # perhaps interleaved by wrapping: the English words, else the Chinese characters.
        english = _CJK_SPACE.sub(" ", _CJK.sub(" ", key)).strip()
        return self.by_label.get(english) or self.by_label.get("".join(_CJK.findall(key)))


_CJK_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_LATIN = re.compile(r"[a-z]")


LEXICON_JSON = "lexicon.json"
SOURCES = ("concepts.toml", "titles.toml")


def compile_lexicon() -> dict[str, object]:
    """The TOML sources as one JSON-ready dict: what `scripts/compile_lexicon.py` writes.

    The TOML files are what people edit; the compiled JSON is what loads (in a tenth of
    the time). A test fails when the two differ.
    """
    concepts = _toml("concepts.toml").get("concept", [])
    titles = _toml("titles.toml")
    return {
        "concepts": concepts,
        "titles": titles.get("titles", {}),
        "sections": titles.get("sections", {}),
        "units": titles.get("units", {}),
    }


def _toml(name: str) -> dict[str, Any]:
    text = resources.files("tieout.statements").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(v) for v in value)


@cache
def load_lexicon() -> Lexicon:
    raw = json.loads(
        resources.files("tieout.statements").joinpath(LEXICON_JSON).read_text(encoding="utf-8")
    )
    concepts = tuple(
        Concept(
            name=str(entry["name"]),
            labels=_strings(entry.get("labels")),
            zh=_strings(entry.get("zh")),
            role=str(entry.get("role", "item")),
            statements=_strings(entry.get("statements")),
            read_as=tuple(sorted((str(k), str(v)) for k, v in entry.get("read_as", {}).items())),
            sums=bool(entry.get("sums", True)),
        )
        for entry in raw["concepts"]
    )
    by_label: dict[str, Concept] = {}
    for concept in concepts:
        # The data files hold normalised labels only (tests/statements/test_lexicon.py).
        for label in (*concept.labels, *concept.zh):
            by_label.setdefault(label, concept)
    titles = {k: _strings(v) for k, v in raw["titles"].items()}
    sections = {k: _strings(v) for k, v in raw["sections"].items()}
    phrases = frozenset(p for group in sections.values() for p in group)
    by_name = {c.name: c for c in concepts}
    return Lexicon(concepts, by_label, titles, sections, phrases, by_name)
