"""How an inflecting language bends a name, read by its own pack only: Serbian possessive
adjectives of names («Гинисову књигу» / "Guinness Book") meet the name, and another language's
place list is not bent onto an English word ("Kings" is no Serbian «Kina», China)."""
import pytest

from workbench.facts.name_match import name_ref, words_meet
from test_name_slots import _linked


@pytest.mark.parametrize("possessive, name", [("Гинисову", "Guinness"), ("Vučićeva", "Vučić"),
                                              ("Трамповој", "Trump"), ("Marijin", "Marija")])
def test_a_serbian_possessive_adjective_meets_its_name(possessive, name):
    a, b = name_ref(possessive, "sr").words[0], name_ref(name, "en").words[0]
    assert words_meet(a, b)


def test_a_possessive_facing_its_name_is_no_conflict():
    """FLORES devtest line 121 in sr and en, unchanged (a medium conflict «Гинисову» / "Kings"
    before): the Guinness Book is "Guinness's book" in Serbian."""
    got = _linked("sr", ['His 1,000th stamp was "Great Deeds by Swedish Kings" by David Klöcker Ehrenstrahl '
                         'in 2000, which is listed in the Guinness Book of World Records.'],
                  ["Његова хиљадита маркица била је „Велика дела шведских краљева“ Дејвида Клокера Еренстрала "
                   "2000. године, која је забележена у Гинисову књигу рекорда."],
                  [["Swedish", "Kings", "David Klöcker Ehrenstrahl", "Guinness Book of World Records"]],
                  [["шведских", "Клокера Еренстрала", "Гинисову"]])
    assert got == []


def test_a_possessive_stays_a_word_of_its_own_against_another_name():
    """The suffix is read off, not the name: «Путинову» still is not "Guinness"."""
    assert not words_meet(name_ref("Путинову", "sr").words[0], name_ref("Guinness", "en").words[0])


def test_an_english_word_is_no_foreign_place_bent():
    assert name_ref("Kings", "en").words[0].place is None


@pytest.mark.parametrize("word, lang, place", [("Kanadom", "sr", "canada"), ("Москве", "ru", "moscov"),
                                               ("Kazakhstan", "en", "kazahstan")])
def test_places_bent_by_their_own_language_are_still_read(word, lang, place):
    assert name_ref(word, lang).words[0].place == place


@pytest.mark.parametrize("adjective, place", [("амерички", "united states"), ("američka", "united states"),
                                             ("мексичке", "meksico"), ("afrički", "africa")])
def test_a_serbian_adjective_of_a_ka_place_turns_k_to_c(adjective, place):
    """Amerika / američki: FLORES line 222 («амерички држављани» / "American citizens") read no
    place in the Serbian, so "American" was a new place facing «Блиском» (medium, seeds 59, 79)."""
    from workbench.facts.names import gazetteer_key
    assert gazetteer_key(adjective, "sr") == place
