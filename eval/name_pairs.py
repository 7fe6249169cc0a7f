"""Same-entity matching of names across scripts, on name pairs mined from parallel news.

    .venv/bin/python eval/name_pairs.py /work/shared/data [--show N] [--calibrate]

How the gold is made (independently of any matcher):

* A *name* is a run of capitalized words that does not open a sentence (not the
  line's first word, not after . ! ? : or an opening quote or dash), English
  month and weekday names aside (Python's ``calendar``), as are single letters and
  runs of several all-capital words (shouted headlines), with a trailing
  apostrophe suffix cut (``Obama's``, ``Vucic'i``). Nothing else: no gazetteer,
  no title list, no transliteration.
* Positive pair: a parallel line (FLORES-200 devtest eng_Latn vs kaz_Cyrl /
  bul_Cyrl / tur_Latn; WMT newstest2016/2017 tr-en) where each side has exactly
  one name: they are taken to be the same entity.
* Negative pair: an English name of one positive pair against the foreign name
  of another positive pair whose *English* names share no word (case-folded):
  the foreign name's own English counterpart says it is someone else (not even
  a word's first four letters in common: "Africa" / "African" make no negative),
  and the two foreign names share no such beginning either (the English side of
  a line may have missed a name the foreign side has: "Gülen" opening the
  English sentence). "Near"
  negatives come from the same article (FLORES URL; WMT: within 20 lines, the
  test sets run articles in sequence), "far" ones from other articles (a
  deterministic sample of FAR_PER_POSITIVE per positive).
* Noise: a positive is wrong when one side names something the other leaves
  lower-case or drops (en "English" vs kk "ағылшын" with the line's only
  capitalized foreign word elsewhere); a negative is wrong only when a positive
  it was built from is. ``--show N`` prints N random positives per language for
  inspecting; eval/README.md gives the share found wrong in such a sample.

Matchers side by side: the old extractor key (``translit.name_key`` of the run
without title words and case endings, a gazetteer key for a lone country word)
compared by the old ``facts.names.name_matches`` and by the old consistency
``values.keys_match`` (frozen copies below, as of commit d4bfa1c), and the new
``facts.name_match.same_entity``. FLORES articles are split in two halves by a
hash of their URL, WMT by year: ``--calibrate`` sweeps the new matcher's
word-similarity threshold on the *cal* half (FLORES even hashes + newstest2016);
figures are reported on the *test* half (odd hashes + newstest2017).
"""
from __future__ import annotations

import argparse
import calendar
import difflib
import hashlib
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass

import regex

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from workbench.facts import name_match  # noqa: E402
from workbench.facts.names import gazetteer_key, strip_suffix  # noqa: E402
from workbench.translit import edit_distance, name_key  # noqa: E402

FLORES = {"en": "eng_Latn.devtest", "kk": "kaz_Cyrl.devtest", "bg": "bul_Cyrl.devtest", "tr": "tur_Latn.devtest"}
WMT = (("newstest2016-tren.en", "newstest2016-tren.tr"), ("newstest2017-tren.en", "newstest2017-tren.tr"))
FAR_PER_POSITIVE = 5
WMT_ARTICLE_WINDOW = 20
SEED = 9
STEM = 4  # English names sharing a word's first STEM letters may be one entity: no negative

_CAP_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*"
_RUN = regex.compile(rf"{_CAP_WORD}(?: {_CAP_WORD})*")
_OPENERS = tuple(".!?:«\"„“‘'(–—-")
_CALENDAR = {w.lower() for w in list(calendar.month_name) + list(calendar.day_name) if w}


def recognize(line: str) -> list[str]:
    """Names of a line: capitalized runs not opening a sentence (see the module doc)."""
    out = []
    for m in _RUN.finditer(line):
        before = line[:m.start()].rstrip()
        words = m.group().split()
        if not before or before.endswith(_OPENERS):
            words = words[1:]  # the first word is capitalized because the sentence starts
        words = [regex.split(r"['’]", w)[0] for w in words]
        words = [w for w in words if w]
        if len(words) > 1 and all(w.isupper() for w in words):
            continue  # a shouted headline, not a name
        if words and max(map(len, words)) >= 2 and not (len(words) == 1 and words[0].lower() in _CALENDAR):
            out.append(" ".join(words))
    return out


@dataclass(frozen=True)
class Pair:
    en: str
    other: str
    lang: str
    article: str
    line: int
    gold: bool
    near: bool = False


def _stems(name: str) -> set[str]:
    """Word beginnings of a name: "Africa" and "African" share one, so never make a negative."""
    return {w.lower()[:STEM] for w in name.replace("-", " ").split()}


def mine(en_lines: list[str], x_lines: list[str], lang: str, articles: list[str],
         near: Callable[[int, int], bool]) -> list[Pair]:
    """Positive pairs (one name each side) and negatives built from them."""
    pos = []
    for i, (e, x) in enumerate(zip(en_lines, x_lines)):
        ne, nx = recognize(e), recognize(x)
        if len(ne) == 1 and len(nx) == 1:
            pos.append(Pair(ne[0], nx[0], lang, articles[i], i, True))
    rng = random.Random(SEED)
    out = list(pos)
    for p in pos:
        stems, own = _stems(p.en), _stems(p.other)

        def other_entity(q: Pair) -> bool:
            return q is not p and not stems & _stems(q.en) and not own & _stems(q.other)
        for q in pos:
            if near(p.line, q.line) and other_entity(q):
                out.append(Pair(p.en, q.other, lang, p.article, p.line, False, True))
        far = [q for q in pos if not near(p.line, q.line) and other_entity(q)]
        for q in rng.sample(far, min(FAR_PER_POSITIVE, len(far))):
            out.append(Pair(p.en, q.other, lang, p.article, p.line, False, False))
    return out


# ---- the old matchers, frozen as of commit d4bfa1c (facts/names.py, consistency/values.py) ----

_OLD_TITLES = ("президент", "cumhurbaşkan", "başbakan", "bakan", "president", "minister", "министр",
               "министър", "премиер", "премьер", "prime", "chairman", "king", "sayın", "mr", "mrs", "dr",
               "г-н", "г-жа", "генерал", "general")


def old_key(surface: str, lang: str) -> str:
    words = [w for w in surface.split() if not any(w.lower().startswith(t) for t in _OLD_TITLES)]
    if len(words) == 1 and gazetteer_key(words[0], lang):
        return gazetteer_key(words[0], lang)
    return name_key(" ".join(strip_suffix(w, lang) for w in words), lang)


def _old_word_matches(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    if len(short) >= 5:
        return edit_distance(a, b) <= (1 if len(short) < 8 else 2)
    return False


def old_name_matches(key_a: str, key_b: str) -> bool:
    wa, wb = key_a.split(), key_b.split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not _old_word_matches(short[-1], long_[-1]) and len(short) > 1:
        return False
    matched, j = 0, 0
    for w in short:
        k = j
        while k < len(long_) and not _old_word_matches(w, long_[k]):
            k += 1
        if k < len(long_):
            matched, j = matched + 1, k + 1
    return matched >= len(short) - (1 if len(short) >= 3 else 0)


def old_keys_match(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b or old_name_matches(a, b):
        return True
    if difflib.SequenceMatcher(None, a, b).ratio() >= 0.7:
        return True
    for wa in a.split():
        for wb in b.split():
            short, long_ = sorted((wa, wb), key=len)
            if len(short) >= 4 and long_.startswith(short):
                return True
            if min(len(wa), len(wb)) >= 4 and difflib.SequenceMatcher(None, wa, wb).ratio() >= 0.7:
                return True
    return False


MATCHERS: dict[str, Callable[[Pair], bool]] = {
    "old name_matches": lambda p: old_name_matches(old_key(p.en, "en"), old_key(p.other, p.lang)),
    "old keys_match": lambda p: old_keys_match(old_key(p.en, "en"), old_key(p.other, p.lang)),
    "new same_entity": lambda p: name_match.same_name(p.en, "en", p.other, p.lang),
}


def score(pairs: list[Pair], match: Callable[[Pair], bool]) -> dict[str, float]:
    tp = fp = fn = fp_near = n_near = fp_far = n_far = 0
    for p in pairs:
        hit = match(p)
        if p.gold:
            tp += hit
            fn += not hit
        else:
            fp += hit
            if p.near:
                n_near, fp_near = n_near + 1, fp_near + hit
            else:
                n_far, fp_far = n_far + 1, fp_far + hit
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"P": prec, "R": rec, "F1": f1, "pos": tp + fn, "neg": n_near + n_far,
            "fpr_near": fp_near / n_near if n_near else 0.0, "fpr_far": fp_far / n_far if n_far else 0.0}


def half_of(url: str) -> str:
    return "cal" if hashlib.sha1(url.encode()).digest()[0] % 2 == 0 else "test"


def flores_pairs(data: str) -> dict[str, list[Pair]]:
    folder = os.path.join(data, "flores200-devtest")
    lines = {lang: open(os.path.join(folder, f), encoding="utf-8").read().splitlines() for lang, f in FLORES.items()}
    meta = open(os.path.join(folder, "metadata_devtest.tsv"), encoding="utf-8").read().splitlines()[1:]
    urls = [row.split("\t")[0] for row in meta]
    out = {}
    for lang in ("kk", "bg", "tr"):
        out[lang] = mine(lines["en"], lines[lang], lang, urls, lambda i, j, u=urls: u[i] == u[j])
    return out


def wmt_pairs(data: str) -> dict[str, list[Pair]]:
    """Pairs of each test set: newstest2016 calibrates, newstest2017 reports."""
    out = {}
    for en_file, tr_file in WMT:
        en = open(os.path.join(data, "wmt-tr-en", en_file), encoding="utf-8").read().splitlines()
        tr = open(os.path.join(data, "wmt-tr-en", tr_file), encoding="utf-8").read().splitlines()
        out[en_file.split("-")[0]] = mine(en, tr, "tr", [f"{en_file}:{i // WMT_ARTICLE_WINDOW}" for i in range(len(en))],
                                          lambda i, j: abs(i - j) <= WMT_ARTICLE_WINDOW)
    return out


def table(title: str, sets: dict[str, list[Pair]]) -> None:
    print(f"\n{title}")
    print("| set | pos | neg | matcher | P | R | F1 | false match near | false match far |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, pairs in sets.items():
        for mname, m in MATCHERS.items():
            s = score(pairs, m)
            print(f"| {name} | {s['pos']} | {s['neg']} | {mname} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} "
                  f"| {s['fpr_near']:.3f} | {s['fpr_far']:.3f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", help="the shared data folder (holding flores200-devtest/ and wmt-tr-en/)")
    ap.add_argument("--show", type=int, default=0, help="print N random positives per language, and misses")
    ap.add_argument("--calibrate", action="store_true", help="sweep TOKEN_MIN_SIM on the cal half")
    ap.add_argument("--encoder", action="store_true",
                    help="also the encoder's margin (consistency.name_vectors): how often it calls a pair unlike")
    args = ap.parse_args()
    try:
        flores = flores_pairs(args.data)
        wmt = wmt_pairs(args.data)
    except OSError as e:
        print(f"error: {e.filename}: {e.strerror}", file=sys.stderr)
        return 2
    cal = {f"flores en-{k} cal": [p for p in v if half_of(p.article) == "cal"] for k, v in flores.items()}
    cal["wmt16 en-tr"] = wmt["newstest2016"]
    test = {f"flores en-{k} test": [p for p in v if half_of(p.article) == "test"] for k, v in flores.items()}
    test["wmt17 en-tr"] = wmt["newstest2017"]
    if args.calibrate:
        pooled = [p for v in cal.values() for p in v]
        print("| TOKEN_MIN_SIM | P | R | F1 (calibration half: FLORES kk+bg+tr and WMT 2016 pooled) |\n|---|---|---|---|")
        for t in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0):
            name_match.TOKEN_MIN_SIM = t
            name_match.name_ref.cache_clear()
            s = score(pooled, MATCHERS["new same_entity"])
            print(f"| {t} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} |")
        return 0
    if args.show:
        rng = random.Random(SEED)
        for name, pairs in {**cal, **test}.items():
            pos = [p for p in pairs if p.gold]
            print(f"\n## {name}: sample of positives")
            for p in rng.sample(pos, min(args.show, len(pos))):
                print(f"  {p.en!r} ~ {p.other!r}  new={MATCHERS['new same_entity'](p)}")
            print(f"## {name}: new matcher misses / false matches")
            for p in pairs:
                if MATCHERS["new same_entity"](p) != p.gold:
                    print(f"  {'MISS' if p.gold else 'FALSE'} {p.en!r} ~ {p.other!r}")
        return 0
    table("Calibration half (FLORES articles whose URL hash is even; WMT newstest2016)", cal)
    table("Report half (FLORES articles whose URL hash is odd; WMT newstest2017)", test)
    if args.encoder:
        encoder_table({**cal, **test})
    return 0


def encoder_table(sets: dict[str, list[Pair]]) -> None:
    """How often the encoder margin (``name_vectors.NameVectors.unlike``, default encoder) calls
    a pair two things: on same-entity pairs the spelling matcher misses (the pairs a plain name
    slot of an unchanged report holds: each is a false alarm) and on negatives (swaps it finds)."""
    from workbench.consistency.name_vectors import UNLIKE_MARGIN, NameVectors
    from workbench.embed import load_encoder

    encoder = load_encoder()
    vectors = NameVectors(encoder.encode)
    print(f"\nEncoder margin below {UNLIKE_MARGIN} ({encoder.name}): share called unlike")
    print("| set | positives the matcher misses | all positives | negatives near | negatives far |")
    print("|---|---|---|---|---|")
    for name, pairs in sets.items():
        def rate(group: list[Pair]) -> str:
            hits = [vectors.unlike(p.en, "en", p.other, p.lang) for p in group]
            return f"{sum(hits) / len(hits):.3f} ({len(hits)})" if hits else "-"
        pos = [p for p in pairs if p.gold]
        missed = [p for p in pos if not MATCHERS["new same_entity"](p)]
        print(f"| {name} | {rate(missed)} | {rate(pos)} | {rate([p for p in pairs if not p.gold and p.near])} "
              f"| {rate([p for p in pairs if not p.gold and not p.near])} |")


if __name__ == "__main__":
    sys.exit(main())
