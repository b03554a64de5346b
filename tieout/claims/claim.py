"""A claim: one figure of a sentence, with what it is about, its kind and its period."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tieout.claims.figures import DateRef, Figure
from tieout.claims.subjects import Subject
from tieout.model import SourceSpan


class ClaimKind(StrEnum):
    AMOUNT = "amount"
    CHANGE = "change"
    SHARE = "share"
    MARGIN = "margin"
    RATIO = "ratio"


@dataclass(frozen=True, slots=True)
class Mention:
    subject: Subject
    start: int
    end: int
    qualified_by: str | None = None  # the section heading that names the segment


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure a sentence states, with what it is about."""

    kind: ClaimKind
    figure: Figure
    subject: Subject | None  # None: the sentence names nothing tieout knows
    subject_text: str  # the words the sentence uses
    line: int
    sentence: str
    sentence_span: SourceSpan
    date: DateRef | None = None  # the period the figure is for (None: the current one)
    direction: int = 0  # +1 increase, -1 decrease (changes only)
    base: Subject | None = None  # the whole of a share ("of total revenue")
    qualifier: str | None = None  # "over", "less than", "approximately", "nearly"
    respectively: int | None = None  # position among figures stated "respectively"

    @property
    def span(self) -> SourceSpan:
        return self.figure.span

    @property
    def claimed(self) -> str:
        return self.figure.text
