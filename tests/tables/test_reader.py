"""The text reader keeps the line and columns of every token, through markup and page breaks."""

from pathlib import Path

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
