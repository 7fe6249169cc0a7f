"""A sentence that says what two claims say apart is a member of both (claims._share_merged)."""
from __future__ import annotations

import numpy as np

from workbench.align import claims as claims_mod
from workbench.align.claims import align_claims
from workbench.document import Document, Sentence
from workbench.records import Event

from test_align_claims import DIM, _unit, topics  # noqa: F401  (a fixture)

# Each claim in words of its own length; a merged sentence is its two parts joined.
WORDS = ["Ministers met in the capital on Monday.", "They signed ten agreements on trade and energy.",
         "Flights between the cities resume in May.", "Both sides praised the talks.",
         "A new office opens next year in the north."]


def _pool(layout: dict[str, list], topics: np.ndarray, merged_text=None):
    """layout: doc id -> claim indices (int) or merged pairs (tuple); plus a background document
    "z" outside the event. A merged sentence's text is its parts' texts joined (``merged_text``
    replaces it)."""
    rng = np.random.default_rng(1)
    docs, emb = [], {}
    for doc_id, items in {**layout, "z": list(range(14, 30))}.items():
        texts = [(merged_text or " ".join(WORDS[i] for i in item)) if isinstance(item, tuple)
                 else WORDS[item] if item < len(WORDS) else f"Background line number {item} of the pool."
                 for item in items]
        text, sentences = "", []
        for n, t in enumerate(texts):
            sentences.append(Sentence(f"{doc_id}:{n}", doc_id, n, len(text), len(text) + len(t), t))
            text += t + "\n"
        docs.append(Document(id=doc_id, path=doc_id, text=text, lang="en", lang_source="given", sentences=sentences))
        for s, item in zip(sentences, items):
            v = topics[list(item)].sum(axis=0) if isinstance(item, tuple) else topics[item]
            emb[s.id] = _unit(v + 0.25 * rng.normal(size=DIM) / np.sqrt(DIM))
    events = [Event("e", tuple(d.id for d in docs if d.id != "z")), Event("e-z", ("z",))]
    return docs, events, emb


def _groups(claims) -> list[set[str]]:
    return [{s for m in c.members for s in m.sentences} for c in claims if c.event == "e"]


# a:0 says claims 0 and 1 in one sentence; b, c and d tell them apart (c and d after a block move).
LAYOUT = {"a": [(0, 1), 2, 3], "b": [0, 1, 2, 3], "c": [3, 0, 1, 2], "d": [2, 0, 1, 4]}
FIRST, SECOND = {"b:0", "c:1", "d:1"}, {"b:1", "c:2", "d:2"}


def test_a_merged_sentence_is_a_member_of_both_claims_the_others_keep_apart(topics):
    docs, events, emb = _pool(LAYOUT, topics)
    groups = _groups(align_claims(docs, events, emb))
    assert FIRST | {"a:0"} in groups and SECOND | {"a:0"} in groups
    assert not any(FIRST & g and SECOND & g for g in groups)  # no pair across the two claims
    assert sum("a:0" in g for g in groups) == 2 and all(sum(s in g for g in groups) == 1
                                                        for s in FIRST | SECOND | {"a:1", "b:2"})


def test_without_sharing_the_merged_sentence_joins_one_claim(topics, monkeypatch):
    monkeypatch.setattr(claims_mod, "SHARE_LINK", None)
    docs, events, emb = _pool(LAYOUT, topics)
    groups = _groups(align_claims(docs, events, emb))
    assert sum("a:0" in g for g in groups) == 1


def test_a_sentence_as_long_as_one_part_is_not_shared(topics):
    # the same vectors, but a:0 is no longer than one of the sentences it would stand for:
    # it does not say both (the length test), so it stays in one claim
    docs, events, emb = _pool(LAYOUT, topics, merged_text="Ministers signed deals on Monday.")
    groups = _groups(align_claims(docs, events, emb))
    assert sum("a:0" in g for g in groups) == 1


def test_the_share_settings_are_in_the_signature():
    assert {"share_link", "share_length", "share_gain", "share_adjacent"} <= set(claims_mod.THRESHOLDS)



def _no_vector_gain(monkeypatch):
    """The vector test of ``_says_both`` says no: only the order evidence can share a sentence."""
    monkeypatch.setattr(claims_mod, "_says_both", lambda *args: False)


def test_neighbours_in_the_versions_that_keep_them_apart_stand_for_the_vector_gain(topics, monkeypatch):
    # b, c and d have the two claims' members side by side: what a merge of neighbouring lines leaves
    _no_vector_gain(monkeypatch)
    groups = _groups(align_claims(*_pool(LAYOUT, topics)))
    assert FIRST | {"a:0"} in groups and SECOND | {"a:0"} in groups


def test_without_the_order_evidence_the_vector_gain_decides(topics, monkeypatch):
    _no_vector_gain(monkeypatch)
    monkeypatch.setattr(claims_mod, "SHARE_ADJACENT", False)
    groups = _groups(align_claims(*_pool(LAYOUT, topics)))
    assert sum("a:0" in g for g in groups) == 1


def test_members_apart_in_every_other_version_are_no_order_evidence(topics, monkeypatch):
    # b, c and d put another line between the two claims' members
    _no_vector_gain(monkeypatch)
    layout = {"a": [(0, 1), 2, 3], "b": [0, 4, 1, 2], "c": [1, 3, 0, 2], "d": [0, 2, 1, 4]}
    groups = _groups(align_claims(*_pool(layout, topics)))
    assert sum("a:0" in g for g in groups) == 1
    monkeypatch.undo()
    groups = _groups(align_claims(*_pool(layout, topics)))  # the vectors say both: shared
    assert sum("a:0" in g for g in groups) == 2
