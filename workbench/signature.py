"""Signatures: what produced an output, in sacrebleu's ``key:value|...`` form.

Every artifact carries one so a reader can tell which models (and their content
hashes), thresholds and seed made it, and whether two reports are comparable.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping

from . import __version__


def format_signature(fields: Mapping[str, object]) -> str:
    """``workbench:0.1.0|key:value|...``; keys sorted so equal settings give equal strings."""
    parts = [f"workbench:{__version__}"]
    parts += [f"{k}:{fields[k]}" for k in sorted(fields)]
    return "|".join(parts)


def hash_directory(path: str, length: int = 12) -> str:
    """Content hash of the files of a model directory (names and bytes), so a changed model changes the key."""
    h = hashlib.sha256()
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for fn in sorted(files):
            full = os.path.join(root, fn)
            h.update(os.path.relpath(full, path).encode())
            with open(full, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
    return h.hexdigest()[:length]


def hash_file(path: str, length: int = 12) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:length]
