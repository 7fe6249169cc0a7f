"""The words the evaluation injects, read from the workbench's own language data.

The eval never keeps its own word lists (house rule: what we know about a language
lives in one place). Hedge phrases, month names and number words come from the
language packs ``workbench/lang/<code>.py`` when the tree has them, else from the
tables the extractors use today. This module is the one seam to adjust when those
tables move.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

@dataclass(frozen=True)
class Hedge:
    words: tuple[str, ...]  # lower-case word sequence, e.g. ("more", "than")
    meaning: str  # "about" | "more_than" | "less_than" | "up_to" | "at_least"
    after: bool  # written after the number (kk "астам", tr "aşkın")


def _pack(lang: str):
    """The language pack of ``lang`` (``workbench.lang``), or None in a tree that has none yet."""
    try:
        lang_packs = importlib.import_module("workbench.lang")
    except ImportError:
        return None
    return lang_packs.get(lang)


def _rules(lang: str):
    from workbench.facts.lexicon import RULES  # the tables before the language packs

    return RULES[lang]


@lru_cache(maxsize=None)
def hedges(lang: str) -> tuple[Hedge, ...]:
    """Quantity hedge phrases of ``lang`` (before and after the number) with their meaning."""
    pack = _pack(lang)
    if pack is not None:
        before, after = pack.numbers.before, pack.numbers.after
    else:
        before, after = _rules(lang).hedges_before, _rules(lang).hedges_after
    return tuple(Hedge(tuple(words), meaning, is_after)
                 for table, is_after in ((before, False), (after, True)) for words, meaning in table)


@lru_cache(maxsize=None)
def months(lang: str) -> tuple[str, ...]:
    """The twelve month names of ``lang`` (lower case, January first; stems in kk/tr)."""
    pack = _pack(lang)
    if pack is not None:
        table = pack.dates.months
    else:
        from workbench.facts.dates import MONTHS

        table = MONTHS[lang]
    names: dict[int, str] = {}
    for word, num in table:
        names.setdefault(num, word.lower())
    return tuple(names[m] for m in range(1, 13))


@lru_cache(maxsize=None)
def day_after_month(lang: str) -> bool:
    """Whether ``lang`` writes the day after the month ("July 15")."""
    pack = _pack(lang)
    return pack.dates.month_day if pack is not None else lang == "en"


@lru_cache(maxsize=None)
def number_words(lang: str) -> dict[str, int]:
    """Cardinal number words of ``lang`` (units and tens) with their values."""
    pack = _pack(lang)
    table = pack.numbers.cardinals if pack is not None else _rules(lang).cardinals
    return {w.lower(): int(v) for w, v in table.items()}


@lru_cache(maxsize=None)
def ordinal_suffix(lang: str) -> str:
    """Regex of what makes a digit an ordinal in ``lang`` ("5th", "5-ші", "5'inci")."""
    pack = _pack(lang)
    return pack.numbers.ordinal_suffix if pack is not None else _rules(lang).ordinal_suffix


@lru_cache(maxsize=None)
def fold(word: str, lang: str) -> str:
    """A loose Latin key of a word (transliterated, diacritics and case dropped), for telling
    whether a name of one side appears on the other; not the product's name matcher."""
    from workbench.translit import ascii_fold, transliterate

    latin = ascii_fold(transliterate(word, lang) if lang in ("kk", "bg", "ru", "sr") else word).lower()
    latin = "".join(c for c in latin if c.isalpha())
    for a, b in (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("th", "t"), ("ph", "f"), ("kh", "h"), ("ck", "k"),
                 ("c", "k"), ("q", "k"), ("w", "v"), ("y", "i")):
        latin = latin.replace(a, b)
    return latin


@lru_cache(maxsize=None)
def skeleton(word: str, lang: str) -> str:
    """The first three consonants of ``fold(word)``: enough to tell two spellings of one name."""
    return "".join(c for c in fold(word, lang) if c not in "aeiou")[:3]

