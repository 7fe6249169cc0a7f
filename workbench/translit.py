"""Cyrillic to Latin script, and a script-free key for names.

``transliterate`` is for readers: each language reads its Cyrillic by its own pack's
table (``Names.transliteration``: Kazakh loosely after the 2021 Latin alphabet, Тоқаев →
Toqaev; Bulgarian the official Streamlined System, Вучич → Vuchich; Serbian its Latin
alphabet). ``name_key`` is for matching: it folds the spelling variants transliteration
and inflection create (Tokayev / Tokaev / Тоқаев / Токаев; Vučić / Vucic / Вучич) onto
one key. The tables live in the packs; this module only applies them (and is imported by
the packs, so it reads them lazily).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping

# A language without a Cyrillic table of its own (tr, en, or none given) reads Cyrillic the way
# this pack does: Bulgarian's table is the plainest (no Kazakh letters, ASCII digraphs).
READ_AS = "bg"
# ``name_key`` reads it with Kazakh's table, which knows the most Cyrillic letters (ә қ ң ұ ү і…).
KEY_READ_AS = "kk"


@functools.lru_cache(maxsize=None)
def _table(lang: str) -> Mapping[str, str]:
    from .lang import get  # the packs import this module

    pack = get(lang)
    if pack is not None and pack.names.transliteration:
        return pack.names.transliteration
    return get(READ_AS).names.transliteration


def has_table(lang: str) -> bool:
    """The language's pack has a Cyrillic table of its own."""
    from .lang import get

    pack = get(lang)
    return pack is not None and bool(pack.names.transliteration)


def transliterate(text: str, lang: str = READ_AS) -> str:
    """Latin rendering of Cyrillic text; other characters pass through unchanged."""
    table = _table(lang)
    out = []
    for ch in text:
        low = ch.lower()
        lat = table.get(low)
        if lat is None:
            out.append(ch)
        elif ch != low and lat:
            out.append(lat[0].upper() + lat[1:])
        else:
            out.append(lat)
    return "".join(out)


@functools.lru_cache(maxsize=None)
def _inverse(table: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], re.Pattern]:
    inverse = {lat: cyr for cyr, lat in table if lat}
    digraphs = sorted((lat for lat in inverse if len(lat) > 1), key=len, reverse=True)
    return inverse, re.compile("|".join(map(re.escape, digraphs)) + "|." if digraphs else ".", re.I | re.S)


def to_cyrillic(text: str, table: Mapping[str, str]) -> str:
    """Latin to Cyrillic by the inverse of a one-to-one table (a language's alphabet, such as
    Serbian's: ``lang/sr.py``), digraphs first ("lj", "dž"); other characters pass."""
    inverse, pieces = _inverse(tuple(table.items()))

    def one(m: re.Match) -> str:
        piece = m.group(0)
        cyr = inverse.get(piece.lower())
        if cyr is None:
            return piece
        return cyr.upper() if piece[0].isupper() else cyr
    return pieces.sub(one, text)


def serbian_to_cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic (``lang/sr.py``)."""
    from .lang import sr

    return sr.serbian_to_cyrillic(text)


# Folding for keys: every letter to a plain ASCII base, then collapse spellings that
# transliteration systems disagree on.
_KEY_FOLDS = (
    ("shch", "sh"), ("sht", "sh"), ("zh", "j"), ("kh", "h"), ("ts", "c"), ("ch", "c"), ("sh", "s"),
    ("yu", "u"), ("ya", "a"), ("yo", "o"), ("iy", "i"), ("ay", "a"), ("ey", "e"), ("oy", "o"),
    ("y", "i"), ("q", "k"), ("w", "v"), ("x", "ks"), ("dj", "j"), ("c", "c"),
)


def ascii_fold(text: str) -> str:
    """Strip diacritics and map Turkish dotless ı / dotted İ: Vučić → Vucic, Kasım → Kasim."""
    text = text.replace("ı", "i").replace("İ", "I").replace("ğ", "g").replace("Ğ", "G")
    text = text.replace("ä", "a").replace("ñ", "n").replace("ö", "o").replace("ü", "u")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str, lang: str = "") -> str:
    """A script- and spelling-free key for a name; words joined by single spaces."""
    latin = ascii_fold(transliterate(text, lang if has_table(lang) else KEY_READ_AS)).lower()
    words = []
    for w in "".join(c if c.isalnum() else " " for c in latin).split():
        for a, b in _KEY_FOLDS:
            w = w.replace(a, b)
        # doubled letters vary across transliterations (Kassym / Kasym)
        w = "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1])
        words.append(w)
    return " ".join(words)


# Latin and Cyrillic capitals and small letters drawn alike (Unicode's confusables of the two
# scripts): a word typed with a letter of the other script («Tираносаурус», a Latin T) is one
# word of its main script.
_LATIN_LIKE, _CYRILLIC_LIKE = "ABCEHKMOPTXaceopxy", "АВСЕНКМОРТХасеорху"
_TO_CYRILLIC = str.maketrans(_LATIN_LIKE, _CYRILLIC_LIKE)
_TO_LATIN = str.maketrans(_CYRILLIC_LIKE, _LATIN_LIKE)
_LATIN, _CYRILLIC = re.compile(r"[A-Za-z]"), re.compile(r"[\u0400-\u04FF]")


def one_script(word: str) -> str:
    """A word mixing Latin and Cyrillic letters, with the letters of its lesser script that look
    like letters of its main one written in the main one; any other word as it is."""
    latin, cyrillic = len(_LATIN.findall(word)), len(_CYRILLIC.findall(word))
    if not latin or not cyrillic:
        return word
    fixed = word.translate(_TO_CYRILLIC if cyrillic > latin else _TO_LATIN)
    return fixed if not (_LATIN.search(fixed) and _CYRILLIC.search(fixed)) else word


def edit_distance(a: str, b: str, substitution: Callable[[str, str], float] | None = None) -> float:
    """Levenshtein distance, for name keys that differ by a letter or a leftover suffix; a
    ``substitution`` cost for two different letters other than 1 (a near sound costing less:
    ``name_match.SOUND_CLASSES``)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            sub = 0 if ca == cb else 1 if substitution is None else substitution(ca, cb)
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub))
        prev = cur
    return prev[-1]
