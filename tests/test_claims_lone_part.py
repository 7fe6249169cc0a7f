"""Claim alignment, twenty-ninth session (issue 12): a sentence left alone beside its document's only
member of a claim joins that member when the claim's members in other versions say the two in order
by their clauses (``_join_lone_part``; LONE_PART). A translator wrote the line as two sentences; the
short second one scores low with everything by itself, but every other version says it as the
second clause of the line's one sentence."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import _Groups, _join_lone_part, _Unit

from test_align_claims import _doc, _unit, topics  # noqa: F401  (a fixture)
from test_claims_clauses import _table
from test_claims_seventeenth import _stage_runs

E = np.eye(8)
KNN = np.full(2, 0.1)
SAYS_BOTH = (E[[0, 1]], KNN)  # a split whose first clause says a:0 (e0) and second a:1 (e1)


def _setup(splits: dict[str, list[tuple[np.ndarray, np.ndarray]]], where: str = "clauses", rejected=()):
    """a keeps line 0 in two sentences (a:0 e0, a:1 e1), then line 1 (a:2 e2); b, c and d say line 0 in
    one sentence (x:0) and line 1 (x:1). Line 0's claim holds a:0 and the x:0, line 1's a:2 and the x:1;
    a:1 is alone. ``splits``: per document, the splits of x:0 embedded, as its clauses, its further comma
    splits or its pending ones (``where``)."""
    docs = [_doc("a", ["First part of the line.", "So it ends.", "The next line."])]
    docs += [_doc(x, ["First part of the line, so it ends.", "The next line."]) for x in "bcd"]
    groups = _Groups(docs, rejected, {})
    for x in "bcd":
        assert groups.try_link(_Unit("a", (0,)), _Unit(x, (0,)), 2.0, accepted=True)
        assert groups.try_link(_Unit("a", (2,)), _Unit(x, (1,)), 2.0, accepted=True)
    tables = {"a": _table("a", [E[0], E[1], E[2]])}
    for x in "bcd":
        t = tables[x] = _table(x, [_unit(E[0] + E[1]), E[2]])
        for n, (vecs, knn) in enumerate(splits.get(x, [])):
            if where == "clauses" and n == 0:
                t.clauses[0] = (vecs, knn, (20, 10))
            else:
                getattr(t, "comma_alternatives" if where != "pending" else "comma_pending").setdefault(0, []).append(
                    (vecs, knn, (20, 10), False))
    return groups, tables


def _own_member(groups: _Groups, sid: str) -> set[str]:
    return groups._sentence_ids(groups.of[sid])


@pytest.mark.parametrize("where", ["clauses", "alternatives", "pending"])
def test_the_lone_second_sentence_joins_its_line_where_two_versions_say_it_by_clauses(where):
    groups, tables = _setup({"b": [SAYS_BOTH], "c": [SAYS_BOTH]}, where)
    _join_lone_part(groups, tables, {})
    assert groups.members[groups.of["a:0"]]["a"] == {0, 1}
    assert _own_member(groups, "a:1") == {"a:0", "a:1", "b:0", "c:0", "d:0"}
    # linked to the members that said it, not to its own neighbour
    assert {(s, p) for s, p, _ in groups.links[groups.of["a:1"]] if s == "a:1"} == {("a:1", "b:0"), ("a:1", "c:0")}


def test_one_version_saying_it_is_no_agreement():
    groups, tables = _setup({"b": [SAYS_BOTH]})
    _join_lone_part(groups, tables, {})
    assert _own_member(groups, "a:1") == {"a:1"}


def test_the_clauses_must_say_the_two_in_order():
    backwards = (E[[1, 0]], KNN)
    groups, tables = _setup({"b": [backwards], "c": [backwards], "d": [backwards]})
    _join_lone_part(groups, tables, {})
    assert _own_member(groups, "a:1") == {"a:1"}


def test_a_clause_under_the_link_bar_says_nothing():
    groups, tables = _setup({"b": [SAYS_BOTH], "c": [SAYS_BOTH]})
    # the pair threshold (by language pair; the tables have none) 10 / CLAUSE_LINK * 1.01: the clause
    # margins (cosine 1 / k-NN mean 0.1 = 10) fall under CLAUSE_LINK relative
    _join_lone_part(groups, tables, {("", ""): 10.0 / claims_mod.CLAUSE_LINK * 1.01})
    assert _own_member(groups, "a:1") == {"a:1"}


def test_never_across_a_rejected_pair():
    groups, tables = _setup({"b": [SAYS_BOTH], "c": [SAYS_BOTH]}, rejected=[("a:1", "d:0")])
    _join_lone_part(groups, tables, {})
    assert _own_member(groups, "a:1") == {"a:1"}


def test_a_sentence_in_a_claim_with_partners_is_left_where_it_is():
    groups, tables = _setup({"b": [SAYS_BOTH], "c": [SAYS_BOTH]})
    tables["e"] = _table("e", [E[1]])
    groups.ids[("e", 0)], groups.doc_of["e:0"], groups.pos_of["e:0"] = "e:0", "e", 0
    groups.of["e:0"] = g = max(groups.members) + 1
    groups.members[g], groups.links[g] = {"e": {0}}, []
    assert groups.try_link(_Unit("a", (1,)), _Unit("e", (0,)), 2.0, accepted=True)
    _join_lone_part(groups, tables, {})
    assert _own_member(groups, "a:1") == {"a:1", "e:0"}


@pytest.mark.parametrize("on, called", [(True, True), (False, False)])
def test_align_claims_runs_the_stage_unless_turned_off(monkeypatch, topics, on, called):  # noqa: F811
    assert _stage_runs(monkeypatch, topics, "LONE_PART", on, "_join_lone_part") is called


def test_the_setting_and_the_split_bound_are_in_the_signature():
    assert (claims_mod.THRESHOLDS["lone_part"], claims_mod.THRESHOLDS["comma_short"]) == (True, 0.7)
