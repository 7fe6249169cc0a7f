"""English fact rules: 1,500,000 / 3.5, hedges, number words, "one of" and ordinals."""
from __future__ import annotations

import datetime as dt

import pytest

from facts_helpers import extractor

DOC_DATE = dt.date(2024, 11, 19)


facts, one_quantity = extractor('en', DOC_DATE)


def test_more_than_sixty_serbian_companies():
    q = one_quantity("more than 60 Serbian companies operate in Kazakhstan")
    assert (q.value, q.unit, q.hedge, q.low, q.high) == (60, "company", "more_than", 60, None)
    assert q.surface == "more than 60 Serbian companies"


def test_seed_two_countries():
    q = one_quantity("Tokayev acknowledged the trust-based partnership between the two countries, built on dialogue.")
    assert (q.value, q.unit) == (2, "country")


@pytest.mark.parametrize("text,value,unit", [
    ("10 memoranda were signed", 10, "memorandum"),
    ("1,500,000 people", 1_500_000, "person"),
    ("3.5 percent", 3.5, "percent"),
    ("3.5%", 3.5, "percent"),
    ("$2 billion", 2e9, "dollar"),
    ("2 billion dollars", 2e9, "dollar"),
    ("sixty-five people", 65, "person"),
    ("one hundred and five people", 105, "person"),
    ("twenty companies", 20, "company"),
    ("one agreement was signed", 1, "agreement"),
    ("10 direct flights", 10, "flight"),
])
def test_values_and_units(text, value, unit):
    q = one_quantity(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text,hedge,low,high", [
    ("about 60 companies", "about", 54, 66),
    ("approximately 60 companies", "about", 54, 66),
    ("some 60 companies", "about", 54, 66),
    ("over 60 companies", "more_than", 60, None),
    ("fewer than 60 companies", "less_than", None, 60),
    ("up to 60 companies", "up_to", None, 60),
    ("at least 60 companies", "at_least", 60, None),
])
def test_hedges(text, hedge, low, high):
    q = one_quantity(text)
    assert (q.value, q.unit, q.hedge, q.low, q.high) == (60, "company", hedge, low, high)


def test_ten_years_ago_never_meets_ten_memoranda():
    years = one_quantity("The agreement was adopted ten years ago.")
    memoranda = one_quantity("10 memoranda were signed.")
    assert years.ago and years.unit == "year" and memoranda.unit == "memorandum"


@pytest.mark.parametrize("text", ["one of the leaders", "a memorandum of cooperation",
                                  "his first official visit", "the fifth freedom", "the 5th freedom"])
def test_not_counts(text):
    # an ordinal in digits is a position in order, a fact of its own unit, no count (tenth session)
    assert [f for f in facts(text, "quantity") if f.unit != "ordinal"] == []


def test_year_after_preposition_is_a_date():
    assert [(f.kind, f.value) for f in facts("signed in 2025")] == [("date", "2025")]
