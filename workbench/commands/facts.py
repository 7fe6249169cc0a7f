"""``workbench facts [--lang L] FILE``: the facts of each sentence, one a line, for inspection."""
from __future__ import annotations

import sys

from ..facts import extract_facts
from ..records import Fact
from .common import add_max_bytes_option, add_max_sentence_chars_option, lang_code, read_document_arg


def add_parser(sub) -> None:
    p = sub.add_parser("facts", help="list the quantities, dates, names and titles of a document")
    p.add_argument("file", help="a text file (seed format or plain); '-' for stdin")
    p.add_argument("--lang", type=lang_code, help="language code (kk, tr, bg, en, …); detected if omitted")
    add_max_bytes_option(p)
    add_max_sentence_chars_option(p)
    p.set_defaults(func=run)


def _num(x: float | None) -> str:
    if x is None:
        return "-"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def format_fact(f: Fact) -> str:
    """One tab-separated line: sentence, kind, start-end, surface, value, unit, hedge, interval."""
    surface = " ".join(f.surface.split())
    if f.kind == "quantity":
        detail = [_num(f.value), f.unit or "-", f.hedge, f"[{_num(f.low)}, {_num(f.high)}]"]
    elif f.kind == "date":
        value = f"{f.value}..{f.date_end}" if f.date_end else str(f.value)
        detail = [value, "relative" if f.relative else "-"]
    else:
        detail = [str(f.value)]
    return "\t".join([f.sentence, f.kind, f"{f.start}-{f.end}", surface, *detail])


def run(args) -> int:
    doc = read_document_arg(args.file, args.lang, args.max_bytes, args.max_sentence_chars)
    out = sys.stdout
    for facts in extract_facts(doc).values():
        for f in facts:
            out.write(format_fact(f) + "\n")
    return 0
