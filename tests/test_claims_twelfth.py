"""Claim alignment, twelfth session (issue 12): a merged sentence joined by a comma (", and")
is split there too (pack ``comma_junctions``, ``clause_conjunctions``; ``comma_parts``), but a
comma is a weak junction, so its split is evidence only with order and whole-sentence evidence
(``COMMA_LONG``, ``COMMA_NEAR``, ``COMMA_WHOLE``: ``_comma_joins``, ``_near_somewhere``)."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import (Link, UnitTable, _comma_joins, _Groups, _join_by_clauses, _near_somewhere, _Unit,
                                    align_claims, clause_candidates, comma_parts)
from workbench.lang import get as language_pack
from workbench.lang import packs

from test_align_claims import DIM, _doc, _unit, topics  # noqa: F401  (a fixture)
from test_claims_clauses import FIRST, LAYOUT, SECOND
from test_claims_shared import WORDS, _groups, _pool

LONG_COMMA = "Ministers of both countries met in the capital on Monday morning, and they signed ten agreements."
LINES = ["Flights resume in May.", "Trade grew by a third.", "Talks went on late.", "The visit ends today."]


def test_a_comma_a_conjunction_opens_is_taken_before_one_nearer_the_middle():
    text = "On Monday, in the capital of the country ministers met at last, and they signed ten agreements."
    assert comma_parts(text, "en") == ("On Monday, in the capital of the country ministers met at last",
                                       "and they signed ten agreements.")
    assert comma_parts("Ministers met in the capital on Monday, they signed ten agreements there.", "en") == (
        "Ministers met in the capital on Monday", "they signed ten agreements there.")
    assert comma_parts("Кеше министрлер кездесті, және олар он келісімге қол қойды.", "kk") == (
        "Кеше министрлер кездесті", "және олар он келісімге қол қойды.")


def test_only_a_conjunction_comma_when_set_and_none_when_off(monkeypatch):
    bare = "Ministers met in the capital on Monday, they signed ten agreements there."
    monkeypatch.setattr(claims_mod, "COMMA_SPLIT", "conjunction")
    assert comma_parts(bare, "en") is None
    assert comma_parts(LONG_COMMA, "en") is not None
    monkeypatch.setattr(claims_mod, "COMMA_SPLIT", None)
    assert comma_parts(LONG_COMMA, "en") is None


def test_a_long_sentence_without_a_semicolon_is_split_at_a_comma_and_marked_so():
    doc = _doc("a", [LONG_COMMA, *LINES, "A short one, with a comma."])
    assert clause_candidates(doc) == [(0, LONG_COMMA.split(", ")[0], LONG_COMMA.split(", ")[1], True)]
    semi = LONG_COMMA.replace(", and", "; and")
    assert clause_candidates(_doc("a", [semi, *LINES])) == [(0, *semi.split("; "), False)]  # the semicolon first


def test_the_comma_length_gate(monkeypatch):
    doc = _doc("a", [LONG_COMMA, *LINES])
    monkeypatch.setattr(claims_mod, "COMMA_LONG", 10.0)
    assert clause_candidates(doc) == []


def test_every_pack_has_the_comma_junction_and_its_clause_conjunctions():
    for pack in packs():
        seg = pack.segmentation
        assert seg.comma_junctions == (",",), pack.code
        assert seg.clause_conjunctions and all(w == w.lower() and " " not in w for w in seg.clause_conjunctions)
    assert language_pack("en").segmentation.clause_conjunctions[0] == "and"  # the language's "and" first


def test_comma_knobs_are_in_the_signature():
    assert {"comma_split", "comma_long", "comma_near", "comma_whole", "comma_alone"} <= set(claims_mod.THRESHOLDS)
    assert claims_mod.THRESHOLDS["comma_near"] == claims_mod.COMMA_NEAR


def _table(doc: str, vectors: list[np.ndarray], clauses=None, commas=()) -> UnitTable:
    n = len(vectors)
    t = UnitTable(doc, [(i,) for i in range(n)], np.stack(vectors), np.full(n, 0.1), [], np.zeros(n, dtype=bool))
    t.clauses.update(clauses or {})
    t.comma_clauses.update(commas)
    return t


def _alone_setup(gap: int, comma: bool):
    """a:0 merges two lines (clauses e0, e1) and is left alone; b says them apart at b:0 and
    b:gap, c likewise: claims {b:0, c:0} and {b:gap, c:gap}."""
    e = np.eye(DIM)
    filler = [e[10 + k] for k in range(gap - 1)]
    b_vecs = [e[0], *filler, e[1]]
    docs = [_doc("a", ["A merged sentence, with its second line."]),
            _doc("b", [f"a line of report b, {k}" for k in range(gap + 1)]),
            _doc("c", [f"a line of report c, {k}" for k in range(gap + 1)])]
    merged = (e[0] + e[1]) / np.linalg.norm(e[0] + e[1])
    tables = {"a": _table("a", [merged], {0: (np.stack([e[0], e[1]]), np.full(2, 0.1), (20, 20))},
                          commas={0} if comma else ()),
              "b": _table("b", b_vecs), "c": _table("c", list(b_vecs))}
    groups = _Groups(docs, (), {})
    assert groups.try_link(_Unit("b", (0,)), _Unit("c", (0,)), 2.0, accepted=True)
    assert groups.try_link(_Unit("b", (gap,)), _Unit("c", (gap,)), 2.0, accepted=True)
    one_to_one = [Link(0.9, _Unit("a", (0,)), _Unit("b", (0,))), Link(0.9, _Unit("a", (0,)), _Unit("b", (gap,)))]
    return groups, one_to_one, tables


def _claims_of(groups: _Groups, sid: str) -> int:
    return sum(sid in groups._sentence_ids(g) for g in groups.members)


@pytest.mark.parametrize("comma", [False, True])
def test_a_merge_left_alone_joins_both_claims_said_near_each_other(comma):
    groups, one_to_one, tables = _alone_setup(gap=1, comma=comma)
    _join_by_clauses(groups, one_to_one, tables, {}, {})
    assert _claims_of(groups, "a:0") == 2


def test_a_comma_split_whose_halves_are_said_far_apart_stays_alone():
    groups, one_to_one, tables = _alone_setup(gap=claims_mod.COMMA_NEAR + 2, comma=True)
    _join_by_clauses(groups, one_to_one, tables, {}, {})
    assert _claims_of(groups, "a:0") == 1 and len(groups._sentence_ids(groups.of["a:0"])) == 1
    groups, one_to_one, tables = _alone_setup(gap=claims_mod.COMMA_NEAR + 2, comma=False)  # a semicolon: joins
    _join_by_clauses(groups, one_to_one, tables, {}, {})
    assert _claims_of(groups, "a:0") == 2


def test_a_comma_split_needs_both_halves_and_a_whole_sentence_score():
    groups, _, _ = _alone_setup(gap=1, comma=True)
    first, second = groups.of["b:0"], groups.of["b:1"]
    assert _near_somewhere(groups, first, second)
    assert _comma_joins(groups, [first, second], [0.9, 0.9])
    assert not _comma_joins(groups, [first], [0.9])  # one clause alone is no merge at a comma
    assert not _comma_joins(groups, [first, second], [0.9, claims_mod.COMMA_WHOLE - 0.1])


# the tenth session's half-said merge (tests/test_claims_clauses.py), joined by ", and" instead of
# a semicolon: b, c and d keep the two lines apart, two sentences from each other
COMMA_JOINED = f"{WORDS[0][:-1]}, and {WORDS[1][0].lower()}{WORDS[1][1:]}"


def _comma_half_said(topics: np.ndarray, joined: str = COMMA_JOINED):
    docs, events, emb = _pool(LAYOUT, topics, merged_text=joined)
    emb["a:0"] = _unit(topics[0] + 0.3 * topics[1])
    left, right = joined.split(", ", 1)
    rng = np.random.default_rng(3)

    def encode(texts: list[str]) -> np.ndarray:
        return np.stack([topics[0] if t == left else topics[1] if t == right else _unit(rng.normal(size=DIM))
                         for t in texts])

    return docs, events, emb, encode


def test_a_partner_saying_the_half_after_a_comma_shares_the_merged_sentence(topics):
    docs, events, emb, encode = _comma_half_said(topics)
    groups = _groups(align_claims(docs, events, emb, encode=encode))
    assert FIRST | {"a:0"} in groups and SECOND | {"a:0"} in groups


# the same joined by a bare comma (no clause conjunction: COMMA_NEAR holds for it; thirteenth session)
BARE_JOINED = f"{WORDS[0][:-1]}, {WORDS[1][0].lower()}{WORDS[1][1:]}"


@pytest.mark.parametrize("knob, value, joined", [("COMMA_SPLIT", None, COMMA_JOINED), ("COMMA_NEAR", 1, BARE_JOINED),
                                                 ("COMMA_WHOLE", 5.0, COMMA_JOINED)])
def test_a_comma_split_without_its_evidence_leaves_the_sentence_in_one_claim(topics, monkeypatch, knob, value, joined):
    monkeypatch.setattr(claims_mod, knob, value)  # off; the versions keep the lines two apart; the whole says little
    # the partner stands where the clause stands (b: lines 0, 4, 1, 2; a: 0+1, 2, 3): with CLAUSE_ORDER_WHOLE
    # that waives COMMA_WHOLE (tests/test_claims_sixteenth_order.py); the premise here is the bar itself
    monkeypatch.setattr(claims_mod, "CLAUSE_ORDER_WHOLE", False)
    monkeypatch.setattr(claims_mod, "ANCHOR_NEAR", False)  # likewise a split the versions anchor waives COMMA_NEAR (nineteenth session)
    docs, events, emb, encode = _comma_half_said(topics, joined)
    groups = _groups(align_claims(docs, events, emb, encode=encode))
    assert FIRST | {"a:0"} in groups and sum("a:0" in g for g in groups) == 1
