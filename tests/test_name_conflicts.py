"""Name conflicts across languages without machine translation: two different entities in
one slot of strongly linked sentences are a low "check this name" flag (medium put 4-7% of real unchanged pairs at medium+, severity.RULES); transliterated, translated and loosely alike
names (a spelling variant or an exonym the packs lack) are not."""
import pytest

from workbench.consistency.severity import distinct_names
from test_consistency import claim, fact, kinds, make_doc, run

EN = "Tokayev met Erdogan in Ankara."
SWAPPED = {
    "kk": ("Тоқаев Анкарада Меркельмен кездесті.", "Тоқаев", "Меркельмен"),
    "bg": ("Токаев се срещна с Меркел в Анкара.", "Токаев", "Меркел"),
    "tr": ("Tokayev Ankara'da Merkel ile görüştü.", "Tokayev", "Merkel"),
}


@pytest.mark.parametrize("lang", sorted(SWAPPED))
def test_a_name_swapped_in_an_anchored_slot_conflicts_without_english(lang):
    text, anchor, swapped = SWAPPED[lang]
    en = make_doc("001", "en", [EN])
    other = make_doc("002", lang, [text])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Erdogan", kind="name"),
             fact(other, 0, anchor, kind="name"), fact(other, 0, swapped, kind="name")]
    (c,) = kinds(run([en, other], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")
    assert c.severity == "low" and "Erdogan" in c.message and swapped in c.message


def test_two_sentences_naming_one_name_each_are_one_slot():
    """No anchor is needed when each sentence names one name only: the slot is the sentence."""
    en = make_doc("001", "en", ["In the morning Erdogan spoke."])
    bg = make_doc("002", "bg", ["Сутринта говори Меркел."])
    facts = [fact(en, 0, "Erdogan", kind="name"), fact(bg, 0, "Меркел", kind="name")]
    (c,) = kinds(run([en, bg], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")
    assert c.severity == "low"


def test_without_an_anchor_several_names_left_on_both_sides_are_no_conflict():
    """Nothing of the two sentences meets and each names two names: no slot to speak of."""
    en = make_doc("001", "en", ["In the morning Erdogan spoke with Putin."])
    bg = make_doc("002", "bg", ["Сутринта говори Меркел с Макрон."])
    facts = [fact(en, 0, "Erdogan", kind="name"), fact(en, 0, "Putin", kind="name"),
             fact(bg, 0, "Меркел", kind="name"), fact(bg, 0, "Макрон", kind="name")]
    assert not kinds(run([en, bg], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")


def test_a_transliterated_name_is_the_same_entity():
    en = make_doc("001", "en", ["Tokayev met Wright in Ankara."])
    bg = make_doc("002", "bg", ["Токаев се срещна с Райт в Анкара."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Wright", kind="name"),
             fact(bg, 0, "Токаев", kind="name"), fact(bg, 0, "Райт", kind="name")]
    assert not kinds(run([en, bg], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")
    assert not distinct_names((facts[1], facts[3]))


def test_a_translated_name_of_common_words_is_not_medium():
    """«Черно море» / "Black Sea": both languages write these words lower-case elsewhere."""
    en = make_doc("001", "en", ["Tokayev sailed the Black Sea.", "The sea was black at night."])
    bg = make_doc("002", "bg", ["Токаев плава по Черно море.", "Нощем морето беше черно."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Black Sea", kind="name"),
             fact(bg, 0, "Токаев", kind="name"), fact(bg, 0, "Черно море", kind="name")]
    claims = [claim("c-1", ("001", 0), ("002", 0)), claim("c-2", ("001", 1), ("002", 1))]
    assert not [f for f in kinds(run([en, bg], claims, facts), "conflict") if f.severity in ("high", "medium", "low")]


def test_a_known_place_facing_a_word_its_language_has_no_name_for_is_no_conflict():
    """Turkish «Dünya» is Earth in the packs, Kazakh has no name for Earth there: «Жерді» may be
    its exonym, no evidence of a swap."""
    tr = make_doc("001", "tr", ["Tokayev Dünya'yı dolaştı."])
    kk = make_doc("002", "kk", ["Тоқаев Жерді айналды."])
    facts = [fact(tr, 0, "Tokayev", kind="name"), fact(tr, 0, "Dünya'yı", kind="name"),
             fact(kk, 0, "Тоқаев", kind="name"), fact(kk, 0, "Жерді", kind="name")]
    assert not kinds(run([tr, kk], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")


def test_a_differing_pair_that_recurs_in_both_documents_is_a_translation():
    """«Tuna» / "Danube" twice, each time facing the other: a translated name, not a swap."""
    en = make_doc("001", "en", ["Tokayev sailed the Danube.", "The Danube was calm."])
    tr = make_doc("002", "tr", ["Tokayev Tuna'da yelken açtı.", "Tuna sakindi."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Danube", kind="name"),
             fact(en, 1, "Danube", kind="name"), fact(tr, 0, "Tokayev", kind="name"),
             fact(tr, 0, "Tuna'da", kind="name"), fact(tr, 1, "Tuna", kind="name")]
    claims = [claim("c-1", ("001", 0), ("002", 0)), claim("c-2", ("001", 1), ("002", 1))]
    assert not kinds(run([en, tr], claims, facts), "conflict")
    once = facts[:2] + facts[3:5]  # mentioned once each: a swap in the anchored slot
    (c,) = kinds(run([en, tr], claims, once), "conflict")
    assert c.severity == "low"


def test_an_exonym_the_packs_lack_is_only_info():
    """«Kafkasya» / "Caucasus": no pack knows the place, but the two are loosely alike."""
    en = make_doc("001", "en", ["Tokayev visited the Caucasus."])
    tr = make_doc("002", "tr", ["Tokayev Kafkasya'yı ziyaret etti."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Caucasus", kind="name"),
             fact(tr, 0, "Tokayev", kind="name"), fact(tr, 0, "Kafkasya'yı", kind="name")]
    got = kinds(run([en, tr], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")
    assert all(c.severity == "info" for c in got)
    # the same slot with a name that sounds like nothing on the other side is a swap; medium
    # since «Karadağ» is Montenegro, a place English names and the English report does not
    tr = make_doc("002", "tr", ["Tokayev Karadağ'ı ziyaret etti."])
    facts = facts[:3] + [fact(tr, 0, "Karadağ'ı", kind="name")]
    (c,) = kinds(run([en, tr], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")
    assert c.severity == "medium"


def test_a_translated_kind_of_place_is_no_evidence_of_a_swap():
    """«Meydanı» / "Square": a kind of place the packs list as a translated name word."""
    en = make_doc("001", "en", ["Tokayev crossed Taksim Square."])
    tr = make_doc("002", "tr", ["Tokayev Taksim Meydanındaki kalabalığı geçti."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Square", kind="name"),
             fact(tr, 0, "Tokayev", kind="name"), fact(tr, 0, "Meydanındaki", kind="name")]
    assert not kinds(run([en, tr], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")


def test_a_country_facing_its_cldr_exonym_is_the_same_place():
    """«Ürdün» is Jordan in Turkish (CLDR territory names in the packs): no conflict."""
    en = make_doc("001", "en", ["Tokayev flew to Jordan."])
    tr = make_doc("002", "tr", ["Tokayev Ürdün'e uçtu."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Jordan", kind="name"),
             fact(tr, 0, "Tokayev", kind="name"), fact(tr, 0, "Ürdün'e", kind="name")]
    assert not kinds(run([en, tr], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")


def test_acronyms_and_sentence_openers_are_no_evidence_of_a_swap():
    en = make_doc("001", "en", ["Tokayev said GDP grew.", "Fashion came from Tokayev."])
    bg = make_doc("002", "bg", ["Токаев каза, че БВП расте.", "Модата дойде от Токаев."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "GDP", kind="name"),
             fact(bg, 0, "Токаев", kind="name"), fact(bg, 0, "БВП", kind="name"),
             fact(en, 1, "Fashion", kind="name"), fact(en, 1, "Tokayev", kind="name"),
             fact(bg, 1, "Модата", kind="name"), fact(bg, 1, "Токаев", kind="name")]
    claims = [claim("c-1", ("001", 0), ("002", 0)), claim("c-2", ("001", 1), ("002", 1))]
    assert not kinds(run([en, bg], claims, facts), "conflict")


def test_a_country_facing_a_name_its_language_would_not_call_it_conflicts():
    """Bulgarian names France «Франция» (CLDR): «Ердоган» in its slot is another name; medium,
    since the Bulgarian report never names France, which it would have (``name_slot_place``)."""
    en = make_doc("001", "en", ["Tokayev flew to France."])
    bg = make_doc("002", "bg", ["Токаев отлетя при Ердоган."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "France", kind="name"),
             fact(bg, 0, "Токаев", kind="name"), fact(bg, 0, "Ердоган", kind="name")]
    (c,) = kinds(run([en, bg], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")
    assert c.severity == "medium"


def test_a_place_facing_an_adjective_is_no_conflict():
    """«Рижского» (of Riga) is an adjective, which no place table lists: no evidence of a swap."""
    en = make_doc("001", "en", ["Tokayev signed the Riga treaty."])
    ru = make_doc("002", "ru", ["Токаев подписал договор Рижского мира."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Riga", kind="name"),
             fact(ru, 0, "Токаев", kind="name"), fact(ru, 0, "Рижского", kind="name")]
    assert not kinds(run([en, ru], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")
