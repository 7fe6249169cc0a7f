"""Claim alignment, thirty-third session (issue 12): a claim is cut in two at the one or two sentences
that alone hold it together, each of them saying both lines (``_cut_at_bridges``; BRIDGE_CUT). A
version's merge of two neighbouring lines links well with the versions of both, and the claim holding
it then pairs each line's partners with the other's."""
from __future__ import annotations

import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import _cut_at_bridges, _Groups, _Unit

from test_align_claims import _doc, topics  # noqa: F401  (a fixture)
from test_claims_seventeenth import _stage_runs

MERGED = "Line zero was said, and line one."  # as long as two lines together
SHORT = "Line one."  # as long as one line


EXTRA = ["Line two is here.", "And line three is here."]  # said alike by every document: the length ratios


def _groups(pairs: dict[tuple[str, str], float], claim: list[str], merged: dict[str, str] | None = None,
            accepted=(), lines: tuple[str, str] = ("Line zero.", "Line one.")) -> _Groups:
    """Documents a-f of two lines ("Line zero.", "Line one.") and EXTRA, those in ``merged`` of one sentence
    (its text) and EXTRA; ``claim`` the sentence ids of one claim, linked in turn as reviewer links (so the
    test sets the claim; ``accepted`` then marks the reviewer's); ``pairs`` the one-to-one scores (relative).
    EXTRA's lines form a claim each across all six: the length ratios of the document pairs are 1."""
    merged = merged or {}
    docs = [_doc(d, ([merged[d]] if d in merged else list(lines)) + EXTRA) for d in "abcdef"]
    scores = {}
    for (x, y), sc in pairs.items():
        scores[(x, y)] = scores[(y, x)] = sc
    groups = _Groups(docs, (), scores)
    extra = [[_Unit(d.id, (len(d.sentences) - len(EXTRA) + k,)) for d in docs] for k in range(len(EXTRA))]
    for units in extra:
        for u, v in zip(units, units[1:]):
            assert groups.try_link(u, v, 2.0, accepted=True)
    for x, y in zip(claim, claim[1:]):
        (dx, px), (dy, py) = x.split(":"), y.split(":")
        assert groups.try_link(_Unit(dx, (int(px),)), _Unit(dy, (int(py),)), 2.0, accepted=True)
    groups.accepted = set(accepted)
    return groups


def _claims(groups: _Groups) -> list[set[str]]:
    """The claims of two documents or more but EXTRA's."""
    extra = {len(t) for t in EXTRA}
    claims = [groups._sentence_ids(g) for g in groups.members if len(groups.members[g]) > 1]
    return sorted((ids for ids in claims if not any(groups.lengths[groups.doc_of[x]][groups.pos_of[x]] in extra
                                                    for x in ids)), key=sorted)


# a, b, c say line 1; d says line 0; e merges the two lines in one sentence. d scores low with a, b, c.
LINE1 = {("a:1", "b:1"): 2.0, ("a:1", "c:1"): 2.0, ("b:1", "c:1"): 2.0}
BRIDGED = {**LINE1, ("e:0", "a:1"): 1.3, ("e:0", "b:1"): 1.3, ("e:0", "c:1"): 1.3, ("e:0", "d:0"): 1.3,
           ("d:0", "a:1"): 0.5, ("d:0", "b:1"): 0.4, ("d:0", "c:1"): 0.6}
CLAIM = ["a:1", "b:1", "e:0", "c:1", "d:0"]  # linked in this order: d:0 by c:1 only


def test_a_claim_held_together_by_a_merged_sentence_is_cut_and_shares_it():
    groups = _groups(BRIDGED, CLAIM, {"e": MERGED})
    own = groups.of["e:0"]
    _cut_at_bridges(groups)
    assert _claims(groups) == [{"a:1", "b:1", "c:1", "e:0"}, {"d:0", "e:0"}]
    assert groups.of["e:0"] == own == groups.of["a:1"]  # the bridge keeps its own claim, shared into the other
    h = groups.of["d:0"]
    assert h != own and "e:0" in groups.shared[h]
    # each claim's links stay among its members; d:0, whose link went to the other group, is linked to the bridge
    for g in (own, h):
        assert all({x, y} <= groups._sentence_ids(g) for x, y, _ in groups.links[g])
    assert ("d:0", "e:0", 1.3) in groups.links[h]


def test_a_bridge_no_longer_than_one_line_does_not_cut():
    # e:0 scores with both groups but is as long as one line: a version the encoder reads weakly, not a merge
    groups = _groups(BRIDGED, CLAIM, {"e": SHORT})
    _cut_at_bridges(groups)
    assert _claims(groups) == [set(CLAIM)]


def test_a_bridge_shorter_than_the_longest_of_each_group_together_does_not_cut():
    # e:0 is twice as long as d:0's line, but a, b, c write line 1 at length: it cannot say both
    groups = _groups(BRIDGED, CLAIM, {"e": MERGED}, lines=("Line zero.", "Line one, written out at much greater length."))
    _cut_at_bridges(groups)
    assert _claims(groups) == [set(CLAIM)]


def test_a_pair_across_that_agrees_keeps_the_claim():
    groups = _groups({**BRIDGED, ("d:0", "c:1"): 1.0}, CLAIM, {"e": MERGED})
    _cut_at_bridges(groups)
    assert _claims(groups) == [set(CLAIM)]


def test_a_sentence_agreeing_with_one_group_only_is_no_bridge():
    # e:0 no longer agrees with d:0: nothing holds d:0 there but its link; that is MEMBER_MOVE's business
    groups = _groups({**BRIDGED, ("e:0", "d:0"): 0.8}, CLAIM, {"e": MERGED})
    _cut_at_bridges(groups)
    assert _claims(groups) == [set(CLAIM)]


def test_two_merged_versions_bridge_together():
    # e and f both merge the two lines; d and a, b, c disagree across; e and f agree with everyone
    pairs = {**BRIDGED, ("f:0", "a:1"): 1.3, ("f:0", "b:1"): 1.3, ("f:0", "c:1"): 1.3, ("f:0", "d:0"): 1.3,
             ("e:0", "f:0"): 2.0}
    groups = _groups(pairs, CLAIM + ["f:0"], {"e": MERGED, "f": MERGED})
    _cut_at_bridges(groups)
    assert _claims(groups) == [{"a:1", "b:1", "c:1", "e:0", "f:0"}, {"d:0", "e:0", "f:0"}]


def test_two_sentence_bridges_are_tried_only_up_to_the_bound(monkeypatch):
    pairs = {**BRIDGED, ("f:0", "a:1"): 1.3, ("f:0", "b:1"): 1.3, ("f:0", "c:1"): 1.3, ("f:0", "d:0"): 1.3,
             ("e:0", "f:0"): 2.0}
    monkeypatch.setattr(claims_mod, "BRIDGE_PAIRS_MAX", 1)  # two candidates: only one-sentence bridges, none cuts
    groups = _groups(pairs, CLAIM + ["f:0"], {"e": MERGED, "f": MERGED})
    _cut_at_bridges(groups)
    assert _claims(groups) == [set(CLAIM) | {"f:0"}]


def test_a_reviewer_link_is_never_cut():
    groups = _groups(BRIDGED, CLAIM, {"e": MERGED}, accepted={"d:0", "e:0"})
    _cut_at_bridges(groups)
    assert _claims(groups) == [set(CLAIM)]


def test_three_groups_without_the_bridge_are_not_cut():
    # f:1 agrees with the bridge only, as d:0 does: the rest falls into three groups, no two-line merge
    pairs = {**BRIDGED, ("e:0", "f:1"): 1.3, ("f:1", "a:1"): 0.5, ("f:1", "b:1"): 0.5, ("f:1", "c:1"): 0.5,
             ("f:1", "d:0"): 0.5}
    groups = _groups(pairs, CLAIM + ["f:1"], {"e": MERGED})
    _cut_at_bridges(groups)
    assert _claims(groups) == [set(CLAIM) | {"f:1"}]


@pytest.mark.parametrize("value, called", [(True, True), (False, False)])
def test_the_stage_runs_only_when_set(monkeypatch, topics, value, called):  # noqa: F811
    assert _stage_runs(monkeypatch, topics, "BRIDGE_CUT", value, "_cut_at_bridges") is called


def test_the_setting_is_in_the_signature():
    assert claims_mod.THRESHOLDS["bridge_cut"] is claims_mod.BRIDGE_CUT is True
    assert claims_mod.THRESHOLDS["bridge_pairs_max"] == claims_mod.BRIDGE_PAIRS_MAX == 8
