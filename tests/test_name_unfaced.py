"""A rare name whose slot the other side fills with no real name (compare._unfaced_slot): the
other sentence's leftover name words are common words, so no name faces the new one, yet a name
too rare for a dictionary is carried over as it sounds and would be there ("Milky Way" /
«Дриймър», "Sacks" / «Шиам» on real FLORES pairs; eval/README.md, names, sixth session)."""
from test_name_dictionary import _lists_names
from test_name_slots import _conflicts

EN = "Oliver Iwasaki described the milky way."
RU = "Оливер Млечный описал млечный путь."


def _flags(en, ru, en_names, ru_names):
    return [c for c in _conflicts(en, "ru", ru, en_names, ru_names) if c.severity != "info"]


def test_a_rare_name_facing_only_common_words_is_medium(tmp_path, monkeypatch):
    _lists_names(tmp_path, monkeypatch, 1000)
    got = _flags(EN, RU, ["Oliver Iwasaki"], ["Оливер Млечный"])
    assert [c.severity for c in got] == ["medium"] and "Iwasaki" in got[0].message


def test_a_listed_name_facing_only_common_words_is_no_evidence(tmp_path, monkeypatch):
    _lists_names(tmp_path, monkeypatch, 1000, "Iwasaki\n")  # listed: it may be an exonym or a people
    assert _flags(EN, RU, ["Oliver Iwasaki"], ["Оливер Млечный"]) == []


def test_no_slot_on_the_other_side_is_no_conflict(tmp_path, monkeypatch):
    """The other sentence has no name word left over: a name added, which translations do too."""
    _lists_names(tmp_path, monkeypatch, 1000)
    assert _flags(EN, "Оливер описал млечный путь.", ["Oliver Iwasaki"], ["Оливер"]) == []


def test_an_adjective_left_over_may_be_the_name_translated(tmp_path, monkeypatch):
    """«Рижского» (a word-forming ending of the ru pack): an adjective of a place may translate it."""
    _lists_names(tmp_path, monkeypatch, 1000)
    ru = "Оливер Рижского района выступил, рижского мэра не было."
    assert _flags("Oliver Iwasaki spoke.", ru, ["Oliver Iwasaki"], ["Оливер Рижского"]) == []


def test_the_tail_of_a_word_and_a_name_inside_another_word_are_no_new_names(tmp_path, monkeypatch):
    _lists_names(tmp_path, monkeypatch, 1000)
    # "esque" of "Kardashians-esque" starts lower-case: no name
    got = _flags("Oliver Kardashians-esque described the milky way.", RU, ["Oliver Kardashians-esque"],
                 ["Оливер Млечный"])
    assert not any("esque" in c.message for c in got)
    # "Guire" is written inside "McGuire" in the other report
    ru = "Оливер Млечный описал млечный путь. McGuire согласился."
    assert _flags("Oliver Guire described the milky way.", ru, ["Oliver Guire"], ["Оливер Млечный", "McGuire"]) == []


def test_a_rare_name_sharing_a_stem_with_a_lower_case_word_is_still_a_name(tmp_path, monkeypatch):
    """"Lantero" shares a stem with "lantern" of the documents (``compare._common``'s looser
    stems), but a dictionary that lists names knows neither: a name, which a swap may put in."""
    _lists_names(tmp_path, monkeypatch, 1000)
    got = _flags("Yesterday Lantero saw the lantern, Tokayev said.", "Вчера Харбор увидел фонарь, сказал Токаев.",
                 ["Lantero", "Tokayev"], ["Харбор", "Токаев"])
    assert [c.severity for c in got] == ["medium"] and "Lantero" in got[0].message


def test_a_name_facing_an_acronym_that_cannot_stand_for_it_is_medium():
    """"Gaziantep" facing only «США» (listed, so no rare name): an acronym is made of the initials
    of what it stands for, and no letter of «США» (Latin key "ssa") is a "g": two entities. «Гринвичу»
    facing "GMT" may be what the acronym renders: no flag."""
    got = [c for c in _conflicts("The bomb exploded in Gaziantep, police said.", "ru",
                                 "Бомба взорвалась в США, сообщила полиция.", ["Gaziantep"], ["США"])
           if c.severity != "info"]
    assert [c.severity for c in got] == ["medium"] and "Gaziantep" in got[0].message and "США" in got[0].message
    got = [c for c in _conflicts("It struck at 21:19 GMT on Friday.", "ru", "Оно произошло в 21:19 по Гринвичу в пятницу.",
                                 ["GMT"], ["Гринвичу"]) if c.severity != "info"]
    assert got == []


def test_a_name_that_is_also_a_common_word_facing_an_acronym_is_medium(tmp_path, monkeypatch):
    """"Perry" facing only «ADT»: the dictionary lists "perry" (a drink) and "Perry" (a name), and a
    name it is here; no letter of «ADT» is a "p". A word the dictionary knows only as a common word
    ("cider") may be what the acronym's words translate: no flag."""
    _lists_names(tmp_path, monkeypatch, 1000, "perry\nPerry\ncider\n")
    got = _flags("The plant was sold by Perry, Tokayev said.", "Завод продала ADT, сказал Токаев.",
                 ["Perry", "Tokayev"], ["ADT", "Токаев"])
    assert [c.severity for c in got] == ["medium"] and "Perry" in got[0].message
    got = _flags("The plant was sold by Cider, Tokayev said.", "Завод продала ADT, сказал Токаев.",
                 ["Cider", "Tokayev"], ["ADT", "Токаев"])
    assert got == []


def _organization(tmp_path, monkeypatch, phrases, tr_name="Göktaşı Kurumu"):
    """en "the Iwasaki Organization" (a rare English name: the dictionary lists 1000 others) / tr
    «Göktaşı Kurumu», a name made of a compound common word («göktaşı», meteor, written lower-case
    in the report too) and a word the encoder pairs with "Organization". ``phrases``:
    texts the fake encoder places in one direction (whole names), every other text a bag of words."""
    import numpy as np
    from test_name_vectors import BASE, _linked, _vector, fake_encode
    folder = tmp_path / f"call{len(list(tmp_path.iterdir()))}"  # a folder per call: the loader caches per folder
    folder.mkdir()
    _lists_names(folder, monkeypatch, 1000)

    def encode(texts):
        out = fake_encode(texts)
        for i, t in enumerate(texts):
            if t in phrases:
                out[i] = _vector(phrases[t])
        return out
    BASE.update({"Organization": 5, "Kurumu": 5})
    try:
        got = _linked(encode, "The Iwasaki Organization counted the meteors, Tokayev said.", "tr",
                      f"{tr_name} göktaşı saydı, dedi Tokayev.", ["Iwasaki Organization", "Tokayev"],
                      [tr_name, "Tokayev"])
    finally:
        del BASE["Organization"], BASE["Kurumu"]
    return [c for c in got if c.severity in ("high", "medium")]


def test_a_rare_name_the_encoder_reads_whole_as_the_other_name_translated_is_no_evidence(tmp_path, monkeypatch):
    """«Göktaşı Organizasyonunun» / "International Meteor Organization" (real WMT tr-en pair): a
    compound of common words is too rare for a dictionary, yet translated; word by word the encoder
    pairs only «Kurumu» / "Organization", the whole names it reads as one another's translation."""
    assert _organization(tmp_path, monkeypatch, {"Iwasaki Organization": "Tokayev", "Göktaşı Kurumu": "Tokayev"}) == []
    unlike = {"Iwasaki Organization": "Erdogan", "Göktaşı Kurumu": "Меркел"}  # opposite directions
    got = _organization(tmp_path, monkeypatch, unlike)
    assert [c.severity for c in got] == ["medium"] and "Iwasaki" in got[0].message


def test_names_sharing_a_word_as_written_are_never_read_whole(tmp_path, monkeypatch):
    """One word swapped inside a name ("Fatih Altınay" / "Fatih Neilson"): the names share a word
    as written, which makes them alike to the encoder as a whole, yet one word is a new name."""
    whole = {"Iwasaki Organization": "Tokayev", "Göktaşı Organization": "Tokayev"}
    got = _organization(tmp_path, monkeypatch, whole, tr_name="Göktaşı Organization")
    assert [c.severity for c in got] == ["medium"] and "Iwasaki" in got[0].message
