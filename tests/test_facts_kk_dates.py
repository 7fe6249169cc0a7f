"""Kazakh dates and numbers in words, ordinals and relative words (issue 9, item 6).

Kazakh news writes years as ordinals ("2022-нші жылы", "екі мың он тоғызыншы жылы": the
2019th year), days as ordinals too ("1-інші қаңтардан"), and number words with scales,
fractions and approximative endings ("бір жарым миллион", "жүз елудей"). Relative words
("биыл", "кеше") resolve against the document date and stay relative facts without one.
"""
from __future__ import annotations

import datetime as dt

import pytest

from facts_helpers import extractor
from workbench.facts.kinds import compatible

DOC_DATE = dt.date(2026, 2, 27)
facts, one_quantity = extractor("kk", DOC_DATE)


def dates(text, doc_date=DOC_DATE):
    return [(f.surface, f.value, f.date_end, f.relative) for f in facts(text, "date", doc_date=doc_date)]


@pytest.mark.parametrize("text,surface,value", [
    ("Зауыт 2022-нші жылы ашылды.", "2022-нші жылы", "2022"),
    ("Зауыт 2022-ші жылы ашылды.", "2022-ші жылы", "2022"),
    ("2017-нші жылдан бері жұмыс істейді", "2017-нші жылдан", "2017"),
    ("2019 жылдың 5 наурызында қол қойылды", "2019 жылдың 5 наурызында", "2019-03-05"),
    ("2020-сыншы жылдың 1-інші қаңтарынан бастап", "2020-сыншы жылдың 1-інші қаңтарынан", "2020-01-01"),
    ("Зауыт екі мың он тоғызыншы жылы ашылды.", "екі мың он тоғызыншы жылы", "2019"),
    ("Екі мың он бірінші жылы", "Екі мың он бірінші жылы", "2011"),
    ("мың тоғыз жүз тоқсан жетінші жылы тәуелсіздік", "мың тоғыз жүз тоқсан жетінші жылы", "1997"),
    ("екі мың жиырма бесінші жылға дейін", "екі мың жиырма бесінші жылға дейін", "2025"),  # "until": up_to
    ("екі мыңыншы жылы", "екі мыңыншы жылы", "2000"),
    ("екі мың он үшінші жылдың жиырма тоғызыншы қаңтарында", "екі мың он үшінші жылдың жиырма тоғызыншы қаңтарында",
     "2013-01-29"),
])
def test_years_and_days_as_ordinals(text, surface, value):
    assert dates(text, None) == [(surface, value, None, False)]


def test_ordinal_year_is_not_a_quantity():
    assert facts("Зауыт 2022-нші жылы ашылды.", "quantity") == []
    assert facts("Зауыт екі мың он тоғызыншы жылы ашылды.", "quantity") == []


def test_ordinal_not_before_year_is_no_date():
    assert dates("екінші кезең басталды") == []
    assert dates("бесінші жыл қатарынан") == []  # "the fifth year running": a count of years, not a date


@pytest.mark.parametrize("word,resolved,unresolved", [
    ("биыл", "2026", "this year"), ("биылғы", "2026", "this year"), ("биылдың", "2026", "this year"),
    ("былтыр", "2025", "last year"), ("былтырғы", "2025", "last year"), ("былтырдан", "2025", "last year"),
    ("өткен жылы", "2025", "last year"), ("өткен жылдың", "2025", "last year"),
    ("келесі жылы", "2027", "next year"), ("келер жылы", "2027", "next year"),
    ("кеше", "2026-02-26", "yesterday"), ("кешегі", "2026-02-26", "yesterday"),
    ("бүгін", "2026-02-27", "today"), ("бүгінгі", "2026-02-27", "today"), ("бүгінге", "2026-02-27", "today"),
    ("ертең", "2026-02-28", "tomorrow"),
])
def test_relative_words_resolve_with_a_document_date_and_stay_relative_without(word, resolved, unresolved):
    text = f"Зауыт {word} ашылды"
    assert dates(text) == [(word, resolved, None, True)]
    assert dates(text, None) == [(word, unresolved, None, True)]


def test_relative_words_are_not_inside_other_words():
    assert dates("кешені ашылды") == []  # "кешен" (complex), not "кеше"
    assert dates("бүгінгі таңда", None)[0][0] == "бүгінгі"


def test_same_relative_word_in_two_languages_has_one_value():
    en = extractor("en", None)[0]
    assert [f.value for f in en("It opened last year.", "date")] == [
        f.value for f in facts("Ол былтыр ашылды.", "date", doc_date=None)]


@pytest.mark.parametrize("text,value,unit", [
    ("бір жарым миллион адам", 1.5e6, "person"),
    ("үш жүз мың теңге", 3e5, "tenge"),
    ("он бес пайыз", 15, "percent"),
    ("екі жарым мың тонна", 2500, "ton"),
    ("жарты миллион доллар", 5e5, "dollar"),
    ("он бір бүтін оннан төрт миллион гектар", 11.4e6, "hectare"),
    ("тоқсан үш бүтін төрт миллиард теңге", 93.4e9, "tenge"),
    ("екі жүз сексен тоғыз миллионы", 289e6, None),
    ("1 500 000 теңге", 1.5e6, "tenge"),
    ("20 млрд доллар", 2e10, "dollar"),
])
def test_number_words_with_scales_fractions_and_decimals(text, value, unit):
    q = one_quantity(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text,value,hedge", [
    ("жүзден астам адам", 100, "more_than"),
    ("алпыс мыңнан астам адам", 60000, "more_than"),
    ("жүз елудей адам", 150, "about"),
    ("сексен мың тоннадай", 80000, "about"),
    ("мыңға жуық адам", 1000, "about"),
    ("бес мың тоннаға дейін", 5000, "up_to"),
])
def test_number_words_with_case_and_hedge(text, value, hedge):
    q = one_quantity(text)
    assert (q.value, q.hedge) == (pytest.approx(value), hedge)


@pytest.mark.parametrize("text,value", [("екеуі келді", 2), ("бесеуі келді", 5), ("төртеуінің үйі", 4)])
def test_collective_numerals(text, value):
    assert one_quantity(text).value == value


def test_bireu_is_someone_not_a_count():
    assert facts("біреу келді", "quantity") == []


@pytest.mark.parametrize("text,value", [("халықтың үштен бірі", 1 / 3), ("бестен екісі келді", 0.4)])
def test_common_fractions(text, value):
    assert one_quantity(text).value == pytest.approx(value)


def test_particle_after_a_number_word():
    assert one_quantity("үш-ақ адам келді").value == 3


@pytest.mark.parametrize("text,surface,doc_date,value,end", [
    # DOC_DATE 2026-02-27 is a Friday: last week is 16-22 February
    ("Өткен аптада кездесу өтті.", "Өткен аптада", DOC_DATE, "2026-02-16", "2026-02-22"),
    ("осы аптада шешіледі", "осы аптада", DOC_DATE, "2026-02-23", "2026-03-01"),
    ("келесі аптаның басында", "келесі аптаның", DOC_DATE, "2026-03-02", "2026-03-08"),
    ("осы айда тапсырды", "осы айда", DOC_DATE, "2026-02", None),
    ("өткен айдан бері", "өткен айдан", DOC_DATE, "2026-01", None),
    ("келесі айдың соңында", "келесі айдың", dt.date(2025, 12, 5), "2026-01", None),
    ("Өткен аптада кездесу өтті.", "Өткен аптада", None, "last week", None),
    ("келесі айда", "келесі айда", None, "next month", None),
])
def test_last_this_next_week_and_month(text, surface, doc_date, value, end):
    assert dates(text, doc_date) == [(surface, value, end, True)]


@pytest.mark.parametrize("text,surface,value", [
    ("Жолы жыл сайын жыр болады.", "жыл сайын", "every year"),
    ("жыл сайынғы есеп", "жыл сайынғы", "every year"),
    ("ай сайын жарна жинайсыз", "ай сайын", "every month"),
    ("апта сайын кездеседі", "апта сайын", "every week"),
    ("күнделікті өмірде", "күнделікті", "every day"),
    ("баға жылдан-жылға өсіп келеді", "жылдан-жылға", "every year"),
    ("Мұнда балалар жазда футбол, ал қыста хоккей ойнайды.", "жазда", "summer"),
    ("көктемгі егіс", "көктемгі", "spring"),
    ("осы күзде", "күзде", "autumn"),
    ("Қыстың қызығына кенеліп", "Қыстың", "winter"),
])
def test_recurring_and_season_words_are_relative_dates(text, surface, value):
    got = dates(text)
    assert (surface, value, None, True) in got, got


@pytest.mark.parametrize("text", ["Жол қысқа болды.", "Ол хат жазды.", "Заң бойынша жаза қолданылды.",
                                  "Күзет күшейтілді.", "бір күнде бітті"])
def test_words_that_only_look_like_seasons_or_frequencies(text):
    assert dates(text) == []


@pytest.mark.parametrize("text,value,end", [
    ("20-сыншы ғасырдағы Аустрия", "1901", "2000"),
    ("жиырмасыншы ғасырдағы Аустрия", "1901", "2000"),
    ("он тоғызыншы ғасырда", "1801", "1900"),
])
def test_centuries_as_ordinals(text, value, end):
    assert [(v, e) for _, v, e, _ in dates(text)] == [(value, end)]


def _date(text, doc_date):
    (f,) = facts(text, "date", doc_date=doc_date)
    return f


@pytest.mark.parametrize("a,a_date,b,b_date,ok", [
    # an undated document's "yesterday" says nothing against a dated one's day (was a conflict)
    ("кеше", None, "кеше", DOC_DATE, True),
    ("өткен аптада", None, "2026 жылғы 3 наурызда", DOC_DATE, True),
    ("5 наурызда", None, "2026 жылғы 3 наурызда", None, True),  # "--03-05" has no year
    ("жыл сайын", None, "былтыр", None, True),  # a recurrence is no year
    # of one frame they still compare
    ("кеше", None, "ертең", None, False),
    ("5 наурызда", None, "6 наурызда", None, False),
    ("наурыз айында", None, "5 наурызда", None, True),  # "--03" holds "--03-05"
    ("қыста", None, "жазда", None, False),
    ("кеше", DOC_DATE, "2026 жылғы 26 ақпанда", None, True),
    ("кеше", DOC_DATE, "2026 жылғы 25 ақпанда", None, False),
])
def test_dates_that_are_not_calendar_dates_compare_only_within_their_frame(a, a_date, b, b_date, ok):
    fa, fb = _date(a, a_date), _date(b, b_date)
    assert compatible(fa, fb) is ok and compatible(fb, fa) is ok, (fa.value, fb.value)


@pytest.mark.parametrize("text,doc_date,value", [
    ("Қаңтар қаһарына мінді.", None, "--01"),  # a bare unambiguous month
    ("мамыр айы", None, "--05"),
    ("Қаңтар қаһарына мінді.", DOC_DATE, "2026-01"),
    ("бүгіннің басты жаңалығы", DOC_DATE, "2026-02-27"),
    ("биылдыққа жетеді", DOC_DATE, "2026"),
    ("ендігі жылы аяқталады", DOC_DATE, "2027"),
    ("алдағы қысқа дайындық", None, "winter"),
])
def test_bare_months_and_more_relative_forms(text, doc_date, value):
    assert [v for _, v, _, _ in dates(text, doc_date)] == [value]


def test_a_bare_ambiguous_month_is_no_date():
    assert dates("Қазан қайнап тұр.") == []  # "cauldron"
