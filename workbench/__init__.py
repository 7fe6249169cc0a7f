"""workbench: translate, align and cross-check multilingual news reports, offline."""

__version__ = "0.1.0"

from .lang import SUPPORTED as SUPPORTED_LANGS  # noqa: E402  (the registry of language packs)
