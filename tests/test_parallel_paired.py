"""The paired block comparison of eval/align_textberg.py and the parallel aligner's signature."""
import argparse

import numpy as np
import pytest
from test_align_parallel import _eval_module

from workbench.align.parallel import AlignParams, align_parallel, mean_windows


def one_to_one(n: int, start: int = 0) -> list:
    return [((i,), (i,)) for i in range(start, start + n)]


def test_blocks_cut_the_gold_into_runs_of_equal_beads_and_count_each_bead_where_it_starts():
    ev = _eval_module()
    gold = one_to_one(10)
    assert ev._block_starts(gold, 5) == [(2, 2), (4, 4), (6, 6), (8, 8)]
    # a test bead crossing a cut counts in the block where it starts; a deletion by its source side
    test = one_to_one(3) + [((3, 4), (3, 4))] + [((5,), ())] + one_to_one(4, 6)
    counts = ev._block_counts(gold, test, 5)
    assert counts.shape == (5, 4)
    # block 1 (sentences 2-3): [2]:[2] hit, [3, 4]:[3, 4] miss; gold [2]:[2] found, [3]:[3] not
    assert counts[1].tolist() == [1, 1, 1, 1]
    # block 2 (4-5): [5]:[] is a precision miss; gold [4]:[4] and [5]:[5] not found
    assert counts[2].tolist() == [0, 1, 0, 2]
    assert ev._f1(counts) == pytest.approx(ev.score([gold], [test]).f1_strict)


def test_paired_blocks_see_a_spread_gain_and_call_one_changed_block_uncertain():
    ev = _eval_module()
    gold = one_to_one(40)
    split_every_4th = [b if i % 4 else ((i,), ()) for i, (b) in enumerate(gold)] + \
        [((), (i,)) for i in range(0, 40, 4)]
    split_every_4th.sort(key=lambda b: (b[0] or b[1])[0])
    same = ev.paired_blocks(gold, gold, gold, blocks=10)
    assert (same.f1_base, same.f1_variant, same.low, same.high, same.gains, same.losses) == (1.0, 1.0, 0, 0, 0, 0)
    worse = ev.paired_blocks(gold, gold, split_every_4th, blocks=10)
    assert worse.losses == 10 and worse.gains == 0 and worse.high < 0  # every block loses: sure
    one_block = one_to_one(36) + [((36, 37), (36, 37)), ((38, 39), (38, 39))]
    local = ev.paired_blocks(gold, one_block, gold, blocks=10)
    assert local.gains == 1 and local.losses == 0
    assert local.low == 0.0 < local.f1_variant - local.f1_base <= local.high  # one block: no sure gain


def test_paired_with_settings_are_typed_like_the_fields():
    ev = _eval_module()
    assert ev._setting("skip_percentile=none") == ("skip_percentile", None)
    assert ev._setting("reach=3") == ("reach", 3) and isinstance(ev._setting("reach=3")[1], int)
    assert ev._setting("skip=0.04") == ("skip", 0.04)
    assert ev._setting("neighbours=max") == ("neighbours", "max")
    with pytest.raises(argparse.ArgumentTypeError, match="KEY=VALUE with KEY one of"):
        ev._setting("skp=0.1")
    with pytest.raises(argparse.ArgumentTypeError, match="not a number"):
        ev._setting("skip=high")


def test_signature_names_every_setting_the_links_depend_on():
    rng = np.random.default_rng(0)
    v = rng.normal(size=(6, 8))
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    constant = align_parallel(mean_windows(v), mean_windows(v), 6, 6)
    assert constant.skip == AlignParams().skip
    sig = constant.signature("enc", "lazy")
    assert "skip:0.05" in sig and "windows:lazy0.2" in sig and "neighbours:mean1" in sig
    adaptive = align_parallel(mean_windows(v), mean_windows(v), 6, 6, AlignParams(skip_percentile=0.01))
    assert adaptive.skip != AlignParams().skip  # the skip this document got is kept with the links
    assert "skip:p0.01/20000" in adaptive.signature("enc", "text")
    assert align_parallel(mean_windows(v), mean_windows(v), 6, 6, AlignParams(scoring="vecalign")).skip is None
