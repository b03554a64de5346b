"""Which period a figure of a sentence is for, and whose subject a comparison repeats.

"from RMB784.4 million in the six months ended June 30, 2023 to RMB973.0 million in ...",
"As of December 31, 2023 and June 30, 2024, ... X and Y, respectively", "(2023: HK$2,060.8
million)", "X of A and Y of B ..., compared to A' and B'".
"""

from __future__ import annotations

import re
from dataclasses import replace

from tieout.claims.claim import Claim, ClaimKind, Mention
from tieout.claims.figures import DateRef, Figure

_STOP = re.compile(r"\bcompared\b|\bversus\b|\bwhile\b|\bagainst\b|;|\(|\bfrom\b", re.I)
_COMPARED = re.compile(r"\bcompared (?:to|with)\b|\bversus\b|\bagainst\b", re.IGNORECASE)
_UP = r"increas\w*|grew|grow\w*|rose|rise|rising|up|higher|surged?|jump\w*|climb\w*|improv\w*"
_DOWN = r"decreas\w*|declin\w*|fell|fall\w*|drop\w*|down|lower|reduc\w*|shr[iu]nk\w*|narrow\w*"
DIRECTION = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.IGNORECASE)


def date_of(text: str, figure: Figure, dates: list[DateRef]) -> DateRef | None:
    """The first date after the figure within its clause, else the nearest one before it."""
    stop = _STOP.search(text, figure.end)
    limit = stop.start() if stop else len(text)
    for date in dates:
        if figure.end <= date.start < limit:
            return date
    before = [
        d
        for d in dates
        if d.end <= figure.start and (not d.prior or _labels(text[d.end : figure.start]))
    ]
    return before[-1] if before else None


def _labels(between: str) -> bool:
    """ "same period last year of approximately HK$412 million": the date names the figure."""
    return len(between) <= 25 and not DIRECTION.search(between)


def number_respectively(text: str, claims: list[Claim], dates: list[DateRef]) -> list[Claim]:
    """ "As of A and B, ... X and Y, respectively": X is for A, Y for B."""
    if "respectively" not in text.lower() or not claims:
        return claims
    first = claims[0].figure.start
    leading = [d for d in dates if d.end <= first]
    amounts = [c for c in claims if c.kind is ClaimKind.AMOUNT]
    if len(leading) < 2 or len(amounts) != len(leading):
        return claims
    paired = {id(c): d for c, d in zip(amounts, leading, strict=True)}
    return [
        replace(c, date=paired[id(c)], respectively=amounts.index(c)) if id(c) in paired else c
        for c in claims
    ]


def mirror_comparisons(text: str, claims: list[Claim], mentions: list[Mention]) -> list[Claim]:
    """ "X of A and Y of B ..., compared to A' and B'": A' is X's, B' is Y's."""
    marker = _COMPARED.search(text)
    if marker is None:
        return claims
    amounts = [c for c in claims if c.kind is ClaimKind.AMOUNT]
    before = [c for c in amounts if c.figure.end <= marker.start()]
    after = [c for c in amounts if c.figure.start >= marker.end()]
    if not before or len(before) != len(after):
        return claims
    if any(marker.end() <= m.start < after[-1].figure.start for m in mentions):
        return claims  # the comparison names its own subjects
    mirrored = {
        id(a): replace(a, subject=b.subject, subject_text=b.subject_text)
        for a, b in zip(after, before, strict=True)
    }
    return [mirrored.get(id(c), c) for c in claims]
