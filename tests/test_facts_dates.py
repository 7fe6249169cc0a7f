"""Date rules in all four languages: inflected months, ranges, year-only mentions, relative words."""
from __future__ import annotations

import datetime as dt

import pytest

from workbench.facts import extract_sentence_facts


def dates(text, lang, doc_date):
    out = extract_sentence_facts(text, 0, len(text), lang, doc_date, "d:0")
    for f in out:
        assert f.surface == text[f.start:f.end]
    assert not [f for f in out if f.kind == "quantity"], "a date's digits were counted as a quantity"
    return [(f.surface, f.value, f.date_end, f.relative) for f in out if f.kind == "date"]


D_SERBIA = dt.date(2026, 2, 27)


def test_bg_day_range_takes_the_year_of_the_document():
    assert dates("Вучич е на официално посещение в Астана на 26-27 февруари.", "bg", D_SERBIA) == [
        ("26-27 февруари", "2026-02-26", "2026-02-27", False)]


def test_kk_inflected_month():
    text = "Еске сала кетсек, 2 желтоқсанда Швейцария тарапының шақыруымен"
    assert dates(text, "kk", dt.date(2025, 11, 25)) == [("2 желтоқсанда", "2025-12-02", None, False)]


def test_kk_yesterday_is_resolved_and_marked_relative():
    text = "Кеше өткен Қазақстан-Сербия Іскерлік кеңесінің нәтижесі"
    assert dates(text, "kk", D_SERBIA) == [("Кеше", "2026-02-26", None, True)]
    assert dates(text, "kk", None) == []


def test_bg_last_year_is_a_year():
    assert dates("Миналата година бяха пуснати директни полети", "bg", D_SERBIA) == [
        ("Миналата година", "2025", None, True)]


def test_en_abbreviated_month_before_day():
    text = "talks with Serbian President Aleksandar Vučić on Nov. 19, Akorda reported."
    assert dates(text, "en", dt.date(2024, 11, 19)) == [("Nov. 19", "2024-11-19", None, False)]


@pytest.mark.parametrize("lang,text,surface,value", [
    ("en", "on November 19, 2024 in Astana", "November 19, 2024", "2024-11-19"),
    ("bg", "на 19 ноември 2024 г. в Астана", "19 ноември 2024 г.", "2024-11-19"),
    ("tr", "19 Kasım 2024 tarihinde", "19 Kasım 2024", "2024-11-19"),
    ("tr", "19 Kasım'da Astana'da", "19 Kasım'da", "2025-11-19"),
    ("kk", "2025 жылғы 19 қарашада", "2025 жылғы 19 қарашада", "2025-11-19"),
    ("tr", "27.02.2026 15:08", "27.02.2026", "2026-02-27"),
    ("en", "dated 2026-02-27", "2026-02-27", "2026-02-27"),
    ("bg", "през ноември 2024 г.", "ноември 2024 г.", "2024-11"),
    ("kk", "2025 жылы басталды", "2025 жылы", "2025"),
    ("tr", "2025 yılında başladı", "2025 yılında", "2025"),
    ("bg", "през 2025 г. започна", "2025 г.", "2025"),
    ("en", "started in 2025", "in 2025", "2025"),
])
def test_absolute_forms(lang, text, surface, value):
    assert dates(text, lang, D_SERBIA) == [(surface, value, None, False)]


def test_year_range():
    assert dates("През 2025-2026 г. Казахстан активно насърчава", "bg", D_SERBIA) == [
        ("2025-2026 г.", "2025", "2026", False)]


@pytest.mark.parametrize("lang,word,value", [
    ("kk", "бүгін", "2026-02-27"), ("kk", "ертең", "2026-02-28"), ("kk", "былтыр", "2025"),
    ("tr", "dün", "2026-02-26"), ("tr", "bugün", "2026-02-27"), ("tr", "geçen yıl", "2025"),
    ("bg", "вчера", "2026-02-26"), ("bg", "днес", "2026-02-27"),
    ("en", "yesterday", "2026-02-26"), ("en", "today", "2026-02-27"), ("en", "last year", "2025"),
    ("en", "next year", "2027"),
])
def test_relative_words(lang, word, value):
    assert dates(f"x {word} y", lang, D_SERBIA) == [(word, value, None, True)]


def test_turkish_dunya_is_not_yesterday():
    assert dates("dünya ekonomisi", "tr", D_SERBIA) == []


def test_day_month_takes_the_nearest_year():
    assert dates("on December 28", "en", dt.date(2026, 1, 5))[0][1] == "2025-12-28"


def test_day_month_without_document_date_is_skipped_but_not_counted():
    assert dates("2 желтоқсанда", "kk", None) == []


def test_lower_case_english_may_is_not_a_month():
    text = "they may 5 times"
    out = extract_sentence_facts(text, 0, len(text), "en", D_SERBIA, "d:0")
    assert [(f.kind, f.value, f.unit) for f in out] == [("quantity", 5.0, "time")]


def test_unsupported_language_gets_numeric_dates_and_digits():
    text = "Am 27.02.2026 kamen 1.500 Gäste"
    out = extract_sentence_facts(text, 0, len(text), "de", D_SERBIA, "d:0")
    assert [(f.kind, f.value) for f in out] == [("date", "2026-02-27"), ("quantity", 1500.0)]
