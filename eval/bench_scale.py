"""Scale benchmark: pools of 500 to 8,000 reports through the whole pipeline, one process each.

Pools are the comparable reports of eval/align_comparable.py (FLORES-200 devtest topics
in kk, tr, bg, ru, sr, en and real WMT tr-en news, dev and test halves), copied as
independent draws (other dropped lines, merges and block orders) with each copy dated
``--shift-days`` later (default the eval's 400 days: a desk's archive grows in time;
a smaller shift packs copies into one date window: a busier desk), then cut to the size.
Gold events are the source articles, so the held-out event and claim scores of the
eval run at every size.

Each size runs in its own child process: wall time per stage, peak RSS of the child
(``resource.getrusage``), time ratio per doubling of the stages after the encoder, and
the pipeline's throughput against the raw encoder's on the same sentences.

The encoder is the slow part on a small machine, so the embedding cache is warmed first
(``--warm``, cold: every distinct sentence of the largest pool encoded once, timed: the
raw encoder throughput) and the sizes are then measured warm. Translation is skipped
(``--skip translate``, no MT model here). ``--dense REV`` also runs the dense event grouping
of git revision REV at sizes up to ``--dense-max`` and compares events and scores.

    python eval/bench_scale.py ../shared/data --out /tmp/scale --cache /tmp/scale/cache.sqlite --warm
    python eval/bench_scale.py ../shared/data --sizes 500 --dense f5d564e~1 --out /tmp/scale --cache ...
    # the k-NN libraries, faiss vs usearch (needs pip install usearch)
    python eval/bench_scale.py x --ann 10000,40000 --out /tmp/scale --cache /tmp/scale/none.sqlite
    # event F1 and groupings, sparse vs dense, on align_comparable's pools
    python eval/bench_scale.py ../shared/data --compare-dense --dense f5d564e~1 --out /tmp/scale --cache ...
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import align_comparable as ac  # noqa: E402
import _comparable_score as cs  # noqa: E402

SIZES = (500, 1000, 2000, 4000, 8000)
AFTER_ENCODER = ("events", "claims", "flags")  # the stages the doubling target is about
SYN_SENTENCES, SYN_LANGS = 20, 6  # --synthetic: sentences a document, documents (languages) an event
STAGES = ("read", "facts", "embed", "events", "claims", "flags")  # "read" is ingest, which segments (pipeline.STAGES has no segment stage)


def build(data_dir: str, size: int, seed: int, shift_days: int, fresh: bool = False,
          copy_size: int = 0) -> list:
    """``size`` documents: whole copies of all pools (dev and test, FLORES and WMT), the last cut.

    Copies repeat the first draw's texts, ids tagged ``-cN``, dated ``shift_days`` later each
    (a desk's archive: the same mix of stories again), so the embedding cache serves every
    copy after the first and the sizes measure the stages, not the encoder; ``copy_size``
    > 0 copies only the first draw's earliest ``copy_size`` documents (fewer texts to encode
    cold, merged claim units included). ``fresh`` makes each copy an independent draw
    (other dropped lines and merges: new texts to encode)."""
    sources = ac.load_sources(Path(data_dir), list(ac.LANGS), list(ac.SOURCES), seed, None)
    old_days = ac.SCALE_DAYS
    ac.SCALE_DAYS = shift_days
    try:
        first = [d for split, by in sources.items() for source, reports in by.items()
                 for d in ac.make_pool(reports, list(ac.LANGS), seed, f"{source}.{split}")]
        first.sort(key=lambda d: (d.date, d.id))
        if copy_size and not fresh:
            first = first[:copy_size]
        copies = -(-size // len(first))
        if fresh:
            docs = [d for split, by in sources.items() for source, reports in by.items()
                    for d in ac.make_pool(reports, list(ac.LANGS), seed, f"{source}.{split}", copies=copies)]
        else:
            docs = list(first)
            for c in range(1, copies):
                later = dt.timedelta(days=shift_days * c)
                docs += [replace(d, id=f"{d.id}-c{c}", article=f"{d.article}-c{c}",
                                 date=(dt.date.fromisoformat(d.date) + later).isoformat()) for d in first]
    finally:
        ac.SCALE_DAYS = old_days
    docs.sort(key=lambda d: (d.date, d.id))  # whole early copies first, the cut falls in the last one
    return docs[:size]


def _peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB on Linux


def child(args) -> None:
    """One size in this process; prints one JSON line."""
    if args.synthetic:
        synthetic(args)
        return
    from workbench.embed import load_encoder

    docs = build(args.data_dir, args.size, args.seed, args.shift_days, args.fresh_copies, args.copy_size)
    path = os.path.join(args.out, f"pool-{args.size}.jsonl")
    ac.pool_jsonl(docs, path)
    encoder = load_encoder()
    if args.warm:
        print(json.dumps(warm(path, args.cache, encoder, args.raw_sample)), flush=True)
        return
    if args.dense:
        import workbench.align.events as events

        events.group_events = _dense_module(args.dense).group_events
    result, seconds, cpu, rss = run_timed(path, args.cache, encoder,
                                          os.path.join(args.out, f"stages-{args.size}{'-dense' if args.dense else ''}.jsonl"))
    score = cs.score(docs, result)
    ev, cl = cs.Scores.total(score.events), cs.Scores.total(score.claims)
    print(json.dumps({"size": args.size, "dense": args.dense or None,
                      "sentences": sum(len(v) for v in result.sentences.values()),
                      "events": len(result.events), "seconds": seconds, "cpu_seconds": cpu,
                      "rss_gb_after": rss, "peak_rss_gb": _peak_rss_gb(),
                      "events_prf": [ev.p, ev.r, ev.f], "claims_prf": [cl.p, cl.r, cl.f],
                      "grouping": sorted(sorted(e) for e in result.events)}), flush=True)


class Clock:
    """A pipeline progress callback noting, as each stage starts, wall and CPU time (all
    threads of the process) and the peak RSS so far; each mark is also appended to ``log``
    as it happens, so a run stopped before its end still tells how far it got and at what cost."""

    def __init__(self, log: str | None = None):
        self.marks: list[tuple[str, float, float, float]] = []
        self.log = log

    def __call__(self, stage: str, total: int):
        self.mark(stage)
        return lambda n: None

    def mark(self, stage: str) -> None:
        self.marks.append((stage, time.perf_counter(), time.process_time(), _peak_rss_gb()))
        if self.log:
            _, w0, c0, _ = self.marks[0]
            with open(self.log, "a" if len(self.marks) > 1 else "w", encoding="utf-8") as f:
                f.write(json.dumps({"start": stage, "wall": self.marks[-1][1] - w0, "cpu": self.marks[-1][2] - c0,
                                    "peak_rss_gb": self.marks[-1][3]}) + "\n")

    def per_stage(self) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        """(wall seconds, CPU seconds, peak RSS GB at the stage's end) by stage, and the totals."""
        wall, cpu, rss = {}, {}, {}
        for (s, w0, c0, _), (_, w1, c1, r1) in zip(self.marks, self.marks[1:]):
            wall[s], cpu[s], rss[s] = w1 - w0, c1 - c0, r1
        wall["wall"], cpu["wall"] = self.marks[-1][1] - self.marks[0][1], self.marks[-1][2] - self.marks[0][2]
        return wall, cpu, rss


def run_timed(path: str, cache: str, encoder, log: str | None = None):
    """The pipeline of ``workbench run --skip translate`` in this process (no report files):
    (result, wall seconds, CPU seconds, peak RSS by stage); stage marks also go to ``log``."""
    from workbench.inputs import read_documents
    from workbench.pipeline import run_pipeline
    from workbench.store import Store

    clock = Clock(log)
    clock.mark("read")  # ingest: reads and segments (pipeline.STAGES has no segment stage)
    docs, errors = read_documents([path])
    if errors:
        raise SystemExit(f"bench_scale: error: {errors[0].name}: {errors[0].reason}")
    res = run_pipeline(docs, store=Store(cache), encoder=encoder, skip=("translate",), progress=clock)
    clock.mark("end")
    wall, cpu, rss = clock.per_stage()
    result = cs.Result({d.id: [(s.id, s.start, s.end) for s in d.sentences] for d in res.documents},
                       [list(e.documents) for e in res.events],
                       [[s for m in c.members for s in m.sentences] for c in res.claims],
                       {s.id: s.text for d in res.documents for s in d.sentences})
    return result, wall, cpu, rss


def synthetic(args) -> None:
    """Event grouping alone on planted events (no encoder, no shared data): ``args.size``
    documents of SYN_SENTENCES sentences, SYN_LANGS per event, each a noisy copy of its
    event's sentence vectors, SYN_PER_DAY documents a day; prints one JSON line."""
    import datetime as dt

    import numpy as np

    import workbench.align.events as events
    from workbench.document import Document, Sentence
    from workbench.vectors import Vectors

    rng = np.random.default_rng(args.seed)
    n, m, dim = args.size, SYN_SENTENCES, 384
    langs = list(ac.LANGS)
    docs, ids = [], []
    for i in range(n):
        doc_id = f"s{i}"
        sents = [Sentence(f"{doc_id}:{k}", doc_id, k, 0, 1, "x") for k in range(m)]
        day = dt.date(2025, 1, 1) + dt.timedelta(days=(i // SYN_LANGS * SYN_LANGS) // args.per_day)
        docs.append(Document(id=doc_id, path=doc_id, text="x", lang=langs[i % SYN_LANGS], lang_source="given",
                             date=day, sentences=sents))
        ids += [x.id for x in sents]
    vectors = Vectors(ids, dim)
    for e in range(0, n, SYN_LANGS):  # one event: SYN_LANGS documents of one topic
        topic = rng.normal(size=(m, dim)).astype(np.float32)
        for i in range(e, min(n, e + SYN_LANGS)):
            v = topic + 0.8 * rng.normal(size=(m, dim)).astype(np.float32)
            v /= np.linalg.norm(v, axis=1, keepdims=True)
            vectors.set([x.id for x in docs[i].sentences], v)
    group = _dense_module(args.dense).group_events if args.dense else events.group_events
    t0, c0 = time.perf_counter(), time.process_time()
    found = group(docs, vectors, {})
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    gold = {(a, b) for e in range(0, n, SYN_LANGS) for a in range(e, min(n, e + SYN_LANGS))
            for b in range(a + 1, min(n, e + SYN_LANGS))}
    index = {d.id: k for k, d in enumerate(docs)}
    pred = {(min(index[a], index[b]), max(index[a], index[b])) for ev in found for a in ev.documents
            for b in ev.documents if index[a] < index[b]}
    prf = cs.PRF()
    prf.add(gold, pred)
    print(json.dumps({"size": n, "dense": args.dense or None, "sentences": n * m, "events_seconds": took,
                      "events_cpu_seconds": cpu,
                      "peak_rss_gb": _peak_rss_gb(), "vectors_gb": vectors.nbytes / 2**30,
                      "events_prf": [prf.p, prf.r, prf.f]}), flush=True)


def warm(path: str, cache: str, encoder, raw_sample: int = 0) -> dict:
    """Encode every distinct sentence not yet in the cache (cold), timed; and ``raw_sample``
    distinct sentences spread through the pool encoded without any cache, timed: the raw
    encoder throughput on the pool's own sentences."""
    from workbench.embed import encode_cached
    from workbench.inputs import read_documents
    from workbench.store import Store, content_key

    docs, _ = read_documents([path])
    texts = list(dict.fromkeys(s.text for d in docs for s in d.sentences))
    store = Store(cache)
    have = store.get_many("emb", [content_key(encoder.name, t) for t in texts])
    todo = [t for t in texts if content_key(encoder.name, t) not in have]
    t0 = time.perf_counter()
    encode_cached(encoder, todo, store)
    took = time.perf_counter() - t0
    out = {"warm": True, "sentences": sum(len(d.sentences) for d in docs), "distinct": len(texts),
           "encoded": len(todo), "seconds": took, "encoder_sent_per_s": len(todo) / took if todo else None}
    if raw_sample:
        sample = texts[::max(1, len(texts) // raw_sample)][:raw_sample]
        t0, c0 = time.perf_counter(), time.process_time()
        encode_cached(encoder, sample, None)
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        out.update(raw_sample=len(sample), raw_seconds=took, raw_cpu_seconds=cpu,
                   encoder_sent_per_s=len(sample) / took, encoder_sent_per_cpu_s=len(sample) / cpu)
    return out


def _dense_module(rev: str):
    """workbench/align/events.py as of git revision ``rev``, loaded beside the current one."""
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:workbench/align/events.py"],
                         capture_output=True, text=True, check=True).stdout
    tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"events_dense_{os.getpid()}.py")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(src)
    spec = importlib.util.spec_from_file_location("workbench.align._events_dense", tmp)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compare_dense(args) -> None:
    """Events of the current (sparse) grouping and of the dense one of git ``args.dense`` on
    the eval's own pools (align_comparable: dev and test, FLORES and WMT), same vectors
    and facts; pairwise event P/R/F1 for both and whether the groupings are identical."""
    import workbench.align.events as events
    from workbench.embed import encode_cached, load_encoder
    from workbench.facts import extract_facts
    from workbench.inputs import read_documents
    from workbench.store import Store

    dense = _dense_module(args.dense)
    encoder, store = load_encoder(), Store(args.cache)
    sources = ac.load_sources(Path(args.data_dir), list(ac.LANGS), args.sources.split(","), args.seed, None)
    totals = {"sparse": cs.PRF(), "dense": cs.PRF()}
    for split, by in sources.items():
        for source, reports in by.items():
            name = f"{source}.{split}"
            gold_docs = ac.make_pool(reports, list(ac.LANGS), args.seed, name)
            path = os.path.join(args.out, f"{name}.jsonl")
            ac.pool_jsonl(gold_docs, path)
            docs, _ = read_documents([path])
            facts = {}
            for d in docs:
                facts.update(extract_facts(d))
            sentences = [x for d in docs for x in d.sentences]
            vectors = dict(zip([x.id for x in sentences], encode_cached(encoder, [x.text for x in sentences], store)))
            article = {d.id: d.article for d in gold_docs}
            gold = {(a, b) for a in article for b in article if a < b and article[a] == article[b]}
            line = [f"{name}: {len(docs)} documents, {len(sentences)} sentences"]
            groupings = {}
            for label, group in (("sparse", events.group_events), ("dense", dense.group_events)):
                t0 = time.perf_counter()
                found = group(docs, vectors, facts)
                took = time.perf_counter() - t0
                pred = {tuple(sorted((a, b))) for e in found for a in e.documents for b in e.documents if a < b}
                prf = cs.PRF()
                prf.add(gold, pred)
                totals[label] += prf
                groupings[label] = sorted(sorted(e.documents) for e in found)
                line.append(f"{label} P/R/F1 {prf.p:.3f}/{prf.r:.3f}/{prf.f:.3f} in {took:.1f} s")
            line.append("identical" if groupings["sparse"] == groupings["dense"] else "DIFFERENT groupings")
            print("; ".join(line), flush=True)
    for label, prf in totals.items():
        print(f"all pools, {label}: events P/R/F1 {prf.p:.3f}/{prf.r:.3f}/{prf.f:.3f}", flush=True)


def ann_compare(n: int, k: int = 20, d: int = 384, seed: int = 0) -> None:
    """faiss vs usearch on n clustered unit vectors (every row a query): exact and HNSW
    (M 32, efConstruction 80, efSearch 128), 1 and 2 threads; build/search seconds, recall@k
    against faiss's exact result. usearch is not a dependency: pip install usearch to run this."""
    import faiss
    import numpy as np
    from usearch.index import Index, MetricKind, search as usearch_search

    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(max(1, n // 10), d)).astype(np.float32)
    x = centers[rng.integers(0, len(centers), n)] + 0.7 * rng.normal(size=(n, d)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)

    def timed(f):
        t0 = time.perf_counter()
        out = f()
        return time.perf_counter() - t0, out

    took, (_, exact) = timed(lambda: faiss.knn(x, x, k, metric=faiss.METRIC_INNER_PRODUCT))
    print(f"rows {n}: faiss exact {took:.1f} s", flush=True)

    def recall(found) -> float:
        return float(np.mean([len(set(a) & set(b)) / k for a, b in zip(exact, found)]))

    for threads in (1, 2):
        faiss.omp_set_num_threads(threads)
        index = faiss.IndexHNSWFlat(d, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        build, _ = timed(lambda: index.add(x))
        index.hnsw.efSearch = 128
        search, (_, found) = timed(lambda: index.search(x, k))
        print(f"  faiss hnsw threads={threads}: build {build:.1f} s, search {search:.1f} s, recall@{k} {recall(found):.3f}",
              flush=True)
    took, m = timed(lambda: usearch_search(x, x, k, MetricKind.IP, exact=True, threads=2))
    print(f"  usearch exact {took:.1f} s, recall {recall(m.keys):.3f}", flush=True)
    for threads in (1, 2):
        index = Index(ndim=d, metric="ip", dtype="f32", connectivity=32, expansion_add=80, expansion_search=128)
        build, _ = timed(lambda: index.add(np.arange(n), x, threads=threads))
        search, m = timed(lambda: index.search(x, k, threads=threads))
        print(f"  usearch hnsw threads={threads}: build {build:.1f} s, search {search:.1f} s, "
              f"recall@{k} {recall(m.keys):.3f}", flush=True)


def run_child(args, size: int, extra: list[str]) -> dict | None:
    cmd = [sys.executable, __file__, args.data_dir, "--child", "--size", str(size), "--out", args.out,
           "--cache", args.cache, "--seed", str(args.seed), "--shift-days", str(args.shift_days),
           "--per-day", str(args.per_day), *(["--synthetic"] if args.synthetic else []),
           *(["--fresh-copies"] if args.fresh_copies else []), "--copy-size", str(args.copy_size), *extra]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    if proc.returncode or not lines:
        err = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"size {size}: child failed (exit {proc.returncode}) after {wall:.0f} s: {err}", flush=True)
        return None
    out = json.loads(lines[-1])
    out["process_wall"] = wall
    return out


def size_runs(args, sizes: list[int]):
    """(size, label, result) of each child run: the sparse grouping at every size, the dense one
    of ``--dense REV`` too up to ``--dense-max``; a child that failed is left out."""
    for size in sizes:
        runs = [("sparse", [])] + ([("dense", ["--dense", args.dense])] if args.dense and size <= args.dense_max else [])
        for label, extra in runs:
            r = run_child(args, size, extra)
            if r is not None:
                yield size, label, r


def synthetic_table(args, sizes: list[int], rows: list[dict]) -> None:
    print("size | sentences | events wall s | events CPU s | CPU ratio | peak RSS GB | vectors GB | events P/R/F1",
          flush=True)
    prev = None
    for size, label, r in size_runs(args, sizes):
        rows.append({**r, "label": label})
        ratio = ""
        if label == "sparse":
            ratio = f"{r['events_cpu_seconds'] / prev[1]:.2f}x for {size / prev[0]:.1f}x" if prev else ""
            prev = (size, r["events_cpu_seconds"])
        print(f"{size}{' dense' if label == 'dense' else ''} | {r['sentences']} | {r['events_seconds']:.1f} | "
              f"{r['events_cpu_seconds']:.1f} | "
              f"{ratio} | {r['peak_rss_gb']:.2f} | {r['vectors_gb']:.2f} | "
              + "/".join(f"{x:.3f}" for x in r["events_prf"]), flush=True)
    with open(os.path.join(args.out, "synthetic.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="reports per pool (default %(default)s)")
    ap.add_argument("--out", required=True, help="folder for pools and results.jsonl")
    ap.add_argument("--cache", required=True, help="embedding cache (warmed by --warm, reused by every size)")
    ap.add_argument("--warm", action="store_true", help="first encode the largest pool's sentences (cold, timed)")
    ap.add_argument("--raw-sample", type=int, default=0, metavar="N",
                    help="with --warm: also encode N distinct sentences without cache (raw encoder throughput)")
    ap.add_argument("--dense", metavar="REV", help="also run the dense event grouping of git REV (small sizes)")
    ap.add_argument("--ann", metavar="ROWS", help="only compare faiss and usearch k-NN on ROWS (e.g. 10000,40000) vectors")
    ap.add_argument("--compare-dense", action="store_true",
                    help="only compare events, sparse vs --dense REV, on the eval's own pools (one process)")
    ap.add_argument("--sources", default=",".join(ac.SOURCES), help="--compare-dense: flores, wmt or both")
    ap.add_argument("--dense-max", type=int, default=500, help="largest size for --dense (default %(default)s)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--shift-days", type=int, default=ac.SCALE_DAYS,
                    help="days between copies of the pools (default %(default)s: one copy per date window)")
    ap.add_argument("--synthetic", action="store_true",
                    help="event grouping alone on planted events (random vectors, no encoder): the stage's scaling")
    ap.add_argument("--per-day", type=int, default=48, help="--synthetic: documents a day (default %(default)s)")
    ap.add_argument("--fresh-copies", action="store_true",
                    help="each copy an independent draw (new texts for the encoder) instead of the first draw again")
    ap.add_argument("--copy-size", type=int, default=0, metavar="N",
                    help="copies repeat only the first draw's earliest N documents (default: all of it)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.child:
        child(args)
        return
    if args.ann:
        for n in (int(x) for x in args.ann.split(",")):
            ann_compare(n)
        return
    if args.compare_dense:
        if not args.dense:
            ap.error("--compare-dense needs --dense REV")
        compare_dense(args)
        return
    sizes = [int(x) for x in args.sizes.split(",") if x]
    results = os.path.join(args.out, "results.jsonl")
    rows = []
    if args.warm:
        w = run_child(args, max(sizes), ["--warm", "--raw-sample", str(args.raw_sample)])
        if w:
            print(f"warm-up: {w['encoded']} of {w['distinct']} distinct sentences not cached, encoded in "
                  f"{w['seconds']:.0f} s; raw encoder {w['encoder_sent_per_s'] or 0:.1f} sentences/s"
                  + (f" ({w['raw_sample']} sentences without cache, {w['encoder_sent_per_cpu_s']:.1f} a CPU second)"
                     if w.get("raw_sample") else ""), flush=True)
            rows.append(w)
    if args.synthetic:
        synthetic_table(args, sizes, rows)
        return
    encoder_rate = next((r["encoder_sent_per_s"] for r in rows if r.get("encoder_sent_per_s")), None)
    print("size | sentences | " + " | ".join(f"{k} wall/CPU s" for k in STAGES)
          + " | after encoder wall/CPU s | CPU ratio | wall s | peak RSS GB | sent/s (pipeline, warm) | "
          "events P/R/F1 | claims F1", flush=True)
    prev = None
    for size, label, r in size_runs(args, sizes):
        r["label"] = label
        rows.append(r)
        s, c = r["seconds"], r.get("cpu_seconds", {})
        after, after_cpu = (sum(x.get(k, 0.0) for k in AFTER_ENCODER) for x in (s, c))
        ratio = ""
        if label == "sparse":
            ratio = f"{after_cpu / prev[1]:.2f}x for {size / prev[0]:.1f}x" if prev else ""
            prev = (size, after_cpu)
        print(f"{size}{' dense' if label == 'dense' else ''} | {r['sentences']} | "
              + " | ".join(f"{s.get(k, 0.0):.0f}/{c.get(k, 0.0):.0f}" for k in STAGES)
              + f" | {after:.0f}/{after_cpu:.0f} | {ratio} | {s['wall']:.0f} | {r['peak_rss_gb']:.2f} | "
              f"{r['sentences'] / s['wall']:.0f} | " + "/".join(f"{x:.3f}" for x in r["events_prf"])
              + f" | {r['claims_prf'][2]:.3f}", flush=True)
        if label == "dense":
            sparse = next(x for x in rows if x.get("size") == size and x.get("label") == "sparse")
            same = sparse["grouping"] == r["grouping"]
            print(f"  dense vs sparse at {size}: events {'identical' if same else 'DIFFER'}", flush=True)
    with open(results, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if k != "grouping"}) + "\n")
    if encoder_rate:
        print(f"raw encoder (cold): {encoder_rate:.1f} sentences/s on this machine", flush=True)
    print(f"results: {results}")


if __name__ == "__main__":
    main()
