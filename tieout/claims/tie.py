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
# ", including X," describes the subject; ", excluding X," makes it another measure (the
# total borrowings excluding the IPO financing are not the total borrowings): no aside.
_ASIDE = re.compile(r",\s*(?:a|an|which|who|including|mainly|primarily)\b[^,]*,|\([^)]*\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OWNER = re.compile(r"\b([a-z][a-z-]+)\s+(?:of|on|for|in|to|from)\s+(?:the\s+)?$", re.IGNORECASE)
_WHOLE_OWNERS = frozenset({"total", "balance", "amount", "level", "sum", "figure"})
# "the Group acquired property, plant and equipment of HK$4.4 million": a transaction.
_TRANSACTION = re.compile(
    r"\b(?:acquired|acquire|acquisition|disposed|disposal|purchased|purchase|paid|received|"
    r"granted|issued|repaid|invested|recognised|recognized|impaired|additions?|transferred|"
    r"sold|raised|drew|drawn|provided|made|incurred on|spent on)\s+(?:the\s+|its\s+|of\s+)?$",
    re.IGNORECASE,
)
# "... bank borrowings of RMB818,650,000 (...) were secured by": a part, described after.
_DESCRIBED_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:were|was|are|is|have been|has been)\s+(?:secured|pledged|guaranteed|"
    r"charged|denominated|repayable|due|classified|reclassified|recognised|recognized|"
    r"transferred|used|utilised|utilized|impaired|written|made|paid|received|settled|"
    r"acquired|disposed|held|invested|restricted|at|bearing|carried)\b"
    r"|^\s*(?:\([^)]*\)\s*)?(?:incurred|arising|attributable to|relating to|in respect of"
    r"|in principal amount)\b",
    re.IGNORECASE,
)
_SEGMENT = re.compile(
    r"\b(?:this|that|the|each|its|such) (?:segment|division|subsidiary|unit|project|fund)\b"
    r"|\b(?:the|this|these|those|such) acquired (?:business(?:es)?|subsidiar(?:y|ies)|"
    r"compan(?:y|ies)|entit(?:y|ies)|group)\b|\bacquirees?\b",
    re.IGNORECASE,
)  # "The acquired business contributed total revenue of HK$33,526,000": not the group's
# "increased by RMB5,663,000", "Revenues decreased $15.0 billion": the amount of a change,
# not a level ("decreased to $12.7 billion" is one).
_CHANGE_BY = re.compile(
    r"(?:increas\w*|decreas\w*|declin\w*|grew|rose|fell|dropped|up|down|reduced)\s+"
    r"(?:(?:\w+\s+){0,2}?by\s+)?(?:approximately\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)


def tied(text: str, mention_start: int, mention_end: int, figure_start: int) -> bool:
    """Whether the words from the mention to the figure only link the two."""
    before = text[:mention_start]
    if not plain_lead(before) or owned(before) or _TRANSACTION.search(before):
        return False
    if _SEGMENT.search(before):
        return False
    if _CHANGE_BY.search(text[:figure_start]):
        return False
    gap = _without_figures(text[mention_end:figure_start])
    for word in _WORD.findall(gap):
        low = word.lower()
        if low not in LINKING_WORDS and not _DIRECTION_WORD.match(low):
            return False
    return True


_LAST_WORD = re.compile(r"([A-Za-z0-9][A-Za-z0-9'’-]*)\s*$")
_VERB_OR_DIRECTION = re.compile(
    r"^(?:was|were|is|are|had|has|have|reached|recorded|achieved|amounted|totall?ed|stood|"
    r"represent\w*|account\w*|contribut\w*|remained|came)$",
    re.IGNORECASE,
)


def _without_figures(gap: str) -> str:
    gap = _ASIDE.sub(" ", gap)
    for pattern in (MONEY, PERCENT, DATE):
        gap = pattern.sub(" ", gap)
    return gap


def plain_lead(before: str) -> bool:
    """Whether the mention starts its noun phrase: "our revenue", not "segment revenue"."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ",.;:()":
        return True
    last = _LAST_WORD.search(stripped)
    if last is None:
        return True
    word = last.group(1).lower()
    if word == "with":  # "products with turnover of": an attribute of another noun
        return False
    if word == "and":  # "bank and other interest income": a compound of two subjects
        return plain_lead(stripped[: last.start()]) and _ends_plainly(stripped[: last.start()])
    return word in LINKING_WORDS or word.isdigit() or _DIRECTION_WORD.match(word) is not None


def _ends_plainly(before: str) -> bool:
    """Whether the text before an "and" ends a clause or a figure (not a noun)."""
    stripped = before.rstrip()
    return (
        not stripped
        or re.search(r"(?:[,.;:()\d%]|million|billion|thousand)$", stripped) is not None
    )


def tied_head(text: str, mention_end: int, figure_start: int) -> bool:
    """For a percentage: the words up to the first verb after the mention only link."""
    gap = _without_figures(text[mention_end:figure_start])
    for word in _WORD.findall(gap):
        low = word.lower()
        if _VERB_OR_DIRECTION.match(low) or _DIRECTION_WORD.match(low):
            return True
        if low not in LINKING_WORDS:
            return False
    return True


def described_as_part(after_figure: str) -> bool:
    """ "RMB818,650,000 (31 December 2022: ...) were secured by ...": a part of the subject."""
    return _DESCRIBED_AFTER.search(after_figure) is not None


def owned(before: str) -> bool:
    """ "impairment of trade receivables": the mention names what another noun is about."""
    owner = _OWNER.search(before)
    return owner is not None and owner.group(1).lower() not in _WHOLE_OWNERS | LINKING_WORDS
