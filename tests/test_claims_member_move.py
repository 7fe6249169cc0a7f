"""Claim alignment, thirtieth session (issue 12): at the end, a member of a claim, or two members of one
claim, move to another claim of the event when the claims then agree better (``_move_members``;
MEMBER_MOVE). Claims form greedily, best link first, one member per document: a sentence whose best
link was to the neighbouring line's sentence of a third version is held there before its own line's
claim forms."""
from __future__ import annotations

import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import _Groups, _move_members, _Unit

from test_align_claims import _doc, _events, _synthetic, topics  # noqa: F401  (a fixture)
from test_claims_seventeenth import _stage_runs


def _scores(pairs: dict[tuple[str, str], float]) -> dict[tuple[str, str], float]:
    out = {}
    for (x, y), sc in pairs.items():
        out[(x, y)] = out[(y, x)] = sc
    return out


def _groups(claims: list[list[str]], pairs: dict[tuple[str, str], float], docs: str = "abcdef",
            rejected=(), accepted=()) -> _Groups:
    """Documents ``docs`` of two sentences each (line 0, line 1); ``claims`` lists the sentence ids each
    claim holds, linked one after the other (as accepted links, so the test sets the claims);
    ``pairs``: the one-to-one scores (relative, 1.0 the link threshold)."""
    groups = _Groups([_doc(d, ["Line zero.", "Line one."]) for d in docs], rejected, _scores(pairs))
    for sids in claims:
        for x, y in zip(sids, sids[1:]):
            (dx, px), (dy, py) = x.split(":"), y.split(":")
            assert groups.try_link(_Unit(dx, (int(px),)), _Unit(dy, (int(py),)), 2.0, accepted=True)
    groups.accepted.update(accepted)
    return groups


def _claim_of(groups: _Groups, sid: str) -> set[str]:
    return groups._sentence_ids(groups.of[sid])


# One-to-one scores within line 0's claim (a, b, c) and line 1's (d, e, f); the cases add their own.
LINE0 = {("a:0", "b:0"): 2.0, ("a:0", "c:0"): 2.0, ("b:0", "c:0"): 2.0}
LINE1 = {("d:1", "e:1"): 2.0, ("d:1", "f:1"): 2.0, ("e:1", "f:1"): 2.0}


def test_a_sentence_held_by_the_neighbouring_line_moves_to_its_own():
    # f:0 says line 0 (1.5 with a, b, c) but was linked first to d:1 (1.6) of line 1
    pairs = {**LINE0, ("d:1", "e:1"): 2.0, ("f:0", "d:1"): 1.6, ("f:0", "e:1"): 0.9,
             ("f:0", "a:0"): 1.5, ("f:0", "b:0"): 1.5, ("f:0", "c:0"): 1.5}
    groups = _groups([["a:0", "b:0", "c:0"], ["d:1", "e:1", "f:0"]], pairs)
    _move_members(groups)
    assert _claim_of(groups, "f:0") == {"a:0", "b:0", "c:0", "f:0"}
    assert _claim_of(groups, "d:1") == {"d:1", "e:1"}
    # its links now go to the members of its new claim, and none is left in the old one
    assert {p for s, p, _ in groups.links[groups.of["f:0"]] if s == "f:0"} == {"a:0", "b:0", "c:0"}
    assert not [lk for lk in groups.links[groups.of["d:1"]] if "f:0" in lk[:2]]


def test_a_member_agreeing_as_well_at_home_stays():
    # with d:1 and e:1 at 1.6 and 1.5, f:0 adds 1.1 at home and 1.2 (3 x 0.4) in line 0's claim: a gain
    # of 0.1, under MEMBER_MOVE (0.3)
    pairs = {**LINE0, ("d:1", "e:1"): 2.0, ("f:0", "d:1"): 1.6, ("f:0", "e:1"): 1.5,
             ("f:0", "a:0"): 1.4, ("f:0", "b:0"): 1.4, ("f:0", "c:0"): 1.4}
    groups = _groups([["a:0", "b:0", "c:0"], ["d:1", "e:1", "f:0"]], pairs)
    _move_members(groups)
    assert _claim_of(groups, "f:0") == {"d:1", "e:1", "f:0"}


TOGETHER = {**LINE1, ("a:1", "c:0"): 1.56, ("a:1", "b:1"): 1.53, ("b:1", "c:0"): 1.3,
            ("a:1", "d:1"): 1.49, ("a:1", "e:1"): 1.31, ("a:1", "f:1"): 1.26,
            ("b:1", "d:1"): 1.43, ("b:1", "e:1"): 1.29, ("b:1", "f:1"): 1.25}


def test_two_members_move_together_when_neither_gains_alone():
    # line 1's claim (d, e, f) lacks a and b; a:1 and b:1 sit in line 0's claim beside c:0, which a:1
    # took first (1.56). Alone, a:1 would gain -0.03 and b:1 0.14 (each loses its 1.53 with the other);
    # the two together gain 1.17.
    groups = _groups([["d:1", "e:1", "f:1"], ["c:0", "a:1", "b:1"]], TOGETHER)
    _move_members(groups)
    assert _claim_of(groups, "a:1") == {"a:1", "b:1", "d:1", "e:1", "f:1"}
    assert _claim_of(groups, "c:0") == {"c:0"}


def test_a_gain_under_the_bar_moves_nothing(monkeypatch):
    monkeypatch.setattr(claims_mod, "MEMBER_MOVE", 1.2)  # a bar above the pair's gain (1.17): nothing moves
    groups = _groups([["d:1", "e:1", "f:1"], ["c:0", "a:1", "b:1"]], TOGETHER)
    _move_members(groups)
    assert _claim_of(groups, "a:1") == {"a:1", "b:1", "c:0"}


MOVING = {**LINE0, ("d:1", "e:1"): 2.0, ("f:0", "d:1"): 1.6, ("f:0", "e:1"): 0.9,
          ("f:0", "a:0"): 1.5, ("f:0", "b:0"): 1.5, ("f:0", "c:0"): 1.5}


@pytest.mark.parametrize("kw", [{"rejected": [("f:0", "b:0")]}, {"accepted": {"f:0"}}])
def test_never_across_a_rejected_pair_nor_away_from_a_reviewer_link(kw):
    groups = _groups([["a:0", "b:0", "c:0"], ["d:1", "e:1", "f:0"]], MOVING, **kw)
    _move_members(groups)
    assert _claim_of(groups, "f:0") == {"d:1", "e:1", "f:0"}


def test_never_into_a_claim_holding_its_document():
    groups = _groups([["a:0", "b:0", "c:0", "f:1"], ["d:1", "e:1", "f:0"]], {**MOVING, ("f:1", "a:0"): 2.0})
    _move_members(groups)
    assert _claim_of(groups, "f:0") == {"d:1", "e:1", "f:0"}


def test_a_shared_sentence_stays():
    groups = _groups([["a:0", "b:0", "c:0"], ["d:1", "e:1", "f:0"]], MOVING)
    groups.shared[groups.of["a:0"] + 100] = {"f:0"}  # held by a third claim too
    _move_members(groups)
    assert _claim_of(groups, "f:0") == {"d:1", "e:1", "f:0"}


def test_a_claim_keeps_one_member():
    # the two-member claim {f:0, d:1}: f:0 leaves, d:1 stays, alone
    groups = _groups([["a:0", "b:0", "c:0"], ["d:1", "f:0"]], {**MOVING, ("f:0", "d:1"): 1.2})
    _move_members(groups)
    assert _claim_of(groups, "f:0") == {"a:0", "b:0", "c:0", "f:0"}
    assert _claim_of(groups, "d:1") == {"d:1"}


def test_the_sentences_of_a_reviewer_accepted_link_are_kept_from_moving(monkeypatch, topics):  # noqa: F811
    seen = []
    monkeypatch.setattr(claims_mod, "_move_members", lambda groups: seen.append(set(groups.accepted)))
    docs, emb = _synthetic({"a": [0, 1, 2], "b": [2, 0, 1], "c": [1, 2, 0]}, topics)
    claims_mod.align_claims(docs, _events(docs), emb, accepted=[("a:0", "c:2"), ("b:5", "c:0")])
    # the event of a, b and c, and the background document's: b:5 is no sentence, so no link, nothing kept
    assert sorted(map(sorted, seen)) == [[], ["a:0", "c:2"]]


@pytest.mark.parametrize("value, called", [(0.3, True), (None, False)])
def test_align_claims_runs_the_stage_unless_turned_off(monkeypatch, topics, value, called):  # noqa: F811
    assert _stage_runs(monkeypatch, topics, "MEMBER_MOVE", value, "_move_members") is called


def test_the_setting_is_in_the_signature():
    assert claims_mod.THRESHOLDS["member_move"] == 0.3
