"""Claim alignment, nineteenth session (helper M19, issue 12): a comma sentence shorter than COMMA_LONG
(a merge of two short lines is no longer than one long line) gets its comma splits embedded but not read
as clauses (``short_comma_candidates``, ``_add_pending_commas``); after the first links it is split at the
comma its claim anchors (``_split_short_commas``: the tests ``_choose_comma_splits`` gives a further split,
SPLIT_WHOLE and SPLIT_AGREE), and left whole otherwise. And a comma split its claim anchors, with
ANCHOR_AGREE other documents agreeing on the claim its other clause says (``_anchor_comma_splits``), shares
the sentence into that claim by its clauses without the order test COMMA_NEAR (ANCHOR_NEAR)."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import (Link, _add_pending_commas, _anchor_comma_splits, _Groups, _read_split, _share_merged,
                                    _split_short_commas, _Unit, short_comma_candidates)

from test_align_claims import _doc, _unit, topics  # noqa: F401 (a fixture)
from test_claims_clauses import _table
from test_claims_seventeenth import _stage_runs
from test_claims_shared import _groups as _claim_sets
from test_claims_twelfth import BARE_JOINED, FIRST, SECOND, _alone_setup, _claims_of, _comma_half_said

E = np.eye(6)
THRESHOLD = {("", ""): 10 / 1.5}  # k-NN means 0.1: a margin is 1.5 times the cosine
KNN = np.full(2, 0.1)
RIGHT = np.stack([E[0], E[1]])  # the comma the writer joined the two lines at
WRONG = np.stack([_unit(E[0] + E[1]), E[3]])  # one side holds both lines, the other neither


def _event(docs: str = "abc", c_second: str = "b", whole=None, pending=((RIGHT, False),)):
    """a:0 merges two short lines (e0, e1) at a comma, in a claim with b:0 (and c:0) saying the first;
    b:1 (and c:1) say the second, c:1 in one claim with b:1 (``c_second`` "b") or alone (""). a:0 is not
    split: its splits are pending (``pending``: clause vectors and whether a conjunction opens the second)."""
    names = list(docs)
    docs_ = [_doc(d, ["one, two."] if d == "a" else ["one.", "two."]) for d in names]
    groups = _Groups(docs_, (), None)
    for d in names[1:]:
        assert groups.try_link(_Unit("a", (0,)), _Unit(d, (0,)), 1.5)
    if "c" in names and c_second == "b":
        assert groups.try_link(_Unit("b", (1,)), _Unit("c", (1,)), 1.5)
    tables = {"a": _table("a", [_unit(E[0] + E[1]) if whole is None else whole])}
    tables["a"].comma_pending[0] = [(vecs, KNN, (3, 4), conj) for vecs, conj in pending]
    tables.update({d: _table(d, [E[0], E[1]]) for d in names[1:]})
    return groups, tables


def test_short_comma_sentences_are_the_ones_comma_long_leaves_whole():
    median = "It rained all day long in the town."  # 35 characters, the median
    doc = _doc("a", [median] * 5 + ["It rained, river rose.",  # 22 < COMMA_SHORT (0.7) times the median
                     "It rained in town, and the river rose high.",  # 43: from 0.7 up to COMMA_LONG (1.3) times it
                     "It rained in the town all day, and the river rose.",  # 50 >= 1.3 times: clause_candidates' own
                     "It rained in the town; the river rose so high.",  # a semicolon: clause_parts splits it
                     "It rained in the town and the river rose high."])  # no comma
    assert short_comma_candidates(doc) == [(6, [("It rained in town", "and the river rose high.")])]
    assert [pos for pos, *_ in claims_mod.clause_candidates(doc)] == [7, 8]


def test_short_comma_candidates_stop_at_comma_splits_and_turn_off(monkeypatch):
    line = "A plain line of thirty chars.."  # 30 characters, the median; the comma sentence 35
    doc = _doc("a", [line, "Rain fell, rivers rose, roads shut.", line])
    assert [len(splits) for _, splits in short_comma_candidates(doc)] == [2]
    monkeypatch.setattr(claims_mod, "COMMA_SPLITS", 1)
    assert [len(splits) for _, splits in short_comma_candidates(doc)] == [1]
    monkeypatch.setattr(claims_mod, "COMMA_SHORT", None)
    assert short_comma_candidates(doc) == []


def test_pending_splits_are_embedded_centred_and_not_read_as_clauses():
    t = _table("a", [E[0], E[1]])
    t.center, t.lang = np.zeros(6), "en"
    seen = []

    def encode(texts):
        seen.extend(texts)
        return np.tile(E[2], (len(texts), 1))

    _add_pending_commas({"a": t}, [("a", 1, [("It rained in town", "and the river rose high.")])], encode,
                        lambda d: np.zeros((0, 6)))
    assert seen == ["It rained in town", "and the river rose high."]
    assert t.clauses == {} and list(t.comma_pending) == [1]
    vecs, knn, lengths, conjunction = t.comma_pending[1][0]
    assert lengths == (17, 24) and conjunction and np.allclose(vecs, [E[2], E[2]])


def test_a_short_merge_is_split_at_the_comma_its_claim_anchors():
    groups, tables = _event(pending=((WRONG, False), (RIGHT, True)))
    _split_short_commas(groups, tables, THRESHOLD)
    t = tables["a"]
    assert np.array_equal(t.clauses[0][0], RIGHT) and t.clauses[0][2] == (3, 4)
    assert 0 in t.comma_clauses and 0 in t.conjunction_clauses


def test_a_short_sentence_its_claim_says_whole_stays_whole():
    # a:0 is the line b:0 and c:0 say (e0): its clause says the claim no better than the whole sentence
    groups, tables = _event(whole=E[0], pending=((np.stack([_unit(E[0] + 0.3 * E[1]), E[1]]), False),))
    _split_short_commas(groups, tables, THRESHOLD)
    assert tables["a"].clauses == {} and not tables["a"].comma_clauses


@pytest.mark.parametrize("agree, split", [(2, False), (1, True)])
def test_the_other_clauses_partners_must_agree(monkeypatch, agree, split):
    monkeypatch.setattr(claims_mod, "SPLIT_AGREE", agree)
    groups, tables = _event(c_second="")  # b:1 and c:1 in two claims
    _split_short_commas(groups, tables, THRESHOLD)
    assert (0 in tables["a"].clauses) is split


def test_a_short_sentence_in_no_claim_stays_whole():
    _, tables = _event()
    groups = _Groups([_doc(d, ["one, two."] if d == "a" else ["one.", "two."]) for d in "abc"], (), None)
    _split_short_commas(groups, tables, THRESHOLD)
    assert tables["a"].clauses == {}


@pytest.mark.parametrize("short, called", [(1.0, True), (None, False)])
def test_align_claims_reads_short_commas_unless_turned_off(monkeypatch, topics, short, called):  # noqa: F811
    assert _stage_runs(monkeypatch, topics, "COMMA_SHORT", short, "_split_short_commas") is called


def _split_event(docs: str = "abc", whole=None):
    """``_event`` with a:0 already split at the right comma (its first split)."""
    groups, tables = _event(docs=docs, whole=whole)
    tables["a"].clauses[0] = (RIGHT, KNN, (3, 4))
    tables["a"].comma_clauses.add(0)
    return groups, tables


def test_a_split_its_claim_anchors_is_marked_with_the_claim_its_other_clause_says():
    groups, tables = _split_event()
    assert _read_split(groups, tables, "a", 0, (RIGHT, KNN), THRESHOLD).claim == groups.of["b:1"]
    _anchor_comma_splits(groups, tables, THRESHOLD)
    assert tables["a"].anchored_clauses == {0: groups.of["b:1"]}


def test_one_other_version_is_no_agreement():
    groups, tables = _split_event(docs="ab")  # one other document: its partner alone, agree 1
    _anchor_comma_splits(groups, tables, THRESHOLD)
    assert tables["a"].anchored_clauses == {}


def test_a_split_of_a_sentence_its_claim_says_whole_is_not_anchored():
    groups, tables = _split_event(whole=E[0])  # a:0 is b:0's line: the clause says it no better
    _anchor_comma_splits(groups, tables, THRESHOLD)
    assert tables["a"].anchored_clauses == {}


def _half_found_far(score: float = 0.8):
    """_alone_setup's merge a:0 (comma, clauses e0 / e1) found with b:0 and c:0; the second line's claim
    {b:g, c:g} stands COMMA_NEAR + 2 sentences away in both; a:0 and b:g linked one-to-one at 0.8 (over
    COMMA_WHOLE, under SHARE_LINK: only the clauses can share it)."""
    gap = claims_mod.COMMA_NEAR + 2
    groups, _, tables = _alone_setup(gap=gap, comma=True)
    assert groups.try_link(_Unit("a", (0,)), _Unit("b", (0,)), 2.0, accepted=True)
    return groups, [Link(score, _Unit("a", (0,)), _Unit("b", (gap,)))], tables, gap


@pytest.mark.parametrize("anchored, shared", [(None, False), ("second", True), ("other", False)])
def test_an_anchored_comma_shares_without_the_order_test(anchored, shared):
    groups, one_to_one, tables, gap = _half_found_far()
    if anchored is not None:
        tables["a"].anchored_clauses[0] = groups.of[f"b:{gap}" if anchored == "second" else "b:1"]
    _share_merged(groups, one_to_one, tables, {})
    assert (_claims_of(groups, "a:0") == 2) is shared


def test_an_anchored_comma_still_needs_the_whole_sentence_score():
    groups, one_to_one, tables, gap = _half_found_far(score=claims_mod.COMMA_WHOLE - 0.05)
    tables["a"].anchored_clauses[0] = groups.of[f"b:{gap}"]
    _share_merged(groups, one_to_one, tables, {})
    assert _claims_of(groups, "a:0") == 1


@pytest.mark.parametrize("near, shared", [(True, True), (False, False)])
def test_align_claims_shares_a_bare_comma_merge_the_versions_anchor_far_apart(topics, monkeypatch, near, shared):  # noqa: F811
    # the twelfth session's half-said merge at a bare comma; b, c and d keep its lines two apart (over COMMA_NEAR 1)
    # and agree on the claim of its second line: the split is anchored, the order test waived
    monkeypatch.setattr(claims_mod, "COMMA_NEAR", 1)
    monkeypatch.setattr(claims_mod, "ANCHOR_NEAR", near)
    docs, events, emb, encode = _comma_half_said(topics, BARE_JOINED)
    groups = _claim_sets(claims_mod.align_claims(docs, events, emb, encode=encode))
    assert FIRST | {"a:0"} in groups and (SECOND | {"a:0"} in groups) is shared


@pytest.mark.parametrize("near, called", [(True, True), (False, False)])
def test_align_claims_anchors_commas_unless_turned_off(monkeypatch, topics, near, called):  # noqa: F811
    assert _stage_runs(monkeypatch, topics, "ANCHOR_NEAR", near, "_anchor_comma_splits") is called


def test_the_knobs_are_in_the_signature():
    t = claims_mod.THRESHOLDS
    assert (t["comma_short"], t["anchor_near"], t["anchor_agree"]) == (0.7, True, 2)
