"""Rule-based sentence segmentation for kk, tr, bg, en (and a generic fallback).

Sentences are returned as half-open character spans into the caller's text, so
``text[s:e]`` is the sentence with surrounding whitespace stripped.

Rules, in order:

1. Every line break is a boundary (news texts put one paragraph, headline,
   dateline or "Kaynak: AA" line per line).
2. Inside a line, a candidate boundary is a run of ``. ! ? …`` plus any closing
   quotes/brackets, followed by whitespace.  The run must be followed by
   whitespace, so ``27.02.2026``, ``1.500.000``, ``U.S.``, ``Е.Көшербаев`` and
   ``“, каза той`` never split.
3. If the next word starts lowercase (after any opening quotes or a dialogue
   dash) it is not a boundary: ``3. kez``, ``." dedi.``, ``?» – деді ол.``.
4. ``!``, ``?``, ``…`` and ``...`` are otherwise boundaries.  A single period is
   not a boundary after: a listed abbreviation of the language, a one-letter
   initial (``J. Smith``, ``Э. Стипрайс``), a dotted upper-case acronym
   (``U.S. President``, ``Ж.Ж.``; in English it is a boundary before a common
   sentence opener: ``in 1100 A.D. Its``), a Turkish ordinal (``2. Elizabeth``,
   ``II. Dünya``), ``No.`` before a digit, or a line-initial upper-case
   dateline (``АСТАНА. KAZINFORM —``).  A unit (``млн.``, ``хил.``, ``ч.``,
   ``p.m.``) is a boundary unless a number or an all-caps code follows
   (``5 млн. USD``, ``12:00 ч. GMT``).
5. Bulgarian ``г.``/``в.`` after a number (година/век) is a boundary *unless* the
   year phrase is a clause-initial time adverbial: the preposition that opens it
   (``През``, ``В``, ``На``, ``От``…) starts the sentence, follows a comma, or
   follows a conjunction (``че``, ``и``, ``но``…).  So ``През 2025-2026 г.
   Казахстан …`` stays one sentence while ``… подписан през 2020 г. Той …``
   splits.  A mid-clause year followed by a capitalised name (``в доклада от
   2020 г. Световната банка``) is split wrongly: that needs syntax.
6. Punctuation with no letter or digit before a candidate (``. Scientists say``) is no sentence:
   it starts the next one.
"""
from __future__ import annotations

import regex

from . import lang as _lang
from .lang import COMMON_ABBREVIATIONS

__all__ = ["segment", "ABBREVIATIONS", "unpunctuated"]

RULES_VERSION = "rules-2"  # bump when a rule change can move a boundary: it is in every report signature

# What a language abbreviates, its sentence openers and its year abbreviations are in its
# pack (``workbench/lang/<code>.py``, field ``segmentation``). Abbreviations are lower-cased,
# without the final period; words that often end sentences ("etc.", "Inc.", Bulgarian
# "и др.") are deliberately left out.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    p.code: COMMON_ABBREVIATIONS | p.segmentation.abbreviations for p in _lang.packs()}
# Units after a number ("7 млн.", "5 км.", "09:19 p.m.") can end a sentence; the
# sentence goes on only before a number or an all-caps code ("млн. USD",
# "12:00 ч. GMT").  Every pack's units are used for every language.
_UNITS = frozenset(u for p in _lang.packs() for u in p.segmentation.unit_abbreviations)
_NO_RULES = _lang.Segmentation(abbreviations=frozenset())

_OPENERS = "«„“‘\"'([{‹"
_CLOSERS = "»”“’\"')]}›"
_DASHES = "–—-"
# Terminal punctuation run, its closing quotes/brackets, then the whitespace.
_CANDIDATE = regex.compile(rf"([.!?…]+)([{regex.escape(_CLOSERS)}]*)(\s+)")
_LINE = regex.compile(r"[^\n\r\v\f\x85\u2028\u2029]+")
# A sentence's own end: terminal punctuation (or a colon or semicolon that leads on), closers aside.
_ENDS_PUNCTUATED = regex.compile(rf"[.!?…:;][{regex.escape(_CLOSERS)}]*\s*$")
_NUMBER = regex.compile(r"\d[\d\-–.,]*")
_ROMAN = regex.compile(r"[IVXLCDM]+")
_DOTTED_UPPER = regex.compile(r"(?:\p{Lu}{1,2}\.)+\p{Lu}{1,2}")
# A sentence holds a letter or a digit: punctuation alone at a line's start (FLORES en line 29 opens
# ". Scientists say") is no sentence of its own but the start of the next (rule 6).
_WORDED = regex.compile(r"[\p{L}\p{N}]")


def _norm_lang(lang: str) -> str:
    return _lang.normalize(lang)


_NEXT_WORD = regex.compile(rf"[{regex.escape(_OPENERS + _DASHES)}\s]*([^\s{regex.escape(_CLOSERS)}]*)")


def _next_word(line: str, pos: int) -> str:
    """The word of ``line`` at ``pos``, without opening quotes/brackets or a dialogue dash (read in
    place: a copy of the rest of the line at every candidate is quadratic in a long line)."""
    m = _NEXT_WORD.match(line, pos)
    return m.group(1) if m else ""


# The rules read at most the last six words before a candidate (rule 5's preposition, up to four
# words before "<number> г", and the word before it); one word more tells "the sentence's first word".
_TAIL_WORDS = 8


def _last_words(line: str, start: int, end: int) -> list[str]:
    """The words of ``line[start:end]`` when there are at most ``_TAIL_WORDS``, else its last
    ``_TAIL_WORDS - 1`` words after one item standing for (the end of) the rest, which the rules
    never read. Read from a window at the end that grows until it holds them: splitting the
    whole head of a long sentence at every candidate is quadratic in the line."""
    size = 256
    while True:
        lo = max(start, end - size)
        words = line[lo:end].rsplit(None, _TAIL_WORDS - 1)
        if lo == start or len(words) == _TAIL_WORDS:
            return words
        size *= 4


def _year_is_boundary(words: list[str], rules: _lang.Segmentation) -> bool:
    """``words`` (the sentence so far) end with '<number> г' (or 'в'); see rule 5."""
    words = words[:-2]  # drop the number and 'г'
    for i in range(len(words) - 1, max(len(words) - 4, -1), -1):
        word = words[i].strip(_OPENERS).lower()
        if word in rules.time_prepositions:
            if i == 0 or words[i - 1].endswith(",") or words[i - 1].lower() in rules.clause_openers:
                return False
    return True


def _is_boundary(lang: str, line: str, line_start: int, sent_start: int,
                 m: regex.Match) -> bool:
    word = _next_word(line, m.end() - line_start)
    nxt = word[:1]
    # Lowercase, or punctuation such as ")" "," ";": the sentence goes on.
    if not nxt or nxt.islower() or not (nxt.isalnum() or nxt in "$€£₸№#@*"):
        return False
    punct, closers = m.group(1), m.group(2)
    if punct != ".":
        return True
    if closers:
        return True
    # the last few words of the sentence so far, not all of them: a long line of non-boundaries
    # ("Mr. Abc Mr. Abc …", "J. Smith J. Smith …") would split its whole growing head at every
    # candidate, quadratic in the line (a 320 KB line took minutes)
    words = _last_words(line, sent_start - line_start, m.start() - line_start)
    if not words:
        return True
    token = words[-1].lstrip(_OPENERS)
    low = token.lower()
    pack = _lang.get(lang)
    rules = pack.segmentation if pack is not None else _NO_RULES
    glued = regex.fullmatch(r"\d+(\p{L}+)", low)
    if glued and glued.group(1) in rules.year_abbreviations:  # bg "2020г."
        words, low = words[:-1] + [low[:-len(glued.group(1))], glued.group(1)], glued.group(1)
    if low in rules.year_abbreviations and len(words) >= 2 and (
            _NUMBER.fullmatch(words[-2]) or _ROMAN.fullmatch(words[-2])):
        return _year_is_boundary(words, rules)
    if low in ABBREVIATIONS.get(lang, COMMON_ABBREVIATIONS):
        return False
    if low in _UNITS:
        code = word.rstrip(".,;:")
        return not (nxt.isdigit() or (len(code) > 1 and code.isupper()))
    if low in ("no", "nos", "№") and nxt.isdigit():
        return False
    if len(token) == 1 and token.isupper():  # initial: "J. Smith", "Э. Стипрайс"
        return False
    if _DOTTED_UPPER.fullmatch(token):  # "U.S. President", "Ж.Ж. Ахметов"
        return word.lower() in rules.sentence_starters  # en "in 1100 A.D. Its"
    if rules.ordinal_period and (token.isdigit() or _ROMAN.fullmatch(token)):
        return False  # Turkish ordinals: "2. Elizabeth", "II. Dünya Savaşı"
    if len(words) == 1 and sent_start == line_start and token.isupper() and len(token) > 1:
        following = line[m.end() - line_start:].split(maxsplit=1)
        if following and following[0].isupper():  # dateline "АСТАНА. KAZINFORM —"
            return False
    return True


def unpunctuated(text: str) -> bool:
    """Whether a sentence ends without terminal punctuation (closing quotes and brackets aside):
    a line cut at its line break only (rule 1), a headline, subhead or dateline, not a body sentence."""
    return bool(text.strip()) and not _ENDS_PUNCTUATED.search(text)


def segment(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Half-open (start, end) character spans of sentences within text[start:end], offsets into `text`; spans strip surrounding whitespace, never empty, in order, non-overlapping."""
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"segment window [{start}, {end}) is outside the text (length {len(text)})")
    code = _norm_lang(lang)
    spans: list[tuple[int, int]] = []

    def emit(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))

    for line_m in _LINE.finditer(text, start, end):
        line, line_start = line_m.group(), line_m.start()
        sent_start = line_start
        for m in _CANDIDATE.finditer(text, line_start, line_m.end()):
            if m.end() >= line_m.end():  # only trailing whitespace follows
                break
            if _is_boundary(code, line, line_start, sent_start, m) and _WORDED.search(text, sent_start, m.start()):
                emit(sent_start, m.start(3))
                sent_start = m.end()
        emit(sent_start, line_m.end())
    return spans
