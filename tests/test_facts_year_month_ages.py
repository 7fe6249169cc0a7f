"""Year-and-month dates written year first, ages glued to their digits, durations and comparatives.

Classes of misses of eval/real_pairs.py on real FLORES pairs: kk "2011 жылдың тамыз айында" (August
of 2011) was read as the year 2011 and a month of the document's year; ages written as adjectives
on the digits ("11-годишња", "11-летняя": eleven-year-old) had no unit, so they never met
"11 year old"; tr "altı milyon yıldır" (for six million years) counted people; en comparatives
("older than 100 years") were no bound.
"""
from __future__ import annotations

import datetime as dt

import pytest

from facts_helpers import extractor
from workbench.facts.kinds import compatible

DOC = dt.date(2007, 1, 1)


def _dates(lang, text):
    facts, _ = extractor(lang, DOC)
    return [(f.surface, f.value) for f in facts(text, "date")]


@pytest.mark.parametrize("lang,text,expected", [
    ("kk", "Құрылыс 2011 жылдың тамыз айында аяқталды, ол 2017 жылдың наурыз айына дейін ашылмады.",
     [("2011 жылдың тамыз айында", "2011-08"), ("2017 жылдың наурыз айына", "2017-03")]),
    ("kk", "2011 жылы тамызда ашылды", [("2011 жылы тамызда", "2011-08")]),
    ("tr", "İnşaat 2011 yılının Ağustos ayında tamamlandı.", [("2011 yılının Ağustos ayında", "2011-08")]),
    # a day between the year and the month stays a day
    ("kk", "2001 жылдың 11 қыркүйегі", [("2001 жылдың 11 қыркүйегі", "2001-09-11")]),
    # the year alone stays a year
    ("tr", "2011 yılında 5 kişi geldi.", [("2011 yılında", "2011")]),
])
def test_a_year_before_a_month_names_that_month_of_that_year(lang, text, expected):
    assert _dates(lang, text) == expected


def test_year_month_meets_the_english_month_and_year():
    kk, _ = extractor("kk", DOC)
    en, _ = extractor("en", DOC)
    august = kk("2011 жылдың тамыз айында", "date")[0]
    assert compatible(august, en("in August 2011", "date")[0])
    assert not compatible(august, en("in May 2011", "date")[0])


@pytest.mark.parametrize("lang,text,surface", [
    ("sr", "деце (11-годишња Марија Тереса)", "11-годишња"),
    ("sr", "dece (11-godišnja Marija Tereza)", "11-godišnja"),
    ("ru", "детей (11-летняя Мария Тереза)", "11-летняя"),
    ("ru", "10-летний план", "10-летний"),
])
def test_an_age_glued_to_its_digits_counts_years(lang, text, surface):
    _, one = extractor(lang, DOC)
    q = one(text)
    assert (q.surface, q.value, q.unit) == (surface, 11.0 if "11" in surface else 10.0, "year")


def test_a_case_ending_glued_to_digits_is_still_no_unit():
    _, one = extractor("kk", DOC)
    q = one("100-ден астам адам")
    assert (q.value, q.unit, q.hedge) == (100.0, "person", "more_than")


def test_turkish_duration_copula_counts_years():
    _, one = extractor("tr", DOC)
    q = one("son altı milyon yıldır insan evrimini destekleyen")
    assert (q.value, q.unit) == (6e6, "year")


@pytest.mark.parametrize("lang,text,hedge", [
    ("en", "Some tax agencies define goods older than 100 years as antiques.", "more_than"),
    ("en", "temperatures higher than 30 degrees are common", "more_than"),
    ("en", "children younger than 5 years", "less_than"),
    # the same sentence of FLORES in Serbian and Turkish: the comparative is the hedge there too
    ("sr", "Неке пореске агенције дефинишу производе старије од 100 година као антиквитете.", "more_than"),
    ("sr", "proizvode starije od 100 godina", "more_than"),
    ("tr", "Bazı vergi daireleri, 100 yıldan eski malları antika olarak tanımlıyor.", "more_than"),
])
def test_comparatives_bound_a_figure(lang, text, hedge):
    _, one = extractor(lang, DOC)
    assert one(text).hedge == hedge
