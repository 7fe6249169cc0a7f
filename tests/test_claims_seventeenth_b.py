"""Claim alignment, seventeenth session (helper M17b, issue 12): two sentences still alone link by a
clause (``_link_alone_by_clause``) when the link is the best one-to-one link into the other's document
of *one* of them (``ALONE_MUTUAL`` False), not necessarily of both: a merged sentence whose other line
the other version left out has a whole vector diluted by that line, so its own best may lie elsewhere
while the sentence saying its kept line still picks it. An option: it gained on the dev draws and lost
on the held-out ones, so the default stays True (both)."""
from __future__ import annotations

from workbench.align import claims as claims_mod
from workbench.align.claims import Link, _alone_pairs, _Groups, _link_alone_by_clause, _Unit

from test_align_claims import _doc
from test_claims_seventeenth import THRESHOLD, _linked, _pair


def test_a_lone_pair_links_when_it_is_the_best_of_one_of_the_two(monkeypatch):
    monkeypatch.setattr(claims_mod, "ALONE_MUTUAL", False)
    # a:0 (split, "one, two.") scores higher with b:1 (in a claim with c:0); b:0 ("one.") has a:0 as its best
    groups, links, tables = _pair(rival=1.3)
    assert [(l.a, l.b) for l in _alone_pairs(groups, links, both=False)] == [(_Unit("a", (0,)), _Unit("b", (0,)))]
    _link_alone_by_clause(groups, links, tables, THRESHOLD)
    assert _linked(groups)
    assert ("a:0", "b:0", 1.2) in groups.links[groups.of["a:0"]]


def test_with_alone_mutual_both_must_have_it_as_their_best():
    assert claims_mod.ALONE_MUTUAL is True  # the default
    groups, links, tables = _pair(rival=1.3)
    _link_alone_by_clause(groups, links, tables, THRESHOLD)
    assert not _linked(groups)


def _two_sided(x_best: float, y_best: float):
    """a:0 and b:0 alone, linked at 1.1; a:0's other link into b (b:1) at ``x_best``, b:0's into a (a:1) at
    ``y_best``."""
    docs = [_doc("a", ["one, two.", "four."]), _doc("b", ["one.", "three."])]
    links = [Link(1.1, _Unit("a", (0,)), _Unit("b", (0,))), Link(x_best, _Unit("a", (0,)), _Unit("b", (1,))),
             Link(y_best, _Unit("a", (1,)), _Unit("b", (0,)))]
    pair_score = {}
    for l in links:
        x, y = f"{l.a.doc}:{l.a.indices[0]}", f"{l.b.doc}:{l.b.indices[0]}"
        pair_score[(x, y)] = pair_score[(y, x)] = l.score
    return _Groups(docs, (), pair_score), links


def test_a_link_neither_has_as_its_best_is_no_pair():
    groups, links = _two_sided(1.3, 1.3)
    assert [(l.a, l.b) for l in _alone_pairs(groups, links, both=False) if l.score == 1.1] == []
    groups, links = _two_sided(1.3, 0.9)  # b:0's best into a is a:0
    assert [(l.a, l.b) for l in _alone_pairs(groups, links, both=False) if l.score == 1.1] == [(_Unit("a", (0,)), _Unit("b", (0,)))]
    assert [(l.a, l.b) for l in _alone_pairs(groups, links, both=True) if l.score == 1.1] == []


def test_the_knob_is_in_the_signature():
    assert claims_mod.THRESHOLDS["alone_mutual"] is claims_mod.ALONE_MUTUAL is True
