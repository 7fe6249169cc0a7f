"""Name swaps found by matching the name *words* of two linked sentences (compare.name_slot_conflicts):
a word swapped inside a name of another length, a side with several names left over, a common
word of the documents is no name, and a translated name (several words differ) is no swap."""
from workbench.consistency.compare import _common_word, common_stems
from workbench.facts.name_match import name_ref
from test_consistency import claim, fact, kinds, make_doc, run


def _conflicts(en_text, other_lang, other_text, en_names, other_names):
    en = make_doc("001", "en", [en_text])
    other = make_doc("002", other_lang, [other_text])
    facts = [fact(en, 0, n, kind="name") for n in en_names] + [fact(other, 0, n, kind="name") for n in other_names]
    return kinds(run([en, other], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")


def _linked(other_lang, en_lines, other_lines, en_names, other_names):
    """Conflicts (info aside) of two reports whose sentences are linked one to one, in order;
    ``*_names`` hold each sentence's names."""
    en, other = make_doc("001", "en", en_lines), make_doc("002", other_lang, other_lines)
    facts = [fact(d, i, n, kind="name") for d, per in ((en, en_names), (other, other_names))
             for i, names in enumerate(per) for n in names]
    claims = [claim(f"c-{i + 1}", ("001", i), ("002", i)) for i in range(len(en_lines))]
    return [c for c in kinds(run([en, other], claims, facts), "conflict") if c.severity != "info"]


def test_a_word_swapped_inside_a_name_of_another_length_conflicts():
    """«Малар Корея» / "Malar Balasubramanian": the names share a word, so they are one entity
    to the name matcher, yet one word is a name the other report never has. Low: no other report
    of the run writes «Корея» / "Peru" alike (medium then: tests/test_name_known.py)."""
    for lang, text, name in (("bg", "Д-р Малар Корея, на 29 г., е открит в Охайо.", "Малар Корея"),
                             ("tr", "Dr. Malar Peru, 29 yaşında, Ohio'da bulundu.", "Malar Peru")):
        got = _conflicts("Dr. Malar Balasubramanian, 29, was found in Ohio.", lang, text,
                         ["Malar Balasubramanian", "Ohio"], [name, "Ohio" if lang == "tr" else "Охайо"])
        assert [c.severity for c in got] == ["low"], lang


def test_a_new_name_facing_several_names_left_over_conflicts():
    """The other sentence has two names the swap side lacks ("Mariana", "GMT"): which one was
    replaced is unknown, but the new name is in neither report's other sentences."""
    got = _conflicts("The earthquake struck Mariana at 07:19 (21:19 GMT Friday), Tokayev said.", "ru",
                     "Землетрясение произошло в Барселоне в 07:19, сказал Токаев.",
                     ["Mariana", "GMT", "Tokayev"], ["Барселоне", "Токаев"])
    assert [c.severity for c in got] == ["low"]


def test_two_names_left_over_on_each_side_are_no_swap_of_one():
    """Several unmatched names on both sides: a passage told otherwise, not one name put for another."""
    got = _conflicts("Tokayev met Erdogan and Putin.", "bg", "Токаев се срещна с Меркел и Макрон.",
                     ["Tokayev", "Erdogan", "Putin"], ["Токаев", "Меркел", "Макрон"])
    assert not [c for c in got if c.severity in ("high", "medium", "low")]


def test_a_translated_name_with_several_differing_words_is_no_swap():
    """«Varlık Fonu» / "Wealth Fund": the words of a translated name differ; a swap changes one."""
    got = _conflicts("Tokayev is against the Wealth Fund bill.", "tr", "Tokayev Varlık Fonu teklifine karşı.",
                     ["Tokayev", "Wealth Fund"], ["Tokayev", "Varlık Fonu"])
    assert not [c for c in got if c.severity in ("high", "medium", "low")]


def test_common_words_are_told_by_the_word_as_written_in_its_language():
    """A name is a common word when it, or it less an ending of its language, is written lower
    case; an English name is not read with a Turkish ending ("Versace" is no "versa")."""
    en = common_stems(["It was vice versa, borne by the wind."], "en")
    assert not _common_word(name_ref("Versace", "en").words[0], "en", en)
    assert not _common_word(name_ref("Borneo", "en").words[0], "en", en)
    assert _common_word(name_ref("Versa", "en").words[0], "en", en)
    kk = common_stems(["Бұл одақ құрылды."], "kk")
    assert _common_word(name_ref("Одақта", "kk").words[0], "kk", kk)
    assert not _common_word(name_ref("Ақордада", "kk").words[0], "kk", kk)


def test_a_swap_in_sentences_the_aligner_left_apart_between_anchors_conflicts():
    """A swapped name takes away the name the aligner links by: one sentence facing one between
    two linked pairs is a slot too (low), and so is the one sentence each report ends with
    after the last linked pair (nothing else can fill that gap); two sentences at one edge: nothing."""
    en = make_doc("001", "en", ["Tokayev arrived.", "In Ankara spoke Erdogan.", "Talks followed."])
    bg = make_doc("002", "bg", ["Токаев пристигна.", "В Анкара говори Меркел.", "Последваха разговори."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 1, "Erdogan", kind="name"),
             fact(en, 1, "Ankara", kind="name"), fact(bg, 0, "Токаев", kind="name"),
             fact(bg, 1, "Меркел", kind="name"), fact(bg, 1, "Анкара", kind="name")]
    anchors = [claim("c-1", ("001", 0), ("002", 0)), claim("c-2", ("001", 2), ("002", 2))]
    (c,) = kinds(run([en, bg], anchors, facts), "conflict")
    assert c.severity == "low" and c.claim is None and "Меркел" in c.message
    en2 = make_doc("001", "en", ["Tokayev arrived.", "In Ankara spoke Erdogan."])
    bg2 = make_doc("002", "bg", ["Токаев пристигна.", "В Анкара говори Меркел."])
    facts = [fact(en2 if f.sentence.startswith("001") else bg2, int(f.sentence[-1]), f.surface, kind="name")
             for f in facts]
    (c,) = kinds(run([en2, bg2], anchors[:1], facts), "conflict")
    assert c.severity == "low"
    en3 = make_doc("001", "en", ["Tokayev arrived.", "In Ankara spoke Erdogan.", "Talks followed."])
    bg3 = make_doc("002", "bg", ["Токаев пристигна.", "В Анкара говори Меркел.", "Последваха разговори."])
    facts3 = [fact(en3 if f.sentence.startswith("001") else bg3, int(f.sentence[-1]), f.surface, kind="name")
              for f in facts]
    assert not kinds(run([en3, bg3], anchors[:1], facts3), "conflict")


def test_a_common_word_in_another_case_is_no_name():
    """«Yardımcısı» where the documents write "yardımcı": a translated title, no swap; English
    names stay names though the text writes a word they begin with ("Borneo" / "borne")."""
    got = _conflicts("Tokayev met the Deputy.", "tr", "Tokayev yardımcı ile, Yardımcısı ile görüştü.",
                     ["Tokayev", "Deputy"], ["Tokayev", "Yardımcısı"])
    assert not [c for c in got if c.severity in ("high", "medium", "low")]
    got = _conflicts("Tokayev, borne by Borneo.", "tr", "Tokayev Kanada'da.", ["Tokayev", "Borneo"],
                     ["Tokayev", "Kanada'da"])
    # medium: «Kanada» is a place English names (Canada), and the English report never does
    assert [c.severity for c in got] == ["medium"]


def test_a_new_place_the_other_language_names_is_evidence_of_a_swap():
    """«Индия» facing "Lyon": had the Bulgarian meant Lyon, the English would not lack India, a
    place English has a name for; so two entities fill the slot (medium, ``name_slot_place``).
    A plain name facing a plain name stays low (no evidence which is a name)."""
    got = _conflicts("A duck was found near Lyon in the east of France.", "bg",
                     "Патица е открита край Индия в източната част на Франция.",
                     ["Lyon", "France"], ["Индия", "Франция"])
    assert [c.severity for c in got] == ["medium"] and "Индия" in got[0].message
    got = _conflicts("A duck was found near Lyon in the east of France.", "bg",
                     "Патица е открита край Машхад в източната част на Франция.",
                     ["Lyon", "France"], ["Машхад", "Франция"])
    assert [c.severity for c in got] == ["low"]


def test_a_place_is_a_name_though_the_documents_write_a_word_it_begins():
    """«Индия» is a place of the gazetteer: a lower-case «индиец» elsewhere does not make it a
    common word (it did: the loose stems of inflecting languages)."""
    got = _conflicts("A duck was found near Lyon in the east of France.", "bg",
                     "Патица е открита край Индия в източната част на Франция, каза индиецът.",
                     ["Lyon", "France"], ["Индия", "Франция"])
    assert [c.severity for c in got] == ["medium"]


def test_a_spelling_two_languages_give_to_two_places_names_neither():
    """English "Cuba" is Turkish for Juba: read in every language it may be written in, the
    word gets no place, so it meets «Куба» by sound instead of missing it by key."""
    from workbench.facts.name_match import ref_of
    assert ref_of("Cuba").words[0].place is None
    assert ref_of("Küba").words[0].place == ref_of("Куба").words[0].place == "cuba"
    got = _conflicts("War was fought in Asia and in Cuba.", "sr", "Рат се водио у Азији и на Куби.",
                     ["Asia", "Cuba"], ["Азији", "Куби"])
    assert not [c for c in got if c.severity in ("high", "medium", "low")]



def test_words_written_alike_meet_though_they_have_no_consonant_key():
    """«ASUS Eee PC» on both sides: "Eee" has no consonant skeleton, yet it is the same word."""
    got = _conflicts("The ASUS Eee PC sold well, Tokayev said.", "ru", "ASUS Eee PC продавался хорошо, сказал Токаев.",
                     ["ASUS Eee PC", "Tokayev"], ["ASUS Eee PC", "Токаев"])
    assert not got


def test_an_acronym_with_an_ending_is_no_name_of_its_own():
    """«CEOlarımız» / "CEOs": an acronym with a Turkish plural and possessive, translated."""
    got = _conflicts("Tokayev met our CEOs.", "tr", "Tokayev CEOlarımız ile görüştü.",
                     ["Tokayev", "CEOs"], ["Tokayev", "CEOlarımız"])
    assert not [c for c in got if c.severity in ("high", "medium", "low")]


def test_an_optional_letter_is_folded_before_a_place_is_looked_up():
    """Russian may write «ё» as «е» (ru pack ``optional_letters``); CLDR writes «Кишинев», a
    text «Кишинёв»: one place, so a swap to it is a new place (medium)."""
    from workbench.facts.name_match import ref_of
    assert ref_of("Кишинёв", "ru").words[0].place == ref_of("Кишинев", "ru").words[0].place is not None
    got = _conflicts("The pilgrims travelled to Mecca, Tokayev said.", "ru",
                     "Паломники отправились в Кишинёв, сказал Токаев.", ["Mecca", "Tokayev"], ["Кишинёв", "Токаев"])
    assert [c.severity for c in got if c.severity != "info"] == ["medium"]


def test_two_places_the_gazetteer_keys_apart_are_no_spelling_variants():
    """«Германияны» / "Armenia" sound alike (skeletons grmn / rmn) but are two countries: a swap."""
    got = _conflicts("Tokayev flew from Iran to Armenia.", "kk", "Тоқаев Ираннан Германияға ұшты.",
                     ["Tokayev", "Iran", "Armenia"], ["Тоқаев", "Ираннан", "Германияға"])
    assert [c.severity for c in got if c.severity != "info"] == ["medium"]


def test_a_joiner_of_the_name_s_language_is_no_name_word():
    """"Eighmey and McCord": read in every language the words may be written in, the reading
    that drops a joiner wins ("and" is English), so "McCord" is the one word left over."""
    from workbench.facts.name_match import ref_of
    assert [w.text for w in ref_of("Eighmey and McCord").words] == ["Eighmey", "McCord"]


def test_an_acronym_left_over_beside_the_new_name_does_not_hide_it():
    """«Меркель» beside «ЮАР»: an acronym is no name of its own (translated with the words it
    stands for), so the new name is still the one real name left over on its side and faces the
    two the other side has (low: which one it replaced is unknown). Two real names beside each
    other are no swap of one (``test_two_names_left_over_on_each_side_are_no_swap_of_one``)."""
    got = _conflicts("Tokayev met Erdogan and Putin.", "ru", "Токаев встретился с Меркель в ЮАР.",
                     ["Tokayev", "Erdogan", "Putin"], ["Токаев", "Меркель", "ЮАР"])
    assert [c.severity for c in got] == ["low"] and "Меркель" in got[0].message


def test_a_name_that_repeats_a_word_is_one_word_left_over():
    """«Паго-Паго» put for "Ebola": the name says «Паго» twice, yet it is one word left over, the
    new name, facing "Ebola" (a swap made by tests, not by a translation)."""
    got = _conflicts("The patient had visited Nigeria, where cases of the Ebola virus were found.", "ru",
                     "Больной посещал Нигерию, где обнаружен ряд случаев вирусом Паго-Паго.",
                     ["Nigeria", "Ebola"], ["Нигерию", "Паго-Паго"])
    assert [c.severity for c in got] == ["low"] and "Паго-Паго" in got[0].message


def test_a_new_acronym_facing_a_name_it_cannot_stand_for_is_medium():
    """«NHK» put for «Армении»: an acronym is no name of its own (``_real``), yet alone in its slot
    facing the one name of the other side, with none of its letters the name's initial and written
    nowhere in the other report, it names another entity, though the Russian report names Armenia
    in another sentence (so "Armenia" is no new name there: ``_unfaced_slot`` cannot tell). «ФРГ»
    (Latin key "frg") may stand for "Germany": no flag; nor when the other report writes the acronym."""
    got = _linked("ru", ["The airliner crashed in Armenia, Tokayev said.", "Armenia mourns."],
                  ["Самолёт разбился в NHK, сказал Токаев.", "Армения скорбит."],
                  [["Armenia", "Tokayev"], ["Armenia"]], [["NHK", "Токаев"], ["Армения"]])
    assert [c.severity for c in got] == ["medium"] and "NHK" in got[0].message and "Armenia" in got[0].message
    got = _conflicts("The airliner crashed in Germany, Tokayev said.", "ru", "Самолёт разбился в ФРГ, сказал Токаев.",
                     ["Germany", "Tokayev"], ["ФРГ", "Токаев"])
    assert not [c for c in got if c.severity in ("high", "medium")]
    got = _linked("bg", ["It was the Philippine economy that Wall Street watched over the wall.", "The Philippines grew."],
                  ["Икономиката на САЩ беше следена от Уолстрийт.", "Филипините растяха."],
                  [["Philippine", "Wall Street"], ["Philippines"]], [["САЩ", "Уолстрийт"], ["Филипините"]])
    assert not [c for c in got if c.severity in ("high", "medium")]  # "Wall" is a candidate beside "Philippine"
    got = _conflicts("The airliner crashed in Armenia, NHK and Tokayev said.", "ru",
                     "Самолёт разбился в NHK, сказал Токаев.", ["Armenia", "NHK", "Tokayev"], ["NHK", "Токаев"])
    assert not [c for c in got if c.severity in ("high", "medium")]


def test_a_new_name_for_one_the_report_names_elsewhere_is_medium():
    """"Ed Jarvis" facing «Эд Дейви», while the English report names Davey in a sentence of its own:
    it knows that man and writes him so, so "Jarvis" here is another (medium). Without that other
    sentence the swap stays a plain name slot (low): a listed name facing a listed name."""
    got = _linked("ru", ["Huhne resigned and will be replaced by Ed Jarvis.", "Davey was a minister before."],
                  ["Хьюн ушёл в отставку, его заменит Эд Дейви.", "Дейви раньше был министром."],
                  [["Huhne", "Ed Jarvis"], ["Davey"]], [["Хьюн", "Эд Дейви"], ["Дейви"]])
    assert [c.severity for c in got] == ["medium"] and "Jarvis" in got[0].message
    got = _linked("tr", ["Palestine lost land in the Mideast War.", "Israel grew."],
                  ["Filistin Arap İsrail Savaşından sonra toprak kaybetti.", "İsrail büyüdü."],
                  [["Palestine", "Mideast"], ["Israel"]], [["Filistin", "Arap", "İsrail"], ["İsrail"]])
    assert not [c for c in got if c.severity in ("high", "medium")]  # facing two words, it may translate them
    got = _conflicts("Huhne resigned and will be replaced by Ed Jarvis.", "ru", "Хьюн ушёл в отставку, его заменит Эд Дейви.",
                     ["Huhne", "Ed Jarvis"], ["Хьюн", "Эд Дейви"])
    assert [c.severity for c in got if c.severity != "info"] == ["low"]


def test_a_hyphenated_name_left_over_is_one_word():
    """«Норт-Харбора» put for «Словении»: two name words, yet one word written with a hyphen, the
    only one left over on its side: a swap (medium here: Russian names Slovenia, ``name_slot_place``), where two words of a name left over would be a
    translated name («Северной Каролине» / "North Carolina": no flag)."""
    en = "France is the seventh EU country hit, after Austria, Germany and Slovenia."
    got = _conflicts(en, "ru", "Франция – седьмая страна ЕС, пострадавшая после Австрии, Германии и Норт-Харбора.",
                     ["France", "EU", "Austria", "Germany", "Slovenia"],
                     ["Франция", "ЕС", "Австрии", "Германии", "Норт-Харбора"])
    assert [c.severity for c in got if c.severity != "info"] == ["medium"] and "Норт-Харбора" in got[0].message
    got = _conflicts(en, "ru", "Франция – седьмая страна ЕС, пострадавшая после Австрии, Германии и Норт Харбора.",
                     ["France", "EU", "Austria", "Germany", "Slovenia"],
                     ["Франция", "ЕС", "Австрии", "Германии", "Норт Харбора"])
    assert not [c for c in got if c.severity != "info"]


def test_a_name_is_no_calendar_word_of_another_language():
    """"Martin" in an English report is no Turkish «Mart» (March) with an ending: a leftover word
    is a month or weekday only in its own document's language, when that is known."""
    from workbench.consistency.compare import _calendar
    from workbench.facts.name_match import ref_of
    (word,) = ref_of("Martin").words
    assert _calendar(word) and not _calendar(word, "en") and _calendar(ref_of("Mart'ta").words[0], "tr")
