"""Shared fixtures: the bundled example, read once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import tieout
from tieout.model import Filing

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tieout" / "examples" / "sensetime-2024-interim.txt"
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def sensetime() -> Filing:
    return tieout.read(EXAMPLE)
