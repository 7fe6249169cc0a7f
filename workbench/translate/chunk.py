"""Cut a sentence that is too long for the model into pieces that fit, losing nothing.

Models truncate silently past their input limit, which drops the end of long
news sentences. Pieces are cut at clause punctuation first (``, ; : – —`` then a
space), then at spaces, and only an unbroken run longer than the limit is cut
inside; then adjacent pieces are merged back greedily while they still fit, so
a model sees as much context as it can. ``"".join(pieces) == text`` always.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_CLAUSE = re.compile(r"(?<=[,;:])\s+|\s+(?=[–—-]\s)|(?<=[)»”\"])\s+")
_SPACE = re.compile(r"(?<=\S)\s+")


def _cut(text: str, pattern: re.Pattern) -> list[str]:
    """Split after each match, keeping the separator with the left piece."""
    pieces, last = [], 0
    for m in pattern.finditer(text):
        if m.end() > last and m.end() < len(text):
            pieces.append(text[last:m.end()])
            last = m.end()
    pieces.append(text[last:])
    return [p for p in pieces if p]


def split_to_fit(text: str, count: Callable[[str], int], limit: int) -> list[str]:
    """Pieces of ``text`` each within ``limit`` by ``count`` (when any cut allows it)."""
    if count(text) <= limit:
        return [text]
    units: list[str] = []
    for clause in _cut(text, _CLAUSE):
        if count(clause) <= limit:
            units.append(clause)
            continue
        for word in _cut(clause, _SPACE):
            units.extend([word] if count(word) <= limit else _halve(word, count, limit))
    merged: list[str] = []
    for unit in units:
        if merged and count(merged[-1] + unit) <= limit:
            merged[-1] += unit
        else:
            merged.append(unit)
    return merged


def _halve(text: str, count: Callable[[str], int], limit: int) -> list[str]:
    if len(text) <= 1 or count(text) <= limit:
        return [text]
    mid = len(text) // 2
    return _halve(text[:mid], count, limit) + _halve(text[mid:], count, limit)
