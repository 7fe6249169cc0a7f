"""Claim alignment, thirteenth session (issue 12): a comma a clause conjunction opens (", and",
", но", ", ve": a second main clause, pack ``clause_conjunctions``) is a stronger junction than a
bare comma, so its split needs no order evidence (``CONJUNCTION_NEAR`` None) where a bare comma's
needs the two claims' members near in some version (``COMMA_NEAR``); the whole-sentence score
(``COMMA_WHOLE``) and, for a sentence left alone, both clauses placed, still hold for both. And a
sentence split at a semicolon, read by its clauses first, shares by its whole only at a stronger
link (``SHARE_LINK_CLAUSE``)."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import _comma_joins, _join_by_clauses, _opens_clause, align_claims

from test_align_claims import DIM, _unit, topics  # noqa: F401  (a fixture)
from test_claims_clauses import FIRST, SECOND
from test_claims_shared import LAYOUT as SHARED_LAYOUT
from test_claims_shared import WORDS, _groups, _pool
from test_claims_twelfth import BARE_JOINED, COMMA_JOINED, _alone_setup, _claims_of, _comma_half_said


@pytest.mark.parametrize("lang, text, opens", [
    ("en", "and they signed ten agreements.", True), ("en", "they signed ten agreements.", False),
    ("kk", "және олар он келісімге қол қойды.", True), ("tr", "ama anlaşma imzalanmadı.", True),
    ("bg", "но споразумение не беше подписано.", True), ("bg", "споразумение не беше подписано.", False),
    ("xx", "and they signed.", False)])
def test_a_clause_opened_by_its_languages_conjunction(lang, text, opens):
    assert _opens_clause(text, lang) is opens


def test_a_conjunction_comma_shares_the_merged_sentence_whatever_the_distance(topics, monkeypatch):
    monkeypatch.setattr(claims_mod, "COMMA_NEAR", 1)  # the versions keep the two lines two sentences apart
    monkeypatch.setattr(claims_mod, "ANCHOR_NEAR", False)  # a split the versions anchor needs no order test (nineteenth session)
    docs, events, emb, encode = _comma_half_said(topics, COMMA_JOINED)
    groups = _groups(align_claims(docs, events, emb, encode=encode))
    assert FIRST | {"a:0"} in groups and SECOND | {"a:0"} in groups
    docs, events, emb, encode = _comma_half_said(topics, BARE_JOINED)  # a bare comma: too far apart
    assert sum("a:0" in g for g in _groups(align_claims(docs, events, emb, encode=encode))) == 1


def test_the_conjunction_distance_is_a_knob(topics, monkeypatch):
    monkeypatch.setattr(claims_mod, "CONJUNCTION_NEAR", 1)
    monkeypatch.setattr(claims_mod, "ANCHOR_NEAR", False)  # a split the versions anchor needs no order test (nineteenth session)
    docs, events, emb, encode = _comma_half_said(topics, COMMA_JOINED)
    assert sum("a:0" in g for g in _groups(align_claims(docs, events, emb, encode=encode))) == 1


def test_a_merge_at_a_conjunction_comma_left_alone_joins_both_claims_far_apart():
    groups, one_to_one, tables = _alone_setup(gap=claims_mod.COMMA_NEAR + 2, comma=True)
    tables["a"].conjunction_clauses.add(0)
    _join_by_clauses(groups, one_to_one, tables, {}, {})
    assert _claims_of(groups, "a:0") == 2


def test_a_conjunction_comma_still_needs_both_clauses_and_the_whole_sentence():
    groups, _, _ = _alone_setup(gap=claims_mod.COMMA_NEAR + 2, comma=True)
    first, second = groups.of["b:0"], groups.of[f"b:{claims_mod.COMMA_NEAR + 2}"]
    assert _comma_joins(groups, [first, second], [0.9, 0.9], conjunction=True)
    assert not _comma_joins(groups, [first, second], [0.9, 0.9])  # a bare comma: too far apart
    assert not _comma_joins(groups, [first], [0.9], conjunction=True)
    assert not _comma_joins(groups, [first, second], [0.9, claims_mod.COMMA_WHOLE - 0.1], conjunction=True)


def test_the_conjunction_knob_is_in_the_signature():
    assert claims_mod.THRESHOLDS["conjunction_near"] == claims_mod.CONJUNCTION_NEAR


# the tenth session's merged sentence (tests/test_claims_shared.py) joined by a semicolon, so split;
# its clauses embed as noise, so only the whole-sentence share can place it in both claims
SEMI_JOINED = f"{WORDS[0][:-1]}; {WORDS[1][0].lower()}{WORDS[1][1:]}"


def _noise_encoder():
    rng = np.random.default_rng(5)
    return lambda texts: np.stack([_unit(rng.normal(size=DIM)) for _ in texts])


@pytest.mark.parametrize("bar, claims", [(claims_mod.SHARE_LINK, 2), (99.0, 1)])
def test_a_sentence_split_at_a_semicolon_shares_by_its_whole_only_at_the_clause_bar(topics, monkeypatch, bar, claims):
    monkeypatch.setattr(claims_mod, "SHARE_LINK_CLAUSE", bar)
    # the clauses say nothing: a noise vector's margin (neighbours at the k-NN floor) can still pass
    # CLAUSE_LINK by chance and, read against the found members together (CLAIMS_TOGETHER), place
    # it in a third claim; the premise made explicit
    monkeypatch.setattr(claims_mod, "CLAUSE_LINK", 99.0)
    docs, events, emb = _pool(SHARED_LAYOUT, topics, merged_text=SEMI_JOINED)
    groups = _groups(align_claims(docs, events, emb, encode=_noise_encoder()))
    assert sum("a:0" in g for g in groups) == claims


def test_the_clause_bar_leaves_an_unsplit_sentence_to_share_link(topics, monkeypatch):
    monkeypatch.setattr(claims_mod, "SHARE_LINK_CLAUSE", 99.0)
    docs, events, emb = _pool(SHARED_LAYOUT, topics)  # the parts joined by a full stop: nothing to split
    groups = _groups(align_claims(docs, events, emb, encode=_noise_encoder()))
    assert sum("a:0" in g for g in groups) == 2


def test_the_clause_bar_is_in_the_signature():
    assert claims_mod.THRESHOLDS["share_link_clause"] == claims_mod.SHARE_LINK_CLAUSE
