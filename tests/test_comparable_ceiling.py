"""The partition ceiling of the comparable-pool eval (eval/_comparable_score.py): what the best
claims a partition can form score against the fine gold, the figure the aligner is read against."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))

import _comparable_pools as cp  # noqa: E402
import _comparable_score as cs  # noqa: E402


def _line_result(docs):
    """Every text line one sentence (merges included), no claims yet."""
    sentences, texts = {}, {}
    for d in docs:
        sentences[d.id], pos = [], 0
        for n, ln in enumerate(d.text.split("\n")):
            if ln:
                sentences[d.id].append((f"{d.id}:{n}", pos, pos + len(ln)))
                texts[f"{d.id}:{n}"] = ln
            pos += len(ln) + 1
    return cs.Result(sentences, [[d.id for d in docs]], [], texts)


def _merged_and_reordered():
    # a merges lines 0 and 1; b keeps them apart and puts line 2 between them (a block reorder)
    a = cp.Doc("a", "r", "kk", "2025-01-01", "K0;  K1.\nK2.", [(0, 3, ("l0",)), (5, 8, ("l1",)), (9, 12, ("l2",))],
               [(3, 5)])
    b = cp.Doc("b", "r", "en", "2025-01-01", "E0.\nE2.\nE1.", [(0, 3, ("l0",)), (4, 7, ("l2",)), (8, 11, ("l1",))])
    return [a, b]


def test_gold_that_a_partition_can_hold_scores_one():
    a = cp.Doc("a", "r", "kk", "2025-01-01", "K0.\nK1.", [(0, 3, ("l0",)), (4, 7, ("l1",))])
    b = cp.Doc("b", "r", "en", "2025-01-01", "E1.\nE0.", [(0, 3, ("l1",)), (4, 7, ("l0",))])
    s = cs.score([a, b], cs.partition_ceiling([a, b], _line_result([a, b])))
    assert (s.claims["kk-en"].p, s.claims["kk-en"].r) == (1.0, 1.0)


def test_a_merge_facing_two_lines_apart_caps_recall_when_members_must_be_adjacent():
    docs = _merged_and_reordered()
    result = _line_result(docs)
    adjacent = cs.score(docs, cs.partition_ceiling(docs, result))
    assert adjacent.claims["kk-en"].p == 1.0 and adjacent.claims["kk-en"].r == 2 / 3
    assert adjacent.merged["kk-en"].r == 0.5
    free = cs.score(docs, cs.partition_ceiling(docs, result, contiguous=False))
    assert (free.claims["kk-en"].p, free.claims["kk-en"].r, free.merged["kk-en"].r) == (1.0, 1.0, 1.0)


def test_three_versions_around_one_merge_cannot_all_be_right():
    # a merges lines 0-1, b and c keep them apart: grouping all five links b:0 with c:1 (not
    # gold); splitting loses a:0 with the second line. The ceiling is below 1 either way.
    a = cp.Doc("a", "r", "kk", "2025-01-01", "K0;  K1.", [(0, 3, ("l0",)), (5, 8, ("l1",))], [(3, 5)])
    b = cp.Doc("b", "r", "tr", "2025-01-01", "T0.\nT1.", [(0, 3, ("l0",)), (4, 7, ("l1",))])
    c = cp.Doc("c", "r", "en", "2025-01-01", "E0.\nE1.", [(0, 3, ("l0",)), (4, 7, ("l1",))])
    s = cs.score([a, b, c], cs.partition_ceiling([a, b, c], _line_result([a, b, c])))
    total = cs.Scores.total(s.claims)
    assert total.f < 1.0 and total.tp >= 4
