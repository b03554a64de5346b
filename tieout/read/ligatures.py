"""Ligatures a PDF font printed without Unicode (pdfium gives U+FFFE, kept as U+FFFD):
'�nancing' is 'financing', 'e�ect' 'effect', '�ows' 'flows'. The glyph's letters are
chosen so that the word becomes one of the words such ligatures occur in; 'fi', by far
the commonest, when none fits."""

from __future__ import annotations

import re

UNMAPPED = "\ufffd"
LIGATURES = ("fi", "ff", "fl", "ffi", "ffl")
# Words of financial statements and their notes that are printed with a ligature.
_STEMS = (
    "financ",
    "final",
    "fiscal",
    "first",
    "fixed",
    "figure",
    "filing",
    "profit",
    "benefit",
    "beneficia",
    "definit",
    "indefinit",
    "identifi",
    "certifica",
    "classifi",
    "reclassifi",
    "significan",
    "specifi",
    "modifi",
    "qualifi",
    "diversifi",
    "justifi",
    "satisfi",
    "notifi",
    "fiduciar",
    "confirm",
    "affirm",
    "fifth",
    "fifty",
    "field",
    "file",
    "fine",
    "effect",
    "efficien",
    "office",
    "officer",
    "offer",
    "offset",
    "difference",
    "different",
    "differ",
    "difficult",
    "affiliat",
    "affect",
    "staff",
    "tariff",
    "traffic",
    "suffer",
    "sufficien",
    "effort",
    "afford",
    "flow",
    "inflow",
    "outflow",
    "fluctuat",
    "reflect",
    "inflat",
    "influen",
    "conflict",
    "float",
    "flat",
    "flexib",
    "fleet",
    "floor",
)
_WORD = re.compile(r"[^\W\d_]*" + UNMAPPED + r"[^\W\d_]*")


def restore_ligatures(text: str) -> str:
    """`text` with every unmapped glyph inside a word read as the ligature the word needs."""
    if UNMAPPED not in text:
        return text
    return _WORD.sub(lambda m: _restore_word(m.group()), text)


def _restore_word(word: str) -> str:
    if word.count(UNMAPPED) != 1:
        return word.replace(UNMAPPED, "fi")
    for ligature in LIGATURES:
        candidate = word.replace(UNMAPPED, ligature)
        if _known(candidate.lower()):
            return candidate
    return word.replace(UNMAPPED, "fi")


_PREFIXES = ("", "non", "un", "in", "re", "pre", "de", "dis", "mis", "over", "under", "out")


def _known(word: str) -> bool:
    """A word built on one of the stems, perhaps after a prefix ('nonfinancial')."""
    return any(word.startswith(prefix + stem) for prefix in _PREFIXES for stem in _STEMS)
