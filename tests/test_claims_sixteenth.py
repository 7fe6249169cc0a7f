"""Claim alignment, sixteenth session (issue 12): a sentence still alone after every link, share and
clause join, whose one-to-one links all lost in mutual best (to a merged unit holding one of its
partners, or at the late round's penalty), joins the claim every other version agrees on: one with
members in ``ALONE_DOCS`` documents or more, each scoring ``ALONE_LINK`` or more with it
(``_join_left_alone``)."""
from __future__ import annotations

import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import ALONE_DOCS, ALONE_LINK, _Groups, _join_left_alone, _Unit, align_claims

from test_align_claims import _doc, _events, _synthetic, topics  # noqa: F401 (a fixture)

HIGH = ALONE_LINK + 0.1
LOW = ALONE_LINK - 0.05


def _groups(scores: dict[tuple[str, str], float], rejected=()) -> _Groups:
    """Documents a, b, c (one sentence each) linked into one claim, d (two sentences) alone;
    one-to-one scores by sentence id (symmetric, the rest far below any bar)."""
    docs = [_doc("a", ["a0"]), _doc("b", ["b0"]), _doc("c", ["c0"]), _doc("d", ["d0", "d1"])]
    pair_score = {("a:0", "b:0"): 1.5, ("a:0", "c:0"): 1.5, ("b:0", "c:0"): 1.5, **scores}
    pair_score.update({(y, x): s for (x, y), s in list(pair_score.items())})
    groups = _Groups(docs, rejected, pair_score)
    assert groups.try_link(_Unit("a", (0,)), _Unit("b", (0,)), 1.5)
    assert groups.try_link(_Unit("c", (0,)), _Unit("b", (0,)), 1.5)
    return groups


def _claims(groups: _Groups) -> list[set[str]]:
    return sorted((groups._sentence_ids(g) for g in groups.members), key=sorted)


def _agreeing(sid: str, a: float = HIGH, b: float = HIGH, c: float = HIGH) -> dict[tuple[str, str], float]:
    return {(sid, "a:0"): a, (sid, "b:0"): b, (sid, "c:0"): c}


def test_a_sentence_every_other_version_agrees_on_joins_their_claim():
    groups = _groups(_agreeing("d:0"))
    _join_left_alone(groups)
    assert _claims(groups) == [{"a:0", "b:0", "c:0", "d:0"}, {"d:1"}]
    g = groups.of["d:0"]
    assert {(x, y) for x, y, _ in groups.links[g]} >= {("d:0", "a:0"), ("d:0", "b:0"), ("d:0", "c:0")}


@pytest.mark.parametrize("weak", ["a", "b", "c"])
def test_one_version_under_the_bar_keeps_it_alone(monkeypatch, weak):
    # the members here are its only sentences there, so the rank rule would take it in: that rule
    # has its own tests (tests/test_claims_alone_rank.py)
    monkeypatch.setattr(claims_mod, "ALONE_RANK", False)
    groups = _groups(_agreeing("d:0", **{weak: LOW}))
    _join_left_alone(groups)
    assert {"d:0"} in _claims(groups)


def test_a_claim_of_fewer_documents_than_alone_docs_is_no_agreement(monkeypatch):
    monkeypatch.setattr(claims_mod, "ALONE_DOCS", ALONE_DOCS + 1)  # the claim has three
    groups = _groups(_agreeing("d:0"))
    _join_left_alone(groups)
    assert {"d:0"} in _claims(groups)


def test_of_two_sentences_of_one_document_the_closer_joins():
    groups = _groups({**_agreeing("d:0"), **_agreeing("d:1", a=HIGH + 0.2)})
    _join_left_alone(groups)
    assert _claims(groups) == [{"a:0", "b:0", "c:0", "d:1"}, {"d:0"}]


def test_a_sentence_of_a_document_the_claim_holds_stays_alone():
    groups = _groups({**_agreeing("d:0"), ("d:1", "a:0"): 1.5, ("d:1", "b:0"): 1.5, ("d:1", "c:0"): 1.5})
    assert groups.try_link(_Unit("d", (1,)), _Unit("a", (0,)), 1.5)
    _join_left_alone(groups)
    assert {"d:0"} in _claims(groups)


def test_a_rejected_pair_keeps_it_alone():
    groups = _groups(_agreeing("d:0"), rejected=[("d:0", "b:0")])
    _join_left_alone(groups)
    assert {"d:0"} in _claims(groups)


def test_a_sentence_shared_by_a_claim_is_not_alone():
    groups = _groups(_agreeing("d:0"))
    groups.shared.setdefault(groups.of["d:1"], set()).add("d:0")  # a share made d:0 a member of d:1's claim too
    _join_left_alone(groups)
    assert {"d:0"} in _claims(groups)


@pytest.mark.parametrize("link, called", [(ALONE_LINK, True), (None, False)])
def test_claim_alignment_runs_the_join_unless_the_knob_is_none(monkeypatch, topics, link, called):
    seen = []
    monkeypatch.setattr(claims_mod, "ALONE_LINK", link)
    monkeypatch.setattr(claims_mod, "_join_left_alone", lambda groups: seen.append(groups))
    docs, emb = _synthetic({"a": [0, 1, 2], "b": [2, 0, 1], "c": [1, 2, 0], "d": [0, 2, 1]}, topics)
    align_claims(docs, _events(docs), emb)
    assert bool(seen) is called


def test_the_knobs_are_in_the_signature():
    assert claims_mod.THRESHOLDS["alone_link"] == ALONE_LINK
    assert claims_mod.THRESHOLDS["alone_docs"] == ALONE_DOCS
