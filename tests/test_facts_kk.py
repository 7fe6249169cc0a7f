"""Kazakh fact rules: number words, case suffixes on numbers, hedges after the number, counted nouns."""
from __future__ import annotations

import datetime as dt

import pytest

from facts_helpers import extractor

DOC_DATE = dt.date(2026, 2, 27)


facts, one_quantity = extractor('kk', DOC_DATE)


def test_seed_more_than_sixty_serbian_companies():
    q = one_quantity("Қазақстанда 60-тан аса сербиялық компания жемісті еңбек етіп жатыр.")
    assert (q.value, q.unit, q.hedge, q.low, q.high) == (60, "company", "more_than", 60, None)
    assert q.surface == "60-тан аса сербиялық компания"


def test_seed_thirty_years_is_a_count_not_a_date():
    q = one_quantity("дипломатиялық қатынас орнағанына 30 жыл толу қарсаңында өтіп жатқанына")
    assert (q.value, q.unit, q.hedge, q.low, q.high) == (30, "year", "exact", 30, 30)
    assert facts("30 жыл толу", "date") == []


def test_seed_ten_years_ago_in_words():
    q = one_quantity("келісімнің он жыл бұрын қабылданып")
    assert (q.value, q.unit) == (10, "year")
    assert q.ago is True


def test_seed_bir_birine_is_not_a_count():
    assert facts("Мемлекеттер басшылары бір біріне делегация мүшелерін таныстырды.", "quantity") == []


def test_two_countries_with_genitive():
    q = one_quantity("екі елдің әнұрандары шырқалды")
    assert (q.value, q.unit) == (2, "country")


@pytest.mark.parametrize("text,value,unit", [
    ("алпыс бес адам", 65, "person"),
    ("жиырма үш компания", 23, "company"),
    ("үш жүз адам", 300, "person"),
    ("екі мың жиырма бес адам", 2025, "person"),
    ("3,5 пайыз", 3.5, "percent"),
    ("5 %", 5, "percent"),
    ("1 500 000 теңге", 1_500_000, "tenge"),
    ("1\u00a0500\u00a0000 теңге", 1_500_000, "tenge"),
    ("1\u202f500 теңге", 1_500, "tenge"),
    ("2 млрд доллар", 2e9, "dollar"),
    ("60 мың адам", 60_000, "person"),
    ("10 меморандумға қол қойылды", 10, "memorandum"),
    ("3 келісім", 3, "agreement"),
])
def test_values_and_units(text, value, unit):
    q = one_quantity(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit,hedge,low,high", [
    ("60-тан астам компания", 60, "company", "more_than", 60, None),
    ("60-тан артық компания", 60, "company", "more_than", 60, None),
    ("оннан аса ел", 10, "country", "more_than", 10, None),
    ("шамамен 60 компания", 60, "company", "about", 54, 66),
    ("60-қа жуық компания", 60, "company", "about", 54, 66),
    ("60 шамасында компания", 60, "company", "about", 54, 66),
    ("60-тан кем компания", 60, "company", "less_than", None, 60),
    ("60-қа дейін компания", 60, "company", "up_to", None, 60),
    ("кем дегенде 60 компания", 60, "company", "at_least", 60, None),
    ("кемінде 60 компания", 60, "company", "at_least", 60, None),
])
def test_hedges(text, value, unit, hedge, low, high):
    q = one_quantity(text)
    assert (q.value, q.unit, q.hedge, q.low, q.high) == (value, unit, hedge, low, high)


def test_ordinals_are_not_counts():
    # a position in order, no count (an ordinal in digits is a fact of its own unit: tenth session)
    assert [(f.value, f.unit) for f in facts("5-ші деңгей", "quantity")] == [(5, "ordinal")]
    assert facts("SCAT компаниясына әуе кеңістігінде бесінші деңгейлі еркіндік беру", "quantity") == []


def test_year_with_case_suffix_is_a_date_not_a_quantity():
    assert facts("2025-те", "quantity") == []
    assert [f.value for f in facts("2025-те басталды", "date")] == ["2025"]


def test_range():
    q = one_quantity("26-27 адам")
    assert (q.value, q.low, q.high, q.range_high is not None) == (26, 26, 27, True)


def test_unknown_noun_is_kept_as_the_facts_noun():
    q = one_quantity("7 шахтер")
    assert q.unit is None and q.noun == "шахтер"


def test_teens_are_one_number():
    assert [q.value for q in facts("он төрт адам", "quantity")] == [14]


def test_year_with_hyphenated_year_word():
    assert [(f.kind, f.value) for f in facts("2016-жылы оның президенттік", "date")] == [("date", "2016")]
