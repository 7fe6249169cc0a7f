"""Names, nineteenth session: a name's one word its dictionary does not know beside common words
it writes capitalized stands alone ("Hurricane Guaycurú" / «урагана Катрина»); a compound adjective
holding a place after a compass point is that place, set aside with it (bg «Северноаризонския» /
"Arizona"); a name slot's severity reads the slot's words, not the whole facts ("Deila" faces
"Steven", whatever "Doull" of "Owain Doull" sounds like)."""
from test_name_dictionary import _dictionary
from test_name_slots import _conflicts

_EN = "Relief after Hurricane {} cost billions, Tokayev said."
_SR = "Помоћ након урагана Катрина коштала је милијарде, рекао је Токајев."


def test_a_names_one_word_beside_its_capitalized_common_words_stands_alone(tmp_path, monkeypatch):
    """English writes a hurricane's, a company's or a park's common word capitalized inside its name,
    Serbian lower-case («урагана Катрина»): "Hurricane Guaycurú" had two words left over, read as a
    translated name, so the new name faced nothing. "Hurricane" is a common word of the dictionary
    (which lists it capitalized too, as Debian's does): "Guaycurú" stands alone and faces «Катрина»
    (low here: no encoder, no other reports). "Hurricane Katrina" states nothing, nor does a name with
    two words the dictionary does not know ("Guaycurú Lopez": a translated name may be so)."""
    _dictionary(tmp_path, monkeypatch, "2\nhurricane/S\nHurricane\n")
    got = _conflicts(_EN.format("Guaycurú"), "sr", _SR, ["Hurricane Guaycurú", "Tokayev"], ["Катрина", "Токајев"])
    assert [c.severity for c in got] == ["low"] and "Катрина" in got[0].message
    assert not _conflicts(_EN.format("Katrina"), "sr", _SR, ["Hurricane Katrina", "Tokayev"], ["Катрина", "Токајев"])
    # only common words of the dictionary are set aside: two words it does not know still hide each other
    assert not _conflicts(_EN.format("Guaycurú Lopez"), "sr", _SR, ["Hurricane Guaycurú Lopez", "Tokayev"],
                          ["Катрина", "Токајев"])


_ARIZONA_EN = "said Glen Cushing of Northern Arizona University located in {}, Arizona."
_ARIZONA_BG = "каза Глен Къшинг от Северноаризонския университет, намиращ се във Флагстаф, {}."


def test_a_compound_adjective_holding_a_place_is_set_aside_with_it():
    """bg «Северноаризонския» (Northern-Arizonan) holds "Arizona" after a compass point: one name
    each side writes its way, but the strict word match misses it, so "Arizona" was a second real
    word beside the new "Shankar" (and «Северноаризонския» one beside «Санторини»). Set aside as a
    pair, the new name stands alone and faces the other side's word; the unchanged pair states nothing."""
    en_names = ["Glen Cushing", "Northern Arizona University", "Arizona"]
    got = _conflicts(_ARIZONA_EN.format("Shankar"), "bg", _ARIZONA_BG.format("Аризона"),
                     en_names + ["Shankar"], ["Глен Къшинг", "Северноаризонския", "Флагстаф", "Аризона"])
    assert [("Shankar" in c.message and "Флагстаф" in c.message) for c in got] == [True]
    got = _conflicts(_ARIZONA_EN.format("Flagstaff"), "bg", _ARIZONA_BG.format("Санторини"),
                     en_names + ["Flagstaff"], ["Глен Къшинг", "Северноаризонския", "Флагстаф", "Санторини"])
    assert [("Санторини" in c.message and "Arizona" in c.message) for c in got] == [True]
    assert not _conflicts(_ARIZONA_EN.format("Flagstaff"), "bg", _ARIZONA_BG.format("Аризона"),
                          en_names + ["Flagstaff"], ["Глен Къшинг", "Северноаризонския", "Флагстаф", "Аризона"])


def test_a_slots_severity_reads_the_words_it_put_one_for_another():
    """wmt-tr «Deila Burke» (swapped for "Steven") / "Steven Burke and Owain Doull", read as one name
    fact: the whole facts looked like two spellings of one name ("Deila" is loosely like "Doull",
    which met «Doull» of another name), so the slot's flag fell to info. The slot put "Deila" for
    "Steven": two names, its own severity (low here: no other reports, no encoder)."""
    en = "Bradley Wiggins, Ed Clancy, Steven Burke and Owain Doull won the team pursuit."
    tr = "Bradley Wiggins, Ed Clancy, Deila Burke ve Owain Doull takım yarışını kazandı."
    got = _conflicts(en, "tr", tr, ["Bradley Wiggins", "Ed Clancy", "Steven Burke and Owain Doull"],
                     ["Bradley Wiggins", "Ed Clancy", "Deila Burke", "Owain Doull"])
    assert [c.severity for c in got] == ["low"] and "Deila" in got[0].message
