"""Finding subject mentions: the cheap literal test before a label's pattern never loses a
mention the pattern alone would find."""

from __future__ import annotations

import re
import sys

from tieout.claims.parse import find_mentions
from tieout.claims.subjects import Vocabulary, fold_case


def mentions(text: str, labels: set[str]) -> list[tuple[str, str]]:
    vocabulary = Vocabulary()
    vocabulary.add_labels(labels)
    return [(m.subject.key, text[m.start : m.end]) for m in find_mentions(text, vocabulary)]


def test_a_label_is_found_whatever_its_case() -> None:
    text = "SMART AUTO Business revenue rose; Mainland China's sales fell."
    assert mentions(text, {"smart auto", "mainland china", "overseas"}) == [
        ("label:smart auto", "SMART AUTO Business revenue"),
        ("label:mainland china", "Mainland China's sales"),
    ]


def test_a_label_is_found_when_printed_with_case_twins_of_ascii_letters() -> None:
    # U+212A KELVIN SIGN and U+017F LONG S match "k" and "s" case-insensitively
    text = "Hong \u212aong revenue and \u017fingapore sales grew."
    assert mentions(text, {"hong kong", "singapore"}) == [
        ("label:hong kong", "Hong \u212aong revenue"),
        ("label:singapore", "\u017fingapore sales"),
    ]


def test_a_label_of_other_script_is_always_searched() -> None:
    assert mentions("智能汽車 revenue rose.", {"智能汽車"}) == [
        ("label:智能汽車", "智能汽車 revenue")
    ]


def test_every_character_a_case_insensitive_letter_matches_folds_to_that_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if letter.fullmatch(char):
            folded = fold_case(char)
            assert len(folded) == 1 and re.fullmatch(folded, char, re.IGNORECASE), hex(code)
