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
quantities), and so are relative words. So is a month alone, when a word marks it
as a time (bg ``през юни``, en ``in October``, tr ``temmuz ayına``, kk
``қараша айында``, ``сәуірдің``): value "YYYY-MM".

More forms:

* Kazakh and Turkish voice a final к/қ/k before a vowel ending: ``қыркүйек`` ->
  ``қыркүйегінен``, ``aralık`` -> ``Aralığında``; the month stems allow both.
* An impossible day (``35 август``, what a changed digit makes of "25 август") is still
  a date, valued with the day as written ("1940-08-35"), so it conflicts with the 25th.
* Decades: ``1850s``, ``1850'lerde``, ``1850 жылдары`` -> "1850".."1859"; bg ``50-те
  години`` only with its century (``на 19-ти век``), else it is read and dropped.
* Centuries: ``10-ғасырда``, ``10. yüzyılda``, ``10-ти век``, ``10th century`` -> "0901".."1000".
* Year ranges with words: ``from 1977 to 1981``, ``от 1977 до 1981 г.``, ``between
  1977 and 1981``.
* A date after a hedge word (``yaklaşık 16 Kasım``, ``около 25 януари``, ``кемінде 17
  қыркүйек``) carries that hedge (``DATE_HEDGES``; applied by ``hedge_dates``).
"""
from __future__ import annotations

import dataclasses as _dc
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
# What may follow a month stem inside the same word: Kazakh case endings (up to
# "сіндегі", 7 letters), Turkish suffixes (after an apostrophe, or joined when the month
# is written lower-case or voiced: "aralığında"), nothing in Bulgarian/English.
_MONTH_TAIL = {"kk": r"\p{L}{0,8}", "tr": r"(?:['’]\p{L}+|\p{L}{0,6})", "bg": r"", "en": r"\.?"}
# Final consonants voiced before a vowel ending (kk қыркүйек -> қыркүйегі, tr aralık -> aralığı).
_VOICING = {"kk": {"к": "г", "қ": "ғ"}, "tr": {"k": "ğ"}}
# Words that make a preceding 4-digit number a year.
_YEAR_WORDS = {
    "kk": r"(?:жыл\p{L}*|ж\.)", "tr": r"(?:yıl\p{L}*|senesi\p{L}*)",
    "bg": r"(?:г\.|год\.|година\p{L}*)", "en": r"(?!)",
}
# Prepositions that make a following 4-digit number a year; words joining a second year.
_YEAR_PREPS = {"bg": r"(?:през|от|до|в|след|преди)", "en": r"(?:in|since|by|until|from|of|before|after)"}
_YEAR_JOIN = {"bg": r"(?:до)", "en": r"(?:to|until|till|through)"}
_BETWEEN = {"bg": r"между\s(?P<y>\d{4})\sи\s(?P<y2>\d{4})", "en": r"between\s(?P<y>\d{4})\sand\s(?P<y2>\d{4})"}
# A preposition before the number is no year cue after these: "повече от 1000 паунда".
_NOT_YEAR_BEFORE = {"bg": ("повече", "по-малко", "над", "под"), "en": ("more", "less", "fewer", "than")}
# A month alone is a date after these words (bg, en) or before "ай"/"ay" (kk, tr).
_MONTH_PREPS = {"bg": r"(?:през|в|от|до|след|преди|към|началото\sна|края\sна|средата\sна)",
                "en": r"(?:in|since|until|by|from|to|during|early|late|mid-|last|next|this|of)"}
_MONTH_NOUN = {"kk": r"ай\p{L}*", "tr": r"ay\p{L}*"}
# kk month names that are also common words (қазан "cauldron", маусым "season", наурыз
# the spring holiday): alone they need "ай" after them.
_KK_AMBIGUOUS_MONTHS = ("қазан", "маусым", "наурыз")
# Decades: (pattern, digits of the decade's first year are the group "y"; bg needs a century).
_DECADES = {
    "en": r"(?:the\s)?(?P<y>\d{3}0)['’]?s",
    "tr": r"(?P<y>\d{3}0)['’]l[ıi]\p{L}*",
    "tr2": r"(?P<y>\d{3}0)['’]l[ae]r\p{L}*",
    "kk": r"(?<![-–—]\s?)(?P<y>\d{3}0)\s?жылдар\p{L}*",
    "bg": r"(?P<dd>\d0)-те\sгодини(?:\sна\s(?P<c>\d{1,2})-(?:ти|ви|ри|ми|и)\sвек)?",
}
# Centuries (ordinal numbers before the word for century): the years (C-1)*100+1 .. C*100.
# An era word (BC, пр.н.е., MÖ, біздің заманымызға дейінгі) is not read; every side drops it alike.
_CENTURIES = {
    "kk": r"(?P<c>\d{1,2})(?:-|\s)?ғасыр\p{L}*",
    "tr": r"(?P<c>\d{1,2})\.\s?yüzyıl\p{L}*",
    "bg": r"(?P<c>\d{1,2})-(?:ти|ви|ри|ми|и)\sвек\p{L}*",
    "en": r"(?P<c>\d{1,2})(?:st|nd|rd|th)\scentur(?:y|ies)",
}
# "2001 жылдың кемінде 11 қыркүйегі": a kk hedge between the year and the day
_KK_HEDGE_INSIDE = "шамамен|шамаман|кемінде"
_HEDGE_INSIDE = {"шамамен": "about", "шамаман": "about", "кемінде": "at_least"}
# Hedge words that may stand before a date (the eval injects them; reports write
# "around 1500", "about 16 November"): lower-case word sequences -> Fact.hedge.
DATE_HEDGES = {
    "kk": ((("шамамен",), "about"), (("шамаман",), "about"), (("кемінде",), "at_least"),
           (("кем", "дегенде"), "at_least")),
    "tr": ((("yaklaşık",), "about"), (("tahminen",), "about"), (("aşağı", "yukarı"), "about"),
           (("neredeyse",), "about"), (("en", "az"), "at_least")),
    "bg": ((("около",), "about"), (("приблизително",), "about"), (("почти",), "about"),
           (("поне",), "at_least"), (("най-малко",), "at_least"), (("повече", "от"), "more_than"),
           (("над",), "more_than")),
    "en": ((("about",), "about"), (("around",), "about"), (("approximately",), "about"),
           (("roughly",), "about"), (("nearly",), "about"), (("almost",), "about"), (("circa",), "about"),
           (("at", "least"), "at_least"), (("more", "than"), "more_than"), (("over",), "more_than")),
}
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


def _stem_pattern(stem: str, lang: str) -> str:
    voiced = _VOICING.get(lang, {}).get(stem[-1])
    return regex.escape(stem[:-1]) + f"[{stem[-1]}{voiced}]" if voiced else regex.escape(stem)


def _month_alt(lang: str, full_only: bool = False) -> str:
    stems = sorted(MONTHS[lang], key=lambda p: -len(p[0]))
    return "|".join(_stem_pattern(s, lang) for s, _ in stems if not full_only or len(s) >= 3 and not (
        lang == "en" and len(s) <= 4 and s not in ("may", "june", "july")))


def _compile(lang: str) -> list[tuple[str, regex.Pattern]]:
    pats = [
        ("iso", rf"{_B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){_E}"),
    ]
    if lang != "en":  # English numeric dates are month-first and ambiguous: left alone
        pats.append(("dmy", rf"{_B}(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<y>\d{{4}}){_E}"))
    if lang in MONTHS:
        mon, tail, yw = _month_alt(lang), _MONTH_TAIL[lang], _YEAR_WORDS[lang]
        year_after = rf"(?:,?\s(?P<y>\d{{4}})(?:\s?{yw})?{_E})?"
        year_before = (rf"(?:(?P<y0>\d{{4}})\s?(?:{yw})\s(?:(?P<hw>{_KK_HEDGE_INSIDE})\s)?)?"
                       if lang == "kk" else "")
        pats.append(("dm", rf"(?i){_B}{year_before}(?P<d>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?\s"
                           rf"(?P<mon>{mon}){tail}(?!\p{{L}}){year_after}"))
        if lang == "en":
            pats.append(("md", rf"(?i){_B}(?P<mon>{mon})\.?\s(?P<d>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?"
                               rf"(?:st|nd|rd|th)?{_E}(?:,?\s(?P<y>\d{{4}}){_E})?"))
        pats.append(("my", rf"(?i){_B}(?P<mon>{mon}){tail}(?!\p{{L}})\s(?P<y>\d{{4}})(?:\s?{yw})?{_E}"))
        if lang in _YEAR_PREPS:  # year ranges joined by words come before "1981 г." alone
            pats.append(("py", rf"(?i){_B}{_BETWEEN[lang]}{_E}(?:\s?{_YEAR_WORDS[lang]})?"))
            pats.append(("py", rf"(?i){_B}{_YEAR_PREPS[lang]}\s(?P<y>\d{{4}})\s{_YEAR_JOIN[lang]}\s"
                               rf"(?P<y2>\d{{4}}){_E}(?:\s?{_YEAR_WORDS[lang]})?"))
        for key, pat in _DECADES.items():
            if key.rstrip("2") == lang:
                pats.append(("decade", rf"(?i){_B}{pat}{_E}"))
        pats.append(("century", rf"(?i){_B}{_CENTURIES[lang]}{_E}"))  # after "50-те години на 19-ти век"
        pats.append(("y", rf"(?i){_B}(?P<y>\d{{4}})(?:{_DASH}(?P<y2>\d{{4}}))?(?:['’]\p{{L}}+)?[-\s]?{yw}"))
    if lang in _YEAR_PREPS:
        pats.append(("py", rf"(?i){_B}{_YEAR_PREPS[lang]}\s(?P<y>\d{{4}})(?:{_DASH}(?P<y2>\d{{4}}))?{_E}"
                           rf"(?:\s?{_YEAR_WORDS[lang]})?"))
    if lang in MONTHS:
        mon, tail = _month_alt(lang, full_only=True), _MONTH_TAIL[lang] if lang != "en" else ""
        if lang in _MONTH_PREPS:
            pats.append(("mo", rf"(?i){_B}{_MONTH_PREPS[lang]}\s(?P<mon>{mon}){tail}{_E}"))
        if lang in _MONTH_NOUN:
            pats.append(("mo", rf"(?i){_B}(?P<mon>{mon}){tail}\s{_MONTH_NOUN[lang]}{_E}"))
        if lang == "kk":
            pats.append(("mo", rf"(?i){_B}(?P<mon>{mon})(?P<end>\p{{L}}{{1,8}}){_E}"))
        if lang == "tr":  # "Ekim'de": capitalized, with a case ending after the apostrophe
            caps = "|".join(regex.escape(st[:1].upper() + st[1:]) for st, _ in MONTHS["tr"]
                            if st != "kasım")  # "Kasım'ın" is mostly the first name
            pats.append(("mo", rf"{_B}(?P<mon>{caps})['’]\p{{L}}+{_E}"))
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
        if regex.match(_stem_pattern(stem, lang), w):
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
            if name in ("dm", "md", "my", "mo") and lang == "en" and not m.group("mon")[0].isupper():
                continue
            if name == "py" and _not_a_year(text, start, s, e, lang):
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


def _not_a_year(text: str, start: int, s: int, e: int, lang: str) -> bool:
    """"повече от 1000 паунда", "от 1000 години": a hedged or counted number, not a year."""
    from .lexicon import unit_of  # dates is imported by lexicon's users; keep the cycle out

    before = text[start:s].split()
    if before and before[-1].lower() in _NOT_YEAR_BEFORE.get(lang, ()):
        return True
    after = regex.match(r"\s*(\p{L}+)", text[e:e + 40])
    return bool(after and unit_of(after.group(1), lang))


def _date_fact(name: str, m, text: str, lang: str, doc_date, sid: str):
    """The Fact for one match; None for a date whose year is unknown; False for not a date."""
    s, e = m.span()
    g = m.groupdict()
    if name == "century":
        c = int(g["c"])
        if not 1 <= c <= 21:
            return False
        return year_fact(sid, text, s, e, (c - 1) * 100 + 1, c * 100)
    if name == "decade":
        if g.get("dd") is not None:  # bg "50-те години [на 19-ти век]"
            if not g.get("c"):
                return None
            y = (int(g["c"]) - 1) * 100 + int(g["dd"])
        else:
            y = int(g["y"])
        if not 1000 <= y <= 2999:
            return False
        return year_fact(sid, text, s, e, y, y + 9)
    if name == "mo":
        if g.get("end") is not None and (not regex.fullmatch(_KK_MONTH_ENDING, g["end"].lower())
                                         or g["mon"].lower() in _KK_AMBIGUOUS_MONTHS):
            return False
        if doc_date is None:
            return None
        mo = _month_number(lang, g["mon"])
        return Fact("date", sid, s, e, text[s:e], f"{_nearest_year(mo, 15, doc_date):04d}-{mo:02d}")
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
    if d2 is None and not 1 <= d <= 31 and d >= 1:
        return _impossible_day(m, text, lang, doc_date, sid, mo, d)
    if not 1 <= d <= 31 or (d2 is not None and not d < d2 <= 31):
        return False
    year = g.get("y") or g.get("y0")
    if year:
        y = int(year)
    elif doc_date is not None:
        y = _nearest_year(mo, d, doc_date)
    else:
        return None
    hedge = _HEDGE_INSIDE.get((g.get("hw") or "").lower(), "exact")
    if d2 is None and not _valid(y, mo, d) and _valid(y, mo, 1):
        return _impossible_day(m, text, lang, doc_date, sid, mo, d)
    if not _valid(y, mo, d) or (d2 is not None and not _valid(y, mo, d2)):
        return False
    return Fact("date", sid, s, e, text[s:e], f"{y:04d}-{mo:02d}-{d:02d}",
                date_end=f"{y:04d}-{mo:02d}-{d2:02d}" if d2 else None, hedge=hedge)


# Endings after a lone kk month that make it a time ("сәуірде", "қаңтардың", "шілдеден"):
# locative, genitive, ablative, dative, with an optional possessive before them.
_KK_MONTH_ENDING = (r"(?:ы|і|сы|сі|н|ын|ін|сын|сін)?(?:да|де|та|те|нда|нде|дың|дің|тың|тің|ның|нің|дан|ден|тан|"
                    r"тен|нан|нен|ға|ге|қа|ке|на|не|ғы|гі|дағы|дегі|тағы|тегі|ндағы|ндегі)")


def _impossible_day(m, text: str, lang: str, doc_date, sid: str, mo: int, d: int):
    """A day that no month has ("35 август"): a date valued with the day as written."""
    s, e = m.span()
    year = m.groupdict().get("y") or m.groupdict().get("y0")
    if year:
        y = int(year)
    elif doc_date is not None:
        y = doc_date.year
    else:
        return None
    return Fact("date", sid, s, e, text[s:e], f"{y:04d}-{mo:02d}-{d:02d}", extra={"impossible_day": True})


def hedge_dates(facts: list[Fact], tokens, lang: str, text: str) -> list[Fact]:
    """Dates preceded by a hedge word get that hedge, and their span takes the words in."""
    table = DATE_HEDGES.get(lang)
    if not table:
        return facts
    starts = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for f in facts:
        i = starts.get(f.start)
        if f.kind == "date" and f.hedge == "exact" and i is not None:
            for seq, hedge in table:
                j = i - len(seq)
                if j >= 0 and all(tokens[j + k].kind == "word" for k in range(len(seq))) and \
                        tuple(tokens[j + k].lower for k in range(len(seq))) == seq:
                    f = _dc.replace(f, start=tokens[j].start, hedge=hedge, surface=text[tokens[j].start:f.end])
                    break
        out.append(f)
    return out
