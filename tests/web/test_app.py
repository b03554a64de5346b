"""The web report through FastAPI's TestClient over a real DuckDB store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from filing_fixture import FIXTURE_TEXT, fixture_report

from tieout.store import Store
from tieout.web import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = Store.open(tmp_path / "web.duckdb")
    store.save(fixture_report())
    return TestClient(create_app(store, max_upload_bytes=4096))


SHA = fixture_report().filing.sha256


def test_list_shows_the_filing_and_its_status(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert (
        f'<a href="/filings/{SHA}">Example Holdings Limited interim results 2024</a>' in page.text
    )
    assert '<span class="badge b-errors">errors</span>' in page.text


def test_script_in_a_label_is_shown_as_text(client: TestClient) -> None:
    page = client.get(f"/filings/{SHA}").text
    assert "<script>alert(1)</script>" not in page
    assert "Selling expenses &lt;script&gt;alert(1)&lt;/script&gt;</td>" in page
    # the embedded JSON escapes "<" so it cannot close its <script> element
    data = re.search(r'<script type="application/json" id="cells-data">(.*?)</script>', page, re.S)
    assert data is not None and "<" not in data.group(1)
    # the raw <th> of the document is escaped too
    assert "<h3>REVENUE BY SEGMENT &lt;th&gt;</h3>" in page


def test_numbers_are_coloured_by_status(client: TestClient) -> None:
    page = client.get(f"/filings/{SHA}").text
    cells = {k: s for s, k in re.findall(r'class="num s-(\w+)" id="c-(t\d\d-\d-\d)"', page)}
    assert cells == {
        "t01-0-0": "verified",
        "t01-0-1": "verified",
        "t01-1-0": "verified",
        "t01-1-1": "verified",
        "t01-2-0": "contradicted",
        "t01-2-1": "verified",
        "t01-3-0": "contradicted",
        "t01-3-1": "verified",
        "t01-4-0": "contradicted",
        "t01-4-1": "verified",
        "t02-0-0": "verified",
        "t02-0-1": "not_covered",
        "t02-1-0": "verified",
        "t02-1-1": "inferred",
        "t02-2-0": "verified",
        "t02-2-1": "not_covered",
    }
    assert 'title="contradicted · line 12: Operating profit 260 180"' in page
    assert 'title="inferred · not printed"' in page


def test_findings_link_to_their_numbers_and_claims_are_listed(client: TestClient) -> None:
    page = client.get(f"/filings/{SHA}").text
    assert (
        '<a class="finding-link" href="#c-t01-4-0" data-cell="t01:4:0">'
        "Operating profit does not foot: 400 + (150) = 250, printed 260</a>" in page
    )
    claims = page[
        page.index('<section id="claims">') : page.index(
            "</section>", page.index('<section id="claims">')
        )
    ]
    assert claims.count('<li class="claim') == 2
    assert "<mark>Gross margin was 42.0%</mark>" in claims
    assert "Gross margin is 40.0% (400 / 1,000), the text says 42.0%" in claims


def test_charts_show_mix_margins_and_change(client: TestClient) -> None:
    page = client.get(f"/filings/{SHA}").text
    charts = page[page.index('<section id="charts">') : page.index('<section id="tables">')]
    values = re.findall(r'class="bar-value">([^<]*)</text>', charts)
    # mix 700/1000, 300/1000; margins 2024: gross 40, operating 26; 2023: 37.5, 22.5;
    # change: revenue 25, gross profit 33.3, operating profit 44.4
    assert values == [
        "700 · 70.0%",
        "300 · 30.0%",
        "40.0%",
        "26.0%",
        "37.5%",
        "22.5%",
        "25.0%",
        "33.3%",
        "44.4%",
    ]


def test_json_endpoints(client: TestClient) -> None:
    listed = client.get("/api/filings").json()
    assert [(f["sha256"], f["status"], f["errors"], f["warnings"]) for f in listed] == [
        (SHA, "errors", 2, 1)
    ]
    report = client.get(f"/api/filings/{SHA}").json()
    assert report["statuses"]["t01:4:0"] == "contradicted"
    assert [f["code"] for f in report["findings"]] == ["TO101", "TO702", "TO903"]
    cells = client.get(f"/api/filings/{SHA}/cells").json()
    op = cells["cells"]["t01:4:0"]
    assert op == {
        "text": "260",
        "status": "contradicted",
        "source": [12, None, 18, 20],
        "checks": [3],
    }
    assert cells["rows"]["t01:4"] == "Operating profit"
    assert cells["columns"]["t01:0"] == {"heading": "2024 RMB'000", "unit": "RMB'000"}
    assert cells["lines"]["12"] == "Operating profit\t260\t180"
    assert cells["checks"][2]["description"] == "260 ≠ 400 + (150) = 250"
    assert client.get("/api/filings/ffff").json() == {"ok": False, "error": "no stored filing ffff"}
    assert "/api/filings/{sha256}/cells" in client.get("/openapi.json").json()["paths"]


def test_upload_checks_and_stores_a_document(client: TestClient) -> None:
    text = FIXTURE_TEXT.replace("Example Holdings", "Uploaded <b>Co</b>")
    response = client.post(
        "/upload", files={"file": ("new.txt", text.encode(), "text/plain")}, follow_redirects=False
    )
    assert response.status_code == 303
    target = response.headers["location"]
    page = client.get(target)
    assert page.status_code == 200
    assert "<h1>new.txt</h1>" in page.text
    assert len(client.get("/api/filings").json()) == 2


def test_upload_past_the_size_limit_is_refused_clearly(client: TestClient) -> None:
    big = b"Revenue\t1,000\n" * 400  # 5,600 bytes > 4,096
    response = client.post("/upload", files={"file": ("big.txt", big, "text/plain")})
    assert response.status_code == 413
    assert "the upload is too large: more than 4,096 bytes (the limit is 4,096)" in response.text
    api = client.post("/api/filings", files={"file": ("big.txt", big, "text/plain")})
    assert api.status_code == 413 and api.json()["ok"] is False
    assert len(client.get("/api/filings").json()) == 1


def test_unknown_filing_page_is_404(client: TestClient) -> None:
    response = client.get("/filings/abc")
    assert response.status_code == 404
    assert "no stored filing abc" in response.text


def test_upload_of_a_binary_file_is_a_clear_error(client: TestClient) -> None:
    response = client.post(
        "/upload", files={"file": ("x.bin", bytes(range(256)) * 4, "application/octet-stream")}
    )
    assert response.status_code == 400
    message = re.search(r'<p class="error" id="error-message">(.*?)</p>', response.text)
    assert message is not None
    assert message.group(1) == "x.bin: is a binary file, not text or PDF"
    empty = client.post("/api/filings", files={"file": ("e.txt", b"", "text/plain")})
    assert (empty.status_code, empty.json()) == (400, {"ok": False, "error": "the upload is empty"})


def test_uploaded_markup_in_the_source_is_escaped(client: TestClient) -> None:
    text = (
        "Results <script>alert('x')</script> announcement\nRevenue <img src=x onerror=alert(1)>\n"
    )
    response = client.post(
        "/api/filings", files={"file": ("evil<script>.txt", text.encode(), "text/plain")}
    )
    assert response.status_code == 201
    page = client.get(response.json()["url"]).text
    assert "<script>alert" not in page and "<img" not in page
    assert "<h1>Results &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; announcement</h1>" in page
    assert "evil_script_.txt" in page


def test_serve_binds_to_localhost_by_default() -> None:
    from tieout.cli.serve import serve

    defaults = {p.name: p.default for p in serve.params}
    assert defaults["host"] == "127.0.0.1"
    assert defaults["db"] == "tieout.duckdb"


def test_a_body_declared_too_large_is_refused_before_reading(client: TestClient) -> None:
    huge = b"x" * (4096 + 70 * 1024)
    response = client.post("/upload", files={"file": ("huge.txt", huge, "text/plain")})
    assert response.status_code == 413
    assert "the upload is too large: more than 4,096 bytes (the limit is 4,096)" in response.text
    api = client.post("/api/filings", files={"file": ("huge.txt", huge, "text/plain")})
    assert (api.status_code, api.json()["ok"]) == (413, False)


def test_an_unlabelled_row_shows_its_concept(tmp_path: Path) -> None:
    from dataclasses import replace

    report = fixture_report()
    income = report.filing.tables[0]
    rows = (*income.rows[:2], replace(income.rows[2], label=None), *income.rows[3:])
    filing = replace(report.filing, tables=(replace(income, rows=rows), *report.filing.tables[1:]))
    store = Store.open(tmp_path / "u.duckdb")
    store.save(replace(report, filing=filing))
    page = TestClient(create_app(store)).get(f"/filings/{SHA}").text
    assert '<span class="unlabelled" title="no label printed">GrossProfit</span></td>' in page


def test_a_claim_marks_its_sentence_and_figure_within_context(tmp_path: Path) -> None:
    from dataclasses import replace

    from filing_fixture import span_of

    from tieout.model import Check, Status

    report = fixture_report()
    document = report.filing.document
    assert document is not None
    sentence = span_of(document, 20, "Revenue grew by 25.0% to RMB1,000 thousand.")
    figure = span_of(document, 20, "25.0%")
    claim = Check("TO701", Status.PASSED, "25.0% = 1,000 / 800 - 1", (figure, sentence))
    store = Store.open(tmp_path / "c.duckdb")
    store.save(replace(report, checks=(claim,), findings=()))
    page = TestClient(create_app(store)).get(f"/filings/{SHA}").text
    assert (
        '<blockquote>line 20: <span class="sentence">Revenue grew by </span><mark>25.0%</mark>'
        '<span class="sentence"> to RMB1,000 thousand.</span> Gross margin was 42.0%.</blockquote>'
        in page
    )


def test_the_key_ties_head_the_filing_page(client: TestClient) -> None:
    page = client.get(f"/filings/{SHA}").text
    start = page.index('<ul class="key-ties">')
    ties = page[start : page.index("</ul>", start)]
    items = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", li)).strip()
        for li in re.findall(r"<li[^>]*>(.*?)</li>", ties, re.S)
    ]
    # the fixture prints an income statement only
    assert items == [
        "balance sheet balances: not checked (no balance sheet found)",
        "closing cash agrees with the balance sheet: not checked (no cash flow statement in"
        " the document)",
        "primary statements foot: failed (3 passed, 1 failed)",
    ]
    assert '<li class="tie-failed">primary statements foot' in ties
