"""Recall of injected inconsistencies and false flags on unchanged pairs, through ``workbench run``.

Cases are FLORES-200 devtest articles (lines grouped by URL in metadata_devtest.tsv):
kk–en, tr–en and bg–en document pairs and kk–tr–bg triples. One pool per injected
kind (and one unchanged pool) is written as JSONL, each case with its own date a
year apart so that no event spans cases, and run through the real CLI
(``python -m workbench.cli run POOL.jsonl --out DIR --skip translate``). Each
article appears at most once per pool.

Injections change one side (the non-English side of a pair, a random side of a
triple) and only touch a fact every other side states too, so a change is always
detectable in principle:

* number — the leading digit of a digit number (not a year) found on every side;
* hedge — a hedge word ("about", yaklaşık, около, шамамен…) before such a number;
* date — a year (±1–9) or a month name (another month) found on every side;
* name — a capitalized name found on every side (cross-script key) replaced by a
  name from another article of the same language that no side mentions. The
  checker compares names across languages only through English (the source or
  its machine translation), so with ``--skip translate`` name swaps between
  languages are out of its reach by design: key mismatches between faithful
  translations (Almanya / Germany) flagged a fifth of unchanged pairs.

A case is detected when a flag of the matching kind (conflict; hedge for hedges)
has evidence on the changed sentence. An unchanged case is a false flag when any
conflict or hedge flag touches it. The baseline flags any aligned line pair (gold
FLORES line alignment, so the baseline gets perfect alignment for free) whose
digit strings differ. Articles split into dev/test halves by a hash of the URL;
thresholds were chosen on dev only.

    python eval/consistency_eval.py ../shared/data [--seed 7] [--limit N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _workbench import memo_encode, run_cli, sentence_at  # noqa: E402
from workbench.facts.name_match import same_name  # noqa: E402

FILES = {"en": "eng_Latn.devtest", "kk": "kaz_Cyrl.devtest", "tr": "tur_Latn.devtest", "bg": "bul_Cyrl.devtest",
         "ru": "rus_Cyrl.devtest", "sr": "srp_Cyrl.devtest"}
GROUPS = (("kk", "en"), ("tr", "en"), ("bg", "en"), ("ru", "en"), ("sr", "en"), ("kk", "tr", "bg"))
KINDS = ("number", "hedge", "date", "name")
FLAG_FOR = {"number": "conflict", "date": "conflict", "name": "conflict", "hedge": "hedge"}

NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?(?![\w]|[.,]\d)")
YEAR = re.compile(r"(?<![\w.,])(1[5-9]\d\d|20\d\d)(?!\d)")
NAME = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÇĞİÖŞÜЂЈЉЊЋЏ][\w'’-]{2,}")
HEDGES = {  # inserted before a number; all standard words of each language
    "en": ("about ", "more than ", "nearly ", "over ", "approximately ", "at least "),
    "tr": ("yaklaşık ", "en az ", "tahminen "),
    "bg": ("около ", "над ", "повече от ", "приблизително ", "поне "),
    "kk": ("шамамен ", "кемінде "),
    "ru": ("около ", "более ", "примерно ", "не менее "),  # the ru/sr packs' hedges before a number
    "sr": ("око ", "више од ", "приближно ", "најмање "),
}
# Any of these near a number means it is hedged already on that side.
HEDGE_WORDS = {
    "en": r"\b(about|more|over|nearly|almost|approximately|around|roughly|some|least|less|fewer|up to|under|estimated)\W+$",
    "tr": r"\b(yaklaşık|tahminen|en az|en fazla|neredeyse)\W+$",
    "bg": r"(около|над|повече от|приблизително|почти|поне|под|до|близо до|към)\W+$",
    "kk": r"(шамамен|кемінде|жуық|кем дегенде)\W+$",
    "ru": r"(около|более|менее|свыше|больше|меньше|примерно|приблизительно|почти|порядка|минимум|максимум|до)\W+$",
    "sr": r"(око|више од|мање од|преко|приближно|отприлике|скоро|готово|најмање|највише|бар|до)\W+$",
}
HEDGE_AFTER = {"tr": r"^\S*\s+(fazla|aşkın|civarında|kadar|az)", "kk": r"^\S*\s+(аса|астам|артық|жуық|шамасында|кем|дейін)"}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"),
    # genitive, the form after a day ("27 февраля", "27. фебруара")
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "sr": ("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
           "новембра", "децембра"),
}


@dataclass
class Case:
    id: str
    kind: str  # one of KINDS or "unchanged"
    article: int
    langs: tuple[str, ...]
    texts: dict[str, list[str]]  # lang -> lines
    split: str
    changed: str | None = None  # lang of the changed side
    line: int | None = None
    offset: int | None = None  # char offset of the change in the changed document text
    note: str = ""
    doc_ids: dict[str, str] = field(default_factory=dict)


def load_flores(data_dir: str) -> tuple[dict[str, list[str]], list[list[int]], list[str]]:
    base = os.path.join(data_dir, "flores200-devtest")
    lines = {}
    for lang, name in FILES.items():
        with open(os.path.join(base, name), encoding="utf-8") as f:
            lines[lang] = [ln.rstrip("\n").strip() for ln in f]
    with open(os.path.join(base, "metadata_devtest.tsv"), encoding="utf-8") as f:
        urls = [row.split("\t")[0] for row in f.read().splitlines()[1:]]
    if any(len(v) != len(urls) for v in lines.values()):
        raise SystemExit("FLORES files and metadata differ in length")
    articles: dict[str, list[int]] = {}
    for i, url in enumerate(urls):
        articles.setdefault(url, []).append(i)
    return lines, list(articles.values()), list(articles)


def split_of(url: str) -> str:
    return "dev" if hashlib.sha1(url.encode()).digest()[0] % 2 == 0 else "test"


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _numbers(line: str) -> list[re.Match]:
    """Digit numbers that are not years, times (10:08) or ratios (3:2)."""
    return [m for m in NUMBER.finditer(line) if not YEAR.fullmatch(m.group())
            and not line[m.end():m.end() + 1] == ":" and not line[max(0, m.start() - 1):m.start()] == ":"]


def _hedged(lang: str, line: str, m: re.Match) -> bool:
    before = line[max(0, m.start() - 25):m.start()]
    if re.search(HEDGE_WORDS[lang], before, re.IGNORECASE):
        return True
    after = HEDGE_AFTER.get(lang)
    return bool(after and re.search(after, line[m.end():m.end() + 30], re.IGNORECASE))


def inject_number(rng, texts, lang, others, hedge=False):
    options = []
    for li, line in enumerate(texts[lang]):
        for m in _numbers(line):
            d = _digits(m.group())
            if not d or not all(any(_digits(x.group()) == d for x in _numbers(texts[o][li])) for o in others):
                continue
            if hedge and any(_hedged(x, texts[x][li], mm) for x in (lang, *others)
                             for mm in _numbers(texts[x][li]) if _digits(mm.group()) == d):
                continue
            options.append((li, m))
    if not options:
        return None
    li, m = rng.choice(options)
    line = texts[lang][li]
    if hedge:
        word = rng.choice(HEDGES[lang])
        return li, m.start(), line[:m.start()] + word + line[m.start():], f"{word.strip()} {m.group()}"
    s = m.group()
    first = s[0]
    # a new leading digit; never one that turns the number into a year-like 1500–2099
    choices = [c for c in "123456789" if c != first and not YEAR.fullmatch(c + s[1:])]
    new = rng.choice(choices) + s[1:]
    return li, m.start(), line[:m.start()] + new + line[m.end():], f"{s} -> {new}"


def inject_date(rng, texts, lang, others):
    options = []
    for li, line in enumerate(texts[lang]):
        for m in YEAR.finditer(line):
            if all(m.group() in [y.group() for y in YEAR.finditer(texts[o][li])] for o in others):
                options.append(("year", li, m.start(), m.end(), m.group()))
        for mi, month in enumerate(MONTHS[lang]):
            for m in re.finditer(rf"(?<!\w){re.escape(month)}", line, re.IGNORECASE):
                if all(re.search(rf"(?<!\w){re.escape(MONTHS[o][mi])}", texts[o][li], re.IGNORECASE)
                       for o in others):
                    options.append(("month", li, m.start(), m.end(), mi))
    if not options:
        return None
    what, li, a, b, val = rng.choice(options)
    line = texts[lang][li]
    if what == "year":
        new = str(int(val) + rng.choice([d for d in range(-9, 10) if d]))
    else:
        new_mi = rng.choice([i for i in range(12) if i != val])
        new = MONTHS[lang][new_mi]
        new = (new[0].upper() if line[a].isupper() else new[0].lower()) + new[1:]
    return li, a, line[:a] + new + line[b:], f"{line[a:b]} -> {new}"


def _name_tokens(line: str) -> list[re.Match]:
    out = []
    for m in NAME.finditer(line):
        before = line[:m.start()].rstrip()
        if not before or before[-1] in ".!?\"«„“'(:–-—":
            continue  # sentence- or quote-initial capitals are not evidence of a name
        out.append(m)
    return out


def _same(a: str, lang_a: str, b: str, lang_b: str) -> bool:
    """One name (the workbench's matcher), apostrophe endings cut."""
    return same_name(re.split(r"['’]", a)[0], lang_a, re.split(r"['’]", b)[0], lang_b)


def inject_name(rng, texts, lang, others, name_pool):
    month_words = {m.lower() for ms in MONTHS.values() for m in ms}
    options = []
    for li, line in enumerate(texts[lang]):
        for m in _name_tokens(line):
            if any(m.group().lower().startswith(w) for w in month_words):
                continue
            if all(any(_same(m.group(), lang, x.group(), o) for x in _name_tokens(texts[o][li])) for o in others):
                options.append((li, m))
    if not options:
        return None
    li, m = rng.choice(options)
    present = [(x.group(), x_lang) for x_lang in (lang, *others) for ln in texts[x_lang]
               for x in NAME.finditer(ln)]
    candidates = [n for n in name_pool[lang] if not any(_same(n, lang, p, p_lang) for p, p_lang in present)]
    if not candidates:
        return None
    new = rng.choice(candidates)
    line = texts[lang][li]
    return li, m.start(), line[:m.start()] + new + line[m.end():], f"{m.group()} -> {new}"


def build_cases(lines, articles, urls, seed: int, limit: int | None) -> dict[str, list[Case]]:
    rng = random.Random(seed)
    name_pool: dict[str, list[str]] = defaultdict(list)
    name_article: dict[str, dict[str, int]] = defaultdict(dict)
    for ai, idx in enumerate(articles):
        for lang in FILES:
            for i in idx:
                for m in _name_tokens(lines[lang][i]):
                    name_article[lang].setdefault(m.group(), ai)
    pools: dict[str, list[Case]] = {}
    for kind in (*KINDS, "unchanged"):
        order = list(range(len(articles)))
        rng.shuffle(order)
        cases: list[Case] = []
        turn = 0
        for ai in order:
            if limit is not None and len(cases) >= limit:
                break
            for attempt in range(len(GROUPS)):
                group = GROUPS[(turn + attempt) % len(GROUPS)]
                texts = {lang: [lines[lang][i] for i in articles[ai]] for lang in group}
                case = Case(id=f"{kind[:2]}{len(cases):03d}", kind=kind, article=ai, langs=group,
                            texts=texts, split=split_of(urls[ai]))
                if kind == "unchanged":
                    break
                lang = group[0] if len(group) == 2 else rng.choice(group)
                others = [x for x in group if x != lang]
                if kind in ("number", "hedge"):
                    got = inject_number(rng, texts, lang, others, hedge=kind == "hedge")
                elif kind == "date":
                    got = inject_date(rng, texts, lang, others)
                else:
                    pool = {lang: [n for n, a in name_article[lang].items() if a != ai]}
                    got = inject_name(rng, texts, lang, others, pool)
                if got is None:
                    case = None
                    continue
                li, col, new_line, note = got
                texts[lang][li] = new_line
                case.changed, case.line, case.note = lang, li, note
                case.offset = sum(len(x) + 1 for x in texts[lang][:li]) + col
                break
            else:
                case = None
            if case is not None:
                turn += 1
                cases.append(case)
        pools[kind] = cases
    return pools


def write_pool(cases: list[Case], path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for ci, case in enumerate(cases):
            date = dt.date(1900 + ci, 6, 15).isoformat()  # a year apart: no event spans two cases
            for lang in case.langs:
                doc_id = f"{case.id}-{lang}"
                case.doc_ids[lang] = doc_id
                f.write(json.dumps({"id": doc_id, "text": "\n".join(case.texts[lang]), "lang": lang,
                                    "date": date}, ensure_ascii=False) + "\n")


def changed_sentence(case: Case, report_docs: dict) -> str | None:
    doc = report_docs.get(case.doc_ids[case.changed])
    return None if doc is None else sentence_at(doc, case.offset)


def baseline_flags(case: Case) -> set[int]:
    """Lines (gold-aligned) whose digit strings differ between any two sides."""
    out = set()
    for li in range(len(case.texts[case.langs[0]])):
        sets = [sorted(_digits(m.group()) for m in re.finditer(r"\d[\d.,]*\d|\d", case.texts[lang][li]))
                for lang in case.langs]
        if any(s != sets[0] for s in sets[1:]):
            out.add(li)
    return out


def score(pools: dict[str, list[Case]], reports: dict[str, dict]) -> dict:
    rows = {}
    for kind, cases in pools.items():
        report = reports[kind]
        docs = {d["id"]: d for d in report["documents"]}
        flags_by_doc = defaultdict(list)
        for f in report["flags"]:
            for doc in {e["doc"] for e in f["evidence"]}:
                flags_by_doc[doc].append(f)
        for case in cases:
            flags = [f for lang in case.langs for f in flags_by_doc[case.doc_ids[lang]]]
            ours_any = any(f["kind"] in ("conflict", "hedge") for f in flags)
            base_lines = baseline_flags(case)
            if kind == "unchanged":
                ours, base = ours_any, bool(base_lines)
            else:
                sid = changed_sentence(case, docs)
                ours = any(f["kind"] == FLAG_FOR[kind] and any(e["sentence"] == sid for e in f["evidence"])
                           for f in flags)
                base = case.line in base_lines
            rows.setdefault((kind, case.split), []).append((case, ours, base))
    return rows


def recheck(report: dict) -> dict:
    """The report with its flags recomputed by the current checker from its own documents,
    claims and facts: for calibrating the checker's thresholds without re-running the pipeline."""
    from workbench.consistency import check_consistency
    from workbench.document import Document, Sentence
    from workbench.records import Claim, ClaimMember, Event, Fact

    docs, facts = [], {}
    for d in report["documents"]:
        doc = Document(id=d["id"], path=d["path"], text=d["text"], lang=d["lang"], lang_source="given",
                       date=dt.date.fromisoformat(d["date"]) if d["date"] else None)
        doc.sentences = [Sentence(id=s["id"], doc=d["id"], index=i, start=s["start"], end=s["end"],
                                  text=s["text"]) for i, s in enumerate(d["sentences"])]
        for s in d["sentences"]:
            facts[s["id"]] = [Fact(sentence=s["id"], **f) for f in s["facts"]]
        docs.append(doc)
    events = [Event(id=e["id"], documents=tuple(e["documents"]), score=e["score"]) for e in report["events"]]
    claims = [Claim(id=c["id"], event=c["event"], members=tuple(ClaimMember(m["doc"], tuple(m["sentences"]))
                                                                  for m in c["members"]), score=c["score"])
              for c in report["claims"]]
    flags = check_consistency(docs, events, claims, facts, {}, encode=memo_encode)
    out = dict(report)
    out["flags"] = [{"kind": f.kind, "claim": f.claim, "severity": f.severity, "message": f.message,
                     "evidence": [{"doc": e.doc, "sentence": e.sentence} for e in f.evidence]} for f in flags]
    return out


def print_table(rows: dict, splits: tuple[str, ...]) -> None:
    print(f"{'kind':<10} {'split':<5} {'cases':>5}  {'ours':>6}  {'baseline':>8}   (recall; false-flag rate for unchanged)")
    for kind in (*KINDS, "unchanged"):
        for split in splits:
            got = [r for sp in ([split] if split != "all" else ["dev", "test"]) for r in rows.get((kind, sp), [])]
            if not got:
                continue
            ours = sum(o for _, o, _ in got) / len(got)
            base = sum(b for _, _, b in got) / len(got)
            print(f"{kind:<10} {split:<5} {len(got):>5}  {ours:>6.3f}  {base:>8.3f}")
    print()
    print(f"{'kind':<10} " + " ".join(f"{'-'.join(g):>9}" for g in GROUPS) + "   (ours, all splits)")
    for kind in (*KINDS, "unchanged"):
        cells = []
        for g in GROUPS:
            got = [o for sp in ("dev", "test") for c, o, _ in rows.get((kind, sp), []) if c.langs == g]
            cells.append(f"{sum(got)}/{len(got)}".rjust(9) if got else " " * 9)
        print(f"{kind:<10} " + " ".join(cells))


def print_false_flags(cases: list[Case], report: dict) -> None:
    """What the false flags on unchanged cases are: by flag kind and severity."""
    touched: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for f in report["flags"]:
        if f["kind"] in ("conflict", "hedge"):
            for e in f["evidence"]:
                touched[e["doc"].split("-")[0]].add((f["kind"], f["severity"]))
    n = len(cases)
    print()
    print(f"unchanged cases with a flag, by kind and severity (of {n}):")
    for kind in ("conflict", "hedge"):
        for sev in ("high", "medium", "low"):
            k = sum((kind, sev) in touched[c.id] for c in cases)
            if k:
                print(f"  {kind:<8} {sev:<6} {k:>4}  {k / n:.3f}")
    serious = sum(any(s in ("high", "medium") for _, s in touched[c.id]) for c in cases)
    print(f"  any high/medium   {serious:>4}  {serious / n:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, help="at most N cases per kind")
    ap.add_argument("--work", help="folder for pools, reports and the cache (default: a temp folder)")
    ap.add_argument("--show-misses", action="store_true", help="list missed cases and false flags")
    ap.add_argument("--reuse", action="store_true",
                    help="reuse the reports already in --work and recompute only the flags (calibration)")
    args = ap.parse_args(argv)
    lines, articles, urls = load_flores(args.data_dir)
    pools = build_cases(lines, articles, urls, args.seed, args.limit)
    work = args.work or tempfile.mkdtemp(prefix="consistency-eval-")
    os.makedirs(work, exist_ok=True)
    reports = {}
    for kind, cases in pools.items():
        pool = os.path.join(work, f"{kind}.jsonl")
        write_pool(cases, pool)
        if args.reuse:
            with open(os.path.join(work, kind, "report.json"), encoding="utf-8") as f:
                report = json.load(f)
            texts = {d["id"]: d["text"] for d in report["documents"]}
            if any(texts.get(c.doc_ids[lang]) != "\n".join(c.texts[lang]) for c in cases for lang in c.langs):
                raise SystemExit(f"--reuse: {work}/{kind} was run on other cases (seed, limit or injections differ)")
            reports[kind] = recheck(report)
            continue
        reports[kind] = run_cli(pool, os.path.join(work, kind), os.path.join(work, "cache.sqlite"),
                                os.path.join(work, "alignments"))
    rows = score(pools, reports)
    print(f"consistency eval: FLORES-200 devtest, seed {args.seed}, work {work}")
    print_table(rows, ("dev", "test", "all"))
    print_false_flags(pools["unchanged"], reports["unchanged"])
    if args.show_misses:
        for (kind, split), got in sorted(rows.items()):
            for case, ours, _ in got:
                if (kind == "unchanged") == ours:
                    print(f"{'FALSE' if ours else 'MISS'} {kind} {split} {case.id} {'-'.join(case.langs)} "
                          f"{case.changed or ''} {case.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
