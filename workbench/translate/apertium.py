"""Rule-based translation into English through Apertium: Bulgarian and Serbian.

Debian ships no direct bul-eng pair; ``bul-mkd`` then ``mkd-eng`` does the job, run as
two chained processes per batch. Serbian goes through ``hbs-eng`` (Debian
``apertium-hbs-eng``), which reads Latin script only: Serbian Cyrillic is transliterated
letter for letter first (``transliterate(..., "sr")``). Modes run once per batch (not
per sentence: each ``apertium`` call costs ~0.1 s of start-up). Sentences go in separated by blank lines, which the
plain-text deformatter keeps as paragraph breaks (checked on all 1012 FLORES
devtest lines: 1012 out). If a batch ever comes back with a different count it
is split in halves and retried, down to single sentences.

Apertium marks unknown words ``*word``, transfer gaps ``@word`` and generation
gaps ``#word``; the marks are removed and any word still in Cyrillic is
transliterated, so names (``**Токаев``) come out as ``Tokaev``.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from ..errors import ModelError
from ..translit import transliterate
from .backend import Backend, register_backend



@dataclass(frozen=True)
class Pipeline:
    """The Apertium modes that take a source language into English, in order."""

    modes: tuple[str, ...]
    packages: str  # the Debian packages that install them
    latin_input: bool = False  # the first mode reads Latin script: transliterate Cyrillic first


PIPELINES = {"bg": Pipeline(("bul-mkd", "mkd-eng"), "apertium-mkd-bul apertium-mkd-eng"),
             "sr": Pipeline(("hbs-eng",), "apertium-hbs-eng", latin_input=True)}
_MARKS = re.compile(r"(?<![\w*#@])[*#@]+(?=\w)")
_CYRILLIC_WORD = re.compile(r"\w*[\u0400-\u04FF]\w*")
_SEPARATOR = "\n\n"
# Letters of the Macedonian pivot that leak into unknown words (Ipokraј); not in the Bulgarian table.
_MACEDONIAN = str.maketrans({"ј": "j", "Ј": "J", "њ": "nj", "Њ": "Nj", "љ": "lj", "Љ": "Lj", "ќ": "kj",
                             "Ќ": "Kj", "ѓ": "gj", "Ѓ": "Gj", "ѕ": "dz", "Ѕ": "Dz", "џ": "dzh", "Џ": "Dzh"})


@functools.lru_cache(maxsize=None)
def installed_modes() -> tuple[str, ...]:
    """Mode names ``apertium -l`` lists; empty when the binary is missing or broken."""
    exe = shutil.which("apertium")
    if exe is None:
        return ()
    try:
        out = subprocess.run([exe, "-l"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(line.strip() for line in out.splitlines() if line.strip())


def _mode_files(mode: str) -> list[str]:
    """Data files a mode uses (from its ``.mode`` shell line), for the content hash."""
    exe = shutil.which("apertium") or "/usr/bin/apertium"
    prefix = os.path.dirname(os.path.dirname(os.path.realpath(exe)))
    mode_file = os.path.join(prefix, "share", "apertium", "modes", f"{mode}.mode")
    if not os.path.isfile(mode_file):
        return []
    with open(mode_file, encoding="utf-8") as f:
        line = f.read()
    return [mode_file] + sorted(p for p in set(re.findall(r"'(/[^']+)'", line)) if os.path.isfile(p))


@functools.lru_cache(maxsize=None)
def _pair_hash(modes: tuple[str, ...]) -> str:
    h = hashlib.sha256()
    for mode in modes:
        for path in _mode_files(mode):
            h.update(os.path.basename(path).encode())
            with open(path, "rb") as f:
                h.update(f.read())
    return h.hexdigest()[:12]


def clean(text: str, src_lang: str) -> str:
    """Drop unknown-word marks and transliterate leftover source words."""
    text = _MARKS.sub("", text)
    text = _CYRILLIC_WORD.sub(lambda m: transliterate(m.group(0), src_lang).translate(_MACEDONIAN), text)
    return " ".join(text.split())


@register_backend("apertium")
class ApertiumBackend(Backend):
    # Each call starts ~20 processes (~0.35 s); 1012 FLORES sentences take 1.5 s in one call
    # but 39 s in batches of 16, so batches are as large as memory comfortably allows.
    batch_size = 1000
    def __init__(self, model: str | None, lang: str, settings) -> None:
        why = self.availability(model, lang)
        if why:
            raise ModelError(f"{lang}: {why}; or choose another backend (see `workbench models list`)")
        modes = PIPELINES[lang].modes
        pair = "-".join([modes[0].split("-")[0]] + [m.split("-")[1] for m in modes])  # bul-mkd-eng
        self.model_id = f"apertium-{pair}#{_pair_hash(modes)}"

    @classmethod
    def availability(cls, model: str | None, lang: str) -> str | None:
        if lang not in PIPELINES:
            return f"apertium: no pipeline into English for {lang!r} (available: {', '.join(PIPELINES)})"
        if shutil.which("apertium") is None:
            return f"the apertium binary is not installed (Debian: apt install apertium {PIPELINES[lang].packages})"
        missing = [m for m in PIPELINES[lang].modes if m not in installed_modes()]
        if missing:
            return (f"apertium modes {', '.join(missing)} are not installed "
                    f"(Debian: apt install {PIPELINES[lang].packages})")
        return None

    def translate_batch(self, texts: list[str], src_lang: str) -> list[str]:
        pipeline = PIPELINES[src_lang]
        if pipeline.latin_input:
            texts = [transliterate(t, src_lang) for t in texts]
        raw = self._run(texts, pipeline.modes)
        return [clean(t, src_lang) for t in raw]

    def _run(self, texts: list[str], modes: tuple[str, ...]) -> list[str]:
        data = _SEPARATOR.join(" ".join(t.split()) for t in texts) + "\n"
        for mode in modes:
            try:
                proc = subprocess.run(["apertium", mode], input=data, capture_output=True, text=True, check=True)
            except (OSError, subprocess.CalledProcessError) as e:
                detail = getattr(e, "stderr", "") or str(e)
                raise ModelError(f"apertium {mode} failed: {detail.strip()[:200]}") from None
            data = proc.stdout
        parts = data.strip("\n").split(_SEPARATOR)
        if len(parts) == len(texts):
            return parts
        if len(texts) == 1:
            return [" ".join(data.split())]
        half = len(texts) // 2
        return self._run(texts[:half], modes) + self._run(texts[half:], modes)
