"""Quantities: a number, the hedge around it, and the noun it counts.

Rules (the words are each language's pack, ``workbench/lang/<code>.py``, field ``numbers``):

* **Hedge** words may precede the number (en/bg, and kk ``шамамен``, tr
  ``yaklaşık``) or follow it (kk ``60-тан аса``, tr ``60'tan fazla``); each language
  has one hedge table (``Numbers.hedges``, "#" for the number). Turkish
  ``kadar`` after a dative number (``60'a kadar``) is "up to", otherwise "about".
  Kazakh endings hedge too: approximative ``300-дей``, ``тоннадай`` (about),
  indefinite ``мыңдаған`` ("thousands of": more than).
* **Interval** the hedge implies: exact -> [N, N]; about -> [0.9 N, 1.1 N]
  (news "about/приблизително/шамамен" figures are rounded to the leading digit or
  two, so a 10 % band admits the rounding of 60 as 55..66 while keeping 60 and 70
  apart); more_than / at_least -> low N, no high; less_than / up_to -> high N,
  no low. A range ``26-27`` gives [26, 27] with ``value`` its low end.
* **Counted noun**: the first of the next three words that inflects a unit stem,
  skipping adjectives in between (``60-тан аса сербиялық компания``,
  ``10 işbirliği mutabakat zaptı``, ``приблизително 60 сръбски компании``); the
  look-ahead stops at punctuation, numbers and function words. No known noun:
  ``unit`` None and the next word in ``noun``.
* **Article sense**: a lone ``bir``/``бір``/``един``/``one`` is a count only when a
  known counted noun follows and it is not "one of"/"бір бірі"/"bir araya"; in
  kk/tr/bg that noun must be a measure (``bir yıl``, ``бір пайыз``: year, day,
  percent, currency…, ``lexicon.MEASURE_UNITS``), since ``bir şirkette`` is "at a
  company". So ``bir stratejik ortak`` and ``yeni bir seviyeye`` give nothing. A
  lone ``yüz``/``bin``/``жүз`` without a counted noun ("face", "ride") neither.
* **Ordinals** (``5-ші``, ``5'inci``, ``5th``, ``3. kez``) are not counts: written in digits, a
  quantity of the unit ``ordinal`` (a position in order, ``_ordinal``), which meets an ordinal or
  a bare figure of the other side; ordinal words (not in the cardinal tables) give no fact.
* **Pairs** ``7-5``, ``6-6``, ``21 to 20`` (the second figure not above the first: a score, a
  fall) are one fact too, ``value`` the first figure, ``range_high`` the second, [low, high] sorted.
* **Ranges** of two numbers become one fact [low, high] (``find_ranges``): ``от 2 до 5
  дни``, ``2 ila 3``, ``150-ден 200-ге дейін``, ``from 5 to 10``, ``between 5 and 10``
  (``и``/``and``/``ile``/``мен`` only with ``между``/``between`` before or
  ``arasında``/``аралығында`` after), so "до 5" inside a range is not "up to 5".
* **Hedge after the noun** (kk/tr): ``мың жылдан асып``, ``100 футтан асатын``,
  ``10 yıldan fazla``, ``тоннаға дейін`` — a hedge word after a counted noun in the
  case it governs (ablative, or dative for "up to"/"nearly"), the case read on the ending after
  the unit's stem; after a bare noun, a word the dative decides means what it means after a bare
  number (tr ``700 metre kadar``: about). The noun look-ahead stops at such a hedge. The ablative
  of any noun right after the figure takes them too (``100 жастан асқан``: age is no unit).
* **Degrees** (``30°C``, ``30°C'nin üzerinde``): the sign and its scale letter (with any case
  ending) are the unit; a plus sign between a hedge and its figure (``above +30°C``) is passed over.
* **Units written onto the digits** (``100m``, ``70km``) and two-word units (``per
  cent``); a glued scale (``£40m``, ``1.2bn``) is the number's multiplier (numbers.py).
* **Thousands or decimals**: ``6,387`` in a comma-decimal language is 6.387, but a
  translator may have kept the English grouping; ``alt`` holds 6387 and the
  checker accepts either reading.
* **Years**: a bare integer 1900-2100, exact or "until" (``1981'e kadar``), with no
  counted noun or a time noun (``2005 mali yılında``) is a year (``2025'te``,
  ``2025-те``) and becomes a date fact instead. The look-ahead for the noun stops at
  a capitalized word the gazetteer does not know (``1978 Camp David Sözleşmesi``).
  Earlier years (1000-1899) need a cue: a kk/tr case ending (``1816'da``) or nothing
  counted after them; a year hedged "about" (``around 1500``) is a date with that hedge.
* **Clock times** (``15:08``; ``12.00`` in comma-decimal languages) are skipped.

Measured with ``eval/facts_agreement.py`` on FLORES-200 devtest (English original
vs its kk/tr/bg translation, 1012 sentences): 90.5-90.9 % of English quantity
values are found in the translation, and same-value pairs with both units known
agree on the unit 98-100 % of the time.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace

import regex

from ..records import Fact
from .dates import year_fact
from .lexicon import (ABOUT, AT_LEAST, CURRENCY_SIGNS, DEGREE_SCALES, DEGREE_SIGNS, EXACT, PLUS_SIGNS, LESS_THAN, MEASURE_UNITS, MORE_THAN, ORDINAL,
                      PERCENT_SIGNS, RULES, UP_TO, LangRules, glued_unit_of, unit_ending, unit_of)
from .names import gazetteer_key
from .numbers import PAIR_MAX, NumberMatch
from .tokens import Token, overlaps

ABOUT_BAND = 0.10  # "about N" -> [N(1-band), N(1+band)], see the module docstring
YEAR_RANGE = (1900, 2100)
EARLY_YEARS = 1000  # with a cue (see the module docstring), years from here on
LOOKAHEAD_WORDS = 3
_rx = functools.lru_cache(maxsize=256)(regex.compile)  # pack patterns, compiled once


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


def _hedge_words_at(tokens: list[Token], i: int, seq: tuple[str, ...], rules: LangRules) -> bool:
    """The hedge words ``seq`` stand at ``i`` after their figure, the last one maybe with the
    language's copula (``Numbers.hedge_copula``: tr «civarındadır», «eskiydi»)."""
    got = _words(tokens, i, len(seq))
    if got is None or got[:-1] != seq[:-1]:
        return False
    last, want = got[-1], seq[-1]
    return last == want or (last.startswith(want) and _rx(rules.hedge_copula).fullmatch(last[len(want):]) is not None)


def find_quantities(text: str, tokens: list[Token], numbers: list[NumberMatch], rules: LangRules | None,
                    lang: str, sentence_id: str, taken: list[tuple[int, int]]) -> list[Fact]:
    """Quantity facts (and bare-year date facts) for numbers outside the ``taken`` date spans."""
    out = []
    numbers = [m for m in numbers if not overlaps(taken, m.start, m.end)]  # taken: sorted, disjoint
    if rules is not None:
        numbers = find_ranges(tokens, _compound_figures(tokens, numbers, rules), rules, lang)
    after_digits = {m.last + 1 for m in numbers if not m.from_words}
    hedged_to = -1  # where the last quantity's hedge after it ends: a number word ending there is that
    # hedge (tr «12 yaş altı», under 12 years of age; «altı» is also six)
    for m in numbers:
        if m.from_words and tokens[m.last].end == hedged_to:
            continue
        if m.ordinal and not m.from_words and m.high is None and rules is not None:
            out.append(_ordinal(text, m, sentence_id))
            continue
        if m.ordinal or m.clock:
            continue
        if m.from_words and m.first in after_digits and tokens[m.first].start - tokens[m.first - 1].end <= 1:
            continue  # "51 төрт ұпайлықты" (51 four-pointers): the word is part of what is counted
        fact = _quantity(text, tokens, m, rules, lang, sentence_id)
        if fact is not None:
            out.append(fact)
            hedged_to = fact.end if fact.hedge != EXACT and fact.end > m.end else -1
    return out


def _sign_of_next(tokens: list[Token], k: int) -> bool:
    """The sign at ``k`` stands before a figure written onto it ("%4,1"), after a space."""
    return (k + 1 < len(tokens) and tokens[k + 1].kind == "num" and tokens[k + 1].start == tokens[k].end
            and k > 0 and tokens[k].start > tokens[k - 1].end)


def _ordinal(text: str, m: NumberMatch, sid: str) -> Fact:
    """A position in order written in digits ("114th", «114'üncü», «76. ve 90. dakikalar», «5-ші»): a
    quantity of the unit ``ORDINAL``, which a translation keeps as an ordinal or writes as a bare
    figure ("minutes 76 and 90", "#1 and #2" / «1 ve 2. sıralamadaydı»; WMT tr, eval/real_pairs.py
    seeds 29 and 31, where a changed rank was compared with nothing). Ordinals in words stay no fact
    (the words come and go with the wording: "for the first time" / «ilk kez»)."""
    v = float(m.value)
    return Fact("quantity", sid, m.start, m.end, text[m.start:m.end], v, unit=ORDINAL, low=v, high=v)


def _compound_figures(tokens: list[Token], numbers: list[NumberMatch], rules: LangRules) -> list[NumberMatch]:
    """A figure in digits with a scale word and the digits of its rest, one space apart, are one
    number, as in words: tr «6 bin 500 metrekare» 6 500, «1 milyon 200 bin dolar» 1 200 000, kk «6
    мың 500» (WMT tr «toplam satış alanı 6 bin 500 metrekare» / "6500 square metres"). The rest is
    below the scale, in digits, and nothing but a space (or a connector, en "181 thousand and 612":
    WMT en, whose tr reads «181 bin 612 kişi»; or a comma on the scale word where the language writes
    one there, ``Numbers.comma_after_scale``: en "7 thousand, 750 euros" for «7 bin 750 euro», WMT, an
    unchanged line pair read 750 against 7 750, high) stands between. The scale word may stand alone where a language says it for one of it (tr «toplam bin 275 delegesi» /
    "1275 delegates": WMT, read 275 against 1275)."""
    out: list[NumberMatch] = []
    for m in numbers:
        prev = out[-1] if out else None
        between = tokens[prev.last + 1:m.first] if prev is not None else []
        joined = not between or (len(between) == 1 and between[0].lower in rules.connectors)  # "181 thousand and 612"
        spaced = prev is not None and all(b.start == a.end + 1 for a, b in zip(tokens[prev.last:m.first],
                                                                                tokens[prev.last + 1:m.first + 1]))
        comma = (prev is not None and rules.comma_after_scale and len(between) == 1 and between[0].text == ","
                 and between[0].start == tokens[prev.last].end and tokens[m.first].start == between[0].end + 1)
        scale = prev is not None and (not prev.from_words or (prev.first == prev.last and prev.value == prev.multiplier))
        if (prev is not None and scale and not m.from_words and prev.multiplier >= 1000
                and prev.high is None and m.high is None and not prev.ordinal and not prev.suffix
                and ((joined and spaced) or comma)
                and tokens[prev.last].kind == "word" and m.value < prev.multiplier):
            out[-1] = replace(m, start=prev.start, first=prev.first, value=prev.value + m.value,
                              plain_int=False, multiplier=prev.multiplier)
            continue
        out.append(m)
    return out


def _suffix_is(pattern: str, tok: Token) -> bool:
    return bool(tok.kind == "num" and tok.suffix and regex.fullmatch(pattern, tok.suffix.lower()))


# Two figures of a range written high to low are of one order of magnitude when the first is below
# this many times the second ("4,2 до 3,9 милиона"); "500 до 3 милиона" is 500 to 3 million.
SAME_ORDER = 10


def find_ranges(tokens: list[Token], numbers: list[NumberMatch], rules: LangRules, lang: str = "") -> list[NumberMatch]:
    """``numbers`` with each two-number range merged into one match (see the module docstring)."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        m1 = numbers[i]
        m2 = numbers[i + 1] if i + 1 < len(numbers) else None
        merged = _range(tokens, m1, m2, rules, lang) if m2 is not None else None
        if merged is None:
            out.append(m1)
            i += 1
        else:
            out.append(merged)
            i += 2
    return out


def _range(tokens: list[Token], m1: NumberMatch, m2: NumberMatch, rules: LangRules, lang: str) -> NumberMatch | None:
    if m1.ordinal or m2.ordinal or m1.clock or m2.clock or m1.high is not None or m2.high is not None:
        return None
    between = tokens[m1.last + 1:m2.first]
    first, last = m1.first, m2.last
    # "between ¥2,500 and ¥130,000": the currency sign of the first figure again before the second
    sign = (first > 0 and len(between) == 2 and between[1].text in CURRENCY_SIGNS
            and tokens[first - 1].text == between[1].text)
    if sign:
        between = between[:1]
    opener = first > sign and tokens[first - 1 - sign].lower in rules.range_open
    closer = last + 1 < len(tokens) and tokens[last + 1].lower in rules.range_close
    # tr "15 ile 30 milyar TL arasında": the counted noun or currency code between the second
    # figure and the closing word still closes the range (the closer stays out of the span)
    noun_closer = (not closer and last + 2 < len(tokens) and tokens[last + 2].lower in rules.range_close
                   and tokens[last + 1].kind == "word" and (tokens[last + 1].text.isupper()
                                                            or unit_of(tokens[last + 1].text, lang) is not None))
    if len(between) == 1 and between[0].lower in rules.range_join:
        if between[0].lower in rules.range_list_join and not (opener or closer or noun_closer):
            return None  # "2 and 3" is a list unless "between"/"arasında" makes it a range
        if m1.suffix and not _suffix_is(rules.range_case_suffix, tokens[m1.last]):
            return None
    elif not between and rules.ablative_suffix != r"(?!)" and _suffix_is(rules.ablative_suffix, tokens[m1.last]) \
            and _suffix_is(rules.range_end_suffix, tokens[m2.last]):
        pass  # "150-ден 200-ге (дейін)", "1977'den 1981'e (kadar)"
    else:
        return None
    low, high, mult = m1.value, m2.value, m2.multiplier
    # the scale word after the second figure is the first's too: "2 до 5 милиона", and a range
    # written high to low whose figures are of one order («од пре 4,2 до 3,9 милиона година»,
    # 4.2 to 3.9 million years ago, as "4.2-3.9 million" is read: FLORES sr, eval/real_pairs.py seed 29)
    falling = m1.multiplier == 1 and mult > 1 and high / mult <= low < SAME_ORDER * high / mult
    if m1.multiplier == 1 and mult > 1 and (low < high / mult or falling):
        low *= mult
    pair = not high > low  # "21 to 20", "25 to 10 years": a pair of figures, as "21-20" (numbers.PAIR_MAX)
    if pair and not falling and (low >= PAIR_MAX or m1.multiplier != 1 or mult != 1):
        return None
    if opener and not sign:  # with a sign, the range starts at its figure: the sign is its unit
        first -= 1
    if closer:
        last += 1
    return NumberMatch(tokens[first].start, tokens[last].end, low, first, last, high=high,
                       suffix=m2.suffix, from_words=m1.from_words and m2.from_words,
                       plain_int=m1.plain_int and m2.plain_int, multiplier=mult, pair=pair)


def _dimension_at(tokens, k: int, rules: LangRules) -> bool:
    """A noun of a dimension (``Numbers.dimension_nouns``: tr "yüksekliğe") is token ``k``."""
    return k < len(tokens) and tokens[k].kind == "word" and tokens[k].lower.startswith(rules.dimension_nouns)


def _quantity(text, tokens, m: NumberMatch, rules: LangRules | None, lang, sid) -> Fact | None:
    start, end = m.start, m.end
    hedge, unit, noun, ago = EXACT, None, None, False
    prev = tokens[m.first - 1] if m.first > 0 else None
    # signs and words before the number
    if prev is not None and prev.text in PERCENT_SIGNS and prev.end == m.start:
        unit, start = "percent", prev.start
    elif prev is not None and prev.text in CURRENCY_SIGNS and prev.end == m.start:
        unit, start = CURRENCY_SIGNS[prev.text], prev.start
    elif rules is not None and prev is not None and prev.lower in rules.percent_before:
        unit, start = "percent", prev.start
    # "above +30°C", «выше +30°С»: the plus sign of a temperature stands between hedge and figure
    plus = prev is not None and prev.text in PLUS_SIGNS and m.start - prev.end <= 1
    if rules is not None:
        # "over a thousand": an article between the hedge and a number that starts with "thousand"
        skip = 1 if (prev is not None and prev.lower in rules.articles_before_scale and m.from_words
                     and tokens[m.first].lower in rules.multipliers | rules.hundreds) else 0
        for seq, h in rules.before:
            first = m.first - len(seq) - skip - (1 if (unit and start < m.start) or plus else 0)
            if _words(tokens, first, len(seq)) == seq:
                hedge, start = h, tokens[first].start
                if unit is None and first > 0 and tokens[first - 1].lower in rules.percent_before:
                    unit, start = "percent", tokens[first - 1].start  # tr "yüzde en fazla 57"
                break
    k = m.last + 1
    # a sign written onto the next figure is that figure's (tr/kk put it first: «2017'de %4,1 ve 2018'de
    # %2,1», WMT: the year had taken it, 2017 percent against 3.8 per cent, high)
    if k < len(tokens) and tokens[k].text in PERCENT_SIGNS and unit is None and not _sign_of_next(tokens, k):
        unit, end, k = "percent", tokens[k].end, k + 1
    elif k < len(tokens) and tokens[k].text in DEGREE_SIGNS and unit is None and tokens[k].start - m.end <= 1:
        # "30°C", «30 °С», «30°C'nin üzerinde»: degrees, with the scale letter (and its case ending)
        # as the counted noun, so a hedge after it reads as after any unit (wmt/FLORES "above +30°C")
        unit, end, k = "degree", tokens[k].end, k + 1
        if (k < len(tokens) and tokens[k].kind == "word" and tokens[k].start == end
                and regex.split(r"['’-]", tokens[k].text)[0] in DEGREE_SCALES):
            end, k = tokens[k].end, k + 1
    glued = tokens[m.last]
    if unit is None and rules is not None and m.suffix and m.glued_word:
        unit = unit_of(m.suffix.split("-")[0], lang)  # "three-day", "six-year-olds"
        if unit is None:
            noun = m.suffix.split("-")[0]  # "five-match": what it counts, not a known unit
    elif (unit is None and rules is not None and m.suffix and glued.kind == "num"
            and glued.text[len(glued.digits):].removeprefix("-")[:1].isalpha()):
        unit = glued_unit_of(m.suffix, lang)  # "100m", "5km", an age "11-годишња", "6-метровото"
    if rules is not None and hedge == EXACT:
        found = _hedge_at(tokens, k, rules.after, rules)
        if found is not None:
            hedge, seq = found
            end, k = tokens[k + len(seq) - 1].end, k + len(seq)
            if seq in rules.up_to_after_dative and regex.fullmatch(rules.dative_suffix, m.suffix.lower()):
                hedge = UP_TO
        if hedge == EXACT and rules.after_ablative and _rx(rules.ablative_suffix).fullmatch(m.suffix.lower()):
            # tr «100'den daha az» (less than 100): the figure bears the case
            found = _hedge_at(tokens, k, rules.after_noun, rules, lambda seq: seq in rules.after_ablative)
            if found is not None:
                hedge, seq = found
                end, k = tokens[k + len(seq) - 1].end, k + len(seq)
        if hedge == EXACT and m.suffix and _rx(rules.approximate_suffix).fullmatch(m.suffix.lower()):
            hedge = ABOUT  # kk "300-дей", "жүз елудей"
        elif hedge == EXACT and m.indefinite:
            hedge = MORE_THAN  # "thousands of", kk "жүздеген": more than the number
    noun_index = None
    if m.indefinite and k < len(tokens) and rules is not None and tokens[k].lower in rules.indefinite_join:
        k += 1  # "thousands of people"
    if unit is None and rules is not None and not m.glued_word:
        for j in range(k, min(k + LOOKAHEAD_WORDS, len(tokens))):
            t = tokens[j]
            if t.kind != "word" or t.lower in rules.stopwords:
                break
            if j > k and _hedge_at(tokens, j, rules.after_noun, rules,
                                   lambda seq: _after_ablative_fits(tokens, j, seq, rules, lang)) is not None:
                break  # a hedge after the noun ends the look-ahead: «700 milimetre kadar güneye» is no "gün"
            if j + 1 < len(tokens) and tokens[j + 1].kind == "word":
                found = _two_word_unit(t.lower, tokens[j + 1].lower, rules)  # "per cent"
                if found:
                    unit, noun_index, end = found, j + 1, tokens[j + 1].end
                    break
            found = unit_of(t.text, lang)
            if found:
                unit, noun_index, end = found, j, t.end
                break
            approx = _rx(rf"(?:{rules.approximate_suffix})$").search(t.lower)
            found = unit_of(t.lower[:approx.start()], lang) if approx and approx.start() else None
            if found:  # kk "тоннадай": about a ton
                unit, noun_index, end = found, j, t.end
                hedge = ABOUT if hedge == EXACT else hedge
                break
            if t.text[0].isupper() and gazetteer_key(t.text, lang) is None:
                break  # "1978 Camp David Sözleşmesi": the noun belongs to a name
        # the case the hedge governs: ablative ("жылдан асып", "yıldan fazla"), kk dative ("тоннаға дейін"),
        # tr genitive before a postposition of place ("doların üzerinde")
        # (the case is read on the noun's ending after its unit stem, ``lexicon.unit_ending``: "gün",
        # "metre" end like a genitive or a dative and are bare)
        governed = _rx(rf"(?:{rules.ablative_suffix}|{rules.dative_suffix}|{rules.genitive_suffix})$")
        accusative = _rx(rf"(?:{rules.accusative_suffix})$")
        if noun_index is not None and not governed.search(_ending(tokens[noun_index], lang)) \
                and _dimension_at(tokens, noun_index + 1, rules):
            noun_index += 1  # "20 fit yüksekliğe kadar": the dimension noun takes the case
        ending = _ending(tokens[noun_index], lang) if noun_index is not None else None
        after_noun = None  # (position, hedge found there) of a hedge after the counted noun
        if noun_index is not None and hedge == EXACT and governed.search(ending):
            n = noun_index + 1
            after_noun = n, _hedge_at(tokens, n, rules.after_noun, rules,
                                      lambda seq: _after_ablative_fits(tokens, n, seq, rules, lang))
        elif noun_index is not None and hedge == EXACT and ending == "":
            # a word whose sense the dative decides (tr "kadar": up to after a dative, about after
            # a bare form) after a bare noun means what it means after a bare number: «700 metre
            # kadar», «5 yıl kadar önce» (about; wmt-tr, "700 milimetre kadar güneye")
            n = noun_index + 1
            after_noun = n, _hedge_at(tokens, n, rules.after, rules, lambda seq: seq in rules.up_to_after_dative)
        elif noun_index is not None and hedge == EXACT and accusative.search(ending):
            n = noun_index + 1  # tr "50 bin kişiyi aşkın": a postposition that governs the accusative
            after_noun = n, _hedge_at(tokens, n, rules.after_noun, rules, lambda seq: seq in rules.after_accusative)
        if noun_index is None and hedge == EXACT and not m.suffix and _ablative_noun_at(tokens, k, rules):
            after_noun = k + 1, _hedge_at(tokens, k + 1, rules.after_noun, rules)  # kk «100 жастан асқан»: any noun
        if after_noun is not None and after_noun[1] is not None:
            (n, (hedge, seq)) = after_noun
            end = tokens[n + len(seq) - 1].end
        bare = noun_index if noun_index is not None else k
        if hedge == EXACT and rules.after_bare_noun and not m.suffix and (noun_index is None or ending == "") \
                and _words(tokens, bare, 1) is not None:  # a figure with an ending counts no bare noun
            # tr «12 yaş altı» (under 12 years of age)
            found = _hedge_at(tokens, bare + 1, rules.after_noun, rules, lambda seq: seq in rules.after_bare_noun)
            if found is not None:
                hedge, seq = found
                end = tokens[bare + len(seq)].end
        if unit is None and k < len(tokens) and tokens[k].kind == "word" and tokens[k].lower not in rules.stopwords:
            noun = tokens[k].lower.split("'")[0].split("’")[0]
    if m.article:
        nxt = tokens[m.last + 1].lower if m.last + 1 < len(tokens) else ""
        if unit is None or noun_index is None or nxt in rules.not_after_one:
            return None
        if not rules.one_counts_any_unit and unit not in MEASURE_UNITS and hedge == EXACT:
            return None  # "bir şirkette": at a company
    if m.scale_only and unit is None and hedge == EXACT:
        return None  # a lone "yüz"/"bin"/"жүз" without a counted noun or hedge is mostly "face"/"a thousand-fold"
    if m.plain_int and _is_year(tokens, m, hedge, unit, noun, lang):
        fact = year_fact(sid, text, start if hedge == ABOUT else m.start, m.end, int(m.value),
                         int(m.high) if m.high else None)
        return replace(fact, hedge=hedge) if hedge == ABOUT else fact
    if rules is not None and unit is not None:
        after = tokens[noun_index + 1] if noun_index is not None and noun_index + 1 < len(tokens) else None
        if (after is not None and after.lower in rules.ago_after) or (prev is not None and prev.lower in rules.ago_before):
            ago = True
    alt = None
    if (rules is not None and rules.decimal_mark == "," and m.high is None and m.multiplier == 1
            and regex.fullmatch(r"\d{1,3},\d{3}", tokens[m.first].digits)):
        alt = m.value * 1000  # "6,387 km" kept in English grouping by a translator
    ends = sorted((m.value, m.high)) if m.pair else (m.value, m.high)  # a score "7-5" allows 5..7
    low, high = interval(ends[0], ends[1], hedge)
    if m.decade and hedge == EXACT:
        high = m.high - 1  # "in his 20s" is no 30: its stated end (``range_high``) is the next ten, not a value
    # range_high: the stated upper end, which a hedge ("at least 100 to 250") leaves open in ``high``
    return Fact("quantity", sid, start, end, text[start:end], m.value, unit=unit, hedge=hedge,
                low=low, high=high, range_high=m.high, alt=alt, noun=noun, ago=ago, words=m.from_words)


def _hedge_at(tokens: list[Token], n: int, hedges: Sequence[tuple[tuple[str, ...], str]], rules: LangRules,
              fits: Callable[[tuple[str, ...]], bool] = lambda seq: True) -> tuple[str, tuple[str, ...]] | None:
    """(hedge, its words) of the first of ``hedges`` that ``fits`` and stands at ``n``; None."""
    for seq, h in hedges:
        if fits(seq) and _hedge_words_at(tokens, n, seq, rules):
            return h, seq
    return None


def _after_ablative_fits(tokens: list[Token], n: int, seq: tuple[str, ...], rules: LangRules, lang: str) -> bool:
    """An after-noun hedge at ``n`` is in the case it needs: the comparatives of
    ``Numbers.after_ablative`` («30 saniyeden uzun», longer than 30 seconds) only after the ablative,
    since the adjective alone describes (genitive «10 yılın büyük bölümü», most of 10 years)."""
    return (seq not in rules.after_ablative
            or _rx(rf"(?:{rules.ablative_suffix})$").search(_ending(tokens[n - 1], lang)) is not None)


def _ablative_noun_at(tokens: list[Token], k: int, rules: LangRules) -> bool:
    """The word right after a figure is a noun in the ablative (the pack's ``ablative_suffix`` after
    a stem of two letters or more), whether or not it is a known unit: the case the "# … X" hedges
    of "more than" govern says the figure is hedged whatever it counts (kk «100 жастан асқан
    бұйымдар» / "goods older than 100 years": «жас», age, is no unit, since bare after a figure it
    is also "young people", «13000 жас»; FLORES, eval/real_pairs.py seed 83)."""
    if k >= len(tokens) or tokens[k].kind != "word" or tokens[k].lower in rules.stopwords:
        return False
    return _rx(rf"\p{{L}}{{2,}}(?:{rules.ablative_suffix})").fullmatch(tokens[k].lower) is not None


def _ending(tok: Token, lang: str) -> str:
    """The ending of a counted noun after its unit stem (``lexicon.unit_ending``), else the word."""
    found = unit_ending(tok.text, lang)
    return tok.lower if found is None else found


def _two_word_unit(first: str, second: str, rules: LangRules) -> str | None:
    """The lemma of a two-word unit stem ("per cent") the two words spell."""
    for stem, lemma in rules.units:
        words = stem.split()
        if len(words) == 2 and first == words[0] and second.startswith(words[1]) and \
                rules.inflection_re.fullmatch(second[len(words[1]):]):
            return lemma
    return None


def _is_year(tokens: list[Token], m: NumberMatch, hedge: str, unit: str | None, noun: str | None,
             lang: str) -> bool:
    """Whether a plain integer is a year (rules in the module docstring)."""
    hi = m.high if m.high is not None else m.value
    if not hi <= YEAR_RANGE[1]:
        return False
    if hedge in (EXACT, UP_TO) and unit in (None, "year", "month", "day") and m.value >= YEAR_RANGE[0]:
        return True
    if not (EARLY_YEARS <= m.value and unit is None and hedge in (EXACT, UP_TO, ABOUT)):
        return False
    if hedge == ABOUT:
        return noun is None
    rules = RULES.get(lang)
    case = (rules is not None and bool(m.suffix)
            and regex.fullmatch(rules.year_case_suffix, m.suffix.lower()) is not None)
    return case or (m.high is not None and noun is None)
