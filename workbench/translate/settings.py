"""Which backend and model translates each language, and the knobs that shape decoding.

Resolution, highest first: explicit overrides (command-line flags) >
environment (``WORKBENCH_MT_<LANG>=backend:path``) > ``workbench.toml``
(``[translate.<lang>] backend = "hf", model = "/path"`` and ``[translate]``
scalars) > embedded defaults. The embedded defaults need no model: Bulgarian uses
Apertium (bul→mkd→eng) when it is installed, everything else is transliterated
and marked untranslated. A configured model that is missing is an error when it
is opened, never a silent fallback.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field

from .. import lang as _lang
from ..errors import ConfigError
from .backend import backend_class, backend_names

SOURCE_LANGS = _lang.SOURCE_LANGS  # the packs translated into English; "en" passes through
CONFIG_FILE = "workbench.toml"


@dataclass(frozen=True)
class ModelChoice:
    backend: str
    model: str | None = None  # model directory for hf/ct2; None for apertium/translit
    origin: str = "default"  # "flag" | "env" | "config" | "default"

    def describe(self) -> str:
        return f"{self.backend}:{self.model}" if self.model else self.backend


@dataclass(frozen=True)
class TranslationSettings:
    models: Mapping[str, ModelChoice] = field(default_factory=dict)  # per source language
    batch_size: int = 16  # sentences per model call; 16 keeps NLLB-600M under ~2 GB on CPU
    beam_size: int = 4  # OPUS-MT / NLLB published scores use beam 4-5
    max_input_tokens: int = 200  # cap below the model's own limit (512 for Marian/NLLB); long inputs are cut
    threads: int = 2  # intra-op threads for torch / CTranslate2
    compute_type: str = "int8"  # CTranslate2 compute type on CPU
    allow_pickle: bool = False  # load pytorch_model.bin (pickle can run code) only when asked

    def choice(self, lang: str) -> ModelChoice:
        try:
            return self.models[lang]
        except KeyError:
            raise ConfigError(f"no translation backend for language {lang!r}; "
                              f"translatable languages: {', '.join(SOURCE_LANGS)}") from None


_SCALAR_TYPES = {"batch_size": int, "beam_size": int, "max_input_tokens": int, "threads": int,
                 "compute_type": str, "allow_pickle": bool}


def default_choice(lang: str) -> ModelChoice:
    """What runs with nothing configured: Apertium for Bulgarian when installed, else transliteration."""
    if lang == "bg" and backend_class("apertium").availability(None, lang) is None:
        return ModelChoice("apertium")
    return ModelChoice("translit")


def parse_spec(spec: str, origin: str, base_dir: str | None = None) -> ModelChoice:
    """``backend``, ``backend:path`` or a bare model path (backend inferred from the directory)."""
    spec = spec.strip()
    name, sep, path = spec.partition(":")
    if name in backend_names():
        return _choice(name, path or None if sep else None, origin, base_dir)
    if sep and os.path.sep not in name and not os.path.exists(spec):
        backend_class(name)  # raises, listing the valid names
    return _choice(infer_backend(spec), spec, origin, base_dir)


def infer_backend(path: str) -> str:
    """``ct2`` for a CTranslate2 directory (model.bin), ``hf`` for a transformers one (config.json)."""
    if os.path.isfile(os.path.join(path, "model.bin")):
        return "ct2"
    if os.path.isfile(os.path.join(path, "config.json")):
        return "hf"
    raise ConfigError(f"cannot tell the backend of model {path!r} (no model.bin or config.json there); "
                      f"write it as BACKEND:PATH with BACKEND one of {', '.join(backend_names())}")


def _choice(backend: str, model: str | None, origin: str, base_dir: str | None) -> ModelChoice:
    cls = backend_class(backend)
    if cls.needs_model and not model:
        raise ConfigError(f"backend {backend!r} needs a model directory ({origin}): "
                          f"write {backend}:/path/to/model, or use one of apertium, translit")
    if model:
        model = os.path.expanduser(model)
        if base_dir and not os.path.isabs(model):
            model = os.path.normpath(os.path.join(base_dir, model))
    return ModelChoice(backend, model, origin)


def _check_lang(lang: str, where: str) -> None:
    if lang not in SOURCE_LANGS:
        raise ConfigError(f"{where}: unknown source language {lang!r}; translatable languages: "
                          f"{', '.join(SOURCE_LANGS)} (English needs no translation)")


def _scalar(name: str, value: object, where: str) -> object:
    if name not in _SCALAR_TYPES:
        raise ConfigError(f"{where}: unknown setting {name!r}; valid settings: "
                          f"{', '.join(sorted(_SCALAR_TYPES))} and per-language tables {', '.join(SOURCE_LANGS)}")
    want = _SCALAR_TYPES[name]
    if want is int and isinstance(value, str) and value.isdigit():
        value = int(value)
    if not isinstance(value, want) or (want is int and (isinstance(value, bool) or value < 1)):
        raise ConfigError(f"{where}: {name} must be a {'positive integer' if want is int else want.__name__}, got {value!r}")
    return value


def _read_config(path: str) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"config file {path!r} not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None


def load_settings(config_path: str | None, env: Mapping[str, str], overrides: Mapping) -> TranslationSettings:
    """Resolve settings: overrides > env > config file > defaults (see the module docstring).

    ``config_path`` None reads ``./workbench.toml`` when it exists. ``overrides`` holds
    ``{"backends": {lang: "backend[:path]"}}`` plus any scalar setting by name
    (``allow_pickle``, ``beam_size``…); None values are ignored.
    """
    models = {lang: default_choice(lang) for lang in SOURCE_LANGS}
    scalars: dict[str, object] = {}

    if config_path is None and os.path.isfile(CONFIG_FILE):
        config_path = CONFIG_FILE
    if config_path is not None:
        table = _read_config(config_path).get("translate", {})
        base = os.path.dirname(os.path.abspath(config_path))
        for key, value in table.items():
            where = f"{config_path}: [translate]"
            if isinstance(value, dict):
                _check_lang(key, where)
                unknown = set(value) - {"backend", "model"}
                if unknown:
                    raise ConfigError(f"{config_path}: [translate.{key}]: unknown keys {sorted(unknown)}; "
                                      "valid keys: backend, model")
                if "backend" in value:
                    models[key] = _choice(str(value["backend"]), value.get("model"), "config", base)
                elif "model" in value:
                    models[key] = parse_spec(str(value["model"]), "config", base)
            else:
                scalars[key] = _scalar(key, value, where)

    for lang in SOURCE_LANGS:
        spec = env.get(f"WORKBENCH_MT_{lang.upper()}")
        if spec:
            models[lang] = parse_spec(spec, "env")

    for key, value in overrides.items():
        if value is None:
            continue
        if key == "backends":
            for lang, spec in value.items():
                _check_lang(lang, "--backend")
                models[lang] = parse_spec(spec, "flag")
        elif key == "allow_pickle" and value is False:
            continue  # an unset store_true flag does not override the config file
        else:
            scalars[key] = _scalar(key, value, "flag")
    return TranslationSettings(models=models, **scalars)
