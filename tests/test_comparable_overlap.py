"""The overlap ceiling of the comparable-pool eval (eval/_comparable_score.py): the best claims
when a sentence may be a member of several, the figure a sharing aligner is read against."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))

import _comparable_pools as cp  # noqa: E402
import _comparable_score as cs  # noqa: E402
from test_comparable_ceiling import _line_result  # noqa: E402


def _three_versions():
    # a merges lines 0-1; b and c keep them apart
    a = cp.Doc("a", "r", "kk", "2025-01-01", "K0;  K1.", [(0, 3, ("l0",)), (5, 8, ("l1",))], [(3, 5)])
    b = cp.Doc("b", "r", "tr", "2025-01-01", "T0.\nT1.", [(0, 3, ("l0",)), (4, 7, ("l1",))])
    c = cp.Doc("c", "r", "en", "2025-01-01", "E0.\nE1.", [(0, 3, ("l0",)), (4, 7, ("l1",))])
    return [a, b, c]


def test_a_merged_sentence_in_both_claims_reaches_what_no_partition_can():
    docs = _three_versions()
    result = _line_result(docs)
    part = cs.Scores.total(cs.score(docs, cs.partition_ceiling(docs, result)).claims)
    over = cs.score(docs, cs.overlap_ceiling(docs, result))
    assert part.f < 1.0
    assert (cs.Scores.total(over.claims).f, cs.Scores.total(over.merged).r) == (1.0, 1.0)


def test_link_types_count_the_partners_of_a_sentence_in_two_claims():
    # a:0 in {a:0, b:0, c:0} and in {a:0, b:1, c:1}: its links to b are 1-2 (kk-tr), as in gold
    docs = _three_versions()
    result = _line_result(docs)
    result.claims = [["a:0", "b:0", "c:0"], ["a:0", "b:1", "c:1"]]
    s = cs.score(docs, result)
    t = s.types["kk-tr", "1-2"]
    assert (t.gold, t.gold_found, t.pred, t.pred_right) == (2, 2, 2, 2)
    assert s.claims["tr-en"].fp == 0 and s.merged["kk-en"].r == 1.0
