"""Options and helpers shared by several commands (cache location, progress bars)."""
from __future__ import annotations

import argparse
import os
import sys

from ..encoding import DEFAULT_MAX_BYTES
from ..store import CacheError, Store


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
    try:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    except OSError as e:
        raise CacheError(f"{path}: cannot create the cache's folder ({e.strerror or e}); "
                         "give another --cache PATH or use --no-cache") from None
    return Store(path)


def resolve_config(args: argparse.Namespace) -> None:
    """A command's ``--config`` when given, else ``./workbench.toml`` when it exists.

    The only place the working directory's config file is looked for: library code
    (translate.load_settings) reads exactly the file it is handed, or none.
    """
    if getattr(args, "config", False) is None:
        from ..translate.settings import CONFIG_FILE

        if os.path.isfile(CONFIG_FILE):
            args.config = CONFIG_FILE


def lang_code(value: str) -> str:
    """argparse type of ``--lang``: an ISO 639 code, so a typo or a path is refused up front."""
    from ..corpus import valid_lang_code

    code = value.strip().lower()
    if not valid_lang_code(code):
        raise argparse.ArgumentTypeError(f"{value!r} is not a language code; give an ISO 639 code such as "
                                         "kk, tr, bg, en")
    return code


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


def add_max_bytes_option(p: argparse.ArgumentParser) -> None:
    """``--max-bytes``: the size over which an input file is refused (the error names this option)."""
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"refuse input files larger than this many bytes (default {DEFAULT_MAX_BYTES})")


def add_max_sentence_chars_option(p: argparse.ArgumentParser, refused: str = "documents holding a sentence") -> None:
    """``--max-sentence-chars``: the sentence length over which ``refused`` are refused."""
    from ..inputs import DEFAULT_MAX_SENTENCE_CHARS

    p.add_argument("--max-sentence-chars", type=int, default=DEFAULT_MAX_SENTENCE_CHARS, metavar="N",
                   help=f"refuse {refused} longer than this many characters "
                        f"(default {DEFAULT_MAX_SENTENCE_CHARS}; news sentences are hundreds)")


def read_arg_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a FILE argument ('-' for stdin): a regular file only (a FIFO could block
    forever), at most ``max_bytes``; a failure is one InputError naming the file."""
    from ..errors import InputError
    from ..inputs import STDIN, check_limit, display_name, read_regular

    check_limit("--max-bytes", max_bytes)
    try:
        # stdin too is read only up to the limit (+1 byte, so decode can tell it is over):
        # `yes | workbench segment -` must end in an error, not in all the memory there is
        return sys.stdin.buffer.read(max_bytes + 1) if path == STDIN else read_regular(path, max_bytes)
    except OSError as e:
        raise InputError(display_name(path), f"cannot read ({e.strerror or e})") from None


def read_document_arg(path: str, lang: str | None, max_bytes: int = DEFAULT_MAX_BYTES,
                      max_sentence_chars: int | None = None):
    """One document from a FILE argument ('-' for stdin), segmented; errors name the file. With
    ``max_sentence_chars``, a longer sentence is an InputError naming the file and its line."""
    from ..corpus import parse_file
    from ..inputs import check_limit, check_sentence_length, display_name
    from ..segmentation import segment_document

    if max_sentence_chars is not None:
        check_limit("--max-sentence-chars", max_sentence_chars)
    doc = segment_document(parse_file(read_arg_bytes(path, max_bytes), display_name(path), "doc", lang=lang,
                                      max_bytes=max_bytes))
    if max_sentence_chars is not None:
        check_sentence_length(doc, display_name(path), max_sentence_chars, text_file=True)
    return doc


def decode_arg(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The bytes of FILE argument ``path`` ('-' for stdin) as text, decoded as `workbench run` decodes
    its inputs (BOM, UTF-16, legacy code pages); empty, binary or undecodable: one InputError naming it."""
    from ..encoding import DecodeError, decode
    from ..errors import InputError
    from ..inputs import display_name

    try:
        return decode(data, max_bytes=max_bytes)[0]
    except DecodeError as e:
        raise InputError(display_name(path), str(e)) from None
