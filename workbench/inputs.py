"""Find and read input files for the CLI; every failure becomes one InputError naming the file.

Only regular files are read (a FIFO named ``x.txt`` would block the run forever, a
device never ends). ``-`` reads standard input: JSONL when its first character is
``{``, else one text document with id ``stdin``. A text document's id is its path
relative to the folder it was found in, without the suffix (``outletA/001``), so
two outlets' ``001.txt`` are two documents; a file named on the command line is
known by its stem. Ids and names that are not valid UTF-8 are shown (and stored)
with ``\\xNN`` escapes.
"""
from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass

from .corpus import bad_id_reason, parse_file, parse_jsonl_lines, valid_lang_code
from .document import Document
from .encoding import DEFAULT_MAX_BYTES, line_number
from .errors import ConfigError, InputError
from .segmentation import segment_document

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# What `workbench run` and `workbench report` write (report.json, report.html, claims.tsv, flags.tsv):
# a file named directly is read as text whatever its suffix, but one of these is a run's output
# (`workbench run out/*`), never a report to read: refused, so a run does not read its own outputs.
OUTPUT_SUFFIXES = (".json", ".html", ".htm", ".tsv")
STDIN = "-"
# A news report has tens of sentences, a long one hundreds. Event grouping compares every
# sentence with every other, so one 100k-line file would need a 75 GiB matrix; a document
# this long is refused at ingest instead (--max-sentences raises the limit).
DEFAULT_MAX_SENTENCES = 20_000
# A sentence longer than this is refused with its document: the longest sentence the segmenter
# cuts from real news in eval data is 1,298 characters (a run-on WMT 2017 sentence; FLORES 405,
# the seeds 310), so a longer one is a table, a dump or a file without line breaks, not prose.
# What two linked sentences' facts are paired on grows with the square of their length (a
# 5,000-character line of numbers holds 700 figures: half a million comparisons, seconds); a 3 MB
# line of numbers ran for hours. --max-sentence-chars raises it.
DEFAULT_MAX_SENTENCE_CHARS = 5_000


@dataclass(frozen=True)
class InputFile:
    path: str  # as on disk (may hold surrogate escapes of undecodable bytes), or "-" for stdin
    doc_id: str  # id of the document a text file becomes


def display_name(path: str) -> str:
    """The path as printable UTF-8: undecodable bytes (surrogate escapes) become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace") if path != STDIN else "<stdin>"


def _not_regular(path: str, mode: int) -> InputError:
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a folder" if stat.S_ISDIR(mode) else "not a regular file")
    return InputError(display_name(path), f"{kind}, not a regular file; only regular files are read")


def _stem_id(path: str, root: str | None) -> str:
    rel = os.path.relpath(path, root) if root else os.path.basename(path)
    return display_name(os.path.splitext(rel)[0]).replace(os.sep, "/")


def _checked(path: str, doc_id: str) -> InputFile | InputError:
    """The file if it is a regular one (following links), else why it is refused."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        return InputError(display_name(path), f"cannot read ({e.strerror or e})")
    return InputFile(path, doc_id) if stat.S_ISREG(mode) else _not_regular(path, mode)


def collect_paths(inputs: list[str]) -> tuple[list[InputFile], list[InputError]]:
    """Files as given, folders expanded (sorted, hidden files skipped) to their text and JSONL files."""
    found: list[InputFile | InputError] = []
    for item in inputs:
        if item == STDIN:
            found.append(InputFile(STDIN, "stdin"))
        elif os.path.isdir(item):
            for root, dirs, names in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [_checked(full, _stem_id(full, item))
                          for full in (os.path.join(root, f) for f in sorted(names)
                                       if not f.startswith(".") and f.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES))]
        elif item.lower().endswith(OUTPUT_SUFFIXES) and os.path.lexists(item):
            found.append(InputError(display_name(item), "a .json, .html or .tsv file is what `workbench run` writes, "
                                                        "not an input (inputs are .txt, .text, .md, .jsonl or .ndjson)"))
        elif os.path.lexists(item):
            found.append(_checked(item, _stem_id(item, None)))
        else:
            found.append(InputError(display_name(item), "no such file or folder"))
    return ([f for f in found if isinstance(f, InputFile)], [e for e in found if isinstance(e, InputError)])


def read_regular(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file; a FIFO or device is refused before any blocking read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):  # before fdopen, which refuses a folder naming the descriptor ("Is a directory: 3")
        os.close(fd)
        raise _not_regular(path, st.st_mode)
    with os.fdopen(fd, "rb") as f:
        if st.st_size > max_bytes:  # refuse before reading a huge file into memory
            raise InputError(display_name(path), _too_large(st.st_size, max_bytes))
        return f.read(max_bytes + 1)


def _too_large(size: int, max_bytes: int) -> str:
    return f"file too large ({size / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB; raise it with --max-bytes)"


def _is_jsonl(path: str, data: bytes) -> bool:
    if path == STDIN:
        return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
    return path.lower().endswith(JSONL_SUFFIXES)


def check_limits(max_bytes: int, max_sentences: int, max_sentence_chars: int = DEFAULT_MAX_SENTENCE_CHARS) -> None:
    """Every limit is a positive number; anything else is a ConfigError."""
    check_limit("--max-bytes", max_bytes)
    check_limit("--max-sentences", max_sentences)
    check_limit("--max-sentence-chars", max_sentence_chars)


def limits_signature(max_bytes: int, max_sentences: int, max_sentence_chars: int) -> dict[str, str]:
    """The input limits as report signature fields (``input.*``): they decide which documents a
    run reads, never what it finds in one (``incremental.NEUTRAL_SETTINGS``)."""
    return {"input.max_bytes": str(max_bytes), "input.max_sentences": str(max_sentences),
            "input.max_sentence_chars": str(max_sentence_chars)}


def check_sentence_length(doc: Document, where: str, limit: int, text_file: bool) -> None:
    """Refuse a segmented document holding a sentence longer than ``limit`` characters
    (``DEFAULT_MAX_SENTENCE_CHARS``); the error names ``where`` and, for a text file, the line
    the sentence starts on (a JSONL ``where`` is its record's line already)."""
    longest = max(doc.sentences, key=lambda s: s.end - s.start, default=None)
    if longest is None or longest.end - longest.start <= limit:
        return
    at = f"{where}:{line_number(doc.text, longest.start)}" if text_file else where
    raise InputError(at, _too_long("sentence", longest.end - longest.start, limit))


def check_line_lengths(lines: list[str], name: str, limit: int) -> None:
    """Refuse input of one sentence a line (``workbench translate``) holding a line longer than
    ``limit`` characters, naming its line: Apertium took over ten minutes on one 2 MB line."""
    check_limit("--max-sentence-chars", limit)
    for n, line in enumerate(lines, 1):
        if len(line) > limit:
            raise InputError(f"{name}:{n}", _too_long("line", len(line), limit))


def _too_long(what: str, length: int, limit: int) -> str:
    return f"a {what} of {length} characters > limit {limit} (not prose: a table or a dump? raise it with --max-sentence-chars)"


def check_limit(flag: str, value: int) -> None:
    """A limit given as ``flag`` is a positive whole number; anything else is a ConfigError."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{flag} must be a positive whole number, got {value!r}")


def _parse(item: InputFile, data: bytes, lang: str | None, max_bytes: int
           ) -> tuple[list[tuple[str, Document]], list[InputError], bool]:
    """``(where, document)`` pairs (where = file or file:line), the errors of bad records, and
    whether the input was one text file (its lines are lines of the document's text)."""
    name = display_name(item.path)
    if len(data) > max_bytes:
        raise InputError(name, _too_large(len(data), max_bytes))
    if _is_jsonl(item.path, data):
        got, bad = parse_jsonl_lines(data, name, max_bytes=max_bytes)
        return [(f"{name}:{n}", d) for n, d in got], bad, False
    why = bad_id_reason(item.doc_id)
    if why:
        raise InputError(name, f"file name unusable as a document id: {why}; rename the file")
    return [(name, parse_file(data, name, item.doc_id, lang=lang, max_bytes=max_bytes))], [], True


def read_documents(files: list[InputFile | str], *, lang: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES, max_sentences: int = DEFAULT_MAX_SENTENCES,
                   max_sentence_chars: int = DEFAULT_MAX_SENTENCE_CHARS,
                   ) -> tuple[list[Document], list[InputError]]:
    """Read and segment every input; a bad one is reported and skipped, the rest go on."""
    check_limits(max_bytes, max_sentences, max_sentence_chars)
    if lang is not None and not valid_lang_code(lang):
        raise ConfigError(f"--lang {lang!r}: not a language code; give an ISO 639 code such as kk, tr, bg, en")
    docs: list[Document] = []
    errors: list[InputError] = []
    seen: dict[str, str] = {}
    for item in files:
        if isinstance(item, str):
            item = InputFile(item, _stem_id(item, None)) if item != STDIN else InputFile(STDIN, "stdin")
        name = display_name(item.path)
        try:
            data = sys.stdin.buffer.read(max_bytes + 1) if item.path == STDIN else read_regular(item.path, max_bytes)
            got, bad, text_file = _parse(item, data, lang, max_bytes)
        except InputError as e:
            errors.append(e)
            continue
        except OSError as e:
            errors.append(InputError(name, f"cannot read ({e.strerror or e})"))
            continue
        errors += bad
        for where, d in got:
            if d.id in seen:
                errors.append(InputError(where, f"duplicate document id {d.id!r} (already read from {seen[d.id]})"))
                continue
            segment_document(d)
            if len(d.sentences) > max_sentences:
                errors.append(InputError(where, f"{len(d.sentences)} sentences > limit {max_sentences} "
                                                "(raise it with --max-sentences)"))
                continue
            try:
                check_sentence_length(d, where, max_sentence_chars, text_file)
            except InputError as e:
                errors.append(e)
                continue
            seen[d.id] = where
            docs.append(d)
    return docs, errors
