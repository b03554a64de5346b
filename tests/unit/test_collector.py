"""The cycle collector is paused while tieout works and left as it was found."""

from __future__ import annotations

import gc

import pytest

import tieout
from tieout.collector import collector_paused

EXAMPLE = "tieout/examples/sensetime-2024-interim.txt"


def test_paused_inside_and_enabled_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves it to the outer one
    assert gc.isenabled()


def test_enabled_again_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_disabled_when_found_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_reading_and_checking_pause_it_and_restore_it() -> None:
    seen: list[bool] = []
    gc.callbacks.append(lambda phase, info: seen.append(phase == "start"))
    try:
        report = tieout.check(EXAMPLE)
    finally:
        gc.callbacks.pop()
    assert report.summary.checks_run > 0
    assert gc.isenabled()
    assert len(seen) <= 6  # at most a collection (start and stop) between the stages
