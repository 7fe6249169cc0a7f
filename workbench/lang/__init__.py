"""Language packs: everything the workbench knows about a language, one module per language.

``workbench/lang/<code>.py`` defines ``PACK``, a ``LanguagePack`` (see ``pack.py`` for
what each field is for); the registry below is the only list of supported languages:
every other one (CLI choices, facts, translation sources, language ID) derives from it.
Adding a language = one new module listed in ``_MODULES`` plus its tests (README,
"Adding a language"). Languages that language ID names but nothing else reads (Macedonian,
close to bg and sr) have a module with ``LANGUAGE``, a ``DetectedLanguage``, listed in
``_DETECTED_MODULES``: they are recognised (``identified``), never supported.
"""
from __future__ import annotations

from . import bg, en, kk, mk, ru, sr, tr
from .pack import (ABOUT, AT_LEAST, EXACT, HEDGES, LESS_THAN, MORE_THAN, UP_TO, UP_TO_ABOUT, Dates, DetectedLanguage,
                   LangIdHints, LanguagePack, Names, Numbers, Segmentation, hedge_table)

_MODULES = (kk, tr, bg, en, ru, sr)
REGISTRY: dict[str, LanguagePack] = {m.PACK.code: m.PACK for m in _MODULES}
SUPPORTED: tuple[str, ...] = tuple(REGISTRY)
SOURCE_LANGS: tuple[str, ...] = tuple(c for c, p in REGISTRY.items() if p.translate_to_english)
_DETECTED_MODULES = (mk,)
DETECTED_ONLY: dict[str, DetectedLanguage] = {m.LANGUAGE.code: m.LANGUAGE for m in _DETECTED_MODULES}
_ALIASES = {p.iso3: c for c, p in (*REGISTRY.items(), *DETECTED_ONLY.items())}

# Latin abbreviations no language's sentence ends with; valid in every language.
COMMON_ABBREVIATIONS = frozenset({"vs", "ca", "cf", "approx"})


def normalize(code: str) -> str:
    """"kk", "KK", "kk-KZ", "kaz", "kaz_Cyrl" -> "kk"; other codes lower-cased, region dropped."""
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(base, base)


def get(code: str) -> LanguagePack | None:
    """The pack of a language code (any of ``normalize``'s spellings), None if unsupported."""
    return REGISTRY.get(normalize(code))


def is_supported(code: str) -> bool:
    return normalize(code) in REGISTRY


def packs() -> tuple[LanguagePack, ...]:
    return tuple(REGISTRY.values())


def identified() -> tuple[LanguagePack | DetectedLanguage, ...]:
    """Every language language ID names from its hints: the packs, then the unsupported ones."""
    return (*REGISTRY.values(), *DETECTED_ONLY.values())


def name(code: str) -> str:
    """The English name of a supported or recognised language, else the code itself."""
    lang = REGISTRY.get(normalize(code)) or DETECTED_ONLY.get(normalize(code))
    return lang.name if lang else code


__all__ = ["ABOUT", "AT_LEAST", "COMMON_ABBREVIATIONS", "DETECTED_ONLY", "EXACT", "HEDGES", "LESS_THAN",
           "MORE_THAN", "UP_TO", "UP_TO_ABOUT", "Dates", "DetectedLanguage", "LangIdHints", "LanguagePack", "Names",
           "Numbers",
           "REGISTRY", "SOURCE_LANGS", "SUPPORTED", "Segmentation", "get", "hedge_table", "identified",
           "is_supported", "name", "normalize", "packs"]
