"""Find and read input files for the CLI; every failure becomes one InputError naming the file."""
from __future__ import annotations

import os

from .corpus import parse_file, parse_jsonl
from .document import Document
from .encoding import DEFAULT_MAX_BYTES
from .errors import InputError

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


def collect_paths(inputs: list[str]) -> tuple[list[str], list[InputError]]:
    """Files as given, folders expanded (sorted, hidden files skipped) to their text and JSONL files."""
    paths: list[str] = []
    errors: list[InputError] = []
    for item in inputs:
        if os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                paths += [os.path.join(root, f) for f in sorted(files)
                          if not f.startswith(".") and f.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES)]
        elif os.path.isfile(item):
            paths.append(item)
        else:
            errors.append(InputError(item, "no such file or folder"))
    return paths, errors


def read_documents(paths: list[str], *, lang: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Document], list[InputError]]:
    """Read every path; a bad one is reported and skipped, the rest go on."""
    docs: list[Document] = []
    errors: list[InputError] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            size = os.path.getsize(path)
            if size > max_bytes:  # refuse before reading a huge file into memory
                raise InputError(path, f"file too large ({size / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB; raise it with --max-bytes)")
            with open(path, "rb") as f:
                data = f.read()
            if path.lower().endswith(JSONL_SUFFIXES):
                got, bad = parse_jsonl(data, path, max_bytes=max_bytes)
                errors += bad
            else:
                stem = os.path.splitext(os.path.basename(path))[0]
                got = [parse_file(data, path, stem, lang=lang, max_bytes=max_bytes)]
        except InputError as e:
            errors.append(e)
            continue
        except OSError as e:
            errors.append(InputError(path, f"cannot read ({e.strerror or e})"))
            continue
        for d in got:
            if d.id in seen:
                errors.append(InputError(path, f"duplicate document id {d.id!r} (already read from {seen[d.id]})"))
                continue
            seen[d.id] = path
            docs.append(d)
    return docs, errors
