"""Whether a figure is stated *of* the subject mentioned before it, or of something else.

"Our revenue increased by 21.4% to RMB1,739.7 million" ties the amount to revenue; "property,
plant and equipment of HK$4,350,000 was acquired" and "impairment of trade receivables of
HK$95 million" do not state the subject's balance. A figure is tied to a mention when the
words between them are only linking words (verbs of amount and change, prepositions,
periods, other figures) and the mention is not the object of another noun ("impairment of").
"""

from __future__ import annotations

import re

from tieout.claims.figures import DATE, MONEY, PERCENT

_LINKING = """
    a an the of to at from by in for on as and with against versus than
    was were is are be been being had has have which this that it its our their his her we
    reached recorded achieved amounted amounting totalled totaled totalling totaling stood came
    represented representing accounting accounted compared comparing balance balances
    approximately about around over nearly almost some only roughly respectively slightly
    significantly substantially steadily further also then while same last prior previous
    corresponding preceding group group's company company's total overall
    six three nine twelve months month ended ending year years period periods first second half
    interim annual date dates million billion thousand yoy year-on-year period-on-period
    period-over-period half-on-half day achieving achieve achieves now contributes contributed
    contributing contribution continued continuing remained remaining reaching reporting
    january february march april may june july august september october november december
"""
LINKING_WORDS = frozenset(_LINKING.split())
_DIRECTION_WORD = re.compile(
    r"^(?:increas|decreas|declin|grow|grew|rose|rise|ris|fell|fall|drop|up$|down$|higher|lower|"
    r"reduc|narrow|widen|improv|surg|jump|climb|shr[iu]nk)",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r",\s*(?:a|an|which|who|including|excluding|mainly|primarily)\b[^,]*,|\([^)]*\)"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OWNER = re.compile(r"\b([a-z][a-z-]+)\s+(?:of|on|for|in)\s+(?:the\s+)?$", re.IGNORECASE)
_WHOLE_OWNERS = frozenset({"total", "balance", "amount", "level", "sum", "value", "figure"})


def tied(text: str, mention_start: int, mention_end: int, figure_start: int) -> bool:
    """Whether the words from the mention to the figure only link the two."""
    if owned(text[:mention_start]):
        return False
    gap = _ASIDE.sub(" ", text[mention_end:figure_start])
    for pattern in (MONEY, PERCENT, DATE):
        gap = pattern.sub(" ", gap)
    for word in _WORD.findall(gap):
        low = word.lower()
        if low not in LINKING_WORDS and not _DIRECTION_WORD.match(low):
            return False
    return True


def owned(before: str) -> bool:
    """ "impairment of trade receivables": the mention names what another noun is about."""
    owner = _OWNER.search(before)
    return owner is not None and owner.group(1).lower() not in _WHOLE_OWNERS | LINKING_WORDS
