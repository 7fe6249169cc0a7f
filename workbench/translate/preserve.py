"""Did the English keep the source sentence's numbers and names?

MT systems (neural ones especially) sometimes drop or alter a number or a name
while producing fluent English; a changed figure is exactly the kind of
inconsistency the report must not invent. Each source number (in its own
language's format: ``1.500.000``/``3,5`` Turkish, ``1 500 000``/``3,5``
Bulgarian and Kazakh, ``60-тан``, ``60'tan``, ``27.02.2026``, ``2,5 млн``) must
reappear with the same value in the English (English or source formatting,
digits or number words, scales glued or not: "$1.2bn" is 1.2e9). Both sides are read
by the facts' one number parser (``facts.numbers``) with the languages' packs; each
capitalized source word that is not sentence-initial and not a title must reappear
as an English word (or two) that
names the same entity by the one name matcher (``facts.name_match``): case
endings (``Вучичті`` ~ ``Vucic``), phonetic spellings (``Райт`` ~ ``Wright``)
and exonyms through the gazetteer (``Қазақстан`` ~ ``Kazakhstan``).
Offsets in the issues point into the document text.
"""
from __future__ import annotations

import re

from .. import lang as _lang
from ..records import PreservationIssue
from ..facts.lexicon import RULES
from ..facts.name_match import NameRef, is_title, name_ref, same_entity
from ..facts.numbers import NumberMatch, find_numbers
from ..facts.tokens import tokenize
from ..translit import name_key

_DATE = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])")
_TIME = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
_TARGET = _lang.get("en")
_EN_WORDS = {**_TARGET.numbers.ordinal_words, **_TARGET.numbers.other_number_words}
_MONTHS = [stem for stem, _ in sorted(_TARGET.dates.months, key=lambda p: p[1])]

# Capitalized words that are translated, not transliterated (titles, institutions), per
# pack (``Names.translated_capitals``): a missing match for these is not a dropped name.
_NOT_NAMES = {p.code: p.names.translated_capitals for p in _lang.packs()}
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_OPENERS = "„«\"“‘'(–—-:.!?…"


def _numbers(text: str, lang: str) -> list[NumberMatch]:
    """The facts' one number parser (``facts.numbers``) on ``text`` read as ``lang``."""
    rules = RULES.get(lang)
    tokens = tokenize(text, 0, len(text), space_groups=rules.space_groups if rules else True)
    return find_numbers(text, tokens, rules, lang)


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"


def english_numbers(english: str, source_lang: str | None = None) -> set[float]:
    """Every value the English may be saying: read as English (digits, number words, scales
    glued or not: "$1.2bn", "thousands of"), and its digits also in the source language's
    conventions ("1 500 000", "3,5", a kept "2,5 млн"; every pack's when none is given), except
    where the English reading has a scale."""
    english_reading = _numbers(english, "en")
    values = {m.value for m in english_reading}
    scaled = [(m.start, m.end) for m in english_reading if m.multiplier != 1 or m.indefinite]
    # ordinal and other number words the parser leaves to context ("second" is mostly time):
    # the English may say a source number so ("the second", "a dozen")
    values |= {float(_EN_WORDS[w]) for w in re.findall(r"[a-z]+", english.lower()) if w in _EN_WORDS}
    for code in (source_lang,) if source_lang else [p.code for p in _lang.packs()]:
        if code != "en":  # another language's number words would read English "on" as ten
            values |= {m.value for m in _numbers(english, code) if not m.from_words
                       and not any(a < m.end and m.start < b for a, b in scaled)}  # "$1.2bn" is no 1.2
    return values


def _check_numbers(source: str, offset: int, english: str, lang: str) -> list[PreservationIssue]:
    issues = []
    en_values = english_numbers(english, lang)
    en_lower = english.lower()
    en_dates = {tuple(int(g) for g in m.groups()) for m in _DATE.finditer(english)}
    en_dates |= {(int(d), int(mo), int(y)) for y, mo, d in re.findall(r"(\d{4})-(\d{2})-(\d{2})", english)}
    taken: list[tuple[int, int]] = []
    for m in _DATE.finditer(source):
        d, mo, y = (int(g) for g in m.groups())
        taken.append(m.span())
        month_ok = float(mo) in en_values or (1 <= mo <= 12 and _MONTHS[mo - 1][:3] in en_lower)
        spelled = float(y) in en_values and float(d) in en_values and month_ok
        if (d, mo, y) not in en_dates and not spelled:
            issues.append(PreservationIssue("number", offset + m.start(), offset + m.end(), m.group(0),
                                            f"{y:04d}-{mo:02d}-{d:02d}", f"date {m.group(0)} not found in the English"))
    for m in _TIME.finditer(source):
        h, mi = int(m.group(1)), m.group(2)
        taken.append(m.span())
        if f"{h}:{mi}" not in english and f"{h % 12 or 12}:{mi}" not in english:
            issues.append(PreservationIssue("number", offset + m.start(), offset + m.end(), m.group(0),
                                            f"{h:02d}:{mi}", f"time {m.group(0)} not found in the English"))
    for m in _numbers(source, lang):
        if m.from_words or m.clock or any(a < m.end and m.start < b for a, b in taken):
            continue  # number words were never checked: "бір" is mostly an article
        if m.value not in en_values:
            end = m.end - len(m.suffix)
            while end > m.start and source[end - 1] in "-'’":
                end -= 1  # the number without its case ending ("60-тан", "60'tan")
            surface = source[m.start:end]
            issues.append(PreservationIssue("number", offset + m.start, offset + end, surface, _fmt(m.value),
                                            f"number {surface} ({_fmt(m.value)}) not found in the English"))
    return issues


def source_names(source: str, lang: str) -> list[tuple[int, int, str]]:
    """Capitalized words that are neither sentence/quote-initial, Cyrillic acronyms nor titles
    (``name_match.is_title``, the packs' ``translated_capitals``)."""
    out = []
    stop = _NOT_NAMES.get(lang, set())
    for m in _WORD.finditer(source):
        word = re.split(r"[’']", m.group(0))[0]  # Vucic'i → Vucic
        before = source[:m.start()].rstrip()
        if not before or before[-1] in _OPENERS:
            continue
        for part in re.finditer(r"[^\-]+", word):
            p = part.group(0)
            if len(p) < 2 or not p[0].isupper() or p.lower() in stop or is_title(p, lang):
                continue
            if p.isupper() and re.search(r"[\u0400-\u04FF]", p):
                continue  # ЕС, ҚР: translated acronyms
            start = m.start() + part.start()
            out.append((start, start + len(p), p))
    return out


def _english_refs(english: str) -> list[NameRef]:
    """Every English word, and every two adjacent ones ("Hong Kong" / «Хонконг»), as a name
    the source may have become: MT may lower-case a name or split it."""
    words = [w for w in _WORD.findall(english) if len(w) >= 2]
    return [name_ref(w, "en") for w in words] + [name_ref(f"{a} {b}", "en") for a, b in zip(words, words[1:])]


def _check_names(source: str, offset: int, english: str, lang: str) -> list[PreservationIssue]:
    refs = _english_refs(english)
    en_text = f" {name_key(english, 'en')} "
    issues, seen = [], set()
    for start, end, surface in source_names(source, lang):
        ref = name_ref(surface, lang)
        place = next((w.place for w in ref.words if w.place is not None), None)
        key = place or name_key(surface, lang).replace(" ", "")
        if not ref.words or not key or key in seen:
            continue
        seen.add(key)
        # a place may come out as its English name in words the gazetteer has no stem for
        # ("Обединеното кралство" / "United Kingdom")
        if place is not None and f" {place} " in en_text:
            continue
        if not any(same_entity(ref, e) for e in refs):
            issues.append(PreservationIssue("name", offset + start, offset + end, surface, key,
                                            f"name {surface} ({key}) not found in the English"))
    return issues


def check_preservation(source: str, start: int, english: str, lang: str) -> tuple[PreservationIssue, ...]:
    """Numbers and names of ``source`` (at document offset ``start``) missing or changed in ``english``."""
    return tuple(_check_numbers(source, start, english, lang) + _check_names(source, start, english, lang))
