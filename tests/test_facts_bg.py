"""Bulgarian fact rules: 1 500 000 / 3,5, hedges before the number, number words joined by "и"."""
from __future__ import annotations

import datetime as dt

import pytest

from facts_helpers import extractor

DOC_DATE = dt.date(2026, 2, 27)


facts, one_quantity = extractor('bg', DOC_DATE)


def test_seed_about_sixty_serbian_companies():
    q = one_quantity("Токаев отбеляза също, че приблизително 60 сръбски компании в момента работят в Казахстан")
    assert (q.value, q.unit, q.hedge, q.low, q.high) == (60, "company", "about", 54, 66)
    assert q.surface == "приблизително 60 сръбски компании"


def test_seed_ten_memoranda_and_the_two_sides():
    qs = facts("След разговорите с Токаев беше прието съвместно изявление и бяха подписани 10 меморандума "
               "между съответните агенции на двете страни.", "quantity")
    assert [(q.value, q.unit) for q in qs] == [(10, "memorandum"), (2, "country")]


@pytest.mark.parametrize("text,value,unit", [
    ("1 500 000 души", 1_500_000, "person"),
    ("1\u00a0500\u00a0000 души", 1_500_000, "person"),
    ("3,5 процента", 3.5, "percent"),
    ("5%", 5, "percent"),
    ("шестдесет и пет души", 65, "person"),
    ("двадесет и една компании", 21, "company"),
    ("сто души", 100, "person"),
    ("две споразумения", 2, "agreement"),
    ("2 млрд. долара", 2e9, "dollar"),
    ("5 хил. души", 5000, "person"),
    ("3 милиона лева", 3e6, "lev"),
    ("десет години", 10, "year"),
])
def test_values_and_units(text, value, unit):
    q = one_quantity(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text,hedge,low,high", [
    ("над 60 компании", "more_than", 60, None),
    ("повече от 60 компании", "more_than", 60, None),
    ("около 60 компании", "about", 54, 66),
    ("под 60 компании", "less_than", None, 60),
    ("по-малко от 60 компании", "less_than", None, 60),
    ("до 60 компании", "up_to", None, 60),
    ("най-малко 60 компании", "at_least", 60, None),
    ("поне 60 компании", "at_least", 60, None),
])
def test_hedges(text, hedge, low, high):
    q = one_quantity(text)
    assert (q.value, q.unit, q.hedge, q.low, q.high) == (60, "company", hedge, low, high)


def test_one_of_is_not_a_count():
    assert facts("Той е един от лидерите", "quantity") == []


def test_ago_before_the_number():
    q = one_quantity("подписано преди десет години")
    assert (q.value, q.unit, q.ago) == (10, "year", True)


def test_ordinal_suffix_is_not_a_count():
    # a position in order, no count (an ordinal in digits is a fact of its own unit: tenth session)
    assert [(f.value, f.unit) for f in facts("5-и пореден път", "quantity")] == [(5, "ordinal")]
    assert facts("пети път", "quantity") == []


def test_road_adjective_is_not_times():
    assert facts("Една национална пътна мрежа", "quantity") == []
