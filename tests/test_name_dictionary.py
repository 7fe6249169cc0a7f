"""Name swaps with the language's dictionary (workbench/lexicon.py, Debian hunspell): a word
the dictionary writes lower-case and never capitalized is a translated part of a name
("Equator", "Hemisphere"), not a leftover name; with it gone, the one name left over is the swap."""
from workbench.consistency.compare import dictionary_word
from workbench.facts.name_match import name_ref
from test_name_slots import _conflicts

EN_AFF = "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n"
EN_DIC = "4\nequator/S\nhemisphere/S\nMontevideo\nbush\n"
BUSH_DIC = "5\nequator/S\nhemisphere/S\nMontevideo\nbush\nBush\n"


def _dictionary(tmp_path, monkeypatch, dic):
    (tmp_path / "en_US.dic").write_text(dic, encoding="utf-8")
    (tmp_path / "en_US.aff").write_text(EN_AFF, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path))


def _case():
    return _conflicts("Since Montevideo is south of the Equator, it is summer there in the Hemisphere.", "ru",
                      "Поскольку Петра находится к югу от экватора, там лето.",
                      ["Montevideo", "Equator", "Hemisphere"], ["Петра"])


def test_without_a_dictionary_capitalized_common_words_hide_the_swap(tmp_path):
    """Which of three capitalized words «Петра» replaced is unknown: a low flag at most (since
    the fourteenth session's skeleton bar, «Петра» ptr is no spelling variant of "Equator" ktr)."""
    assert not [c for c in _case() if c.severity in ("high", "medium")]


def test_dictionary_words_are_no_leftover_names(tmp_path, monkeypatch):
    _dictionary(tmp_path, monkeypatch, EN_DIC)
    got = [c for c in _case() if c.severity in ("high", "medium", "low")]
    # "Montevideo", a place Russian names, is the one name left; the Russian report never names it
    assert [c.severity for c in got] == ["medium"] and "Петра" in got[0].message


def test_a_word_the_dictionary_also_capitalizes_may_be_a_name(tmp_path, monkeypatch):
    _dictionary(tmp_path, monkeypatch, BUSH_DIC)
    assert dictionary_word(name_ref("Equators", "en").words[0], "en")
    assert not dictionary_word(name_ref("Bush", "en").words[0], "en")
    assert not dictionary_word(name_ref("Montevideo", "en").words[0], "en")


def test_a_continent_the_other_side_lacks_is_no_evidence_of_a_swap(tmp_path):
    """«Avrupa» facing "Euroleague": a continent is often said with an adjective or a name of
    its own, so it is no new place (``names.REGION_KEYS``); a country is («Almanya»)."""
    got = _conflicts("Tokayev played in the Euroleague.", "tr", "Tokayev Avrupa'da oynadı.",
                     ["Tokayev", "Euroleague"], ["Tokayev", "Avrupa'da"])
    assert [c.severity for c in got] == ["low"]
    got = _conflicts("Tokayev played in the Euroleague.", "tr", "Tokayev Almanya'da oynadı.",
                     ["Tokayev", "Euroleague"], ["Tokayev", "Almanya'da"])
    assert [c.severity for c in got] == ["medium"]


UK_DIC = "4\nunited\nkingdom\ncontinental\nContinental\n"


def test_a_place_facing_a_name_written_in_common_words_is_no_evidence(tmp_path, monkeypatch):
    """«İngiltere» facing "United Kingdom … Continental": the gazetteer keys one word at a time, and
    a name written in common words ("United Kingdom") may be the place; without it, medium."""
    (tmp_path / "en_US.dic").write_text(UK_DIC, encoding="utf-8")
    (tmp_path / "en_US.aff").write_text(EN_AFF, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path))
    got = _conflicts("Eems will run the United Kingdom and Continental Europe.", "tr",
                     "Eems İngiltere ve Kıta Avrupası'ndan sorumlu olacak.",
                     ["Eems", "United Kingdom", "Continental"], ["Eems", "İngiltere"])
    assert [c.severity for c in got] == ["low"]
    got = _conflicts("Eems will run Lagos and Continental Europe.", "tr",
                     "Eems İngiltere ve Kıta Avrupası'ndan sorumlu olacak.",
                     ["Eems", "Lagos", "Continental"], ["Eems", "İngiltere"])
    assert [c.severity for c in got if c.severity != "info"] == ["medium"]


def _lists_names(tmp_path, monkeypatch, n, extra=""):
    """An English dictionary listing n names (capitalized stems) and the words of ``extra``."""
    names = "".join(f"Name{chr(97 + i % 26)}{i}\n" for i in range(n))
    folder = tmp_path / f"d{n}{len(extra)}"  # the loader caches per folder
    folder.mkdir()
    (folder / "en_US.dic").write_text(f"{n}\n{names}{extra}", encoding="utf-8")
    (folder / "en_US.aff").write_text(EN_AFF, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(folder))


def test_a_name_too_rare_for_a_dictionary_that_lists_names_is_evidence_of_a_swap(tmp_path, monkeypatch):
    """"Iwasaki" facing «Харбор»: a name no dictionary lists is carried over as it sounds, so the
    other side would have written it so (medium, ``name_slot_rare``); a listed name may be an
    exonym or a people ("Mediterranean", "Jews"): low; a dictionary that lists few names
    (``LISTS_NAMES_MIN``, kk_KZ) tells nothing."""
    en, kk = "In the attack Iwasaki was injured, Tokayev said.", "Шабуылда Харбор жарақат алды, деді Тоқаев."
    _lists_names(tmp_path, monkeypatch, 1000)
    got = [c for c in _conflicts(en, "kk", kk, ["Iwasaki", "Tokayev"], ["Харбор", "Тоқаев"]) if c.severity != "info"]
    assert [c.severity for c in got] == ["medium"] and "Iwasaki" in got[0].message
    _lists_names(tmp_path, monkeypatch, 1000, "Iwasaki\n")
    got = [c for c in _conflicts(en, "kk", kk, ["Iwasaki", "Tokayev"], ["Харбор", "Тоқаев"]) if c.severity != "info"]
    assert [c.severity for c in got] == ["low"]
    _lists_names(tmp_path, monkeypatch, 999)
    got = [c for c in _conflicts(en, "kk", kk, ["Iwasaki", "Tokayev"], ["Харбор", "Тоқаев"]) if c.severity != "info"]
    assert [c.severity for c in got] == ["low"]


def test_kazakh_names_are_looked_up_in_the_dictionary_of_the_spelling_they_follow(tmp_path, monkeypatch):
    """kk_KZ lists few names, so a Kazakh word is rare only if Russian's dictionary, whose
    spelling of foreign names Kazakh follows (pack ``names_spelled_as``), lists it neither."""
    en, kk = "Dr. Malar Balasubramanian was found in Ohio, Tokayev said.", "Д-р Малар Кудебак Огайода табылды, деді Тоқаев."
    names_en, names_kk = ["Malar Balasubramanian", "Ohio", "Tokayev"], ["Малар Кудебак", "Огайода", "Тоқаев"]

    def dictionaries(name, ru_extra):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "kk_KZ.dic").write_text("1\nкітап\n", encoding="utf-8")
        (folder / "kk_KZ.aff").write_text("SET UTF-8\n", encoding="utf-8")
        if ru_extra is not None:
            ru = "".join(f"Имя{i}\n" for i in range(1000))
            (folder / "ru_RU.dic").write_text(f"1000\n{ru}{ru_extra}", encoding="utf-8")
            (folder / "ru_RU.aff").write_text("SET UTF-8\n", encoding="utf-8")
        monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(folder))

    def severities():
        return [c.severity for c in _conflicts(en, "kk", kk, names_en, names_kk)
                if c.severity != "info" and "Кудебак" in c.message]

    dictionaries("ru-lists-many", "")
    assert severities() == ["medium"]
    dictionaries("ru-lists-it", "Кудебак\n")
    assert severities() == ["low"]
    dictionaries("no-ru", None)
    assert severities() == ["low"]


def test_a_rare_name_facing_a_word_also_listed_as_a_name_is_medium(tmp_path, monkeypatch):
    """«Харбор» too rare for a dictionary, facing "Lamb", which the dictionary lists lower-case
    and capitalized (a surname too): medium; facing "Lamb" listed only lower-case, a common word
    and no name: medium too, as no name faces it (``compare._unfaced_slot``)."""
    en, ru = "In the attack Lamb was injured, Tokayev said.", "При нападении Харбор был ранен, сказал Токаев."

    def dictionaries(name, en_dic):
        folder = tmp_path / name
        folder.mkdir()
        many = "".join(f"Имя{i}\n" for i in range(1000))
        (folder / "ru_RU.dic").write_text(f"1000\n{many}", encoding="utf-8")
        (folder / "ru_RU.aff").write_text("SET UTF-8\n", encoding="utf-8")
        (folder / "en_US.dic").write_text(en_dic, encoding="utf-8")
        (folder / "en_US.aff").write_text(EN_AFF, encoding="utf-8")
        monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(folder))

    def severities():
        return [c.severity for c in _conflicts(en, "ru", ru, ["Lamb", "Tokayev"], ["Харбор", "Токаев"])
                if c.severity != "info"]

    dictionaries("both", "2\nlamb\nLamb\n")
    assert severities() == ["medium"]
    dictionaries("lower", "1\nlamb\n")
    # "lamb" alone is a translated word, no leftover name: «Харбор» faces no name, yet it is too
    # rare to be anything but carried over, and nothing sounds like it (compare._unfaced_slot)
    assert severities() == ["medium"]
    en_harbor = en.replace("Lamb", "Harbor")
    dictionaries("harbor", "1\nharbor\n")
    got = [c.severity for c in _conflicts(en_harbor, "ru", ru, ["Harbor", "Tokayev"], ["Харбор", "Токаев"])
           if c.severity != "info"]
    assert got == []  # the common word is the rare one's spelling: one name


def test_a_swapped_word_the_dictionary_writes_lower_case_is_a_translated_word(tmp_path, monkeypatch):
    """«Ерик Црвени» / "Erik the Red": «црвени» is a common word of Serbian (never capitalized),
    so the differing word of the two names is translated, not swapped."""
    folder = tmp_path / "sr"
    folder.mkdir()
    (folder / "sr_RS.dic").write_text("1\nцрвени\n", encoding="utf-8")
    (folder / "sr_RS.aff").write_text("SET UTF-8\n", encoding="utf-8")
    got = _conflicts("In the sagas Erik the Red was exiled, Tokayev said.", "sr",
                     "У сагама је Ерик Црвени прогнан, рекао је Токајев.",
                     ["Erik the Red", "Tokayev"], ["Ерик Црвени", "Токајев"])
    before = [c.severity for c in got if c.severity in ("high", "medium", "low")]
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(folder))
    got = _conflicts("In the sagas Erik the Red was exiled, Tokayev said.", "sr",
                     "У сагама је Ерик Црвени прогнан, рекао је Токајев.",
                     ["Erik the Red", "Tokayev"], ["Ерик Црвени", "Токајев"])
    assert before and not [c for c in got if c.severity in ("high", "medium", "low")]


def test_a_name_is_looked_up_less_its_case_ending_too(tmp_path, monkeypatch):
    """«Шотландияның» (kk genitive) is no rare name when Russian's dictionary lists «Шотландия»:
    a place the gazetteer lacks, facing "Scottish", is then a plain slot (low), not medium."""
    from workbench.consistency.compare import rare_name
    from workbench.facts.name_match import name_ref
    ru = "".join(f"Имя{i}\n" for i in range(1000))
    (tmp_path / "kk_KZ.dic").write_text("1\nкітап\n", encoding="utf-8")
    (tmp_path / "kk_KZ.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (tmp_path / "ru_RU.dic").write_text(f"1001\n{ru}Шотландия\n", encoding="utf-8")
    (tmp_path / "ru_RU.aff").write_text("SET UTF-8\n", encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path))
    (word,) = name_ref("Шотландияның", "kk").words
    assert word.written == "Шотландияның" and not rare_name(word, "kk")
    (word,) = name_ref("Кудебактың", "kk").words
    assert rare_name(word, "kk")


def test_a_name_is_looked_up_less_an_ending_of_its_own_language_only(tmp_path, monkeypatch):
    """"Pryce" in an English report, read without its language (``ref_of``), is Turkish "Pry" +
    the ending "ce"; "pry" is an English word, yet "Pryce" is no English "pry": the name is looked
    up less the endings of the language it is written in, so it stays a rare name."""
    from workbench.consistency.compare import rare_name
    from workbench.facts.name_match import ref_of
    _lists_names(tmp_path, monkeypatch, 1000, "pry\n")
    (word,) = ref_of("Pryce").words
    assert word.text == "Pry" and rare_name(word, "en")


def test_a_stem_that_is_only_a_common_word_keeps_a_name_rare(tmp_path, monkeypatch):
    """«Тупуа» less the Russian ending "а" is «Тупу», a common word of the dictionary («тупу»,
    blunt), not a name it lists: a coincidence of the cut, so «Тупуа» stays a rare name; a stem
    the dictionary lists as a name («Иванов» of «Ивановым») makes the word a listed one."""
    from workbench.consistency.compare import rare_name
    from workbench.facts.name_match import name_ref
    ru = "".join(f"Имя{i}\n" for i in range(1000))
    (tmp_path / "ru_RU.dic").write_text(f"1002\n{ru}тупу\nИванов\n", encoding="utf-8")
    (tmp_path / "ru_RU.aff").write_text("SET UTF-8\n", encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path))
    (word,) = name_ref("Тупуа", "ru").words
    assert rare_name(word, "ru")
    (word,) = name_ref("Ивановым", "ru").words
    assert not rare_name(word, "ru")
