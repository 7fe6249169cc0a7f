"""Rules added from the consistency eval's misses: more hedge words, two-number ranges,
hedges after the counted noun, ambiguous thousands, early years, and units of length/weight."""
from __future__ import annotations

import datetime as dt

import pytest

from workbench.facts import extract_sentence_facts

DOC_DATE = dt.date(1925, 6, 15)


def facts(text, lang, kind=None):
    out = extract_sentence_facts(text, 0, len(text), lang, DOC_DATE, "d:0")
    for f in out:
        assert f.surface == text[f.start:f.end]
    return [f for f in out if kind is None or f.kind == kind]


def quantities(text, lang):
    return [(f.surface, f.value, f.unit, f.hedge, f.low, f.high) for f in facts(text, lang, "quantity")]


@pytest.mark.parametrize("lang,text,surface,value,hedge", [
    ("en", "weighed in excess of 1,000 pounds", "in excess of 1,000 pounds", 1000, "more_than"),
    ("en", "for over a thousand years", "over a thousand years", 1000, "more_than"),
    ("en", "as many as thirty females", "as many as thirty", 30, "about"),
    ("en", "a population of just under 40,000.", "just under 40,000", 40000, "about"),
    ("tr", "İzmir, aşağı yukarı 3,7 milyon nüfusu ile", "aşağı yukarı 3,7 milyon", 3.7e6, "about"),
    ("tr", "40.000'in biraz altında bir nüfusa", "40.000'in biraz altında", 40000, "about"),
    ("kk", "халқы 40 000-нан сәл төмен.", "40 000-нан сәл төмен", 40000, "about"),
    ("kk", "Іске қосудан шамаман 3 минут өткен", "шамаман 3", 3, "about"),  # a common misspelling
    ("bg", "пътуваха приблизително с 17 500 мили в час", "приблизително с 17 500 мили", 17500, "about"),
])
def test_more_hedge_words(lang, text, surface, value, hedge):
    (q,) = facts(text, lang, "quantity")
    assert (q.surface, q.value, q.hedge) == (surface, value, hedge)


@pytest.mark.parametrize("lang,text,surface,unit", [
    ("kk", "биіктігі 100 футтан асатын алып ракета", "100 футтан асатын", "foot"),
    ("kk", "жасы мың жылдан асып кеткен", "мың жылдан асып", "year"),
    ("tr", "10 yıldan fazla bekledi", "10 yıldan fazla", "year"),
])
def test_more_than_after_the_counted_noun(lang, text, surface, unit):
    (q,) = facts(text, lang, "quantity")
    assert (q.surface, q.unit, q.hedge) == (surface, unit, "more_than")


@pytest.mark.parametrize("lang,text,surface,low,high,unit,hedge", [
    ("bg", "Курсът е от приблизително 2 до 5 дни.", "приблизително 2 до 5 дни", 1.8, 5.5, "day", "about"),
    ("bg", "Курсът е от 2 до 5 дни.", "от 2 до 5 дни", 2, 5, "day", "exact"),
    ("bg", "ще струват между 2 500 и 130 000 йени", "между 2 500 и 130 000", 2500, 130000, None, "exact"),
    ("tr", "bir ila üç arasında değişen erkek", "bir ila üç arasında", 1, 3, None, "exact"),
    ("kk", "бағасы 150-ден 200-ге дейін теңге", "150-ден 200-ге дейін теңге", 150, 200, "tenge", "exact"),
    ("en", "from 2 to 5 days", "from 2 to 5 days", 2, 5, "day", "exact"),
    ("en", "(328 to 820 feet)", "328 to 820 feet", 328, 820, "foot", "exact"),
    ("en", "between 5 and 10 companies", "between 5 and 10 companies", 5, 10, "company", "exact"),
    ("en", "at least 100 to 250 meters", "at least 100 to 250 meters", 100, None, "meter", "at_least"),
])
def test_two_number_ranges_are_one_fact(lang, text, surface, low, high, unit, hedge):
    (q,) = facts(text, lang, "quantity")
    assert (q.surface, q.low, q.high, q.unit, q.hedge) == (surface, low, high, unit, hedge)
    assert q.range_high is not None


def test_and_without_between_is_a_list_not_a_range():
    assert [q[1] for q in quantities("5 and 10 companies", "en")] == [5, 10]


def test_number_word_right_after_digits_is_what_is_counted():
    # "51 төрт ұпайлықты" = 51 four-pointers (cricket "fours")
    assert [q[1] for q in quantities("51 төрт ұпайлықты және 2 алты ұпайлықты соқты", "kk")] == [51, 2]


def test_comma_grouped_thousands_keep_both_readings():
    (q,) = facts("Amazon Nehri'nin ana kolu 6,387 km'dir.", "tr", "quantity")
    assert (q.value, q.alt) == (6.387, 6387.0)


@pytest.mark.parametrize("lang,text,surface,unit", [
    ("kk", "шыңы 6892 м жетеді", "6892 м", "meter"),
    ("en", "peaking at 4892 m Mount Vinson", "4892 m", "meter"),
    ("bg", "сблъскаха на 491 мили над Земята", "491 мили", "mile"),
    ("bg", "тежаха повече от 1000 паунда", "повече от 1000 паунда", "pound"),
])
def test_units_of_length_and_weight(lang, text, surface, unit):
    (q,) = facts(text, lang, "quantity")
    assert (q.surface, q.unit) == (surface, unit)
    assert not facts(text, lang, "date")  # "от 1000" before a unit is no year


def test_short_unit_stems_need_the_exact_word():
    assert facts("5 мына жерде", "kk", "quantity")[0].unit is None


@pytest.mark.parametrize("lang,text,surface,value", [
    ("tr", "1816'da keşfedilen adalar", "1816'da", "1816"),
    ("tr", "1765'in kuzeyinde", "1765'in", "1765"),
])
def test_early_years_with_a_case_ending(lang, text, surface, value):
    (d,) = facts(text, lang, "date")
    assert (d.surface, d.value) == (surface, value)
    assert not facts(text, lang, "quantity")


def test_hedged_year_is_a_date_with_the_hedge():
    (d,) = facts("which by convention ends around 1500.", "en", "date")
    assert (d.surface, d.value, d.hedge) == ("around 1500", "1500", "about")
