"""Quantities: a number, the hedge around it, and the noun it counts.

Rules (tables in ``lexicon.py``):

* **Hedge** words may precede the number (en/bg, and kk ``шамамен``, tr
  ``yaklaşık``) or follow it (kk ``60-тан аса``, tr ``60'tan fazla``). Turkish
  ``kadar`` after a dative number (``60'a kadar``) is "up to", otherwise "about".
* **Interval** the hedge implies: exact -> [N, N]; about -> [0.9 N, 1.1 N]
  (news "about/приблизително/шамамен" figures are rounded to the leading digit or
  two, so a 10 % band admits the rounding of 60 as 55..66 while keeping 60 and 70
  apart); more_than / at_least -> low N, no high; less_than / up_to -> high N,
  no low. A range ``26-27`` gives [26, 27] with ``value`` its low end.
* **Counted noun**: the first of the next three words that inflects a unit stem,
  skipping adjectives in between (``60-тан аса сербиялық компания``,
  ``10 işbirliği mutabakat zaptı``, ``приблизително 60 сръбски компании``); the
  look-ahead stops at punctuation, numbers and function words. No known noun:
  ``unit`` None and the next word in ``extra["noun"]``.
* **Article sense**: a lone ``bir``/``бір``/``един``/``one`` is a count only when a
  known counted noun follows and it is not "one of"/"бір бірі"/"bir araya"; in
  kk/tr/bg that noun must be a measure (``bir yıl``, ``бір пайыз``: year, day,
  percent, currency…, ``lexicon.MEASURE_UNITS``), since ``bir şirkette`` is "at a
  company". So ``bir stratejik ortak`` and ``yeni bir seviyeye`` give nothing. A
  lone ``yüz``/``bin``/``жүз`` without a counted noun ("face", "ride") neither.
* **Ordinals** (``5-ші``, ``5'inci``, ``5th``, ``3. kez``, and ordinal words, which
  are simply not in the cardinal tables) are not counts and are skipped.
* **Years**: a bare integer 1900-2100, exact or "until" (``1981'e kadar``), with no
  counted noun or a time noun (``2005 mali yılında``) is a year (``2025'te``,
  ``2025-те``) and becomes a date fact instead. The look-ahead for the noun stops at
  a capitalized word the gazetteer does not know (``1978 Camp David Sözleşmesi``).
* **Clock times** (``15:08``; ``12.00`` in comma-decimal languages) are skipped.

Measured with ``eval/facts_agreement.py`` on FLORES-200 devtest (English original
vs its kk/tr/bg translation, 1012 sentences): 90.5-90.9 % of English quantity
values are found in the translation, and same-value pairs with both units known
agree on the unit 98-100 % of the time.
"""
from __future__ import annotations

import regex

from ..records import Fact
from .dates import year_fact
from .lexicon import (ABOUT, AT_LEAST, CURRENCY_SIGNS, EXACT, LESS_THAN, MEASURE_UNITS, MORE_THAN,
                      PERCENT_SIGNS, UP_TO, LangRules, unit_of)
from .names import gazetteer_key
from .numbers import NumberMatch
from .tokens import Token

ABOUT_BAND = 0.10  # "about N" -> [N(1-band), N(1+band)], see the module docstring
YEAR_RANGE = (1900, 2100)
LOOKAHEAD_WORDS = 3


def interval(value: float, high: float | None, hedge: str) -> tuple[float | None, float | None]:
    """The interval a hedged number (or range ``value..high``) admits."""
    hi = value if high is None else high
    if hedge == ABOUT:
        return round(value * (1 - ABOUT_BAND), 6), round(hi * (1 + ABOUT_BAND), 6)
    if hedge in (MORE_THAN, AT_LEAST):
        return value, None
    if hedge in (LESS_THAN, UP_TO):
        return None, hi
    return value, hi


def _words(tokens: list[Token], i: int, n: int) -> tuple[str, ...] | None:
    if i < 0 or i + n > len(tokens) or any(t.kind != "word" for t in tokens[i:i + n]):
        return None
    return tuple(t.lower for t in tokens[i:i + n])


def find_quantities(text: str, tokens: list[Token], numbers: list[NumberMatch], rules: LangRules | None,
                    lang: str, sentence_id: str, taken: list[tuple[int, int]]) -> list[Fact]:
    """Quantity facts (and bare-year date facts) for numbers outside the ``taken`` date spans."""
    out = []
    for m in numbers:
        if m.ordinal or m.clock or any(not (m.end <= a or m.start >= b) for a, b in taken):
            continue
        fact = _quantity(text, tokens, m, rules, lang, sentence_id)
        if fact is not None:
            out.append(fact)
    return out


def _quantity(text, tokens, m: NumberMatch, rules: LangRules | None, lang, sid) -> Fact | None:
    start, end = m.start, m.end
    hedge, unit, extra = EXACT, None, {"number": [m.start, m.end]}
    prev = tokens[m.first - 1] if m.first > 0 else None
    # signs and words before the number
    if prev is not None and prev.text in PERCENT_SIGNS and prev.end == m.start:
        unit, start = "percent", prev.start
    elif prev is not None and prev.text in CURRENCY_SIGNS and prev.end == m.start:
        unit, start = CURRENCY_SIGNS[prev.text], prev.start
    elif rules is not None and prev is not None and prev.lower in rules.percent_before:
        unit, start = "percent", prev.start
    if rules is not None:
        for seq, h in rules.hedges_before:
            first = m.first - len(seq) - (1 if unit and start < m.start else 0)
            if _words(tokens, first, len(seq)) == seq:
                hedge, start = h, tokens[first].start
                break
    k = m.last + 1
    if k < len(tokens) and tokens[k].text in PERCENT_SIGNS and unit is None:
        unit, end, k = "percent", tokens[k].end, k + 1
    if rules is not None and hedge == EXACT:
        for seq, h in rules.hedges_after:
            if _words(tokens, k, len(seq)) == seq:
                hedge, end, k = h, tokens[k + len(seq) - 1].end, k + len(seq)
                if seq == ("kadar",) and rules.dative_suffix and regex.fullmatch(rules.dative_suffix, m.suffix.lower()):
                    hedge = UP_TO
                break
    noun_index = None
    if unit is None and rules is not None:
        for j in range(k, min(k + LOOKAHEAD_WORDS, len(tokens))):
            t = tokens[j]
            if t.kind != "word" or t.lower in rules.stopwords:
                break
            found = unit_of(t.text, lang)
            if found:
                unit, noun_index, end = found, j, t.end
                break
            if t.text[0].isupper() and gazetteer_key(t.text, lang) is None:
                break  # "1978 Camp David Sözleşmesi": the noun belongs to a name
        if unit is None and k < len(tokens) and tokens[k].kind == "word" and tokens[k].lower not in rules.stopwords:
            extra["noun"] = tokens[k].lower.split("'")[0].split("’")[0]
    if m.article:
        nxt = tokens[m.last + 1].lower if m.last + 1 < len(tokens) else ""
        if unit is None or noun_index is None or nxt in rules.not_after_one:
            return None
        if lang != "en" and unit not in MEASURE_UNITS and hedge == EXACT:
            return None  # "bir şirkette": at a company
    if m.from_words and unit is None and all(w not in rules.cardinals for w in text[m.start:m.end].lower().split()):
        return None  # a lone "yüz"/"bin"/"жүз" without a counted noun is mostly "face"/"a thousand-fold"
    if (m.plain_int and hedge in (EXACT, UP_TO) and unit in (None, "year", "month", "day")
            and YEAR_RANGE[0] <= m.value <= YEAR_RANGE[1] and (m.high is None or m.high <= YEAR_RANGE[1])):
        return year_fact(sid, text, m.start, m.end, int(m.value), int(m.high) if m.high else None)
    if rules is not None and unit is not None:
        after = tokens[noun_index + 1] if noun_index is not None and noun_index + 1 < len(tokens) else None
        if (after is not None and after.lower in rules.ago_after) or (prev is not None and prev.lower in rules.ago_before):
            extra["ago"] = True
    if m.high is not None:
        extra["range"] = True
    if m.multiplier != 1:
        extra["multiplier"] = m.multiplier
    if m.from_words:
        extra["words"] = True
    low, high = interval(m.value, m.high, hedge)
    return Fact("quantity", sid, start, end, text[start:end], m.value, unit=unit, hedge=hedge,
                low=low, high=high, extra=extra)
