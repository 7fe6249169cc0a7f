"""Dates in a sentence: numeric, day-month(-year), month-day (en), years, relative words.

Own rules, not ``dateparser``. Measured (dateparser 1.5.0, ``search_dates`` with
the language given and RELATIVE_BASE = 2026-02-27) on the 13 forms of the seed
reports this module must read, it returned the right value for 5 and the right
span for 1:

* ``2 желтоқсанда`` (inflected Kazakh month): nothing; ``19 қарашада``: nothing,
  and the year ``2025`` before it came back as 2025-02-27 (an invented day);
* ``26-27 февруари``: 2027-02-26 (wrong year, no range);
* ``Nov. 19``: two dates, "on Nov" = 2026-11-27 and "19" = 2026-02-19;
* ``2025 yılında`` / ``in 2025``: a full day-precise date for a year-only mention;
* spans swallow neighbours (``на 19 ноември 2024 г``, ``on November 19, 2024 in``).

It did read ``19 Kasım 2024``, ``27.02.2026``, ``Кеше``, ``Миналата година`` and
``geçen yıl`` — all of which a table lookup below reads too, with year-only
precision kept ("2025", not "2025-02-27") and exact offsets. So the rules are
ours, one month table per language with stems matched across case endings.

A day and month without a year take the year that puts the date nearest to the
document date (a report of 5 January mentioning "28 December" means last year's);
without a document date they are skipped (their digits are still not counted as
quantities), and so are relative words.
"""
from __future__ import annotations

import datetime as _dt

import regex

from ..records import Fact

MONTHS: dict[str, tuple[tuple[str, int], ...]] = {
    "kk": (("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6),
           ("шілде", 7), ("тамыз", 8), ("қыркүйек", 9), ("қазан", 10), ("қараша", 11), ("желтоқсан", 12)),
    "tr": (("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6),
           ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12)),
    "bg": (("януари", 1), ("февруари", 2), ("март", 3), ("април", 4), ("май", 5), ("юни", 6),
           ("юли", 7), ("август", 8), ("септември", 9), ("октомври", 10), ("ноември", 11), ("декември", 12)),
    "en": (("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
           ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
           ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
           ("aug", 8), ("sept", 9), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12)),
}
# What may follow a month stem inside the same word: Kazakh case endings, Turkish
# apostrophe suffixes, nothing in Bulgarian/English (their months do not inflect).
_MONTH_TAIL = {"kk": r"\p{L}{0,6}", "tr": r"(?:['’]\p{L}+)?", "bg": r"", "en": r"\.?"}
# Words that make a preceding 4-digit number a year.
_YEAR_WORDS = {
    "kk": r"(?:жыл\p{L}*|ж\.)", "tr": r"(?:yıl\p{L}*|senesi\p{L}*)",
    "bg": r"(?:г\.|год\.|година\p{L}*)", "en": r"(?!)",
}
# Prepositions that make a following 4-digit number a year.
_YEAR_PREPS = {"bg": r"(?:през|от|до|в|след|преди)", "en": r"(?:in|since|by|until|from|of|before|after)"}
# (pattern, unit, offset): unit "day" or "year"; resolved against the document date.
RELATIVE: dict[str, tuple[tuple[str, str, int], ...]] = {
    "kk": ((r"кеше(?:гі)?", "day", -1), (r"бүгін(?:гі)?", "day", 0), (r"ертең(?:гі)?", "day", 1),
           (r"былтыр(?:ғы)?", "year", -1), (r"биыл(?:ғы)?", "year", 0),
           (r"өткен\s+жыл(?:ы|ғы|дың)?", "year", -1), (r"келесі\s+жыл(?:ы|ғы|дың)?", "year", 1)),
    "tr": ((r"dün(?:kü)?", "day", -1), (r"bugün(?:kü|e)?", "day", 0), (r"yarın(?:ki)?", "day", 1),
           (r"geçen\s+yıl(?:ın|ki|ki|da)?", "year", -1), (r"bu\s+yıl(?:ın|ki|da)?", "year", 0),
           (r"(?:gelecek|önümüzdeki)\s+yıl(?:ın|da)?", "year", 1)),
    "bg": ((r"вчера", "day", -1), (r"днес", "day", 0), (r"утре", "day", 1),
           (r"миналата\s+година", "year", -1), (r"тази\s+година", "year", 0),
           (r"(?:догодина|следващата\s+година)", "year", 1)),
    "en": ((r"yesterday", "day", -1), (r"today", "day", 0), (r"tomorrow", "day", 1),
           (r"last\s+year", "year", -1), (r"this\s+year", "year", 0), (r"next\s+year", "year", 1)),
}

_B, _E = r"(?<![\p{L}\d])", r"(?![\p{L}\d])"
_DASH = r"\s?[-–—]\s?"


def _month_alt(lang: str) -> str:
    stems = sorted(MONTHS[lang], key=lambda p: -len(p[0]))
    return "|".join(regex.escape(s) for s, _ in stems)


def _compile(lang: str) -> list[tuple[str, regex.Pattern]]:
    pats = [
        ("iso", rf"{_B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){_E}"),
    ]
    if lang != "en":  # English numeric dates are month-first and ambiguous: left alone
        pats.append(("dmy", rf"{_B}(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<y>\d{{4}}){_E}"))
    if lang in MONTHS:
        mon, tail, yw = _month_alt(lang), _MONTH_TAIL[lang], _YEAR_WORDS[lang]
        year_after = rf"(?:,?\s(?P<y>\d{{4}})(?:\s?{yw})?{_E})?"
        year_before = rf"(?:(?P<y0>\d{{4}})\s?(?:{yw})\s)?" if lang == "kk" else ""
        pats.append(("dm", rf"(?i){_B}{year_before}(?P<d>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?\s"
                           rf"(?P<mon>{mon}){tail}(?!\p{{L}}){year_after}"))
        if lang == "en":
            pats.append(("md", rf"(?i){_B}(?P<mon>{mon})\.?\s(?P<d>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?"
                               rf"(?:st|nd|rd|th)?{_E}(?:,?\s(?P<y>\d{{4}}){_E})?"))
        pats.append(("my", rf"(?i){_B}(?P<mon>{mon}){tail}(?!\p{{L}})\s(?P<y>\d{{4}})(?:\s?{yw})?{_E}"))
        pats.append(("y", rf"(?i){_B}(?P<y>\d{{4}})(?:{_DASH}(?P<y2>\d{{4}}))?(?:['’]\p{{L}}+)?[-\s]?{yw}"))
    if lang in _YEAR_PREPS:
        pats.append(("py", rf"(?i){_B}{_YEAR_PREPS[lang]}\s(?P<y>\d{{4}})(?:{_DASH}(?P<y2>\d{{4}}))?{_E}"
                           rf"(?:\s?{_YEAR_WORDS[lang]})?"))
    out = []
    for name, p in pats:
        # month names in English are capitalized; "may"/"march" lower-case are verbs
        out.append((name, regex.compile(p)))
    return out


_PATTERNS: dict[str, list[tuple[str, regex.Pattern]]] = {}


def _patterns(lang: str) -> list[tuple[str, regex.Pattern]]:
    key = lang if lang in MONTHS else ""
    if key not in _PATTERNS:
        _PATTERNS[key] = _compile(key)
    return _PATTERNS[key]


def _month_number(lang: str, word: str) -> int:
    w = word.lower()
    for stem, n in sorted(MONTHS[lang], key=lambda p: -len(p[0])):
        if w.startswith(stem):
            return n
    raise ValueError(word)


def _valid(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return 1000 <= y <= 2999


def _nearest_year(m: int, d: int, doc_date: _dt.date) -> int:
    best = doc_date.year
    for y in (doc_date.year - 1, doc_date.year, doc_date.year + 1):
        if _valid(y, m, d) and (not _valid(best, m, d) or
                                abs((_dt.date(y, m, d) - doc_date).days) < abs((_dt.date(best, m, d) - doc_date).days)):
            best = y
    return best


def year_fact(sentence_id: str, text: str, start: int, end: int, year: int, year_end: int | None = None) -> Fact:
    """A year mention ("2025", "2025-2026")."""
    return Fact("date", sentence_id, start, end, text[start:end], f"{year:04d}",
                date_end=f"{year_end:04d}" if year_end else None)


def find_dates(text: str, start: int, end: int, lang: str, doc_date: _dt.date | None,
               sentence_id: str) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Date facts of ``text[start:end]`` and every span read as a date (emitted or not)."""
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for name, pat in _patterns(lang):
        for m in pat.finditer(text, start, end):
            s, e = m.span()
            if not free(s, e):
                continue
            if name in ("dm", "md", "my") and lang == "en" and not m.group("mon")[0].isupper():
                continue
            fact = _date_fact(name, m, text, lang, doc_date, sentence_id)
            if fact is False:
                continue
            taken.append((s, e))
            if fact is not None:
                facts.append(fact)
    if doc_date is not None and lang in RELATIVE:
        for pattern, unit, offset in RELATIVE[lang]:
            for m in regex.finditer(rf"(?i){_B}(?:{pattern}){_E}", text[start:end]):
                s, e = start + m.start(), start + m.end()
                if not free(s, e):
                    continue
                taken.append((s, e))
                if unit == "day":
                    value = (doc_date + _dt.timedelta(days=offset)).isoformat()
                else:
                    value = f"{doc_date.year + offset:04d}"
                facts.append(Fact("date", sentence_id, s, e, text[s:e], value, relative=True))
    facts.sort(key=lambda f: f.start)
    return facts, taken


def _date_fact(name: str, m, text: str, lang: str, doc_date, sid: str):
    """The Fact for one match; None for a date whose year is unknown; False for not a date."""
    s, e = m.span()
    g = m.groupdict()
    if name in ("iso", "dmy"):
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if not _valid(y, mo, d):
            return False
        return Fact("date", sid, s, e, text[s:e], f"{y:04d}-{mo:02d}-{d:02d}")
    if name in ("y", "py"):
        y = int(g["y"])
        y2 = int(g["y2"]) if g.get("y2") else None
        if not 1000 <= y <= 2999 or (y2 is not None and y2 <= y):
            return False
        return year_fact(sid, text, s, e, y, y2)
    mo = _month_number(lang, g["mon"])
    if name == "my":
        return Fact("date", sid, s, e, text[s:e], f"{int(g['y']):04d}-{mo:02d}")
    d = int(g["d"])
    d2 = int(g["d2"]) if g.get("d2") else None
    if not 1 <= d <= 31 or (d2 is not None and not d < d2 <= 31):
        return False
    year = g.get("y") or g.get("y0")
    if year:
        y = int(year)
    elif doc_date is not None:
        y = _nearest_year(mo, d, doc_date)
    else:
        return None
    if not _valid(y, mo, d) or (d2 is not None and not _valid(y, mo, d2)):
        return False
    return Fact("date", sid, s, e, text[s:e], f"{y:04d}-{mo:02d}-{d:02d}",
                date_end=f"{y:04d}-{mo:02d}-{d2:02d}" if d2 else None)
