"""The web report in a real browser: Debian's Chromium driven by Playwright, against the
real server (uvicorn on 127.0.0.1, a free port) over a real DuckDB store."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from filing_fixture import FIXTURE_TEXT, fixture_report

from tieout.store import Store, ingest_path
from tieout.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
EXAMPLE = Path(__file__).resolve().parents[2] / "tieout" / "examples" / "sensetime-2024-interim.txt"
ANXIN = Path(__file__).resolve().parents[1] / "data" / "pdf" / "anxin_2012_interim_p2-5.pdf"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(store: Store) -> Iterator[str]:
    """The real server (uvicorn, in a thread) over `store`; its base URL."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with Store.open(tmp_path / "browser.duckdb") as store:
        store.save(fixture_report())
        with serving(store) as url:
            yield url


@pytest.fixture
def page(server: str) -> Iterator[object]:
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed (run scripts/system-deps.sh)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": 1400, "height": 1000})
        finally:
            browser.close()


def test_contradicted_number_shows_its_source_and_arithmetic(
    server: str,
    page,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    page.click("text=Example Holdings Limited interim results 2024")
    page.wait_for_url("**/filings/*")

    contradicted = page.locator("td.num.s-contradicted", has_text="260")
    assert contradicted.count() == 1
    contradicted.click()
    panel = page.locator("#detail")
    panel.wait_for(state="visible")
    assert page.locator("#detail-status").inner_text() == "contradicted"
    assert page.locator("#detail-source").inner_text() == "line 12: Operating profit\t260\t180"
    assert page.locator("#detail-source mark").inner_text() == "260"
    checks = page.locator("#detail-checks li")
    assert checks.count() == 1
    assert "260 ≠ 400 + (150) = 250" in checks.first.inner_text()
    assert "Operating profit does not foot" in checks.first.inner_text()

    # the label with <script> is text, never run
    label = page.locator("td.label", has_text="Selling expenses")
    assert label.inner_text() == "Selling expenses <script>alert(1)</script>"
    assert dialogs == []

    # a finding links to its number
    page.locator("a.finding-link", has_text="Gross margin is 40.0%").click()
    assert (
        page.locator("#detail-title").inner_text().startswith("Gross profit · 2024 RMB'000 · 400")
    )
    page.locator("td.num.s-contradicted", has_text="260").click()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-report.png"), full_page=True)


def test_upload_shows_the_new_report(server: str, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = tmp_path / "uploaded-results.txt"
    document.write_text(FIXTURE_TEXT.replace("Example Holdings", "Uploaded Holdings"))
    page.goto(server + "/")
    page.set_input_files("#upload-file", str(document))
    page.click("#upload-submit")
    page.wait_for_url("**/filings/*")
    assert page.locator("h1").inner_text() == "uploaded-results.txt"
    assert page.locator("#findings h2").inner_text().startswith("Findings (")
    page.goto(server + "/")
    assert page.locator("table.list tbody tr").count() == 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-upload.png"), full_page=True)


def test_example_report_flags_a_number_with_its_source_and_check(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The bundled example as ingested: the malformed "(11.070)" is marked and explained."""
    from tieout.store.status import NumberStatus, number_statuses

    with Store.open(tmp_path / "example.duckdb") as store:
        sha = ingest_path(store, EXAMPLE).sha256
        stored = store.load(sha)
        assert stored is not None
        statuses = number_statuses(stored.report)
        [key] = [
            (t.id, r.index, c.column)
            for t in stored.filing.tables
            for r in t.rows
            for c in r.cells
            if c.text == "(11.070)"
        ]
        # a warning from TO901, or contradicted where a failing error check also used it
        assert statuses[key] in (NumberStatus.WARNING, NumberStatus.CONTRADICTED)
        with serving(store) as url:
            page.goto(f"{url}/filings/{sha}")
            flagged = page.locator(f"td.num.s-{statuses[key].value}", has_text="(11.070)")
            assert flagged.count() == 1
            flagged.click()
            page.locator("#detail").wait_for(state="visible")
            assert page.locator("#detail-status").inner_text() == statuses[key].value
            source = page.locator("#detail-source").inner_text()
            assert source == f"line 112: {stored.line_text(112)}"
            assert page.locator("#detail-source mark").inner_text() == "(11.070)"
            checks = page.locator("#detail-checks").inner_text()
            assert "TO901 failed" in checks
            assert "malformed number '(11.070)'" in checks
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "web-example.png"), full_page=False)


def test_example_contradicted_number_shows_source_and_arithmetic(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The bundled example: the first number a failed error check used, clicked in the
    report, shows its own source line and that check's arithmetic (taken from the store)."""
    from tieout.store.status import NumberStatus, cells_used, number_statuses

    with Store.open(tmp_path / "example.duckdb") as store:
        sha = ingest_path(store, EXAMPLE).sha256
        stored = store.load(sha)
        assert stored is not None
        report = stored.report
        statuses = number_statuses(report)
        wrong = [k for k, s in statuses.items() if s is NumberStatus.CONTRADICTED]
        if not wrong:
            pytest.skip("the rule set on this branch finds no contradicted number in the example")
        table_id, row, column = wrong[0]
        cell = report.filing.table(table_id).rows[row].cell(column)
        assert cell is not None and cell.span is not None
        failed = [
            c
            for c, keys in zip(report.checks, cells_used(report), strict=True)
            if wrong[0] in keys and c.finding is not None and c.finding.severity.value == "error"
        ]
        with serving(store) as url:
            page.goto(f"{url}/filings/{sha}")
            page.locator(f"#c-{table_id}-{row}-{column}").click()
            page.locator("#detail").wait_for(state="visible")
            assert page.locator("#detail-status").inner_text() == "contradicted"
            source = page.locator("#detail-source").inner_text()
            assert source == f"line {cell.span.line}: {stored.line_text(cell.span.line)}"
            assert page.locator("#detail-source mark").inner_text() == cell.text
            checks = page.locator("#detail-checks").inner_text()
            assert failed[0].description in checks
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "web-example-contradicted.png"))


def test_a_pdf_number_is_shown_highlighted_on_its_page(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Click a number of a PDF filing, follow 'show on page 2': the rendered page opens
    scrolled to that number, marked by a box over the printed figure."""
    with Store.open(tmp_path / "pdf.duckdb") as store:
        sha = ingest_path(store, ANXIN).sha256
        with serving(store) as url:
            page.goto(f"{url}/filings/{sha}")
            cash = page.locator('td.num[data-cell="t02:9:0"]')
            assert cash.inner_text() == "1,141,505"
            cash.click()
            link = page.locator("#detail-source a.page-link")
            assert link.inner_text() == "show on page 2"
            link.click()
            page.wait_for_url(f"**/filings/{sha}/pages/2#c-t02-9-0")
            page.wait_for_function("document.querySelector('.pdf-page img').naturalWidth > 0")
            assert page.evaluate("document.querySelector('.pdf-page img').naturalWidth") == 1191
            box = page.locator("#c-t02-9-0")
            assert box.get_attribute("class") == "box s-verified"
            assert page.evaluate("document.querySelector(':target').id") == "c-t02-9-0"
            shown = box.bounding_box()
            assert shown is not None and 0 <= shown["y"] <= 1000 - shown["height"]  # in view
            image = page.locator(".pdf-page img").bounding_box()
            assert image is not None
            # where the figure is printed: x 403.14 of the page's 595.28 points
            assert abs((shown["x"] - image["x"]) / image["width"] - 403.14 / 595.276) < 0.002
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "web-pdf-page.png"))
            box.click()  # back to the number in its statement
            page.wait_for_url(f"**/filings/{sha}#c-t02-9-0")
