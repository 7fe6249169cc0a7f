"""A hedge word before the preposition of a date hedges the date: «примерно до 1100 г.»
("roughly until 1100"); without it the hedge, and a change of it, is not read (real_pairs.py
hedge cells, seeds 7/17/19: «примерно до 1100 г.», sr «око до …»). «до» itself bounds the date
(tests/test_date_until.py)."""
import datetime as dt

from facts_helpers import extractor


def _dates(lang, text):
    facts, _ = extractor(lang, dt.date(2015, 9, 1))
    return [f for f in facts(text) if f.kind == "date"]


def test_a_hedge_before_the_preposition_of_a_year_hedges_it():
    got = _dates("ru", "Город был столицей примерно до 1100 года.")
    assert [(f.value[:4], f.hedge) for f in got] == [("1100", "up_to_about")]
    assert got[0].surface.startswith("примерно")
    plain = _dates("ru", "Город был столицей до 1100 года.")
    assert [(f.value[:4], f.hedge) for f in plain] == [("1100", "up_to")]
    after = _dates("ru", "Город стал столицей примерно после 1100 года.")
    assert [(f.value[:4], f.hedge) for f in after] == [("1100", "about")]


def test_a_preposition_alone_is_no_hedge():
    assert [f.hedge for f in _dates("bg", "Градът е столица след 1100 г.")] == ["exact"]
