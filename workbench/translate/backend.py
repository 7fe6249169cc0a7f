"""The backend contract and its registry (CTranslate2's ``register_loader`` pattern).

A backend turns a batch of source sentences into English strings; everything
around that (caching, length-sorted batching, cutting long inputs, preservation
checks) lives in ``runner.py`` and is shared by all of them. Each backend is one
module that registers its class by name; an unknown name is a ConfigError that
lists every registered one.
"""
from __future__ import annotations

import importlib
import os

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from ..errors import ConfigError

if TYPE_CHECKING:
    from .settings import TranslationSettings

_BACKENDS: dict[str, type[Backend]] = {}


def register_backend(name: str) -> Callable[[type[Backend]], type[Backend]]:
    def decorate(cls: type[Backend]) -> type[Backend]:
        cls.name = name
        _BACKENDS[name] = cls
        return cls
    return decorate


def backend_names() -> tuple[str, ...]:
    return tuple(sorted(_BACKENDS))


def backend_class(name: str) -> type[Backend]:
    try:
        return _BACKENDS[name]
    except KeyError:
        raise ConfigError(f"unknown translation backend {name!r}; valid backends: {', '.join(backend_names())}") from None


class Backend(ABC):
    """One loaded translation engine for one source language into English.

    Constructed as ``cls(model_dir_or_None, src_lang, settings)``; the constructor
    loads everything and raises ModelError (saying what to do) when it cannot.
    """

    name: ClassVar[str]
    needs_model: ClassVar[bool] = False  # True when a model directory must be configured
    untranslated: ClassVar[bool] = False  # True when the output is not a translation (translit)
    model_id: str  # "<name>#<content hash>", computed once when the backend is opened
    max_input_tokens: int | None = None  # None: any length is accepted, nothing is cut
    batch_size: int | None = None  # set when a call's cost is fixed (process start), to override settings

    # For model backends: the package they import, the file that marks a model directory of
    # theirs, and what that directory is called in messages.
    package: ClassVar[str | None] = None
    extra: ClassVar[str] = ""
    marker_file: ClassVar[str | None] = None
    model_kind: ClassVar[str] = "model"

    @classmethod
    def availability(cls, model: str | None, lang: str) -> str | None:
        """Why this backend cannot run for ``lang`` with ``model`` (None when it can), without loading it."""
        if cls.package:
            try:
                importlib.import_module(cls.package)
            except ImportError:
                return f"{cls.package} is not installed (pip install 'workbench[{cls.extra}]')"
        if cls.marker_file and (not model or not os.path.isfile(os.path.join(model, cls.marker_file))):
            return f"no {cls.model_kind} at {model!r}"
        return None

    def output_settings(self, settings: TranslationSettings) -> str:
        """The settings that change this backend's output, part of every cache key."""
        return ""

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Model input length of each text (only used when ``max_input_tokens`` is set)."""
        return [len(t.split()) for t in texts]

    @abstractmethod
    def translate_batch(self, texts: list[str], src_lang: str) -> list[str]:
        """English for each text, same order and count; texts are non-empty single lines."""
