"""Two claims with no document in common become one when a one-to-one pair between them is strong
and their members agree (``claims._join_agreeing_claims``, ``CLAIM_JOIN``; issue 12, twenty-third
session): the shape read on the dev draws, one line five versions say left in two claims because
per-pair mutual best linked bg with ru and en with kk and tr, and no later link crossed over."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import _Groups, _join_agreeing_claims, _Unit
from workbench.records import Event

from test_align_claims import _doc


def _two_claims(scores: dict[tuple[str, str], float], rejected=(), en_in_first: bool = False) -> _Groups:
    """Claims {bg:0, ru:0} and {en:0, kk:0, tr:0} (``en_in_first``: en:1 in the first too)."""
    docs = [_doc(lang, ["One line.", "Another line."]) for lang in ("bg", "ru", "en", "kk", "tr")]
    pair_score = {}
    for (x, y), sc in scores.items():
        pair_score[(x, y)] = pair_score[(y, x)] = sc
    groups = _Groups(docs, rejected, pair_score)
    links = [("bg", "ru"), ("en", "kk"), ("kk", "tr")] + ([("bg", "en")] if en_in_first else [])
    for x, y in links:
        assert groups.try_link(_Unit(x, (0,)), _Unit(y, (1 if en_in_first and y == "en" else 0,)), 1.6, accepted=True)
    return groups


def _claims(groups: _Groups) -> list[set[str]]:
    return sorted((groups._sentence_ids(g) for g in groups.members if len(groups._sentence_ids(g)) > 1), key=sorted)


AGREE = {("bg:0", "ru:0"): 1.6, ("en:0", "kk:0"): 1.5, ("kk:0", "tr:0"): 1.5, ("en:0", "tr:0"): 1.4,
         ("bg:0", "tr:0"): 1.45, ("ru:0", "tr:0"): 1.3, ("bg:0", "en:0"): 1.2, ("ru:0", "en:0"): 1.25,
         ("bg:0", "kk:0"): 1.1, ("ru:0", "kk:0"): 1.2}


def test_two_claims_saying_one_line_join():
    groups = _two_claims(AGREE)
    _join_agreeing_claims(groups)
    assert _claims(groups) == [{"bg:0", "ru:0", "en:0", "kk:0", "tr:0"}]
    g = groups.of["bg:0"]
    assert ("bg:0", "tr:0", 1.45) in groups.links[g]  # the pair that joined them is a link of the claim
    assert all(groups.of[s] == g for s in ("ru:0", "en:0", "kk:0", "tr:0"))


@pytest.mark.parametrize("change", [
    {("bg:0", "tr:0"): 1.3},  # agreeing, but no pair at CLAIM_JOIN
    {("bg:0", "en:0"): 0.3, ("ru:0", "en:0"): 0.2, ("bg:0", "kk:0"): 0.4, ("ru:0", "kk:0"): 0.1,
     ("ru:0", "tr:0"): 0.5},  # one strong pair, the rest disagree: topical neighbours
])
def test_claims_that_do_not_agree_stay_apart(change):
    groups = _two_claims({**AGREE, **change})
    _join_agreeing_claims(groups)
    assert _claims(groups) == [{"bg:0", "ru:0"}, {"en:0", "kk:0", "tr:0"}]


def test_a_rejected_pair_keeps_them_apart():
    groups = _two_claims(AGREE, rejected=[("ru:0", "kk:0")])
    _join_agreeing_claims(groups)
    assert _claims(groups) == [{"bg:0", "ru:0"}, {"en:0", "kk:0", "tr:0"}]


def test_claims_with_a_member_of_one_document_stay_apart():
    groups = _two_claims({**AGREE, ("bg:0", "en:1"): 1.6, ("ru:0", "en:1"): 1.5}, en_in_first=True)
    _join_agreeing_claims(groups)
    assert _claims(groups) == [{"bg:0", "en:1", "ru:0"}, {"en:0", "kk:0", "tr:0"}]


def test_it_runs_in_the_pipeline_and_the_signature_names_it(monkeypatch):
    assert claims_mod.THRESHOLDS["claim_join"] == claims_mod.CLAIM_JOIN == 1.35
    calls = []
    monkeypatch.setattr(claims_mod, "_join_agreeing_claims", lambda groups: calls.append(groups))
    docs = [_doc("a", ["One line."]), _doc("b", ["One line."])]
    emb = {"a:0": np.ones(4) / 2, "b:0": np.ones(4) / 2}
    claims_mod.align_claims(docs, [Event("e", ("a", "b"))], emb)
    assert len(calls) == 1
    monkeypatch.setattr(claims_mod, "CLAIM_JOIN", None)
    claims_mod.align_claims(docs, [Event("e", ("a", "b"))], emb)
    assert len(calls) == 1
