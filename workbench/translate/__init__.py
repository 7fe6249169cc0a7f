"""The translation stage: kk, tr, bg sentences into English.

``translate_documents`` is what the pipeline calls; ``translate_texts`` serves the
``workbench translate`` command; ``load_settings`` resolves which backend/model
runs per language. Backends (one module each) register by name: ``hf``
(transformers), ``ct2`` (CTranslate2), ``apertium`` (rule-based, Bulgarian) and
``translit`` (no model: transliteration marked untranslated).
"""
from __future__ import annotations

from . import apertium, ct2, hf, translit  # noqa: F401  (register the backends)
from .backend import Backend, backend_class, backend_names, register_backend
from .runner import open_backend, translate_documents, translate_texts
from .settings import SOURCE_LANGS, ModelChoice, TranslationSettings, load_settings

__all__ = [
    "Backend", "ModelChoice", "SOURCE_LANGS", "TranslationSettings", "backend_class", "backend_names",
    "load_settings", "open_backend", "register_backend", "translate_documents", "translate_texts",
]
