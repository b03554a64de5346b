"""Ingest the bundled example and three real corpus announcements, then query across them
(the README's walk-through), on DuckDB and on PostgreSQL where a server starts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pg_server import empty_store

import tieout
from tieout.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tieout" / "examples" / "sensetime-2024-interim.txt"
CORPUS = sorted((Path(__file__).parent / "data").glob("anxin_*.layout.txt"))
DOCUMENTS = [EXAMPLE, *CORPUS]

ACROSS = (
    "SELECT f.format, count(l.line) AS lines,"
    " count(*) FILTER (WHERE lower(l.text) LIKE '%turnover%' OR lower(l.text) LIKE '%revenue%')"
    " AS revenue_lines"
    " FROM filings f JOIN source_lines l USING (sha256)"
    " GROUP BY f.source, f.format ORDER BY f.source"
)


def expected_lines() -> list[dict[str, object]]:
    """What the reader makes of each document: the store must hold exactly that."""
    out = []
    for path in sorted(DOCUMENTS, key=str):
        document = tieout.read(path).document
        assert document is not None
        texts = [line.text.lower() for line in document.lines]
        revenue = sum("turnover" in t or "revenue" in t for t in texts)
        out.append({"format": document.format, "lines": len(texts), "revenue_lines": revenue})
    return out


# "revenue of every filing in 2024H1", from the income statements
REVENUE_2024H1 = (
    "SELECT f.period_start, f.period_end, x.label, x.value, x.unit, x.line"
    " FROM facts x JOIN filings f USING (sha256)"
    " JOIN tables t ON t.sha256 = x.sha256 AND t.table_id = x.table_id"
    " WHERE x.concept = 'Revenue' AND t.kind = 'income_statement'"
    " AND x.period_start = DATE '2024-01-01' AND x.period_end = DATE '2024-06-30'"
)


def ingest_and_query(db: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["ingest", *map(str, DOCUMENTS), "--db", db]) == 0
    stored = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in stored] == [f"stored {d}" for d in DOCUMENTS]
    assert main(["query", REVENUE_2024H1, "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "period_start": "2024-01-01",
            "period_end": "2024-06-30",
            "label": "Revenue",
            "value": "1739717000",
            "unit": "RMB'000",
            "line": 395,
        }
    ]
    assert main(["query", ACROSS, "--db", db, "--format", "json"]) == 0
    return list(json.loads(capsys.readouterr().out))


@pytest.mark.corpus
def test_corpus_into_duckdb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(CORPUS) == 3
    assert ingest_and_query(str(tmp_path / "corpus.duckdb"), capsys) == expected_lines()


@pytest.mark.corpus
@pytest.mark.postgres
def test_corpus_into_postgres(postgres_dsn: str, capsys: pytest.CaptureFixture[str]) -> None:
    empty_store(postgres_dsn)
    assert ingest_and_query(postgres_dsn, capsys) == expected_lines()
    # re-ingesting replaces: still four filings
    assert main(["ingest", str(EXAMPLE), "--db", postgres_dsn]) == 0
    assert capsys.readouterr().out.startswith(f"replaced {EXAMPLE}")
    assert (
        main(
            ["query", "SELECT count(*) AS n FROM filings", "--db", postgres_dsn, "--format", "csv"]
        )
        == 0
    )
    assert capsys.readouterr().out == "n\n4\n"


@pytest.mark.postgres
def test_web_report_over_postgres(postgres_dsn: str) -> None:
    from fastapi.testclient import TestClient
    from filing_fixture import fixture_report

    from tieout.web import create_app

    empty_store(postgres_dsn)
    report = fixture_report()
    client = TestClient(create_app(postgres_dsn))
    client.app.state.store.save(report)  # type: ignore[attr-defined]
    page = client.get(f"/filings/{report.filing.sha256}")
    assert page.status_code == 200
    assert 'class="num s-contradicted" id="c-t01-4-0"' in page.text
    assert client.get("/api/filings").json()[0]["errors"] == 2


@pytest.mark.corpus
def test_pdf_pages_over_postgres(postgres_dsn: str) -> None:
    """The PDF is kept as BYTEA and its pages are shown from it, as with DuckDB."""
    from fastapi.testclient import TestClient

    from tieout.store import Store, ingest_path
    from tieout.web import create_app

    pdf = ROOT / "tests" / "data" / "pdf" / "anxin_2012_interim_p2-5.pdf"
    empty_store(postgres_dsn)
    with Store.open(postgres_dsn) as store:
        sha = ingest_path(store, pdf).sha256
        assert store.document(sha) == ("pdf", pdf.read_bytes())
    client = TestClient(create_app(postgres_dsn))
    page = client.get(f"/filings/{sha}/pages/2")
    assert page.status_code == 200
    assert 'class="box s-verified" id="c-t02-9-0"' in page.text
    image = client.get(f"/filings/{sha}/pages/2.png")
    assert image.headers["content-type"] == "image/png"
    assert image.content.startswith(b"\x89PNG")
