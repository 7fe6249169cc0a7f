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
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import align_comparable as ac  # noqa: E402
import _comparable_score as cs  # noqa: E402

SIZES = (500, 1000, 2000, 4000, 8000)
AFTER_ENCODER = ("events", "claims", "flags")  # the stages the doubling target is about
STAGES = ("read", "segment", "facts", "embed", "events", "claims", "flags")


def build(data_dir: str, size: int, seed: int, shift_days: int) -> list:
    """``size`` documents: whole copies of all pools (dev and test, FLORES and WMT), the last cut."""
    sources = ac.load_sources(Path(data_dir), list(ac.LANGS), list(ac.SOURCES), seed, None)
    old_days = ac.SCALE_DAYS
    ac.SCALE_DAYS = shift_days
    try:
        per_copy = sum(len(ac.make_pool(reports, list(ac.LANGS), seed, f"{source}.{split}"))
                       for split, by in sources.items() for source, reports in by.items())
        copies = -(-size // per_copy)
        docs: list = []
        for split, by in sources.items():
            for source, reports in by.items():
                docs += ac.make_pool(reports, list(ac.LANGS), seed, f"{source}.{split}", copies=copies)
    finally:
        ac.SCALE_DAYS = old_days
    docs.sort(key=lambda d: (d.date, d.id))  # whole early copies first, the cut falls in the last one
    return docs[:size]


def _peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB on Linux


def child(args) -> None:
    """One size in this process; prints one JSON line."""
    from workbench.embed import load_encoder

    docs = build(args.data_dir, args.size, args.seed, args.shift_days)
    path = os.path.join(args.out, f"pool-{args.size}.jsonl")
    ac.pool_jsonl(docs, path)
    encoder = load_encoder()
    if args.warm:
        print(json.dumps(warm(path, args.cache, encoder)), flush=True)
        return
    if args.dense:
        import workbench.align.events as events

        events.group_events = _dense_module(args.dense).group_events
    result, seconds = ac.run_inprocess(path, args.cache, encoder)
    score = cs.score(docs, result)
    ev, cl = cs.Scores.total(score.events), cs.Scores.total(score.claims)
    print(json.dumps({"size": args.size, "dense": args.dense or None,
                      "sentences": sum(len(v) for v in result.sentences.values()),
                      "events": len(result.events), "seconds": seconds, "peak_rss_gb": _peak_rss_gb(),
                      "events_prf": [ev.p, ev.r, ev.f1], "claims_prf": [cl.p, cl.r, cl.f1],
                      "grouping": sorted(sorted(e) for e in result.events)}), flush=True)


def warm(path: str, cache: str, encoder) -> dict:
    """Encode every distinct sentence not yet in the cache (cold), timed: raw encoder throughput."""
    from workbench.embed import encode_cached
    from workbench.inputs import read_documents
    from workbench.store import Store

    docs, _ = read_documents([path])
    texts = list(dict.fromkeys(s.text for d in docs for s in d.sentences))
    store = Store(cache)
    from workbench.store import content_key

    have = store.get_many("emb", [content_key(encoder.name, t) for t in texts])
    todo = [t for t in texts if content_key(encoder.name, t) not in have]
    t0 = time.perf_counter()
    encode_cached(encoder, todo, store)
    took = time.perf_counter() - t0
    return {"warm": True, "sentences": sum(len(d.sentences) for d in docs), "distinct": len(texts),
            "encoded": len(todo), "seconds": took, "encoder_sent_per_s": len(todo) / took if took else None}


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


def run_child(args, size: int, extra: list[str]) -> dict | None:
    cmd = [sys.executable, __file__, args.data_dir, "--child", "--size", str(size), "--out", args.out,
           "--cache", args.cache, "--seed", str(args.seed), "--shift-days", str(args.shift_days), *extra]
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="reports per pool (default %(default)s)")
    ap.add_argument("--out", required=True, help="folder for pools and results.jsonl")
    ap.add_argument("--cache", required=True, help="embedding cache (warmed by --warm, reused by every size)")
    ap.add_argument("--warm", action="store_true", help="first encode the largest pool's sentences (cold, timed)")
    ap.add_argument("--dense", metavar="REV", help="also run the dense event grouping of git REV (small sizes)")
    ap.add_argument("--dense-max", type=int, default=500, help="largest size for --dense (default %(default)s)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--shift-days", type=int, default=ac.SCALE_DAYS,
                    help="days between copies of the pools (default %(default)s: one copy per date window)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.child:
        child(args)
        return
    sizes = [int(x) for x in args.sizes.split(",") if x]
    results = os.path.join(args.out, "results.jsonl")
    rows = []
    if args.warm:
        w = run_child(args, max(sizes), ["--warm"])
        if w:
            print(f"warm-up (cold cache): {w['encoded']} of {w['distinct']} distinct sentences encoded in "
                  f"{w['seconds']:.0f} s: raw encoder {w['encoder_sent_per_s'] or 0:.1f} sentences/s", flush=True)
            rows.append(w)
    encoder_rate = next((r["encoder_sent_per_s"] for r in rows if r.get("encoder_sent_per_s")), None)
    print("size | sentences | " + " | ".join(STAGES) + " | after encoder | ratio | wall | peak RSS GB | "
          "sent/s (pipeline, warm) | events P/R/F1 | claims F1", flush=True)
    prev = None
    for size in sizes:
        runs = [("sparse", [])] + ([("dense", ["--dense", args.dense])] if args.dense and size <= args.dense_max else [])
        for label, extra in runs:
            r = run_child(args, size, extra)
            if r is None:
                continue
            r["label"] = label
            rows.append(r)
            s = r["seconds"]
            after = sum(s.get(k, 0.0) for k in AFTER_ENCODER)
            ratio = ""
            if label == "sparse":
                ratio = f"{after / prev[1]:.2f}x for {size / prev[0]:.1f}x" if prev else ""
                prev = (size, after)
            print(f"{size}{' dense' if label == 'dense' else ''} | {r['sentences']} | "
                  + " | ".join(f"{s.get(k, 0.0):.1f}" for k in STAGES)
                  + f" | {after:.1f} | {ratio} | {s['wall']:.1f} | {r['peak_rss_gb']:.2f} | "
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
