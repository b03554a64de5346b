"""Every note table of Notes 4 to 14 and every MD&A table of the example is a table.

Each case names the lines the table is printed on (1-based), its kind, its note number and a
few values read by hand: (line, period or None where the header does not say, value as
printed in the table's unit).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from tests.acceptance.helpers import EXAMPLE, read_filing, table_covering, values_on_line
from tieout.model import Filing, Table, TableKind

D24, D23 = "2024-01-01..2024-06-30", "2023-01-01..2023-06-30"
I24, I23 = "2024-06-30", "2023-12-31"

Value = tuple[int, str | None, str]
MDNA: list[tuple[str, int, int, list[Value]]] = [
    ("highlights", 17, 30, [(24, None, "1739717"), (27, None, "-2040685"), (30, None, "-2393395")]),
    (
        "income-statement-repeat",
        95,
        125,
        [(124, None, "-1889638"), (125, None, "-2326165"), (125, None, "-2393395")],
    ),
    (
        "revenue-by-business",
        131,
        139,
        [(136, D24, "1051.2"), (139, D24, "1739.7"), (139, D23, "1433.1")],
    ),
    ("cost-of-sales", 151, 162, [(157, D24, "773.2"), (162, D24, "973.0"), (162, D23, "784.4")]),
    ("ebitda", 216, 232, [(220, None, "-2481.2"), (224, None, "-2040.7"), (232, None, "-2025.8")]),
    (
        "adjusted-net-loss",
        236,
        248,
        [(240, D24, "-2477.2"), (248, D24, "-2326.2"), (248, D23, "-2393.4")],
    ),
    (
        "trade-receivables",
        256,
        260,
        [(259, I24, "8321.0"), (260, I24, "3533.9"), (260, I23, "3720.6")],
    ),
    (
        "receivables-aging",
        266,
        268,
        [(267, I24, "1223.6"), (268, I24, "8324.5"), (268, I23, "7912.0")],
    ),
    (
        "cash-flow-summary",
        278,
        288,
        [(282, D24, "-3523.8"), (282, D23, "-1804.8"), (288, D24, "7626.5")],
    ),
    ("ipo-proceeds", 328, 336, [(331, None, "952.7"), (336, None, "6351.0"), (336, None, "44.8")]),
    ("placing-proceeds", 346, 353, [(349, None, "698.3"), (353, None, "1995.1")]),
]

NOTES: list[tuple[str, int, int, list[Value]]] = [
    ("4(a)", 675, 683, [(679, D24, "1418730"), (683, D24, "1739717"), (683, None, "1433122")]),
    ("4(b)", 691, 700, [(696, I24, "7707098"), (700, I24, "7832920"), (700, I23, "8053936")]),
    ("5", 706, 721, [(710, D24, "1709503"), (721, D24, "3929277"), (721, D23, "3782108")]),
    ("6", 727, 739, [(735, D24, "-33236"), (739, D24, "-53037"), (739, D23, "-754066")]),
    ("6", 743, 747, [(745, None, "-33236"), (747, None, "-36044")]),
    ("7", 793, 799, [(797, D24, "-24523"), (799, D24, "3992"), (799, D23, "124216")]),
    ("8", 807, 811, [(809, D24, "-2456782"), (810, D24, "32441299311"), (811, D23, "-0.10")]),
    ("10", 823, 839, [(825, None, "9967711"), (835, None, "4223246"), (833, None, "-524713")]),
    ("10", 845, 853, [(849, D24, "104568"), (853, D24, "524713"), (853, D23, "422212")]),
    ("11", 857, 876, [(858, I24, "68210"), (876, I24, "5355949"), (876, I23, "5159278")]),
    ("11", 880, 883, [(881, I24, "19210"), (883, I24, "68210"), (883, I23, "62236")]),
    ("11", 887, 889, [(888, None, "1223601"), (889, I24, "8324460"), (889, I23, "7912019")]),
    ("12", 905, 921, [(912, I24, "3575868"), (921, I24, "7399101"), (921, I23, "7049280")]),
    ("12(a)", 927, 936, [(931, D24, "5766378"), (936, D24, "5881280"), (936, None, "5635687")]),
    ("12(b)", 944, 953, [(948, D24, "761097"), (953, D24, "793821"), (953, D23, "820395")]),
    ("12(c)", 963, 971, [(967, D24, "521805"), (971, D24, "724000"), (971, D23, "1033290")]),
    ("12(d)", 977, 985, [(982, None, "-8024"), (985, None, "-10897"), (985, None, "-505252")]),
    ("13", 989, 1007, [(997, None, "1597188"), (997, None, "2262133"), (1003, None, "103885")]),
    ("14", 1011, 1026, [(1016, I24, "3849840"), (1026, I24, "5287295"), (1026, I23, "4473115")]),
    ("14", 1052, 1058, [(1054, I24, "71610"), (1058, I24, "5283105"), (1058, I23, "4469176")]),
    ("14", 1062, 1064, [(1064, None, "5283105"), (1064, None, "4469176")]),
    ("14", 1074, 1081, [(1079, I24, "6653785"), (1081, I24, "6765688"), (1081, I23, "8261995")]),
]


@pytest.fixture(scope="module")
def example() -> Filing:
    return read_filing(EXAMPLE)


def note_matches(printed: str | None, wanted: str) -> bool:
    """'12(a)' is wanted as printed; a table may carry the note alone ('12') or a sub-note."""
    if printed is None:
        return False
    base = wanted.split("(")[0]
    sub_note = re.fullmatch(rf"{re.escape(base)}\(\w+\)", printed)
    return printed in (wanted, base) or sub_note is not None


def holds_values(table: Table, values: list[Value]) -> bool:
    return all(Decimal(v) in values_on_line(table, line, period) for line, period, v in values)


def missing_values(tables: list[Table], values: list[Value]) -> str:
    return "; ".join(
        f"{t.id} {t.lines}: "
        + ", ".join(
            f"line {line} {period} {v}"
            for line, period, v in values
            if Decimal(v) not in values_on_line(t, line, period)
        )
        for t in tables
    )


@pytest.mark.parametrize(
    ("name", "first", "last", "values"), MDNA, ids=[f"{m[0]}-{m[1]}" for m in MDNA]
)
def test_mdna_table(example: Filing, name: str, first: int, last: int, values: list[Value]) -> None:
    tables = table_covering(example, TableKind.MDNA, first, last)
    assert tables, f"no MD&A table over lines {first}-{last} ({name})"
    assert any(holds_values(t, values) for t in tables), missing_values(tables, values)


@pytest.mark.parametrize(
    ("note", "first", "last", "values"), NOTES, ids=[f"note{n[0]}-{n[1]}" for n in NOTES]
)
def test_note_table(example: Filing, note: str, first: int, last: int, values: list[Value]) -> None:
    tables = table_covering(example, TableKind.NOTE, first, last)
    assert tables, f"no note table over lines {first}-{last}"
    assert any(note_matches(t.note, note) for t in tables), [t.note for t in tables]
    assert any(holds_values(t, values) for t in tables), missing_values(tables, values)


def test_property_plant_and_equipment_is_a_matrix(example: Filing) -> None:
    """Note 10's roll-forward has a member per asset class plus a total column."""
    tables = table_covering(example, TableKind.NOTE, 823, 839)
    assert tables
    members = {c.member for t in tables for c in t.columns if c.member}
    assert len(members) == 9, members
    assert any(m.startswith("Buildings and facilities") for m in members)
    assert "Construction in progress" in members
    assert "Total" in members


def test_use_of_proceeds_is_in_hkd_million(example: Filing) -> None:
    tables = table_covering(example, TableKind.MDNA, 328, 336)
    assert tables
    assert any(t.unit.currency == "HKD" for t in tables) or any(
        c.unit is not None and c.unit.currency == "HKD" for t in tables for c in t.columns
    )


def test_mdna_revenue_table_is_rmb_million(example: Filing) -> None:
    tables = table_covering(example, TableKind.MDNA, 131, 139)
    assert tables
    assert any((t.unit.currency, t.unit.scale) == ("RMB", 6) for t in tables)


@pytest.mark.parametrize(
    ("line", "printed", "measure", "currency", "scale", "decimals", "value"),
    [
        (395, "1739717", "monetary", "RMB", 3, -3, "1739717000"),
        (136, "1051.2", "monetary", "RMB", 6, -5, "1051200000"),
        (136, "60.4", "percent", None, 0, 1, "60.4"),
        (419, "-0.08", "per_share", "RMB", 0, 2, "-0.08"),
        (810, "32441299311", "shares", None, 0, 0, "32441299311"),
        (349, "698.3", "monetary", "HKD", 6, -5, "698300000"),
    ],
)
def test_fact_unit_and_precision(
    example: Filing,
    line: int,
    printed: str,
    measure: str,
    currency: str | None,
    scale: int,
    decimals: int,
    value: str,
) -> None:
    """Scale, measure and XBRL-style decimals of a fact follow its column's printed unit."""
    facts = [f for f in example.facts if f.span.line == line and f.printed == Decimal(printed)]
    assert facts
    for fact in facts:
        assert fact.unit.measure.value == measure
        assert fact.unit.scale == scale
        if currency is not None:
            assert fact.unit.currency == currency
        assert fact.decimals == decimals
        assert fact.value == Decimal(value)
