"""Language-independent parts of fact extraction, and per-language rules read from the packs.

What a language says (number words, hedges, counted nouns and their inflections) lives in
its pack, ``workbench/lang/<code>.py`` (``LanguagePack.numbers``); this module keeps what
holds in every language (hedge names, measure units, currency signs) and ``unit_of``.
Nouns are *stems* matched by prefix, and what follows the stem must be a plausible
inflection of that language (``Numbers.inflection``), so ``ел`` (country) matches
``елдің`` but not ``елші`` (ambassador), and ``yıl`` matches ``yılında`` but not ``yıldız``.
"""
from __future__ import annotations

import regex

from .. import lang as _lang
from ..lang import ABOUT, AT_LEAST, EXACT, LESS_THAN, MORE_THAN, UP_TO  # noqa: F401  (re-exported)
from ..lang import Numbers as LangRules
from .tokens import VOWELS

SUPPORTED = _lang.SUPPORTED
RULES: dict[str, LangRules] = {code: pack.numbers for code, pack in _lang.REGISTRY.items()}

# Units for which a lone "bir"/"бір"/"един" is a count, not an article: "bir yıl önce"
# (one year ago), "бір пайыз"; "bir şirkette" (at a company) is an article.
MEASURE_UNITS = frozenset({"year", "month", "week", "day", "time", "percent", "ton", "meter", "kilometer",
                           "dollar", "euro", "tenge", "lev", "lira", "pound", "foot", "mile"})
# Unit stems this short ("м", "m") are abbreviations: the word must be exactly the stem
# (or the stem and a period), since "м" + a case ending spells ordinary words ("мына"),
# unless the pack lists the stem in ``short_inflecting_units``.
ABBREVIATION_MAX = 2

# Currency signs written before the number ("$5 million").
# "¥" (FLORES: "around ¥7,000" / «око 7000 јена»: without it the hedge before the sign was lost).
CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "₸": "tenge", "£": "pound", "₺": "lira", "¥": "yen"}
PERCENT_SIGNS = ("%", "٪")
# Degrees ("30°C", «30 °С», "℃"), the scale letters after the sign (Latin, and Cyrillic С), and the
# plus sign a temperature may carry ("above +30°C"): signs, the same in every language.
DEGREE_SIGNS = ("°", "℃", "℉")
DEGREE_SCALES = ("C", "F", "С")
PLUS_SIGNS = ("+",)
# The unit of a position in order written in digits ("114th", «76.», «5-ші»: facts/quantities.py)
ORDINAL = "ordinal"




def unit_of(word: str, lang: str) -> str | None:
    """The canonical lemma a word names, if it inflects a known unit stem of ``lang``."""
    found = _unit_stem(word, lang)
    return found[1] if found is not None else None


def unit_ending(word: str, lang: str) -> str | None:
    """What follows the unit stem in ``word`` (apostrophes and a hyphen dropped: "TL'den" "den",
    "км-ге" "ге"), "" for the bare stem; None when the word names no unit. The case a hedge after
    the noun needs is read here, not on the word's end: tr "gün", "metre", "ülke" end like a
    genitive or a dative but are bare."""
    found = _unit_stem(word, lang)
    if found is None:
        return None
    low = word.lower()
    return regex.sub(r"['’-]", "", low[len(found[0]):])


def _unit_stem(word: str, lang: str) -> tuple[str, str] | None:
    """(stem, lemma) of the known unit ``word`` inflects."""
    rules = RULES.get(lang)
    if rules is None:
        return None
    word = word.lower().split("'")[0].split("’")[0]
    # an ending written after a hyphen on an abbreviation (no vowel: "км", "kg"): kk "460 км-лік",
    # "км-ге"; a word such as kk "ел-жұрт" is no abbreviation
    head = word.split("-")[0] if "-" in word else None
    inflection = rules.inflection_re
    for stem, lemma in rules.units:
        if len(stem) <= ABBREVIATION_MAX and (word == stem or (head == stem and not VOWELS & set(stem))):
            return stem, lemma
        if len(stem) <= ABBREVIATION_MAX and stem not in rules.short_inflecting_units:
            continue
        if word.startswith(stem) and inflection.fullmatch(word[len(stem):]):
            return stem, lemma
    return None


def glued_unit_of(suffix: str, lang: str) -> str | None:
    """The unit of a word glued to digits by a hyphen, also as an adjective ("6-метровото
    наводнение", bg: the 6-metre flood; ``Numbers.unit_adjective``); only glued, since a free
    word of that shape is mostly no unit (sr "danski", Danish, is no "dan")."""
    found = unit_of(suffix, lang)
    rules = RULES.get(lang)
    if found is not None or rules is None:
        return found
    word, adjective = suffix.lower(), rules.unit_adjective_re
    for stem, lemma in rules.units:
        if len(stem) > ABBREVIATION_MAX and word.startswith(stem) and adjective.fullmatch(word[len(stem):]):
            return lemma
    return None
