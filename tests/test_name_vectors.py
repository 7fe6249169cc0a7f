"""A plain name slot is medium when the run's encoder finds the new name unlike every word it
faces (consistency.name_vectors: language-centered vectors, a CSLS margin against the packs'
place names), low when it finds them alike or when no encoder is given. A fake encoder
stands in for e5: a word's vector is fixed by its hash, and a few words are made alike or
opposite on purpose."""
import hashlib

import numpy as np
import regex

from workbench.consistency import check_consistency
from workbench.consistency import name_vectors
from workbench.consistency.name_vectors import UNLIKE_MARGIN, NameVectors, reference_names
from workbench.records import Event
from test_consistency import claim, fact, kinds, make_doc

DIM = 64
BASE = {"Tokayev": 1, "Токаев": 1, "Erdogan": 2, "Ердоган": 2, "Меркел": -2}


def _vector(word: str) -> np.ndarray:
    """A random direction per word; words of BASE share (or oppose) one direction."""
    seed = abs(BASE[word]) if word in BASE else int.from_bytes(hashlib.sha1(word.encode()).digest()[:4], "big")
    v = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    v = -v if BASE.get(word, 1) < 0 else v
    return v / np.linalg.norm(v)


def fake_encode(texts):
    """A word's vector; a sentence's, the normalized sum of its words' (a bag of words)."""
    fake_encode.calls.append(list(texts))
    out = []
    for t in texts:
        v = sum(_vector(w) for w in regex.findall(r"\w+", t))
        out.append(v / np.linalg.norm(v))
    return np.stack(out)


fake_encode.calls = []


def _linked(encode, en_text, lang, text, en_names, names):
    """Conflicts of one English sentence and one sentence in ``lang``, linked as one claim, with
    the given name facts, checked with ``encode`` as the run's encoder (no dictionaries)."""
    en, other = make_doc("001", "en", [en_text]), make_doc("002", lang, [text])
    facts = [fact(en, 0, n, kind="name") for n in en_names] + [fact(other, 0, n, kind="name") for n in names]
    by_sentence = {}
    for f in facts:
        by_sentence.setdefault(f.sentence, []).append(f)
    events = [Event(id="e-1", documents=("001", "002"), score=0.9)]
    return kinds(check_consistency([en, other], events, [claim("c-1", ("001", 0), ("002", 0))], by_sentence, {},
                                   encode=encode), "conflict")


def _slot(encode, bg_name="Меркел", en_names=("Erdogan",)):
    """en «Tokayev met <en_names> in Ankara» / bg «Токаев се срещна с <bg_name>», one claim, no dictionaries."""
    return _linked(encode, f"Tokayev met {' and '.join(en_names)} in Ankara.", "bg",
                   f"Токаев се срещна с {bg_name} в Анкара.", ["Tokayev", *en_names, "Ankara"],
                   ["Токаев", bg_name, "Анкара"])


def test_a_new_name_the_encoder_finds_unlike_the_name_it_faces_is_medium():
    (c,) = _slot(fake_encode)
    assert c.severity == "medium" and "Меркел" in c.message and "Erdogan" in c.message


def test_without_an_encoder_the_same_slot_stays_low():
    (c,) = _slot(None)
    assert c.severity == "low"


def test_a_slot_the_encoder_finds_alike_stays_low_or_is_no_slot(monkeypatch):
    """«Ердоган» here is a spelling the name matcher would meet anyway; a word the matcher misses
    but the encoder places beside the other ("Sámi" / «Samilerin») is the case this guards: not
    unlike, it stays low; alike (ALIKE_MARGIN), it is the other's translation and no slot at all."""
    from workbench.consistency import compare
    BASE["Самилерин"] = 2  # the encoder's direction of "Erdogan"
    try:
        alike = _slot(fake_encode, "Самилерин")
        monkeypatch.setattr(compare, "ALIKE_MARGIN", 10.0)
        (c,) = _slot(fake_encode, "Самилерин")
    finally:
        del BASE["Самилерин"]
    assert c.severity == "low" and alike == []


def test_a_new_name_facing_several_names_stays_low_though_unlike_each():
    """One of several words it faces may be its translation the encoder does not see
    («Tuna» / "Rhine", "Danube"): the encoder's evidence is for one pair of words."""
    BASE["Putin"] = 2  # unlike «Меркел» too
    try:
        got = _slot(fake_encode, en_names=("Erdogan", "Putin"))
    finally:
        del BASE["Putin"]
    assert got and all(c.severity == "low" for c in got)


def test_a_new_name_foreign_to_the_other_sentence_is_medium_though_the_words_are_not_unlike(monkeypatch):
    """Leave-one-out: the English sentence is nearer the Bulgarian one without "Erdogan" than
    with it, where leaving out a word both say («Токаев») brings them apart."""
    monkeypatch.setattr(name_vectors, "UNLIKE_MARGIN", -10.0)  # the words' margin never decides
    (c,) = _slot(fake_encode)
    assert c.severity == "medium"
    vectors = NameVectors(fake_encode)
    en, bg = "Tokayev met Erdogan in Ankara.", "Токаев се срещна с Меркел в Анкара."
    assert vectors.foreign(en, (12, 19), bg) and not vectors.foreign(en, (0, 7), bg)
    monkeypatch.setattr(name_vectors, "FOREIGN_GAIN", 1.0)  # neither test decides: low
    (c,) = _slot(fake_encode)
    assert c.severity == "low"


def test_the_margin_discounts_words_near_every_name_and_asks_once_per_word():
    calls = []

    def encode(texts):
        calls.extend(texts)
        return fake_encode(texts)
    vectors = NameVectors(encode)
    far = vectors.margin("Erdogan", "en", "Меркел", "bg")
    near = vectors.margin("Erdogan", "en", "Ердоган", "bg")
    assert far is not None and near is not None and far < UNLIKE_MARGIN < near
    assert len(calls) == len(set(calls))  # each reference and name word encoded once
    assert set(reference_names("bg")) <= set(calls) and "Кыргызстан" not in reference_names("en")


def test_a_language_without_a_pack_has_no_references_so_no_margin():
    vectors = NameVectors(fake_encode)
    assert reference_names("xx") == [] and vectors.margin("Erdogan", "en", "Merkel", "xx") is None
    assert not vectors.unlike("Erdogan", "en", "Merkel", "xx")


def test_a_word_swapped_inside_a_name_is_medium_when_the_encoder_finds_the_two_words_unlike():
    """«Tory Milletvekilleri» / "Tory Lawmakers": one word differs and no other report writes it
    alike (a plain slot, low); the encoder's evidence makes it medium, as for a slot."""
    from workbench.consistency.compare import name_swaps
    en = make_doc("001", "en", ["Tory Lawmakers met."])
    tr = make_doc("002", "tr", ["Tory Milletvekilleri toplandı."])
    x, y = fact(en, 0, "Tory Lawmakers", kind="name"), fact(tr, 0, "Tory Milletvekilleri", kind="name")
    no = (lambda w: False, lambda w: False)
    asked = []

    def unlike(*args):
        asked.append(args[1:3] + args[4:])
        return True
    assert [f.basis for f in name_swaps([x], [y], ([x], [y]), known=no, langs=("en", "tr"),
                                        unlike=unlike)] == ["name_slot_unlike"]
    assert asked == [("Lawmakers", "en", "Milletvekilleri", "tr")]
    assert [f.basis for f in name_swaps([x], [y], ([x], [y]), known=no, langs=("en", "tr"),
                                        unlike=lambda *a: False)] == ["name_slot"]


def _hospital(encode):
    """tr «… Bennet Ulusal Kadın Hastanesinde …» / en "… Auckland National Women Hospital …": a
    translated name with one word swapped; «Kadın» is a word the dictionaries also write capitalized."""
    return _linked(encode, "Tokayev was born at the Auckland National Women Hospital.", "tr",
                   "Tokayev, Bennet Ulusal Kadın Hastanesinde doğdu.",
                   ["Tokayev", "Auckland National Women Hospital"], ["Tokayev", "Bennet Ulusal Kadın Hastanesinde"])


def test_words_the_encoder_reads_as_translations_leave_the_swapped_name_alone(monkeypatch):
    """«Kadın» / "Women" are one another's translation to the encoder (their margin is at least
    ALIKE_MARGIN): taken out, "Bennet" is the one word left of its name and faces "Auckland"."""
    from workbench.consistency import compare
    BASE.update({"Kadın": 3, "Women": 3})
    try:
        got = _hospital(fake_encode)
        monkeypatch.setattr(compare, "ALIKE_MARGIN", 10.0)  # no pair is alike enough: two words left over
        without = _hospital(fake_encode)
    finally:
        del BASE["Kadın"], BASE["Women"]
    assert [c.severity for c in got] == ["medium"] and "Bennet" in got[0].message and "Auckland" in got[0].message
    assert not [c for c in without if c.severity in ("high", "medium", "low")]


def _united(encode):
    """en "In 1884 Chase moved to the United States." / tr «1884'te Tesla Birleşik Devletleri'ne
    taşındı.»: the encoder reads «Devletleri» / "States" as a translation; "United" / «Birleşik»,
    words the dictionaries list (capitalized too), are left over beside them."""
    return _linked(encode, "In 1884 Chase moved to the United States.", "tr",
                   "1884'te Tesla Birleşik Devletleri'ne taşındı.",
                   ["Chase", "United States"], ["Tesla", "Birleşik Devletleri'ne"])


def test_dictionary_words_beside_a_translated_word_of_a_name_are_never_its_new_name(tmp_path, monkeypatch):
    """With «Devletleri» / "States" paired, "United" and «Birleşik» stand alone in their names;
    as words of a translated name they are no new name, so "Chase" / "Tesla" is the one slot."""
    aff = "SET UTF-8\n"
    for name, dic in (("en_US", "3\nunited\nUnited\nstate\n"), ("tr_TR", "2\nbirleşik\nBirleşik\n")):
        (tmp_path / f"{name}.dic").write_text(dic, encoding="utf-8")
        (tmp_path / f"{name}.aff").write_text(aff, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path))
    BASE.update({"Devletleri": 4, "States": 4})
    try:
        got = [c for c in _united(fake_encode) if c.severity in ("high", "medium", "low")]
    finally:
        del BASE["Devletleri"], BASE["States"]
    assert len(got) == 1 and "Chase" in got[0].message and "Tesla" in got[0].message
    assert "United" not in got[0].message and "Birleşik" not in got[0].message
