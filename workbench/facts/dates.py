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
* Centuries: ``10-ғасырда``, ``10. yüzyılda``, ``10-ти век``, ``10th century`` -> "0901".."1000";
  in Roman numerals too (``XVI ғасырда``, ``X–XI вв.`` -> "0901".."1100").
* Year ranges with words: ``from 1977 to 1981``, ``от 1977 до 1981 г.``, ``between
  1977 and 1981``.
* A date after a hedge word (``yaklaşık 16 Kasım``, ``около 25 януари``, ``кемінде 17
  қыркүйек``) carries that hedge (the pack's ``Dates.hedges``; applied by ``hedge_dates``).
"""
from __future__ import annotations

import bisect
import dataclasses as _dc
import datetime as _dt
import functools
from collections.abc import Callable

import regex

from .. import lang as _lang
from ..records import Fact
from ..lang.pack import _NEVER as NEVER, hedge_phrases
from .tokens import overlaps

# Month tables, year words, hedges and relative words are each language's pack
# (``workbench/lang/<code>.py``, field ``dates``).


def _dates(lang: str) -> _lang.Dates | None:
    pack = _lang.get(lang) if lang else None
    return pack.dates if pack is not None else None


def _all_months(d: _lang.Dates) -> tuple[tuple[str, int], ...]:
    return d.months + d.month_abbreviations


_B, _E = r"(?<![\p{L}\d])", r"(?![\p{L}\d])"
_DASH = r"\s?[-–—]\s?"


def _stem_pattern(stem: str, d: _lang.Dates) -> str:
    voiced = d.voicing.get(stem[-1])
    return regex.escape(stem[:-1]) + f"[{stem[-1]}{voiced}]" if voiced else regex.escape(stem)


def _month_alt(d: _lang.Dates, full_only: bool = False) -> str:
    """Month stems, longest first; ``full_only``: without abbreviations ("Nov" alone is no date)."""
    stems = sorted(d.months if full_only else _all_months(d), key=lambda p: -len(p[0]))
    return "|".join(_stem_pattern(s, d) for s, _ in stems)


def _compile(lang: str) -> list[tuple[str, regex.Pattern]]:
    d = _dates(lang)
    pats = [
        ("iso", rf"{_B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){_E}"),
    ]
    if d is None or d.numeric_dmy:  # English numeric dates are month-first and ambiguous: left alone
        pats.append(("dmy", rf"{_B}(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<y>\d{{4}}){_E}"))
    if d is None:
        return [(name, regex.compile(p)) for name, p in pats]
    mon, tail, yw = _month_alt(d), d.month_tail, d.year_words
    # a year of any size with its era, before everything that would read a part of it
    era_year = rf"(?P<y>\d{{1,4}})(?:{_DASH}(?P<y2>\d{{1,4}}))?\.?(?:\s?(?i:{yw}))?"
    # not a century after its era (tr «MÖ 10. yüzyılda», kk «б.з.д. 10 ғасырда»): the century reads it
    # (FLORES tr devtest, "10th century BCE"; the era is no part of a value, as for years)
    century_ahead = regex.sub(r"\(\?P<\w+>", "(?:", d.century)
    pats.append(("era", rf"{_B}(?:{d.era_before})\s?(?!(?i:{century_ahead})){era_year}{_E}"))
    pats.append(("era", rf"{_B}{era_year}\s?(?:{d.era_after})(?!\p{{L}})"))
    ordinal, words = _ordinal_forms(lang)
    # two months as one range, before either is read alone; not a day's month on either side
    m1, m2 = (rf"(?P<{g}>{_month_alt(d, full_only=True)})" for g in ("mon", "mon2"))
    for form in (r"{m1}{t}" + _DASH + r"{m2}{t}",) + d.month_ranges:
        body = form.replace("{m1}", m1).replace("{m2}", m2).replace("{t}", f"(?:{tail})")
        pats.append(("mr", rf"(?i)(?<!\d\s?){_B}{body}(?!\p{{L}})(?!\s?\d{{1,2}}(?!\d))"
                           rf"(?:,?\s(?P<y>\d{{4}})(?:\s?{yw})?{_E})?"))
    year_after = rf"(?:,?\s(?P<y>\d{{4}})(?:\s?{yw})?{_E})?"
    year_before = (rf"(?:(?:(?P<y0>\d{{4}}){ordinal}|(?P<y0w>{words}))\s?(?:{yw})\s"
                   rf"(?:(?P<hw>{_hedge_inside_alt(d)})\s)?)?" if d.year_before_day else "")
    # two days of one month joined by a dash, or by the word that joins two years ("from 15th to 18th
    # September", «с 15 по 18 сентября»: wmt-tr held-out, seed 11, read only the second day)
    # or two days listed («16 ve 17 Ocak'ta» / "January 16 and 17": WMT tr, an unchanged line pair read
    # the first day as a figure, a high date conflict), read as the span they make, as a dash's
    joins = [j for j in (d.year_join, d.list_join) if j and j != NEVER]
    day_join = rf"(?:{_DASH}|\s(?:{'|'.join(joins)})\s)" if joins else _DASH
    pats.append(("dm", rf"(?i){_B}{year_before}(?:(?P<d>\d{{1,2}}){ordinal}|(?P<dw>{words}))"
                       rf"(?:{day_join}(?P<d2>\d{{1,2}}){ordinal})?\s(?P<mon>{mon}){tail}(?!\p{{L}}){year_after}"))
    if d.month_day:
        pats.append(("md", rf"(?i){_B}(?P<mon>{mon})\.?\s(?P<d>\d{{1,2}})(?:{day_join}(?P<d2>\d{{1,2}}))?"
                           rf"(?:st|nd|rd|th)?{_E}(?:,?\s(?P<y>\d{{4}}){_E})?"))
    pats.append(("my", rf"(?i){_B}(?P<mon>{mon}){tail}(?!\p{{L}})\s(?P<y>\d{{4}})(?:\s?{yw})?{_E}"))
    if d.year_preps:  # year ranges joined by words come before "1981 г." alone
        pats.append(("py", rf"(?i){_B}{d.between}{_E}(?:\s?{yw})?"))
        pats.append(("py", rf"(?i){_B}{d.year_preps}\s(?P<y>\d{{4}})\s{d.year_join}\s"
                           rf"(?P<y2>\d{{4}}){_E}(?!\s{d.year_preps}\s[12]\d{{3}}(?!\d))(?:\s?{yw})?"))
    for pat in d.decades:
        pats.append(("decade", rf"(?i){_B}{pat}{_E}"))
    # two centuries as one span ("the 10th - 11th centuries", «X–XI вв.» on the other side)
    pats.append(("crange", rf"(?i){_B}(?P<c1>\d{{1,2}})(?:[-']?{_ordinal_suffix(lang)}|\.)?{_DASH}{d.century}{_E}"))
    # listed centuries ("11th, 12th and 13th centuries") before the last one alone
    pats.append(("centuries", rf"(?i){_B}(?P<list>(?:{_century_item(lang)}\s?,\s?)*{_century_item(lang)}"
                              rf",?\s{d.list_join}\s){d.century}{_E}"))  # with or without a comma before "and"
    pats.append(("century", rf"(?i){_B}{d.century}{_E}"))  # after "50-те години на 19-ти век"
    nouns = "|".join(rf"{regex.escape(stem)}\p{{L}}*" for stem, lemma in _lang.get(lang).numbers.units
                     if lemma == "century")
    if nouns:  # Roman numerals, upper case: «XVI ғасырда», «XVI. yüzyıl», «X–XI вв.», "XVI century"; listed
        # before the last one as digits are ("centuries"): «XI, XII и XIII века» (ru/bg/sr style guides)
        roman_list = rf"(?P<rlist>(?:{_ROMAN_ITEM}\s?,\s?)*{_ROMAN_ITEM},?\s(?i:{d.list_join})\s)?"
        pats.append(("roman", rf"{_B}{roman_list}(?P<r>[IVXL]{{1,7}})(?:{_DASH}(?P<r2>[IVXL]{{1,7}}))?\.?"
                              rf"(?:-\p{{L}}{{1,4}})?\s?(?i:{nouns}|{d.century_abbreviation})(?!\p{{L}})"))
    if d.century_word and d.ordinal_dates:  # kk "жиырмасыншы ғасырдағы"
        pats.append(("century", rf"(?i){_B}(?P<cw>{words})\s{d.century_word}{_E}"))
    if d.year_before_month:  # before the year alone: "2011 жылдың тамыз айында" is 2011-08
        noun = rf"(?:\s{d.month_noun})?" if d.month_noun else ""
        pats.append(("ym", rf"(?i){_B}(?:(?P<y>\d{{4}}){ordinal}|(?P<yw>{words}))[-\s]?{yw}\s"
                           rf"(?P<mon>{_month_alt(d, full_only=True)}){tail}(?!\p{{L}}){noun}{_E}"))
    pats.append(("y", rf"(?i){_B}(?:(?P<y>\d{{4}})(?:{_DASH}(?P<y2>\d{{4}}))?{ordinal}|(?P<yw>{words}))"
                      rf"(?:['’]\p{{L}}+)?(?:-|\s{{1,2}})?{yw}"))
    if d.year_period:  # a year before 1000 is written with its period and year word ("око 400. године"):
        # the period makes it a year, not a count of years ("400 година", four hundred years)
        pats.append(("era", rf"(?i){_B}(?P<y>\d{{3}})\.\s?(?:{yw}){_E}"))
    if d.year_period:  # after years with their year word ("1999. години")
        pats.append(("y", rf"{_B}(?P<y>\d{{4}})\.(?!\d)"))
    if d.year_preps:
        pats.append(("py", rf"(?i){_B}{d.year_preps}\s(?P<y>\d{{4}})(?:{_DASH}(?P<y2>\d{{4}}))?{_E}"
                           rf"(?:\s?{yw})?"))
    mon, tail = _lone_month(d)
    if d.month_preps:  # a word ending in a hyphen joins its month: "since mid-August" (wmt-tr, seed 17)
        pats.append(("mo", rf"(?i){_B}{d.month_preps}(?:\s|(?<=-))(?P<mon>{mon}){tail}{_E}"))
    if d.month_noun:
        pats.append(("mo", rf"(?i){_B}(?P<mon>{mon}){tail}\s{d.month_noun}{_E}"))
    if d.lone_month_ending:
        pats.append(("mo", rf"(?i){_B}(?P<mon>{mon})(?P<end>\p{{L}}{{0,8}}){_E}"))  # kk bare "қаңтар"
    if d.capitalized_month_suffix:  # tr "Ekim'de": capitalized, with a case ending after the apostrophe
        caps = "|".join(regex.escape(st[:1].upper() + st[1:]) for st, _ in d.months
                        if st not in d.months_also_names)
        pats.append(("mo", rf"{_B}(?P<mon>{caps})['’]\p{{L}}+{_E}"))
    return [(name, regex.compile(p)) for name, p in pats]


def _ordinal_suffix(lang: str) -> str:
    pack = _lang.get(lang)
    return pack.numbers.ordinal_suffix if pack is not None else "(?!)"


def _century_item(lang: str) -> str:
    """A number in a list of centuries: one or two digits with the language's ordinal ending
    ("11th", "11-ти", "11.") or none (kk "11, 12 және 13 ғасырлар")."""
    return rf"\d{{1,2}}(?:[-']?{_ordinal_suffix(lang)}|\.)?"


_ROMAN = (("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def roman_value(text: str) -> int | None:
    """The value of an upper-case Roman numeral up to LXXXIX, None unless written canonically
    ("XVI" 16; "IIII", "VX" are no numerals)."""
    n, rest = 0, text
    for sym, val in _ROMAN:
        while rest.startswith(sym):
            n, rest = n + val, rest[len(sym):]
    if rest or not n:
        return None
    out, m = "", n
    for sym, val in _ROMAN:
        while m >= val:
            out, m = out + sym, m - val
    return n if out == text else None


# A number written before the word "century" names one, however unlikely ("55-і ғасыр" is the
# 55th): two digits at most, by the patterns.
CENTURY_MAX = 99
_CENTURY_ITEM = regex.compile(r"(?P<c>\d{1,2})(?:[-'’]?\p{L}+)?")  # "11th", "11-ти", "11"
_ROMAN_ITEM = r"[IVXL]{1,7}\.?"  # a Roman numeral listed before a century word ("XI,", "XI.")


def _listed_centuries(m, text: str, sid: str, lang: str) -> list[Fact]:
    """One century fact per number listed before the last century of a ``centuries`` match, or
    per Roman numeral listed before a ``roman`` one; Roman numerals only rising to the last («XI,
    XII и XIII века»), never after a capitalized word but a time preposition opening the sentence («В XI
    и XII веках»): a ruler's numeral («Пётр I и XVIII век») is none."""
    out = []
    if m.groupdict().get("rlist"):
        base, last = m.start("rlist"), roman_value(m.group("r"))
        before = regex.search(r"(\p{Lu}\p{L}*)\s$", text[:base])
        pack = _lang.get(lang)
        if before and (pack is None or before.group(1).lower() not in pack.segmentation.time_prepositions):
            return []
        for item in regex.finditer(r"[IVXL]+", m.group("rlist")):
            c = roman_value(item.group())
            if c is None or last is None or not 1 <= c < last:
                return []
            out.append(year_fact(sid, text, base + item.start(), base + item.end(), (c - 1) * 100 + 1, c * 100))
        return out
    if "list" not in m.groupdict():
        return out
    base = m.start("list")
    for item in _CENTURY_ITEM.finditer(m.group("list")):
        c = int(item.group("c"))
        if 1 <= c <= CENTURY_MAX:
            out.append(year_fact(sid, text, base + item.start(), base + item.end(), (c - 1) * 100 + 1, c * 100))
    return out


def _ordinal_forms(lang: str) -> tuple[str, str]:
    """Regexes for a year or day written as an ordinal (``Dates.ordinal_dates``): the suffix after
    digits ("2022-нші"), and number words whose last word is ordinal ("екі мың он тоғызыншы")."""
    pack = _lang.get(lang)
    if pack is None or not pack.dates.ordinal_dates:
        return "", "(?!)"
    n = pack.numbers
    alt = "|".join(regex.escape(w) for w in sorted({*n.cardinals, *n.hundreds, *n.multipliers}, key=len, reverse=True))
    return (rf"(?:-?{n.ordinal_suffix})?",
            rf"(?:(?:{alt})\s)*(?:{alt}){n.word_ordinal_suffix}(?!\p{{L}})")


def _ordinal_value(words: str, lang: str) -> int | None:
    """The number "екі мың он тоғызыншы" names (2019): the last word's ordinal ending dropped."""
    from .numbers import word_value  # numbers imports lexicon, which dates' users import first

    n = _lang.get(lang).numbers
    parts = words.lower().split()
    known = {*n.cardinals, *n.hundreds, *n.multipliers}
    for base in sorted(known, key=len, reverse=True):
        if parts[-1].startswith(base) and regex.fullmatch(n.word_ordinal_suffix, parts[-1][len(base):]):
            return int(word_value(parts[:-1] + [base], n))
    return None


def _hedge_inside(d: _lang.Dates) -> dict[str, str]:
    """Single-word date hedges, which may also stand between the year and the day (kk)."""
    return {seq[0]: hedge for seq, hedge in d.hedge_sequences if len(seq) == 1}


def _hedge_inside_alt(d: _lang.Dates) -> str:
    return "|".join(regex.escape(w) for w in _hedge_inside(d))


_PATTERNS: dict[str, list[tuple[str, regex.Pattern]]] = {}


def _patterns(lang: str) -> list[tuple[str, regex.Pattern]]:
    key = lang if _dates(lang) is not None else ""
    if key not in _PATTERNS:
        _PATTERNS[key] = _compile(key)
    return _PATTERNS[key]


def _month_number(lang: str, word: str) -> int:
    w = word.lower()
    d = _dates(lang)
    for stem, n in sorted(_all_months(d), key=lambda p: -len(p[0])):
        if regex.match(_stem_pattern(stem, d), w):
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


# A relative word the document date cannot resolve (no date, or past the calendar: 9999-12-31
# and "tomorrow") keeps its meaning in English, the same value in every language.
RELATIVE_NAMES = {("day", -1): "yesterday", ("day", 0): "today", ("day", 1): "tomorrow",
                  ("week", -1): "last week", ("week", 0): "this week", ("week", 1): "next week",
                  ("month", -1): "last month", ("month", 0): "this month", ("month", 1): "next month",
                  ("year", -1): "last year", ("year", 0): "this year", ("year", 1): "next year"}


def relative_span(unit: str, offset: int, doc_date: _dt.date | None) -> tuple[str, str | None]:
    """Value and last day of a relative date: ("2026-02-16", "2026-02-22") for ("week", -1) on
    2026-02-27 (Monday to Sunday), "2026-01" for ("month", -1); ``RELATIVE_NAMES`` without a
    usable document date."""
    if doc_date is not None:
        try:
            if unit == "day":
                return (doc_date + _dt.timedelta(days=offset)).isoformat(), None
            if unit == "week":
                monday = doc_date - _dt.timedelta(days=doc_date.weekday()) + _dt.timedelta(weeks=offset)
                return monday.isoformat(), (monday + _dt.timedelta(days=6)).isoformat()
            if unit == "month":
                n = doc_date.year * 12 + doc_date.month - 1 + offset
                if 1 <= n // 12 <= 9999:
                    return f"{n // 12:04d}-{n % 12 + 1:02d}", None
            elif 1 <= doc_date.year + offset <= 9999:
                return f"{doc_date.year + offset:04d}", None
        except OverflowError:
            pass
    return RELATIVE_NAMES.get((unit, offset), f"{unit} {offset:+d}"), None


def resolve_relative(unit: str, offset: int, doc_date: _dt.date | None) -> str:
    """"2026-02-26" for ("day", -1) on 2026-02-27; ``RELATIVE_NAMES`` without a usable date."""
    return relative_span(unit, offset, doc_date)[0]


# Words that name a recurrence ("every year") or a season ("in winter") have no calendar
# value: they stay relative facts with an English value, equal across languages and never
# comparable with a calendar date (``values.dates_compatible``).
RECURRING_NAMES = {"day": "every day", "week": "every week", "month": "every month", "year": "every year"}
SEASON_NAMES = ("winter", "spring", "summer", "autumn")  # the values of ``Dates.seasons``
_FRAMES = {**{name: unit for (unit, _), name in RELATIVE_NAMES.items()},
           **{name: "every" for name in RECURRING_NAMES.values()}, **{name: "season" for name in SEASON_NAMES}}


def date_frame(value: str) -> str:
    """What a date value is measured against: "calendar" (ISO), "yearless" ("--04-11"),
    the unit of a relative word ("day" for "yesterday"), "every" (a recurrence), "season";
    values of different frames are not comparable."""
    if value.startswith("--"):
        return "yearless"
    if value[:4].isdigit():  # ISO, or an impossible day written as one ("1940-08-35")
        return "calendar"
    return _FRAMES.get(value, value.split()[0] if value else "")


def year_fact(sentence_id: str, text: str, start: int, end: int, year: int, year_end: int | None = None) -> Fact:
    """A year mention ("2025", "2025-2026")."""
    return Fact("date", sentence_id, start, end, text[start:end], f"{year:04d}",
                date_end=f"{year_end:04d}" if year_end else None)


def find_dates(text: str, start: int, end: int, lang: str, doc_date: _dt.date | None,
               sentence_id: str) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Date facts of ``text[start:end]`` and every span read as a date (emitted or not)."""
    d = _dates(lang)
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:  # taken stays sorted and disjoint
        return not overlaps(taken, s, e)

    for name, pat in _patterns(lang):
        for m in pat.finditer(text, start, end):
            s, e = m.span()
            if not free(s, e):
                continue
            if name in ("dm", "md", "my", "ym", "mo", "mr") and d.months_capitalized and not m.group("mon")[0].isupper():
                continue
            if name == "py" and _not_a_year(text, start, s, e, lang):
                continue
            try:
                fact = _date_fact(name, m, text, lang, doc_date, sentence_id)
                if name == "py" and fact and _about_prep(m.group(), lang):
                    fact = _dc.replace(fact, hedge=_lang.ABOUT)  # ru «около 1500» (around 1500)
                listed = _listed_centuries(m, text, sentence_id, lang) if name in ("centuries", "roman") and fact else []
            except ValueError:  # int() of a digit newer than this Python's Unicode tables
                fact = False
            if fact is False and name == "dm" and m.group("d2") is not None:
                # two days that do not rise are no pair of days: a figure, "and", then the day
                # (WMT tr «yıl için %11 ve 11 Haziran'daki rekor» / "down 11 percent … a record high on
                # June 11": the day was lost, eval/real_pairs.py seed 41); the second day is read alone
                m = pat.match(text, m.start("d2"), end)
                if m is None or not free(*m.span()):
                    continue
                s, e = m.span()
                fact, listed = _date_fact(name, m, text, lang, doc_date, sentence_id), []
            if fact is False:
                continue
            bisect.insort(taken, (s, e))
            if fact is not None:
                facts.append(fact)
                facts += listed
    if d is not None:
        facts += _listed_months(facts, text, start, end, d, lang, doc_date, sentence_id, free, taken)
        words = [(p, *relative_span(unit, offset, doc_date)) for p, unit, offset in d.relative]
        words += [(p, RECURRING_NAMES[unit], None) for p, unit in d.recurring]
        words += [(p, season, None) for p, season in d.seasons]
        for pattern, value, value_end in words:
            for m in regex.finditer(rf"(?i){_B}(?:{pattern}){_E}", text, pos=start, endpos=end):
                s, e = m.span()
                if not free(s, e):
                    continue
                bisect.insort(taken, (s, e))
                facts.append(Fact("date", sentence_id, s, e, text[s:e], value, date_end=value_end, relative=True))
    facts.sort(key=lambda f: f.start)
    return _year_written_once(facts), taken


_MONTH_ONLY = regex.compile(r"(?:\d{4}|-)-\d{2}")


def _lone_month(d: _lang.Dates) -> tuple[str, str]:
    """The pattern of a full month name and of the ending it takes standing alone."""
    return _month_alt(d, full_only=True), d.month_tail if d.month_tail_alone is None else d.month_tail_alone


@functools.lru_cache(maxsize=None)
def _list_patterns(lang: str) -> tuple[regex.Pattern, regex.Pattern]:
    """Months listed after / before another ("and August", «temmuz ve»; a list with commas ending in
    "and": ", February and May", «Kasım, Şubat ve»), compiled once per language."""
    d = _dates(lang)
    mon, tail = _lone_month(d)
    return (regex.compile(rf"(?i)(?:,\s+(?P<mon>{mon}){tail})*,?\s+{d.list_join}\s+(?P<mon>{mon}){tail}{_E}"),
            regex.compile(rf"(?i){_B}(?P<mon>{mon}){tail}(?:,\s+(?P<mon>{mon}){tail})*,?\s+{d.list_join}\s+$"))


def _listed_months(facts: list[Fact], text: str, start: int, end: int, d: _lang.Dates, lang: str,
                   doc_date: _dt.date | None, sid: str, free: Callable[[int, int], bool],
                   taken: list[tuple[int, int]]) -> list[Fact]:
    """A month joined by "and"/"or" to a month read with its preposition or month noun, which
    only one of them carries: "in July and August", «temmuz ve ağustos aylarında» (each side
    read one month, July against August: a false high conflict on seed 19's unchanged wmt-tr,
    read after its run), and every month of a list with commas ("in November, February and May",
    «Kasım, Şubat ve Mayıs'ta»: seed 37's unchanged wmt-tr, November against February and May, high).
    Each listed month is a month of its own, its year the nearest."""
    after, before = _list_patterns(lang)
    out = []
    for f in facts:
        if f.date_end or not _MONTH_ONLY.fullmatch(str(f.value)):
            continue
        for m in (after.match(text, f.end, end), before.search(text, start, f.start)):
            if m is None:
                continue
            for (s, e), word in zip(m.spans("mon"), m.captures("mon")):
                if not free(s, e) or (d.months_capitalized and not word[0].isupper()):
                    continue
                mo = _month_number(lang, word)
                value = f"--{mo:02d}" if doc_date is None else f"{_nearest_year(mo, 15, doc_date):04d}-{mo:02d}"
                bisect.insort(taken, (s, e))
                out.append(Fact("date", sid, s, e, text[s:e], value, relative=doc_date is None))
    return out


def _year_written_once(facts: list[Fact]) -> list[Fact]:
    """Days and months of a sentence whose year is written once, on another date of the sentence
    ("from 24 August to 5 September 2021", kk «2021 жылдың 24 тамызынан 5 қыркүйегіне дейін»):
    the yearless ones take that year, not the document's (FLORES kk–en, real pairs: each side
    put the other end of the range in the report's year, a high date conflict). Only when the
    sentence writes exactly one year on its days and months."""
    written = {str(f.value)[:4] for f in facts if not f.relative and _dated_day_or_month(f)
               and str(f.value)[:4] in f.surface}
    if len(written) != 1:
        return facts
    year = written.pop()
    out = []
    for f in facts:
        v = str(f.value)
        if _dated_day_or_month(f) and year not in f.surface and (v.startswith("--") or not f.relative):
            value, end = _with_year(v, year), _with_year(f.date_end, year) if f.date_end else None
            if value is not None and (f.date_end is None or end is not None):
                f = _dc.replace(f, value=value, date_end=end, relative=False)
        out.append(f)
    return out


def _dated_day_or_month(f: Fact) -> bool:
    """A month or a day of a month ("2021-09", "2021-09-05", "--09-05"), not a year or a span word."""
    return regex.fullmatch(r"(?:\d{4}|-)-\d{2}(?:-\d{2})?", str(f.value)) is not None


def _with_year(value: str, year: str) -> str | None:
    """``value`` ("2007-09-05", "--09-05") in ``year``; None for a day that year lacks (29 February)."""
    parts = value.lstrip("-").split("-") if value.startswith("--") else value.split("-")[1:]
    try:
        nums = [int(p) for p in parts]
        if len(nums) == 2:
            _dt.date(int(year), nums[0], nums[1])
    except ValueError:
        return None
    return "-".join([year, *parts])


def _not_a_year(text: str, start: int, s: int, e: int, lang: str) -> bool:
    """"повече от 1000 паунда", "от 1000 години": a hedged or counted number, not a year."""
    from .lexicon import unit_of  # dates is imported by lexicon's users; keep the cycle out

    before = text[start:s].split()
    if before and before[-1].lower() in _dates(lang).not_year_before:
        return True
    after = regex.match(r"\s*(\p{L}+)", text[e:e + 40])
    if after and unit_of(after.group(1), lang):
        return True
    if after and _about_counting(text[s:e], after.group(1), lang):
        return True
    # "од 2500 и 130.000 јена": a range of amounts, whose other end is no year
    pack = _lang.get(lang)
    joined = regex.match(r"\s+(\p{L}+)\s+(\d[\d.,]*)", text[e:e + 40])
    return bool(pack is not None and joined and joined.group(1).lower() in pack.numbers.range_join
                and not regex.fullmatch(r"[12]\d{3}", joined.group(2).rstrip(".,"))
                and not _counts_in_years(text, e, lang))


def _about_counting(match: str, after: str, lang: str) -> bool:
    """The preposition of a year with no year word is also the language's "about" before a figure,
    and a word that may be what it counts follows (ru «около 1400 домов», about 1400 houses, against
    «около 1500 г.»): a hedged figure counting a noun is no year, as ``quantities._is_year`` reads it
    (FLORES ru, eval/real_pairs.py seed 89: a changed «около 9400 домов» became a year 1400)."""
    pack = _lang.get(lang)
    words = match.split()
    return (len(words) == 2 and words[1][-1:].isdigit() and _about_prep(match, lang) and after[:1].islower()
            and pack is not None and after.lower() not in pack.numbers.stopwords)


def _about_prep(match: str, lang: str) -> bool:
    """The preposition opening a ``py`` match is one of the language's words for "about" before a
    figure (ru «около 1500»: around 1500), which makes the year hedged "about"."""
    words = match.split()
    return len(words) >= 2 and words[0].lower() in _about_before(lang)


@functools.lru_cache(maxsize=None)
def _about_before(lang: str) -> frozenset[str]:
    """The pack's "about" phrases standing before a figure (read once per language)."""
    pack = _lang.get(lang)
    return frozenset(hedge_phrases(pack.numbers.hedges, "before").get(_lang.ABOUT, ())) if pack else frozenset()


def _counts_in_years(text: str, e: int, lang: str) -> bool:
    """The figure after the year ending at ``e`` is told with a year of its own: "from 3,266 in 2010 to
    16,117 in 2014", "from 200 in 1990 to 2500 in 2000" (wmt-tr, seed 71: "2010 to 16,117" was read as
    one range, and «2010'da» faced it). The join word links the two counts, not the year to the figure."""
    d = _dates(lang)
    if not d.year_preps:
        return False
    m = regex.match(rf"(?i)\s+\p{{L}}+\s+\d[\d.,]*\s+{d.year_preps}\s+[12]\d{{3}}(?!\d)", text[e:e + 60])
    return m is not None


def _date_fact(name: str, m, text: str, lang: str, doc_date, sid: str):
    """The Fact for one match; None for a date whose year is unknown; False for not a date."""
    s, e = m.span()
    g = m.groupdict()
    if name == "century" or name == "centuries":
        if name == "centuries":
            s = m.start("c")  # the last century alone; the listed ones are facts of their own
        c = int(g["c"]) if g.get("c") else _ordinal_value(g["cw"], lang) or 0
        if not 1 <= c <= CENTURY_MAX:
            return False
        return year_fact(sid, text, s, e, (c - 1) * 100 + 1, c * 100)
    if name == "crange":
        c1, c = int(g["c1"]), int(g["c"])
        if not 1 <= c1 < c <= CENTURY_MAX:
            return False
        return year_fact(sid, text, s, e, (c1 - 1) * 100 + 1, c * 100)
    if name == "roman":
        if g.get("rlist"):
            s = m.start("r")  # the last century alone; the listed ones are facts of their own
        c, c2 = roman_value(g["r"]), roman_value(g["r2"]) if g.get("r2") else None
        if c is None or not 1 <= c <= CENTURY_MAX or (g.get("r2") and (c2 is None or not c < c2 <= CENTURY_MAX)):
            return False
        return year_fact(sid, text, s, e, (c - 1) * 100 + 1, (c2 or c) * 100)
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
        d = _dates(lang)
        if g.get("end") is not None and (not regex.fullmatch(d.lone_month_ending, g["end"].lower())
                                         or g["mon"].lower() in d.ambiguous_months):
            return False
        mo = _month_number(lang, g["mon"])
        if doc_date is None:  # the year is the document's: a relative fact until it has one
            return Fact("date", sid, s, e, text[s:e], f"--{mo:02d}", relative=True)
        return Fact("date", sid, s, e, text[s:e], f"{_nearest_year(mo, 15, doc_date):04d}-{mo:02d}")
    if name in ("iso", "dmy"):
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if not _valid(y, mo, d):
            return False
        return Fact("date", sid, s, e, text[s:e], f"{y:04d}-{mo:02d}-{d:02d}")
    if g.get("yw"):
        g["y"] = _ordinal_value(g["yw"], lang)
    if g.get("y0w"):
        g["y0"] = _ordinal_value(g["y0w"], lang)
    if g.get("dw"):
        g["d"] = _ordinal_value(g["dw"], lang)
        if not g["d"]:
            return False
    if name == "era":
        y, y2 = int(g["y"]), int(g["y2"]) if g.get("y2") else None
        return year_fact(sid, text, s, e, y, y2) if y >= 1 and (y2 is None or y2 >= 1) else False
    if name in ("y", "py"):
        if g["y"] is None:
            return False
        y = int(g["y"])
        y2 = int(g["y2"]) if g.get("y2") else None
        if not 1000 <= y <= 2999 or (y2 is not None and y2 <= y):
            return False
        return year_fact(sid, text, s, e, y, y2)
    mo = _month_number(lang, g["mon"])
    if name == "mr":
        return _month_range(g, text, s, e, lang, doc_date, sid, mo)
    if name == "ym":
        if g["y"] is None or not 1000 <= int(g["y"]) <= 2999:
            return False
        return Fact("date", sid, s, e, text[s:e], f"{int(g['y']):04d}-{mo:02d}")
    if name == "my":
        return Fact("date", sid, s, e, text[s:e], f"{int(g['y']):04d}-{mo:02d}")
    d = int(g["d"])
    d2 = int(g["d2"]) if g.get("d2") else None
    if d2 is None and not 1 <= d <= 31 and d >= 1:
        return _impossible_day(m, g, text, doc_date, sid, mo, d)
    if not 1 <= d <= 31 or (d2 is not None and not d < d2 <= 31):
        return False
    year = g.get("y") or g.get("y0")
    if year:
        y = int(year)
        if not 1000 <= y <= 2999:
            return False
    elif doc_date is not None:
        y = _nearest_year(mo, d, doc_date)
    else:  # no year and no document date: ISO 8601's yearless "--MM-DD", a relative fact
        if not _valid(2000, mo, d) or (d2 is not None and not _valid(2000, mo, d2)):
            return None
        return Fact("date", sid, s, e, text[s:e], f"--{mo:02d}-{d:02d}",
                    date_end=f"--{mo:02d}-{d2:02d}" if d2 else None, relative=True)
    hedge = _hedge_inside(_dates(lang)).get((g.get("hw") or "").lower(), "exact")
    if d2 is None and not _valid(y, mo, d) and _valid(y, mo, 1):
        return _impossible_day(m, g, text, doc_date, sid, mo, d)
    if not _valid(y, mo, d) or (d2 is not None and not _valid(y, mo, d2)):
        return False
    return Fact("date", sid, s, e, text[s:e], f"{y:04d}-{mo:02d}-{d:02d}",
                date_end=f"{y:04d}-{mo:02d}-{d2:02d}" if d2 else None, hedge=hedge)


def _month_range(g: dict, text: str, s: int, e: int, lang: str, doc_date, sid: str, mo: int):
    """"between May and July [2015]": the first month to the last; a range across the new year
    ("December-February") ends in the next year. The year written after it is the last month's."""
    mo2 = _month_number(lang, g["mon2"])
    if mo2 == mo:
        return False
    wrap = 1 if mo2 < mo else 0
    if g.get("y"):
        y2 = int(g["y"])
        if not 1000 <= y2 <= 2999:
            return False
        y = y2 - wrap
    elif doc_date is not None:
        y = _nearest_year(mo, 15, doc_date)
        y2 = y + wrap
    else:  # yearless, a relative fact like "--05"
        return Fact("date", sid, s, e, text[s:e], f"--{mo:02d}", date_end=f"--{mo2:02d}", relative=True)
    return Fact("date", sid, s, e, text[s:e], f"{y:04d}-{mo:02d}", date_end=f"{y2:04d}-{mo2:02d}")


def _impossible_day(m, g: dict, text: str, doc_date, sid: str, mo: int, d: int):
    """A day that no month has ("35 август"): a date valued with the day as written (its value
    is no calendar day, ``values.date_span`` is None, so it matches only itself)."""
    s, e = m.span()
    year = g.get("y") or g.get("y0")
    if year:
        y = int(year)
    elif doc_date is not None:
        y = doc_date.year
    else:
        return None
    return Fact("date", sid, s, e, text[s:e], f"{y:04d}-{mo:02d}-{d:02d}")


def _hedge_ending_at(tokens, end: int, table) -> tuple[int, str] | None:
    """The hedge of ``table`` whose words are the tokens just before ``end``: (its first token, hedge)."""
    for seq, hedge in table:
        j = end - len(seq)
        if j >= 0 and all(tokens[j + k].kind == "word" and tokens[j + k].lower == w for k, w in enumerate(seq)):
            return j, hedge
    return None


@functools.lru_cache(maxsize=None)
def _year_preps(lang: str) -> regex.Pattern | None:
    d = _dates(lang)
    return regex.compile(d.year_preps) if d is not None and d.year_preps else None


def hedge_dates(facts: list[Fact], tokens, lang: str, text: str) -> list[Fact]:
    """Dates preceded by a hedge word get that hedge, and their span takes the words in; the
    hedge may stand before the date's preposition («примерно до 1100 г.», "roughly until 1100") or,
    a hedge of two words or more, its article (``Dates.date_articles``: "at least the 17th century";
    "over the 11th century" is "during").
    A date bounded by "until" (``Dates.until``) is "up to" it (``bounded``)."""
    d = _dates(lang)
    if d is None:
        return facts
    table = d.hedge_sequences
    starts = {t.start: i for i, t in enumerate(tokens)}
    prep = _year_preps(lang)
    out = []
    for f in facts:
        i = starts.get(f.start)
        at = i  # where an "until" would end: before the date, or before its hedge
        if f.kind == "date" and f.hedge == "exact" and i is not None and table:
            hit = _hedge_ending_at(tokens, i, table)
            if hit is not None:
                at = hit[0]  # "until about 1100"; the "до" of bg "близо до" (close to) is the hedge's
            elif i > 0 and tokens[i - 1].kind == "word" and prep is not None and prep.fullmatch(tokens[i - 1].lower):
                hit = _hedge_ending_at(tokens, i - 1, table)
            elif i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].lower in d.date_articles:
                hit = _hedge_ending_at(tokens, i - 1, table)
                # a hedge of one word before an article is a preposition ("built over the 11th century")
                hit = hit if hit is not None and i - 1 - hit[0] >= 2 else None
            if hit is not None:
                j, hedge = hit
                f = _dc.replace(f, start=tokens[j].start, hedge=hedge, surface=text[tokens[j].start:f.end])
        if f.kind == "date" and at is not None:
            f = _until(f, at, tokens, d, text, facts)
        out.append(f)
    return out


# A date right after another date of its sentence, within this many characters and no word
# between, ends the range the two make ("с 1977 г. до 1981 г.", «24 тамызынан 5 қыркүйегіне
# дейін», "from 24 August until 5 September"): its "until" joins the range, it bounds nothing.
# As ``compare.RANGE_GAP`` for figures.
UNTIL_RANGE_GAP = 12


_CASE_GAP = regex.compile(r"(?:['’\"]\p{L}+)?\s*")


def bounded(hedge: str) -> str:
    """The hedge of a date bounded by "until": "up_to", or "up_to_about" ("until about 1100"); a
    bound beside it ("until more than 1100", what no writer means) is the "until"."""
    return _lang.UP_TO_ABOUT if hedge == _lang.ABOUT else _lang.UP_TO


def _until(f: Fact, at: int, tokens, d: _lang.Dates, text: str, facts: list[Fact]) -> Fact:
    """``f`` bounded by an "until" ending at token ``at`` (before the date, or before its hedge:
    "until about 1100"; before the hedge's preposition: «примерно до 1100»), at the date's own start
    ("until 1990", read with its preposition) or after it (kk «1100 жылға дейін», tr «1100 yılına
    kadar»): not a range, a relative date ("bugüne kadar", so far) or the end of a range
    (``UNTIL_RANGE_GAP``)."""
    if f.relative or (f.date_end and f.date_end != f.value) or f.hedge.startswith("up_to"):
        return f
    start, end = f.start, f.end
    # "until 1990" read with its preposition: the phrase may start before it ("up until 1990")
    own = next((len(seq) for seq in d.until_before
                if _words_at(tokens, at, seq) and tokens[at + len(seq) - 1].end < f.end), 0)
    j = _phrase_ending_at(tokens, at + own, d.until_before)
    if j is not None:
        start = min(start, tokens[j].start)
    else:
        # the date's case ending may stand between: tr «MÖ 5000'e kadar», typed «2017"ye kadar»
        gap = _CASE_GAP.match(text, f.end).end()
        k = bisect.bisect_left([t.start for t in tokens], gap)
        seq = next((s for s in d.until_after if _words_at(tokens, k, s)), None)
        if seq is None or tokens[k].start != gap:
            return f
        end = tokens[k + len(seq) - 1].end
    if any(g is not f and g.kind == "date" and g.end <= start and start - g.end <= UNTIL_RANGE_GAP
           and not regex.search(r"[\p{L}\d]", text[g.end:start]) for g in facts):
        return f
    return _dc.replace(f, start=start, end=end, surface=text[start:end], hedge=bounded(f.hedge))


def _words_at(tokens, k: int, seq: tuple[str, ...]) -> bool:
    """The words ``seq`` are the tokens from ``k`` on."""
    return k + len(seq) <= len(tokens) and all(
        tokens[k + n].kind == "word" and tokens[k + n].lower == w for n, w in enumerate(seq))


def _phrase_ending_at(tokens, end: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """The first token of the phrase of ``phrases`` whose words are the tokens just before ``end``."""
    hit = _hedge_ending_at(tokens, end, tuple((seq, "") for seq in phrases))
    return hit[0] if hit is not None else None
