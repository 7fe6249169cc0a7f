"""workbench: translate, align and cross-check multilingual news reports, offline."""

__version__ = "0.1.0"

SUPPORTED_LANGS = ("kk", "tr", "bg", "en")
