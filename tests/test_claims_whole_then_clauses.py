"""Claim alignment, twenty-eighth session (issue 12): a merged sentence whose whole-sentence share into
the claim of its other line the agreement test refuses (its one-to-one scores with that claim's members
are low: the whole vector is half the other line) is read by its clauses next, when its comma split is
anchored on that claim by the other versions (``_anchor_comma_splits``; WHOLE_THEN_CLAUSES). Before, a
refused whole reading ended the proposal and the clauses were never asked."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import _share_merged

from test_claims_nineteenth import _half_found_far
from test_claims_twelfth import _claims_of

WHOLE = 1.0  # over SHARE_LINK (0.95): the whole-sentence reading is tried first


def _refused_whole(monkeypatch, anchored: str | None):
    """a:0 (a bare-comma merge of e0 and e1) is found with b:0 and c:0 (e0); its link with b:gap (e1) scores
    WHOLE, its pair with c:gap nothing: the whole reading's agreement is +1 - 1 = 0, at JOIN_MIN, refused.
    The claim of the second line stands beyond COMMA_NEAR: only the anchor waives the order test.
    ``anchored``: the claim the other versions anchor a:0's split on ("second", "first" or None). The
    length test is loosened: a's one sentence sets the length ratio, so it is twice the two lines' length."""
    monkeypatch.setattr(claims_mod, "SHARE_LENGTH", 0.45)
    groups, one_to_one, tables, gap = _half_found_far(score=WHOLE)
    assert WHOLE >= claims_mod.SHARE_LINK
    if anchored is not None:
        tables["a"].anchored_clauses[0] = groups.of[f"b:{gap}" if anchored == "second" else "b:0"]
    return groups, one_to_one, tables, gap


@pytest.mark.parametrize("anchored, shared", [("second", True), (None, False), ("first", False)])
def test_a_refused_whole_share_is_read_by_the_clauses_its_anchor_names(monkeypatch, anchored, shared):
    groups, one_to_one, tables, gap = _refused_whole(monkeypatch, anchored)
    _share_merged(groups, one_to_one, tables, {})
    assert (_claims_of(groups, "a:0") == 2) is shared
    if shared:
        assert "a:0" in groups.shared[groups.of[f"b:{gap}"]] and "a:0" in groups._sentence_ids(groups.of["b:0"])


def test_turned_off_a_refused_whole_share_ends_the_proposal(monkeypatch):
    monkeypatch.setattr(claims_mod, "WHOLE_THEN_CLAUSES", False)
    groups, one_to_one, tables, _ = _refused_whole(monkeypatch, "second")
    _share_merged(groups, one_to_one, tables, {})
    assert _claims_of(groups, "a:0") == 1


def test_the_clauses_must_still_say_the_two_claims(monkeypatch):
    groups, one_to_one, tables, gap = _refused_whole(monkeypatch, "second")
    vecs, knn, lengths = tables["a"].clauses[0]
    e = np.eye(vecs.shape[1])
    tables["a"].clauses[0] = (np.stack([e[1], e[2]]), knn, lengths)  # the other clause no longer says its own claim (e0)
    _share_merged(groups, one_to_one, tables, {})
    assert _claims_of(groups, "a:0") == 1


def test_an_agreeing_whole_share_needs_no_anchor(monkeypatch):
    groups, one_to_one, tables, gap = _refused_whole(monkeypatch, None)
    groups.pair_score[("a:0", f"c:{gap}")] = groups.pair_score[(f"c:{gap}", "a:0")] = 1.5  # c agrees too
    _share_merged(groups, one_to_one, tables, {})
    assert _claims_of(groups, "a:0") == 2


def test_the_setting_is_in_the_signature():
    assert claims_mod.THRESHOLDS["whole_then_clauses"] is True
