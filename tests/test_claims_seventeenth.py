"""Claim alignment, seventeenth session (helper M17, issue 12): merged sentences read by their clauses
at the end. (1) Two sentences still alone, each other's best one-to-one link, link when one says a
clause of the other better than that whole sentence (``ALONE_CLAUSE_GAIN``, ``_link_alone_by_clause``:
a merge whose other line the other version left out, as in two-version WMT events). (2) The cut at a
two-sentence member (``_split_at_parts``) counts a sentence whose clauses say the two parts in order as
saying both (``SPLIT_CLAUSES``, ``_clauses_say_parts``), whatever its whole-sentence scores."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import (Link, _alone_pairs, _clauses_say_parts, _Groups, _link_alone_by_clause,
                                    _split_at_parts, _Unit, align_claims)

from test_align_claims import _doc, _events, _synthetic, _unit, topics  # noqa: F401 (a fixture)
from test_claims_clauses import _table
from test_claims_split import _claims, _joined

E = np.eye(4)
# The tables' k-NN means are 0.1, so a margin is 10 times the cosine over the pair's threshold; at
# this threshold a clause said word for word has margin 1.5 and the whole merged sentence (its
# vector halfway between the two lines) 1.5 / sqrt(2) = 1.06: a gain of 0.44.
THRESHOLD = {("", ""): 10 / 1.5}


def _pair(link: float = 1.2, scores: dict | None = None, rival: float | None = None):
    """a:0 merges two lines (clauses e0, e1); b:0 says the first only, b:1 something else (d:0 the second
    line, unlinked). One-to-one
    links a:0~b:0 at ``link`` and, with ``rival``, a:0~b:1 at that score (b:1 linked to c:0 first)."""
    docs = [_doc("a", ["one, two."]), _doc("b", ["one.", "three."]), _doc("c", ["three."]), _doc("d", ["two."])]
    pair_score = {("a:0", "b:0"): link, ("b:1", "c:0"): 1.5, **(scores or {})}
    links = [Link(link, _Unit("a", (0,)), _Unit("b", (0,)))]
    if rival is not None:
        pair_score[("a:0", "b:1")] = rival
        links.append(Link(rival, _Unit("a", (0,)), _Unit("b", (1,))))
    pair_score.update({(y, x): s for (x, y), s in list(pair_score.items())})
    groups = _Groups(docs, (), pair_score)
    assert groups.try_link(_Unit("b", (1,)), _Unit("c", (0,)), 1.5)
    tables = {"a": _table("a", [_unit(E[0] + E[1])], {0: (E[:2], np.full(2, 0.1), (4, 4))}),  # "one", "two"
              "b": _table("b", [E[0], E[2]]), "c": _table("c", [E[2]])}
    return groups, links, tables


def _linked(groups: _Groups) -> bool:
    return groups.of["a:0"] == groups.of["b:0"]


def test_two_lone_sentences_link_when_one_says_a_clause_of_the_other_better_than_the_whole():
    groups, links, tables = _pair()
    _link_alone_by_clause(groups, links, tables, THRESHOLD)
    assert _linked(groups)
    assert ("a:0", "b:0", 1.2) in groups.links[groups.of["a:0"]]


@pytest.mark.parametrize("gain, linked", [(0.4, True), (0.5, False)])
def test_the_clause_must_beat_the_whole_sentence_by_the_gain(monkeypatch, gain, linked):
    monkeypatch.setattr(claims_mod, "ALONE_CLAUSE_GAIN", gain)  # the clause's gain here is 0.44
    groups, links, tables = _pair()
    _link_alone_by_clause(groups, links, tables, THRESHOLD)
    assert _linked(groups) is linked


def test_a_sentence_not_split_or_a_partner_saying_it_whole_is_no_evidence():
    groups, links, tables = _pair()
    tables["a"].clauses.clear()  # no junction: no clause to say
    _link_alone_by_clause(groups, links, tables, THRESHOLD)
    assert not _linked(groups)
    groups, links, tables = _pair()
    tables["b"].vectors[0] = _unit(E[0] + E[1])  # b:0 says both lines: no clause said above the other
    _link_alone_by_clause(groups, links, tables, THRESHOLD)
    assert not _linked(groups)


def test_only_each_others_best_link_over_the_link_threshold_is_a_pair(monkeypatch):
    monkeypatch.setattr(claims_mod, "ALONE_MUTUAL", True)  # M17's rule; M17b's one-sided best: test_claims_seventeenth_b.py
    groups, links, _ = _pair()
    assert [(l.a, l.b) for l in _alone_pairs(groups, links)] == [(_Unit("a", (0,)), _Unit("b", (0,)))]
    # a:0 scores higher with b:1, which is in a claim: a:0~b:0 is not a:0's best, whatever is free
    groups, links, tables = _pair(rival=1.3)
    assert _alone_pairs(groups, links) == []
    _link_alone_by_clause(groups, links, tables, THRESHOLD)
    assert not _linked(groups)
    groups, links, _ = _pair(link=claims_mod.LINK_THRESHOLD - 0.05)
    assert _alone_pairs(groups, links) == []


def test_a_sentence_in_a_claim_or_shared_is_not_alone():
    groups, links, _ = _pair(scores={("a:0", "d:0"): 1.5})
    assert groups.try_link(_Unit("a", (0,)), _Unit("d", (0,)), 1.5)
    assert _alone_pairs(groups, links) == []
    groups, links, _ = _pair()
    groups.shared.setdefault(groups.of["b:1"], set()).add("b:0")
    assert _alone_pairs(groups, links) == []


@pytest.mark.parametrize("gain, called", [(claims_mod.ALONE_CLAUSE_GAIN, True), (None, False)])
def test_claim_alignment_links_lone_pairs_by_clause_unless_the_knob_is_none(monkeypatch, topics, gain, called):
    assert _stage_runs(monkeypatch, topics, "ALONE_CLAUSE_GAIN", gain, "_link_alone_by_clause") is called


def _stage_runs(monkeypatch, topics, knob: str, value, stage: str) -> bool:  # noqa: F811
    """Whether ``align_claims`` on a small synthetic pool calls ``stage`` (a function of claims taking
    the groups first) with ``knob`` set to ``value``."""
    seen = []
    monkeypatch.setattr(claims_mod, knob, value)
    monkeypatch.setattr(claims_mod, stage, lambda groups, *rest: seen.append(groups))
    docs, emb = _synthetic({"a": [0, 1, 2], "b": [2, 0, 1]}, topics)
    align_claims(docs, _events(docs), emb)
    return bool(seen)


def test_clauses_say_the_two_parts_in_order():
    merged = _table("b", [_unit(E[0] + E[1])], {0: (E[:2], np.full(2, 0.1), (40, 40))})
    parts = _table("a", [E[0], E[1]])
    assert _clauses_say_parts(merged, 0, parts, [0, 1], 1.0)
    assert not _clauses_say_parts(merged, 0, parts, [1, 0], 1.0)  # the first clause says the second part
    assert not _clauses_say_parts(merged, 0, parts, [0, 1], 20.0 / claims_mod.CLAUSE_LINK * 1.01)  # under CLAUSE_LINK
    assert not _clauses_say_parts(_table("b", [_unit(E[0] + E[1])]), 0, parts, [0, 1], 1.0)  # not split
    one = _table("b", [E[0]], {0: (np.stack([E[0], E[0]]), np.full(2, 0.1), (40, 40))})
    assert not _clauses_say_parts(one, 0, parts, [0, 1], 1.0)  # both clauses say the first part


def _split_tables(b_clauses: bool) -> dict:
    """a:0 and a:1 the two parts; b:0 a merge of them (split at its junction when ``b_clauses``)."""
    clauses = {0: (E[:2], np.full(2, 0.1), (40, 40))} if b_clauses else {}
    return {"a": _table("a", [E[0], E[1]]), "b": _table("b", [_unit(E[0] + E[1])], clauses),
            "c": _table("c", [E[0]]), "d": _table("d", [E[1]]), "e": _table("e", [_unit(E[0] + E[1])])}


@pytest.mark.parametrize("setting, b_clauses, in_second", [(True, True, True), (False, True, False), (True, False, False)])
def test_the_cut_keeps_a_sentence_whose_clauses_say_both_parts_in_both(monkeypatch, setting, b_clauses, in_second):
    monkeypatch.setattr(claims_mod, "SPLIT_CLAUSES", setting)
    groups = _joined({("a:1", "b:0"): 0.5})  # as a whole, b:0 scores under the join's bar with the second part
    _split_at_parts(groups, _split_tables(b_clauses), {})
    first, second = {"a:0", "b:0", "c:0", "e:0"}, {"a:1", "d:0", "e:0"}
    assert _claims(groups) == sorted([first, second | ({"b:0"} if in_second else set())], key=sorted)
    assert ("b:0" in groups.shared.get(groups.of["a:1"], set())) is in_second
    assert groups.of["b:0"] == groups.of["a:0"]


def test_the_knobs_are_in_the_signature():
    assert claims_mod.THRESHOLDS["alone_clause_gain"] == claims_mod.ALONE_CLAUSE_GAIN == 0.18
    assert claims_mod.THRESHOLDS["split_clauses"] is claims_mod.SPLIT_CLAUSES is True
