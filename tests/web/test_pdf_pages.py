"""A PDF page in the web report: rendered from the PDF kept in the store, with a box over
every number read from it, where the number is printed, coloured by its status."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from tieout.store import Store, ingest_path
from tieout.web import create_app

TESTS = Path(__file__).resolve().parents[1]
ANXIN = TESTS / "data" / "pdf" / "anxin_2012_interim_p2-5.pdf"  # Anxin 2012 interim, pp. 2-5
EXAMPLE = TESTS.parent / "tieout" / "examples" / "sensetime-2024-interim.txt"
BOX = re.compile(
    r'<a class="box s-(\w+)" id="(c-[\w-]+)" data-cell="([\w:]+)" href="([^"]+)" '
    r'title="([^"]*)" style="left: ([\d.]+)%; top: ([\d.]+)%; width: ([\d.]+)%; height: ([\d.]+)%"'
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, str, str]:
    store = Store.open(tmp_path_factory.mktemp("pages") / "web.duckdb")
    pdf = ingest_path(store, ANXIN).sha256
    text = ingest_path(store, EXAMPLE).sha256
    return TestClient(create_app(store)), pdf, text


def _boxes(html: str) -> dict[str, tuple[str, str, str, tuple[float, ...]]]:
    return {
        m[3]: (m[1], m[2], m[4], tuple(float(v) for v in m.groups()[5:9]))
        for m in BOX.finditer(html)
    }


def test_the_pdf_is_kept_with_its_filing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        sha = ingest_path(store, ANXIN).sha256
        assert store.document(sha) == ("pdf", ANXIN.read_bytes())
        assert store.document_format(sha) == "pdf"
        report = store.load(sha)
        assert report is not None
        store.save(report.report)  # saved again without the bytes: they are kept
        assert store.document(sha) == ("pdf", ANXIN.read_bytes())
        assert store.delete(sha)
        assert store.document(sha) is None and store.document_format(sha) is None


def test_page_shows_each_number_where_it_is_printed(served: tuple[TestClient, str, str]) -> None:
    client, sha, _ = served
    response = client.get(f"/filings/{sha}/pages/2")
    assert response.status_code == 200
    html = response.text
    assert "page 2 of 4" in html
    boxes = _boxes(html)
    # the balance sheet's cash and cash equivalents, 30 June 2012: 1,141,505 (RMB'000),
    # printed at x 403.14-453.54, y 308.11-318.88 on a 595.276 x 841.89 point page
    status, anchor, href, (left, top, width, height) = boxes["t02:9:0"]
    assert (status, anchor, href) == ("verified", "c-t02-9-0", f"/filings/{sha}#c-t02-9-0")
    assert (left, top) == (round(100 * 403.14 / 595.276, 3), round(100 * 308.11 / 841.89, 3))
    assert (width, height) == (
        round(100 * (453.54 - 403.14) / 595.276, 3),
        round(100 * (318.88 - 308.11) / 841.89, 3),
    )
    assert {key.split(":")[0] for key in boxes} == {"t02"}  # only the numbers of page 2
    assert len(boxes) == html.count('class="box ')


def test_the_boxes_lie_on_printed_figures(served: tuple[TestClient, str, str]) -> None:
    """The rendered page has ink inside every box: the overlay and the image agree."""
    client, sha, _ = served
    image = Image.open(io.BytesIO(client.get(f"/filings/{sha}/pages/2.png").content))
    grey = image.convert("L")
    boxes = _boxes(client.get(f"/filings/{sha}/pages/2").text)
    assert len(boxes) > 40
    for _status, _anchor, _href, (left, top, width, height) in boxes.values():
        x0, y0 = left / 100 * image.width, top / 100 * image.height
        x1, y1 = x0 + width / 100 * image.width, y0 + height / 100 * image.height
        ink = grey.crop((int(x0), int(y0), int(x1) + 1, int(y1) + 1)).getextrema()[0]
        assert ink < 128, (left, top)


def test_page_image_is_a_png_of_the_page(served: tuple[TestClient, str, str]) -> None:
    client, sha, _ = served
    response = client.get(f"/filings/{sha}/pages/1.png")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert (image.format, image.size) == ("PNG", (round(595.276 * 2), round(841.89 * 2)))


def test_filing_page_links_its_pages(served: tuple[TestClient, str, str]) -> None:
    client, sha, _ = served
    html = client.get(f"/filings/{sha}").text
    links = re.findall(rf'<a href="/filings/{sha}/pages/(\d+)">', html)
    assert links == ["1", "2", "3", "4"]
    assert f'data-pages="/filings/{sha}/pages/"' in html
    nav = client.get(f"/filings/{sha}/pages/2").text
    assert f'rel="prev" href="/filings/{sha}/pages/1"' in nav
    assert f'rel="next" href="/filings/{sha}/pages/3"' in nav


def test_pages_that_cannot_be_shown_are_not_found(served: tuple[TestClient, str, str]) -> None:
    client, sha, text = served
    missing = client.get(f"/filings/{sha}/pages/9")
    assert missing.status_code == 404
    assert "page 9 is not in the document (pages 1-4)" in missing.text
    assert client.get(f"/filings/{sha}/pages/0.png").status_code == 404
    assert client.get(f"/filings/{text}/pages/1").status_code == 404  # a text filing
    assert "data-pages" not in client.get(f"/filings/{text}").text
    assert client.get(f"/filings/{sha}/pages/two").status_code == 422


def test_findings_link_their_pages(served: tuple[TestClient, str, str]) -> None:
    """A finding on a PDF links the page it is on: Anxin's '–-' nil (TO904, line 136, page 3)."""
    client, sha, _ = served
    html = client.get(f"/filings/{sha}").text
    links = re.findall(rf'<a class="finding-page" href="/filings/{sha}/pages/(\d+)[^"]*">', html)
    assert links == ["3"]
    assert "finding-page" not in client.get(f"/filings/{served[2]}").text  # text: no pages
