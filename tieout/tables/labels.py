"""Split label text that extraction ran together: "Current assets Inventories Contract
assets Trade, other receivables and prepayments" is a heading and three labels.

Candidate boundaries sit before a capitalised word that does not follow a function word
("of the Company" stays whole), after " - " bullets, at glued words ("partiesPayments"), and
before an ageing bucket ("6 months to 1 year"). Among the segmentations with about as many
labels as the line has values, the one whose segments the lexicon knows best wins.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from tieout.statements.lexicon import load_lexicon, normalise_label

_FUNCTION_WORDS = frozenset(
    {
        "of",
        "the",
        "and",
        "&",
        "or",
        "for",
        "to",
        "with",
        "by",
        "in",
        "on",
        "at",
        "from",
        "as",
        "a",
        "an",
        "per",
        "than",
        "under",
        "into",
        "over",
        "its",
        "our",
        "their",
        "less",
        "add",
        "through",
    }
)
_BULLETS = frozenset({"-", "–", "—", "•"})
_UNIT_WORDS = frozenset({"month", "months", "year", "years", "day", "days"})
_RANGE_END = re.compile(r"^(?:(?:HK|US|S)?\$|RMB|£|€)?\d")
_GLUED = re.compile(r"^([a-z]{3,})([A-Z][a-z]+)$")
MAX_EXHAUSTIVE = 14


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int  # index into the label's character string
    end: int


def words_of(text: str) -> list[Word]:
    """Words of a label, splitting glued words ('partiesPayments')."""
    words: list[Word] = []
    for m in re.finditer(r"\S+", text):
        glued = _GLUED.match(m.group(0))
        if glued:
            cut = m.start() + len(glued.group(1))
            words.append(Word(glued.group(1), m.start(), cut))
            words.append(Word(glued.group(2), cut, m.end()))
        else:
            words.append(Word(m.group(0), m.start(), m.end()))
    return words


def _boundary_strength(words: list[Word], i: int, upper: bool = False) -> int:
    """0: no boundary before word i; 1: weak (title-case run); 2: strong."""
    word, prev = words[i].text, words[i - 1].text
    if word in _BULLETS:
        return 0
    if prev in _BULLETS:
        if i >= 2 and _RANGE_END.match(word) and words[i - 2].text[-1:].isdigit():
            return 0  # a dash between two amounts: a range ('HK$2,500,001 – HK$3,000,000')
        return 2 if i >= 2 and (word[0].isupper() or word[0].isdigit()) else 0
    if prev.endswith(":"):
        return 2
    if words[i - 1].end == words[i].start:  # a glued word we split
        return 2
    if word[0].isdigit() and prev.lower() in _UNIT_WORDS:
        return 2
    if not word[0].isupper() or upper:
        return 0
    if prev.lower().strip(",") in _FUNCTION_WORDS:
        return 0
    if prev[0].isupper() or prev[0].isdigit() or prev.startswith("("):
        return 1
    return 2


@lru_cache(maxsize=1 << 14)
def _segment_score(text: str, strength: int, leading: bool) -> float:
    """How plausible a segment is as a label; `strength` is that of the boundary before it."""
    score = 0.0
    if load_lexicon().concept_for(text) is not None:
        score += 3
    elif is_heading_text(text) and (leading or text.rstrip().endswith(":")):
        score += 2.5
    elif len(normalise_label(text).split()) == 1 and strength < 2:
        score -= 1.5
    score += {0: 0.0, 1: -0.5, 2: 0.5}[strength]
    return score


def split_labels(text: str, wanted: int) -> list[str]:
    """Segments of `text`; aims at `wanted` labels (plus headings the text carries)."""
    words = words_of(text.strip())
    if len(words) <= 1 or wanted <= 0:
        return [text.strip()] if text.strip() else []
    upper = text.upper() == text  # capitals say nothing in an all-capitals label
    strengths = {i: _boundary_strength(words, i, upper) for i in range(1, len(words))}
    candidates = [i for i, s in strengths.items() if s > 0]
    if not candidates:
        return [text.strip()]
    if len(candidates) > MAX_EXHAUSTIVE:
        cuts = [i for i in candidates if strengths[i] == 2]
        return _cut(text, words, cuts)
    best: tuple[float, list[int]] | None = None
    for size in range(0, len(candidates) + 1):
        if size + 1 > wanted + 3:
            break
        for combo in itertools.combinations(candidates, size):
            cuts = list(combo)
            score = _score(text, words, cuts, strengths, wanted)
            if best is None or score > best[0] + 1e-9:
                best = (score, cuts)
    assert best is not None
    return _cut(text, words, best[1])


def _score(
    text: str, words: list[Word], cuts: list[int], strengths: dict[int, int], wanted: int
) -> float:
    pieces = _cut(text, words, cuts)
    total = sum(
        _segment_score(piece, strengths.get(start, 0), k == 0)
        for k, (piece, start) in enumerate(zip(pieces, [0, *cuts], strict=True))
    )
    headings = 0
    while headings < len(pieces) - 1 and is_heading_text(pieces[headings]):
        headings += 1
    labels = len(pieces) - headings
    shortfall = max(wanted - labels, 0)
    surplus = max(labels - wanted - 1, 0)
    return total - 4.0 * shortfall - 1.0 * surplus


def _cut(text: str, words: list[Word], cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(words)]
    pieces = []
    for a, b in itertools.pairwise(bounds):
        piece = text[words[a].start : words[b - 1].end].strip()
        piece = piece.strip("-–— ").strip()
        if piece:
            pieces.append(piece)
    return pieces


_CONNECTING_END = re.compile(
    r"\b(?:to|of|and|less|from|for|in|on|the|before|after|at|by|with|or|per|including"
    r"|excluding|attributable)$",
    re.I,
)
_TOTAL_START = re.compile(r"^total\s+\w", re.I)


def is_unfinished_label(text: str) -> bool:
    """A label line that cannot end where it does, so the next line finishes it: it ends on
    a connecting word ('TOTAL EQUITY ATTRIBUTABLE TO' / 'OWNERS OF THE COMPANY'), or it
    names a total and prints no figures ('TOTAL ASSETS LESS CURRENT' / 'LIABILITIES')."""
    stripped = text.rstrip()
    if not stripped or stripped.endswith((":", "：")):
        return False
    return bool(_CONNECTING_END.search(stripped) or _TOTAL_START.match(stripped))


_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A Chinese label line cannot end on a particle or preposition that joins it to what follows
# ('按公允值計入其他全面收益之' / '金融資產').
_CJK_CONNECTING_END = re.compile(r"[之的及與与和或並并按於于至對对在為为]$")
_CJK_BULLET = re.compile(r"^[－\-–—•·]")
_CJK_PAREN_START = re.compile(r"^[（(][\u3400-\u9fff]")


def continues_cjk_label(previous: str, text: str, *, indented: bool) -> bool:
    """A Chinese label wrapped onto the next line, which prints no mark of it (no lower case):
    the line before ends on a joining particle ('...全面收益之' / '金融資產'), the new line is
    a bracketed tail ('（扣除稅項）'), the line before is a bulleted item whose tail comes
    without a bullet ('－於出售一間附屬公司時解除' / '外匯儲備'), or the new line hangs
    indented under it ('作出調整以將除稅前溢利與現金流淨' / '  額對賬'). Never after a
    heading (a colon, a section phrase) or before a bulleted line."""
    before, after = previous.rstrip(), text.strip()
    if not before or not after or before.endswith((":", "：")) or is_heading_text(before):
        return False
    if not _CJK_CHAR.search(before[-1] if before[-1] not in ")）" else before[-2:-1] or "x"):
        return False
    if _CJK_BULLET.match(after) or not (_CJK_CHAR.match(after) or _CJK_PAREN_START.match(after)):
        return False
    return bool(
        _CJK_CONNECTING_END.search(before)
        or _CJK_PAREN_START.match(after)
        or _CJK_BULLET.match(before)
        or indented
    )


def join_label(head: str, tail: str) -> str:
    """Two lines of one label: a space between words, none between Chinese characters."""
    ends_cjk = bool(head) and (_CJK_CHAR.match(head[-1]) is not None or head.endswith(("）", ")")))
    starts_cjk = _CJK_CHAR.match(tail[:1]) is not None or _CJK_PAREN_START.match(tail) is not None
    return f"{head}{tail}" if ends_cjk and starts_cjk else f"{head} {tail}"


def starts_lowercase(text: str) -> bool:
    stripped = text.lstrip("-–—• (")
    return bool(stripped) and stripped[0].islower()


@lru_cache(maxsize=1 << 14)
def is_heading_text(text: str) -> bool:
    """A label that introduces rows rather than naming a figure."""
    if text.rstrip().endswith((":", "：")):
        return True
    return normalise_label(text) in load_lexicon().section_phrases
