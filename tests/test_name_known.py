"""A name swap found without English is medium only when the new name is *known as a name*: another
report of the run, in another language, writes it alike (compare.NameIndex, ``name_slot_known``);
a translated word of a name or an exonym the packs lack is written another way everywhere: low."""
from workbench.consistency.compare import known_keys, name_index
from workbench.facts.name_match import name_ref
from test_consistency import claim, fact, kinds, make_doc, run


def _swap(third=None):
    """en «Tokayev met Erdogan» / bg «Токаев се срещна с Меркел», one claim; ``third``: (lang, text, name)."""
    en = make_doc("001", "en", ["Tokayev met Erdogan in Ankara."])
    bg = make_doc("002", "bg", ["Токаев се срещна с Меркел в Анкара."])
    docs = [en, bg]
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Erdogan", kind="name"), fact(en, 0, "Ankara", kind="name"),
             fact(bg, 0, "Токаев", kind="name"), fact(bg, 0, "Меркел", kind="name"), fact(bg, 0, "Анкара", kind="name")]
    if third is not None:
        lang, text, name = third
        other = make_doc("003", lang, [text])
        docs.append(other)
        facts.append(fact(other, 0, name, kind="name"))
    return kinds(run(docs, [claim("c-1", ("001", 0), ("002", 0))], facts, event_docs=("001", "002")), "conflict")


def test_a_new_name_another_report_writes_alike_in_another_language_is_medium():
    (c,) = _swap(("tr", "Merkel Berlin'de konuştu.", "Merkel"))
    assert c.severity == "medium" and "Меркел" in c.message
    (c,) = _swap(("en", "Merkel spoke in Berlin.", "Merkel"))
    assert c.severity == "medium"


def test_a_new_name_known_nowhere_else_or_only_in_its_own_language_stays_low():
    (c,) = _swap()
    assert c.severity == "low"
    (c,) = _swap(("bg", "Меркел говори в Берлин.", "Меркел"))  # the same language proves nothing
    assert c.severity == "low"
    (c,) = _swap(("tr", "Merdiven yıkıldı, dedi Mersin.", "Mersin"))  # another name, not alike
    assert c.severity == "low"


def test_a_translated_name_word_is_written_otherwise_in_every_language_so_it_stays_low():
    """«Ortadoğu» / "Mideast" (no pack lists the region; the Mediterranean is a pack exonym): a third report in English names the Mideast too, but nothing outside Turkish writes
    «Ortadoğu», nor anything but English "Mideast"."""
    en = make_doc("001", "en", ["Tokayev flew over the Mideast."])
    tr = make_doc("002", "tr", ["Tokayev Ortadoğu üzerinden uçtu."])
    en2 = make_doc("003", "en", ["The Mideast was calm, Erdogan said."])
    facts = [fact(en, 0, "Tokayev", kind="name"), fact(en, 0, "Mideast", kind="name"),
             fact(tr, 0, "Tokayev", kind="name"), fact(tr, 0, "Ortadoğu", kind="name"),
             fact(en2, 0, "Mideast", kind="name"), fact(en2, 0, "Erdogan", kind="name")]
    got = kinds(run([en, tr, en2], [claim("c-1", ("001", 0), ("002", 0))], facts, event_docs=("001", "002")),
                "conflict")
    assert got and all(c.severity == "low" for c in got)


def test_names_are_known_alike_across_scripts_by_near_identity_only():
    def keys(word, lang):
        return known_keys(name_ref(word, lang).words[0])
    assert keys("Putin", "en") & keys("Путин", "bg")
    assert keys("Erdoğan", "tr") & keys("Ердоган", "ru")
    assert not keys("Ocean", "en") & keys("Азия", "ru")  # two consonants: too few to say
    assert not keys("Savunma", "tr") & keys("Sevens", "en")  # loosely alike is not alike
    index = name_index([("a", "en", [fact(make_doc("a", "en", ["Putin spoke."]), 0, "Putin", kind="name")])])
    word = name_ref("Путин", "bg").words[0]
    assert index.known(word, "bg", exclude="b") and not index.known(word, "bg", exclude="a")
    assert not index.known(word, "en", exclude="b")


def test_a_word_its_language_writes_lower_case_is_no_known_name():
    """"Kültürel Merkez" of a Turkish text that also writes «kültürel»: an adjective, so it is no
    evidence that "Cultural" is a name crossing languages."""
    from workbench.consistency.compare import common_stems
    text = "Kültürel Merkez açıldı, kültürel bir yer."
    doc = make_doc("a", "tr", [text])
    names = [("a", "tr", [fact(doc, 0, "Kültürel Merkez", kind="name")])]
    word = name_ref("Cultural", "en").words[0]
    assert name_index(names).known(word, "en", exclude="b")
    assert not name_index(names, lambda lang: common_stems([text], lang)).known(word, "en", exclude="b")


def test_a_word_swapped_in_a_multi_word_name_is_medium_only_when_the_new_word_is_known():
    """«Tory Milletvekilleri» / "Tory Lawmakers": one word differs, a translated one that no other
    report writes alike: a name slot (low), not a conflict; "Buenos Aires" / «Буенос Гьоте», with
    «Гьоте» known as a name elsewhere in the run, stays one."""
    from workbench.consistency.compare import name_swaps
    en = make_doc("001", "en", ["Tory Lawmakers met in Buenos Aires."])
    tr = make_doc("002", "tr", ["Tory Milletvekilleri toplandı."])
    bg = make_doc("003", "bg", ["Срещата беше в Буенос Гьоте."])
    x, y = fact(en, 0, "Tory Lawmakers", kind="name"), fact(tr, 0, "Tory Milletvekilleri", kind="name")
    names = ([x], [y])
    no = (lambda w: False, lambda w: False)
    assert [f.basis for f in name_swaps([x], [y], names)] == ["name"]
    assert [f.basis for f in name_swaps([x], [y], names, known=no)] == ["name_slot"]
    u, v = fact(en, 0, "Buenos Aires", kind="name"), fact(bg, 0, "Буенос Гьоте", kind="name")
    yes = (lambda w: False, lambda w: w.written == "Гьоте")
    assert [f.basis for f in name_swaps([u], [v], ([u], [v]), known=yes)] == ["name"]


def test_a_known_name_facing_a_common_word_of_the_dictionary_stays_low(tmp_path, monkeypatch):
    """«Меркел», known from a Turkish report, facing "Erdogan": medium. Facing a word the English
    dictionary knows as a common word, capitalized or not ("Continental" of "Continental Europe",
    for «Avrupa»), it is a translation as likely as a swap: low."""
    (c,) = _swap(("tr", "Merkel Berlin'de konuştu.", "Merkel"))
    assert c.severity == "medium"
    (tmp_path / "en_US.dic").write_text("2\nerdogan\nErdogan\n", encoding="utf-8")
    (tmp_path / "en_US.aff").write_text("SET UTF-8\n", encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path))
    (c,) = _swap(("tr", "Merkel Berlin'de konuştu.", "Merkel"))
    assert c.severity == "low"
