"""Words, lines and fields from positioned characters (no PDF needed)."""

from __future__ import annotations

from tieout.read.pdf_chars import Char
from tieout.read.pdf_words import (
    Word,
    lines_from_words,
    split_fields,
    words_from_chars,
)


def _chars(
    text: str, x: float, top: float = 100.0, step: float = 6.0, gap: float | None = None
) -> list[Char]:
    """One character per letter, `step` apart; a space leaves a gap (`step` unless given)
    and tells words_from_chars that pdfium put a space there."""
    out: list[Char] = []
    space = True
    for ch in text:
        if ch == " ":
            space = True
            x += step if gap is None else gap
            continue
        out.append(Char(ch, x, top, x + step - 0.5, top + 12.0, space))
        space = False
        x += step
    return out


def test_words_fields_and_lines_of_a_table_row() -> None:
    chars = _chars("Total assets", 50) + _chars("3,385,162", 400) + _chars("2,650,270", 480)
    chars += _chars("Goodwill", 50, top=130)
    lines = lines_from_words(words_from_chars(chars))
    assert [line.text for line in lines] == ["Total assets 3,385,162 2,650,270", "Goodwill"]
    fields = split_fields(lines[0])
    assert [" ".join(w.text for w in f) for f in fields] == [
        "Total assets",
        "3,385,162",
        "2,650,270",
    ]
    assert fields[1][0].advance == 6.0


def test_spaced_out_chinese_characters_form_one_word() -> None:
    chars = _chars("使 用權資產", 50, step=12.0, gap=2.0)
    assert [w.text for w in words_from_chars(chars)] == ["使用權資產"]
    # Latin words stay apart where pdfium put a space
    assert [w.text for w in words_from_chars(_chars("Net assets", 50))] == ["Net", "assets"]


def test_a_new_baseline_ends_a_word() -> None:
    chars = _chars("12", 50) + _chars("34", 62, top=140)
    chars[2] = chars[2]._replace(space_before=False)
    assert [w.text for w in words_from_chars(chars)] == ["12", "34"]


def test_bracket_mirrored_by_bidi_is_closed_again() -> None:
    words = [
        Word("於二零二三年一月一日（經審核(", 40, 100, 120, 112, 10),
        Word("(35,258)", 300, 100, 330, 112, 5),
    ]
    (line,) = lines_from_words(words)
    # closed with the partner of the bracket it closes: full-width after full-width
    assert [w.text for w in line.words] == ["於二零二三年一月一日（經審核）", "(35,258)"]
    (line,) = lines_from_words([Word("Balance (audited(", 40, 100, 120, 112, 10)])
    assert line.words[0].text == "Balance (audited)"
    # an opening bracket at the start of a word is left alone
    (line,) = lines_from_words([Word("(Restated)", 40, 100, 80, 112, 5)])
    assert line.words[0].text == "(Restated)"
