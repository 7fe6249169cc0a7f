import argparse
import sys
import zlib

import numpy as np
import pytest

from workbench.align.margin import ratio_margin
from workbench.align.parallel import (SCORINGS, AlignParams, Alignment, align_parallel, align_sentences, mean_windows,
                                      text_windows)
from workbench.commands import align as align_command
from workbench.store import Store

DIM = 64


def unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def random_unit(n: int, seed: int, dim: int = DIM) -> np.ndarray:
    return unit(np.random.default_rng(seed).normal(size=(n, dim)))


def noisy(v: np.ndarray, seed: int, level: float = 0.2) -> np.ndarray:
    """A 'translation': the same meaning plus noise, so no two costs tie exactly."""
    return unit(v + level * random_unit(len(v), seed, v.shape[1]))


def merge(*rows: np.ndarray) -> np.ndarray:
    """One target sentence that says what several source sentences say."""
    return unit(np.sum(rows, axis=0)[None])[0]


def run(src: np.ndarray, tgt: np.ndarray, **kw) -> list:
    return list(align_parallel(mean_windows(src), mean_windows(tgt), len(src), len(tgt), AlignParams(**kw)).beads)


def one_to_one(ids_src, ids_tgt):
    return [((i,), (j,)) for i, j in zip(ids_src, ids_tgt)]


@pytest.mark.parametrize("scoring", SCORINGS)
def test_pure_one_to_one(scoring):
    src = random_unit(30, 1)
    assert run(src, noisy(src, 2), scoring=scoring) == one_to_one(range(30), range(30))


def test_centering_finds_gaps_despite_a_shared_document_direction():
    """Every sentence of both documents leans the same way (language, topic): a cosine
    dominated by that direction makes a deleted or inserted sentence look like a match."""
    s = random_unit(20, 0)
    tgt = noisy(np.vstack([s[:5], s[6:13], random_unit(1, 7), s[13:]]), 50, 0.5)
    shared = random_unit(1, 99)[0]
    src_v, tgt_v = unit(s + 2 * shared), unit(tgt + 2 * shared)
    gaps = {((5,), ()), ((), (12,))}
    mean = dict(neighbours="mean", reach=1, skip=0.05, skip_percentile=None)  # the margin centering was made for
    assert gaps <= set(run(src_v, tgt_v, **mean))
    assert not gaps <= set(run(src_v, tgt_v, center=0.0, **mean))


def test_neighbour_term_is_the_mean_or_the_strongest_within_reach():
    from workbench.align.parallel import _neighbour_sim

    other = np.eye(8)
    vec = np.array([[0.0, 0.1, 0.9, 0.3, 0.5, 0.0, 0.2, 0.7]])  # window covering other[3:5]
    lo, hi = np.array([3]), np.array([5])
    assert _neighbour_sim(vec, lo, hi, other)[0] == pytest.approx((0.9 + 0.0) / 2)  # other[2], other[5]
    assert _neighbour_sim(vec, lo, hi, other, 3, strongest=True)[0] == pytest.approx(0.9)  # other[0..2], other[5..7]
    assert _neighbour_sim(vec, lo, hi, other, 3)[0] == pytest.approx((0.0 + 0.1 + 0.9 + 0.0 + 0.2 + 0.7) / 6)
    edge = _neighbour_sim(vec, np.array([0]), np.array([8]), other, 3, strongest=True)
    assert edge[0] == 0.0  # no neighbour on either side


def test_neighbour_settings_are_checked():
    with pytest.raises(ValueError, match="neighbours must be one of mean, max"):
        run(random_unit(3, 1), random_unit(3, 2), neighbours="median")
    with pytest.raises(ValueError, match="reach >= 1"):
        run(random_unit(3, 1), random_unit(3, 2), reach=0)


def test_unknown_scoring_names_the_options():
    with pytest.raises(ValueError, match="margin, vecalign"):
        run(random_unit(3, 1), random_unit(3, 2), scoring="cosine")


def test_insertion_and_deletion():
    src = random_unit(20, 3)
    extra = random_unit(1, 4)
    # target drops source sentence 5 and adds a sentence of its own after source 12;
    # both are long, so they dominate any window they are part of (as in a text embedding)
    tgt = noisy(np.vstack([src[:5], src[6:13], extra, src[13:]]), 5)
    src_w, tgt_w = np.ones((20, 1)), np.ones((20, 1))
    src_w[5] = tgt_w[12] = 3.0
    beads = list(align_parallel(mean_windows(src * src_w), mean_windows(tgt * tgt_w), 20, 20).beads)
    assert ((5,), ()) in beads
    assert ((), (12,)) in beads
    assert [b for b in beads if b[0] and b[1]] == one_to_one([*range(5), *range(6, 20)], [*range(12), *range(13, 20)])


@pytest.mark.parametrize("scoring", SCORINGS)
def test_one_to_two_two_to_one_and_two_to_two(scoring):
    s = random_unit(12, 6)
    # target: 0-1, then src 1 split in two (1-2), src 2+3 merged (2-1), src 4,5 -> two target
    # sentences each mixing both (2-2), then 1-1 to the end
    halves = unit(np.vstack([s[1] + 0.5 * random_unit(1, 7)[0], s[1] + 0.5 * random_unit(1, 8)[0]]))
    mix = unit(np.vstack([s[4] + s[5] + 0.8 * random_unit(1, 9)[0], s[4] + s[5] + 0.8 * random_unit(1, 10)[0]]))
    tgt = np.vstack([s[:1], halves, merge(s[2], s[3])[None], mix, s[6:]])
    tgt = noisy(tgt, 11, 0.05)
    beads = run(s, tgt, scoring=scoring)
    assert beads[:4] == [((0,), (0,)), ((1,), (1, 2)), ((2, 3), (3,)), ((4, 5), (4, 5))]
    assert beads[4:] == one_to_one(range(6, 12), range(6, 12))


def test_one_to_four_within_max_size_only():
    s = random_unit(8, 12)
    parts = unit(np.vstack([s[2] + 0.6 * r for r in random_unit(4, 13)]))
    tgt = noisy(np.vstack([s[:2], parts, s[3:]]), 14, 0.05)
    assert ((2,), (2, 3, 4, 5)) in run(s, tgt, max_size=4)
    assert all(len(b[1]) <= 2 for b in run(s, tgt, max_size=2))


@pytest.mark.parametrize("n_src,n_tgt", [(0, 0), (3, 0), (0, 2)])
def test_empty_sides(n_src, n_tgt):
    src = random_unit(n_src, 15) if n_src else np.zeros((0, DIM))
    tgt = random_unit(n_tgt, 16) if n_tgt else np.zeros((0, DIM))
    beads = run(src, tgt)
    assert beads == [((i,), ()) for i in range(n_src)] + [((), (j,)) for j in range(n_tgt)]


def test_every_sentence_covered_once_in_order():
    src = random_unit(50, 17)
    tgt = noisy(np.vstack([src[:20], random_unit(5, 18), src[25:]]), 19, 0.4)
    beads = run(src, tgt)
    assert [i for s, _ in beads for i in s] == list(range(50))
    assert [j for _, t in beads for j in t] == list(range(50))


def _dp_cells(monkeypatch) -> list[int]:
    """Record the work of every DP the aligner runs: band cells times moves tried per cell."""
    from workbench.align import parallel

    work: list[int] = []
    original = parallel._dp

    def counting(cost, types, band, n, m, del_pen):
        work.append(int(np.sum(band.hi - band.lo + 1)) * (len(types) + 2))
        return original(cost, types, band, n, m, del_pen)
    monkeypatch.setattr(parallel, "_dp", counting)
    return work


def test_long_document_is_not_quadratic(monkeypatch):
    """2000 x 2000 with an offset block: work grows with n, not n * m (timings: eval/align_textberg.py)."""
    n = 2000
    src = random_unit(n, 20, 32)
    tgt = noisy(np.vstack([src[:700], random_unit(30, 21, 32), src[700:]]), 22, 0.3)
    work = _dp_cells(monkeypatch)
    beads = run(src, tgt)
    big = sum(work)
    work.clear()
    run(src[:500], tgt[:500])
    small = sum(work)
    assert big < 5 * small  # 4x the sentences: about 4x the work, far from 16x
    assert big < 0.05 * n * (n + 30) * len(AlignParams().bead_types())  # a dense DP would fill every cell
    expected = set(one_to_one(range(n), [*range(700), *range(730, n + 30)]))
    assert len(expected.intersection(beads)) >= 0.98 * n


def test_huge_max_size_costs_only_what_the_documents_allow(monkeypatch):
    """Issue 10 D11: max_size far above the sentence count must not enumerate beads nobody can place."""
    from workbench.align import parallel

    monkeypatch.setattr(parallel, "MAX_SIZE_LIMIT", 10 ** 9, raising=False)
    original = parallel._dp

    def bounded(cost, types, band, n, m, del_pen):
        assert len(types) <= 5 * 5, f"{len(types)} bead types for {n} x {m} sentences"
        return original(cost, types, band, n, m, del_pen)
    monkeypatch.setattr(parallel, "_dp", bounded)
    src = random_unit(5, 30)
    assert run(src, noisy(src, 31), max_size=2000) == run(src, noisy(src, 31), max_size=5)
    assert AlignParams(max_size=2000).bead_types(2, 3) == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3)]


def test_max_size_out_of_range_is_refused():
    src = random_unit(5, 30)
    with pytest.raises(ValueError, match="max_size must be within 1..10"):
        run(src, src, max_size=11)


def test_alignment_format_matches_gold_files():
    beads = (((0,), (0,)), ((1, 2), (1,)), ((), (2,)), ((3,), ()))
    a = Alignment(beads=beads, costs=(0, 0, 0, 0), params=AlignParams())
    assert a.format() == "[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n"


def test_text_windows_cache_in_store():
    class CountingEncoder:
        name, dim = "counting", 4

        def __init__(self):
            self.calls = 0

        def encode(self, texts):
            self.calls += len(texts)
            return unit(np.array([[len(t), t.count(" ") + 1, 1, 0] for t in texts], dtype=np.float32))

    enc, store = CountingEncoder(), Store(":memory:")
    fn = text_windows(enc, [" a b ", "c"], store)
    fn([(0, 1), (0, 2)])
    assert enc.calls == 2
    fn([(0, 2), (1, 2)])
    assert enc.calls == 3  # "a b c" came from the store; "c" is new


def test_margin_is_importable_from_align_package():
    assert ratio_margin(np.eye(3)).shape == (3, 3)


def test_cli_prints_links(tmp_path, capsys):
    (tmp_path / "a.de").write_text(
        "Der Hund schläft.\nDie Katze spielt im Garten. Sie ist glücklich.\nEs regnet heute.\n", encoding="utf-8")
    (tmp_path / "a.fr").write_text(
        "Le chien dort.\nLe chat joue dans le jardin.\nIl est heureux.\nIl pleut aujourd'hui.\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    align_command.add_parser(parser.add_subparsers())
    # the real encoder on 7 sentences; mean windows and given languages keep it quick
    args = parser.parse_args(["align", str(tmp_path / "a.de"), str(tmp_path / "a.fr"), "--windows", "mean",
                              "--src-lang", "de", "--tgt-lang", "fr", "--cache", str(tmp_path / "c.sqlite")])
    assert args.func(args) == 0
    assert capsys.readouterr().out == "[0]:[0]\n[1]:[1, 2]\n[2]:[3]\n"


def test_cli_default_cache_honours_env(monkeypatch):
    monkeypatch.setenv("WORKBENCH_CACHE", "/somewhere/x.sqlite")
    assert align_command.default_cache_path() == "/somewhere/x.sqlite"


class BagOfWordsEncoder:
    """A stand-in text encoder: each word has a fixed random vector; a text is their normalized sum."""

    name, dim = "bag-of-words", DIM

    def __init__(self):
        self.embedded: list[str] = []

    def encode(self, texts):
        self.embedded.extend(texts)
        rows = []
        for t in texts:
            seeds = [zlib.crc32(w.encode()) for w in t.split()] or [0]
            rows.append(np.sum([np.random.default_rng(s).normal(size=DIM) for s in seeds], axis=0))
        return unit(np.array(rows))


@pytest.mark.parametrize("mode", ["text", "lazy", "mean"])
def test_align_sentences_modes_agree_and_lazy_embeds_less(mode):
    src = [f"w{i}a w{i}b w{i}c w{i}d" for i in range(12)]
    # a 'translation' shares most words with its source; one 2-1 merge
    tgt = [f"w{i}a w{i}b w{i}c t{i}" for i in range(4)] + ["w4a w4b w4c w5a w5b w5c"] \
        + [f"w{i}a w{i}b t{i} w{i}d" for i in range(6, 12)]
    enc = BagOfWordsEncoder()
    a = align_sentences(enc, src, tgt, Store(":memory:"), AlignParams(), mode)
    assert ((4, 5), (4,)) in a.beads
    assert len([b for b in a.beads if b == ((b[0][0],), (b[1][0],)) if b[0] and b[1]]) == 10
    multi = len(set(t for t in enc.embedded if t not in src and t not in tgt))
    # text: every window of 2..4 sentences (30 + 27 here); lazy: only those near the merge
    assert {"text": multi == 57, "lazy": 0 < multi <= 20, "mean": multi == 0}[mode]


def test_align_sentences_rejects_unknown_mode():
    with pytest.raises(ValueError, match="text, lazy, mean"):
        align_sentences(BagOfWordsEncoder(), ["a"], ["b"], None, AlignParams(), "fast")


def test_cli_errors_name_the_problem(tmp_path):
    from workbench.errors import ConfigError, InputError

    parser = argparse.ArgumentParser()
    align_command.add_parser(parser.add_subparsers())
    (tmp_path / "a.txt").write_text("x\n", encoding="utf-8")
    args = parser.parse_args(["align", str(tmp_path / "missing.txt"), str(tmp_path / "a.txt"), "--no-cache"])
    with pytest.raises(InputError, match="missing.txt"):
        args.func(args)
    args = parser.parse_args(["align", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), "--max-size", "0"])
    with pytest.raises(ConfigError, match="--max-size"):
        args.func(args)


def _eval_module():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "eval" / "align_textberg.py"
    spec = importlib.util.spec_from_file_location("align_textberg", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("align_textberg", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_eval_scores_follow_vecalign_definition():
    score = _eval_module().score
    gold = [((0,), (0,)), ((1, 2), (1,)), ((), (2,)), ((3,), (3,))]
    test = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((), (2,)), ((3,), (3,))]
    s = score([gold], [test])
    # precision over test beads incl. insertions/deletions: strict hits [0]:[0], []:[2], [3]:[3];
    # [1]:[1] is a lax hit, [2]:[] a miss for both
    assert s.precision_strict == pytest.approx(3 / 5)
    assert s.precision_lax == pytest.approx(4 / 5)
    # recall over gold links without insertions/deletions: [0]:[0], [3]:[3] strict; [1, 2]:[1] lax
    assert s.recall_strict == pytest.approx(2 / 3)
    assert s.recall_lax == pytest.approx(1.0)
    assert s.f1_strict == pytest.approx(2 * 0.6 * (2 / 3) / (0.6 + 2 / 3))


def test_eval_counts_beads_per_type():
    by_type = _eval_module().by_type
    gold = [((0,), (0,)), ((1, 2), (1,)), ((), (2,)), ((3,), (3,))]
    test = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((), (2,)), ((3,), (3,))]
    assert by_type(gold, test) == {"1-1": (2, 3, 2), "0-1": (1, 1, 1), "1-0": (0, 1, 0), "2-1": (1, 0, 0)}


# ---------------------------------------------------------------- copied tokens, adaptive skip

def test_copied_tokens_count_numbers_and_names_found_in_both_documents():
    from workbench.align.copies import CopiedTokens

    src = ["Der Lhotse ist 8501 m hoch .", "Die Besteigung gelang im Mai .", "Lhotse und Everest , 8848 m ."]
    tgt = ["Le Lhotsé mesure 8501 m .", "Rien de nouveau .", "L' Everest , 8848 m ."]
    c = CopiedTokens(src, tgt)
    # "m" is too short, "Besteigung" has no partner, "Lhotse"/"Lhotsé" fold to one token
    assert set(c.weight) == {"lhotse", "8501", "everest", "8848"}  # numbers count even when unshared
    assert c.weight["lhotse"] == 1.0 / 2  # in two source sentences
    one = np.array([0, 1, 2])
    assert c.overlap(1, 1, one, one).tolist() == [1.0, 0.0, pytest.approx(2 * 2 / (2.5 + 2))]
    assert c.overlap(1, 1, np.array([0]), np.array([2])).tolist() == [0.0]


class NumberBlindEncoder(BagOfWordsEncoder):
    """Bag of words that cannot see digits, as a small encoder hardly tells 8501 from 8848."""

    def encode(self, texts):
        return super().encode([" ".join(w for w in t.split() if not w.isdigit()) for t in texts])


def twins(kept: int, copy_weight: float) -> tuple:
    """Two source sentences differing only in a number; the target translates one of them."""
    heights = ["8501", "8848"]
    src = [f"s{i}a s{i}b s{i}c" for i in range(5)] + [f"peak is {h} metres high" for h in heights] \
        + [f"s{i}a s{i}b s{i}c" for i in range(5, 10)]
    tgt = [f"s{i}a s{i}b t{i}" for i in range(5)] + [f"peak is {heights[kept]} metres tall"] \
        + [f"s{i}a s{i}b t{i}" for i in range(5, 10)]
    # Bertalign's mean margin (the default): the strongest-neighbour option gives twins no credit over each other
    params = AlignParams(copy_weight=copy_weight, skip_percentile=None, neighbours="mean", reach=1, skip=0.05, center=0.75)
    return align_sentences(NumberBlindEncoder(), src, tgt, None, params, "text").beads


@pytest.mark.parametrize("kept", [0, 1])
def test_copied_numbers_decide_which_of_two_twins_was_dropped(kept):
    links = twins(kept, copy_weight=0.5)
    assert ((5 + kept,), (5,)) in links
    assert ((6 - kept,), ()) in links


def test_without_copied_tokens_the_twins_are_a_guess():
    """The test above is won by the numbers: without them the aligner cannot place the target twin."""
    assert not all(((5 + kept,), (5,)) in twins(kept, copy_weight=0.0) for kept in (0, 1))


def compressed(v: np.ndarray, k: float) -> np.ndarray:
    """A swapped encoder: every cosine c becomes k * c + (1 - k) (a shared direction added)."""
    shared = np.zeros((len(v), 1)) + np.sqrt(1 - k)
    return np.hstack([np.sqrt(k) * v, shared])


def test_skip_percentile_holds_for_a_swapped_encoder_with_bunched_cosines():
    src = random_unit(40, 40)
    # target sentences 10 and 11 replace source 10 and 11 by something else: two deletions, two insertions
    tgt = noisy(np.vstack([src[:10], random_unit(2, 41), src[12:]]), 42, 0.6)
    gaps = {((10,), ()), ((11,), ()), ((), (10,)), ((), (11,))}

    def beads(k: float, **kw):
        return set(run(compressed(src, k), compressed(tgt, k), max_size=1, center=0.0, **kw))
    adaptive = [beads(k, skip_percentile=0.95) for k in (1.0, 0.3, 0.1)]
    assert gaps <= adaptive[0] and adaptive[0] == adaptive[1] == adaptive[2]
    fixed = [beads(k, skip=-0.15, skip_percentile=None) for k in (1.0, 0.1)]
    assert gaps <= fixed[0] and fixed[0] != fixed[1]  # one constant cannot fit both encoders
    assert not gaps <= beads(1.0, skip_percentile=None)  # the former default constant links them
    with pytest.raises(ValueError, match="skip_percentile must be within"):
        beads(1.0, skip_percentile=1.5)
