"""Which backend and model translates each language, and the knobs that shape decoding.

Resolution, highest first: explicit overrides (command-line flags) >
environment (``WORKBENCH_MT_<LANG>=backend:path``) > ``workbench.toml``
(``[translate.<lang>] backend = "hf", model = "/path"`` and ``[translate]``
scalars) > embedded defaults. The embedded defaults need no model: Bulgarian uses
Apertium (bul→mkd→eng) and Serbian Apertium (hbs→eng) when installed, everything else
(Russian too: give it an NLLB ``rus_Cyrl`` or OPUS-MT ru-en model) is transliterated
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
CONFIG_FILE = "workbench.toml"  # read from the working directory by the commands when --config is not given


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
# The compute types CTranslate2 4.x accepts (its docs, "Quantization": compute_type values);
# checked here so a typo is a configuration error before any model loads.
COMPUTE_TYPES = ("default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16",
                 "float16", "bfloat16", "float32")


def default_choice(lang: str) -> ModelChoice:
    """What runs with nothing configured: Apertium where it has a pipeline (bg, sr) and is installed,
    else transliteration."""
    if backend_class("apertium").availability(None, lang) is None:
        return ModelChoice("apertium")
    return ModelChoice("translit")


def default_settings() -> TranslationSettings:
    """The embedded defaults alone: no file, no environment."""
    return TranslationSettings(models={lang: default_choice(lang) for lang in SOURCE_LANGS})


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


def _choice(backend: object, model: object, origin: str, base_dir: str | None,
            where: str | None = None) -> ModelChoice:
    """Check a backend/model pair; ``where`` names it in messages (default: the origin)."""
    where = where or origin
    if not isinstance(backend, str) or not (model is None or isinstance(model, str)):
        raise ConfigError(f"backend and model must be strings ({where}), got {backend!r:.40} and {model!r:.40}")
    cls = backend_class(backend)
    if cls.needs_model and not model:
        raise ConfigError(f"backend {backend!r} needs a model directory ({where}): "
                          f"write {backend}:/path/to/model, or use one of apertium, translit")
    if model and not cls.needs_model:
        raise ConfigError(f"backend {backend!r} takes no model directory ({where}), got {model!r}: "
                          f"write just {backend!r}, or use hf/ct2 with a model directory")
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
    if name == "compute_type" and value not in COMPUTE_TYPES:
        raise ConfigError(f"{where}: compute_type {value!r} is not one of {', '.join(COMPUTE_TYPES)}")
    return value


MAX_CONFIG_BYTES = 1 << 20  # a workbench.toml is a few lines


def _read_config(path: str) -> dict:
    from ..errors import InputError
    from ..inputs import read_regular  # a regular file only: a FIFO named workbench.toml would block forever

    try:
        return tomllib.loads(read_regular(path, MAX_CONFIG_BYTES).decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path!r} not found") from None
    except InputError as e:
        raise ConfigError(f"{path}: cannot read the config file ({e.reason})") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read the config file ({e.strerror or e})") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start}); TOML files are UTF-8") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    except ValueError:  # Python refuses integers of more than 4300 digits (CVE-2020-10735)
        raise ConfigError(f"{path}: invalid TOML: a number too long to read") from None


def load_settings(config_path: str | None, env: Mapping[str, str], overrides: Mapping) -> TranslationSettings:
    """Resolve settings: overrides > env > config file > defaults (see the module docstring).

    ``config_path`` None reads no file: which file (``./workbench.toml`` by default) is the
    command layer's decision, never a silent read of the working directory. ``overrides`` holds
    ``{"backends": {lang: "backend[:path]"}}`` plus any scalar setting by name
    (``allow_pickle``, ``beam_size``…); None values are ignored.
    """
    models = {lang: default_choice(lang) for lang in SOURCE_LANGS}
    scalars: dict[str, object] = {}

    if config_path is not None:
        table = _read_config(config_path).get("translate", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{config_path}: 'translate' must be a table ([translate] or [translate.<lang>]), "
                              f"got {type(table).__name__} {table!r:.40}")
        base = os.path.dirname(os.path.abspath(config_path))
        for key, value in table.items():
            where = f"{config_path}: [translate]"
            if isinstance(value, dict):
                _check_lang(key, where)
                unknown = set(value) - {"backend", "model"}
                if unknown:
                    raise ConfigError(f"{config_path}: [translate.{key}]: unknown keys {sorted(unknown)}; "
                                      "valid keys: backend, model")
                here = f"{config_path}: [translate.{key}]"
                if "backend" in value:
                    models[key] = _choice(value["backend"], value.get("model"), "config", base, here)
                elif "model" in value:
                    if not isinstance(value["model"], str):
                        raise ConfigError(f"{here}: model must be a string (a directory), got {value['model']!r:.40}")
                    models[key] = parse_spec(value["model"], "config", base)
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
