"""Two claims holding one shared sentence become one when their other members say one line
(``claims._join_sharing_claims``, ``SHARED_JOIN``; issue 12, twenty-second session).

The shape is the one read on the dev draws (eval/claims_calibration.md, "twentieth session"): a
bg sentence merging two lines sits in two claims; kk's line is in the one, tr's translation of the
same line in the other, and the member-per-document rule kept them apart."""
from __future__ import annotations

import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import _Groups, _join_sharing_claims, _Unit

from test_align_claims import _doc


def _shared(scores: dict[tuple[str, str], float], rejected=(), kk_in_both: bool = False) -> _Groups:
    """bg:0 (a merge) in a claim with kk:0 and shared into tr:0's claim; ru:0 shared there too
    (``kk_in_both``: kk:1 is in tr:0's claim)."""
    docs = [_doc("bg", ["A merge of two lines; its second line."]), _doc("kk", ["First line.", "Second."]),
            _doc("tr", ["Second line."]), _doc("ru", ["A merge of the second line; and more."])]
    pair_score = {}
    for (x, y), s in scores.items():
        pair_score[(x, y)] = pair_score[(y, x)] = s
    groups = _Groups(docs, rejected, pair_score)
    assert groups.try_link(_Unit("bg", (0,)), _Unit("kk", (0,)), 1.5)
    if kk_in_both:
        assert groups.try_link(_Unit("kk", (1,)), _Unit("tr", (0,)), 1.5, accepted=True)
    g = groups.of["tr:0"]
    for sid in ("bg:0", "ru:0"):  # what ``_share_merged`` does
        doc = sid.split(":")[0]
        groups.members[g][doc] = {0}
        groups.links[g].append((sid, "tr:0", 1.4))
        groups.shared.setdefault(g, set()).add(sid)
    return groups


def _claims(groups: _Groups) -> list[set[str]]:
    return sorted((groups._sentence_ids(g) for g in groups.members), key=sorted)


AGREE = {("bg:0", "kk:0"): 1.5, ("bg:0", "tr:0"): 1.4, ("kk:0", "tr:0"): 1.6, ("kk:0", "ru:0"): 1.2,
         ("ru:0", "tr:0"): 1.4}


def test_the_two_members_saying_one_line_join_the_two_claims():
    groups = _shared(AGREE)
    _join_sharing_claims(groups)
    assert _claims(groups) == [{"bg:0", "kk:0", "ru:0", "tr:0"}, {"kk:1"}, {"ru:0"}]
    g = groups.of["tr:0"]
    assert g == groups.of["kk:0"] == groups.of["bg:0"]
    assert groups.shared[g] == {"ru:0"}  # ru:0 is still shared: its own claim is another
    assert ("kk:0", "tr:0") not in {lk[:2] for lk in groups.links[g]}  # no link is invented
    assert {("bg:0", "tr:0"), ("bg:0", "kk:0")} <= {lk[:2] for lk in groups.links[g]}


@pytest.mark.parametrize("change", [
    {("kk:0", "tr:0"): 1.3, ("bg:0", "ru:0"): 1.4},  # agreeing on balance, but no pair at SHARED_JOIN
    {("kk:0", "tr:0"): 1.6, ("kk:0", "ru:0"): 0.2, ("bg:0", "tr:0"): 0.3},  # one strong pair, the rest disagree
])
def test_claims_whose_other_members_do_not_agree_stay_apart(change):
    groups = _shared({**AGREE, **change})
    _join_sharing_claims(groups)
    assert _claims(groups) == [{"bg:0", "kk:0"}, {"bg:0", "ru:0", "tr:0"}, {"kk:1"}, {"ru:0"}]


def test_a_rejected_pair_keeps_the_claims_apart():
    groups = _shared(AGREE, rejected=[("kk:0", "tr:0")])
    _join_sharing_claims(groups)
    assert _claims(groups) == [{"bg:0", "kk:0"}, {"bg:0", "ru:0", "tr:0"}, {"kk:1"}, {"ru:0"}]


def test_no_join_when_both_claims_have_a_member_of_one_document():
    # tr:0's claim also holds kk:1: kk keeps the two claims apart (two lines, not one)
    groups = _shared(AGREE, kk_in_both=True)
    _join_sharing_claims(groups)
    assert groups.of["kk:0"] != groups.of["tr:0"]
    assert _claims(groups) == [{"bg:0", "kk:0"}, {"bg:0", "kk:1", "ru:0", "tr:0"}, {"ru:0"}]


def _shared_twice(scores: dict[tuple[str, str], float]) -> _Groups:
    """bg:0 (a merge of lines A and B) in its own claim with en:0 (line A), shared into kk:0's claim
    and into tr:0's (both line B: the member-per-document rule kept kk:0 and tr:0 apart)."""
    docs = [_doc("bg", ["Line A, and line B."]), _doc("en", ["Line A."]), _doc("kk", ["Line B."]),
            _doc("tr", ["Line B."])]
    pair_score = {}
    for (x, y), sc in scores.items():
        pair_score[(x, y)] = pair_score[(y, x)] = sc
    groups = _Groups(docs, (), pair_score)
    assert groups.try_link(_Unit("bg", (0,)), _Unit("en", (0,)), 1.5)
    for partner in ("kk:0", "tr:0"):  # what ``_share_merged`` does
        g = groups.of[partner]
        groups.members[g]["bg"] = {0}
        groups.links[g].append(("bg:0", partner, 1.4))
        groups.shared.setdefault(g, set()).add("bg:0")
    return groups


TWICE = {("bg:0", "en:0"): 1.5, ("bg:0", "kk:0"): 1.4, ("bg:0", "tr:0"): 1.4, ("kk:0", "tr:0"): 1.6,
         ("en:0", "kk:0"): 0.3, ("en:0", "tr:0"): 0.4}


@pytest.mark.parametrize("any_two, kk_tr, joined", [(True, 1.6, True), (False, 1.6, False), (True, 1.2, False)])
def test_two_claims_a_merge_is_shared_into_join_when_their_lines_are_one(monkeypatch, any_two, kk_tr, joined):
    monkeypatch.setattr(claims_mod, "SHARED_JOIN_ANY", any_two)
    groups = _shared_twice({**TWICE, ("kk:0", "tr:0"): kk_tr})
    _join_sharing_claims(groups)
    if joined:
        assert _claims(groups) == [{"bg:0", "en:0"}, {"bg:0", "kk:0", "tr:0"}]
        g = groups.of["kk:0"]
        assert g == groups.of["tr:0"] and groups.shared[g] == {"bg:0"}  # the merge still says line B there
        assert groups.of["bg:0"] == groups.of["en:0"] != g
    else:
        assert _claims(groups) == [{"bg:0", "en:0"}, {"bg:0", "kk:0"}, {"bg:0", "tr:0"}]


def test_the_signature_names_it():
    assert claims_mod.THRESHOLDS["shared_join"] == claims_mod.SHARED_JOIN == 1.35


def test_the_comparable_eval_switches_a_claims_setting_for_its_run(monkeypatch):
    """``align_comparable.py --claims-setting SHARED_JOIN=None``: how the figures of off against on
    were made; a wrong name or value is refused, not ignored."""
    import os
    import sys

    monkeypatch.syspath_prepend(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))
    sys.modules.pop("align_comparable", None)
    import align_comparable

    for name in ("SHARED_JOIN", "JOIN_SUPPORT", "SPLIT_PARTS", "COMMA_SPLITS"):
        monkeypatch.setattr(claims_mod, name, getattr(claims_mod, name))  # restored after the test
    monkeypatch.setattr(claims_mod, "THRESHOLDS", dict(claims_mod.THRESHOLDS))  # the signature follows the settings
    got = align_comparable.apply_claims_settings(["SHARED_JOIN=None", "JOIN_SUPPORT=1.4", "SPLIT_PARTS=false",
                                                  "COMMA_SPLITS=2"])
    assert got == {"SHARED_JOIN": None, "JOIN_SUPPORT": 1.4, "SPLIT_PARTS": False, "COMMA_SPLITS": 2}
    assert (claims_mod.SHARED_JOIN, claims_mod.JOIN_SUPPORT, claims_mod.SPLIT_PARTS, claims_mod.COMMA_SPLITS) == \
        (None, 1.4, False, 2)
    assert (claims_mod.THRESHOLDS["shared_join"], claims_mod.THRESHOLDS["join_support"]) == (None, 1.4)
    for bad in ("NO_SUCH=1", "BOUNDS=1", "SHARED_JOIN", "SPLIT_PARTS=1", "JOIN_SUPPORT=high"):
        with pytest.raises(ValueError):
            align_comparable.apply_claims_settings([bad])


def _two_shared(ru_own_in_tr: bool = False) -> _Groups:
    """bg:0 (a merge) and ru:0 both sit in kk:0's claim and in tr:0's claim (the s7 draw's r053:
    ru and sr shared into both); ``ru_own_in_tr``: ru:0's own claim is tr:0's, shared into kk:0's."""
    groups = _shared(AGREE)
    if ru_own_in_tr:
        g = groups.of["tr:0"]
        groups.shared[g].discard("ru:0")
        del groups.members[groups.of["ru:0"]]
        groups.of["ru:0"] = g
    g = groups.of["kk:0"]
    groups.members[g]["ru"] = {0}
    groups.links[g].append(("ru:0", "kk:0", 1.2))
    groups.shared.setdefault(g, set()).add("ru:0")
    return groups


def test_two_claims_sharing_two_sentences_join_when_the_rest_says_one_line():
    """A second sentence both claims hold is no document keeping them apart."""
    groups = _two_shared()
    _join_sharing_claims(groups)
    assert _claims(groups) == [{"bg:0", "kk:0", "ru:0", "tr:0"}, {"kk:1"}, {"ru:0"}]
    g = groups.of["tr:0"]
    assert g == groups.of["kk:0"] and groups.shared[g] == {"ru:0"}


def test_a_shared_sentence_whose_own_claim_joins_is_a_member_not_shared(monkeypatch):
    groups = _two_shared(ru_own_in_tr=True)
    _join_sharing_claims(groups)
    g = groups.of["tr:0"]
    assert _claims(groups) == [{"bg:0", "kk:0", "ru:0", "tr:0"}, {"kk:1"}]
    assert groups.of["ru:0"] == g and "ru:0" not in groups.shared.get(g, set())
    monkeypatch.setattr(claims_mod, "SHARED_JOIN_COMMON", False)
    groups = _two_shared(ru_own_in_tr=True)
    _join_sharing_claims(groups)
    assert groups.of["kk:0"] != groups.of["tr:0"]
