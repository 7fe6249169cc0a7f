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
    # without a document date it stays a relative fact, valued in English (issue 9, item 6)
    assert dates(text, "kk", None) == [("Кеше", "yesterday", None, True)]


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


def test_day_month_without_document_date_stays_relative_and_is_not_counted():
    # the year is the document's: without a document date a relative fact (issue 9, item 6)
    assert dates("2 желтоқсанда", "kk", None) == [("2 желтоқсанда", "--12-02", None, True)]
    assert dates("26-27 февруари", "bg", None) == [("26-27 февруари", "--02-26", "--02-27", True)]
    assert dates("през юни", "bg", None) == [("през юни", "--06", None, True)]
    text = "2 желтоқсанда"
    assert [f.kind for f in extract_sentence_facts(text, 0, len(text), "kk", None, "d:0")] == ["date"]


def test_lower_case_english_may_is_not_a_month():
    text = "they may 5 times"
    out = extract_sentence_facts(text, 0, len(text), "en", D_SERBIA, "d:0")
    assert [(f.kind, f.value, f.unit) for f in out] == [("quantity", 5.0, "time")]


def test_unsupported_language_gets_numeric_dates_and_digits():
    text = "Am 27.02.2026 kamen 1.500 Gäste"
    out = extract_sentence_facts(text, 0, len(text), "de", D_SERBIA, "d:0")
    assert [(f.kind, f.value) for f in out] == [("date", "2026-02-27"), ("quantity", 1500.0)]


D_FLORES = dt.date(1925, 6, 15)


def hedged(text, lang, doc_date=D_FLORES):
    out = extract_sentence_facts(text, 0, len(text), lang, doc_date, "d:0")
    return [(f.surface, f.value, f.date_end, f.hedge) for f in out if f.kind == "date"]


@pytest.mark.parametrize("lang,text,surface,value", [
    ("kk", "2001 жылдың 11 қыркүйегінен кейін", "2001 жылдың 11 қыркүйегінен", "2001-09-11"),  # к -> г
    ("kk", "«1776 жылдың 4 шілдесіндегі түпнұсқалық", "1776 жылдың 4 шілдесіндегі", "1776-07-04"),
    ("kk", "2 желтоқсанның басында", "2 желтоқсанның", "1925-12-02"),
    ("tr", "ziyaret 3 Aralığında yapıldı", "3 Aralığında", "1925-12-03"),  # k -> ğ
    ("en", "in the post-September 11, 2001 era", "September 11, 2001", "2001-09-11"),
])
def test_voiced_and_long_month_endings(lang, text, surface, value):
    assert dates(text, lang, D_FLORES) == [(surface, value, None, False)]


@pytest.mark.parametrize("lang,text,surface,value", [
    ("bg", "навлизат в Южна Франция на 35 август 1940 г. и", "35 август 1940 г.", "1940-08-35"),
    ("kk", "Купер 75 қаңтар айында", "75 қаңтар", "1925-01-75"),
])
def test_impossible_day_is_kept_as_written(lang, text, surface, value):
    """A changed digit can make "25 август" into "35 август": still a date, so it conflicts."""
    assert dates(text, lang, D_FLORES) == [(surface, value, None, False)]


@pytest.mark.parametrize("lang,text,surface", [
    ("en", "Apia was founded in the 1850s and", "the 1850s"),
    ("tr", "Apia 1850'lerde kurulmuştur", "1850'lerde"),
    ("kk", "Апиа негізі 1850 жылдары қаланды", "1850 жылдары"),
    ("bg", "основана през 50-те години на 19-ти век.", "50-те години на 19-ти век"),
])
def test_decades(lang, text, surface):
    assert dates(text, lang, D_FLORES) == [(surface, "1850", "1859", False)]


def test_bg_decade_without_century_is_dropped_not_counted():
    assert dates("Апия е основана през 50-те години.", "bg", D_FLORES) == []


def test_kk_year_range_in_years_is_not_a_decade():
    assert dates("1972-1981 жылдары қызмет етті", "kk", D_FLORES) == [("1972-1981 жылдары", "1972", "1981", False)]


@pytest.mark.parametrize("lang,text,surface", [
    ("en", "served from 1977 to 1981, succeeding", "from 1977 to 1981"),
    ("en", "served between 1977 and 1981, succeeding", "between 1977 and 1981"),
    ("bg", "служи от 1977 до 1981 г. като", "от 1977 до 1981 г."),
    ("tr", "1977'den 1981'e kadar görev yaptı", "1977'den 1981'e"),
])
def test_year_ranges_with_words(lang, text, surface):
    assert dates(text, lang, D_FLORES) == [(surface, "1977", "1981", False)]


@pytest.mark.parametrize("lang,text,surface,value", [
    ("bg", "протестите, които започнаха през юни, беше", "през юни", "1925-06"),
    ("en", "protests that started in October.", "in October", "1925-10"),
    ("tr", "temmuz ayına kadar gerçekleştirilecek", "temmuz ayına kadar", "1925-07"),  # bounded: test_date_until.py
    ("tr", "Seçimler Ekim'de yapılacak", "Ekim'de", "1925-10"),
    ("kk", "қараша айында шақырылатын", "қараша айында", "1925-11"),
    ("kk", "сәуірдің соңына қарай хабарланды", "сәуірдің", "1925-04"),
])
def test_month_alone_marked_as_a_time(lang, text, surface, value):
    assert dates(text, lang, D_FLORES) == [(surface, value, None, False)]


@pytest.mark.parametrize("lang,text", [
    ("kk", "Бұл маусымдағы аурудың"),  # маусым: "season"
    ("kk", "Қазан қаласында"),  # the city Kazan
    ("en", "He may go home"),
    ("tr", "Kasım'ın kardeşi geldi"),  # the first name
])
def test_month_words_that_are_not_dates(lang, text):
    assert dates(text, lang, D_FLORES) == []


@pytest.mark.parametrize("lang,text,surface,value,hedge", [
    ("tr", "Bush yaklaşık 16 Kasım sabahı Singapur'a ulaştı", "yaklaşık 16 Kasım", "1925-11-16", "about"),
    ("bg", "на около 25 януари е открил", "около 25 януари", "1925-01-25", "about"),
    ("kk", "2001 жылдың кемінде 11 қыркүйегінен кейін", "2001 жылдың кемінде 11 қыркүйегінен", "2001-09-11",
     "at_least"),
    ("kk", "бөлігі шамамен 1504 жылға дейін жалғасты", "шамамен 1504 жылға дейін", "1504", "up_to_about"),
])
def test_hedged_dates(lang, text, surface, value, hedge):
    assert hedged(text, lang) == [(surface, value, None, hedge)]


@pytest.mark.parametrize("lang,text,surface,hedge", [
    ("kk", "біздің заманымызға дейінгі 10-ғасырда Вербер балықшылары", "10-ғасырда", "exact"),
    ("tr", "MÖ yaklaşık 10. yüzyılda atılmış", "yaklaşık 10. yüzyılda", "about"),
    ("bg", "основан през 10-ти век пр.н.е. от", "10-ти век", "exact"),
    ("en", "founded in the 10th century BCE", "10th century", "exact"),
])
def test_centuries_are_dates(lang, text, surface, hedge):
    assert hedged(text, lang) == [(surface, "0901", "1000", hedge)]
