"""TSV exports: headers, one row per claim member / flag evidence, one line per record."""
from __future__ import annotations

import copy

from report_fixture import build_report
from workbench.exports import CLAIM_COLUMNS, FLAG_COLUMNS, claims_tsv, flags_tsv


def _rows(text: str) -> list[list[str]]:
    assert text.endswith("\n")
    return [line.split("\t") for line in text[:-1].split("\n")]


def test_claims_tsv_rows():
    r = build_report()
    rows = _rows(claims_tsv(r))
    assert rows[0] == list(CLAIM_COLUMNS)
    body = [dict(zip(CLAIM_COLUMNS, row)) for row in rows[1:]]
    assert all(len(row) == len(CLAIM_COLUMNS) for row in rows)
    assert len(body) == sum(len(c["members"]) for c in r["claims"])
    c1 = r["claims"][1]
    bg = next(b for b in body if b["claim"] == c1["id"] and b["doc"] == "bg1")
    assert bg == {"claim": c1["id"], "event": "e-1", "score": "0.287", "doc": "bg1", "lang": "bg",
                  "sentences": "bg1:1", "source_text": "Казахстан и Сърбия подписаха 12 споразумения.",
                  "english_text": "Kazakhstan and Serbia signed 12 agreements.", "backend": "apertium"}
    translit = next(b for b in body if b["sentences"] == "kk1:2")
    assert translit["backend"] == "translit (untranslated)"
    english = next(b for b in body if b["sentences"] == "en1:1")
    assert english["backend"] == "source" and english["english_text"] == english["source_text"]
    single = next(b for b in body if b["sentences"] == "kk2:0")
    assert single["score"] == ""


def test_flags_tsv_rows():
    r = build_report()
    rows = _rows(flags_tsv(r))
    assert rows[0] == list(FLAG_COLUMNS)
    assert len(rows) - 1 == sum(len(f["evidence"]) for f in r["flags"])
    body = [dict(zip(FLAG_COLUMNS, row)) for row in rows[1:]]
    conflict = [b for b in body if b["flag"] == "f-conf01"]
    assert [(b["doc"], b["value"]) for b in conflict] == [("kk1", "10"), ("tr1", "10"), ("bg1", "12")]
    assert {b["dismissed"] for b in body if b["flag"] == "f-conf02"} == {"true"}
    assert {b["dismissed"] for b in conflict} == {"false"}
    assert next(b for b in body if b["flag"] == "f-tran01")["value"] == ""


def test_tabs_and_newlines_inside_fields_become_spaces():
    r = copy.deepcopy(build_report())
    r["documents"][0]["sentences"][1]["text"] = "a\tb\nc\r\nd"
    r["flags"][0]["message"] = "line one\nline\ttwo"
    claims = _rows(claims_tsv(r))
    assert all(len(row) == len(CLAIM_COLUMNS) for row in claims)
    assert any(row[6] == "a b c  d" for row in claims)
    flags = _rows(flags_tsv(r))
    assert all(len(row) == len(FLAG_COLUMNS) for row in flags)
    assert flags[1][4] == "line one line two"


def test_utf8_text_kept():
    assert "Қазақстан" in claims_tsv(build_report()).encode("utf-8").decode("utf-8")
