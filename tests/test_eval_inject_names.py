"""The name injector of eval/real_pairs.py puts a name for a name: a capitalized word its
language's dictionary lists only in lower case is a common word inside a name ("Stadium"), so
it is neither replaced nor put in. No shared data: tiny dictionaries built here."""
from __future__ import annotations

import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))

from _inject import dictionary_common, inject_name, name_candidates  # noqa: E402

AFF = "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n"
EN_DIC = "4\nstadium/S\nmixing\nBush\nbush\n"
RU_DIC = "2\nАфрика\nдом\n"
KK_DIC = "2\nафрика\nүй\n"


def _dictionaries(tmp_path, monkeypatch):
    for name, dic in (("en_US", EN_DIC), ("ru_RU", RU_DIC), ("kk_KZ", KK_DIC)):
        (tmp_path / f"{name}.dic").write_text(dic, encoding="utf-8")
        (tmp_path / f"{name}.aff").write_text(AFF, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path))


def test_a_dictionary_common_word_is_no_name_candidate(tmp_path, monkeypatch):
    line = "The match in Warsaw was played at the Stadiums near Bush Avenue."
    assert "Stadiums" in name_candidates([line], "en", set())  # no dictionary: a capital is a name
    _dictionaries(tmp_path, monkeypatch)
    got = name_candidates([line], "en", set())
    assert "Stadiums" not in got and "Warsaw" in got
    assert "Bush" in got  # the dictionary also lists it capitalized: it may be a name


def test_kazakh_words_are_asked_of_russians_dictionary_too(tmp_path, monkeypatch):
    _dictionaries(tmp_path, monkeypatch)
    # kk_KZ lists «африка» in lower case; Russian's lists «Африка» capitalized: a name
    assert not dictionary_common("Африка", "kk")
    assert dictionary_common("Үй", "kk")


def test_the_injected_name_is_no_dictionary_common_word(tmp_path, monkeypatch):
    _dictionaries(tmp_path, monkeypatch)
    src = ["Yesterday the mayor of Warsaw opened the new bridge."]
    other = ["Вчера мэр Варшавы открыл новый мост."]
    pool = ["Mixing", "Stadium", "Lisbon"]
    for seed in range(20):
        change = inject_name(random.Random(seed), src, other, "en", "ru", set(), pool)
        assert change is not None and change.note == "Warsaw -> Lisbon"


def test_a_weekday_is_no_name_candidate():
    """A weekday is a time, not a name: never the site of a name change, nor put in for one
    ("Monday University"). Inflected forms too; a name that merely begins alike stays."""
    got = name_candidates(["The talks in Warsaw ended on Monday, and Mondale left on Friday's flight."], "en", set())
    assert got == ["Warsaw", "Mondale"]
    assert name_candidates(["Встреча в Варшаве прошла в Понедельник и в Среду."], "ru", set()) == ["Варшаве"]
    assert name_candidates(["Toplantı Ankara'da Pazartesi'den beri sürüyor."], "tr", set()) == ["Ankara'da"]


def test_a_recheck_refuses_a_saved_run_of_other_texts():
    """``real_pairs.py --recheck`` scores the cases this code injects on a saved run: a run made
    with another injector holds other texts, and would be scored at the wrong places."""
    from real_pairs import Case, Pair, saved_texts_differ
    from _inject import Change

    pair = Pair("flores-bg-0001", "flores", "bg", ("Вчера кметът на Варшава откри моста.",),
                ("Yesterday the mayor of Warsaw opened the bridge.",))
    change = Change("name", "name", 0, "Yesterday the mayor of Lisbon opened the bridge.", 23, 29, "Warsaw -> Lisbon")
    case = Case("name-en", pair, change, "en")
    report = {"documents": [{"id": case.doc_id("src"), "text": pair.src[0]},
                            {"id": case.doc_id("en"), "text": change.new_line}]}
    assert saved_texts_differ([case], report) is None
    report["documents"][1]["text"] = "Yesterday the mayor of Madrid opened the bridge."
    assert saved_texts_differ([case], report) == case.doc_id("en")
