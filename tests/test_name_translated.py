"""Name evidence without the translated words of names (``claims.NAME_TRANSLATED``, on since the
twenty-fifth session: eval/README.md): a word its language's dictionary writes lower-case only
("Declaration", «Bildirgesi») is a part of a name that another language translates. Events and
claim links read no name evidence from such words."""
import numpy as np
import pytest

from workbench.align import claims, events
from workbench.align.claims import mentions
from workbench.document import Document, Sentence

AFF = "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n"
LOWER = "declaration/S\nministry\narchives\nproclamation/S\ntreasury\nsenate\nturkey\n"


def _dictionary(tmp_path, monkeypatch, listed_names: int = 1000):
    """A tiny en_US dictionary: the words above lower-case only, and ``listed_names`` names; the option on."""
    monkeypatch.setattr(claims, "NAME_TRANSLATED", True)
    names = "".join(f"Qzname{i}\n" for i in range(listed_names))
    (tmp_path / "en_US.dic").write_text(f"{listed_names + 7}\n{names}{LOWER}", encoding="utf-8")
    (tmp_path / "en_US.aff").write_text(AFF, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path))


SENTENCE = "Yesterday the Declaration was read by Shannon Lamb at the Ministry near the Archives."


def test_translated_name_words_are_no_name_keys(tmp_path, monkeypatch):
    _dictionary(tmp_path, monkeypatch)
    assert mentions(SENTENCE, "en").names == {"sanon", "lamb"}
    monkeypatch.setattr(claims, "NAME_TRANSLATED", False)
    assert mentions(SENTENCE, "en").names == {"sanon", "lamb", "decla", "minis", "arciv"}


def test_a_dictionary_that_lists_few_names_drops_nothing(tmp_path, monkeypatch):
    """kk_KZ lists 395 names and calls «Қазақстан» a common word (``Lexicon.lists_names``)."""
    _dictionary(tmp_path, monkeypatch, listed_names=999)
    assert mentions(SENTENCE, "en").names == {"sanon", "lamb", "decla", "minis", "arciv"}


def test_a_place_of_the_gazetteer_stays_whatever_the_dictionary_says(tmp_path, monkeypatch):
    _dictionary(tmp_path, monkeypatch)
    assert "turke" in mentions("They met the envoys of Turkey at the Ministry.", "en").names


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, path=doc_id, text=text, lang="en", lang_source="given", date=None,
                    sentences=[Sentence(f"{doc_id}:0", doc_id, 0, 0, len(text), text)])


def test_translated_names_do_not_part_two_reports_of_an_event(tmp_path, monkeypatch):
    """Three translated names a side, none shared: no evidence either way (the names term is left
    out), where keyed as names they cost NAME_WEIGHT * NAME_BASE."""
    _dictionary(tmp_path, monkeypatch)
    docs = [_doc("a", SENTENCE.replace("Shannon Lamb", "the envoy")),
            _doc("b", "Yesterday the Proclamation was read by the envoy at the Treasury near the Senate.")]
    vec = np.ones(8, dtype=np.float32) / np.sqrt(8)
    emb = {"a:0": vec, "b:0": vec}
    on = events.pair_scores(docs, emb)[0, 1]
    monkeypatch.setattr(claims, "NAME_TRANSLATED", False)
    off = events.pair_scores(docs, emb)[0, 1]
    assert on - off == pytest.approx(events.NAME_WEIGHT * events.NAME_BASE)
