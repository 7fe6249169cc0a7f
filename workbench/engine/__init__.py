"""Where the pipeline's stages run: in this process (``local``) or on a Ray cluster (``ray``).

The pipeline orders the stages and does the same work on either engine; an engine
only decides where the work is done, through three primitives:

- ``map_documents(fn, items, store, advance, weight)``: ``fn(items, store, advance) -> outputs``
  (one output an item, same order) over batches of documents (segment and facts, translation);
  ``weight(item)`` is what an item's output advances the progress by where ``fn``'s own
  ``advance`` cannot reach the driver;
- ``encoder``: the sentence encoder the embed stage calls (on Ray, a pool of actors that
  load the model once each);
- ``run_tasks(fn, jobs)``: ``[fn(*job) for job in jobs]`` as independent tasks (events, claims per event).

Flags and the report are always assembled on the driver. Ray is an optional extra, imported
only when ``--engine ray`` is asked for.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

from ..embed import Encoder, load_encoder
from ..errors import ConfigError
from ..store import Store

ENGINES = ("local", "ray")
Advance = Callable[[int], None]


class Engine(Protocol):
    name: str
    encoder: Encoder
    signature: dict[str, str]  # stamped into the report signature (``engine``)

    def map_documents(self, fn: Callable[[list, Store | None, Advance], list], items: Sequence[Any],
                      store: Store | None, advance: Advance, weight: Callable[[Any], int] = ...) -> list:
        """``fn`` over batches of ``items``; the outputs in the order of ``items``."""

    def run_tasks(self, fn: Callable[..., Any], jobs: Sequence[tuple]) -> list:
        """``[fn(*job) for job in jobs]``, each job possibly elsewhere."""


class LocalEngine:
    """Everything in this process, each stage over the whole pool at once (the reference)."""

    name = "local"

    def __init__(self, encoder: Encoder):
        self.encoder = encoder
        self.signature = {"engine": "local"}

    def map_documents(self, fn, items, store, advance, weight=None):
        return fn(list(items), store, advance)

    def run_tasks(self, fn, jobs):
        return [fn(*job) for job in jobs]


@contextlib.contextmanager
def open_engine(name: str, *, encoder: str, address: str | None = None) -> Iterator[Engine]:
    """The engine ``name`` with the encoder ``encoder`` (a ``load_encoder`` spec); Ray is shut
    down on the way out, also on Ctrl-C or an error."""
    if name == "local":
        if address:
            raise ConfigError("--address is for --engine ray (the address of a running Ray cluster)")
        yield LocalEngine(load_encoder(encoder))
    elif name == "ray":
        from .ray_engine import RayEngine

        engine = RayEngine(encoder, address=address)
        try:
            yield engine
        finally:
            engine.close()
    else:
        raise ConfigError(f"unknown engine {name!r}: use one of {', '.join(ENGINES)}")
