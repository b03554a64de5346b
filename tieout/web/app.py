"""The web report: FastAPI routes over a store, server-rendered Jinja2 pages (autoescaped),
JSON endpoints for the same data, and an upload form that checks a new document.
"""

from __future__ import annotations

import re
import tempfile
import threading
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from tieout import api
from tieout.checks.key_ties import key_ties
from tieout.errors import InputError, TieoutError
from tieout.export.report_json import report_to_dict
from tieout.store import Store, StoredFiling
from tieout.store.output import plain
from tieout.store.status import number_statuses
from tieout.web import charts
from tieout.web.pages import page_png, page_view
from tieout.web.view import (
    cell_anchor,
    cells_json,
    check_json,
    claim_views,
    finding_targets,
    table_view,
)

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and headers around the file
CACHED_FILINGS = 16  # loaded filings (and their pages) kept in memory
CACHED_PAGES = 32  # rendered PDF pages kept in memory
_CHUNK = 1024 * 1024
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


def grouped(value: Decimal) -> str:
    """An amount with thousands separators, never in exponent form: 1,051.2."""
    return format(value, ",f")


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("tieout.web", "templates"),
        autoescape=select_autoescape(["html"], default=True),
    )
    env.filters["anchor"] = cell_anchor
    env.filters["plain"] = plain
    env.filters["grouped"] = grouped
    return env


def create_app(db: str | Path | Store, *, max_upload_bytes: int = MAX_UPLOAD_BYTES) -> FastAPI:
    """The web report over a store (a DuckDB path, a postgresql:// URL or an open Store)."""
    store = db if isinstance(db, Store) else Store.open(db)
    env = _environment()
    app = FastAPI(
        title="tieout",
        description="Checked filings: statements, facts, checks and findings.",
    )
    app.mount("/static", StaticFiles(packages=[("tieout.web", "static")]), name="static")

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        body = env.get_template(name).render(max_upload=max_upload_bytes, **context)
        return HTMLResponse(body, status_code=status)

    cache: dict[str, tuple[Any, StoredFiling, str | None]] = {}
    cache_lock = threading.Lock()

    def stored(sha256: str) -> StoredFiling:
        """The stored filing, loaded again only when it was re-ingested since."""
        version = store.version(sha256)
        if version is None:
            raise HTTPException(404, f"no stored filing {sha256}")
        full, ingested_at = version
        hit = cache.get(full)
        if hit is not None and hit[0] == ingested_at:
            return hit[1]
        found = store.load(full)
        if found is None:
            raise HTTPException(404, f"no stored filing {sha256}")
        with cache_lock:
            if len(cache) >= CACHED_FILINGS:
                cache.pop(next(iter(cache)))
            cache[full] = (ingested_at, found, None)
        return found

    def pdf_of(found: StoredFiling) -> bytes | None:
        document = store.document(found.filing.sha256)
        return document[1] if document is not None and document[0] == "pdf" else None

    def rendered(sha256: str) -> str:
        found = stored(sha256)
        ingested_at, _, html = cache.get(found.filing.sha256, (None, found, None))
        if html is None:
            html = env.get_template("filing.html").render(
                max_upload=max_upload_bytes,
                has_pages=store.document_format(found.filing.sha256) == "pdf",
                **filing_context(found),
            )
            with cache_lock:
                cache[found.filing.sha256] = (ingested_at, found, html)
        return html

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return page("index.html", filings=store.filings())

    @app.get("/filings/{sha256}", response_class=HTMLResponse, include_in_schema=False)
    def filing_page(sha256: str) -> HTMLResponse:
        return HTMLResponse(rendered(sha256))

    pngs: dict[tuple[str, int], bytes] = {}

    def stored_pdf(sha256: str) -> tuple[StoredFiling, bytes]:
        found = stored(sha256)
        content = pdf_of(found)
        if content is None:
            raise HTTPException(404, f"no PDF stored for filing {found.filing.sha256[:12]}")
        return found, content

    @app.get("/filings/{sha256}/pages/{number}.png", include_in_schema=False)
    def page_image(sha256: str, number: int) -> Response:
        found, content = stored_pdf(sha256)
        key = (found.filing.sha256, number)
        png = pngs.get(key)
        if png is None:
            try:
                png = page_png(content, number)
            except InputError as error:
                raise HTTPException(404, str(error)) from None
            with cache_lock:
                if len(pngs) >= CACHED_PAGES:
                    pngs.pop(next(iter(pngs)))
                pngs[key] = png
        return Response(png, media_type="image/png")

    @app.get(
        "/filings/{sha256}/pages/{number}", response_class=HTMLResponse, include_in_schema=False
    )
    def pdf_page(sha256: str, number: int) -> HTMLResponse:
        found, content = stored_pdf(sha256)
        try:
            view = page_view(found, content, number)
        except InputError as error:
            raise HTTPException(404, str(error)) from None
        read = found.filing.pages_read
        return page(
            "page.html",
            filing=found.filing,
            view=view,
            previous=max((n for n in read if n < number), default=None),
            next=min((n for n in read if n > number), default=None),
        )

    @app.post("/upload", include_in_schema=False)
    async def upload_form(file: UploadFile) -> Response:
        try:
            sha = await _ingest_upload(store, file, max_upload_bytes)
        except TieoutError as error:
            status = 413 if "too large" in str(error) else 400
            return page("error.html", status=status, message=str(error))
        return RedirectResponse(f"/filings/{sha}", status_code=303)

    @app.middleware("http")
    async def refuse_large_bodies(request: Request, call_next: Any) -> Response:
        """Refuse an upload by its declared length before reading any of it."""
        length = request.headers.get("content-length", "")
        declared = int(length) if length.isdigit() else 0
        if request.method == "POST" and declared > max_upload_bytes + FORM_OVERHEAD:
            message = too_large(max_upload_bytes)
            if request.url.path.startswith("/api/"):
                return JSONResponse({"ok": False, "error": message}, status_code=413)
            return page("error.html", status=413, message=message)
        response: Response = await call_next(request)
        return response

    @app.get("/api/filings", summary="Every stored filing with its status and counts")
    def api_filings() -> list[dict[str, Any]]:
        return [{k: plain(v) for k, v in f.items()} for f in store.filings()]

    @app.get("/api/filings/{sha256}", summary="A filing: tables, facts, checks, findings")
    def api_filing(sha256: str) -> dict[str, Any]:
        return report_to_dict(stored(sha256).report)

    @app.get("/api/filings/{sha256}/findings", summary="A filing's findings")
    def api_findings(sha256: str) -> list[dict[str, Any]]:
        return list(report_to_dict(stored(sha256).report)["findings"])

    @app.get("/api/filings/{sha256}/cells", summary="Every number: status, source, checks")
    def api_cells(sha256: str) -> dict[str, Any]:
        found = stored(sha256)
        checks = [check_json(n, c) for n, c in enumerate(found.report.checks, 1)]
        return {**cells_json(found), "checks": checks}

    @app.post("/api/filings", summary="Upload a document: read, check and store it")
    async def api_upload(file: UploadFile) -> JSONResponse:
        try:
            sha = await _ingest_upload(store, file, max_upload_bytes)
        except TieoutError as error:
            status = 413 if "too large" in str(error) else 400
            return JSONResponse({"ok": False, "error": str(error)}, status_code=status)
        return JSONResponse({"ok": True, "sha256": sha, "url": f"/filings/{sha}"}, status_code=201)

    @app.exception_handler(HTTPException)
    async def not_found(request: Request, error: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"ok": False, "error": error.detail}, status_code=error.status_code)
        return page("error.html", status=error.status_code, message=str(error.detail))

    app.state.store = store
    return app


def filing_context(found: StoredFiling) -> dict[str, Any]:
    report = found.report
    statuses = number_statuses(report)
    mix_title, mix = charts.revenue_mix(report.filing)
    change_title, change = charts.changes(report.filing)
    targets = finding_targets(report)
    return {
        "stored": found,
        "filing": report.filing,
        "summary": report.summary,
        "key_ties": key_ties(report),
        "tables": [table_view(t, statuses, found) for t in report.filing.tables],
        "findings": list(zip(report.findings, targets, strict=True)),
        "claims": claim_views(found),
        "cells": cells_json(found),
        "checks": [check_json(n, c) for n, c in enumerate(report.checks, 1)],
        "mix_title": mix_title,
        "mix": mix,
        "margins": charts.margins(report.filing),
        "change_title": change_title,
        "change": change,
    }


def too_large(limit: int) -> str:
    return f"the upload is too large: more than {limit:,} bytes (the limit is {limit:,})"


async def _ingest_upload(store: Store, file: UploadFile, limit: int) -> str:
    """Read the upload (at most `limit` bytes), check it, store it; its sha256."""
    name = _SAFE_NAME.sub("_", Path(file.filename or "upload.txt").name) or "upload.txt"
    data = bytearray()
    while chunk := await file.read(_CHUNK):
        data.extend(chunk)
        if len(data) > limit:
            raise InputError(too_large(limit))
    if not data:
        raise InputError("the upload is empty")
    return await run_in_threadpool(_check_and_store, store, name, bytes(data))


def _check_and_store(store: Store, name: str, data: bytes) -> str:
    """Read and check an uploaded document (named `name`), store it; its sha256."""
    suffix = Path(name).suffix.lower() if Path(name).suffix.lower() in (".pdf", ".txt") else ".txt"
    with tempfile.TemporaryDirectory(prefix="tieout-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        try:
            filing = api.read(path, reread=False)  # check re-reads
        except InputError as error:  # name the upload, not our temporary file
            raise InputError(str(error).replace(str(path), name)) from None
    title = name if filing.title == path.name else filing.title
    report = api.check(replace(filing, source=name, title=title))
    store.save(report, content=data)
    return report.filing.sha256
