"""Incremental runs (issue 11, item 5): a pool run in full, then a day's new reports added,
run incrementally (``run_pipeline(previous=...)``, as ``workbench run --incremental``) and in
full; CPU and wall time per stage of both, and how far the incremental result agrees with
the full re-run (events, claims, flags: the share that differ, split by whether the event
was recomputed or kept from the previous report).

The pool is ``bench_scale.build``'s (copies of the comparable pools, 400 days apart, each
copy a few days of reports); the day's new reports are the pool's last ``--new`` documents
by date: the newest day, whose stories began on the days before (a desk's daily run). The
previous run is the pool without them. Everything runs in this process, translation skipped,
the embedding cache warm (give a copy of bench_scale's: the same pool's sentences and merged
claim texts).

    python eval/bench_incremental.py ../shared/data --size 2000 --new 50 --copy-size 500 \\
        --out /tmp/inc --cache /tmp/inc/cache.sqlite
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import align_comparable as ac  # noqa: E402
import _comparable_score as cs  # noqa: E402
from bench_scale import Clock, _peak_rss_gb, build  # noqa: E402

STAGES = ("read", "previous", "facts", "embed", "events", "claims", "flags")


def timed_run(path: str, store, encoder, previous_report: dict | None = None):
    """The pipeline of ``workbench run --skip translate [--incremental]`` on ``path``:
    (result, wall seconds by stage, CPU seconds by stage); ``previous_report`` is the report
    dict an incremental run reads back (its parsing timed as the stage "previous")."""
    from workbench import incremental
    from workbench.inputs import read_documents
    from workbench.pipeline import run_pipeline

    clock = Clock()
    clock.mark("read")
    docs, errors = read_documents([path])
    if errors:
        raise SystemExit(f"bench_incremental: error: {errors[0].name}: {errors[0].reason}")
    previous = None
    if previous_report is not None:
        clock.mark("previous")
        text = json.dumps(previous_report, default=float)  # the report.json the CLI would read
        previous = incremental.previous_run(json.loads(text), "previous/report.json", "bench")
    res = run_pipeline(docs, store=store, encoder=encoder, skip=("translate",), progress=clock,
                       previous=previous)
    clock.mark("end")
    wall, cpu, _ = clock.per_stage()
    return res, wall, cpu


def gold_scores(pool_docs, res) -> dict:
    result = cs.Result({d.id: [(s.id, s.start, s.end) for s in d.sentences] for d in res.documents},
                       [list(e.documents) for e in res.events],
                       [[s for m in c.members for s in m.sentences] for c in res.claims],
                       {s.id: s.text for d in res.documents for s in d.sentences})
    score = cs.score(pool_docs, result)
    ev, cl = cs.Scores.total(score.events), cs.Scores.total(score.claims)
    return {"events_prf": [round(ev.p, 4), round(ev.r, 4), round(ev.f, 4)], "claims_f1": round(cl.f, 4)}


def agreement(inc, full) -> dict:
    """How the incremental result differs from the full re-run's, by record: events by document
    set (and cohesion score), claims by id (sentence set) then links and score, flags by id then
    content; each split by whether the incremental run recomputed the event or kept it."""
    recomputed = set(inc.incremental.recomputed)
    event_of_doc = {d: e.id for e in inc.events for d in e.documents}
    ev_inc = {frozenset(e.documents): e for e in inc.events}
    ev_full = {frozenset(e.documents): e for e in full.events}
    same_sets = set(ev_inc) & set(ev_full)
    moved_docs = {d for s in set(ev_inc) ^ set(ev_full) for d in s}

    def split(records_inc, records_full, event_of) -> dict:
        a, b = {r.id: r for r in records_inc}, {r.id: r for r in records_full}
        out = {}
        for label, keep in (("recomputed", True), ("kept", False)):
            ia = {i for i, r in a.items() if (event_of(r) in recomputed) == keep}
            ib = {i for i, r in b.items() if (event_of_doc.get(_doc_of(r)) in recomputed) == keep}
            only = len(ia ^ ib)
            changed = sum(1 for i in ia & ib if a[i] != b[i])
            out[label] = {"incremental": len(ia), "full": len(ib), "not_in_both": only,
                          "same_id_other_content": changed,
                          "same_id_other_links": sum(1 for i in ia & ib if _links(a[i]) != _links(b[i])),
                          "share_differing": round((only + changed) / max(1, len(ia | ib)), 4)}
        total = len(set(a) | set(b))
        differ = len(set(a) ^ set(b)) + sum(1 for i in set(a) & set(b) if a[i] != b[i])
        out["all"] = {"records": total, "differing": differ, "share_differing": round(differ / max(1, total), 4)}
        return out

    return {
        "events": {"incremental": len(inc.events), "full": len(full.events),
                   "identical_groupings": set(ev_inc) == set(ev_full),
                   "groups_not_in_both": len(set(ev_inc) ^ set(ev_full)), "documents_grouped_differently": len(moved_docs),
                   "same_group_other_score": sum(1 for s in same_sets if ev_inc[s].score != ev_full[s].score),
                   "recomputed": len(recomputed), "kept": inc.incremental.kept,
                   "regrouped_documents": inc.incremental.scope},
        "claims": split(inc.claims, full.claims, lambda c: c.event),
        "flags": split(inc.flags, full.flags, lambda f: event_of_doc.get(f.evidence[0].doc)),
    }


def _links(record) -> object:
    """What a record says apart from its scores: a claim's linked sentence pairs, a flag's severity and evidence."""
    if hasattr(record, "links"):
        return sorted((a, b) for a, b, _ in record.links)
    return (record.severity, record.kind, record.evidence)


def _doc_of(record) -> str:
    """The document a claim or flag is about (its first member or evidence)."""
    return record.members[0].doc if hasattr(record, "members") else record.evidence[0].doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir")
    ap.add_argument("--size", type=int, default=2000, help="reports after the new day (default %(default)s)")
    ap.add_argument("--new", type=int, default=50, help="the new day's reports (default %(default)s)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--cache", required=True, help="embedding cache (a warm copy; it is written to)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--shift-days", type=int, default=ac.SCALE_DAYS)
    ap.add_argument("--copy-size", type=int, default=500, help="as bench_scale --copy-size (default %(default)s)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    from workbench.embed import load_encoder
    from workbench.report import build_report
    from workbench.store import Store

    pool = build(args.data_dir, args.size, args.seed, args.shift_days, copy_size=args.copy_size)
    old, new = pool[:-args.new], pool[-args.new:]
    print(f"pool: {len(pool)} reports, {pool[0].date}..{pool[-1].date}; new day: {len(new)} reports dated "
          f"{new[0].date}..{new[-1].date}", flush=True)
    old_path, all_path = (os.path.join(args.out, f"pool-{n}.jsonl") for n in (len(old), len(pool)))
    ac.pool_jsonl(old, old_path)
    ac.pool_jsonl(pool, all_path)
    encoder, store = load_encoder(), Store(args.cache)

    t0 = time.perf_counter()
    previous, wall0, cpu0 = timed_run(old_path, store, encoder)
    print(f"previous run, {len(old)} reports, full: wall {wall0['wall']:.0f} s, CPU {cpu0['wall']:.0f} s", flush=True)
    report = build_report(previous)
    print("run | " + " | ".join(f"{s} wall/CPU s" for s in STAGES) + " | total wall/CPU s | events P/R/F1 | claim F1")
    rows, runs = {}, {}
    for label in ("incremental", "full"):
        res, wall, cpu = timed_run(all_path, store, encoder, report if label == "incremental" else None)
        runs[label] = res
        g = gold_scores(pool, res)
        rows[label] = {"wall": wall, "cpu": cpu, **g}
        print(f"{label} | " + " | ".join(f"{wall.get(s, 0):.1f}/{cpu.get(s, 0):.1f}" for s in STAGES)
              + f" | {wall['wall']:.0f}/{cpu['wall']:.0f} | " + "/".join(f"{x:.3f}" for x in g["events_prf"])
              + f" | {g['claims_f1']:.3f}", flush=True)
    took = time.perf_counter() - t0
    inc, full = runs["incremental"], runs["full"]
    cpu_i, cpu_f = rows["incremental"]["cpu"], rows["full"]["cpu"]
    agree = agreement(inc, full)
    print(f"CPU incremental / full: {cpu_i['wall'] / cpu_f['wall']:.2f} (claims {cpu_i.get('claims', 0) / max(cpu_f.get('claims', 1e-9), 1e-9):.2f}, "
          f"flags {cpu_i.get('flags', 0) / max(cpu_f.get('flags', 1e-9), 1e-9):.2f})", flush=True)
    print(json.dumps(agree, indent=1), flush=True)
    out = {"size": len(pool), "new": len(new), "previous": {"wall": wall0, "cpu": cpu0}, **rows,
           "agreement": agree, "peak_rss_gb": _peak_rss_gb(), "seconds": took}
    with open(os.path.join(args.out, "incremental.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
    print(f"results: {os.path.join(args.out, 'incremental.json')}")


if __name__ == "__main__":
    main()
