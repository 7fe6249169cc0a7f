"""A fact extractor never raises on any text (issues 9 and 10: D1, C6).

Random Unicode with a fixed seed, very long lines, extreme document dates with relative
words, format characters inside words; and a failure in one document's facts is reported
for that document while the run goes on.
"""
from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

import workbench.facts as facts_module
from workbench.corpus import parse_text
from workbench.facts import extract_facts, extract_sentence_facts
from workbench.segmentation import segment_document

LANGS = ("kk", "tr", "bg", "en", "de", "")
DATES = (None, dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(2026, 2, 27))
# Pieces that reach the extractors' rules: digits with every separator, scale and hedge
# words, month names, relative words, currency signs, suffixes, format characters.
PIECES = ("1", "60", "2025", "9999", "0001", "1,5", "1.500.000", "1 500 000", "3.", "-", "–", ":", "%", "$", "£",
          "€", "m", "bn", "млн", "milyar", "мың", "жүз", "бір", "жарым", "бүтін", "оннан", "-нші", "-тан", "'tan",
          "аса", "fazla", "около", "nearly", "as many as", "up to", "жылы", "жылдың", "yılında", "г.",
          "наурызында", "Kasım", "ноември", "November", "tomorrow", "yesterday", "ертең", "кеше", "биыл",
          "вчера", "dün", "last year", "өткен жылы", "\u200b", "\ufeff", "\u00ad", "\u202e", "\u0301",
          "«", "»", "\"", "Serbia", "Тоқаев", " ", " ", "\n", "\u00a0")


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 40)):
        if rng.random() < 0.6:
            parts.append(rng.choice(PIECES))
        else:  # any code point, lone surrogates included
            parts.append("".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 4))))
    return "".join(parts)


def check(text, lang, doc_date):
    out = extract_sentence_facts(text, 0, len(text), lang, doc_date, "d:0")
    for f in out:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.surface == text[f.start:f.end]
    return out


def test_random_unicode_never_raises():
    rng = random.Random(20261201)
    for _ in range(600):
        text = random_text(rng)
        check(text, rng.choice(LANGS), rng.choice(DATES))


@pytest.mark.parametrize("lang", ["kk", "en"])  # the two richest rule sets; each line takes ~30 s
def test_one_megabyte_line(lang):
    rng = random.Random(7)
    words = [p for p in PIECES if p.strip()]
    text = " ".join(rng.choice(words) for _ in range(200_000))[:1_000_000]
    out = check(text, lang, dt.date(2026, 2, 27))
    assert out  # it was read, not given up on


@pytest.mark.parametrize("lang,word,doc_date,unresolved", [
    ("en", "tomorrow", dt.date(9999, 12, 31), "tomorrow"),
    ("en", "next year", dt.date(9999, 12, 31), "next year"),
    ("en", "yesterday", dt.date(1, 1, 1), "yesterday"),
    ("kk", "ертең", dt.date(9999, 12, 31), "tomorrow"),
    ("kk", "кеше", dt.date(1, 1, 1), "yesterday"),
    ("bg", "вчера", dt.date(1, 1, 1), "yesterday"),
    ("tr", "dün", dt.date(1, 1, 1), "yesterday"),
])
def test_relative_date_past_the_calendar_stays_relative(lang, word, doc_date, unresolved):
    """` date 9999-12-31` with "tomorrow": no OverflowError, the fact keeps its relative meaning."""
    out = check(f"x {word} y", lang, doc_date)
    assert [(f.kind, f.value, f.relative) for f in out] == [("date", unresolved, True)]


@pytest.mark.parametrize("lang,text,clean", [
    ("en", "Talks in Ser\ufeffbia ended.", "Talks in Serbia ended."),
    ("en", "Talks in Ser\u200bbia ended.", "Talks in Serbia ended."),
    ("en", "Talks in Ser\u00adbia ended.", "Talks in Serbia ended."),
    ("kk", "Қазақстанда 6\u200b0-тан аса компания", "Қазақстанда 60-тан аса компания"),
    ("en", "On 19 Novem\u200bber 2024 more than 6\u200d0 companies came.",
     "On 19 November 2024 more than 60 companies came."),
])
def test_format_characters_do_not_break_facts_and_offsets_stay_in_the_original(lang, text, clean):
    got = check(text, lang, dt.date(2026, 2, 27))
    want = check(clean, lang, dt.date(2026, 2, 27))
    assert [(f.kind, f.value, f.unit, f.hedge) for f in got] == [(f.kind, f.value, f.unit, f.hedge) for f in want]
    assert [f.surface.replace("\ufeff", "").replace("\u200b", "").replace("\u00ad", "").replace("\u200d", "")
            for f in got] == [f.surface for f in want]


def test_name_with_a_bom_inside_is_the_whole_name():
    text = "Talks in Ser\ufeffbia ended."
    names = [f for f in check(text, "en", None) if f.kind == "name"]
    assert [(f.surface, f.start, f.end) for f in names] == [("Ser\ufeffbia", 9, 16)]
    assert names[0].value == [f for f in check("Talks in Serbia ended.", "en", None) if f.kind == "name"][0].value


def _doc(text, doc_id, lang="en"):
    return segment_document(parse_text(text, f"{doc_id}.txt", doc_id, lang=lang))


def test_a_failing_document_is_reported_by_name_and_its_facts_are_empty(monkeypatch):
    good, bad = _doc("We saw 60 companies.", "good"), _doc("We saw 70 companies.", "bad")
    real = facts_module.find_dates

    def explode(text, start, end, lang, doc_date, sid):
        if "70" in text:
            raise RuntimeError("boom")
        return real(text, start, end, lang, doc_date, sid)

    monkeypatch.setattr(facts_module, "find_dates", explode)
    problems: list[str] = []
    got_good = extract_facts(good, problems)
    got_bad = extract_facts(bad, problems)
    assert [f.value for fs in got_good.values() for f in fs if f.kind == "quantity"] == [60]
    assert set(got_bad) == {s.id for s in bad.sentences} and not any(got_bad.values())
    assert len(problems) == 1
    assert "bad.txt" in problems[0] and "RuntimeError: boom" in problems[0] and "\n" not in problems[0]


class _TinyEncoder:
    name, dim = "tiny", 4

    def encode(self, texts):
        return np.array([[1.0, len(t) % 7, t.count(" "), 1.0] for t in texts], dtype=np.float32)


def test_pipeline_reports_the_failing_document_and_keeps_the_others(monkeypatch):
    from workbench.pipeline import run_pipeline

    real = facts_module.find_dates

    def explode(text, start, end, lang, doc_date, sid):
        if "70" in text[start:end]:
            raise OverflowError("date value out of range")
        return real(text, start, end, lang, doc_date, sid)

    monkeypatch.setattr(facts_module, "find_dates", explode)
    docs = [parse_text("We saw 60 companies.", "a.txt", "a", lang="en"),
            parse_text("We saw 70 companies.", "b.txt", "b", lang="en")]
    lines: list[str] = []
    result = run_pipeline(docs, store=None, encoder=_TinyEncoder(), skip=("translate",), warn=lines.append)
    assert len(lines) == 1 and "b.txt" in lines[0] and "OverflowError" in lines[0]
    assert [f.value for fs in result.facts.values() for f in fs if f.kind == "quantity"] == [60]
    assert result.problems == lines
