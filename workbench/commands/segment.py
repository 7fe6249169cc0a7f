"""``workbench segment --lang L FILE``: one sentence a line, for inspection and piping."""
from __future__ import annotations

import sys

from .common import add_max_bytes_option, lang_code, read_document_arg


def add_parser(sub) -> None:
    p = sub.add_parser("segment", help="split a document into sentences, one per line")
    p.add_argument("file", help="a text file (seed format or plain); '-' for stdin")
    p.add_argument("--lang", type=lang_code, help="language code (kk, tr, bg, en, …); detected if omitted")
    add_max_bytes_option(p)
    p.add_argument("--offsets", action="store_true", help="prefix each sentence with START<TAB>END<TAB>")
    p.set_defaults(func=run)


def run(args) -> int:
    doc = read_document_arg(args.file, args.lang, args.max_bytes)
    out = sys.stdout
    for s in doc.sentences:
        text = " ".join(s.text.split())  # one sentence a line, whatever line breaks it held
        out.write(f"{s.start}\t{s.end}\t{text}\n" if args.offsets else f"{text}\n")
    return 0
