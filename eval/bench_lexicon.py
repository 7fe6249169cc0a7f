"""Load time and lookup speed of the common-word lexicon (workbench/lexicon.py), per dictionary.

    .venv/bin/python eval/bench_lexicon.py ../shared/data [--repeat 3]

For each of the 7 Debian hunspell dictionaries the packs name: stems (lower-case / with a
capital), affix rules, the time to read, decode and parse the pair (best of --repeat, wall and
CPU seconds: a run loads each language it meets once), and the time of one ``common`` and one
``proper`` lookup over every word of that language's FLORES-200 devtest (sr_Latn_RS: the Serbian
Cyrillic file transliterated to Latin). Timings are of this machine under its current load.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import regex

from workbench import lang as lang_packs
from workbench import lexicon as lx
from workbench.translit import transliterate

FLORES = {"kk": "kaz_Cyrl", "tr": "tur_Latn", "bg": "bul_Cyrl", "ru": "rus_Cyrl", "sr": "srp_Cyrl", "en": "eng_Latn"}
WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")


def words(data: Path, code: str, latin: bool) -> list[str]:
    text = (data / "flores200-devtest" / f"{FLORES[code]}.devtest").read_text(encoding="utf-8")
    if latin:
        text = transliterate(text, "sr")
    return WORD.findall(text)


def per_word_us(fn, ws: list[str]) -> float:
    t = time.perf_counter()
    for w in ws:
        fn(w)
    return (time.perf_counter() - t) / len(ws) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the shared data folder (holds flores200-devtest/)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    dirs = lx.search_dirs()
    print(f"dictionaries from {':'.join(dirs)}")
    print(f"{'dictionary':<12} {'lower':>8} {'capital':>8} {'rules':>7} {'load s':>7} {'cpu s':>6} "
          f"{'words':>6} {'common µs':>10} {'proper µs':>10}")
    for pack in lang_packs.packs():
        for name in pack.hunspell:
            best_wall = best_cpu = float("inf")
            x = None
            for _ in range(args.repeat):
                wall, cpu = time.perf_counter(), time.process_time()
                x = lx._load.__wrapped__(name, pack.code, dirs)  # uncached: read, decode, parse
                best_wall = min(best_wall, time.perf_counter() - wall)
                best_cpu = min(best_cpu, time.process_time() - cpu)
            if x is None:
                print(f"{name:<12} not installed")
                continue
            d = x.dictionaries[0]
            rules = sum(len(c) for table in (d.suffixes, d.prefixes) for by_strip in table.values()
                        for by_flag in by_strip.values() for c in by_flag.values())
            ws = words(args.data, pack.code, latin="Latn" in name)
            print(f"{name:<12} {len(d.lower):>8} {len(d.cased):>8} {rules:>7} {best_wall:>7.2f} {best_cpu:>6.2f} "
                  f"{len(ws):>6} {per_word_us(x.common, ws):>10.1f} {per_word_us(x.proper, ws):>10.1f}")


if __name__ == "__main__":
    main()
