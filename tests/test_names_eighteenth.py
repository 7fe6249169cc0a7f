"""Names, eighteenth session: the four compass points are translated words of names in every pack;
spelling variants left over on both sides do not hide the one new name beside them; Serbian
sibilarizes Africa's k in the dative and locative («у Јужној Африци»)."""
import pytest

from workbench.facts.name_match import is_generic
from workbench.facts.names import gazetteer_key
from test_name_slots import _conflicts

_EN = "Extremely drug resistant tuberculosis was found in {}."


@pytest.mark.parametrize("word, lang", [
    ("South", "en"), ("Southern", "en"), ("Eastern", "en"), ("West", "en"),
    ("Güney", "tr"), ("Doğu", "tr"), ("Batı", "tr"),
    ("Оңтүстік", "kk"), ("Шығыс", "kk"), ("Батыс", "kk"),
    ("Южна", "bg"), ("Южен", "bg"), ("Източен", "bg"), ("Западните", "bg"),
    ("Южной", "ru"), ("Восточный", "ru"), ("Западная", "ru"),
    ("Јужној", "sr"), ("Источни", "sr"), ("Zapadna", "sr"),
])
def test_every_compass_point_is_a_generic_name_word(word, lang):
    """North was one (pack ``generic_name_words``); south, east and west are translated alike."""
    assert is_generic(word, lang)


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Туберкулёз с широкой лекарственной устойчивостью обнаружен в Южной Африке.", "Южной Африке"),
    ("tr", "Aşırı ilaca dirençli tüberküloz Güney Afrika'da bulundu.", "Güney Afrika'da"),
])
def test_a_name_put_for_a_place_behind_a_compass_word_conflicts(lang, text, name):
    """"Manila" / «Южной Африке»: the compass word was a second word left over in the place's
    name, so the two hid each other (a translated name of two words) and "Manila" faced nothing.
    Generic, it leaves «Африке» alone to face the new name; "South Africa" meets it and states
    nothing (the Turkish pair gave a low flag before: "South" / «Güney», two leftovers)."""
    got = _conflicts(_EN.format("Manila"), lang, text, ["Manila"], [name])
    assert [c.severity for c in got] == ["medium"]
    assert not _conflicts(_EN.format("South Africa"), lang, text, ["South Africa"], [name])


_LOIRE_EN = ("For example visiting castles in the {} Valley, the Rhine valley or taking a cruise to interesting "
             "cites on the Danube or boating along the Erie Canal.")
_LOIRE_SR = ("На пример, посета замковима у долини Лоаре, долини Рајне или крстарење до занимљивих градова на "
             "Дунаву или вожња чамцем дуж канала Ири.")


def test_spelling_variants_left_over_on_both_sides_do_not_hide_the_new_name():
    """"India Valley" / «Лоаре» beside "Danube" / «Дунаву» (FLORES, eval/real_pairs.py seeds 41, 59,
    61): the strict word match misses the river's Serbian spelling, so "India" had a second real
    word beside it and was no lone new name. The two spellings are loosely alike: set aside as one
    name, "India" faces «Лоаре». The unchanged sentence states nothing."""
    got = _conflicts(_LOIRE_EN.format("India"), "sr", _LOIRE_SR, ["India Valley", "Rhine", "Danube", "Erie"],
                     ["Лоаре", "Рајне", "Дунаву", "Ири"])
    assert [c.severity for c in got] == ["medium"] and "Лоаре" in got[0].message
    assert not _conflicts(_LOIRE_EN.format("Loire"), "sr", _LOIRE_SR, ["Loire Valley", "Rhine", "Danube", "Erie"],
                          ["Лоаре", "Рајне", "Дунаву", "Ири"])


def test_a_variant_of_the_new_side_alone_is_still_no_swap():
    """Every real word of the other side a spelling variant of one beside the new name: nothing
    left for the new name to face, so no conflict (never the unfaced slot with the variant)."""
    got = _conflicts("The castles of the India valley stand on the Danube.", "sr",
                     "Замкови стоје на Дунаву.", ["India", "Danube"], ["Дунаву"])
    assert not [c for c in got if c.severity in ("high", "medium")]


def test_serbian_dative_and_locative_of_africa_is_the_place():
    """Serbian sibilarization turns Afrika's k to c before the dative and locative -i: «Африци»
    (the Latin "africi" too) names Africa, so a text that writes «афрички» (African) lower case does
    not make it a common word, and a new name facing it conflicts (eval/real_pairs.py seeds 41, 53,
    59: "Arabic", "Manila", "Borneo" put for "Africa" faced nothing). English "Americas" keeps its own key (no "americ" stem)."""
    assert gazetteer_key("Африци", "sr") == gazetteer_key("Africa", "en")
    assert gazetteer_key("Africi", "sr") == gazetteer_key("Africa", "en")
    assert gazetteer_key("Americas", "en") != gazetteer_key("Amerika", "sr")
    text = "Сафари су највећа туристичка атракција у {}, а афрички паркови привлаче многе посетиоце."
    got = _conflicts("Safaris are the greatest tourism draw in Borneo, and its parks draw many visitors.",
                     "sr", text.format("Африци"), ["Borneo"], ["Африци"])
    assert [("Африци" in c.message) for c in got] == [True]  # low: no encoder, no dictionary here
