"""What the common-word lexicon (workbench/lexicon.py) calls the words of real text, by class.

    .venv/bin/python eval/lexicon_check.py ../shared/data [--examples 8] [--hunspell]

FLORES-200 devtest (1012 sentences a language; sr also transliterated to Latin, the Latin
dictionary's row). Two classes of word tokens, neither at the start of a sentence (the first
word of a line, or one after . ! ? … : or an opening quote):
- capitalized words (a capital, then not all capitals; acronyms are counted apart): the share
  the lexicon calls common and not ``capitalized`` (a common word written with a capital:
  "Equator", «Съединените»), common and ``capitalized`` too ("both": "Turkey", «Германия»),
  proper (a name the dictionary lists with its capital only) and unknown (neither);
- lower-case words: the share it calls common (should be high) and proper (should be ~0).
The packs' CLDR place names, title-cased (all names): the same four shares. Then a hand check of words the consistency checks met (the brief of the fifth session):
expected class against what the lexicon says. ``--hunspell``: the word types of FLORES the
hunspell command accepts against those the lexicon knows (a check of the reader).
"""
from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
from pathlib import Path

import regex

from workbench import lang as lang_packs
from workbench import lexicon as lx
from workbench.translit import transliterate

FLORES = (("kk", "kaz_Cyrl", False), ("tr", "tur_Latn", False), ("bg", "bul_Cyrl", False),
          ("ru", "rus_Cyrl", False), ("sr", "srp_Cyrl", False), ("sr", "srp_Cyrl", True), ("en", "eng_Latn", False))
WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
# what opens a sentence or a quoted one, between a word and the word before it
OPENER = regex.compile(r"[.!?…:][^.!?…:]*$|[«„“\"(]\s*$")

# (language, word, expected): words the consistency checks met in seeds and evals (brief, fifth session)
HAND = (("en", "equator", "common"), ("en", "hemisphere", "common"), ("en", "championships", "common"),
        ("en", "company", "common"), ("en", "south", "common"), ("en", "continental", "common"),
        ("en", "mission", "common"), ("en", "settings", "common"), ("en", "Lyon", "proper"),
        ("en", "Montevideo", "proper"), ("en", "Mediterranean", "proper"), ("en", "Constantinople", "proper"),
        ("bg", "черно", "common"), ("bg", "тихия", "common"), ("bg", "съединените", "common"),
        ("bg", "американски", "common"), ("bg", "националната", "common"), ("kk", "үкімет", "common"),
        ("kk", "солтүстік", "common"), ("tr", "güney", "common"), ("tr", "ayarlar", "common"),
        ("tr", "belediyesi", "common"), ("tr", "milletvekilleri", "common"), ("sr", "првенству", "common"),
        ("sr", "црвени", "common"), ("sr", "prvenstvu", "common"), ("bg", "Индия", "proper"),
        ("tr", "Afrika", "proper"), ("ru", "Петра", "proper"))


def classify(x: lx.Lexicon, word: str) -> str:
    """common (only), both (common and listed with a capital: "Turkey"), proper, unknown."""
    common, capitalized = x.common(word), x.capitalized(word)
    return ("both" if capitalized else "common") if common else "proper" if capitalized else "unknown"


def tokens(line: str) -> list[tuple[str, bool]]:
    """(word, opens a sentence) for each word of a line: the first, or one after an end mark,
    a colon or an opening quote (only what stands between it and the word before counts)."""
    out, prev = [], 0
    for m in WORD.finditer(line):
        gap = line[prev:m.start()]
        out.append((m.group(), not out or OPENER.search(gap) is not None))
        prev = m.end()
    return out


KINDS = ("common", "both", "proper", "unknown")


def shares(data: Path, n_examples: int) -> None:
    print("capitalized words mid-sentence (tokens): common only / common and listed with a capital / proper / "
          "unknown;\nlower-case words mid-sentence: common() and proper()")
    print(f"{'lang':<7} {'dict':<17} {'capitalized':>11} {'common':>7} {'both':>6} {'proper':>7} {'unknown':>8} "
          f"{'acronyms':>8} {'lower':>6} {'common':>7} {'proper':>7}")
    examples = {}
    for code, flores, latin in FLORES:
        x = lx.lexicon(code)
        label = code + ("-Latn" if latin else "")
        if x is None:
            print(f"{label:<7} no dictionary")
            continue
        text = (data / "flores200-devtest" / f"{flores}.devtest").read_text(encoding="utf-8")
        if latin:
            text = transliterate(text, "sr")
        cap, low = collections.Counter(), collections.Counter()
        acronyms = 0
        seen = collections.defaultdict(collections.Counter)
        for line in text.splitlines():
            for word, opens in tokens(line):
                if opens:
                    continue
                if word[:1].isupper():
                    if len(word) > 1 and word.isupper():
                        acronyms += 1
                        continue
                    kind = classify(x, word)
                    cap[kind] += 1
                    seen[kind][word] += 1
                elif word.islower():
                    low["common" if x.common(word) else "proper" if x.proper(word) else "unknown"] += 1
        nc, nl = sum(cap.values()), sum(low.values())
        print(f"{label:<7} {'+'.join(x.sources):<17} {nc:>11} {cap['common'] / nc:>7.1%} {cap['both'] / nc:>6.1%} "
              f"{cap['proper'] / nc:>7.1%} {cap['unknown'] / nc:>8.1%} {acronyms:>8} {nl:>6} {low['common'] / nl:>7.1%} "
              f"{low['proper'] / nl:>7.1%}")
        examples[label] = seen
    if n_examples:
        print("\nmost frequent capitalized words mid-sentence, by class")
        for label, seen in examples.items():
            for kind in KINDS:
                words = ", ".join(f"{w} {n}" for w, n in seen[kind].most_common(n_examples))
                print(f"{label:<7} {kind:<8} {words}")


def places() -> None:
    """The packs' one-word CLDR place names (``Names.places``), title-cased: names all, so
    "common" here is a dictionary listing a name in lower case (kk "африка", sr "amsterdam")."""
    print("\nthe packs' CLDR place names (Names.places), title-cased: every one a name")
    print(f"{'lang':<7} {'names':>6} {'common':>7} {'both':>6} {'proper':>7} {'unknown':>8}  common ones")
    for pack in lang_packs.packs():
        x = lx.lexicon(pack.code)
        if x is None:
            continue
        names = sorted({x.title(n) for forms in pack.names.places.values() for n in forms})
        kinds = {n: classify(x, n) for n in names}
        c = collections.Counter(kinds.values())
        n = len(names)
        eg = ", ".join([w for w, k in kinds.items() if k == "common"][:6])
        print(f"{pack.code:<7} {n:>6} {c['common'] / n:>7.1%} {c['both'] / n:>6.1%} {c['proper'] / n:>7.1%} "
              f"{c['unknown'] / n:>8.1%}  {eg}")


def hand_check() -> int:
    print(f"\n{'lang':<5} {'word':<18} {'expected':<9} {'lexicon':<9} {'capitalized too'}")
    failed = 0
    for code, word, expected in HAND:
        x = lx.lexicon(code)
        got = ("common" if x.common(word) else "proper" if x.proper(word) else "unknown") if x else "no dictionary"
        failed += got != expected
        also = "yes" if x and x.common(word) and x.capitalized(word) else ""
        print(f"{code:<5} {word:<18} {expected:<9} {got:<9} {also:<15}{'' if got == expected else '  <-- differs'}")
    print(f"{len(HAND) - failed}/{len(HAND)} as expected")
    return failed


def against_hunspell(data: Path) -> None:
    """Which FLORES word types hunspell 1.7 itself accepts (``hunspell -d DICT -G``, Debian's
    ``hunspell`` package, only for this check) against the lexicon's ``common`` or ``capitalized``:
    the words the reader gets wrong (one affix, or a cross-product prefix and suffix, no compounds)."""
    if shutil.which("hunspell") is None:
        print("\n--hunspell: no hunspell command (apt-get install hunspell)")
        return
    print("\nword types hunspell accepts against the lexicon (lower-case / capitalized types)")
    print(f"{'dictionary':<12} {'types':>6} {'hunspell':>9} {'lexicon':>8} {'lexicon only':>13} {'hunspell only':>14}")
    for code, flores, latin in FLORES:
        x = lx.lexicon(code)
        text = (data / "flores200-devtest" / f"{flores}.devtest").read_text(encoding="utf-8")
        if latin:
            text = transliterate(text, "sr")
        for d in x.dictionaries if x else ():
            if ("Latn" in d.source) != latin:
                continue
            one = lx.Lexicon(code, x.turkish_casing, (d,))
            path = next(p for p in (Path(p) / d.source for p in lx.search_dirs()) if p.with_suffix(".dic").is_file())
            types = sorted({w for w in WORD.findall(text) if w.islower() or (w[:1].isupper() and not w.isupper())})
            types = [w for w in types if "'" not in w and "’" not in w]  # hunspell's own apostrophe handling differs
            out = subprocess.run(["hunspell", "-d", str(path), "-G"], input="\n".join(types), capture_output=True,
                                 text=True, check=True).stdout.split()
            ok = set(out)
            # hunspell takes a name only with its capital ("lyon" is wrong), the lexicon title-cases
            ours = {w for w in types if one.common(w) or (not w.islower() and one.capitalized(w))}
            print(f"{d.source:<12} {len(types):>6} {len(ok):>9} {len(ours):>8} {len(ours - ok):>13} {len(ok - ours):>14}"
                  f"  {' '.join(sorted(ours ^ ok)[:6])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the shared data folder (holds flores200-devtest/)")
    ap.add_argument("--examples", type=int, default=8, help="frequent words shown per class (0: none)")
    ap.add_argument("--hunspell", action="store_true", help="also compare with the hunspell command")
    args = ap.parse_args()
    shares(args.data, args.examples)
    places()
    if args.hunspell:
        against_hunspell(args.data)
    raise SystemExit(1 if hand_check() else 0)


if __name__ == "__main__":
    main()
