"""A claim is cut in two at a two-sentence member whose partners say one part each
(claims._split_at_parts): no chain pairs the partners of one part with the other's."""
from __future__ import annotations

from workbench.align import claims as claims_mod
from workbench.align.claims import _Groups, _split_at_parts, _Unit, align_claims

from test_align_claims import _doc, topics  # noqa: F401  (a fixture)
from test_claims_shared import LAYOUT, _pool

# a:0 and a:1 are the two parts of what b:0 and e:0 say in one sentence; c:0 says the first part
# only (its score with a:1 is 0.4), d:0 the second only. The joins are made (each agrees more than
# it disagrees), so c:0 and d:0 end up in one claim, paired though they say different things.
SCORES = {("a:0", "b:0"): 1.5, ("a:1", "b:0"): 1.5, ("a:0", "e:0"): 1.4, ("a:1", "e:0"): 1.4, ("b:0", "e:0"): 1.5,
          ("a:0", "c:0"): 1.5, ("a:1", "c:0"): 0.4, ("b:0", "c:0"): 1.3, ("c:0", "e:0"): 1.2,
          ("a:1", "d:0"): 1.5, ("a:0", "d:0"): 0.4, ("b:0", "d:0"): 1.3, ("d:0", "e:0"): 1.2, ("c:0", "d:0"): 0.5}


def _joined(changes: dict[tuple[str, str], float] | None = None) -> _Groups:
    scores = {}
    for (x, y), s in {**SCORES, **(changes or {})}.items():
        scores[(x, y)] = scores[(y, x)] = s
    docs = [_doc("a", ["a0", "a1"]), _doc("b", ["b0"]), _doc("c", ["c0"]), _doc("d", ["d0"]), _doc("e", ["e0"])]
    groups = _Groups(docs, (), scores)
    for link in [(_Unit("b", (0,)), _Unit("a", (0, 1)), 1.6), (_Unit("e", (0,)), _Unit("b", (0,)), 1.5),
                 (_Unit("c", (0,)), _Unit("a", (0,)), 1.5), (_Unit("d", (0,)), _Unit("a", (1,)), 1.5)]:
        assert groups.try_link(*link)
    assert len(groups.members) == 1  # one claim of all six
    return groups


def _claims(groups: _Groups) -> list[set[str]]:
    return sorted((groups._sentence_ids(g) for g in groups.members), key=sorted)


def test_a_claim_is_cut_at_a_two_part_member_whose_partners_say_one_part():
    groups = _joined()
    _split_at_parts(groups)
    first, second = {"a:0", "b:0", "c:0", "e:0"}, {"a:1", "b:0", "d:0", "e:0"}
    assert _claims(groups) == [first, second]
    g, h = groups.of["a:0"], groups.of["a:1"]
    assert g != h and groups.of["d:0"] == h and groups.of["c:0"] == g
    assert {"b:0", "e:0"} <= groups.shared[h] and groups.of["b:0"] == g  # said both: in both, its own claim kept
    assert all({x, y} <= first for x, y, _ in groups.links[g]) and all({x, y} <= second for x, y, _ in groups.links[h])
    assert ("d:0", "a:1", 1.5) in groups.links[h] and ("c:0", "a:0", 1.5) in groups.links[g]


def test_not_cut_when_a_sentence_says_neither_part():
    # c:0 stands by its link only (one-to-one 0.8 with a:0): it is there by another tie
    groups = _joined({("a:0", "c:0"): 0.8})
    _split_at_parts(groups)
    assert len(groups.members) == 1


def test_not_cut_when_every_sentence_says_both_parts():
    groups = _joined({("a:1", "c:0"): 1.2, ("a:0", "d:0"): 1.2, ("c:0", "d:0"): 1.2})
    _split_at_parts(groups)
    assert len(groups.members) == 1


def test_not_cut_when_a_part_would_have_no_other_document():
    # every other sentence says the first part only: the second would be left alone
    groups = _joined({("a:1", "d:0"): 0.5, ("a:0", "d:0"): 1.5, ("a:1", "b:0"): 0.5, ("a:1", "e:0"): 0.5})
    _split_at_parts(groups)
    assert len(groups.members) == 1


def test_the_cut_runs_in_align_claims_only_with_split_parts(topics, monkeypatch):
    calls = []
    monkeypatch.setattr(claims_mod, "_split_at_parts", lambda groups, *rest: calls.append(groups))
    docs, events, emb = _pool(LAYOUT, topics)
    align_claims(docs, events, emb)
    assert len(calls) == len(events)  # once per event
    monkeypatch.setattr(claims_mod, "SPLIT_PARTS", False)
    align_claims(docs, events, emb)
    assert len(calls) == len(events)


def test_the_split_setting_is_in_the_signature():
    assert claims_mod.THRESHOLDS["split_parts"] is claims_mod.SPLIT_PARTS is True
