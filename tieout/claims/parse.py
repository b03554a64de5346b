"""Read the claims a sentence makes: which figure, about what, of which kind, for when.

A claim is one figure of a sentence with its subject: an amount ("revenue ... RMB1,739.7
million"), a change ("increased by 21.4%"), a share ("accounting for 60.4% of total
revenue"), a margin ("gross profit margin of 44.1%") or a ratio ("gearing ratio was -0.6%").
Subjects are found with the filing's vocabulary (subjects.py); the nearest subject before a
figure is the one the figure is about, when only linking words tie the two (tie.py): "PPE of
HK$4.4 million was acquired" and "segment revenue" state nothing about PPE or revenue.
Periods come from periods.py.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tieout.claims.claim import Claim, ClaimKind, Mention
from tieout.claims.figures import (
    DATE,
    MONEY,
    PERCENT,
    DateRef,
    Figure,
    parse_date,
    parse_money,
    parse_percent,
)
from tieout.claims.periods import DIRECTION, date_of, mirror_comparisons, number_respectively
from tieout.claims.sentences import Sentence, paragraphs, split_sentences
from tieout.claims.subjects import Subject, Vocabulary, fold_case
from tieout.claims.tie import described_as_part, owned, plain_lead, tied, tied_head
from tieout.model import Document, Line, Unit

_SHARE_AFTER = re.compile(
    r"^\s*(?:of|to)\b(?!\s+(?:RMB|HK|US|S\$|\$|\d|-\d))|^\s*(?:market )?share\b", re.IGNORECASE
)
_SHARE_BEFORE = re.compile(
    r"(?:accounting for|accounted for|representing|represented|contribut\w*|"
    r"as a percentage of)\s+(?:over |about |approximately |around |nearly |more than |"
    r"less than )?$",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"(?:(?P<q>over|more than|less than|approximately|about|around|nearly|almost|under))\s+$",
    re.IGNORECASE,
)
_STOP = re.compile(r"\bcompared\b|\bversus\b|\bwhile\b|\bagainst\b|;|\(|\bfrom\b", re.I)
_NOT_A_CLAIM_AFTER = re.compile(r"^\s*per\b", re.IGNORECASE)
_NOT_A_CLAIM_BEFORE = re.compile(r"(?:exchange rate|price|rate)\b.{0,30}$", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\b(?:from|to)\s+$", re.IGNORECASE)
_PART_OF = re.compile(
    r"(?<!compared )\bwith\b|\b(?:certain|secured|pledged|guaranteed)\b", re.IGNORECASE
)
_COMPARED = re.compile(r"\bcompared (?:to|with)\b|\bversus\b|\bagainst\b", re.IGNORECASE)
_WINDOW = 60  # how far (characters) a direction word may sit from its percentage


def find_mentions(text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Subject mentions in a text, longest first, never overlapping."""
    found: list[Mention] = []
    folded = fold_case(text)
    for subject in vocabulary.subjects:
        literal = subject.literal  # `Subject.may_occur_in`, inline: this loop is hot
        if literal is not None and literal not in folded:
            continue  # a cheap test first: most of a filing's labels are not in a sentence
        for match in subject.pattern.finditer(text):
            found.append(Mention(subject, match.start(), match.end()))
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    chosen: list[Mention] = []
    for mention in found:
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


# Text that every match of MONEY holds (a currency), and of PERCENT (a percent sign or word).
_MONEY_SIGNS = ("$", "RMB", "HKD", "USD", "SGD", "£", "€")
_PERCENT_SIGNS = ("%", "per cent", "percent")


def find_figures(sentence: Sentence) -> list[Figure]:
    """Money and percentage figures of a sentence, in order."""
    figures: list[Figure] = []
    text = sentence.text  # most sentences state no figure: a quick look before each pattern
    for match in MONEY.finditer(text) if _holds(text, _MONEY_SIGNS) else ():
        value, decimals, unit = parse_money(match)
        figures.append(_figure(sentence, match, value, decimals, unit))
    for match in PERCENT.finditer(text) if _holds(text, _PERCENT_SIGNS) else ():
        value, decimals, unit = parse_percent(match)
        if _bracketed_after_colon(sentence.text, match.start(), match.end()):
            value = -value  # "(2023: (3.8%))": a negative percentage
        figures.append(_figure(sentence, match, value, decimals, unit))
    return sorted(figures, key=lambda f: f.start)


def _holds(text: str, signs: tuple[str, ...]) -> bool:
    return any(sign in text for sign in signs)


def _bracketed_after_colon(text: str, start: int, end: int) -> bool:
    return (
        text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
        and text[: start - 1].rstrip().endswith(":")
    )


def _figure(
    sentence: Sentence, match: re.Match[str], value: Decimal, decimals: int, unit: Unit
) -> Figure:
    start, end = match.start(), match.end()
    return Figure(match.group(0), value, decimals, unit, start, end, sentence.span(start, end))


def sentence_claims(
    sentence: Sentence,
    vocabulary: Vocabulary,
    heading: Subject | None = None,
    narrative: bool = False,
) -> list[Claim]:
    """Every claim of one sentence, in the order its figures are printed."""
    figures = find_figures(sentence)
    if not figures:
        return []
    text = sentence.text
    mentions = find_mentions(text, vocabulary)
    dates = [parse_date(m) for m in DATE.finditer(text)]
    claims: list[Claim] = []
    stated: dict[int, Mention | None] = {}  # figure index -> the mention it states
    for i, figure in enumerate(figures):
        restated = _restated_figure(text, figures, i)
        if _not_a_claim(text, figure) or (restated is not None and restated not in stated):
            continue  # a comparative of a figure that states no claim states none either
        prev_end = figures[i - 1].end if i else 0
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(text)
        if restated is not None:
            mention = stated[restated]
        else:
            mention = _stated_mention(text, mentions, figure)
        stated[i] = mention
        subject = _subject_of(text, mention, heading)
        if mention is not None:
            subject_text = text[mention.start : mention.end]
        elif restated is not None:
            subject_text = _words_before(text, figures[restated])
        else:
            subject_text = _words_before(text, figure)
        kind, direction, base = ClaimKind.AMOUNT, 0, None
        if not figure.is_percent and mention is None and not narrative:
            continue  # an amount of something tieout cannot name, in a note
        if figure.is_percent:
            read = _percent_kind(text, figure, subject, mentions, prev_end, next_start)
            if read is None:
                continue
            kind, direction, base = read
            measure = _another_measure(text, figure, mention)
            if measure is not None:
                subject, subject_text = None, measure  # not the reported figures' change
            if kind is ClaimKind.SHARE and _is_market_share(text, figure):
                subject, subject_text = None, "market share"
            if kind is ClaimKind.SHARE and subject is not None and base is subject:
                subject = None
        date = None if kind is ClaimKind.CHANGE else date_of(text, figure, dates)
        if kind is ClaimKind.AMOUNT and date is None and _from_figure(text, figures, i):
            if _MANY_YEARS.search(text):
                subject = None  # "grown from £173.2m to £521.7m in the past ten years"
            date = DateRef(None, None, None, figure.start, figure.end, prior=True)
        claims.append(
            Claim(
                kind=kind,
                figure=figure,
                subject=subject,
                subject_text=subject_text,
                line=figure.span.line,
                sentence=text,
                sentence_span=sentence.span(),
                date=date,
                direction=direction,
                base=base,
                qualifier=_qualifier(text, figure),
            )
        )
    return number_respectively(text, mirror_comparisons(text, claims, mentions), dates)


_FROM = re.compile(r"\bfrom\s+(?:approximately\s+|about\s+|around\s+)?$", re.I)
_TO_NEXT = re.compile(r"^\s*(?:in\s+[^,;]{1,40}?\s+)?to\s+(?:approximately\s+|about\s+)?$", re.I)
_MANY_YEARS = re.compile(
    r"\b(?:past|last|over\s+the(?:\s+past|\s+last)?)\s+(?:\w+\s+)?years\b"
    r"|\bsince\s+(?:19|20)\d\d\b|\bCAGR\b",
    re.I,
)


def _from_figure(text: str, figures: list[Figure], index: int) -> bool:
    """The first figure of 'grew from £309.4m to £332.2m': the level it grew from, of the
    period before (unless the sentence spans several years, when its period is unknown)."""
    figure = figures[index]
    if index + 1 >= len(figures) or not _FROM.search(text, 0, figure.start):
        return False
    return bool(_TO_NEXT.match(text[figure.end : figures[index + 1].start]))


def _stated_mention(text: str, mentions: list[Mention], figure: Figure) -> Mention | None:
    """The mention a figure states a value of, if any."""
    mention = _mention_before(mentions, figure.start, text)
    if mention and _PART_OF.search(text, mention.end, figure.start):
        return None  # "borrowings with carrying amount of X": a part, not the whole
    if mention and not _exempt(mention) and not _states(text, mention, figure):
        return None  # "PPE of HK$4.4 million was acquired": not the balance of PPE
    return mention


_COMPARATIVE_ASIDE = re.compile(r"\(\s*(?:19|20)\d{2}\s*:[^()]*$")


def _restated_figure(text: str, figures: list[Figure], index: int) -> int | None:
    """The figure that a comparative aside restates for another period: in "profit of
    HK$74.38 million (2009: loss of HK$580.24 million)" the second figure is the first's
    subject a year earlier, whatever word ('loss') the aside puts before it."""
    figure = figures[index]
    aside = _COMPARATIVE_ASIDE.search(text, 0, figure.start)
    if aside is None or index == 0:
        return None
    before = figures[index - 1]
    if before.end <= aside.start() and not text[before.end : aside.start()].strip():
        return index - 1
    return None


def _not_a_claim(text: str, figure: Figure) -> bool:
    """Prices, exchange rates and per-share amounts are facts of another kind."""
    after, before = text[figure.end :], text[: figure.start]
    return bool(_NOT_A_CLAIM_AFTER.match(after) or _NOT_A_CLAIM_BEFORE.search(before))


def _states(text: str, mention: Mention, figure: Figure) -> bool:
    """An amount must be tied to its mention; any figure must not be of another noun's."""
    before = text[: mention.start]
    if figure.is_percent:
        return (
            plain_lead(before)
            and not owned(before)
            and tied_head(text, mention.end, figure.start)
            and not _several_respectively(text, mention)
        )
    if _several_respectively(text, mention) or _INCLUDED_IN.match(text):
        return False
    if _COUNTERFACTUAL.search(text):
        return False
    if described_as_part(text[figure.end :]) or _OF_ANOTHER.match(text, figure.end):
        return False
    return tied(text, mention.start, mention.end, figure.start)


# "Had these companies been consolidated from 1st October, 2020, the consolidated statement
# ... would show pro-forma revenue of HK$943,609,000": what would have been, not what was.
_COUNTERFACTUAL = re.compile(
    r"^\s*had\b|\bwould\s+(?:have|show|be)\b|\bpro[\s-]?forma\b", re.IGNORECASE
)
# "$3.0 billion of IPR&D and $1.4 billion of developed technology rights": the amount is of
# the noun after it, not of the subject named before.
_OF_ANOTHER = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|that\s+)?(?:year|period|quarter|month|\d))[A-Za-z]", re.I
)


_INCLUDED_IN = re.compile(r"^\s*(?:included|including) in\b", re.IGNORECASE)
_AND_SUBJECT = re.compile(r"\band\s+(?:the\s+)?$", re.IGNORECASE)


def _several_respectively(text: str, mention: Mention) -> bool:
    """ "gross profit and profit for the year amounted to X and Y respectively"."""
    if "respectively" not in text.lower():
        return False
    return bool(_AND_SUBJECT.search(text[: mention.start]))


def _exempt(mention: Mention) -> bool:
    """Defined measures named precisely enough to need no tie ("the net proceeds ... were")."""
    return mention.subject.derived in ("proceeds", "gearing")


def _mention_before(mentions: list[Mention], position: int, text: str) -> Mention | None:
    """The nearest mention before a figure, passing over ", which comprise X," asides."""
    before = [m for m in mentions if m.end <= position and not _in_aside(text, m, position)]
    return before[-1] if before else None


_ASIDE = re.compile(r",\s*(?:which|who|including|excluding|mainly|primarily)\b[^,]*,|\([^)]*\)")


def _in_aside(text: str, mention: Mention, position: int) -> bool:
    return any(
        a.start() < mention.start and mention.end <= a.end() <= position
        for a in _ASIDE.finditer(text)
    )


_EXPLICIT_WHOLE = re.compile(r"(?:total|group|group's|consolidated|overall)", re.IGNORECASE)
_NAME_WORD = re.compile(r"([A-Z][\w&-]*)(?:\s+business(?:'s|')?|\s+segment(?:'s)?|'s|')?\s*$")
_COMMON_CAPITALS = frozenset({"Our", "The", "Its", "Their", "Total", "Group", "Group's", "We"})


def _subject_of(text: str, mention: Mention | None, heading: Subject | None) -> Subject | None:
    """The mention's subject; a bare "revenue" under a segment's heading is that segment's."""
    if mention is None:
        return None
    subject = mention.subject
    if subject.from_filing and _narrowed(text, mention):
        return None  # "revenues from the U.S. government": not the segment's "Government" row
    if not subject.generic:
        return subject
    written = text[mention.start : mention.end]
    lead_in = text[max(0, mention.start - 16) : mention.start]
    if _EXPLICIT_WHOLE.search(written) or _EXPLICIT_WHOLE.search(lead_in):
        return subject
    named = _NAME_WORD.search(text[: mention.start])
    if named and named.group(1) not in _COMMON_CAPITALS and mention.start > named.end(1):
        return None  # "Smart City business' revenue": a part tieout cannot name
    return heading if heading is not None else subject


_MODIFIER = re.compile(r"(?:\b[A-Z][\w&.-]*|\b(?:[A-Z]\.){2,})\s*$")


def _narrowed(text: str, mention: Mention) -> bool:
    """A row label of the filing named with a proper name before it ('U.S. government',
    'Federal grants'): the prose speaks of a narrower thing than the row."""
    modifier = _MODIFIER.search(text, 0, mention.start)
    return modifier is not None and modifier.group(0).strip() not in _COMMON_CAPITALS


def _words_before(text: str, figure: Figure, count: int = 6) -> str:
    words = re.findall(r"[\w'&-]+", text[: figure.start])
    return " ".join(words[-count:])


def _percent_kind(
    text: str,
    figure: Figure,
    subject: Subject | None,
    mentions: list[Mention],
    prev_end: int,
    next_start: int,
) -> tuple[ClaimKind, int, Subject | None] | None:
    """What a percentage states; None when it is no claim (a tax rate, a threshold)."""
    derived = subject.derived if subject else None
    if derived and derived.startswith("margin"):
        return ClaimKind.MARGIN, 0, None
    if derived == "gearing":
        return ClaimKind.RATIO, 0, None
    before = text[prev_end : figure.start]
    after = text[figure.end : next_start]
    if _LEVEL_BEFORE.search(before):
        return None  # "from 10% to 5%": levels of something, not a change
    if _SHARE_BEFORE.search(before) or _SHARE_AFTER.match(text[figure.end :]):
        return ClaimKind.SHARE, 0, _base_of(mentions, figure, next_start)
    direction = _direction(text, figure, prev_end, next_start)
    if direction:
        return ClaimKind.CHANGE, direction, None
    if re.search(r"year-on-year|period-over-period|yoy", after[:20], re.IGNORECASE):
        return ClaimKind.CHANGE, 1 if figure.value >= 0 else -1, None
    return None


def _base_of(mentions: list[Mention], figure: Figure, next_start: int) -> Subject | None:
    for mention in mentions:
        if figure.end <= mention.start < min(next_start, figure.end + _WINDOW):
            return mention.subject
    return None


_ANOTHER_MEASURE = re.compile(
    r"(?:comparable|same[- ]store|like[- ]for[- ]like|organic|constant[- ]currency)"
    r"(?:\s+(?:store|stores))?(?:\s+(?:sales|revenues?|growth))?",
    re.IGNORECASE,
)


def _another_measure(text: str, figure: Figure, mention: Mention | None) -> str | None:
    """A change of a measure the statements do not print: 'the 6.4% comparable sales
    decline', 'same-store sales grew 3%', 'organic growth of 5%'. None for any other."""
    clause_end = _clause_end(text, figure.end)
    after = _ANOTHER_MEASURE.search(text, figure.end, min(clause_end, figure.end + _WINDOW))
    if after is not None:
        return after.group(0)  # 'the 6.4% comparable sales decline', '... on a comparable basis'
    start = mention.start if mention is not None else _clause_start(text, figure.start)
    before = _ANOTHER_MEASURE.search(text, max(0, start - 25), figure.start)
    return before.group(0) if before is not None else None


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` begins (after the last comma or semicolon)."""
    return max(text.rfind(",", 0, position), text.rfind(";", 0, position)) + 1


def _clause_end(text: str, position: int) -> int:
    """Where the clause holding `position` ends (its next comma, semicolon or the end)."""
    ends = [i for i in (text.find(",", position), text.find(";", position)) if i >= 0]
    return min(ends, default=len(text))


def _is_market_share(text: str, figure: Figure) -> bool:
    return bool(re.match(r"\s*(?:market )?share\b", text[figure.end :], re.IGNORECASE))


def _direction(text: str, figure: Figure, prev_end: int, next_start: int) -> int:
    """+1 or -1 from the nearest increase/decrease word of the figure's clause, else 0."""
    low = max(prev_end, figure.start - _WINDOW)
    high = min(next_start, figure.end + _WINDOW)
    best: tuple[int, int] | None = None
    for match in DIRECTION.finditer(text, low, high):
        distance = figure.start - match.end() if match.end() <= figure.start else match.start()
        distance = distance if match.end() <= figure.start else match.start() - figure.end
        sign = 1 if match["up"] else -1
        if best is None or distance < best[0]:
            best = (distance, sign)
    return best[1] if best else 0


def _qualifier(text: str, figure: Figure) -> str | None:
    match = _QUALIFIER.search(text[max(0, figure.start - 20) : figure.start])
    return match["q"].lower() if match else None


def read_claims(
    document: Document, vocabulary: Vocabulary, narrative_end: int | None = None
) -> list[Claim]:
    """Every claim of the document's prose, in reading order.

    Before `narrative_end` (the first line of the financial statements) an amount is a
    claim even when its subject names nothing tieout knows ("pledged buildings with a
    carrying amount of RMB4,270.4 million"): it is listed, unresolved. In the notes such
    amounts are details of the note, not claims.
    """
    claims: list[Claim] = []
    for heading, block in paragraphs(document):
        section = heading_subject(heading, vocabulary) if heading is not None else None
        narrative = narrative_end is None or block[0].number < narrative_end
        for sentence in split_sentences(block):
            claims.extend(sentence_claims(sentence, vocabulary, section, narrative))
    return claims


def heading_subject(line: Line, vocabulary: Vocabulary) -> Subject | None:
    """The filing's own subject a heading names ("SMART AUTO" -> the Smart Auto row)."""
    text = line.fields[0].text.strip()
    for subject in vocabulary.subjects:
        if subject.from_filing and subject.pattern.fullmatch(text):
            return subject
    return None
