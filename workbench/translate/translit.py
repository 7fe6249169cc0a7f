"""The no-model backend: the source in Latin script, marked untranslated.

It lets a fresh install run end to end and gives readers something legible, but
it is not a translation: ``Translation.untranslated`` is True and no
preservation check runs on it. Turkish is already Latin and passes unchanged.
"""
from __future__ import annotations

from ..translit import transliterate
from .backend import Backend, register_backend


@register_backend("translit")
class TranslitBackend(Backend):
    untranslated = True

    def __init__(self, model: str | None, lang: str, settings) -> None:
        self.model_id = "translit"

    def translate_batch(self, texts: list[str], src_lang: str) -> list[str]:
        return [transliterate(t, src_lang) for t in texts]  # Latin text (tr, Serbian Latin) passes unchanged
