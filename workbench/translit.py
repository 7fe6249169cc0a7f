"""Cyrillic (Kazakh, Bulgarian) to Latin script, and a script-free key for names.

``transliterate`` is for readers: Kazakh follows the 2021 Latin alphabet's
digraph-free spirit loosely (Тоқаев → Toqaev), Bulgarian the official
Streamlined System (Вучич → Vuchich). ``name_key`` is for matching: it folds the
spelling variants transliteration and inflection create (Tokayev / Tokaev /
Тоқаев / Токаев; Vučić / Vucic / Вучич) onto one key.
"""
from __future__ import annotations

import re
import unicodedata

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sht", "ъ": "a", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_KK = {
    **_COMMON, "ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h",
    "і": "i", "ж": "j", "щ": "shch", "ъ": "", "ы": "y", "х": "kh", "и": "i", "у": "u",
}
# Serbian Cyrillic to Serbian Latin (gajica): the official one-to-one letter correspondence
# (Pravopis srpskoga jezika), so a Serbian text and its Latin spelling give the same name keys.
_SR = {**_COMMON, "ђ": "đ", "ж": "ž", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "ć", "ц": "c", "ч": "č", "џ": "dž",
       "х": "h", "ш": "š"}
_TABLES = {"kk": _KK, "bg": _COMMON, "ru": {**_COMMON, "щ": "shch", "ъ": "", "ы": "y"}, "sr": _SR}
# The inverse for Serbian, digraphs first: Latin Serbian to Cyrillic ("Vučić" -> "Вучић").
_SR_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_SR_INVERSE = {lat: cyr for cyr, lat in _SR.items() if len(lat) == 1 and cyr in "абвгдђежзијклмнопрстћуфхцчш"}
_SR_LATIN = re.compile("|".join(sorted(_SR_DIGRAPHS, key=len, reverse=True)) + "|.", re.I | re.S)


def serbian_to_cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic, one letter (or digraph lj/nj/dž) at a time; other characters pass."""
    def one(m: re.Match) -> str:
        piece = m.group(0)
        low = piece.lower()
        cyr = _SR_DIGRAPHS.get(low) or _SR_INVERSE.get(low)
        if cyr is None:
            return piece
        return cyr.upper() if piece[0].isupper() else cyr
    return _SR_LATIN.sub(one, text)


def transliterate(text: str, lang: str = "bg") -> str:
    """Latin rendering of Cyrillic text; other characters pass through unchanged."""
    table = _TABLES.get(lang, _KK if lang == "kk" else _COMMON)
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
    latin = ascii_fold(transliterate(text, lang if lang in _TABLES else "kk")).lower()
    words = []
    for w in "".join(c if c.isalnum() else " " for c in latin).split():
        for a, b in _KEY_FOLDS:
            w = w.replace(a, b)
        # doubled letters vary across transliterations (Kassym / Kasym)
        w = "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1])
        words.append(w)
    return " ".join(words)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, for name keys that differ by a letter or a leftover suffix."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
