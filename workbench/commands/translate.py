"""``workbench translate``: one sentence a line in, its English a line out (same count)."""
from __future__ import annotations

import argparse
import os
import sys

from ..encoding import DEFAULT_MAX_BYTES, split_lines
from ..errors import ConfigError
from ..io import write_atomic
from .common import (add_cache_option, add_max_bytes_option, add_max_sentence_chars_option, decode_arg, open_store,
                     read_arg_bytes)


def add_parser(subparsers) -> None:
    from ..translate import SOURCE_LANGS, backend_names

    p = subparsers.add_parser("translate", help="translate kk/tr/bg text into English, one sentence a line",
                              description=__doc__)
    p.add_argument("file", nargs="?", help="input file, one sentence a line (default: stdin)")
    p.add_argument("--from", dest="src", required=True, choices=SOURCE_LANGS, help="source language")
    p.add_argument("--to", dest="tgt", default="en", help="target language (only en)")
    p.add_argument("--backend", choices=backend_names(), help="backend (default: as configured, see `workbench models list`)")
    p.add_argument("--model", metavar="DIR", help="model directory for the hf/ct2 backends")
    p.add_argument("--config", help="workbench.toml with [translate.<lang>] settings (default: ./workbench.toml)")
    p.add_argument("--allow-pickle", action="store_true", help="allow loading pickled (.bin) model weights")
    p.add_argument("--beam-size", type=int, help="beam size for neural backends")
    p.add_argument("--batch-size", type=int, help="sentences per model call")
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    p.add_argument("--issues", action="store_true",
                   help="report numbers/names missing from the English on stderr")
    add_cache_option(p)
    add_max_bytes_option(p)
    add_max_sentence_chars_option(p, "input holding a line")
    p.set_defaults(func=run)


# Prefixed to every output line of a backend that does not translate (translit): the README
# promises that such output is never passed off as a translation, and a pipe loses stderr.
UNTRANSLATED_MARK = "[untranslated] "


def _read_lines(path: str | None, max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    """Lines of the file (stdin when None), decoded as ``workbench run`` decodes its inputs; none when empty."""
    from ..inputs import STDIN

    if path is None and not hasattr(sys.stdin, "buffer"):  # already text (an embedding program's stream)
        return split_lines(sys.stdin.read())
    data = read_arg_bytes(STDIN if path is None else path, max_bytes)
    return split_lines(decode_arg(data, STDIN if path is None else path, max_bytes)) if data.strip() else []


def run(args: argparse.Namespace) -> int:
    from ..inputs import STDIN, check_line_lengths, display_name
    from ..translate import load_settings, translate_texts

    if args.tgt != "en":
        raise ConfigError(f"--to {args.tgt!r}: only en is supported as the target language")
    spec = None
    if args.backend and args.model:
        spec = f"{args.backend}:{args.model}"
    elif args.backend or args.model:
        spec = args.backend or args.model
    overrides = {"backends": {args.src: spec} if spec else {}, "allow_pickle": args.allow_pickle,
                 "beam_size": args.beam_size, "batch_size": args.batch_size}
    settings = load_settings(args.config, os.environ, overrides)
    lines = _read_lines(args.file, args.max_bytes)
    check_line_lengths(lines, display_name(args.file or STDIN), args.max_sentence_chars)
    with open_store(args) as store:
        results = translate_texts(lines, args.src, settings, store)
    untranslated = any(t.untranslated for t in results)
    if untranslated:
        print(f"workbench translate: note: no translation model for {args.src}: each line is the source "
              f"{'as is' if args.src == 'tr' else 'transliterated'} ({settings.choice(args.src).describe()}), "
              f"marked {UNTRANSLATED_MARK.strip()}, not a translation; configure a model "
              "(see `workbench models list`)", file=sys.stderr)
    out = "".join((UNTRANSLATED_MARK if t.untranslated and t.text else "") + t.text.replace("\n", " ") + "\n"
                  for t in results)
    if args.output:
        write_atomic(args.output, out)
    else:
        sys.stdout.write(out)
    if args.issues:
        for n, t in enumerate(results, 1):
            for issue in t.issues:
                print(f"line {n}: {issue.message}", file=sys.stderr)
    return 0
