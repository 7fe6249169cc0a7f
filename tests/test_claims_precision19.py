"""Claim precision, nineteenth session (issue 12): a sentence split at a junction (a merge of two
lines) shares a second claim by its whole-sentence link only when the partner says its *other*
line. A partner closer to the clause its own claim's members already say (SHARE_OWN_CLAUSE,
``_share_against_own``) says the line already placed again: a topical neighbour of it, whose own
line the merged version left out."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import Link, _Groups, _share_against_own, _share_merged, _Unit

from test_align_claims import DIM, _doc, _unit
from test_claims_twelfth import _table

E = np.eye(DIM)
NEIGHBOUR = _unit(0.8 * E[0] + 0.6 * E[3])  # on the first line's topic, not its translation


def _setup(partner: np.ndarray):
    """a:0 merges two lines (clauses e0, e1; split at a comma) and is in the claim {a:0, b:0, c:0} of
    the first (b:0, c:0 say e0); b:1 and c:1 (``partner``) form a second claim beside it; a:1, a:2
    with b:2, c:2 and b:3, c:3 are plain one-to-one claims of the same lengths (length ratio 1)."""
    line, merged_text = "x" * 40, "y" * 80
    docs = [_doc("a", [merged_text, line, line]), _doc("b", [line] * 4), _doc("c", [line] * 4)]
    others = [E[0], partner, E[5], E[6]]
    tables = {"a": _table("a", [_unit(E[0] + E[1]), E[5], E[6]], {0: (E[:2], np.full(2, 0.1), (40, 40))}, commas={0}),
              "b": _table("b", others), "c": _table("c", list(others))}
    pair_score = {("a:0", "c:1"): 1.0, ("c:1", "a:0"): 1.0}
    groups = _Groups(docs, (), pair_score)
    for x, y in (("a:0", "b:0"), ("b:0", "c:0"), ("b:1", "c:1"), ("a:1", "b:2"), ("b:2", "c:2"), ("a:2", "b:3"),
                 ("b:3", "c:3")):
        (dx, px), (dy, py) = x.split(":"), y.split(":")
        assert groups.try_link(_Unit(dx, (int(px),)), _Unit(dy, (int(py),)), 2.0, accepted=True)
    return groups, [Link(1.0, _Unit("a", (0,)), _Unit("b", (1,)))], tables


def _shared(groups: _Groups) -> bool:
    return "a:0" in groups._sentence_ids(groups.of["b:1"])


@pytest.mark.parametrize("knob, shares", [(claims_mod.SHARE_OWN_CLAUSE, False), (None, True)])
def test_a_partner_saying_the_placed_line_again_is_not_shared(monkeypatch, knob, shares):
    monkeypatch.setattr(claims_mod, "SHARE_OWN_CLAUSE", knob)
    groups, one_to_one, tables = _setup(NEIGHBOUR)
    _share_merged(groups, one_to_one, tables, {})
    assert _shared(groups) is shares
    assert {"a:0", "b:0", "c:0"} <= groups._sentence_ids(groups.of["a:0"])  # its own claim keeps it


def test_a_partner_saying_the_other_line_is_still_shared():
    groups, one_to_one, tables = _setup(E[1])
    _share_merged(groups, one_to_one, tables, {})
    assert claims_mod.SHARE_OWN_CLAUSE is not None and _shared(groups)


def test_the_own_claim_must_say_its_clause_by_the_margin():
    groups, _, tables = _setup(NEIGHBOUR)
    partner = (tables["b"], 1)
    assert _share_against_own(tables["a"], 0, partner, [(tables["b"], {0}), (tables["c"], {0})], 1.0)
    # members saying both lines alike (a merge of them, or two lines of one line split) decide nothing
    both = _table("d", [_unit(E[0] + 0.98 * E[1])])
    assert not _share_against_own(tables["a"], 0, partner, [(both, {0})], 1.0)
    assert not _share_against_own(tables["a"], 0, partner, [], 1.0)
    # the partner on the other clause: no contradiction
    assert not _share_against_own(tables["a"], 0, (_table("e", [E[1]]), 0), [(tables["b"], {0})], 1.0)


def test_the_own_clause_knob_is_in_the_signature():
    assert claims_mod.THRESHOLDS["share_own_clause"] == claims_mod.SHARE_OWN_CLAUSE
