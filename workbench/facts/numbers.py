"""Numbers in a sentence: digits in each language's conventions, number words, multipliers.

A ``NumberMatch`` is only the number (``60``, ``1,5 млрд``, ``алпыс бес``,
``26-27``); what it counts and how it is hedged is ``quantities.py``'s job.

Separators: Turkish, Kazakh and Bulgarian write ``3,5`` and group thousands with
``.`` (tr: ``1.500.000``) or spaces (kk/bg: ``1 500 000``); English the reverse.
A group mark not followed by exactly three digits is read as a decimal mark
(``3.5`` in a Turkish text), since that is what such a writer meant.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon import LangRules
from .tokens import Token

_SPACES = regex.compile(r"[ \u00a0\u202f\u2009]")
_DASHES = ("-", "–", "—")


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


def parse_digits(digits: str, decimal_mark: str | None) -> float | None:
    """Value of a digit string; ``decimal_mark`` None means guess (unknown languages)."""
    s = _SPACES.sub("", digits)
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


def _word_value(words: list[str], rules: LangRules) -> float:
    total = current = 0
    for w in words:
        if w in rules.cardinals:
            current += rules.cardinals[w]
        elif w in rules.hundreds:
            current = max(current, 1) * rules.hundreds[w] if rules.hundreds[w] == 100 else current + rules.hundreds[w]
        elif w in rules.multipliers:
            total += max(current, 1) * rules.multipliers[w]
            current = 0
    return float(total + current)


def _is_number_word(w: str, rules: LangRules) -> bool:
    return w in rules.cardinals or w in rules.hundreds or w in rules.multipliers


def _inflected_cardinal(w: str, rules: LangRules) -> str | None:
    """``оннан`` -> ``он``: a cardinal with an ablative/dative ending (only used before a hedge)."""
    for card in sorted(rules.cardinals, key=len, reverse=True):
        if w.startswith(card) and regex.fullmatch(rules.inflected_cardinal_suffix, w[len(card):]):
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
            m = _word_number(text, tokens, i, rules)
        else:
            m = None
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.last + 1
    return out


def _digit_number(text, tokens, i, rules, lang, decimal) -> NumberMatch | None:
    tok = tokens[i]
    if (not tok.suffix and i + 2 < len(tokens) and tokens[i + 1].text == ":" and tokens[i + 2].kind == "num"
            and tokens[i + 1].start == tok.end and tokens[i + 2].start == tokens[i + 1].end):
        return NumberMatch(tok.start, tokens[i + 2].end, 0.0, i, i + 2, clock=True)  # "15:08"
    if decimal == "," and regex.fullmatch(r"([01]?\d|2[0-4])\.[0-5]\d(?:[-–]([01]?\d|2[0-4])\.[0-5]\d)?", tok.digits):
        # "12.00", "22.00-23.00": a comma-decimal language writes times of day with a period
        return NumberMatch(tok.start, tok.end, 0.0, i, i, clock=True)
    value = parse_digits(tok.digits, decimal)
    if value is None:
        return None
    last, suffix, high = i, tok.suffix, None
    plain = tok.digits.isdigit()
    # a range: "26-27", "2025–2026"
    if (not tok.suffix and i + 2 < len(tokens) and tokens[i + 1].text in _DASHES
            and tokens[i + 2].kind == "num" and tokens[i + 1].start - tok.end <= 1
            and tokens[i + 2].start - tokens[i + 1].end <= 1):
        high_value = parse_digits(tokens[i + 2].digits, decimal)
        if high_value is not None and high_value > value:
            high, last, suffix = high_value, i + 2, tokens[i + 2].suffix
            plain = plain and tokens[i + 2].digits.isdigit()
    ordinal = False
    if rules is not None and suffix and regex.fullmatch(rules.ordinal_suffix, suffix.lower()):
        ordinal = True
    # Turkish "3. kez": a period straight after the number, then a lower-case word
    if (rules is not None and rules.period_ordinal and not suffix and last + 2 < len(tokens)
            and tokens[last + 1].text == "."
            and tokens[last + 1].start == tokens[last].end and tokens[last + 2].kind == "word"
            and tokens[last + 2].text[0].islower()):
        ordinal = True
    mult = 1
    if rules is not None and not suffix and last + 1 < len(tokens):
        factor = _multiplier(tokens[last + 1], rules, lang)
        if factor:
            mult, last = factor, last + 1
            # an abbreviated multiplier's period ("2 млрд. долара", "5 хил.") belongs to it
            if last + 1 < len(tokens) and tokens[last + 1].text == "." and tokens[last + 1].start == tokens[last].end \
                    and len(tokens[last].text) <= 4:
                last += 1
    return NumberMatch(tok.start, tokens[last].end, value * mult, i, last,
                       high=high * mult if high is not None else None, suffix=suffix, ordinal=ordinal,
                       plain_int=plain and mult == 1, multiplier=mult)


def _inflected(w: str, table, pattern) -> str | None:
    """The entry of ``table`` that ``w`` is an inflected form of (``dokuzunun`` -> ``dokuz``)."""
    for base in sorted(table, key=len, reverse=True):
        if w.startswith(base) and len(w) > len(base) and pattern.fullmatch(w[len(base):]):
            return base
    return None


def _word_number(text, tokens, i, rules: LangRules) -> NumberMatch | None:
    """Number words: "алпыс бес", "шестдесет и пет", "sixty-five", "on dokuzunun" (kk/tr case ending
    on the last word of a compound), "dört milyonu". A units word may only follow a tens word,
    a hundred or a multiplier ("dört bir yanı" is not 5), and an ordinal ending on any word
    ("on birinci", "бесінші") makes the whole compound an ordinal."""
    words: list[str] = []
    j = i
    last = None
    infl = rules.inflection_re if rules.number_words_inflect else None
    ordinal = False
    while j < len(tokens) and tokens[j].kind == "word":
        parts = tokens[j].lower.split("-")
        if all(_is_number_word(p, rules) for p in parts) and all(_may_follow(words, p, rules) for p in parts):
            words += parts
            last = j
            j += 1
            continue
        w = tokens[j].lower
        if infl is not None and words:
            base = _inflected(w, {**rules.cardinals, **rules.multipliers}, regex.compile(rules.word_ordinal_suffix))
            if base is not None and _may_follow(words, base, rules):
                words.append(base)
                last, ordinal = j, True
                break
            base = _inflected(w, {**rules.cardinals, **rules.multipliers}, infl)
            if base is not None and _may_follow(words, base, rules):
                words.append(base)
                last = j
                break
        if words and w in rules.connectors and j + 1 < len(tokens) and \
                _is_number_word(tokens[j + 1].lower, rules):
            j += 1
            continue
        break
    if last is None:
        w = tokens[i].lower
        card = _inflected_cardinal(w, rules) if rules.after else None
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if card and any(seq[0] == nxt for seq, _ in rules.after):
            return NumberMatch(tokens[i].start, tokens[i].end, float(rules.cardinals[card]), i, i,
                               suffix=w[len(card):], from_words=True)
        return None
    if len(words) == 1 and words[0] in rules.plural_multipliers:
        return None
    article = len(words) == 1 and words[0] in rules.article_one
    return NumberMatch(tokens[i].start, tokens[last].end, _word_value(words, rules), i, last,
                       from_words=True, article=article, ordinal=ordinal,
                       multiplier=max((rules.multipliers.get(w, 1) for w in words), default=1))


def _may_follow(words: list[str], w: str, rules: LangRules) -> bool:
    """Whether ``w`` can continue the compound ``words``: units only after tens/hundreds/multipliers."""
    if not words:
        return True
    prev = words[-1]
    value = rules.cardinals.get(w)
    if value is not None and value < 10:
        return prev in rules.hundreds or prev in rules.multipliers or (
            rules.cardinals.get(prev, 0) >= 10 and rules.cardinals.get(prev, 0) % 10 == 0)
    if value is not None:  # tens after tens ("twenty thirty") is two numbers
        return prev in rules.hundreds or prev in rules.multipliers
    return True
