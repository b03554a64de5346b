"""Pause Python's cycle collector while a document is read, built and checked.

Each stage makes hundreds of thousands of small immutable objects (named tuples, frozen
dataclasses) and next to no reference cycles. With the collector on, every 700 new
container objects start a scan, and the older generations are rescanned as the objects
pile up: a tenth of the CPU time of reading and checking a PDF, for no garbage. Paused,
the collector picks up whatever cycles there are once the outermost stage is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block (or, as a decorator, the function) with the collector paused; nested
    and concurrent uses leave it as the outermost found it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
