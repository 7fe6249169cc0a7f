"""Claim alignment, fourteenth session (issue 12): a half-found merged sentence shares the claim of
a partner saying one of its clauses when the members found with it, taken together (what its own
claim says), are closer to its other clause, and the partner's claim's members in other documents,
taken together, to the partner's (``CLAIMS_TOGETHER``, ``_clause_evidence``); one member that is
itself a merge of the two lines, or a wrong member, no longer vetoes what the others say."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import _clause_evidence, _closer_to

from test_align_claims import _unit
from test_claims_clauses import _table

E = np.eye(4)


def _tables():
    """a:0 merges two lines (clauses e0, e1); b says the first line; c merged the same two lines,
    a little more of the second (so alone it is closer to the partner's clause); d says the second.
    (Built per test: a unit table kept alive at import would count in tests/test_claims_memory.py.)"""
    return (_table("a", [_unit(E[0] + E[1])], {0: (E[:2], np.full(2, 0.1), (40, 40))}), _table("b", [E[0]]),
            _table("c", [_unit(0.45 * E[0] + 0.55 * E[1])]), _table("d", [E[1]]))


@pytest.mark.parametrize("together, shares", [(True, True), (False, False)])
def test_a_found_member_that_is_itself_a_merge_does_not_veto_the_others(monkeypatch, together, shares):
    monkeypatch.setattr(claims_mod, "CLAIMS_TOGETHER", together)
    merged, says_first, also_merged, partner = _tables()
    found = [(says_first, {0}), (also_merged, {0})]
    assert _clause_evidence(merged, 0, (partner, 0, 40), found, 1.0) is shares


def test_found_members_that_together_say_the_partners_clause_still_veto():
    merged, _, also_merged, partner = _tables()
    found = [(_table("b", [_unit(0.55 * E[0] + 0.45 * E[1])]), {0}), (also_merged, {0}), (_table("e", [E[1]]), {0})]
    assert claims_mod.CLAIMS_TOGETHER and not _clause_evidence(merged, 0, (partner, 0, 40), found, 1.0)


def test_closer_together_reads_the_members_as_one_and_each_one_apart():
    merged, says_first, also_merged, _ = _tables()
    members = [(says_first, {0}), (also_merged, {0})]
    assert _closer_to(merged, 0, 0, members, together=True)
    assert not _closer_to(merged, 0, 0, members)
    assert _closer_to(merged, 0, 0, []) and _closer_to(merged, 0, 0, [], together=True)


@pytest.mark.parametrize("together, shares", [(True, True), (False, False)])
def test_a_member_of_the_partners_claim_that_is_itself_a_merge_does_not_veto(monkeypatch, together, shares):
    monkeypatch.setattr(claims_mod, "CLAIMS_TOGETHER", together)
    merged, says_first, _, partner = _tables()
    second = [(partner, {0}), (_table("e", [E[1]]), {0}), (_table("f", [_unit(0.55 * E[0] + 0.45 * E[1])]), {0})]
    assert _clause_evidence(merged, 0, (partner, 0, 40), [(says_first, {0})], 1.0, second) is shares


def test_the_partner_does_not_count_for_its_own_claim():
    merged, says_first, _, partner = _tables()
    # with the partner (e1) the sum would lean to the partner's clause; without it, this member says the other
    second = [(partner, {0}), (_table("e", [_unit(0.8 * E[0] + 0.2 * E[1])]), {0})]
    assert claims_mod.CLAIMS_TOGETHER and not _clause_evidence(merged, 0, (partner, 0, 40), [(says_first, {0})], 1.0, second)
    assert _clause_evidence(merged, 0, (partner, 0, 40), [(says_first, {0})], 1.0, second[:1])


def test_the_claims_together_knob_is_in_the_signature():
    assert claims_mod.THRESHOLDS["claims_together"] == claims_mod.CLAIMS_TOGETHER


@pytest.mark.parametrize("margin, conjunction, shares", [(1.25, False, False), (1.25, True, True), (1.4, False, True)])
def test_a_bare_comma_split_is_read_together_only_at_the_comma_together_link(margin, conjunction, shares):
    merged, says_first, also_merged, partner = _tables()
    merged.comma_clauses.add(0)
    if conjunction:
        merged.conjunction_clauses.add(0)
    threshold = 10.0 / margin  # the partner's clause margin: cosine 1 / k-NN mean 0.1, relative to the pair's threshold
    assert claims_mod.CLAUSE_LINK < margin and (margin < claims_mod.COMMA_TOGETHER_LINK) is (margin == 1.25)
    found = [(says_first, {0}), (also_merged, {0})]
    assert _clause_evidence(merged, 0, (partner, 0, 40), found, threshold) is shares


def test_the_comma_together_link_is_in_the_signature():
    assert claims_mod.THRESHOLDS["comma_together_link"] == claims_mod.COMMA_TOGETHER_LINK
