"""Claim alignment, thirty-first session (issue 12): a sentence left alone joins the claim whose
member in every other document is its closest sentence there (``ALONE_RANK``), even when one of
those scores is under ``ALONE_LINK``: an encoder weak in one language scores a plain translation
low against one version, but no document pair ranks another sentence above the claim's."""
from __future__ import annotations

import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import ALONE_LINK, JOIN_AGAINST, _Groups, _join_left_alone, _Unit

from test_align_claims import _doc

HIGH = ALONE_LINK + 0.1
WEAK = JOIN_AGAINST - 0.2  # under ALONE_LINK: the ALONE_LINK rule alone keeps the sentence apart


def _groups(scores: dict[tuple[str, str], float]) -> _Groups:
    """Documents a (two sentences), b, c linked into one claim a:0 b:0 c:0, a:1 alone; d (one
    sentence) alone. One-to-one scores by sentence id (symmetric)."""
    docs = [_doc("a", ["a0", "a1"]), _doc("b", ["b0"]), _doc("c", ["c0"]), _doc("d", ["d0"])]
    pair_score = {("a:0", "b:0"): 1.5, ("a:0", "c:0"): 1.5, ("b:0", "c:0"): 1.5, **scores}
    pair_score.update({(y, x): s for (x, y), s in list(pair_score.items())})
    groups = _Groups(docs, (), pair_score)
    assert groups.try_link(_Unit("a", (0,)), _Unit("b", (0,)), 1.5)
    assert groups.try_link(_Unit("c", (0,)), _Unit("b", (0,)), 1.5)
    return groups


def _claims(groups: _Groups) -> list[set[str]]:
    return sorted((groups._sentence_ids(g) for g in groups.members), key=sorted)


def _weak_in_a(other_in_a: float) -> dict[tuple[str, str], float]:
    """d:0 against the claim: weak with a:0, strong with b:0 and c:0; ``other_in_a`` with a:1."""
    return {("d:0", "a:0"): WEAK, ("d:0", "b:0"): HIGH, ("d:0", "c:0"): HIGH, ("d:0", "a:1"): other_in_a}


def test_the_closest_sentence_in_every_document_brings_it_in_despite_one_weak_score():
    groups = _groups(_weak_in_a(other_in_a=WEAK - 0.3))
    _join_left_alone(groups)
    assert {"a:0", "b:0", "c:0", "d:0"} in _claims(groups)


def test_another_sentence_closer_in_one_document_keeps_it_alone():
    groups = _groups(_weak_in_a(other_in_a=WEAK + 0.05))
    _join_left_alone(groups)
    assert {"d:0"} in _claims(groups)


def test_a_mean_at_or_under_join_against_keeps_it_alone():
    scores = {("d:0", "a:0"): JOIN_AGAINST - 0.3, ("d:0", "b:0"): JOIN_AGAINST, ("d:0", "c:0"): JOIN_AGAINST + 0.3}
    groups = _groups(scores)
    _join_left_alone(groups)
    assert {"d:0"} in _claims(groups)


def test_without_the_knob_one_weak_score_keeps_it_alone(monkeypatch):
    monkeypatch.setattr(claims_mod, "ALONE_RANK", False)
    groups = _groups(_weak_in_a(other_in_a=WEAK - 0.3))
    _join_left_alone(groups)
    assert {"d:0"} in _claims(groups)


@pytest.mark.parametrize("rank", [True, False])
def test_every_score_over_alone_link_still_joins(monkeypatch, rank):
    monkeypatch.setattr(claims_mod, "ALONE_RANK", rank)
    scores = {("d:0", "a:0"): HIGH, ("d:0", "b:0"): HIGH, ("d:0", "c:0"): HIGH, ("d:0", "a:1"): HIGH + 0.2}
    groups = _groups(scores)
    _join_left_alone(groups)
    assert {"a:0", "b:0", "c:0", "d:0"} in _claims(groups)


def test_the_knob_is_in_the_signature():
    assert claims_mod.THRESHOLDS["alone_rank"] is claims_mod.ALONE_RANK
