"""Unusable input gets one clear line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tieout.cli import main

PROSE = (
    "The board of directors is pleased to announce that the annual general meeting will be "
    "held at the company's head office. Shareholders are invited to attend in person. "
    "No resolution other than the ordinary business will be proposed at the meeting.\n"
)


def empty(tmp: Path) -> Path:
    path = tmp / "empty.txt"
    path.write_bytes(b"")
    return path


def binary(tmp: Path) -> Path:
    path = tmp / "random.bin"
    rng = random.Random(20241123)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 64)
    return path


def prose(tmp: Path) -> Path:
    path = tmp / "prose.txt"
    path.write_text(PROSE * 3, encoding="utf-8")
    return path


def latin1(tmp: Path) -> Path:
    path = tmp / "latin1.txt"
    path.write_bytes("Résultats consolidés\tChiffre d'affaires\t1 234\n".encode("latin-1") * 20)
    return path


def fifty_megabytes(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    line = b"Revenue\t1,739,717\t1,433,122\n"
    with path.open("wb") as fh:
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    return path


def missing(tmp: Path) -> Path:
    return tmp / "does-not-exist.txt"


def directory(tmp: Path) -> Path:
    path = tmp / "a-directory"
    path.mkdir()
    return path


def fake_pdf(tmp: Path) -> Path:
    path = tmp / "announcement.pdf"
    path.write_text("This is not a PDF at all.\n", encoding="utf-8")
    return path


def script_html(tmp: Path) -> Path:
    path = tmp / "page.txt"
    path.write_text(
        "<html><body><script>alert(1)</script>\n<p>" + PROSE + "</p></body></html>\n",
        encoding="utf-8",
    )
    return path


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("empty", empty, "empty"),
    ("binary", binary, "binary"),
    ("no-financial-tables", prose, "no financial tables"),
    ("invalid-utf8", latin1, "UTF-8"),
    ("fifty-megabytes", fifty_megabytes, "MB"),
    ("missing-path", missing, "no such file"),
    ("directory", directory, "directory"),
    ("pdf-name-not-pdf", fake_pdf, "not a PDF"),
    ("script-html", script_html, "no financial tables"),
]


@pytest.mark.parametrize(("make", "says"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path],
    says: str,
) -> None:
    path = make(tmp_path)
    code = main(["extract", str(path)])
    out, err = capsys.readouterr()
    assert code == 2, (code, err)
    assert "Traceback" not in out + err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("tieout: error:"), err
    assert says.lower() in lines[0].lower(), err
    assert str(path.name) in lines[0], err


@pytest.mark.parametrize("fmt", ["json", "csv", "text"])
def test_bad_input_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code = main(["extract", str(prose(tmp_path)), "--format", fmt])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("tieout: error:")
    assert "no financial tables" in err
