"""Claim alignment, sixteenth session (helper H3, issue 12): a half-found merged sentence shares the
claim of a partner saying one of its clauses without the test of the partner's claim when the
partner stands where that clause stands: the sentence's neighbour on the clause's side is in a claim
with the partner's neighbour on that side (``CLAUSE_ORDER``, ``_clause_in_order``; order evidence,
the Bertalign / Vecalign intuition). Its own claim's test stays."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import _clause_evidence, _clause_in_order, _Groups, _Unit

from test_align_claims import _doc, _unit, topics  # noqa: F401  (a fixture)
from test_claims_clauses import _table
from test_claims_shared import _groups as _claim_sets
from test_claims_twelfth import COMMA_JOINED, FIRST, SECOND, _comma_half_said

E = np.eye(4)


def _groups(b_texts: int = 4) -> _Groups:
    """a:1 merges lines 1 and 2 (a: lines 0, 1+2, 3); b keeps them apart (b: lines 0, 1, 2, 3).
    Claims formed: a:0-b:0, a:1-b:1 (the first half found), a:2-b:3 (the line after)."""
    a, b = _doc("a", ["zero.", "one; two.", "three."]), _doc("b", [f"line {n}." for n in range(b_texts)])
    groups = _Groups([a, b], ())
    for i, j in ((0, 0), (1, 1), (2, 3)):
        assert groups.try_link(_Unit("a", (i,)), _Unit("b", (j,)), 1.5)
    return groups


def test_a_partner_beside_the_next_lines_partner_stands_where_the_second_clause_stands():
    groups = _groups()
    assert _clause_in_order(groups, "a", 1, 1, "b", 2)  # a:2's claim holds b:3, right after b:2
    assert not _clause_in_order(groups, "a", 1, 1, "b", 0)  # b:1 is in a:1's own claim, not a:2's
    # the first clause looks the other way: a:0's claim holds b:0, right before b:1
    assert _clause_in_order(groups, "a", 1, 0, "b", 1)
    assert not _clause_in_order(groups, "a", 1, 0, "b", 2)


def test_no_neighbour_on_the_clauses_side_is_no_order_evidence():
    groups = _groups()
    assert not _clause_in_order(groups, "a", 2, 1, "b", 2)  # a:2 is the last sentence
    assert not _clause_in_order(groups, "a", 0, 0, "b", 1)  # a:0 the first


@pytest.mark.parametrize("window, in_order", [(None, False), (1, False), (2, True)])
def test_the_window_is_how_far_on_the_partners_neighbour_may_stand(monkeypatch, window, in_order):
    monkeypatch.setattr(claims_mod, "CLAUSE_ORDER", window)
    groups = _groups()
    assert _clause_in_order(groups, "a", 1, 1, "b", 1) is in_order  # a:2's partner b:3 is two on from b:1


def _merged():
    """a:0 merges two lines (clauses e0, e1); the found member says the first, the partner the second."""
    return _table("a", [_unit(E[0] + E[1])], {0: (E[:2], np.full(2, 0.1), (40, 40))}), _table("b", [E[0]]), _table("d", [E[1]])


@pytest.mark.parametrize("in_order", [True, False])
def test_in_order_the_partners_claim_is_not_tested(in_order):
    merged, found, partner = _merged()
    veto = [(_table("e", [E[0]]), {0})]  # a member of the partner's claim closer to the other clause
    assert _clause_evidence(merged, 0, (partner, 0, 40), [(found, {0})], 1.0, veto, in_order) is in_order


def test_in_order_the_found_members_are_still_tested_and_the_clause_still_said():
    merged, _, partner = _merged()
    same = [(_table("c", [E[1]]), {0})]  # the found member says the partner's clause: no merge of two lines
    assert not _clause_evidence(merged, 0, (partner, 0, 40), same, 1.0, (), True)
    # the partner's margin with its clause under CLAUSE_LINK: order says nothing of what it says
    high = 20.0 / claims_mod.CLAUSE_LINK * 1.01
    assert not _clause_evidence(merged, 0, (partner, 0, 40), [(_table("b", [E[0]]), {0})], high, (), True)


def test_the_clause_order_knobs_are_in_the_signature():
    assert claims_mod.THRESHOLDS["clause_order"] == claims_mod.CLAUSE_ORDER == 1
    assert claims_mod.THRESHOLDS["clause_order_whole"] is claims_mod.CLAUSE_ORDER_WHOLE is True


@pytest.mark.parametrize("window, whole, shared", [(1, True, True), (None, True, False), (1, False, False)])
def test_a_partner_in_order_shares_a_comma_merge_under_the_whole_sentence_bar(topics, monkeypatch, window, whole, shared):
    # the twelfth session's ", and" merge; b, c and d keep its lines apart with the next line's partner after the second
    monkeypatch.setattr(claims_mod, "COMMA_WHOLE", 5.0)  # the whole sentence never scores this with a partner
    monkeypatch.setattr(claims_mod, "CLAUSE_ORDER", window)
    monkeypatch.setattr(claims_mod, "CLAUSE_ORDER_WHOLE", whole)
    docs, events, emb, encode = _comma_half_said(topics, COMMA_JOINED)
    groups = _claim_sets(claims_mod.align_claims(docs, events, emb, encode=encode))
    assert FIRST | {"a:0"} in groups and (SECOND | {"a:0"} in groups) is shared
