"""Money and scale words glued to numbers, and hedges with their interval meaning (issue 9).

The same amount written in two languages must give the same (value, unit): English
news writes ``£40m``, ``$1.2bn``, ``€7.5billion``; Kazakh, Turkish and Bulgarian write
``40 млн фунт``, ``1,2 milyar dolar``, ``7,5 млрд. евро``.
"""
from __future__ import annotations

import datetime as dt

import pytest

from facts_helpers import extractor

DOC_DATE = dt.date(2026, 2, 27)
EXTRACT = {lang: extractor(lang, DOC_DATE) for lang in ("en", "kk", "tr", "bg")}


def quantity(lang, text):
    return EXTRACT[lang][1](text)


@pytest.mark.parametrize("text,value,unit,surface", [
    ("The deal is worth £40m.", 4e7, "pound", "£40m"),
    ("a $1.2bn loan", 1.2e9, "dollar", "$1.2bn"),
    ("€7.5billion in aid", 7.5e9, "euro", "€7.5billion"),
    ("a £30million fund", 3e7, "pound", "£30million"),
    ("1.8 million people live there", 1.8e6, "person", "1.8 million people"),
    ("$5.4tn of debt", 5.4e12, "dollar", "$5.4tn"),
    ("a £250k bonus", 2.5e5, "pound", "£250k"),
    ("more than 2m people", 2e6, "person", "more than 2m people"),
    ("40bn euros", 4e10, "euro", "40bn euros"),
])
def test_english_glued_scale_words(text, value, unit, surface):
    q = quantity("en", text)
    assert (q.value, q.unit, q.surface) == (pytest.approx(value), unit, surface)
    assert q.words is False  # digits with a glued scale word, not a number written in words


def test_glued_m_without_currency_is_metres():
    q = quantity("en", "he won the 100m race")
    assert (q.value, q.unit) == (100, "meter")


@pytest.mark.parametrize("en,other_lang,other", [
    ("£40m", "kk", "40 млн фунт"),
    ("$1.2bn", "kk", "1,2 млрд доллар"),
    ("$1.2bn", "tr", "1,2 milyar dolar"),
    ("$1.2bn", "bg", "1,2 млрд. долара"),
    ("€7.5billion", "tr", "7,5 milyar avro"),
    ("€7.5billion", "bg", "7,5 млрд. евро"),
    ("1.8 million people", "kk", "1,8 миллион адам"),
    ("1.8 million people", "bg", "1,8 милиона души"),
    ("£30million", "bg", "30 млн. паунда"),
    ("1.5 million people", "kk", "бір жарым миллион адам"),
    ("2,500 tonnes", "kk", "екі жарым мың тонна"),
])
def test_same_amount_in_two_languages_is_equal(en, other_lang, other):
    a, b = quantity("en", en), quantity(other_lang, other)
    assert (a.value, a.unit) == (pytest.approx(b.value), b.unit)
    assert (a.low, a.high) == (pytest.approx(b.low), pytest.approx(b.high))


@pytest.mark.parametrize("text,value,hedge,low,high", [
    ("as many as 60 people died", 60, "about", 54, 66),
    ("up to 5,000 workers", 5000, "up_to", None, 5000),
    ("just over 300 people", 300, "about", 270, 330),
    ("upwards of 2 million people", 2e6, "more_than", 2e6, None),
    ("nearly 40 companies", 40, "about", 36, 44),
    ("almost 40 companies", 40, "about", 36, 44),
    ("some 200 companies", 200, "about", 180, 220),
    ("roughly 3.5 million tonnes", 3.5e6, "about", 3.15e6, 3.85e6),
    ("in excess of $1.2bn", 1.2e9, "more_than", 1.2e9, None),
    ("nearly £40m was spent", 4e7, "about", 3.6e7, 4.4e7),
    ("Up to 40 per cent of them", 40, "up_to", None, 40),
    ("fewer than 10 companies", 10, "less_than", None, 10),
])
def test_english_hedges(text, value, hedge, low, high):
    q = quantity("en", text)
    assert (q.value, q.hedge) == (pytest.approx(value), hedge)
    assert q.low == (None if low is None else pytest.approx(low))
    assert q.high == (None if high is None else pytest.approx(high))


def test_per_cent_in_two_words_is_percent():
    assert quantity("en", "up to 40 per cent of them").unit == "percent"


def test_some_before_a_noun_is_no_hedge():
    q = quantity("en", "some of the 200 companies")
    assert q.hedge == "exact"


@pytest.mark.parametrize("lang,text,hedge", [
    ("kk", "мыңнан астам адам", "more_than"),
    ("kk", "жүзден аса компания", "more_than"),
    ("kk", "мыңға жуық адам", "about"),
    ("kk", "мыңға тарта адам", "about"),
    ("kk", "300-дей адам", "about"),
    ("kk", "тоғыз жүздей адам", "about"),
    ("kk", "жеті мың тоннаға дейін", "up_to"),
    ("tr", "300 kişiye kadar", "up_to"),
    ("tr", "300'ü aşkın kişi", "more_than"),
    ("tr", "300'den fazla kişi", "more_than"),
    ("tr", "yaklaşık 300 kişi", "about"),
    ("tr", "300 civarında kişi", "about"),
    ("bg", "близо 300 души", "about"),
    ("bg", "над 300 души", "more_than"),
    ("bg", "до 300 души", "up_to"),
    ("bg", "най-малко 300 души", "at_least"),
])
def test_hedges_of_the_other_languages(lang, text, hedge):
    q = quantity(lang, text)
    assert q.hedge == hedge
    assert q.low is None or q.low <= q.value
    assert q.high is None or q.high >= q.value


def test_every_hedge_phrase_of_every_pack_is_read():
    """Walk each language's hedge table: every phrase, placed where the table says, gives its hedge."""
    from workbench.lang import get as get_pack

    for lang in ("en", "kk", "tr", "bg"):
        numbers = get_pack(lang).numbers
        for hedge, phrases in numbers.hedges.items():
            for phrase in phrases:
                text = phrase.replace("#", "40").replace("…", {"kk": "жылдан", "tr": "yıldan"}.get(lang, ""))
                facts = EXTRACT[lang][0](text, "quantity")
                assert [f.hedge for f in facts] == [hedge], (lang, phrase, facts)


@pytest.mark.parametrize("lang,text,value,unit", [
    ("en", "thousands of people fled", 1000, "person"),
    ("en", "tens of thousands of people", 10_000, "person"),
    ("en", "hundreds of millions of dollars", 1e8, "dollar"),
    ("tr", "binlerce kişi", 1000, "person"),
    ("tr", "on milyonlarca dolar", 1e7, "dollar"),
    ("bg", "десетки хиляди души", 10_000, "person"),
    ("bg", "хиляди души", 1000, "person"),
    ("kk", "мыңдаған адам", 1000, "person"),
    ("kk", "ондаған миллион доллар", 1e7, "dollar"),
])
def test_indefinite_plurals_are_more_than_the_scale(lang, text, value, unit):
    q = quantity(lang, text)
    assert (q.value, q.unit, q.hedge, q.low, q.high) == (pytest.approx(value), unit, "more_than",
                                                         pytest.approx(value), None)


def test_a_number_before_a_plural_scale_is_exact():
    assert quantity("bg", "пет хиляди души").hedge == "exact"
