"""Cross-language agreement of extracted facts on FLORES-200 devtest (parallel news sentences).

FLORES translations are faithful, so the facts of a kk/tr/bg sentence should equal
those of its English original: every difference is an extraction error (or a
translator's rewording), and every same-unit pair with disjoint intervals is a
conflict the consistency checker would wrongly raise.

    .venv/bin/python eval/facts_agreement.py /work/shared/data
"""
from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from workbench.facts import extract_sentence_facts  # noqa: E402
from workbench.facts.name_match import same_name  # noqa: E402

FILES = {"en": "eng_Latn.devtest", "kk": "kaz_Cyrl.devtest", "tr": "tur_Latn.devtest", "bg": "bul_Cyrl.devtest",
         "ru": "rus_Cyrl.devtest", "sr": "srp_Cyrl.devtest"}


def _facts(line: str, lang: str, i: int):
    return extract_sentence_facts(line, 0, len(line), lang, None, f"{lang}:{i}")


def _disjoint(a, b) -> bool:
    lo_a, hi_a = (a.low if a.low is not None else float("-inf")), (a.high if a.high is not None else float("inf"))
    lo_b, hi_b = (b.low if b.low is not None else float("-inf")), (b.high if b.high is not None else float("inf"))
    strict = a.hedge in ("more_than", "less_than") or b.hedge in ("more_than", "less_than")
    return hi_a < lo_b or hi_b < lo_a or (strict and (hi_a == lo_b or hi_b == lo_a) and a.value != b.value)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", help="data dir holding flores200-devtest/")
    args = ap.parse_args()
    folder = os.path.join(args.data, "flores200-devtest")
    lines = {lang: open(os.path.join(folder, f), encoding="utf-8").read().splitlines() for lang, f in FILES.items()}
    t0 = time.time()
    facts = {lang: [_facts(line, lang, i) for i, line in enumerate(ls)] for lang, ls in lines.items()}
    elapsed = time.time() - t0
    n = len(lines["en"])
    print(f"{n} sentences x {len(FILES)} languages, extraction {elapsed:.1f} s")
    print("| lang | qty en | qty X | value recall | value precision | same unit (both known) | unit known in both | false conflicts | year recall | name recall |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for lang in ("kk", "tr", "bg", "ru", "sr"):
        q_en = q_x = matched_en = matched_x = same_unit = both_known = conflicts = 0
        years_en = years_hit = names_en = names_hit = 0
        for fe, fx in zip(facts["en"], facts[lang]):
            qe = [f for f in fe if f.kind == "quantity"]
            qx = [f for f in fx if f.kind == "quantity"]
            q_en += len(qe)
            q_x += len(qx)
            used = set()
            for a in qe:
                hit = next((j for j, b in enumerate(qx) if j not in used and b.value == a.value), None)
                if hit is not None:
                    used.add(hit)
                    matched_en += 1
                    b = qx[hit]
                    if a.unit and b.unit:
                        both_known += 1
                        same_unit += a.unit == b.unit
            matched_x += len(used)
            conflicts += sum(1 for a in qe for b in qx if a.unit and a.unit == b.unit and _disjoint(a, b)
                             and not any(c.value == a.value and c.unit == a.unit for c in qx))
            ye = {f.value for f in fe if f.kind == "date"}
            yx = {f.value for f in fx if f.kind == "date"}
            years_en += len(ye)
            years_hit += len(ye & yx)
            ne = {f.surface for f in fe if f.kind == "name"}
            nx = {f.surface for f in fx if f.kind == "name"}
            names_en += len(ne)
            names_hit += sum(1 for a in ne if any(same_name(a, "en", b, lang) for b in nx))

        def pct(a, b):
            return f"{100 * a / b:.1f}% ({a}/{b})" if b else "-"
        print(f"| {lang} | {q_en} | {q_x} | {pct(matched_en, q_en)} | {pct(matched_x, q_x)} | {pct(same_unit, both_known)} "
              f"| {both_known} | {conflicts} | {pct(years_hit, years_en)} | {pct(names_hit, names_en)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
