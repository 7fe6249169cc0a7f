"""Claim alignment, eighteenth session (helper M18, issue 12): a sentence split at a comma keeps the
comma its claim anchors. ``comma_parts`` splits at the comma a clause conjunction opens, else the one
nearest the middle; a writer merging two lines keeps each line's own commas, so half the comma merges
were split elsewhere. Up to COMMA_SPLITS splits are embedded (``comma_splits``,
``_add_comma_alternatives``); a sentence in a claim with members in other documents keeps a further
split (``_choose_comma_splits``, ``_read_split``) when it reads better than the first, its clause saying
the claim says it better than the whole sentence (SPLIT_WHOLE), its other clause's partners agree on one
claim (SPLIT_AGREE), and, when a clause conjunction opens the first split, by SPLIT_CONJ_GAIN."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import (_add_comma_alternatives, _choose_comma_splits, _Groups, _read_split, _Unit,
                                    comma_parts, comma_splits)

from test_align_claims import _doc, _unit, topics  # noqa: F401 (a fixture)
from test_claims_clauses import _table
from test_claims_seventeenth import _stage_runs

E = np.eye(6)
# k-NN means 0.1 everywhere: at this threshold a margin is 1.5 times the cosine (a line said word for
# word: 1.5; the merged sentence, halfway between two lines, with one of them: 1.06).
THRESHOLD = {("", ""): 10 / 1.5}
KNN = np.full(2, 0.1)
FIRST = np.stack([_unit(E[0] + E[1]), E[3]])  # a wrong comma: one side holds both lines, the other neither
RIGHT = np.stack([E[0], E[1]])  # the comma the writer joined the two lines at


def _event(docs: str = "abc", c_second: str = "b", whole=None, alternative=RIGHT, first=FIRST, a_line: bool = False):
    """a:0 merges two lines (e0, e1) at a comma, in a claim with b:0 (and c:0) saying the first line;
    b:1 (and c:1) say the second, c:1 in one claim with b:1 (``c_second`` "b") or alone ("")."""
    names = list(docs)
    texts = {"a": ["one, two, three."] + (["two."] if a_line else [])}
    docs_ = [_doc(d, texts.get(d, ["one.", "two."])) for d in names]
    groups = _Groups(docs_, (), None)
    for d in names[1:]:
        assert groups.try_link(_Unit("a", (0,)), _Unit(d, (0,)), 1.5)
    if "c" in names and c_second == "b":
        assert groups.try_link(_Unit("b", (1,)), _Unit("c", (1,)), 1.5)
    if a_line:
        assert groups.try_link(_Unit("a", (1,)), _Unit("b", (1,)), 1.5)
    a_rows = [_unit(E[0] + E[1]) if whole is None else whole] + ([E[1]] if a_line else [])
    tables = {"a": _table("a", a_rows, {0: (first, KNN, (9, 6))})}
    tables["a"].comma_clauses.add(0)
    tables["a"].comma_alternatives[0] = [(alternative, KNN, (4, 11), False)]
    tables.update({d: _table(d, [E[0], E[1]]) for d in names[1:]})
    return groups, tables


def _chosen(tables) -> bool:
    return np.array_equal(tables["a"].clauses[0][0], RIGHT)


def test_comma_splits_ranks_as_comma_parts_and_stops_at_comma_splits(monkeypatch):
    text = "It was scheduled to be cut down on Tuesday, but was saved by a court ruling, Chambers sued God."
    ranked = comma_splits(text, "en")
    assert ranked[0] == comma_parts(text, "en")  # the first is comma_parts' choice (the conjunction's comma)
    assert ranked == [("It was scheduled to be cut down on Tuesday", "but was saved by a court ruling, Chambers sued God."),
                      ("It was scheduled to be cut down on Tuesday, but was saved by a court ruling", "Chambers sued God.")]
    monkeypatch.setattr(claims_mod, "COMMA_SPLITS", 1)
    assert comma_splits(text, "en") == ranked[:1]
    assert comma_splits("No comma here at all.", "en") == []


def test_a_merged_sentence_keeps_the_comma_its_claim_anchors():
    groups, tables = _event()
    first = _read_split(groups, tables, "a", 0, (FIRST, KNN), THRESHOLD)
    right = _read_split(groups, tables, "a", 0, (RIGHT, KNN), THRESHOLD)
    assert first.fit == pytest.approx(0.0)  # the side with neither line says no other sentence
    assert right.fit == pytest.approx(1.5) and right.anchor_gain == pytest.approx(1.5 - 1.5 / np.sqrt(2))
    assert (right.agree, right.documents) == (2, 2)  # b:1 and c:1, one claim
    _choose_comma_splits(groups, tables, THRESHOLD)
    assert _chosen(tables)
    assert tables["a"].clauses[0][2] == (4, 11)


def test_a_sentence_its_claim_says_whole_keeps_its_first_split():
    # a:0 is the line b:0 and c:0 say (its vector e0): the clause says it no better than the whole sentence
    groups, tables = _event(whole=E[0], alternative=np.stack([_unit(E[0] + 0.3 * E[1]), E[1]]))
    assert _read_split(groups, tables, "a", 0, (tables["a"].comma_alternatives[0][0][0], KNN), THRESHOLD).anchor_gain < 0
    _choose_comma_splits(groups, tables, THRESHOLD)
    assert np.array_equal(tables["a"].clauses[0][0], FIRST)


@pytest.mark.parametrize("agree, chosen", [(2, False), (1, True)])
def test_the_other_clauses_partners_must_agree_on_one_claim(monkeypatch, agree, chosen):
    monkeypatch.setattr(claims_mod, "SPLIT_AGREE", agree)
    groups, tables = _event(c_second="")  # b:1 and c:1 in two claims: the clause finds no one line
    assert _read_split(groups, tables, "a", 0, (RIGHT, KNN), THRESHOLD).agree == 1
    _choose_comma_splits(groups, tables, THRESHOLD)
    assert _chosen(tables) is chosen


def test_a_partner_in_a_claim_of_its_own_document_is_no_agreement():
    groups, tables = _event(docs="ab", a_line=True)  # the second line is a:1's, in a claim with b:1
    assert _read_split(groups, tables, "a", 0, (RIGHT, KNN), THRESHOLD).agree == 0
    _choose_comma_splits(groups, tables, THRESHOLD)
    assert not _chosen(tables)


def test_with_one_other_document_its_partner_suffices():
    groups, tables = _event(docs="ab")
    r = _read_split(groups, tables, "a", 0, (RIGHT, KNN), THRESHOLD)
    assert (r.agree, r.documents) == (1, 1)
    _choose_comma_splits(groups, tables, THRESHOLD)
    assert _chosen(tables)


@pytest.mark.parametrize("conjunction, gain, chosen", [(False, 0.5, True), (True, 0.2, True), (True, 0.5, False)])
def test_a_conjunctions_comma_gives_way_only_by_the_gain(monkeypatch, conjunction, gain, chosen):
    monkeypatch.setattr(claims_mod, "SPLIT_CONJ_GAIN", gain)
    first = np.stack([E[0], _unit(E[1] + E[3])])  # the second side says the second line at 1.06: 0.44 under RIGHT
    groups, tables = _event(first=first)
    if conjunction:
        tables["a"].conjunction_clauses.add(0)
    _choose_comma_splits(groups, tables, THRESHOLD)
    assert _chosen(tables) is chosen
    assert (0 in tables["a"].conjunction_clauses) is (conjunction and not chosen)  # RIGHT's is a bare comma


def test_a_sentence_in_no_claim_is_left_as_it_is():
    groups, tables = _event()
    groups = _Groups([_doc(d, ["one, two, three."] if d == "a" else ["one.", "two."]) for d in "abc"], (), None)
    assert _read_split(groups, tables, "a", 0, (RIGHT, KNN), THRESHOLD) is None
    _choose_comma_splits(groups, tables, THRESHOLD)
    assert np.array_equal(tables["a"].clauses[0][0], FIRST)


def test_further_splits_are_embedded_for_comma_sentences_only():
    doc = _doc("a", ["It rained on Monday, the river rose, and the bridge closed.", "A; b."])
    t = _table("a", [E[0], E[1]], {0: (FIRST, KNN, (1, 1)), 1: (FIRST, KNN, (1, 1))})
    t.center = np.zeros(6)
    seen = []

    def encode(texts):
        seen.extend(texts)
        return np.tile(E[2], (len(texts), 1))

    split = [("a", 0, "It rained on Monday, the river rose", "and the bridge closed.", True), ("a", 1, "A", "b.", False)]
    _add_comma_alternatives({"a": t}, split, {"a": doc}, encode, lambda d: np.zeros((0, 6)))
    assert seen == ["It rained on Monday", "the river rose, and the bridge closed."]
    assert list(t.comma_alternatives) == [0]
    vecs, knn, lengths, conjunction = t.comma_alternatives[0][0]
    assert lengths == (19, 38) and not conjunction and np.allclose(vecs, [E[2], E[2]])


@pytest.mark.parametrize("splits, called", [(3, True), (1, False)])
def test_align_claims_chooses_splits_unless_one_is_tried(monkeypatch, topics, splits, called):  # noqa: F811
    assert _stage_runs(monkeypatch, topics, "COMMA_SPLITS", splits, "_choose_comma_splits") is called


def test_the_knobs_are_in_the_signature():
    t = claims_mod.THRESHOLDS
    assert (t["comma_splits"], t["split_whole"], t["split_agree"], t["split_conj_gain"]) == (3, 0.05, 2, 0.2)


def test_an_empty_document_in_the_event_is_passed_over():
    groups, tables = _event()
    docs = [_doc("a", ["one, two, three."]), _doc("b", ["one.", "two."]), _doc("c", ["one.", "two."]), _doc("d", [])]
    groups = _Groups(docs, (), None)
    for d in "bc":
        assert groups.try_link(_Unit("a", (0,)), _Unit(d, (0,)), 1.5)
    assert groups.try_link(_Unit("b", (1,)), _Unit("c", (1,)), 1.5)
    tables["d"] = _table("d", [np.zeros(6)])
    tables["d"].units, tables["d"].vectors, tables["d"].knn = [], np.zeros((0, 6)), np.zeros(0)
    r = _read_split(groups, tables, "a", 0, (RIGHT, KNN), THRESHOLD)
    assert (r.agree, r.documents) == (2, 3)
