from decimal import Decimal

import pytest

from tieout.numbers import format_amount, parse_number, read_point_as_comma


@pytest.mark.parametrize(
    ("text", "value", "decimals", "percent"),
    [
        ("1,739,717", "1739717", 0, False),
        ("(2,477,212)", "-2477212", 0, False),
        ("1,739.7", "1739.7", 1, False),
        ("(142.4)", "-142.4", 1, False),
        ("21.4%", "21.4", 1, True),
        ("-21.2%", "-21.2", 1, True),
        ("3,992", "3992", 0, False),
        ("0.08", "0.08", 2, False),
        ("(0.10)", "-0.10", 2, False),
        ("32,441,299,311", "32441299311", 0, False),
        ("（64）", "-64", 0, False),
    ],
)
def test_well_formed_numbers(text: str, value: str, decimals: int, percent: bool) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == Decimal(value)
    assert parsed.decimals == decimals
    assert parsed.percent is percent
    assert parsed.malformed is None


@pytest.mark.parametrize("text", ["-", "–", "—", "_", "nil"])
def test_dashes_are_nil(text: str) -> None:
    parsed = parse_number(text)
    assert parsed is not None and parsed.nil and parsed.value == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [("(23,81,324)", "-2381324"), ("(2.122.744)", "-2122744"), ("(1,234", "-1234")],
)
def test_malformed_numbers_are_read_and_flagged(text: str, value: str) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == Decimal(value)
    assert parsed.malformed


@pytest.mark.parametrize("text", ["Revenue", "", "4(a)x", "N.A.", "RMB'000", ", , ,"])
def test_words_are_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_point_read_as_thousands_comma() -> None:
    parsed = parse_number("(5.017)")
    assert parsed is not None and parsed.decimals == 3
    reread = read_point_as_comma(parsed)
    assert reread.value == Decimal(-5017)
    assert reread.malformed == "'5.017' has a point where a thousands comma belongs"


@pytest.mark.parametrize("text", ["0.002", "(0.007)", "0.125"])
def test_a_fraction_of_one_is_never_a_thousands_group(text: str) -> None:
    """RMB0.002 per share: three decimals, but no thousands group starts with a bare 0."""
    parsed = parse_number(text)
    assert parsed is not None
    reread = read_point_as_comma(parsed)
    assert (reread.value, reread.decimals, reread.malformed) == (parsed.value, 3, None)


@pytest.mark.parametrize(
    ("text", "value"), [("RMB(0.007)", "-0.007"), ("$(5)", "-5"), ("HK$(1,234)", "-1234")]
)
def test_a_currency_before_the_bracket_of_a_negative(text: str, value: str) -> None:
    parsed = parse_number(text)
    assert parsed is not None and parsed.value == Decimal(value) and parsed.malformed is None


@pytest.mark.parametrize("text", ["$$5", "RMB$5"])
def test_two_currencies_are_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_format_amount() -> None:
    assert format_amount(Decimal("-16229542")) == "(16,229,542)"
    assert format_amount(Decimal("1739.7"), 1) == "1,739.7"
