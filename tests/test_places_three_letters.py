"""Cities a Cyrillic or Serbian text writes in three letters («Рим», «Беч»: Rome, Vienna) are places of
their packs (tools/cldr_places.py keeps CLDR names of three letters or more). A plain word may face a
place only where its language names that place (``compare._place_faces``), so before, a swap of Rome
in a Serbian or Bulgarian sentence gave no flag (eval/real_pairs.py seed 101, flores-sr-0017)."""
import pytest

from workbench.facts.names import gazetteer_key
from workbench.translit import name_key
from test_name_slots import _conflicts

_EN = "Over four million people went to Rome to attend the funeral."


@pytest.mark.parametrize("lang,word,place", [("sr", "Рим", "Rome"), ("sr", "Риму", "Rome"), ("ru", "Рима", "Rome"),
                                             ("bg", "Рим", "Rome"), ("kk", "Рим", "Rome"), ("sr", "Беч", "Vienna"),
                                             ("sr", "Beč", "Vienna"), ("ru", "ОАЭ", "United Arab Emirates")])
def test_a_three_letter_city_is_its_place(lang, word, place):
    assert gazetteer_key(word, lang) == name_key(place)


@pytest.mark.parametrize("lang,word", [("ru", "Римская"), ("ru", "Римма")])
def test_a_longer_word_beginning_with_it_is_not(lang, word):
    assert gazetteer_key(word, lang) != gazetteer_key("Rome", "en")


@pytest.mark.parametrize("lang,text,name", [
    ("sr", "Преко 4 милиона људи је отишло у Кисинџера како би присуствовали сахрани.", "Кисинџера"),
    ("bg", "Над 4 милиона души отидоха в Кисинджър, за да присъстват на погребението.", "Кисинджър")])
def test_a_name_put_in_place_of_rome_conflicts(lang, text, name):
    got = _conflicts(_EN, lang, text, ["Rome"], [name])
    assert [(c.severity, name in c.message) for c in got] == [("medium", True)]


@pytest.mark.parametrize("lang,text", [("sr", "Преко 4 милиона људи је отишло у Рим како би присуствовали сахрани."),
                                       ("ru", "Более 4 миллионов человек отправились в Рим на похороны.")])
def test_rome_translated_is_no_conflict(lang, text):
    assert not _conflicts(_EN, lang, text, ["Rome"], ["Рим"])
