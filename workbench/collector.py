"""Pausing Python's cyclic garbage collector around work that only makes short-lived data.

An event's claim alignment allocates millions of small tuples and lists, all of which die
with it. Each burst of allocations sets off collections, and a full collection walks every
container still alive, the run's documents, facts and vectors included: a third of the claims
stage went to the collector, and more the larger the pool (FLORES dev pool, claims stage in s
per 1k sentences at 1x / 2x / 4x: 8.08 / 8.74 / 8.89 collecting, 4.70 / 5.58 / 5.68 paused per
chunk of events; eval/README.md, "Claims, twenty-ninth session"). Reference counting still frees
such data as it goes; a pause defers only garbage in reference cycles, collected when it ends.
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off inside (also usable as a decorator); on again afterwards, also after an
    error, unless it was already off on the way in (the caller's choice is kept)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
