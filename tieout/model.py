"""The immutable data model that every stage of the pipeline passes on.

read  -> Document (Lines of Fields of Tokens, each with a SourceSpan)
tables -> Table (title, unit, Columns with periods and members, Rows of Cells)
statements -> Filing (classified tables, concepts, facts, reading issues)
checks -> Report (every Check run, the Findings among them, coverage)

All amounts are `Decimal`; nothing here is ever a float except PDF coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

# --------------------------------------------------------------------------- source


class BBox(NamedTuple):
    """A box on a PDF page, in points from the top-left corner (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: BBox) -> BBox:
        return BBox(
            min(self.x0, other.x0),
            min(self.top, other.top),
            max(self.x1, other.x1),
            max(self.bottom, other.bottom),
        )


class SourceSpan(NamedTuple):
    """Where something was printed: a 1-based line and 1-based inclusive columns.

    For PDF input `line` is the line of the page text tieout rebuilt, and `page`
    and `bbox` locate the characters on the page. (Spans, tokens and boxes are named
    tuples: a document has tens of thousands of them, and tuples are built fastest.)
    """

    line: int
    col_start: int
    col_end: int
    page: int | None = None
    bbox: BBox | None = None

    def cover(self, other: SourceSpan) -> SourceSpan:
        """The span from the start of self to the end of other (same line) or self."""
        if other.line != self.line:
            return self
        bbox = self.bbox.union(other.bbox) if self.bbox and other.bbox else self.bbox
        return SourceSpan(
            self.line,
            min(self.col_start, other.col_start),
            max(self.col_end, other.col_end),
            self.page,
            bbox,
        )


class Token(NamedTuple):
    """One whitespace-free word as printed, with its position."""

    text: str
    span: SourceSpan


@dataclass(frozen=True, slots=True)
class Field:
    """A run of tokens that the source separates from its neighbours by a cell gap.

    A gap is a tab in tab-separated text, two or more spaces in `pdftotext -layout`
    text, and a wide horizontal gap in a PDF. `x0`/`x1` give the horizontal extent
    in the reader's own unit: the field's ordinal for tab text, character columns
    for layout text, points for PDF. Only relative positions within one document
    matter.
    """

    tokens: tuple[Token, ...]
    x0: float
    x1: float

    @property
    def text(self) -> str:
        tokens = self.tokens
        if len(tokens) == 1:  # most fields: read very often
            return tokens[0].text
        return " ".join([t.text for t in tokens])


class LineKind(StrEnum):
    TAB = "tab"  # fields delimited by tabs
    SPACED = "spaced"  # fields delimited by runs of spaces (pdftotext -layout, PDF)


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based line number in the text (or the rebuilt page text)
    text: str
    fields: tuple[Field, ...]
    kind: LineKind
    page: int | None = None

    @property
    def is_blank(self) -> bool:
        return not self.fields


@dataclass(frozen=True, slots=True)
class Document:
    """What a reader produces: positioned lines, independent of the input format."""

    source: str  # path or name
    sha256: str
    format: str  # "text", "layout", "pdf"
    lines: tuple[Line, ...]
    pages_read: tuple[int, ...] = ()
    warnings: tuple[ReadingIssue, ...] = ()
    char_width: float = 1.0  # width of one character in x units (1 for text; ~5 points in a PDF)
    page_char_widths: tuple[tuple[int, float], ...] = ()  # (page, digit width) where it differs
    page_count: int = 0  # pages in the PDF (0 for text)

    def char_width_on(self, page: int | None) -> float:
        """The digit width of a page: a page of small print (a wide matrix) has its own."""
        for number, width in self.page_char_widths:
            if number == page:
                return width
        return self.char_width


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A duration (start..end, both inclusive) or an instant (start is None)."""

    end: date
    start: date | None = None

    @property
    def is_instant(self) -> bool:
        return self.start is None

    def to_json(self) -> dict[str, str]:
        if self.start is None:
            return {"instant": self.end.isoformat()}
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    def __str__(self) -> str:
        if self.start is None:
            return self.end.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


class Measure(StrEnum):
    MONETARY = "monetary"
    PERCENT = "percent"
    SHARES = "shares"
    PER_SHARE = "per_share"  # currency per share
    PURE = "pure"  # ratios, counts and anything else


@dataclass(frozen=True, slots=True)
class Unit:
    """What a printed number means: currency and scale (3 for '000, 6 for million)."""

    measure: Measure = Measure.MONETARY
    currency: str | None = None  # normalised code: RMB, HKD, USD, SGD, ... (RMB kept as printed)
    scale: int = 0

    def label(self) -> str:
        scale = {0: "", 3: "'000", 6: " million", 9: " billion"}.get(self.scale, f"e{self.scale}")
        if self.measure is Measure.PERCENT:
            return "%"
        if self.measure is Measure.SHARES:
            return f"shares{scale}"
        if self.measure is Measure.PER_SHARE:
            return f"{self.currency or ''} per share".strip()
        return f"{self.currency or ''}{scale}".strip() or "number"


class ColumnRole(StrEnum):
    VALUE = "value"  # amounts for a period (and member)
    PERCENT = "percent"  # "% of revenue" beside an amount column
    CHANGE = "change"  # period-over-period change
    NOTES = "notes"  # note references
    TEXT = "text"  # non-numeric column (e.g. "Expected timeline")


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    header: str  # the header text over this column, lines joined
    role: ColumnRole
    period: Period | None = None
    member: str | None = None  # matrix member: "Share capital", "Buildings", ...
    unit: Unit | None = None  # None: the table's unit


class CellFlag(StrEnum):
    NIL = "nil"  # printed as a dash: zero
    MALFORMED = "malformed"  # printed but not a well-formed number ("(5.017)")
    INFERRED = "inferred"  # not printed; value follows from arithmetic


@dataclass(frozen=True, slots=True)
class Cell:
    column: int
    text: str  # exactly as printed ("" when nothing was printed)
    value: Decimal | None  # in the column's unit (so "1,739.7" in RMB million is 1739.7)
    decimals: int | None  # digits after the point as printed (XBRL-style precision)
    span: SourceSpan | None
    flags: frozenset[CellFlag] = frozenset()


class RowKind(StrEnum):
    ITEM = "item"
    HEADING = "heading"  # section heading, no values
    SUBTOTAL = "subtotal"
    TOTAL = "total"


@dataclass(frozen=True, slots=True)
class Row:
    index: int
    label: str | None  # None where the text has no label for the row
    concept: str  # IFRS element name or a stable slug
    cells: tuple[Cell, ...]
    kind: RowKind
    lines: tuple[int, ...]  # every source line the row was assembled from
    depth: int = 0  # nesting under headings
    notes: str | None = None  # note reference printed in the notes column
    label_span: SourceSpan | None = None
    unit: Unit | None = None  # a unit the label prints ("loss per share (RMB)"); else the column's

    def cell(self, column: int) -> Cell | None:
        for c in self.cells:
            if c.column == column:
                return c
        return None

    @property
    def line(self) -> int:
        return self.lines[0]


class TableKind(StrEnum):
    INCOME_STATEMENT = "income_statement"
    COMPREHENSIVE_INCOME = "comprehensive_income"
    BALANCE_SHEET = "balance_sheet"
    CHANGES_IN_EQUITY = "changes_in_equity"
    CASH_FLOWS = "cash_flows"
    NOTE = "note"
    MDNA = "mdna"
    OTHER = "other"

    @property
    def is_primary(self) -> bool:
        return self in PRIMARY_KINDS


PRIMARY_KINDS = frozenset(
    {
        TableKind.INCOME_STATEMENT,
        TableKind.COMPREHENSIVE_INCOME,
        TableKind.BALANCE_SHEET,
        TableKind.CHANGES_IN_EQUITY,
        TableKind.CASH_FLOWS,
    }
)


@dataclass(frozen=True, slots=True)
class Table:
    id: str  # stable within a filing: "t01", "t02", ...
    kind: TableKind
    title: str
    unit: Unit
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    lines: tuple[int, int]  # first and last source line
    section: str = ""  # the document heading the table sits under
    note: str | None = None  # note number for note tables ("10", "12(a)")
    page: int | None = None
    reading: str = "standard"  # how its columns were found; another when it foots only so

    def value_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.role is ColumnRole.VALUE)

    def column(self, index: int) -> Column:
        return self.columns[index]


# --------------------------------------------------------------------------- filing


@dataclass(frozen=True, slots=True)
class ReadingIssue:
    """Something the reader could not read cleanly; never silently guessed."""

    code: str  # TO9xx
    message: str
    span: SourceSpan

    @property
    def line(self) -> int:
        return self.span.line


@dataclass(frozen=True, slots=True)
class Fact:
    """One number of one table: a concept's value for a period (and member)."""

    concept: str
    label: str | None
    period: Period | None
    member: str | None
    value: Decimal  # in base units (RMB, not RMB'000); percentages as printed (21.4)
    printed: Decimal  # as printed, in the column's unit
    decimals: int  # precision in base units, XBRL-style: RMB'000 -> -3, RMB million 1dp -> -5
    unit: Unit
    table_id: str
    row: int
    column: int
    span: SourceSpan

    @property
    def amount(self) -> Decimal:
        return self.value


@dataclass(frozen=True, slots=True)
class Filing:
    source: str
    sha256: str
    format: str
    title: str
    tables: tuple[Table, ...]
    facts: tuple[Fact, ...]
    reading_issues: tuple[ReadingIssue, ...]
    document: Document | None = field(default=None, compare=False, repr=False)
    pages_read: tuple[int, ...] = ()

    @property
    def statements(self) -> tuple[Table, ...]:
        return tuple(t for t in self.tables if t.kind.is_primary)

    def table(self, table_id: str) -> Table:
        for t in self.tables:
            if t.id == table_id:
                return t
        raise KeyError(table_id)

    def tables_of(self, kind: TableKind) -> tuple[Table, ...]:
        return tuple(t for t in self.tables if t.kind is kind)


# --------------------------------------------------------------------------- checks


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"  # carries a Finding of severity error or warning
    INFERRED = "inferred"  # a missing printed value follows from arithmetic
    UNRESOLVED = "unresolved"  # could not be evaluated (e.g. a claim's subject not found)


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    message: str
    spans: tuple[SourceSpan, ...]  # every location involved, the primary one first
    expected: Decimal | None = None
    actual: Decimal | None = None
    difference: Decimal | None = None
    table_id: str | None = None

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(sorted({s.line for s in self.spans}))

    @property
    def pages(self) -> tuple[int, ...]:
        """The PDF pages of its spans (none for text input)."""
        return tuple(sorted({s.page for s in self.spans if s.page is not None}))


@dataclass(frozen=True, slots=True)
class Check:
    """One evaluation of one rule, passed or not: the unit of coverage."""

    code: str
    status: Status
    description: str  # the arithmetic, e.g. "16,229,542 = 1,105,190 + 15,789 + ..."
    spans: tuple[SourceSpan, ...]
    facts: tuple[tuple[str, int, int], ...] = ()  # (table_id, row, column) of every fact used
    finding: Finding | None = None

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(sorted({s.line for s in self.spans}))

    @property
    def pages(self) -> tuple[int, ...]:
        """The PDF pages of its spans (none for text input)."""
        return tuple(sorted({s.page for s in self.spans if s.page is not None}))


@dataclass(frozen=True, slots=True)
class Summary:
    checks_run: int
    passed: int
    failed: int
    inferred: int
    unresolved: int
    errors: int  # findings of severity error
    warnings: int  # findings of severity warning
    facts: int  # numeric facts in the filing
    facts_checked: int  # facts that took part in at least one check
    primary_facts: int  # facts of the five primary statements
    primary_facts_checked: int

    @property
    def primary_coverage(self) -> float:
        """Share of primary-statement facts that took part in a check (display only)."""
        return self.primary_facts_checked / self.primary_facts if self.primary_facts else 0.0


@dataclass(frozen=True, slots=True)
class Report:
    """What `check` returns: every check run, the findings among them, and coverage."""

    filing: Filing
    checks: tuple[Check, ...]
    findings: tuple[Finding, ...]
    summary: Summary

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)
