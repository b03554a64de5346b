"""The store on real DuckDB (and PostgreSQL where a server starts): round trip, replace,
atomic failure, statuses, queries across filings, and the ingest/query commands."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from filing_fixture import FIXTURE_TEXT, SCRIPT_LABEL, fixture_report
from pg_server import empty_store

from tieout.cli import main
from tieout.errors import StoreError
from tieout.model import Report
from tieout.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "tieout" / "examples" / "sensetime-2024-interim.txt"

VARIANT_TEXT = FIXTURE_TEXT.replace("Example Holdings Limited", "Variant Group Ltd").replace(
    "INTERIM RESULTS", "HALF-YEAR RESULTS"
)


def counts(store: Store) -> dict[str, int]:
    tables = [
        "filings",
        "table_cells",
        "facts",
        "checks",
        "check_facts",
        "findings",
        "source_lines",
    ]
    return {t: store.query(f"SELECT count(*) FROM {t}").rows[0][0] for t in tables}


def with_huge_value(report: Report) -> Report:
    """The same filing (same sha256) whose last fact no longer fits DECIMAL(38,10)."""
    filing = report.filing
    facts = (*filing.facts[:-1], replace(filing.facts[-1], value=Decimal("1E+40")))
    return replace(report, filing=replace(filing, facts=facts))


def round_trip(store: Store) -> None:
    report = fixture_report()
    assert store.save(report) is False
    loaded = store.load(report.filing.sha256)
    assert loaded is not None
    assert loaded.report == report
    assert loaded.line_text(11) == f"{SCRIPT_LABEL}\t(150)\t(120)"
    assert loaded.status == "errors"


def replace_not_duplicate(store: Store) -> None:
    report = fixture_report()
    store.save(report)
    before = counts(store)
    assert store.save(report) is True
    assert counts(store) == before
    assert before == {
        "filings": 1,
        "table_cells": 16,
        "facts": 15,
        "checks": 10,
        "check_facts": 21,
        "findings": 3,
        "source_lines": 20,
    }


def failed_save_changes_nothing(store: Store) -> None:
    report = fixture_report()
    store.save(report)
    before = counts(store)
    with pytest.raises(StoreError, match="does not fit"):
        store.save(with_huge_value(report))
    assert counts(store) == before
    loaded = store.load(report.filing.sha256)
    assert loaded is not None and loaded.report == report


def pdf_like_variant(report: Report) -> Report:
    """The fixture as a PDF would give it: pages and boxes on every span, USD million,
    a member column with its own unit, nil and malformed cells, a note reference."""
    from tieout.model import BBox, CellFlag, ColumnRole, Measure, Unit

    def moved(span):  # type: ignore[no-untyped-def]
        if span is None:
            return None
        box = BBox(float(span.col_start) * 5.5, 100.25 + span.line, span.col_end * 5.5, 110.5)
        return span._replace(page=2 + span.line // 10, bbox=box)

    usd = Unit(Measure.MONETARY, "USD", 6)
    per_share = Unit(Measure.PER_SHARE, "USD", 0)
    tables = []
    for table in report.filing.tables:
        columns = (
            table.columns[0],
            replace(
                table.columns[1], member="Share capital", unit=per_share, role=ColumnRole.VALUE
            ),
        )
        rows = []
        for row in table.rows:
            cells = []
            for cell in row.cells:
                flags = cell.flags
                if (row.index, cell.column) == (1, 0):
                    flags = frozenset({CellFlag.MALFORMED})
                if (row.index, cell.column) == (0, 1):
                    flags = frozenset({CellFlag.NIL})
                cells.append(replace(cell, span=moved(cell.span), flags=flags))
            rows.append(
                replace(row, cells=tuple(cells), label_span=moved(row.label_span), notes="4(a)")
            )
        tables.append(replace(table, unit=usd, columns=columns, rows=tuple(rows), page=3))
    facts = tuple(
        replace(f, span=moved(f.span), unit=usd, value=f.printed * 10**6)
        for f in report.filing.facts
    )
    filing = replace(
        report.filing, tables=tuple(tables), facts=facts, format="pdf", pages_read=(1, 2, 3)
    )
    checks = tuple(replace(c, spans=tuple(moved(s) for s in c.spans)) for c in report.checks)
    return replace(report, filing=filing, checks=checks)


def pdf_like_variant_round_trips(store: Store) -> None:
    report = pdf_like_variant(fixture_report())
    store.save(report)
    loaded = store.load(report.filing.sha256)
    cell = store.query(
        "SELECT page, bbox, flags FROM table_cells WHERE table_id = 't01' AND row = 1 AND col = 0"
    ).rows
    column = store.query(
        "SELECT member, measure, currency, scale FROM table_columns WHERE table_id = 't01' AND col = 1"
    ).rows
    assert loaded is not None and loaded.report == report
    assert cell == [(2, "[82.5, 109.25, 104.5, 110.5]", "malformed")]  # "(600)": columns 15-19
    assert column == [("Share capital", "per_share", "USD", 0)]


SCENARIOS = [
    round_trip,
    replace_not_duplicate,
    failed_save_changes_nothing,
    pdf_like_variant_round_trips,
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda f: f.__name__)
def test_duckdb(scenario, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(tmp_path / "t.duckdb") as store:
        scenario(store)


@pytest.mark.postgres
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda f: f.__name__)
def test_postgres(scenario, postgres_dsn: str) -> None:  # type: ignore[no-untyped-def]
    empty_store(postgres_dsn)
    with Store.open(postgres_dsn) as store:
        scenario(store)


def test_cell_statuses_are_stored(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.duckdb") as store:
        store.save(fixture_report())
        rows = store.query(
            "SELECT table_id, row, col, status FROM table_cells ORDER BY table_id, row, col"
        ).rows
    assert rows == [
        ("t01", 0, 0, "verified"),
        ("t01", 0, 1, "verified"),
        ("t01", 1, 0, "verified"),
        ("t01", 1, 1, "verified"),
        ("t01", 2, 0, "contradicted"),
        ("t01", 2, 1, "verified"),
        ("t01", 3, 0, "contradicted"),
        ("t01", 3, 1, "verified"),
        ("t01", 4, 0, "contradicted"),
        ("t01", 4, 1, "verified"),
        ("t02", 0, 0, "verified"),
        ("t02", 0, 1, "not_covered"),
        ("t02", 1, 0, "verified"),
        ("t02", 1, 1, "inferred"),
        ("t02", 2, 0, "verified"),
        ("t02", 2, 1, "not_covered"),
    ]


def test_query_across_filings(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.duckdb") as store:
        store.save(fixture_report())
        store.save(fixture_report(VARIANT_TEXT, source="variant.txt"))
        result = store.query(
            "SELECT f.source, x.value, x.status, x.line FROM facts x JOIN filings f USING (sha256)"
            " WHERE x.concept = 'Revenue' AND x.table_id = 't01'"
            " AND x.period_end = DATE '2024-06-30' ORDER BY f.source"
        )
        period = store.query("SELECT DISTINCT period_start, period_end FROM filings").rows
    assert result.columns == ["source", "value", "status", "line"]
    assert result.rows == [
        ("example-holdings-2024.txt", Decimal("1000000"), "verified", 8),
        ("variant.txt", Decimal("1000000"), "verified", 8),
    ]
    assert [(str(a), str(b)) for a, b in period] == [("2024-01-01", "2024-06-30")]


def test_query_error_is_one_line(tmp_path: Path) -> None:
    with (
        Store.open(tmp_path / "t.duckdb") as store,
        pytest.raises(StoreError, match="query failed"),
    ):
        store.query("SELECT nope FROM facts")


def test_ingest_and_query_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.duckdb")
    assert main(["ingest", str(EXAMPLE), "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"stored {EXAMPLE}: d2370ad60534 ")
    assert main(["ingest", str(EXAMPLE), "--db", db]) == 0
    assert capsys.readouterr().out.startswith(f"replaced {EXAMPLE}: d2370ad60534 ")
    sql = "SELECT count(*) AS n, min(line) AS first FROM source_lines"
    assert main(["query", sql, "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": 1209, "first": 1}]
    assert main(["query", sql, "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out == "n,first\n1209,1\n"
    assert main(["query", sql, "--db", db]) == 0
    assert capsys.readouterr().out == "   n  first\n----  -----\n1209      1\n(1 row)\n"


def test_bad_input_and_bad_sql_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.duckdb")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["ingest", str(empty), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"tieout: error: {empty}: ") and err.count("\n") == 1
    assert main(["query", "SELEC 1", "--db", db]) == 3
    err = capsys.readouterr().err
    assert err.startswith("tieout: error: query failed: ") and "Traceback" not in err


def test_query_as_a_dataframe(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.duckdb") as store:
        store.save(fixture_report())
        frame = store.frame(
            "SELECT concept, period_end, value FROM facts WHERE table_id = 't01' AND col = 0"
            " ORDER BY row"
        )
    assert list(frame.columns) == ["concept", "period_end", "value"]
    assert frame.value.tolist() == [
        Decimal(1000000),
        Decimal(-600000),
        Decimal(400000),
        Decimal(-150000),
        Decimal(260000),
    ]
