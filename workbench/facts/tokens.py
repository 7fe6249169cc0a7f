"""Word, number and punctuation tokens of one sentence, with offsets into the document.

Numbers keep an attached suffix apart from their digits (``60-тан``, ``60'tan``,
``5th``): the digits carry the value, the suffix the case or ordinal marker.
Thousands grouped by spaces (``1 500 000``, also NBSP and thin space) are one
token only in languages that write numbers that way (kk, bg, and unknown ones).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

_SPACES = " \u00a0\u202f\u2009"
# Vowel letters of the packs' alphabets (Latin with Turkish ı ö ü; Cyrillic with Kazakh ә ө ұ ү і
# and Ukrainian-style є ї seen in names), lower case: a stem without one is an abbreviation
# ("км"), a place name ending in one drops it before a case ending ("Канада" -> "Канаде").
VOWELS = frozenset("aeiouyıöüаеёиоуыэюяіөүұәєї")
_WORD = r"\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*"
# A suffix is glued to the digits, after a hyphen or apostrophe; typed news also leaves a space
# after the apostrophe before a short case ending ("70' den fazla": WMT Turkish news).
_SUFFIX = (r"(?:(?P<sep>[-'’])?(?P<suf>\p{L}[\p{L}\p{M}]*)"
           r"|(?P<sep2>['’])\s(?P<suf2>\p{Ll}{1,4})(?![\p{L}\p{M}]))?")
_NUM_PLAIN = r"\d+(?:[.,]\d+)*"
_NUM_SPACED = rf"\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?!\d)(?:,\d+)?"


def _pattern(space_groups: bool) -> regex.Pattern:
    num = f"(?:{_NUM_SPACED}|{_NUM_PLAIN})" if space_groups else _NUM_PLAIN
    return regex.compile(
        rf"(?P<num>(?<![\p{{L}}\d])(?P<digits>{num}){_SUFFIX})|(?P<word>{_WORD})|(?P<punct>[^\s\w]|_)")


_PATTERNS = {True: _pattern(True), False: _pattern(False)}


@dataclass(frozen=True)
class Token:
    kind: str  # "num" | "word" | "punct"
    start: int
    end: int
    text: str  # the whole token (digits plus suffix for numbers)
    digits_end: int = 0  # numbers: where the digits stop and the suffix begins
    suffix: str = ""  # numbers: letters after the digits, without the hyphen/apostrophe

    @property
    def lower(self) -> str:
        # Python lowers Turkish "İ" to "i" plus a combining dot above: «MİLYON», «KİŞİ» are «milyon», «kişi»
        return self.text.lower().replace("i\u0307", "i")

    @property
    def digits(self) -> str:
        return self.text[: self.digits_end - self.start]


def tokenize(text: str, start: int, end: int, space_groups: bool) -> list[Token]:
    """Tokens of ``text[start:end]``; offsets stay document offsets."""
    out = []
    for m in _PATTERNS[space_groups].finditer(text, start, end):
        if m.group("num") is not None:
            out.append(Token("num", m.start(), m.end(), m.group(), m.end("digits"),
                             m.group("suf") or m.group("suf2") or ""))
        elif m.group("word") is not None:
            out.append(Token("word", m.start(), m.end(), m.group()))
        else:
            out.append(Token("punct", m.start(), m.end(), m.group()))
    return out


def gap(text: str, a: Token, b: Token) -> str:
    """The characters between two tokens."""
    return text[a.end:b.start]


def overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether ``[s, e)`` overlaps one of ``spans`` (sorted and disjoint): a bisect, since a
    1 MB line holds hundreds of thousands of spans."""
    i = bisect.bisect_right(spans, (s, float("inf")))
    return (i > 0 and spans[i - 1][1] > s) or (i < len(spans) and spans[i][0] < e)
