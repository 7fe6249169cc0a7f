"""Options and helpers shared by several commands (cache location, progress bars)."""
from __future__ import annotations

import argparse
import os
import sys

from ..store import Store


def default_cache_path() -> str:
    """``$WORKBENCH_CACHE``, else ``$XDG_CACHE_HOME/workbench/store.sqlite`` (~/.cache by default)."""
    if os.environ.get("WORKBENCH_CACHE"):
        return os.environ["WORKBENCH_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "workbench", "store.sqlite")


def add_cache_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cache", metavar="PATH", default=None,
                        help="SQLite cache shared by runs (default: $WORKBENCH_CACHE or ~/.cache/workbench/store.sqlite)")
    parser.add_argument("--no-cache", action="store_true", help="use a throwaway in-memory cache")


def open_store(args: argparse.Namespace) -> Store:
    if getattr(args, "no_cache", False):
        return Store(":memory:")
    path = args.cache or default_cache_path()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    return Store(path)


def tqdm_progress(enabled: bool):
    """A progress factory for the pipeline: one bar per stage on stderr, off when not a terminal."""
    from tqdm import tqdm

    def factory(stage: str, total: int):
        if not enabled or total <= 0:
            return lambda n: None
        bar = tqdm(total=total, desc=f"{stage:>9}", unit="it", file=sys.stderr, leave=False,
                   disable=None, dynamic_ncols=True)

        def advance(n: int) -> None:
            bar.update(n)
            if bar.n >= bar.total:
                bar.close()
        return advance

    return factory


def read_document_arg(path: str, lang: str | None):
    """One document from a FILE argument ('-' for stdin), segmented; errors name the file."""
    from ..corpus import parse_file
    from ..errors import InputError
    from ..segmentation import segment_document

    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
    except OSError as e:
        raise InputError(name, f"cannot read ({e.strerror or e})") from None
    return segment_document(parse_file(data, name, "doc", lang=lang))
