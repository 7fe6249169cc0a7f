"""The FLORES-short comparable pools (before issue 12): `align_comparable.py --mode short`.

Kept unchanged so that the figures measured with it stay reproducible.

FLORES-200 devtest is parallel line by line, and consecutive lines sharing a URL in
metadata_devtest.tsv form one article. From each article with >= 3 sentences we
build comparable "reports" per language: every side independently drops a random
30% of its sentences, merges some adjacent survivors into one line (a 1-2 merge for
the aligner), and shuffles paragraph blocks of 2-3 lines. Sentences are joined with
newlines (the segmenter splits there), merged ones with a space, blocks with a blank
line; gold is kept as FLORES line indices per character span, so whatever the
segmenter does, each predicted sentence maps back to the lines it overlaps.

Four configurations, each its own pool of documents: kk-en, tr-en, bg-en (an
article gives two reports) and kk-tr-bg (three). About 8 articles share a date (a
news day) and a fifth of the reports appear a day later than the others. Articles
are split into a dev half (used to calibrate thresholds) and a test half; both are
printed.

Scores:
  events: pairwise over documents of a pool (same article in gold vs same event).
  claims: over pairs of sentences of different documents, predicted when they are
          in one claim group; gold when they cover overlapping parts of one FLORES
          line (see gold_claim_pairs; a merged sentence pairs with each line it
          holds). Also printed: the same claims against line-level gold (any shared
          line, which no one-member-per-document claim can fully reach when the
          segmenter splits a two-sentence line on both sides), and an oracle: the
          gold pairs joined under the aligner's constraints, a ceiling.
Baseline: events = all documents of one date; claims = mutual-best-cosine sentence
pairs between every two documents of an event, joined transitively.

    python eval/align_comparable.py /work/shared/data --mode short [--seed 13] [--limit N]
    python eval/align_comparable.py /work/shared/data --mode short --runner direct --calibrate
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.align import claims as claims_mod  # noqa: E402
from workbench.align import events as events_mod  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _comparable_score import PRF, Result, _pairs, baseline  # noqa: E402,F401  (the same definitions as before)

LANGS = {"kk": "kaz_Cyrl", "tr": "tur_Latn", "bg": "bul_Cyrl", "en": "eng_Latn", "ru": "rus_Cyrl", "sr": "srp_Cyrl"}
CONFIGS = (("kk", "en"), ("tr", "en"), ("bg", "en"), ("ru", "en"), ("sr", "en"), ("kk", "tr", "bg"), ("kk", "ru", "sr"))
DROP = 0.3
MERGE = 0.15  # chance that a surviving sentence is merged with the next survivor
ARTICLES_PER_DATE = 8
LATE = 0.2  # chance that a report is dated one day after its article's date


# --- building the comparable pools ---------------------------------------------------

@dataclass
class Doc:
    id: str
    article: int
    lang: str
    date: str
    text: str
    spans: list[tuple[int, int, tuple[int, ...]]]  # (start, end, (FLORES line index,)) of each line in text


def load_articles(data_dir: Path) -> tuple[dict[str, list[str]], list[list[int]]]:
    flores = data_dir / "flores200-devtest"
    lines = {lang: (flores / f"{code}.devtest").read_text(encoding="utf-8").splitlines()
             for lang, code in LANGS.items()}
    with open(flores / "metadata_devtest.tsv", encoding="utf-8") as f:
        urls = [row["URL"] for row in csv.DictReader(f, delimiter="\t")]
    by_url: dict[str, list[int]] = {}
    for i, url in enumerate(urls):
        by_url.setdefault(url, []).append(i)
    articles = [idx for idx in by_url.values() if len(idx) >= 3]
    return lines, articles


def make_report(line_ids: list[int], lines: list[str], rng: random.Random) -> tuple[str, list]:
    keep = sorted(rng.sample(line_ids, len(line_ids) - round(DROP * len(line_ids))))
    units: list[tuple[int, ...]] = []
    i = 0
    while i < len(keep):
        if i + 1 < len(keep) and rng.random() < MERGE:
            units.append((keep[i], keep[i + 1]))
            i += 2
        else:
            units.append((keep[i],))
            i += 1
    blocks, i = [], 0
    while i < len(units):
        size = rng.choice((2, 3))
        blocks.append(units[i:i + size])
        i += size
    rng.shuffle(blocks)
    text, spans = "", []
    for b, block in enumerate(blocks):
        if b:
            text += "\n\n"
        for u, unit in enumerate(block):
            if u:
                text += "\n"
            # Gold is kept per FLORES line, also inside a merged unit: the segmenter
            # usually splits the merge again, and each half then belongs to its own line
            # only (a span per unit made both halves gold partners of both lines).
            for n, k in enumerate(unit):
                if n:
                    text += " "
                start = len(text)
                text += lines[k].strip()
                spans.append((start, len(text), (k,)))
    return text, spans


def build_pool(config: tuple[str, ...], articles: list[int], all_articles: list[list[int]],
               lines: dict[str, list[str]], rng: random.Random, tag: str) -> list[Doc]:
    order = list(articles)
    rng.shuffle(order)
    base = dt.date(2025, 1, 1)
    docs = []
    for n, a in enumerate(order):
        day = base + dt.timedelta(days=n // ARTICLES_PER_DATE)
        for lang in config:
            text, spans = make_report(all_articles[a], lines[lang], rng)
            date = day + dt.timedelta(days=1) if rng.random() < LATE else day
            docs.append(Doc(f"{tag}-a{a:03d}-{lang}", a, lang, date.isoformat(), text, spans))
    return docs


# --- running the aligner -------------------------------------------------------------

def write_jsonl(docs: list[Doc], path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d.id, "text": d.text, "lang": d.lang, "date": d.date}, ensure_ascii=False) + "\n")


def run_cli(jsonl: str, out_dir: str) -> Result:
    cmd = [sys.executable, "-m", "workbench.cli", "run", jsonl, "--out", out_dir, "--skip", "translate", "--quiet"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    report_path = os.path.join(out_dir, "report.json")
    if not os.path.exists(report_path):
        sys.exit(f"workbench run failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    sentences = {d["id"]: [(s["id"], s["start"], s["end"]) for s in d["sentences"]] for d in report["documents"]}
    texts = {s["id"]: s["text"] for d in report["documents"] for s in d["sentences"]}
    events = [list(e["documents"]) for e in report["events"]]
    claims = [[s for m in c["members"] for s in m["sentences"]] for c in report["claims"]]
    return Result(sentences, events, claims, texts)


class Direct:
    """The library path without the CLI: parse, segment, embed (cached), group, align."""

    def __init__(self, cache: str | None, merged_text: bool = True):
        from workbench.embed import load_encoder
        from workbench.store import Store

        self.encoder = load_encoder()
        self.store = Store(cache or ":memory:")
        self.prepared: dict[str, tuple] = {}
        self.merged_text = merged_text
        self.texts_embedded = 0  # merged-unit texts the aligner asked for (as the pipeline does)

    def encode(self, texts: list[str]) -> np.ndarray:
        from workbench.embed import encode_cached

        self.texts_embedded += len(texts)
        return encode_cached(self.encoder, texts, self.store)

    def prepare(self, jsonl: str):
        from workbench.corpus import parse_jsonl
        from workbench.document import Sentence
        from workbench.embed import encode_cached
        from workbench.segment import segment

        if jsonl in self.prepared:
            return self.prepared[jsonl]
        docs, errors = parse_jsonl(Path(jsonl).read_bytes(), jsonl)
        if errors:
            sys.exit(f"{errors[0]}")
        for d in docs:
            spans = segment(d.text, d.lang, *d.body)
            d.sentences = [Sentence(f"{d.id}:{i}", d.id, i, s, e, d.text[s:e]) for i, (s, e) in enumerate(spans)]
        sents = [s for d in docs for s in d.sentences]
        vecs = encode_cached(self.encoder, [s.text for s in sents], self.store)
        emb = {s.id: v for s, v in zip(sents, vecs)}
        self.prepared[jsonl] = (docs, emb)
        return docs, emb

    def run(self, jsonl: str) -> Result:
        docs, emb = self.prepare(jsonl)
        events = events_mod.group_events(docs, emb)
        claims = claims_mod.align_claims(docs, events, emb, encode=self.encode if self.merged_text else None)
        return Result({d.id: [(s.id, s.start, s.end) for s in d.sentences] for d in docs},
                      [list(e.documents) for e in events],
                      [[s for m in c.members for s in m.sentences] for c in claims],
                      {s.id: s.text for d in docs for s in d.sentences})


# --- scoring -------------------------------------------------------------------------

def gold_positions(docs: list[Doc], result: Result) -> dict[str, dict[int, tuple[float, float]]]:
    """For each predicted sentence: FLORES line -> the share of that line it covers
    (start and end as fractions of the line's length)."""
    out = {}
    for d in docs:
        for sid, s, e in result.sentences[d.id]:
            out[sid] = {unit[0]: ((max(a, s) - a) / (b - a), (min(b, e) - a) / (b - a))
                        for (a, b, unit) in d.spans if a < e and s < b}
    return out


GOLD_SHARE = 0.5  # two sentences on one line are partners when their shares of it overlap this much (of the shorter)


def gold_claim_pairs(docs: list[Doc], result: Result) -> tuple[set, set]:
    """(line-level gold, fine gold) sentence pairs of different documents of one article.

    Line level: the two sentences overlap one FLORES line. About 12% of FLORES lines
    hold two sentences, which the segmenter splits on both sides; then the first half
    on one side is a line-level partner of the *second* half on the other, which no
    aligner should link (and which a claim of one member per document cannot hold
    together with the right pairs). Fine gold keeps a pair only when the two
    sentences cover overlapping parts of the line (lengths are roughly proportional
    across translations); a sentence covering the whole line still pairs with each
    half, which a 1-2 claim represents.
    """
    pos = gold_positions(docs, result)
    doc_of = {sid: d for d, ss in result.sentences.items() for sid, _, _ in ss}
    by_article = defaultdict(list)
    for d in docs:
        by_article[d.article].append(d.id)
    coarse, fine = set(), set()
    for a_docs in by_article.values():
        sids = [sid for d in a_docs for sid, _, _ in result.sentences[d]]
        for i, x in enumerate(sids):
            for y in sids[i + 1:]:
                shared = pos[x].keys() & pos[y].keys()
                if doc_of[x] == doc_of[y] or not shared:
                    continue
                pair = tuple(sorted((x, y)))
                coarse.add(pair)
                for k in shared:
                    (a0, a1), (b0, b1) = pos[x][k], pos[y][k]
                    if min(a1, b1) - max(a0, b0) >= GOLD_SHARE * min(a1 - a0, b1 - b0):
                        fine.add(pair)
                        break
    return coarse, fine


def score(docs: list[Doc], result: Result) -> tuple[PRF, PRF, PRF]:
    """Events, claims against fine gold, claims against line-level gold."""
    gold_events = defaultdict(list)
    for d in docs:
        gold_events[d.article].append(d.id)
    ev = PRF()
    ev.add(_pairs(list(gold_events.values())), _pairs(result.events))
    doc_of = {sid: d for d, ss in result.sentences.items() for sid, _, _ in ss}
    coarse, fine = gold_claim_pairs(docs, result)
    pred = _pairs(result.claims, key=doc_of.get)
    cl, cl_line = PRF(), PRF()
    cl.add(fine, pred)
    cl_line.add(coarse, pred)
    return ev, cl, cl_line


def oracle(docs: list[Doc], result: Result) -> Result:
    """Claims built from the fine gold itself under the aligner's constraints (every
    member one sentence or two adjacent ones, one member per document): gold pairs
    are joined greedily while the constraints hold. Its score is an (approximate)
    ceiling for any aligner of this kind on this gold."""
    _, fine = gold_claim_pairs(docs, result)
    where = {sid: (d, n) for d, ss in result.sentences.items() for n, (sid, _, _) in enumerate(ss)}
    group = {sid: {where[sid][0]: {where[sid][1]}} for sid in where}  # sentence -> its group's doc -> positions
    for x, y in sorted(fine):
        gx, gy = group[x], group[y]
        if gx is gy:
            continue
        merged = {d: gx.get(d, set()) | gy.get(d, set()) for d in gx.keys() | gy.keys()}
        if all(len(p) == 1 or (len(p) == 2 and max(p) - min(p) == 1) for p in merged.values()):
            for d, ps in merged.items():
                for n in ps:
                    group[result.sentences[d][n][0]] = merged
    seen, claims = set(), []
    for g in group.values():
        if id(g) not in seen:
            seen.add(id(g))
            claims.append([result.sentences[d][n][0] for d, ps in g.items() for n in ps])
    return Result(result.sentences, result.events, claims, result.texts)


def embeddings_for(result: Result, cache: str | None) -> dict[str, np.ndarray]:
    from workbench.embed import encode_cached, load_encoder
    from workbench.store import Store

    ids = list(result.texts)
    vecs = encode_cached(load_encoder(), [result.texts[i] for i in ids], Store(cache or ":memory:"))
    return dict(zip(ids, vecs))


def fmt(prf: PRF) -> str:
    return f"{prf.p:6.3f} {prf.r:6.3f} {prf.f:6.3f}"


def calibrate(pools: dict, runner: Direct) -> None:
    """Sweep the claim link threshold and the event threshold on the dev pools."""
    dev = [(name, docs, path) for name, (docs, path) in pools.items() if name.endswith("dev")]
    print("\ncalibration on dev (pooled over configurations)")
    names = ("LINK_THRESHOLD", "PAIR_PENALTY", "MERGED_TEXT_PENALTY", "MERGE_MARGIN", "LATE_PENALTY",
             "NUMBER_BONUS", "NAME_BONUS")
    saved = events_mod.EVENT_THRESHOLD, {n: getattr(claims_mod, n) for n in names}
    print("event threshold  P      R      F1")
    for t in (0.9, 1.0, 1.1):
        events_mod.EVENT_THRESHOLD = t
        tot = PRF()
        for _, docs, path in dev:
            ev = score(docs, runner.run(path))[0]
            tot.tp, tot.fp, tot.fn = tot.tp + ev.tp, tot.fp + ev.fp, tot.fn + ev.fn
        print(f"  {t:5.2f}        {fmt(tot)}")
    events_mod.EVENT_THRESHOLD = saved[0]
    # One setting at a time around the calibrated ones (the sweeps in claims.py's
    # comments went wider); merged-unit texts embedded are counted per setting.
    grid = {"LINK_THRESHOLD": (0.95, 1.0, 1.05), "MERGED_TEXT_PENALTY": (0.0, 0.05, 0.1),
            "MERGE_MARGIN": (0.05, 0.1, 0.2), "LATE_PENALTY": (0.2, 0.3, 0.4),
            "NUMBER_BONUS": (0.0, 0.03, 0.1), "NAME_BONUS": (0.0, 0.03, 0.1)}
    print("claim setting          value   P      R      F1     merged texts")
    for name, values in grid.items():
        for v in values:
            setattr(claims_mod, name, v)
            tot, before = PRF(), runner.texts_embedded
            for _, docs, path in dev:
                cl = score(docs, runner.run(path))[1]
                tot.tp, tot.fp, tot.fn = tot.tp + cl.tp, tot.fp + cl.fp, tot.fn + cl.fn
            print(f"  {name:<20} {v:5.2f}  {fmt(tot)}  {runner.texts_embedded - before}")
        setattr(claims_mod, name, saved[1][name])


def add_arguments(ap: argparse.ArgumentParser) -> None:
    """The short mode's own options (the shared ones are declared by align_comparable.py)."""
    ap.add_argument("--limit", type=int, help="short mode: use at most N articles (for a quick run)")
    ap.add_argument("--calibrate", action="store_true", help="short mode: sweep thresholds on the dev half (direct runner)")
    ap.add_argument("--mean-pairs", action="store_true",
                    help="short mode, direct runner: merged units keep the mean vector (no merged-text embedding)")
    ap.add_argument("--work", help="short mode: folder for pools and reports (default: --out, else a temporary folder)")


def main(args: argparse.Namespace) -> None:
    """The short mode as it was (``--runner`` 'cli' or 'direct')."""

    from workbench.commands.common import default_cache_path

    cache = args.cache or default_cache_path()
    os.makedirs(os.path.dirname(os.path.abspath(cache)), exist_ok=True)
    lines, articles = load_articles(args.data_dir)
    rng = random.Random(args.seed)
    order = list(range(len(articles)))
    rng.shuffle(order)
    if args.limit:
        order = order[:args.limit]
    half = len(order) // 2
    splits = {"dev": sorted(order[:half]), "test": sorted(order[half:])}
    work = args.work or args.out or tempfile.mkdtemp(prefix="align_comparable-")
    os.makedirs(work, exist_ok=True)
    pools = {}
    for config in CONFIGS:
        for split, arts in splits.items():
            name = f"{'-'.join(config)}.{split}"
            docs = build_pool(config, arts, articles, lines, random.Random(f"{args.seed}-{name}"), name)
            path = os.path.join(work, f"{name}.jsonl")
            write_jsonl(docs, path)
            pools[name] = (docs, path)
    print(f"{len(articles)} FLORES articles with >= 3 sentences; dev {len(splits['dev'])}, test {len(splits['test'])}; "
          f"seed {args.seed}; runner {args.runner}; pools in {work}")

    direct = Direct(cache, merged_text=not args.mean_pairs) if args.runner == "direct" or args.calibrate else None
    if args.calibrate:
        calibrate(pools, direct)
        return

    rows, n_sentences = [], 0
    for name, (docs, path) in pools.items():
        result = direct.run(path) if direct else run_cli(path, os.path.join(work, name))
        n_sentences += len(result.texts)
        emb = embeddings_for(result, cache)
        ours, base, best = score(docs, result), score(docs, baseline(docs, result, emb)), score(docs, oracle(docs, result))
        rows.append((name, len(docs), (ours[0], base[0], ours[1], base[1], best[1], ours[2])))

    print()
    print("claims: fine gold (see gold_claim_pairs); 'oracle' = gold claims under the aligner's constraints;")
    print("'line gold' = ours against line-level gold (any shared FLORES line)")
    print()
    print("                       |        events (ours)  |    events (baseline)  |        claims (ours)  |"
          "    claims (baseline)  |     claims (oracle)   |   ours vs line gold")
    print("pool           docs    |" + "     P      R     F1  |" * 6)
    for split in ("dev", "test"):
        total = [PRF() for _ in range(6)]
        for name, n, prfs in rows:
            if not name.endswith(split):
                continue
            for t, x in zip(total, prfs):
                t.tp, t.fp, t.fn = t.tp + x.tp, t.fp + x.fp, t.fn + x.fn
            print(f"{name:<14} {n:4d}    |" + "|".join(f" {fmt(x)}  " for x in prfs) + "|")
        print(f"{'all.' + split:<14}         |" + "|".join(f" {fmt(x)}  " for x in total) + "|")
    if direct:
        print(f"\nmerged-unit texts embedded: {direct.texts_embedded} for {n_sentences} sentences in all pools")

