"""Signatures: what produced an output, in sacrebleu's ``key:value|...`` form.

Every artifact carries one so a reader can tell which models (and their content
hashes), thresholds and seed made it, and whether two reports are comparable.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping

from . import __version__
from .lexicon import lexicon_signature


def format_signature(fields: Mapping[str, object]) -> str:
    """``workbench:0.1.0|key:value|...``; keys sorted so equal settings give equal strings."""
    parts = [f"workbench:{__version__}"]
    parts += [f"{k}:{fields[k]}" for k in sorted(fields)]
    return "|".join(parts)


def lexicon_fields() -> dict[str, str]:
    """Which hunspell dictionaries (name and content hash) tell common words from names, per
    language: ``hunspell.kk:kk_KZ@<12 hex>`` or ``none`` (then the run's own lower-case words)."""
    return {f"hunspell.{code}": value for code, value in lexicon_signature().items()}


# hash_directory reads small files whole and only the ends of large ones: an NLLB folder is
# GBs and is hashed every time a backend opens. Weights retrained or requantized change their
# size or their first bytes (headers, first tensors), so the ends still tell models apart.
WHOLE_FILE_BYTES = 1 << 20
SAMPLE_BYTES = 1 << 16


def hash_directory(path: str, length: int = 12) -> str:
    """Fingerprint of a model directory: every file's relative name and size, the bytes of files
    up to WHOLE_FILE_BYTES and the first and last SAMPLE_BYTES of larger ones (no mtimes, so the
    same model copied elsewhere keeps its id and its cache entries)."""
    h = hashlib.sha256()
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for fn in sorted(files):
            full = os.path.join(root, fn)
            with open(full, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                h.update(os.path.relpath(full, path).encode("utf-8", "surrogateescape"))
                h.update(size.to_bytes(8, "little"))
                if size <= WHOLE_FILE_BYTES:
                    h.update(f.read())
                else:
                    h.update(f.read(SAMPLE_BYTES))
                    f.seek(size - SAMPLE_BYTES)
                    h.update(f.read(SAMPLE_BYTES))
    return h.hexdigest()[:length]


def hash_file(path: str, length: int = 12) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:length]
