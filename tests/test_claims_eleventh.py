"""Claim alignment, eleventh session (issue 12): every sentence with a clause junction is split,
whatever its length (``CLAUSE_LONG`` 0), and a sentence left alone that another one joined keeps
its claim (``_join_by_clauses``)."""
from __future__ import annotations

import numpy as np

from workbench.align import claims as claims_mod
from workbench.align.claims import Link, UnitTable, _Groups, _join_by_clauses, _Unit, clause_candidates

from test_align_claims import DIM, _doc

# one document's sentences: a merge of two short lines, then three longer single lines
SHORT_MERGE = "Talks went well; the visit ends today."
LONGER = ["Ministers of both countries met in the capital on Monday morning.",
          "They signed ten agreements on trade, energy and transport links.",
          "Flights between the two capitals resume in May after a long pause."]


def test_a_merge_of_two_short_lines_is_split_at_the_default():
    doc = _doc("a", [SHORT_MERGE, *LONGER])
    assert len(SHORT_MERGE) < np.median([len(s.text) for s in doc.sentences])
    assert clause_candidates(doc) == [(0, "Talks went well", "the visit ends today.", False)]


def test_the_length_gate_still_works_when_set(monkeypatch):
    monkeypatch.setattr(claims_mod, "CLAUSE_LONG", 1.3)
    assert clause_candidates(_doc("a", [SHORT_MERGE, *LONGER])) == []


def _table(doc: str, vectors: list[np.ndarray], clauses=None, knn: float = 0.1) -> UnitTable:
    n = len(vectors)
    t = UnitTable(doc, [(i,) for i in range(n)], np.stack(vectors), np.full(n, knn), [], np.zeros(n, dtype=bool))
    t.clauses.update(clauses or {})
    return t


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def test_a_sentence_left_alone_that_another_joined_keeps_that_one_in_a_claim():
    """a:0 and b:0 are merged sentences left alone; a:0's first clause is b:0 (so a:0 joins b:0's
    claim first: documents in order), b:0's second clause is the claim {c:0, d:0}. b:0 then must
    not take its own claim apart (it held a:0 by then): every sentence stays in a claim."""
    e = np.eye(DIM)
    texts = "A sentence joining two lines of a report; here is its second line."
    docs = [_doc(x, [texts]) for x in "abcd"]
    clause = (np.full(2, 0.1), (30, 30))
    tables = {"a": _table("a", [_unit(e[0] + e[1])], {0: (np.stack([e[0], e[1]]), *clause)}),
              "b": _table("b", [_unit(e[0] + e[2])], {0: (np.stack([e[0], e[2]]), *clause)}),
              "c": _table("c", [e[2]]), "d": _table("d", [e[2]])}
    groups = _Groups(docs, (), {})
    assert groups.try_link(_Unit("c", (0,)), _Unit("d", (0,)), 2.0, accepted=True)
    one_to_one = [Link(1.5, _Unit("a", (0,)), _Unit("b", (0,))), Link(1.5, _Unit("b", (0,)), _Unit("c", (0,)))]
    _join_by_clauses(groups, one_to_one, tables, {}, {})
    placed = {s for g in groups.members for s in groups._sentence_ids(g)}
    assert placed == {"a:0", "b:0", "c:0", "d:0"}
    assert all(groups.of[s] in groups.members for s in placed)  # each one's own claim exists

