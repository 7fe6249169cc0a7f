"""Numbers in a sentence: digits in each language's conventions, number words, multipliers.

A ``NumberMatch`` is only the number (``60``, ``1,5 млрд``, ``алпыс бес``,
``26-27``); what it counts and how it is hedged is ``quantities.py``'s job.

Separators: Turkish, Kazakh and Bulgarian write ``3,5`` and group thousands with
``.`` (tr: ``1.500.000``) or spaces (kk/bg: ``1 500 000``); English the reverse.
A group mark not followed by exactly three digits is read as a decimal mark
(``3.5`` in a Turkish text), since that is what such a writer meant.

Scales: a scale word after the number (``1,5 млрд``) or glued to it (``$1.2bn``,
``€7.5billion``, ``40млн``); an abbreviation that is also a unit (en ``m``, ``k``)
only after a currency sign or before a counted noun (``£40m``, ``2m people``; ``100m``
alone is metres). Kazakh number words follow their grammar (``Numbers`` fields):
``бір жарым миллион`` 1.5e6, ``жарты миллион`` 5e5, ``он бір бүтін оннан төрт`` 11.4,
collectives ``екеуі`` 2, a case, approximative or indefinite ending on the last word
(``мыңнан``, ``елудей``, ``жүздеген``), an emphatic particle (``үш-ақ``).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import regex

from ..lexicon import lexicon as dictionary
from .lexicon import CURRENCY_SIGNS, MEASURE_UNITS, PERCENT_SIGNS, LangRules, unit_of
from .tokens import Token

_SPACES = regex.compile(r"[ \u00a0\u202f\u2009]")
_DASHES = ("-", "–", "—")
# Unicode's vulgar fractions written after digits (their numeric values)
VULGAR_FRACTIONS = {c: unicodedata.numeric(c) for c in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"}


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: float
    first: int  # token indexes covered, inclusive
    last: int
    high: float | None = None  # for ranges "26-27"
    suffix: str = ""  # case or ordinal suffix of the last number token
    ordinal: bool = False
    from_words: bool = False
    article: bool = False  # a lone "bir"/"един"/"one": a count only if a counted noun follows
    plain_int: bool = False  # digits without separators or multiplier (a year candidate)
    multiplier: int = 1
    clock: bool = False  # a time of day ("15:08"): not a quantity
    scale_only: bool = False  # words that are only scale words ("жүз", "мың"): a count only with a noun or hedge
    glued_word: bool = False  # number words hyphenated to what they count ("five-match"): ``suffix`` is that word
    indefinite: bool = False  # "thousands (of)", kk "мыңдаған": more than the number
    pair: bool = False  # "7-5", "6-6": two figures joined by a dash, the second not above the first
    decade: bool = False  # "in his 20s": from the figure up to (not including) ``high``


# A dash between two numbers whose second is not above the first ("7-5", "6-6", "4,2-3,9
# milyon": a score, a result, a range written high to low) is no rising range but a pair of
# figures; both are stated, so the pair is kept as one fact with both ends (a changed "6-6" /
# "6-7" must not read as one 6 matching a range). Below this (not years: "2011-2009" stays two).
PAIR_MAX = 1000


# The round tens a decade of a count is written with ("in his 20s"; years are dates: "the 1990s").
_ROUND_TENS = frozenset(str(n) for n in range(10, 100, 10))


# Two four-digit years joined by a dash, the second before the first ("1897-1895", "2017-2010
# season"), are a span of years written high to low (a slip, or a changed end: eval/real_pairs.py
# seed 11, flores-kk, «(1894-1895)» / "(1897-1895)"), not two figures: the span from the lower to
# the higher year, so a changed end still conflicts with the other side's span.
REVERSED_YEARS = (1000, 2100)


def _reversed_years(first: str, second: str, value: float, high: float | None) -> bool:
    return (high is not None and high < value and len(first) == len(second) == 4 and first.isdigit()
            and second.isdigit() and REVERSED_YEARS[0] <= high and value <= REVERSED_YEARS[1])


def parse_digits(digits: str, decimal_mark: str | None) -> float | None:
    """Value of a digit string; ``decimal_mark`` None means guess (unknown languages)."""
    s = _SPACES.sub("", digits)
    if not all(c in ".," or c.isdecimal() for c in s):
        return None  # a digit newer than this Python's Unicode tables: unreadable, so no number
    if decimal_mark is None:
        marks = [c for c in s if c in ".,"]
        if not marks:
            return float(s)
        last = marks[-1]
        tail = s.rsplit(last, 1)[1]
        decimal_mark = last if (len(set(marks)) == 2 or (len(marks) == 1 and len(tail) != 3)) else (
            "," if last == "." else ".")
    group = "." if decimal_mark == "," else ","
    frac = ""
    if s.count(decimal_mark) == 1:
        s, frac = s.split(decimal_mark)
    elif s.count(decimal_mark) > 1:
        group, s = decimal_mark, s  # "1,500,000" in a comma-decimal language: foreign grouping
    parts = s.split(group)
    if len(parts) > 1:
        if 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
            s = "".join(parts)
        elif len(parts) == 2 and not frac:
            s, frac = parts  # "3.5" in a Turkish text
        else:
            return None
    if not s.isdigit() or (frac and not frac.isdigit()):
        return None
    return float(f"{s}.{frac}") if frac else float(s)


def _multiplier(tok: Token, rules: LangRules, lang: str) -> int | None:
    if tok.kind != "word":
        return None
    w = tok.lower
    if w in rules.multipliers:
        return rules.multipliers[w]
    infl = rules.inflection_re
    for stem, factor in rules.multipliers.items():
        if len(stem) >= 3 and w.startswith(stem) and infl.fullmatch(w[len(stem):]):
            return factor
    return None


def _broken_multiplier(tokens: list[Token], k: int, rules: LangRules, lang: str) -> int | None:
    """A scale word a stray space broke in two (WMT tr headline «2-2.5 MİLY ON EURO'YA»: "ON" alone is
    ten): tokens ``k`` and ``k + 1``, one space apart, that together are a scale word, the first no
    word of the language's dictionary (``workbench.lexicon``; without one, never)."""
    if k + 1 >= len(tokens) or tokens[k].kind != "word" or tokens[k + 1].kind != "word" \
            or tokens[k + 1].start != tokens[k].end + 1:
        return None
    factor = _multiplier(Token("word", tokens[k].start, tokens[k + 1].end, tokens[k].text + tokens[k + 1].text),
                         rules, lang)
    lex = dictionary(lang) if factor and lang else None
    if lex is None or lex.common(tokens[k].text) or lex.capitalized(tokens[k].text):
        return None
    return factor


# Markers ``_word_number`` puts among the number words for ``word_value`` (see ``Numbers``'
# half_after, half_before, decimal_word): "+half" adds a half, "half" is one, "point" is the
# decimal point and "/10" the denominator a power of ten in the ablative names ("оннан").
_HALF, _PLUS_HALF, _POINT = "half", "+half", "point"


def word_value(words: list[str], rules: LangRules) -> float:
    """The value of number words (base forms and the markers above), left to right."""
    if _POINT in words:
        k = words.index(_POINT)
        rest = words[k + 1:]
        denominator = None
        if rest and rest[0].startswith("/"):
            denominator, rest = int(rest[0][1:]), rest[1:]
        j = len(rest)
        while j > 0 and rest[j - 1] in rules.multipliers:
            j -= 1  # "он бір бүтін оннан төрт миллион": the scale applies to the whole number
        whole, fraction = word_value(words[:k], rules), word_value(rest[:j], rules)
        value = whole + fraction / (denominator or 10 ** len(str(int(fraction))))
        for w in rest[j:]:
            value *= rules.multipliers[w]
        return value
    total = current = 0.0
    last_scale = 1
    for w in words:
        if w == _HALF:
            current = 0.5
        elif w == _PLUS_HALF:
            if current:
                current += 0.5
            else:
                total += 0.5 * last_scale  # "мың жарым": a thousand and a half
        elif w in rules.cardinals:
            current += rules.cardinals[w]
        elif w in rules.collectives:
            current += rules.collectives[w]
        elif w in rules.hundreds:
            current = (current or 1) * rules.hundreds[w] if rules.hundreds[w] == 100 else current + rules.hundreds[w]
        elif w in rules.multipliers:
            total += (current or 1) * rules.multipliers[w]
            last_scale, current = rules.multipliers[w], 0.0
    return float(total + current)


def _is_number_word(w: str, rules: LangRules) -> bool:
    return w in rules.cardinals or w in rules.hundreds or w in rules.multipliers


_CACHE: dict[tuple[int, str], object] = {}  # per pack: derived tables and compiled patterns


def _cached(rules: LangRules, key: str, make):
    """``make()`` once per pack (packs live as long as the process)."""
    k = (id(rules), key)
    if k not in _CACHE:
        _CACHE[k] = make()
    return _CACHE[k]


def _re(rules: LangRules, field: str) -> regex.Pattern:
    return _cached(rules, field, lambda: regex.compile(getattr(rules, field)))


def _number_bases(rules: LangRules) -> dict[str, int]:
    """Every base number word (cardinals, hundreds, scales, collectives) with its value."""
    return _cached(rules, "bases", lambda: {**rules.cardinals, **rules.hundreds, **rules.multipliers,
                                            **rules.collectives})


def _inflected_cardinal(w: str, rules: LangRules) -> str | None:
    """``оннан`` -> ``он``, ``жүзден`` -> ``жүз``: a number word with an ablative/dative ending."""
    suffix = _re(rules, "inflected_cardinal_suffix")
    for card in _longest_first(_number_bases(rules)):
        if w.startswith(card) and suffix.fullmatch(w[len(card):]):
            return card
    return None


def find_numbers(text: str, tokens: list[Token], rules: LangRules | None, lang: str) -> list[NumberMatch]:
    """Every number expression in the tokens, left to right, non-overlapping."""
    out: list[NumberMatch] = []
    i = 0
    decimal = rules.decimal_mark if rules else None
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind == "num":
            m = _digit_number(text, tokens, i, rules, lang, decimal)
        elif tok.kind == "word" and rules is not None:
            m = _word_number(text, tokens, i, rules, lang)
        else:
            m = None
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.last + 1
    return out


def _after_percent(tokens: list[Token], i: int, rules: LangRules | None) -> bool:
    """Whether a percent sign or word (``percent_before``, tr "yüzde") stands before the number at
    ``i``, or before the first number of a range it ends ("yüzde 1.12 ile 1.29", "%1.12-1.29")."""
    def marked(k: int) -> bool:
        if k < 1:
            return False
        prev = tokens[k - 1]
        return prev.text in PERCENT_SIGNS or (rules is not None and prev.lower in rules.percent_before)

    if marked(i):
        return True
    joins = set(_DASHES) | (set(rules.range_join) if rules is not None else set())
    return i >= 2 and tokens[i - 1].lower in joins and tokens[i - 2].kind == "num" and marked(i - 2)


def _digit_number(text, tokens, i, rules, lang, decimal) -> NumberMatch | None:
    tok = tokens[i]
    if (not tok.suffix and i + 2 < len(tokens) and tokens[i + 1].text == ":" and tokens[i + 2].kind == "num"
            and tokens[i + 1].start == tok.end and tokens[i + 2].start == tokens[i + 1].end):
        return NumberMatch(tok.start, tokens[i + 2].end, 0.0, i, i + 2, clock=True)  # "15:08"
    if decimal == "," and regex.fullmatch(r"([01]?\d|2[0-4])\.[0-5]\d(?:[-–]([01]?\d|2[0-4])\.[0-5]\d)?", tok.digits) \
            and not _after_percent(tokens, i, rules):
        # "12.00", "22.00-23.00": a comma-decimal language writes times of day with a period; not
        # after a percent word or sign (tr "yüzde 1.12 ile 1.29": percentages, never times)
        return NumberMatch(tok.start, tok.end, 0.0, i, i, clock=True)
    value = parse_digits(tok.digits, decimal)
    if value is None:
        return None
    last, suffix, high, pair = i, tok.suffix, None, False
    plain = tok.digits.isdigit()
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if not tok.suffix and nxt is not None and nxt.start == tok.end and nxt.text in VULGAR_FRACTIONS:
        # "24½ inches", «29¾ инча» (FLORES): the fraction character is part of the figure
        value, last, plain = value + VULGAR_FRACTIONS[nxt.text], i + 1, False
    # a range: "26-27", "2025–2026"
    if (not tok.suffix and i + 2 < len(tokens) and tokens[i + 1].text in _DASHES
            and tokens[i + 2].kind == "num" and tokens[i + 1].start - tok.end <= 1
            and tokens[i + 2].start - tokens[i + 1].end <= 1):
        high_value = parse_digits(tokens[i + 2].digits, decimal)
        if _reversed_years(tok.digits, tokens[i + 2].digits, value, high_value):
            value, high_value = high_value, value  # "(1897-1895)": the years of a span, written high to low
        pair = high_value is not None and high_value <= value < PAIR_MAX
        if high_value is not None and (high_value > value or pair):
            high, last, suffix = high_value, i + 2, tokens[i + 2].suffix
            plain = plain and tokens[i + 2].digits.isdigit()
    mult = 1
    # a scale word written onto the digits, or hyphenated to them ("$2.5-billion", "10-million": WMT
    # en held-out, seed 17, read 2.5 dollars against «2,5 milyar dolar»)
    if rules is not None and suffix and tokens[last].text[len(tokens[last].digits):].removeprefix("-")[:1].isalpha():
        factor = _glued_scale(suffix.lower(), tokens, i, last, rules, lang)
        if factor:
            mult, suffix = factor, ""
    ordinal = False
    if rules is not None and suffix and regex.fullmatch(rules.ordinal_suffix, suffix.lower()):
        ordinal = True
    decade = (rules is not None and bool(suffix) and high is None and mult == 1 and tok.digits in _ROUND_TENS
              and regex.fullmatch(rules.decade_suffix, suffix.lower()) is not None)
    if decade:
        high, suffix, plain = value + 10, "", False  # "in his 20s": from 20 up to 30 (``Numbers.decade_suffix``)
    # Turkish "3. kez": a period straight after the number, then a lower-case word
    if (rules is not None and rules.period_ordinal and not suffix and last + 2 < len(tokens)
            and tokens[last + 1].text == "."
            and tokens[last + 1].start == tokens[last].end and tokens[last + 2].kind == "word"
            and tokens[last + 2].text[0].islower()):
        ordinal = True
    if rules is not None and mult == 1 and not suffix and last + 1 < len(tokens):
        factor = _multiplier(tokens[last + 1], rules, lang)
        broken = None if factor else _broken_multiplier(tokens, last + 1, rules, lang)
        if factor:
            mult, last = factor, last + 1
            # an abbreviated multiplier's period ("2 млрд. долара", "5 хил.") belongs to it
            if last + 1 < len(tokens) and tokens[last + 1].text == "." and tokens[last + 1].start == tokens[last].end \
                    and len(tokens[last].text) <= 4:
                last += 1
        elif broken:
            mult, last = broken, last + 2
    return NumberMatch(tok.start, tokens[last].end, value * mult, i, last,
                       high=high * mult if high is not None else None, suffix=suffix, ordinal=ordinal,
                       plain_int=plain and mult == 1, multiplier=mult, pair=pair, decade=decade)


def _glued_scale(suffix: str, tokens: list[Token], i: int, last: int, rules: LangRules, lang: str) -> int | None:
    """The scale a word glued to the digits names: a full scale word ("1.2bn", "40млн") always, a
    ``glued_scales`` abbreviation ("40m") after a currency sign or before a counted noun."""
    if suffix in rules.multipliers:
        return rules.multipliers[suffix]
    factor = rules.glued_scales.get(suffix)
    if factor is None:
        return None
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.text in CURRENCY_SIGNS and prev.end == tokens[i].start:
        return factor
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return factor if nxt is not None and nxt.kind == "word" and unit_of(nxt.text, lang) else None


_LONGEST: dict[int, tuple[object, tuple[str, ...]]] = {}


def _longest_first(table) -> tuple[str, ...]:
    """The keys of ``table`` longest first, sorted once per table object."""
    hit = _LONGEST.get(id(table))
    if hit is None or hit[0] is not table:
        hit = _LONGEST[id(table)] = (table, tuple(sorted(table, key=len, reverse=True)))
    return hit[1]


def _inflected(w: str, table, pattern) -> str | None:
    """The entry of ``table`` that ``w`` is an inflected form of (``dokuzunun`` -> ``dokuz``)."""
    for base in _longest_first(table):
        if w.startswith(base) and len(w) > len(base) and pattern.fullmatch(w[len(base):]):
            return base
    return None


def _word_number(text, tokens, i, rules: LangRules, lang: str = "") -> NumberMatch | None:
    """Number words: "алпыс бес", "шестдесет и пет", "sixty-five", "on dokuzunun" (kk/tr case ending
    on the last word of a compound), "dört milyonu". A units word may only follow a tens word,
    a hundred or a multiplier ("dört bir yanı" is not 5), and an ordinal ending on any word
    ("on birinci", "бесінші") makes the whole compound an ordinal. Halves, a decimal word,
    collectives and an approximative ending as the pack declares them (``Numbers``)."""
    fraction = _fraction(tokens, i, rules)
    if fraction is not None:
        return fraction
    compound = _hyphen_compound(tokens[i], i, rules) or _closed_compound(tokens[i], i, rules, lang)
    if compound is not None:
        return compound
    if _indefinite_plural(tokens[i].lower, rules):
        return _indefinite(tokens, i, rules)
    words: list[str] = []
    j = i
    last = None
    suffix = ""
    infl = rules.inflection_re if rules.number_words_inflect else None
    bases = _number_bases(rules)
    ordinal = False
    while j < len(tokens) and tokens[j].kind == "word":
        parts = tokens[j].lower.split("-")
        if len(parts) > 1 and parts[-1] in rules.particles:
            parts = parts[:-1]  # kk "үш-ақ": only three
        if all(_is_number_word(p, rules) for p in parts) and all(_may_follow(words, p, rules) for p in parts):
            words += parts
            last = j
            j += 1
            continue
        k = _glued_half(parts, rules)
        if k and all(_is_number_word(p, rules) for p in parts[:k]) and all(_may_follow(words, p, rules)
                                                                             for p in parts[:k]):
            words += [*parts[:k], _PLUS_HALF]  # en "two-and-a-half"
            last, j = j, j + 1
            break
        w = tokens[j].lower
        nxt = tokens[j + 1].lower if j + 1 < len(tokens) and tokens[j + 1].kind == "word" else ""
        if w in rules.half_before and not words and nxt in rules.multipliers:
            words, last, j = [_HALF], j, j + 1  # "жарты миллион"
            continue
        if words and _is_number_word(words[-1], rules) and rules.half_after:
            n = _half_phrase(tokens, j, rules)
            if n:
                words.append(_PLUS_HALF)  # "бір жарым", "мың жарым", "iki buçuk", "два с половиной"
                last, j = j + n - 1, j + n
                continue
            half = _inflected(w, rules.half_after, infl) if infl is not None else None
            if half is not None:  # "мың жарымнан (астам)"
                words.append(_PLUS_HALF)
                last, suffix = j, w[len(half):]
                break
        if rules.decimal_word and w == rules.decimal_word and words and _is_number_word(words[-1], rules):
            powers = _cached(rules, "powers", lambda: {k: v for k, v in bases.items() if v in (10, 100, 1000)})
            power = _inflected(nxt, powers, _re(rules, "ablative_suffix"))
            if power is not None:  # "бүтін оннан төрт": point, tenths, four
                words += [_POINT, f"/{bases[power]}"]
                j += 2
                continue
            if _is_number_word(nxt, rules) or (infl is not None and _inflected(nxt, bases, infl) is not None):
                words.append(_POINT)
                j += 1
                continue
            break
        if infl is not None:
            found = _inflected_last(w, words, rules, bases, infl, lambda: _hedge_at(tokens, j + 1, rules),
                                    after_percent=not words and _after_percent_word(tokens, i, rules))
            if found is not None:
                base, suffix, ordinal = found
                words.append(base)
                last = j
                if regex.fullmatch(rules.indefinite_suffix, suffix) and nxt in rules.multipliers:
                    j += 1  # "ондаған миллион": tens of millions
                    continue
                break
        if words and w in rules.connectors and j + 1 < len(tokens) and \
                _is_number_word(tokens[j + 1].lower, rules):
            j += 1
            continue
        break
    if last is None:
        return None
    while words and (words[-1] == _POINT or words[-1].startswith("/")):
        words.pop()  # a decimal word with no digits after it was not one
    if len(words) == 1 and words[0] in rules.plural_multipliers:
        return None
    article = len(words) == 1 and words[0] in rules.article_one
    value = word_value(words, rules)
    indefinite = bool(suffix) and _re(rules, "indefinite_suffix").fullmatch(suffix) is not None
    if not ordinal and last + 1 < len(tokens) and tokens[last + 1].lower in rules.indefinite_plurals:
        last += 1  # tr "on milyonlarca": tens of millions
        value, indefinite, article = value * rules.indefinite_plurals[tokens[last].lower], True, False
    return NumberMatch(tokens[i].start, tokens[last].end, value, i, last,
                       suffix=suffix, from_words=True, article=article, ordinal=ordinal, indefinite=indefinite,
                       multiplier=max((rules.multipliers.get(w, 1) for w in words), default=1),
                       scale_only=all(w in rules.hundreds or w in rules.multipliers for w in words))


def _hyphen_compound(tok: Token, i: int, rules: LangRules) -> NumberMatch | None:
    """Number words hyphenated to the word they count, in a language that writes such compounds
    (``Numbers.hyphen_compounds``: "five-match", "twenty-four-hour", "six-year-olds"): the number,
    with the rest of the word as its glued suffix; not "twenty-first", "two-thirds", nor a lone
    "one-" ("one-sided": an article)."""
    if not rules.hyphen_compounds:
        return None
    parts = tok.lower.split("-")
    k = 0
    while k < len(parts) and _is_number_word(parts[k], rules) and _may_follow(parts[:k], parts[k], rules):
        k += 1
    if k == 0 or k == len(parts):
        return None
    tail = parts[k]
    if _re(rules, "hyphen_adjective").fullmatch(parts[-1]):
        return None  # "three-dimensional": a describing adjective, no count
    if (len(tail) < 3 or tail in rules.ordinal_words or tail.removesuffix("s") in rules.ordinal_words
            or tail in rules.fraction_words or tail in rules.connectors
            or (k == 1 and parts[0] in rules.article_one)):
        return None
    value = word_value(parts[:k], rules)
    return NumberMatch(tok.start, tok.end, value, i, i, suffix="-".join(parts[k:]), from_words=True,
                       glued_word=True)


def _closed_compound(tok: Token, i: int, rules: LangRules, lang: str) -> NumberMatch | None:
    """A number's combining form written onto the unit it counts, one word (``Numbers.compound_numbers``:
    sr «четворогодишњи» / "four year old", ru «пятилетний»): the number, with the unit's word as its
    glued suffix. Before a measure (``MEASURE_UNITS``: years, days, tons; not bg «двустранни», bilateral,
    whose «стран» is a side as well as a country), or before a word of the dictionary when the whole is
    none (``_coined``: ru «Двухфакторная теория» / "Two Factor Theory", FLORES, eval/real_pairs.py
    seed 31, where the English count stood alone). Not a word that is a unit itself («десятилетие»,
    a decade), nor one the dictionary knows with a word after the form («столица», «трёхмерный»:
    the capital, three-dimensional, which English counts in no figure either)."""
    w = tok.lower
    if not rules.compound_numbers or unit_of(w, lang) is not None:
        return None
    for form in _longest_first(rules.compound_numbers):
        rest = w[len(form):]
        if w.startswith(form) and len(rest) >= 3 and (unit_of(rest, lang) in MEASURE_UNITS or _coined(w, rest, lang)):
            return NumberMatch(tok.start, tok.end, float(rules.compound_numbers[form]), i, i, suffix=rest,
                               from_words=True, glued_word=True)
    return None


COINED_REST = 5  # letters of a dictionary word after a number's combining form, at least


def _coined(word: str, rest: str, lang: str) -> bool:
    """A compound of a number and a dictionary word that the dictionary lacks as a whole: coined for
    the text («двухфакторная»), not a word of the language that happens to begin like a number."""
    lex = dictionary(lang) if len(rest) >= COINED_REST else None
    return lex is not None and lex.common(rest) and not lex.common(word)


def _half_phrase(tokens: list[Token], j: int, rules: LangRules) -> int:
    """How many word tokens from ``j`` spell one of ``half_after`` ("жарым", "and a half"); 0: none."""
    for phrase in sorted(rules.half_after, key=lambda p: -len(p.split())):
        seq = phrase.split()
        if j + len(seq) <= len(tokens) and all(tokens[j + k].kind == "word" and tokens[j + k].lower == w
                                               for k, w in enumerate(seq)):
            return len(seq)
    return 0


def _glued_half(parts: list[str], rules: LangRules) -> int:
    """In a hyphenated word ("two-and-a-half"), how many number parts come before a half phrase
    that ends it; 0: none."""
    for phrase in rules.half_after:
        seq = phrase.split()
        k = len(parts) - len(seq)
        if k >= 1 and parts[k:] == seq:
            return k
    return 0


def _indefinite_plural(word: str, rules: LangRules) -> int | None:
    """The number an indefinite plural ("thousands", tr «binlerce») is more than; in a language whose
    number words take endings (``number_words_inflect``) also with them: tr «binlercesi» (thousands of
    them), «yüzlercesini» (WMT tr «binlercesi dışarıda kaldı» / "thousands remained outside")."""
    if word in rules.indefinite_plurals:
        return rules.indefinite_plurals[word]
    if rules.number_words_inflect:
        for stem, value in rules.indefinite_plurals.items():
            if word.startswith(stem) and rules.inflection_re.fullmatch(word[len(stem):]):
                return value
    return None


def _indefinite(tokens: list[Token], i: int, rules: LangRules) -> NumberMatch:
    """"thousands", "tens of thousands", bg "десетки хиляди": more than the product."""
    value, last = _indefinite_plural(tokens[i].lower, rules), i
    k = i + 1
    if k < len(tokens) and tokens[k].lower in rules.indefinite_join:
        k += 1
    if k < len(tokens) and tokens[k].lower in rules.indefinite_plurals and k > i:
        value, last = value * rules.indefinite_plurals[tokens[k].lower], k
    elif k < len(tokens) and tokens[k].lower in rules.multipliers:  # ru "десятки миллионов", sr "desetine miliona"
        value, last = value * rules.multipliers[tokens[k].lower], k
    return NumberMatch(tokens[i].start, tokens[last].end, float(value), i, last, from_words=True,
                       multiplier=value, indefinite=True)


def _fraction(tokens: list[Token], i: int, rules: LangRules) -> NumberMatch | None:
    """kk "үштен бірі" (one third): an ablative denominator and a possessive numerator."""
    if i + 1 >= len(tokens) or tokens[i + 1].kind != "word" or tokens[i + 1].start - tokens[i].end > 1:
        return None
    den = _inflected(tokens[i].lower, rules.cardinals, _re(rules, "ablative_suffix"))
    num = den and _inflected(tokens[i + 1].lower, rules.cardinals, _re(rules, "fraction_numerator_suffix"))
    if not num or rules.cardinals[num] >= rules.cardinals[den]:
        return None
    return NumberMatch(tokens[i].start, tokens[i + 1].end, rules.cardinals[num] / rules.cardinals[den], i, i + 1,
                       from_words=True)


def _hedge_at(tokens: list[Token], k: int, rules: LangRules) -> bool:
    """Whether a hedge phrase of the after-number table starts at token ``k``."""
    first = tokens[k].lower if k < len(tokens) else ""
    return any(seq[0] == first and tuple(t.lower for t in tokens[k:k + len(seq)]) == seq for seq, _ in rules.after)


def _after_percent_word(tokens: list[Token], i: int, rules: LangRules) -> bool:
    """The word before token ``i`` says "percent" before its figure (``Numbers.percent_before``: tr
    «yüzde»): what follows is a number whatever its ending."""
    return i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].lower in rules.percent_before


def _inflected_last(w: str, words: list[str], rules: LangRules, bases: dict[str, int],
                    infl: regex.Pattern, hedged: Callable[[], bool],
                    after_percent: bool = False) -> tuple[str, str, bool] | None:
    """(base, ending, ordinal) when ``w`` ends the compound ``words`` as an inflected number word:
    an ordinal ("тоғызыншы"), an approximative ("елудей"), a collective ("екеуі"), a case ending
    ("миллиардтарды"; a lone word only in the ablative/dative, since "онда" is "there", and never
    the article "бір": "бірге" is "together"). After a percent word (``after_percent``) a lone word
    takes every ending: tr «yüzde yedilik» (of seven percent), «yüzde otuzuna» (wmt-tr, seed 71:
    «yüzde beşlik bir artış» / "a five per cent rise" was a figure of one side only)."""
    if w[:2] not in _cached(rules, "prefixes", lambda: {b[:2] for b in bases}):
        return None  # no number word begins so: most words of a sentence
    for table, pattern, is_ordinal in ((bases, _re(rules, "word_ordinal_suffix"), True),
                                       (bases, _re(rules, "approximate_suffix"), False),
                                       (bases, _re(rules, "indefinite_suffix"), False),
                                       (rules.collectives, _re(rules, "collective_suffix"), False)):
        base = _inflected(w, table, pattern) if table else None
        if base is not None and _may_follow(words, base, rules) and (is_ordinal or base not in rules.article_one):
            return base, w[len(base):], is_ordinal  # "бірдей" is "equal", not "about one"
    if w in rules.collectives and not words:
        return w, "", False
    if words or after_percent:
        base = _inflected(w, bases, infl)
        if base is not None and _may_follow(words, base, rules):
            return base, w[len(base):], False
        return None
    base = _inflected_cardinal(w, rules)
    if base is not None and ((rules.inflected_number_alone and base not in rules.article_one) or hedged()):
        return base, w[len(base):], False
    return None


def _may_follow(words: list[str], w: str, rules: LangRules) -> bool:
    """Whether ``w`` can continue the compound ``words``: units only after tens/hundreds/multipliers."""
    if not words:
        return True
    prev = words[-1]
    if prev in (_HALF, _PLUS_HALF):
        return w in rules.multipliers  # "бір жарым миллион"
    if prev == _POINT or prev.startswith("/"):
        return True  # the digits after the decimal word start afresh
    value = rules.cardinals.get(w)
    if value is not None and value < 10:
        return prev in rules.hundreds or prev in rules.multipliers or (
            rules.cardinals.get(prev, 0) >= 10 and rules.cardinals.get(prev, 0) % 10 == 0)
    if value is not None:  # tens after tens ("twenty thirty") is two numbers
        return prev in rules.hundreds or prev in rules.multipliers
    return True
