"""Flat TSV views of a report, for spreadsheets and ``grep``: one row per claim member, one per flag evidence.

UTF-8 text with a header row. Tabs and line breaks inside a field become spaces, so
every record is exactly one line and splits on ``\\t`` into the header's columns.
Ids and other metadata show hidden characters as ``\\u202e`` (a reversed id cannot pass for
another), running text shows its bidi controls so; a cell that starts like a formula
(``=``, ``+``, ``-``, ``@``) gets a leading ``'`` so a spreadsheet shows it instead of running it.
"""
from __future__ import annotations

import re

from .display import reveal, reveal_in_text, spreadsheet_cell

CLAIM_COLUMNS = ("claim", "event", "score", "doc", "lang", "sentences", "source_text", "english_text", "backend")
FLAG_COLUMNS = ("flag", "kind", "severity", "dismissed", "message", "doc", "sentence", "surface", "value")

TEXT_COLUMNS = frozenset({"source_text", "english_text", "message", "surface", "value"})  # the rest is metadata
_BREAKS = re.compile(r"[\t\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")


def field_text(value: object, text: bool = True) -> str:
    """One TSV field: None → empty, floats to 4 decimals, booleans as true/false, no tabs or newlines.

    ``text`` False (ids, metadata): every hidden character shown as its code point.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return str(value)
    shown = reveal_in_text(_BREAKS.sub(" ", str(value))) if text else reveal(str(value))
    return spreadsheet_cell(shown)


def _table(columns: tuple[str, ...], rows: list[tuple]) -> str:
    lines = ["\t".join(columns)]
    lines += ["\t".join(field_text(v, c in TEXT_COLUMNS) for c, v in zip(columns, row)) for row in rows]
    return "\n".join(lines) + "\n"


def claims_tsv(report: dict) -> str:
    """One row per claim member; a member's sentences joined (ids by space, texts by space)."""
    docs = {d["id"]: d for d in report.get("documents", [])}
    sents = {s["id"]: s for d in report.get("documents", []) for s in d.get("sentences", [])}
    rows = []
    for c in report.get("claims", []):
        for m in c["members"]:
            doc = docs.get(m["doc"], {})
            members = [sents[s] for s in m["sentences"] if s in sents]
            translations = [s.get("translation") for s in members]
            if doc.get("lang") == "en":
                english, backend = " ".join(s["text"] for s in members), "source"
            else:
                english = " ".join(t["text"] for t in translations if t)
                backend = ",".join(dict.fromkeys(
                    ("translit (untranslated)" if t.get("untranslated") else t["backend"]) for t in translations if t))
            rows.append((c["id"], c["event"], c.get("score"), m["doc"], doc.get("lang"), " ".join(m["sentences"]),
                         " ".join(s["text"] for s in members), english, backend))
    return _table(CLAIM_COLUMNS, rows)


def flags_tsv(report: dict) -> str:
    """One row per flag and piece of evidence, in report order."""
    rows = []
    for f in report.get("flags", []):
        for ev in f["evidence"]:
            rows.append((f["id"], f["kind"], f["severity"], bool(f.get("dismissed")), f["message"], ev["doc"],
                         ev["sentence"], ev["surface"], ev.get("value")))
    return _table(FLAG_COLUMNS, rows)
