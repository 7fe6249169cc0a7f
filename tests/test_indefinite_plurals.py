"""Vague plurals ("tens of", "dozens of", «десетине», «десятки») read as "more than" the
order they name, the same in every language, so a faithful translation never conflicts."""
from __future__ import annotations

import pytest

from workbench.facts import extract_sentence_facts


def _quantity(text: str, lang: str):
    facts = [f for f in extract_sentence_facts(text, 0, len(text), lang, None, "s0") if f.kind == "quantity"]
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize("text,lang", [
    ("Each year, dozens of visitors are injured.", "en"),
    ("Each year, tens of visitors are injured.", "en"),
    ("Әр жылы ондаған келушілер жарақат алады.", "kk"),
    ("Her yıl düzinelerce ziyaretçi yaralanıyor.", "tr"),
    ("Всеки година десетки посетители са ранени.", "bg"),
    ("Каждый год десятки посетителей получают травмы.", "ru"),
    ("Svake godine desetine posetilaca bude povređeno.", "sr"),
    ("Сваке године десетине посетилаца буде повређено.", "sr"),
])
def test_tens_order_vague_plurals_agree_across_languages(text, lang):
    q = _quantity(text, lang)
    assert (q.value, q.hedge) == (10.0, "more_than")


@pytest.mark.parametrize("text,lang", [
    ("He received tens of millions of dollars.", "en"),
    ("Наставио је да прима десетине милиона долара.", "sr"),
    ("Он получал десятки миллионов долларов.", "ru"),
])
def test_tens_of_millions(text, lang):
    q = _quantity(text, lang)
    assert (q.value, q.hedge) == (1e7, "more_than")
