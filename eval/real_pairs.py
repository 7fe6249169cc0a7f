"""False flags on real unchanged translation pairs, and recall of changes injected into them.

Pairs are real human translations (``_real_data``): WMT news Turkish–English (articles
of consecutive lines) and FLORES-200 kk/tr/bg–English articles. Unchanged, every
conflict or hedge flag is a false alarm. Each injected copy changes one fact
(``_inject``: a number, a date, a name, a hedge) in the source-language side or, in a
separate copy, in the English side. Everything goes through the real CLI
(``workbench run POOL.jsonl --skip translate``), one run per pool; each pair of a pool
has its own date (a week apart) so that no event spans two pairs, and the script
checks that each pair comes out as exactly one event. Languages are detected by the
workbench as a user's run would (``--given-lang`` passes them instead).

A change is found when a flag (any kind but single_source) of severity medium or above
(low or above for hedges) cites the changed span. Pairs and changes are seeded:
the same tree gives the same figures.

    python eval/real_pairs.py ../shared/data [--limit 40] [--langs tr,kk,bg] [--kinds number,date,name,hedge]
                              [--out out/real-pairs]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _inject import (Change, inject_date, inject_hedge, inject_name, inject_number,  # noqa: E402
                     lowercase_words, name_candidates)
from _real_data import FLORES_FILES, Pair, load_flores, load_wmt, pair_date  # noqa: E402
from _workbench import CONFLICT_KINDS, SERIOUS, cites, events_of, flags_by_doc, recheck, run_cli, write_jsonl  # noqa: E402

KINDS = ("number", "date", "name", "hedge")
SIDES = ("src", "en")
HEDGE_SUBS = ("add", "remove", "change")
FOUND_AT = {"number": SERIOUS, "date": SERIOUS, "name": SERIOUS, "hedge": ("high", "medium", "low")}
SAMPLES = 25  # false flags / misses written per dataset and language


@dataclass
class Case:
    pool: str  # "unchanged" or "<kind>-<side>"
    pair: Pair
    change: Change | None = None
    side: str | None = None  # "src" | "en": the changed side

    def doc_id(self, side: str) -> str:
        return f"{self.pool}.{self.pair.id}.{side}"

    def lines(self, side: str) -> list[str]:
        lines = list(self.pair.src if side == "src" else self.pair.en)
        if self.change is not None and side == self.side:
            lines[self.change.line] = self.change.new_line
        return lines

    def offset(self) -> tuple[int, int]:
        """Span of the change in the changed document's text."""
        before = sum(len(x) + 1 for x in self.lines(self.side)[:self.change.line])
        return before + self.change.start, before + self.change.end


def _rng(seed: int, *parts: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256("|".join((str(seed), *parts)).encode()).digest()[:8], "big"))


def flores_owner(pair_id: str, seed: int) -> str:
    """The one source language whose pairs may use this FLORES article (seeded, whatever ``--langs``).

    FLORES gives every language the same English side: drawn independently, one article came
    into a pool up to three times (kk, tr, ru…) with the same English document, and the
    identical English copies, nearer to each other than to any translation, kept the event
    grouping from pairing 16 of those 21 unchanged pairs (2026-12-01, 5 languages). A user's
    reports are not one English text three times, so each article serves one language only.
    """
    index = pair_id.rsplit("-", 1)[1]
    langs = sorted(x for x in FLORES_FILES if x != "en")
    return langs[_rng(seed, "flores-owner", index).randrange(len(langs))]


def select_pairs(pairs: list[Pair], limit: int, seed: int) -> list[Pair]:
    """``limit`` pairs of each dataset and language, drawn at random (seeded), in data order;
    a FLORES article for one language only (``flores_owner``)."""
    by_key: dict[tuple[str, str], list[Pair]] = defaultdict(list)
    for p in pairs:
        if p.dataset == "flores" and flores_owner(p.id, seed) != p.lang:
            continue
        by_key[p.key].append(p)
    out = []
    for key in sorted(by_key):
        got = list(by_key[key])
        _rng(seed, *key).shuffle(got)
        out += sorted(got[:limit], key=lambda p: p.id)
    return out


def build_cases(pairs: list[Pair], every: list[Pair], seed: int,
                kinds: tuple[str, ...] = KINDS) -> dict[str, list[Case]]:
    """The unchanged pool and one pool per injected kind and side (pairs with no site are left out).
    Words written in lower case anywhere in ``every`` pair of the dataset are never taken for names."""
    common = {}
    pools_of_names = {}
    for key in {p.key for p in pairs}:
        same = [p for p in pairs if p.key == key]
        for side, lang in (("src", key[1]), ("en", "en")):
            common[key, side] = lowercase_words([ln for p in every if p.key == key
                                                 for ln in (p.src if side == "src" else p.en)])
            pools_of_names[key, side] = {
                p.id: name_candidates(list(p.src if side == "src" else p.en), lang, common[key, side]) for p in same}
    pools: dict[str, list[Case]] = {"unchanged": [Case("unchanged", p) for p in pairs]}
    for kind in kinds:
        for side in SIDES:
            name = f"{kind}-{side}"
            cases = []
            for i, p in enumerate(pairs):
                rng = _rng(seed, name, p.id)
                mine, theirs = (list(p.src), list(p.en)) if side == "src" else (list(p.en), list(p.src))
                lang, other = (p.lang, "en") if side == "src" else ("en", p.lang)
                if kind == "number":
                    change = inject_number(rng, mine, theirs, lang, other)
                elif kind == "date":
                    change = inject_date(rng, mine, theirs, lang, other)
                elif kind == "name":
                    pool = sorted({n for pid, ns in pools_of_names[p.key, side].items() if pid != p.id for n in ns})
                    change = inject_name(rng, mine, theirs, lang, other, common[p.key, side], pool)
                else:
                    change = None
                    for k in range(len(HEDGE_SUBS)):  # add / remove / change in turn, the next one if no site
                        change = inject_hedge(rng, mine, theirs, lang, other, HEDGE_SUBS[(i + k) % len(HEDGE_SUBS)])
                        if change is not None:
                            break
                if change is not None:
                    cases.append(Case(name, p, change, side))
            pools[name] = cases
    return pools


def pool_documents(cases: list[Case], given_lang: bool) -> list[dict]:
    slots: Counter = Counter()
    docs = []
    for c in cases:
        date = pair_date(c.pair, slots[c.pair.key])
        slots[c.pair.key] += 1
        for side, lang in (("src", c.pair.lang), ("en", "en")):
            d = {"id": c.doc_id(side), "text": "\n".join(c.lines(side)), "date": date}
            if given_lang:
                d["lang"] = lang
            docs.append(d)
    return docs


def saved_texts_differ(cases: list[Case], report: dict) -> str | None:
    """The first document of ``cases`` whose text differs from the saved run's (None when all
    match): a re-check scores the cases of this code, so they must be the texts that were run."""
    texts = {d["id"]: d["text"] for d in report["documents"]}
    for c in cases:
        for side in ("src", "en"):
            if texts.get(c.doc_id(side)) != "\n".join(c.lines(side)):
                return c.doc_id(side)
    return None


@dataclass
class Outcome:
    case: Case
    flags: list[dict]  # conflict/hedge flags citing either document of the pair
    found: bool | None  # injected cases: the change is cited by a flag strong enough
    event_ok: bool  # the pair's two documents, and only they, form one event
    langs: tuple[str, str]  # detected (or given) languages of the two documents


def score_pool(cases: list[Case], report: dict) -> list[Outcome]:
    docs = {d["id"]: d for d in report["documents"]}
    by_doc = flags_by_doc(report)
    events = events_of(report)
    out = []
    for c in cases:
        ids = (c.doc_id("src"), c.doc_id("en"))
        seen, flags = set(), []
        for d in ids:
            for f in by_doc.get(d, ()):
                if f["kind"] in CONFLICT_KINDS and id(f) not in seen:
                    seen.add(id(f))
                    flags.append(f)
        found = None
        if c.change is not None:
            doc = docs.get(c.doc_id(c.side))
            a, b = c.offset()
            found = doc is not None and any(
                f["kind"] != "single_source" and f["severity"] in FOUND_AT[c.change.kind] and cites(f, doc, a, b)
                for d in ids for f in by_doc.get(d, ()))
        out.append(Outcome(c, flags, found, events.get(ids[0]) == tuple(sorted(ids)),
                           tuple(docs[i]["lang"] if i in docs else "?" for i in ids)))
    return out


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:5.1f}%" if n else "    -"


def report_unchanged(outcomes: list[Outcome]) -> dict:
    rows = {}
    print("Unchanged real pairs: every conflict/hedge flag is a false alarm")
    print(f"{'dataset':<10} {'pairs':>5} {'medium+':>8} {'any':>7}   flags by kind/severity (flags)")
    for key in sorted({o.case.pair.key for o in outcomes}):
        got = [o for o in outcomes if o.case.pair.key == key]
        serious = sum(any(f["severity"] in SERIOUS for f in o.flags) for o in got)
        anyf = sum(bool(o.flags) for o in got)
        kinds = Counter(f"{f['kind']}/{f['severity']}" for o in got for f in o.flags)
        name = "-".join(key)
        rows[name] = {"pairs": len(got), "medium_plus": serious, "any": anyf, "flags": dict(kinds),
                      "events_wrong": sum(not o.event_ok for o in got),
                      "lang_wrong": dict(Counter(f"{o.case.pair.lang}->{o.langs[0]}" for o in got
                                                 if o.langs[0] != o.case.pair.lang)
                                         + Counter(f"en->{o.langs[1]}" for o in got if o.langs[1] != "en"))}
        print(f"{name:<10} {len(got):>5} {_pct(serious, len(got)):>8} {_pct(anyf, len(got)):>7}   "
              + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    n = len(outcomes)
    serious = sum(any(f["severity"] in SERIOUS for f in o.flags) for o in outcomes)
    print(f"{'all':<10} {n:>5} {_pct(serious, n):>8} {_pct(sum(bool(o.flags) for o in outcomes), n):>7}")
    for name, r in rows.items():
        if r["events_wrong"] or r["lang_wrong"]:
            print(f"  {name}: {r['events_wrong']} pairs not one event of their own; language detected "
                  f"otherwise: {r['lang_wrong'] or 'none'}")
    return rows


def report_injected(outcomes: list[Outcome]) -> dict:
    keys = sorted({o.case.pair.key for o in outcomes})
    rows: dict = {}
    print()
    print("Injected changes found (number/date/name: a medium+ flag citing the change; hedge: low+)")
    header = "".join(f"{'-'.join(k) + ' ' + s:>16}" for k in keys for s in SIDES)
    print(f"{'kind':<14}{header}")
    subs = sorted({(o.case.change.kind, o.case.change.sub) for o in outcomes},
                  key=lambda ks: (KINDS.index(ks[0]), ks[1]))
    for kind in [k for k in KINDS if any(ks[0] == k for ks in subs)]:
        for label, sel in [(kind, None)] + [(f"  {s}", s) for k, s in subs if k == kind and s != kind]:
            cells = []
            for key in keys:
                for side in SIDES:
                    got = [o.found for o in outcomes if o.case.pair.key == key and o.case.side == side
                           and o.case.change.kind == kind and (sel is None or o.case.change.sub == sel)]
                    cells.append(f"{sum(got) / len(got):.2f} ({len(got):>3})" if got else "-")
                    if sel is None:
                        rows[f"{kind}.{'-'.join(key)}.{side}"] = {"cases": len(got), "found": sum(got)}
            print(f"{label:<14}" + "".join(f"{c:>16}" for c in cells))
    return rows


def _evidence_text(f: dict, docs: dict) -> str:
    parts = []
    for e in f["evidence"]:
        doc = docs.get(e["doc"])
        sent = next((s["text"] for s in doc["sentences"] if s["id"] == e["sentence"]), "") if doc else ""
        parts.append(f"    - `{e['doc'].rsplit('.', 1)[-1]}` **{e.get('surface')}** ({e.get('value')}): {sent}")
    return "\n".join(parts)


def write_samples(out: str, unchanged: list[Outcome], injected: list[Outcome], reports: dict) -> None:
    docs = {d["id"]: d for r in reports.values() for d in r["documents"]}
    lines = ["# False flags on unchanged real pairs (sample)", ""]
    for key in sorted({o.case.pair.key for o in unchanged}):
        flagged = [(o, f) for o in unchanged if o.case.pair.key == key for f in o.flags]
        lines += [f"## {'-'.join(key)}: {len(flagged)} flags", ""]
        for o, f in flagged[:SAMPLES]:
            lines += [f"- {o.case.pair.id} {f['kind']}/{f['severity']}: {f['message']}", _evidence_text(f, docs)]
        lines.append("")
    lines += ["# Missed injected changes (sample)", ""]
    for key in sorted({o.case.pair.key for o in injected}):
        missed = [o for o in injected if o.case.pair.key == key and not o.found]
        lines += [f"## {'-'.join(key)}: {len(missed)} missed", ""]
        for o in missed[:SAMPLES]:
            c = o.case
            doc = docs.get(c.doc_id(c.side))
            a, _ = c.offset()
            sent = next((s["text"] for s in doc["sentences"] if s["start"] <= a < s["end"]), "") if doc else ""
            near = "; ".join(f"{f['kind']}/{f['severity']}: {f['message']}" for f in o.flags) or "no flag"
            lines += [f"- {c.pool} {c.pair.id} {c.change.sub}: {c.change.note} — {sent}", f"    - flags: {near}"]
        lines.append("")
    with open(os.path.join(out, "samples.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--limit", type=int, default=40, help="pairs per dataset and language (default 40)")
    ap.add_argument("--langs", default="tr,kk,bg", help="source languages (default tr,kk,bg; tr adds WMT)")
    ap.add_argument("--out", default="out/real-pairs", help="folder for samples, figures and the runs")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--given-lang", action="store_true", help="give each document its language (no detection)")
    ap.add_argument("--kinds", default=",".join(KINDS),
                    help=f"injected kinds to run (default {','.join(KINDS)}; 'none': unchanged pairs only)")
    ap.add_argument("--any-capital-names", action="store_true",
                    help="inject names as before the sixth session (no dictionary test of a name): "
                         "to re-check the runs made then")
    ap.add_argument("--recheck", action="store_true",
                    help="recompute facts and flags on the saved runs of --out (same seed and limit) "
                         "instead of running workbench: a rule change measured on the same alignments")
    args = ap.parse_args(argv)
    if args.any_capital_names:
        import _inject
        _inject.NAMES_FROM_DICTIONARY = False
    langs = tuple(x.strip() for x in args.langs.split(",") if x.strip())
    bad = [x for x in langs if x not in ("tr", "kk", "bg", "ru", "sr")]
    if bad:
        ap.error(f"--langs: unknown {','.join(bad)}; choose from tr, kk, bg, ru, sr")
    kinds = tuple(x.strip() for x in args.kinds.split(",") if x.strip() and x.strip() != "none")
    bad = [x for x in kinds if x not in KINDS]
    if bad:
        ap.error(f"--kinds: unknown {','.join(bad)}; choose from {', '.join(KINDS)} or none")
    t0 = time.time()
    every = (load_wmt(args.data_dir) if "tr" in langs else []) + load_flores(args.data_dir, langs)
    pairs = select_pairs(every, args.limit, args.seed)
    pools = build_cases(pairs, every, args.seed, kinds)
    os.makedirs(args.out, exist_ok=True)
    work = os.path.join(args.out, "runs")
    os.makedirs(work, exist_ok=True)
    reports, outcomes = {}, {}
    for name, cases in pools.items():
        if not cases:
            continue
        path = os.path.join(work, f"{name}.jsonl")
        if args.recheck:
            saved = os.path.join(work, name, "report.json")
            if not os.path.exists(saved):
                ap.error(f"--recheck: no saved run {saved}; run once without --recheck")
            with open(saved, encoding="utf-8") as f:
                report = json.load(f)
            stale = saved_texts_differ(cases, report)
            if stale:
                ap.error(f"--recheck: {saved} holds another text for {stale} than this code injects (the "
                         f"injector changed since that run); run once without --recheck")
            reports[name] = recheck(report)
        else:
            write_jsonl(pool_documents(cases, args.given_lang), path)
            reports[name] = run_cli(path, os.path.join(work, name), os.path.join(work, "cache.sqlite"),
                                    os.path.join(work, "alignments"))
        outcomes[name] = score_pool(cases, reports[name])
    print(f"real pairs: {len(pairs)} pairs ({', '.join(langs)}), seed {args.seed}, limit {args.limit}, "
          f"{'languages given' if args.given_lang else 'languages detected'}, out {args.out}")
    summary = {"unchanged": report_unchanged(outcomes["unchanged"])}
    injected = [o for name, got in outcomes.items() if name != "unchanged" for o in got]
    if injected:
        summary["injected"] = report_injected(injected)
        broken = sum(not o.event_ok for o in injected)
        if broken:
            print(f"  {broken} injected pairs did not come out as one event of their own")
    write_samples(args.out, outcomes["unchanged"], injected, reports)
    with open(os.path.join(args.out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"\nsamples: {os.path.join(args.out, 'samples.md')}; {time.time() - t0:.0f} s wall, "
          f"{cpu.ru_utime + cpu.ru_stime:.0f} s CPU in workbench runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
