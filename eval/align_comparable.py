"""Event grouping and claim alignment on comparable reports as long as real news.

Pools (see _comparable_pools.py): FLORES-200 devtest articles of one domain and topic
joined into reports of 15-40 lines, each in kk, tr, bg, ru, sr and en; and real
Turkish-English news (WMT newstest 2016 for dev, 2017 for test) cut into articles of
15-40 lines. Every language gets its own version of a report: 30% of lines dropped,
~10% of adjacent pairs merged into one sentence, paragraph blocks reordered. FLORES
reports are split into a dev half and a test half by the seed; tune on dev, report test.

Scores (see _comparable_score.py), per language pair and summed: events P/R/F1 over
document pairs; claim links P/R/F1 over sentence pairs of one claim; link types 1-1 /
1-2 / 2-1 (precision over predicted links of the type, recall over gold links of the
type); recall on gold links that touch a merged sentence; the baseline: events = the
documents of one date, claims = mutual-best-cosine sentence pairs inside our events. Everything runs through ``workbench run`` (``--runner cli``, default) or the
same pipeline in this process (``--runner inprocess``: no report files, faster).

    # the full eval (dev and test), through workbench run
    python eval/align_comparable.py ../shared/data --out /tmp/cmp/full --cache /tmp/cmp/cache.sqlite
    # fast loop: dev only, some languages, FLORES only, reusing the folder and the cache
    python eval/align_comparable.py ../shared/data --split dev --langs kk,tr,en --sources flores \\
        --runner inprocess --out /tmp/cmp/dev --cache /tmp/cmp/cache.sqlite
    # robustness: the same dev split drawn again (other drops, merges, orders), or with comma merges
    python eval/align_comparable.py ../shared/data --split dev --runner inprocess --pool-seed 7 --out ... --cache ...
    python eval/align_comparable.py ../shared/data --split dev --runner inprocess --merge-junction comma --out ...
    python eval/align_comparable.py ../shared/data --split dev --runner inprocess --merge-junction mixed --out ...
    # a setting of the claim aligner changed for one run (in-process only), e.g. a step switched off
    python eval/align_comparable.py ../shared/data --split dev --runner inprocess --claims-setting SHARED_JOIN=None --out ...
    # the issue's parallel case (every line kept, unmerged, in order) with a second English version,
    # two outlets writing one language (apertium's Serbian-to-English translation of the FLORES lines)
    apertium Cyrl-Latn < ../shared/data/flores200-devtest/srp_Cyrl.devtest | apertium -u hbs-eng > /tmp/en2.devtest
    python eval/align_comparable.py ../shared/data --split dev --sources flores --langs kk,tr,en --second en=/tmp/en2.devtest \
        --parallel --runner inprocess --out ... --cache ...
    # scaling check: the dev pools at 1x, 2x and 4x size (wall time, claims stage)
    python eval/align_comparable.py ../shared/data --split dev --scale 1,2,4 --out /tmp/cmp/scale --cache ...
    # the FLORES-short pools of before (3-6 sentence articles), for the earlier figures
    python eval/align_comparable.py ../shared/data --mode short

Written into --out: the pools (``<pool>.jsonl``), each pool's report (cli runner),
``summary.json`` (every count and figure; the workbench folder and commit measured, each pool's
run signature with every setting) and ``pairs.tsv`` (one row per split or pool,
language pair and figure: events, claims, claims_1-1/1-2/2-1/n-m, claims_merged, baselines).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _comparable_pools as pools_mod  # noqa: E402
import _comparable_score as cs  # noqa: E402
from _real_data import FLORES_FILES, WMT_FILES  # noqa: E402
from _workbench import run_cli as workbench_run, write_jsonl  # noqa: E402
from workbench.io import write_atomic  # noqa: E402
from workbench.lang import get as language_pack  # noqa: E402

LANGS = ("kk", "tr", "bg", "ru", "sr", "en")
SOURCES = ("flores", "wmt")
REPORT_LINES = (pools_mod.REPORT_MIN, pools_mod.REPORT_MAX)  # a source report's lines, least and most (--report-lines)
WMT_REPORTS = 30  # WMT reports a split (of ~127), spread through the file: the encoder is the cost
SCALE_DAYS = 400  # each copy of a scaled pool is dated this much later than the one before


# --- pools ----------------------------------------------------------------------------------

def read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise SystemExit(f"align_comparable: error: {path}: {e.strerror or e}") from None


def load_sources(data_dir: Path, langs: Sequence[str], sources: Sequence[str], seed: int,
                 wmt_reports: int | None, report_lines: tuple[int, int] = REPORT_LINES,
                 second: Mapping[str, Path] | None = None) -> dict[str, dict[str, list[pools_mod.Source]]]:
    """{split: {source name: reports}}; FLORES split by the seed, WMT 2016 dev / 2017 test; a
    source report holds ``report_lines`` (least, most) lines. ``second``: version key (``en2``) ->
    a file of lines aligned with the FLORES devtest files, a second version of its language."""
    out: dict[str, dict[str, list[pools_mod.Source]]] = {"dev": {}, "test": {}}
    second = second or {}
    if "flores" in sources:
        base = data_dir / "flores200-devtest"
        lines = {lang: read_lines(base / FLORES_FILES[lang]) for lang in langs if lang not in second}
        lines.update({key: read_lines(path) for key, path in second.items()})
        with open(base / "metadata_devtest.tsv", encoding="utf-8") as f:
            meta = list(csv.DictReader(f, delimiter="\t"))
        for key, v in lines.items():
            if len(v) != len(meta):
                where = second.get(key, base)
                raise SystemExit(f"align_comparable: error: {where}: {len(v)} lines where the FLORES devtest "
                                 f"metadata has {len(meta)}")
        for split, reports in pools_mod.split_sources(pools_mod.flores_sources(lines, meta, *report_lines),
                                                          f"{seed}-flores").items():
            out[split]["flores"] = reports
    if "wmt" in sources and {"tr", "en"} <= set(langs):
        for split, name in zip(("dev", "test"), WMT_FILES):
            base = data_dir / "wmt-tr-en" / name
            try:
                reports = pools_mod.wmt_sources(read_lines(Path(f"{base}.tr")), read_lines(Path(f"{base}.en")),
                                                "wmt" + name[10:12], *report_lines)
            except ValueError as e:
                raise SystemExit(f"align_comparable: error: {e}") from None
            out[split]["wmt"] = pools_mod.spread(reports, wmt_reports)
    return out


def make_pool(reports: list[pools_mod.Source], langs: Sequence[str], seed: int, name: str,
              copies: int = 1, junction: str = "semicolon", parallel: bool = False,
              versions: Mapping[str, str] | None = None) -> list[pools_mod.Doc]:
    """The documents of one pool; ``copies`` > 1 adds independent draws, each dated later;
    ``junction`` (``pools_mod.JUNCTIONS``) what a merge joins two lines with; ``parallel`` and
    ``versions`` as ``pools_mod.build_pool`` takes them (--parallel, --second)."""
    docs = []
    versions = versions or {}
    conjunctions = {lang: pack.segmentation.clause_conjunctions[0] for lang in {versions.get(k, k) for k in langs}
                    if (pack := language_pack(lang)) and pack.segmentation.clause_conjunctions}
    for c in range(copies):
        base = dt.date(2025, 1, 1) + dt.timedelta(days=SCALE_DAYS * c)
        docs += pools_mod.build_pool(reports, langs, f"{seed}-{name}", name.split(".")[1], base=base, copy=c,
                                     junction=pools_mod.JUNCTIONS[junction], conjunctions=conjunctions,
                                     parallel=parallel, versions=versions)
    return docs


def pool_shape(args) -> dict:
    """make_pool's keywords from the command line: the junction, --parallel, --second."""
    return {"junction": args.merge_junction, "parallel": args.parallel,
            "versions": {key: lang for key, (lang, _) in args.second.items()}}


def shape_meta(args) -> dict:
    """--parallel and --second as summary.json and event_sweep.json record them."""
    return {"parallel": args.parallel, "second": {k: [lang, str(path)] for k, (lang, path) in args.second.items()}}


def pool_seed(seed: int, given: int | None) -> int:
    """The seed the versions are drawn with: ``given`` (--pool-seed) or the split's seed. Another
    pool seed keeps the FLORES dev/test split (drawn with ``seed`` alone, ``load_sources``)."""
    return seed if given is None else given


def pool_jsonl(docs: Sequence[pools_mod.Doc], path: str) -> None:
    write_jsonl(({"id": d.id, "text": d.text, "lang": d.lang, "date": d.date} for d in docs), path)


# --- running ---------------------------------------------------------------------------------

def result_of_report(report: dict) -> cs.Result:
    sentences = {d["id"]: [(s["id"], s["start"], s["end"]) for s in d["sentences"]] for d in report["documents"]}
    texts = {s["id"]: s["text"] for d in report["documents"] for s in d["sentences"]}
    events = [list(e["documents"]) for e in report["events"]]
    claims = [[s for m in c["members"] for s in m["sentences"]] for c in report["claims"]]
    return cs.Result(sentences, events, claims, texts, report.get("signature", ""))


def run_cli(path: str, out: str, cache: str) -> tuple[cs.Result, dict[str, float]]:
    """``workbench run POOL --skip translate`` with no review decisions; (result, {"wall": s})."""
    empty = os.path.join(os.path.dirname(out), "alignments-none")
    os.makedirs(empty, exist_ok=True)
    t = time.perf_counter()
    report = workbench_run(path, out, cache, empty)
    return result_of_report(report), {"wall": time.perf_counter() - t}


class StageClock:
    """A pipeline progress callback that notes when each stage starts."""

    def __init__(self):
        self.starts: list[tuple[str, float]] = []

    def __call__(self, stage: str, total: int):
        self.starts.append((stage, time.perf_counter()))
        return lambda n: None

    def seconds(self, end: float) -> dict[str, float]:
        marks = self.starts + [("end", end)]
        return {s: b - a for (s, a), (_, b) in zip(marks, marks[1:])}


def run_inprocess(path: str, cache: str, encoder=None) -> tuple[cs.Result, dict[str, float]]:
    """The pipeline of ``workbench run`` in this process (read, segment, facts, embed, events,
    claims, flags; no report files); (result, seconds per stage and "wall")."""
    from workbench.embed import load_encoder
    from workbench.inputs import read_documents
    from workbench.pipeline import run_pipeline
    from workbench.signature import format_signature
    from workbench.store import Store

    t = time.perf_counter()
    docs, errors = read_documents([path])
    if errors:
        raise SystemExit(f"align_comparable: error: {errors[0].name}: {errors[0].reason}")
    clock = StageClock()
    res = run_pipeline(docs, store=Store(cache), encoder=encoder or load_encoder(), skip=("translate",),
                       progress=clock)
    end = time.perf_counter()
    seconds = {"read": clock.starts[0][1] - t if clock.starts else 0.0, **clock.seconds(end), "wall": end - t}
    return cs.Result({d.id: [(s.id, s.start, s.end) for s in d.sentences] for d in res.documents},
                     [list(e.documents) for e in res.events],
                     [[s for m in c.members for s in m.sentences] for c in res.claims],
                     {s.id: s.text for d in res.documents for s in d.sentences},
                     format_signature(res.signature)), seconds


def tree() -> dict[str, str | None]:
    """Which workbench a run measured: the folder it was imported from (a script run from a folder
    holding another copy of the tree imports that copy: ``sys.path[0]`` is the script's folder) and
    the git commit there, with "-dirty" when files differ from it (None outside git)."""
    import workbench

    path = os.path.dirname(os.path.abspath(workbench.__file__))
    try:
        commit = subprocess.run(["git", "-C", path, "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", path, "status", "--porcelain", "--untracked-files=no", "--", "."],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"path": path, "commit": None}
    return {"path": path, "commit": commit + ("-dirty" if dirty else "")}


def event_sweep(docs: Sequence[pools_mod.Doc], path: str, cache: str, encoder,
                thresholds: Sequence[float], event_gold: str = "report") -> list[dict]:
    """Events alone at each threshold: the pool read, segmented, its facts and embeddings made once,
    then ``events.group_events`` with EVENT_THRESHOLD set to each (as a run with that setting groups
    them); the gold event links each keeps, adds and misses. No claims are aligned."""
    from workbench.align import events
    from workbench.inputs import read_documents
    from workbench.pipeline import _segment_and_extract, embed_sentences
    from workbench.store import Store

    read, errors = read_documents([path])
    if errors:
        raise SystemExit(f"align_comparable: error: {errors[0].name}: {errors[0].reason}")
    facts: dict = {}
    for _, doc_facts, _ in _segment_and_extract(read, None, lambda n: None):  # as the pipeline does
        facts.update(doc_facts)
    vectors = embed_sentences(read, encoder, Store(cache), lambda n: None)
    rows, kept = [], events.EVENT_THRESHOLD
    try:
        for t in thresholds:
            events.EVENT_THRESHOLD = t
            grouped = [e.documents for e in events.group_events(read, vectors, facts)]
            right, false, missed = cs.event_counts(docs, grouped, event_gold)
            rows.append({"threshold": t, "right": right, "false": false, "missed": missed})
    finally:
        events.EVENT_THRESHOLD = kept
    return rows


def print_sweep(sweep: dict[str, list[dict]]) -> None:
    """One line per threshold: false / missed event links of each pool, and their sum."""
    names = list(sweep)
    print("threshold | " + " | ".join(f"{n} false/missed" for n in names) + " | all false/missed")
    for i, row in enumerate(next(iter(sweep.values()), [])):
        cells = [(sweep[n][i]["false"], sweep[n][i]["missed"]) for n in names]
        print(f"{row['threshold']:9} | " + " | ".join(f"{f}/{m}" for f, m in cells)
              + f" | {sum(f for f, _ in cells)}/{sum(m for _, m in cells)}")


def embeddings(result: cs.Result, cache: str, encoder=None) -> dict[str, np.ndarray]:
    from workbench.embed import encode_cached, load_encoder
    from workbench.store import Store

    ids = list(result.texts)
    vecs = encode_cached(encoder or load_encoder(), [result.texts[i] for i in ids], Store(cache))
    return dict(zip(ids, vecs))


def sweep_events(args, sources: dict, out: str, cache: str) -> None:
    """``--event-sweep``: ``event_sweep`` of every pool of the splits; printed and in event_sweep.json."""
    from workbench.embed import load_encoder

    encoder, sweep = load_encoder(), {}
    for split in args.split:
        for source, reports in sources[split].items():
            name = f"{source}.{split}"
            docs = make_pool(reports, args.langs, args.pool_seed, name, **pool_shape(args))
            path = os.path.join(out, f"{name}.jsonl")
            pool_jsonl(docs, path)
            sweep[name] = event_sweep(docs, path, cache, encoder, args.event_sweep, args.event_gold)
    print_sweep(sweep)
    data = {"command": " ".join(sys.argv), "date": dt.date.today().isoformat(), "seed": args.seed,
            "pool_seed": args.pool_seed, "merge_junction": args.merge_junction, "report_lines": list(args.report_lines),
            **shape_meta(args), "claims_settings": args.claims_setting,
            "events_settings": args.events_setting, "event_gold": args.event_gold, "workbench": tree(), "sweep": sweep}
    write_atomic(os.path.join(out, "event_sweep.json"), json.dumps(data, indent=1) + "\n")


# --- printing --------------------------------------------------------------------------------

def fmt(x) -> str:
    return f"{x.p:5.3f} {x.r:5.3f} {x.f:5.3f}"


def pair_rows(split: str, ours: cs.Scores, base: cs.Scores, ceiling: cs.Scores | None = None,
              overlap: cs.Scores | None = None) -> list[dict]:
    """One row per language pair (and 'all'): the figures printed and written to pairs.tsv
    (``ceiling``: what the best partition of the gold links scores, ``cs.partition_ceiling``;
    ``overlap``: the same when a sentence may be in several claims, ``cs.overlap_ceiling``)."""
    ceiling = ceiling or cs.Scores()
    overlap = overlap or cs.Scores()
    names = sorted(ours.claims.keys() | ours.events.keys(), key=lambda n: (n.endswith("-en") is False, n))
    rows = []
    for name in [*names, "all"]:
        pick = (lambda table: cs.Scores.total(table)) if name == "all" else (lambda table: table.get(name, cs.PRF()))
        types = {}
        for kind in cs.TYPES:
            t = cs.TypePRF()
            for (pair, k), v in ours.types.items():
                if k == kind and (name == "all" or pair == name):
                    t += v
            types[kind] = t
        rows.append({"split": split, "pair": name, "events": pick(ours.events), "claims": pick(ours.claims),
                     "baseline_events": pick(base.events), "baseline_claims": pick(base.claims),
                     "merged": pick(ours.merged), "types": types,
                     "ceiling": pick(ceiling.claims), "ceiling_merged": pick(ceiling.merged),
                     "overlap": pick(overlap.claims), "overlap_merged": pick(overlap.merged)})
    return rows


def print_rows(rows: list[dict], header: bool = True) -> None:
    if header:
        print("pair   |   events P/R/F1   |   claims P/R/F1   | baseline claims*  |"
              "  1-1 P/R (gold)     |  1-2 P/R (gold)     |  2-1 P/R (gold)     | merged R (gold) | ceiling F1 merged R"
              " | overlap F1 merged R")
    for r in rows:
        types = " | ".join(f"{t.p:5.3f} {t.r:5.3f} {t.gold:5d}" for t in (r["types"][k] for k in ("1-1", "1-2", "2-1")))
        m = r["merged"]
        print(f"{r['pair']:<6} | {fmt(r['events'])} | {fmt(r['claims'])} | {fmt(r['baseline_claims'])} | "
              f"{types} | {m.r:5.3f} {m.tp + m.fn:5d}     | {r['ceiling'].f:5.3f} {r['ceiling_merged'].r:5.3f}"
              f"         | {r['overlap'].f:5.3f} {r['overlap_merged'].r:5.3f}")


def interval_rows(split: str, scores: cs.Scores, draws: int, seed: int) -> list[dict]:
    """Each language pair's claim F1 with its report-bootstrap 95% interval (``cs.claim_interval``),
    pairs of two languages with gold links only, then "all"."""
    pairs = sorted(name for name, v in scores.claims.items() if v.tp + v.fn and len(set(name.split("-"))) == 2)
    out = []
    for name in pairs + ["all"]:
        prf = scores.claims[name] if name != "all" else cs.Scores.total(scores.claims)
        lo, hi = cs.claim_interval(scores, name, draws, seed)
        out.append({"split": split, "pair": name, "f1": prf.f, "lo": lo, "hi": hi,
                    "reports": len({r for p, r in scores.reports if name in (p, "all")})})
    return out


def print_intervals(rows: list[dict], draws: int) -> None:
    print(f"claim F1, 95% interval over the reports ({draws} bootstrap resamplings):")
    for r in rows:
        print(f"  {r['pair']:6} {r['f1']:.4f}  [{r['lo']:.4f}, {r['hi']:.4f}]  {r['reports']} reports")


def write_intervals(out: str, rows: list[dict]) -> None:
    lines = ["split\tpair\tF1\tlo\thi\treports"] + [
        f"{r['split']}\t{r['pair']}\t{r['f1']:.4f}\t{r['lo']:.4f}\t{r['hi']:.4f}\t{r['reports']}" for r in rows]
    write_atomic(os.path.join(out, "intervals.tsv"), "\n".join(lines) + "\n")


def write_summary(out: str, rows: list[dict], meta: dict) -> None:
    tsv = ["split\tpair\tkind\tP\tR\tF1\tgold\tpred"]
    for r in rows:
        for kind in ("events", "claims", "baseline_events", "baseline_claims", "ceiling", "overlap"):
            x = r[kind]
            tsv.append(f"{r['split']}\t{r['pair']}\t{kind}\t{x.p:.4f}\t{x.r:.4f}\t{x.f:.4f}\t{x.tp + x.fn}\t{x.tp + x.fp}")
        for kind, t in r["types"].items():
            tsv.append(f"{r['split']}\t{r['pair']}\tclaims_{kind}\t{t.p:.4f}\t{t.r:.4f}\t{t.f:.4f}\t{t.gold}\t{t.pred}")
        m = r["merged"]
        tsv.append(f"{r['split']}\t{r['pair']}\tclaims_merged\t\t{m.r:.4f}\t\t{m.tp + m.fn}\t")
        tsv.append(f"{r['split']}\t{r['pair']}\tceiling_merged\t\t{r['ceiling_merged'].r:.4f}\t\t{m.tp + m.fn}\t")
        tsv.append(f"{r['split']}\t{r['pair']}\toverlap_merged\t\t{r['overlap_merged'].r:.4f}\t\t{m.tp + m.fn}\t")
    data = {**meta, "rows": [{"split": r["split"], "pair": r["pair"],
                              **{k: r[k].as_dict() for k in ("events", "claims", "baseline_events",
                                                              "baseline_claims", "ceiling", "overlap")},
                              "ceiling_merged_recall": round(r["ceiling_merged"].r, 4),
                              "overlap_merged_recall": round(r["overlap_merged"].r, 4),
                              "merged_recall": {"gold": r["merged"].tp + r["merged"].fn, "found": r["merged"].tp,
                                                "r": round(r["merged"].r, 4)},
                              "types": {k: t.as_dict() for k, t in r["types"].items()}} for r in rows]}
    for name, text in (("pairs.tsv", "\n".join(tsv) + "\n"), ("summary.json", json.dumps(data, indent=1) + "\n")):
        write_atomic(os.path.join(out, name), text)


# settings whose signature key (the module's THRESHOLDS) is not their name in lower case
SIGNATURE_KEYS = {"LINK_THRESHOLD": "link", "EVENT_THRESHOLD": "threshold"}


def apply_settings(module, settings: Sequence[str]) -> dict[str, object]:
    """Set ``NAME=VALUE`` settings of ``module`` (its upper-case constants holding a number, a flag
    or None) for this process; returns them as set. VALUE is read as the constant's type (None,
    true/false, a number); an unknown name or a value of the wrong kind is a ValueError. The
    module's THRESHOLDS (what the run's signature stamps) follow, so the signature says what ran."""
    known = {name for name, v in vars(module).items()
             if name.isupper() and not name.startswith("_") and (v is None or isinstance(v, (bool, int, float)))}
    where = module.__name__.replace(".", "/") + ".py"
    out: dict[str, object] = {}
    for item in settings:
        name, sep, text = item.partition("=")
        if not sep or name not in known:
            raise ValueError(f"{item!r}: not NAME=VALUE with NAME a setting of {where}")
        old = getattr(module, name)
        if text == "None":
            value = None
        elif isinstance(old, bool):
            if text.lower() not in ("true", "false"):
                raise ValueError(f"{name} takes true or false, not {text!r}")
            value = text.lower() == "true"
        else:
            try:
                value = int(text) if isinstance(old, int) else float(text)
            except ValueError:
                raise ValueError(f"{name} takes a number or None, not {text!r}") from None
        setattr(module, name, value)
        table, key = getattr(module, "THRESHOLDS", {}), SIGNATURE_KEYS.get(name, name.lower())
        if key in table:
            table[key] = value
        out[name] = value
    return out


def report_lines(ap: argparse.ArgumentParser, value: str) -> tuple[int, int]:
    """``--report-lines LO,HI`` as (LO, HI): 1 <= LO <= HI, or a one-line usage error."""
    try:
        lo, hi = (int(x) for x in value.split(","))
    except ValueError:
        ap.error(f"--report-lines: two whole numbers LO,HI, not {value!r}")
    if not 1 <= lo <= hi:
        ap.error(f"--report-lines: need 1 <= LO <= HI, not {value!r}")
    return lo, hi


def apply_claims_settings(settings: Sequence[str]) -> dict[str, object]:
    """``apply_settings`` of ``workbench.align.claims``."""
    from workbench.align import claims

    return apply_settings(claims, settings)


def apply_events_settings(settings: Sequence[str]) -> dict[str, object]:
    """``apply_settings`` of ``workbench.align.events``."""
    from workbench.align import events

    return apply_settings(events, settings)


# --- modes -----------------------------------------------------------------------------------

def evaluate(args, sources: dict, out: str, cache: str) -> None:
    encoder = None
    if args.runner == "inprocess" or not args.no_baseline:
        from workbench.embed import load_encoder

        encoder = load_encoder()
    intervals: list[dict] = []
    rows, meta = [], {"command": " ".join(sys.argv), "date": dt.date.today().isoformat(), "seed": args.seed,
                      "same_lines": args.same_lines, "claims_settings": args.claims_setting,
                      "events_settings": args.events_setting, "event_gold": args.event_gold,
                      "pool_seed": args.pool_seed, "merge_junction": args.merge_junction,
                      **shape_meta(args),
                      "report_lines": list(args.report_lines),
                      "langs": list(args.langs), "runner": args.runner, "workbench": tree(), "pools": {}}
    for split in args.split:
        ours_all, base_all, ceil_all, over_all, pool_rows = cs.Scores(), cs.Scores(), cs.Scores(), cs.Scores(), []
        for source, reports in sources[split].items():
            name = f"{source}.{split}"
            docs = make_pool(reports, args.langs, args.pool_seed, name, **pool_shape(args))
            path = os.path.join(out, f"{name}.jsonl")
            pool_jsonl(docs, path)
            if args.runner == "cli":
                result, seconds = run_cli(path, os.path.join(out, name), cache)
            else:
                result, seconds = run_inprocess(path, cache, encoder)
            ours = cs.score(docs, result, same_lines=args.same_lines, event_gold=args.event_gold)
            if args.errors:
                write_jsonl(cs.claim_errors(docs, result, args.same_lines), os.path.join(out, f"errors.{name}.jsonl"))
            base = cs.score(docs, cs.baseline(docs, result, embeddings(result, cache, encoder), within=result.events),
                            event_gold=args.event_gold) if not args.no_baseline else cs.Scores()
            ceil = cs.score(docs, cs.partition_ceiling(docs, result), event_gold=args.event_gold)
            over = cs.score(docs, cs.overlap_ceiling(docs, result), event_gold=args.event_gold)
            ours_all += ours
            base_all += base
            ceil_all += ceil
            over_all += over
            pool_rows.append(pair_rows(name, ours, base, ceil, over))
            n_sent = sum(len(v) for v in result.sentences.values())
            merged = len(cs.merged_sentences(docs, result))
            meta["pools"][name] = {"reports": len(reports), "docs": len(docs), "sentences": n_sent,
                                   "merged_sentences": merged, "merges_built": sum(len(d.merges) for d in docs),
                                   "seconds": {k: round(v, 1) for k, v in seconds.items()},
                                   "signature": result.signature}
            print(f"{name}: {len(reports)} reports, {len(docs)} documents, {n_sent} sentences "
                  f"({merged} of {meta['pools'][name]['merges_built']} merges kept whole by the segmenter), "
                  f"{seconds['wall']:.0f} s", flush=True)
        split_rows = pair_rows(split, ours_all, base_all, ceil_all, over_all)
        rows += split_rows
        print(f"\n== {split} ==  (pools: {', '.join(f'{s}.{split}' for s in sources[split])})")
        print_rows(split_rows)
        if args.intervals:
            intervals += interval_rows(split, ours_all, args.intervals, args.seed)
            print_intervals([r for r in intervals if r["split"] == split], args.intervals)
            write_intervals(out, intervals)
        if len(pool_rows) > 1:
            print("by pool:")
            print_rows([{**r[-1], "pair": r[-1]["split"].split(".")[0]} for r in pool_rows], header=False)
        print()
        for r in pool_rows:
            rows += r
        write_summary(out, rows, meta)
    print("* baseline claims: mutual-best cosine pairs inside our events (baseline events: one date); "
          "ceiling: the best partition of the gold links into claims of adjacent-sentence members; "
          "overlap: the same when a sentence may also be a member of other claims")
    print(f"per pair and link type: {os.path.join(out, 'pairs.tsv')}; all counts: {os.path.join(out, 'summary.json')}")


def scaling(args, sources: dict, out: str, cache: str, factors: list[int]) -> None:
    """The first chosen split's pools at each size (copies of independent draws), in process."""
    from workbench.embed import load_encoder

    encoder = load_encoder()
    split = args.split[0]
    table = []
    for k in factors:
        docs_all, n_reports = [], 0
        for source, reports in sources[split].items():
            docs_all += make_pool(reports, args.langs, args.pool_seed, f"{source}.{split}", copies=k,
                                  **pool_shape(args))
            n_reports += len(reports) * k
        path = os.path.join(out, f"scale-{split}-x{k}.jsonl")
        pool_jsonl(docs_all, path)
        for _ in range(args.repeat):  # the last run is timed: earlier ones fill the embedding cache
            result, seconds = run_inprocess(path, cache, encoder)
        ours = cs.score(docs_all, result)
        n_sent = sum(len(v) for v in result.sentences.values())
        table.append((k, len(docs_all), n_sent, seconds, cs.Scores.total(ours.events), cs.Scores.total(ours.claims)))
        print(f"x{k}: {len(docs_all)} documents, {n_sent} sentences, {seconds['wall']:.0f} s, claims stage "
              f"{seconds.get('claims', 0):.1f} s, claim F1 {cs.Scores.total(ours.claims).f:.3f}", flush=True)
    warm = "the timed run after a warm-up run" if args.repeat > 1 else "one run, cache as it was"
    print(f"\nscaling ({split} pools of {', '.join(sources[split])}; in process; {warm})")
    print("size  docs  sentences |  wall s  embed s  events s  claims s  flags s | claims s per 1k sent | "
          "events F1  claims F1")
    for k, nd, ns, sec, ev, cl in table:
        print(f"{k:>3}x {nd:5d} {ns:10d} | {sec['wall']:7.1f} {sec.get('embed', 0):8.1f} {sec.get('events', 0):9.1f} "
              f"{sec.get('claims', 0):9.1f} {sec.get('flags', 0):8.1f} | {1000 * sec.get('claims', 0) / ns:20.2f} | "
              f"{ev.f:9.3f} {cl.f:10.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--mode", choices=("long", "short"), default="long",
                    help="'long': the pools of issue 12 (default); 'short': the FLORES-short pools of before")
    ap.add_argument("--seed", type=int, default=13,
                    help="the FLORES dev/test split and, unless --pool-seed is given, the versions' draws (default 13)")
    ap.add_argument("--pool-seed", type=int,
                    help="draw the versions (drops, merges, block orders, dates) with this seed instead: "
                         "the same split's reports in another draw, a robustness check (default: --seed)")
    ap.add_argument("--merge-junction", choices=tuple(pools_mod.JUNCTIONS), default="semicolon",
                    help="what a merge turns the first line's full stop into (default semicolon, which the "
                         "segmenter and the clause split read; comma: as real merged sentences often join; "
                         "mixed: each merge a semicolon, a comma or a comma and the language's 'and', drawn "
                         "apart from the versions, the second line in lower case as the text writes its word)")
    ap.add_argument("--split", default="dev,test", help="dev, test or dev,test (default)")
    ap.add_argument("--langs", default=",".join(LANGS), help=f"languages of the FLORES pools (default {','.join(LANGS)})")
    ap.add_argument("--sources", default=",".join(SOURCES), help="flores, wmt or both (default); wmt needs tr and en")
    ap.add_argument("--wmt-reports", type=int, default=WMT_REPORTS,
                    help=f"WMT reports a split (default {WMT_REPORTS}; 0 = all ~127)")
    ap.add_argument("--reports", type=int, help="at most N reports a pool (spread through it), for a quick look")
    ap.add_argument("--report-lines", default=",".join(map(str, REPORT_LINES)), metavar="LO,HI",
                    help="lines of a source report, least and most (default %(default)s, real long-form news; "
                         "40,80 for reports longer than the target's)")
    ap.add_argument("--runner", choices=("cli", "inprocess", "direct"), default="cli",
                    help="'cli': workbench run (default); 'inprocess': the same pipeline here, no report files; "
                         "'direct': the short mode's library path")
    ap.add_argument("--scale", help="scaling check instead of scores: sizes such as 1,2,4 of the first split's pools")
    ap.add_argument("--repeat", type=int, default=1,
                    help="scaling: run each size this many times and time the last (2: embeddings all cached)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the mutual-best-cosine baseline")
    ap.add_argument("--parallel", action="store_true",
                    help="every version keeps every line, unmerged and in order: the issue's parallel case "
                         "(two translations and English), not comparable reports")
    ap.add_argument("--second", action="append", default=[], metavar="LANG=FILE",
                    help="a second version of LANG (one of --langs) in the FLORES pools, its lines from FILE, "
                         "line-aligned with the FLORES devtest files (e.g. apertium's translation of another "
                         "language into LANG): two outlets writing one language, scored as the LANG-LANG pair; "
                         "repeatable, once a language")
    ap.add_argument("--same-lines", action="store_true",
                    help="claim gold: a line reprinted in two reports the run puts in one event is one claim "
                         "(_comparable_score.same_line_keys; off by default, the figures of before)")
    ap.add_argument("--claims-setting", action="append", default=[], metavar="NAME=VALUE",
                    help="with --runner inprocess: set a calibrated setting of workbench/align/claims.py for this "
                         "run (e.g. SHARED_JOIN=None to switch it off, SHARED_JOIN=1.3); repeatable; in summary.json")
    ap.add_argument("--events-setting", action="append", default=[], metavar="NAME=VALUE",
                    help="with --runner inprocess: the same for a setting of workbench/align/events.py")
    ap.add_argument("--event-gold", choices=cs.EVENT_GOLD, default="report",
                    help="the gold events: the versions of one report (default, the figures of before) or "
                         "of every report holding a part of one article (WMT articles cut into reports, or "
                         "two short ones joined, are one story)")
    ap.add_argument("--event-sweep", metavar="T,T,...",
                    help="events alone (no claims) at each of these EVENT_THRESHOLD values: false and missed "
                         "event links per pool; with --runner inprocess; event_sweep.json in --out")
    ap.add_argument("--intervals", type=int, default=0, metavar="N",
                    help="also give each language pair's claim F1 a 95%% interval from N bootstrap resamplings "
                         "of the split's reports (to intervals.tsv in --out; 1000 is plenty; default: none)")
    ap.add_argument("--errors", action="store_true",
                    help="also write each pool's missed and false claim pairs, with their texts, the claims "
                         "they are in and what each sentence covers of its lines, to errors.POOL.jsonl in --out")
    ap.add_argument("--out", help="folder for pools, reports and summaries, reused across runs (default: temporary)")
    ap.add_argument("--cache", help="embedding cache (default: the workbench cache); reuse it between runs")
    import _comparable_short as short

    short.add_arguments(ap)
    args = ap.parse_args()
    args.pool_seed = pool_seed(args.seed, args.pool_seed)
    args.report_lines = report_lines(ap, args.report_lines)
    if args.mode == "short":
        if args.report_lines != REPORT_LINES:
            ap.error("--report-lines is the long mode's (the short mode's reports are single FLORES articles)")
        if args.parallel or args.second:
            ap.error("--parallel and --second are the long mode's (the short mode builds its own pools)")
        if args.runner == "inprocess":
            ap.error("--mode short takes --runner cli or direct")
        short.main(args)
        return
    if args.runner == "direct":
        ap.error("--runner direct is the short mode's; use inprocess")
    args.split = [s for s in args.split.split(",") if s]
    args.langs = [x for x in args.langs.split(",") if x]
    chosen = [x for x in args.sources.split(",") if x]
    for bad, allowed, what in ((set(args.split) - {"dev", "test"}, "dev, test", "--split"),
                               (set(args.langs) - set(LANGS), ", ".join(LANGS), "--langs"),
                               (set(chosen) - set(SOURCES), ", ".join(SOURCES), "--sources")):
        if bad:
            ap.error(f"{what}: unknown {', '.join(sorted(bad))} (choose from {allowed})")
    if len(args.langs) < 2:
        ap.error("--langs: give at least two languages")
    second: dict[str, tuple[str, Path]] = {}
    for item in args.second:
        lang, sep, path = item.partition("=")
        if not sep or not path or lang not in args.langs:
            ap.error(f"--second: give LANG=FILE with LANG one of --langs, not {item!r}")
        if f"{lang}2" in second:
            ap.error(f"--second: {lang} given twice")
        second[f"{lang}2"] = (lang, Path(path))
    args.second = second
    if args.event_sweep:
        try:
            args.event_sweep = [float(x) for x in args.event_sweep.split(",") if x]
        except ValueError:
            ap.error(f"--event-sweep: thresholds are numbers, not {args.event_sweep!r}")
        if args.runner != "inprocess" or args.scale or not args.event_sweep:
            ap.error("--event-sweep takes thresholds, --runner inprocess and no --scale")
    for flag, items, apply in (("--claims-setting", args.claims_setting, apply_claims_settings),
                               ("--events-setting", args.events_setting, apply_events_settings)):
        if items and args.runner != "inprocess":
            ap.error(f"{flag} needs --runner inprocess (a workbench run in another process reads its own)")
        try:
            setattr(args, flag[2:].replace("-", "_"), apply(items))
        except ValueError as e:
            ap.error(f"{flag}: {e}")
    from workbench.commands.common import default_cache_path

    cache = os.path.abspath(args.cache or default_cache_path())
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    out = args.out or tempfile.mkdtemp(prefix="align_comparable-")
    os.makedirs(out, exist_ok=True)
    args.langs = [*args.langs, *args.second]  # a second version is drawn as a language of its own
    sources = load_sources(args.data_dir, args.langs, chosen, args.seed, args.wmt_reports or None,
                           args.report_lines, {key: path for key, (_, path) in args.second.items()})
    if args.reports:
        sources = {split: {k: pools_mod.spread(v, args.reports) for k, v in by.items()} for split, by in sources.items()}
    if not any(sources[s] for s in args.split):
        ap.error("no pool to run: wmt needs tr and en in --langs")
    lines = "" if args.report_lines == REPORT_LINES else \
        f"; reports of {args.report_lines[0]}-{args.report_lines[1]} lines"
    print(f"seed {args.seed} (pools drawn with {args.pool_seed}); langs {','.join(args.langs)}{lines}; runner {args.runner}; out {out}; cache {cache}")
    if args.scale:
        scaling(args, sources, out, cache, [int(x) for x in args.scale.split(",")])
    elif args.event_sweep:
        sweep_events(args, sources, out, cache)
    else:
        evaluate(args, sources, out, cache)


if __name__ == "__main__":
    main()
