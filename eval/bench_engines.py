"""Wall time of ``workbench run`` with the local engine and with ``--engine ray``, same inputs.

Inputs: the seeds, and a pool of FLORES-200 reports built as eval/align_comparable.py's
short mode builds them (each article a report per language, 30% of lines dropped, some
merged, blocks reordered; ~8 articles a date), in kk, tr, bg and en, cut to ``--reports``.
Each engine runs in its own process through the CLI, first on a cache of its own, then again
on that cache (warm: the encoder and MT are read back). For the seeds the first cache is empty
(every stage computes). For the pool, ``--prime`` (default) first runs the local engine once
on an empty cache and gives each engine a copy holding only its embeddings: the encoder is
the same code on both engines (one process using all cores) and would take most of a cold
run on 2 busy cores, so the first runs compare everything else (translation included).
The two engines' reports must be equal apart from ``created`` and the engine field; the
script says so or stops. A local Ray is started by each ray run (``ray.init``): its start is
part of the wall time, as it is for a user.

    python eval/bench_engines.py ../shared/data --reports 200 --out /tmp/engines
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _comparable_short as short  # noqa: E402

LANGS = ("kk", "tr", "bg", "en")


def flores_pool(data_dir: Path, reports: int, seed: int, path: str) -> int:
    """A pool of about ``reports`` reports (whole articles, every language) as JSONL; its size."""
    lines, articles = short.load_articles(data_dir)
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(len(articles)), min(len(articles), max(1, reports // len(LANGS)))))
    docs = short.build_pool(LANGS, chosen, articles, lines, random.Random(f"{seed}-engines"), "flores")
    short.write_jsonl(docs, path)
    return len(docs)


def run(inputs: str, out: str, cache: str, engine: str) -> tuple[float, dict]:
    cmd = [sys.executable, "-m", "workbench.cli", "run", inputs, "--out", out, "--cache", cache, "--quiet",
           "--alignments", os.path.join(os.path.dirname(out), "alignments"), "--engine", engine]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"bench_engines: {' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
        return wall, json.load(f)


def comparable(report: dict) -> dict:
    report = {k: v for k, v in report.items() if k not in ("created", "signature")}
    report["settings"] = {k: v for k, v in report["settings"].items() if k != "engine"}
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--reports", type=int, default=200, help="reports in the FLORES pool (default 200)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default="/tmp/bench_engines", help="work folder (emptied first)")
    ap.add_argument("--only", choices=("seeds", "flores"), help="one input only")
    ap.add_argument("--no-prime", dest="prime", action="store_false",
                    help="the pool's first runs with an empty cache too (the encoder included)")
    args = ap.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    inputs = {}
    if args.only != "flores":
        inputs["seeds"] = (str(ROOT / "seeds"), False)  # default translation: translit (kk, tr), apertium (bg)
    if args.only != "seeds":
        pool = os.path.join(args.out, "flores.jsonl")
        n = flores_pool(args.data_dir, args.reports, args.seed, pool)
        inputs[f"flores-{n}"] = (pool, args.prime)
    print(f"{'input':<12} {'engine':<6} {'first s':>7} {'again s':>7}  load avg (1 min) before each run")
    for name, (path, prime) in inputs.items():
        reports = {}
        primed = None
        if prime:
            primed = os.path.join(args.out, f"{name}-prime.sqlite")
            load = os.getloadavg()[0]
            wall, _ = run(path, os.path.join(args.out, f"{name}-prime"), primed, "local")
            with contextlib.closing(sqlite3.connect(primed)) as db, db:
                db.execute("DELETE FROM cache WHERE namespace != 'emb'")
            print(f"{name:<12} {'local':<6} {wall:7.1f} {'':>7}  {load:.1f}  (empty cache; primes the encoder's)",
                  flush=True)
        for engine in ("local", "ray"):
            cache = os.path.join(args.out, f"{name}-{engine}.sqlite")
            if primed:
                shutil.copy(primed, cache)
            times, loads = [], []
            for state in ("first", "again"):
                loads.append(os.getloadavg()[0])
                wall, reports[engine] = run(path, os.path.join(args.out, f"{name}-{engine}-{state}"), cache, engine)
                times.append(wall)
            print(f"{name:<12} {engine:<6} {times[0]:7.1f} {times[1]:7.1f}  {loads[0]:.1f} / {loads[1]:.1f}"
                  + ("  (encoder cache primed)" if primed else "  (empty cache first)"), flush=True)
        same = comparable(reports["local"]) == comparable(reports["ray"])
        r = reports["ray"]
        print(f"{name:<12} reports equal apart from created/engine: {same} "
              f"({len(r['documents'])} documents, {sum(len(d['sentences']) for d in r['documents'])} sentences, "
              f"{len(r['events'])} events, {len(r['claims'])} claims, {len(r['flags'])} flags)", flush=True)
        if not same:
            raise SystemExit("bench_engines: the engines' reports differ")


if __name__ == "__main__":
    main()
