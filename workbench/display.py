"""Text made safe to show: invisible characters made visible, spreadsheet cells made inert.

Ids, paths and other metadata come from file names and JSONL fields a hostile user controls.
A right-to-left override (U+202E) in a document id makes the text after it read backwards
("15 memoranda" shows as "adnaromem 51"); a zero-width or control character makes two ids
look the same. Such characters are shown as ``\\u202e`` (Python/JSON notation, so a shown id
can be typed back: the review command accepts it). Source sentences keep their format
characters (soft hyphens, joiners) except the ones that reorder or hide text.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Unicode general categories of characters that are invisible or act on other characters:
# controls, format characters (bidi controls, zero-width marks, BOM), line/paragraph
# separators and lone surrogates (undecodable bytes of a file name).
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
# Bidi controls (Unicode UAX #9, "Explicit Directional Formatting Characters" and the
# implicit marks ALM/LRM/RLM): the ones that reorder what follows them.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Leading characters a spreadsheet reads as a formula (OWASP "CSV Injection"): = + - @,
# and tab / carriage return.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@functools.cache
def _hidden_class() -> str:
    """A regex character class of every HIDDEN_CATEGORIES character (built once, planes 0, 1 and 14)."""
    ranges: list[list[int]] = []
    for plane in (range(0x10000), range(0x10000, 0x20000), range(0xE0000, 0xE1000)):
        for cp in plane:
            if unicodedata.category(chr(cp)) in HIDDEN_CATEGORIES:
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp])
    return "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in ranges)


@functools.cache
def hidden_re() -> re.Pattern:
    """Every invisible or text-moving character (including tab and newline)."""
    return re.compile(f"[{_hidden_class()}]")


_IN_TEXT = re.compile(f"[{BIDI_CONTROLS}\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ud800-\\udfff]")


def code_point(ch: str) -> str:
    """``\\u202e`` for one character (``\\U000e0001`` beyond the BMP)."""
    cp = ord(ch)
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def reveal(text: str) -> str:
    """An id or piece of metadata with every hidden character written as its code point."""
    return hidden_re().sub(lambda m: code_point(m.group()), text)


def reveal_in_text(text: str) -> str:
    """Running text with bidi controls, non-whitespace controls and lone surrogates written as code points.

    Tab, newline, soft hyphen and joiners stay: they belong to text and move nothing.
    """
    return _IN_TEXT.sub(lambda m: code_point(m.group()), text)


def spreadsheet_cell(text: str) -> str:
    """A cell a spreadsheet will not evaluate: a formula-like start gets a leading ``'`` (OWASP)."""
    return "'" + text if text.startswith(FORMULA_START) or text.lstrip().startswith(FORMULA_START) else text
