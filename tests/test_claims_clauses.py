"""A merged sentence's two clauses, embedded apart, say which part a partner covers
(claims.clause_parts, claims._clause_evidence, the clause path of claims._share_merged)."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import UnitTable, _clause_evidence, align_claims, clause_candidates, clause_parts
from workbench.lang import packs

from test_align_claims import DIM, _doc, _unit, topics  # noqa: F401  (a fixture)
from test_claims_shared import WORDS, _groups, _pool


def test_a_sentence_is_split_at_its_languages_junction_nearest_the_middle():
    text = "Ministers met in the capital on Monday; they signed ten agreements; flights resume."
    assert clause_parts(text, "en") == ("Ministers met in the capital on Monday",
                                        "they signed ten agreements; flights resume.")
    assert clause_parts("Министрлер дүйсенбіде кездесті; олар он келісімге қол қойды.", "kk") == (
        "Министрлер дүйсенбіде кездесті", "олар он келісімге қол қойды.")


def test_no_split_without_a_junction_or_with_a_side_too_short_to_be_a_sentence():
    assert clause_parts("Ministers met in the capital on Monday and signed ten agreements.", "en") is None
    assert clause_parts("Yes; ministers met in the capital on Monday and signed ten agreements.", "en") is None
    assert clause_parts("Ministers met on Monday; they signed ten agreements.", "xx") is None  # no pack
    assert clause_parts("Ministers met on Monday;they signed ten agreements.", "en") is None  # no space after it


def test_every_language_pack_names_where_a_sentence_joins_two():
    assert all(";" in p.segmentation.clause_junctions for p in packs())


def test_only_sentences_long_enough_to_be_two_merged_are_split(monkeypatch):
    monkeypatch.setattr(claims_mod, "CLAUSE_LONG", 1.3)  # the gate (off by default since the eleventh session)
    joined = f"{WORDS[0][:-1]}; {WORDS[1]}"
    short = "Talks went well; the visit ends today."  # two clauses, but a sentence's length
    doc = _doc("a", [joined, WORDS[2], WORDS[3], short])
    assert clause_parts(short, "en") == ("Talks went well", "the visit ends today.")
    assert clause_candidates(doc) == [(0, WORDS[0][:-1], WORDS[1], False)]


def _table(doc: str, vectors: list[np.ndarray], clauses=None, knn: float = 0.1) -> UnitTable:
    n = len(vectors)
    t = UnitTable(doc, [(i,) for i in range(n)], np.stack(vectors), np.full(n, knn), [], np.zeros(n, dtype=bool))
    t.clauses.update(clauses or {})
    return t


def test_clause_evidence_wants_the_partner_on_one_clause_and_the_found_members_on_the_other():
    e = np.eye(4)
    merged = _table("a", [_unit(e[0] + e[1])], {0: (e[:2], np.full(2, 0.1), (40, 40))})
    partner, found_other, found_same = _table("b", [e[1]]), _table("c", [e[0]]), _table("c", [e[1]])
    assert _clause_evidence(merged, 0, (partner, 0, 40), [(found_other, {0})], 1.0)
    assert not _clause_evidence(merged, 0, (partner, 0, 40), [(found_same, {0})], 1.0)
    # a partner much shorter than its clause says a word of it, not the clause
    assert not _clause_evidence(merged, 0, (partner, 0, 40 * claims_mod.CLAUSE_LENGTH - 1), [(found_other, {0})], 1.0)
    # the partner's margin with its clause under CLAUSE_LINK (relative: the pair's threshold is 20 times higher)
    assert not _clause_evidence(merged, 0, (partner, 0, 40), [(found_other, {0})], 20.0 / claims_mod.CLAUSE_LINK * 1.01)
    assert not _clause_evidence(_table("a", [_unit(e[0] + e[1])]), 0, (partner, 0, 40), [(found_other, {0})], 1.0)
    # the partner's claim must say the partner's clause: a member of it closer to the other one vetoes
    assert _clause_evidence(merged, 0, (partner, 0, 40), [(found_other, {0})], 1.0, [(_table("d", [e[1]]), {0})])
    assert not _clause_evidence(merged, 0, (partner, 0, 40), [(found_other, {0})], 1.0, [(_table("d", [e[0]]), {0})])


# a:0 says claims 0 and 1 in one sentence, the second only in part (its vector is mostly the
# first's), so no whole-sentence test shares it; b, c and d keep the two apart, never side by side.
LAYOUT = {"a": [(0, 1), 2, 3], "b": [0, 4, 1, 2], "c": [1, 3, 0, 2], "d": [0, 2, 1, 4]}
FIRST, SECOND = {"b:0", "c:2", "d:0"}, {"b:2", "c:0", "d:2"}
JOINED = f"{WORDS[0][:-1]}; {WORDS[1]}"


def _half_said(topics: np.ndarray):
    docs, events, emb = _pool(LAYOUT, topics, merged_text=JOINED)
    emb["a:0"] = _unit(topics[0] + 0.3 * topics[1])
    asked: list[str] = []
    rng = np.random.default_rng(3)

    def encode(texts: list[str]) -> np.ndarray:
        asked.extend(texts)
        return np.stack([topics[0] if t == WORDS[0][:-1] else topics[1] if t == WORDS[1] else _unit(rng.normal(size=DIM))
                         for t in texts])

    return docs, events, emb, encode, asked


def test_a_partner_saying_the_clause_its_claim_misses_shares_the_merged_sentence(topics):
    docs, events, emb, encode, asked = _half_said(topics)
    groups = _groups(align_claims(docs, events, emb, encode=encode))
    assert FIRST | {"a:0"} in groups and SECOND | {"a:0"} in groups
    assert WORDS[0][:-1] in asked and WORDS[1] in asked


@pytest.mark.parametrize("off", ["knob", "no encoder"])
def test_without_clause_evidence_the_half_said_sentence_stays_in_one_claim(topics, monkeypatch, off):
    docs, events, emb, encode, _ = _half_said(topics)
    if off == "knob":
        monkeypatch.setattr(claims_mod, "CLAUSE_SHARE", False)
    groups = _groups(align_claims(docs, events, emb, encode=None if off == "no encoder" else encode))
    assert FIRST | {"a:0"} in groups and sum("a:0" in g for g in groups) == 1


def test_the_clause_settings_are_in_the_signature():
    assert {"clause_share", "clause_long", "clause_min_share", "clause_link", "clause_length", "clause_alone"} <= set(
        claims_mod.THRESHOLDS)


def _said_apart(topics: np.ndarray):
    """a:0 as a whole is close to nothing (its vector is unrelated), its clauses to claims 0 and 1."""
    docs, events, emb, encode, asked = _half_said(topics)
    emb["a:0"] = _unit(np.random.default_rng(5).normal(size=DIM))
    return docs, events, emb, encode


def test_a_merged_sentence_left_alone_joins_the_claims_of_its_two_clauses(topics):
    docs, events, emb, encode = _said_apart(topics)
    groups = _groups(align_claims(docs, events, emb, encode=encode))
    assert FIRST | {"a:0"} in groups and SECOND | {"a:0"} in groups


def test_without_clause_alone_it_stays_alone(topics, monkeypatch):
    monkeypatch.setattr(claims_mod, "CLAUSE_ALONE", False)
    docs, events, emb, encode = _said_apart(topics)
    groups = _groups(align_claims(docs, events, emb, encode=encode))
    assert {"a:0"} in groups and FIRST in groups and SECOND in groups
