"""The text reader keeps the line and columns of every token, through markup and page breaks."""

from pathlib import Path

from tieout.api import document_to_filing
from tieout.model import LineKind
from tieout.read.text import text_to_document


def test_tab_fields_keep_ordinals_and_columns() -> None:
    doc = text_to_document("Revenue\t<i>4(a)</i>\t1,739,717\t1,433,122\n", source="x")
    line = doc.lines[0]
    assert line.kind is LineKind.TAB
    assert [(f.text, f.x0) for f in line.fields] == [
        ("Revenue", 0.0),
        ("4(a)", 1.0),
        ("1,739,717", 2.0),
        ("1,433,122", 3.0),
    ]
    value = line.fields[2].tokens[0]
    assert (value.span.line, value.span.col_start, value.span.col_end) == (1, 21, 29)
    assert line.text[value.span.col_start - 1 : value.span.col_end] == "1,739,717"
    assert doc.warnings == ()  # inline formatting is not a reading issue


def test_spaced_fields_split_on_runs_of_spaces() -> None:
    doc = text_to_document("  Revenue    4     405,937     279,267\n", source="x")
    fields = doc.lines[0].fields
    assert [f.text for f in fields] == ["Revenue", "4", "405,937", "279,267"]
    assert (fields[2].x0, fields[2].x1) == (19.0, 26.0)


def test_structural_markup_is_a_reading_issue_with_its_columns() -> None:
    doc = text_to_document("a\nNon-controlling interests </th <th></th>\t\t\n", source="x")
    (issue,) = doc.warnings
    assert issue.code == "TO903"
    assert (issue.span.line, issue.span.col_start) == (2, 27)


def test_form_feeds_mark_pages_without_shifting_line_numbers() -> None:
    doc = text_to_document("page one\n\fpage two\nmore\n", source="x")
    assert [
        (line.number, line.page, line.fields[0].text if line.fields else "")
        for line in doc.lines[:3]
    ] == [
        (1, 1, "page one"),
        (2, 2, "page two"),
        (3, 2, "more"),
    ]


def test_escaped_dollars_are_unescaped(tmp_path: Path) -> None:
    doc = text_to_document("approximately HK\\$6,351.0 million\n", source="x")
    tokens = [t.text for f in doc.lines[0].fields for t in f.tokens]
    assert "HK$6,351.0" in tokens


# Adobe's 10-K (fiscal 2022), note 3: the footnote '(1)' under the rule of underscores is no
# figure of the table (read as one, it made the labels a column of text).
FOOTNOTE_UNDER_RULE = """\
        The table below represents the final purchase price allocation to total identifiable intangible assets acquired and net
liabilities assumed based on their respective estimated fair values as of December 7, 2020.
                                                                                           Weighted Average
 (dollars in millions)                                                         Amount     Useful Life (years)
      Customer contracts and relationships                               $        290                  10
      Purchased technology                                                        100                   3
      Backlog                                                                      40                   2
      Trademarks                                                                   30                   5
      Total identifiable intangible assets                                        460
      Net liabilities assumed                                                     (31)                N/A
      Goodwill (1)                                                              1,095                 N/A
        Total purchase price                                             $      1,524
_________________________________________
(1)
       Non-deductible for tax purposes.
"""


def test_a_rule_of_underscores_ends_the_table_above_its_footnotes() -> None:
    filing = document_to_filing(text_to_document(FOOTNOTE_UNDER_RULE, source="t.txt"))
    [table] = filing.tables
    assert table.lines == (3, 12)
    assert [(r.label, [c.text for c in r.cells]) for r in table.rows][-3:] == [
        ("Net liabilities assumed", ["(31)", "N/A"]),
        ("Goodwill (1)", ["1,095", "N/A"]),
        ("Total purchase price", ["1,524"]),
    ]
