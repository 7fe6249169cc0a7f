"""Read documents from bytes: the seed format, plain text and JSONL.

The seed format starts with a header line `` date YYYY-MM-DD`` whose remainder is
either the headline (no sentence-final punctuation) or already the body (seeds
002 and 003). Offsets of the headline and body point into ``Document.text``.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata

from . import langid
from .document import Document
from .encoding import DEFAULT_MAX_BYTES, DecodeError, decode, split_lines
from .errors import InputError
from .segment import unpunctuated

# The header line ends at a newline, CRLF or a lone CR (old Mac files): \r is a line end too.
_HEADER = re.compile(r"\A[ \t]*date[ \t]+(?P<date>\S+)[ \t]*(?P<rest>[^\r\n]*)")
HEADLINE_MAX_CHARS = 300  # a longer first line is a paragraph, not a headline


def _parse_date(value: str, name: str, what: str = "malformed header: invalid date") -> _dt.date:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(name, f"{what} {value!r:.40} (expected YYYY-MM-DD)") from None


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_headline(line: str) -> bool:
    """A header line without terminal punctuation (``segment.unpunctuated``, the claims' test of a
    headline too) and short enough for one."""
    line = line.strip()
    return len(line) <= HEADLINE_MAX_CHARS and unpunctuated(line)


def parse_text(text: str, name: str, doc_id: str, *, lang: str | None = None,
               encoding: str = "utf-8", source: str | None = None) -> Document:
    """Build a Document from decoded text in the seed format or plain text."""
    date = title = None
    body_start = 0
    m = _HEADER.match(text)
    if m is None and text.lstrip().lower().startswith("date"):
        raise InputError(name, "malformed header: expected ' date YYYY-MM-DD' on the first line")
    if m is not None:
        date = _parse_date(m.group("date"), name)
        rest_start, line_end = m.start("rest"), m.end("rest")
        if _is_headline(m.group("rest")):
            title = _strip_span(text, rest_start, line_end)
            body_start = line_end
        else:
            body_start = rest_start
    body = _strip_span(text, body_start, len(text))
    if body[0] == body[1] and title is None:
        raise InputError(name, "no text after the header")
    content = text[title[0] if title else body[0]:body[1]]
    if lang:
        lang_source, score = "given", None
    else:
        lang, score = langid.detect(content)
        lang_source = "detected"
    return Document(id=doc_id, path=name, text=text, lang=lang, lang_source=lang_source,
                    lang_score=score, date=date, title=title, body=body, source=source,
                    encoding=encoding)


def parse_file(data: bytes, name: str, doc_id: str, *, lang: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Decode and parse one text file; raise InputError naming it on failure."""
    try:
        text, enc = decode(data, max_bytes=max_bytes)
    except DecodeError as e:
        raise InputError(name, str(e)) from None
    return parse_text(text, name, doc_id, lang=lang, encoding=enc)


def parse_jsonl(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Document], list[InputError]]:
    """One document a line (``id``, ``text``; optional ``lang``, ``date``, ``title``, ``source``).

    A given title becomes the first line of the document text, so that headline and
    body share one offset space. Bad lines are returned as errors; good ones are kept.
    """
    docs, errors = parse_jsonl_lines(data, name, max_bytes=max_bytes)
    return [d for _, d in docs], errors


def parse_jsonl_lines(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES
                      ) -> tuple[list[tuple[int, Document]], list[InputError]]:
    """As :func:`parse_jsonl`, each document with its line number (for messages naming file:line)."""
    try:
        text, enc = decode(data, max_bytes=max_bytes)
    except DecodeError as e:
        raise InputError(name, str(e)) from None
    docs: list[tuple[int, Document]] = []
    errors: list[InputError] = []
    for lineno, line in enumerate(split_lines(text), 1):  # a raw CR is never inside a JSON string (RFC 8259 §7)
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(InputError(where, f"invalid JSON ({e.msg})"))
            continue
        except RecursionError:
            errors.append(InputError(where, "invalid JSON (nested too deeply)"))
            continue
        except ValueError:  # Python refuses integers of more than 4300 digits (CVE-2020-10735)
            errors.append(InputError(where, "invalid JSON (a number too long to read)"))
            continue
        try:
            docs.append((lineno, _jsonl_document(_check_record(rec, where), where, enc)))
        except InputError as e:
            errors.append(e)
    return docs, errors


# Characters that make an id unprintable, unreviewable (a TSV line) or misleading (bidi
# overrides reorder the text around them): control, format, separator and surrogate.
_BAD_ID_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_LANG_CODE = re.compile(r"[a-z]{2,3}")


def bad_id_reason(doc_id: str) -> str | None:
    """Why a document id cannot be used (None when it can): empty, or holding control characters."""
    if not doc_id.strip():
        return "empty id"
    for c in doc_id:
        if unicodedata.category(c) in _BAD_ID_CATEGORIES or (c.isspace() and c != " "):
            return f"id {doc_id!r} contains the control character U+{ord(c):04X}"
    return None


def valid_lang_code(value: str) -> bool:
    """An ISO 639-1/639-3 code (``kk``, ``tr``, ``bg``, ``en``, ``deu``): 2-3 lower-case letters."""
    return isinstance(value, str) and _LANG_CODE.fullmatch(value) is not None


_OPTIONAL_STRINGS = ("lang", "date", "title", "source")
# JSON may escape half a surrogate pair ("\ud800"): valid JSON, not Unicode text (it cannot be
# encoded as UTF-8, and the language detector refuses it).
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _check_record(rec: object, where: str) -> dict:
    """Type-check one JSONL record, naming the offending field."""
    if not isinstance(rec, dict):
        raise InputError(where, f"each line must be a JSON object with string 'id' and 'text', got {type(rec).__name__}")
    doc_id = rec.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        raise InputError(where, "each line must be an object with string 'id' and 'text'"
                         + ("" if "id" not in rec else f" ('id' is {type(doc_id).__name__})"))
    why = bad_id_reason(str(doc_id))
    if why:
        raise InputError(where, why)
    if not isinstance(rec.get("text"), str):
        raise InputError(where, "each line must be an object with string 'id' and 'text'"
                         + ("" if "text" not in rec else f" ('text' is {type(rec['text']).__name__})"))
    for key in _OPTIONAL_STRINGS:
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(where, f"'{key}' must be a string or null, got {type(value).__name__} {value!r:.40}")
    for key in ("text", *_OPTIONAL_STRINGS):
        bad = _SURROGATE.search(rec.get(key) or "")
        if bad:
            raise InputError(where, f"'{key}' holds a lone surrogate \\u{ord(bad.group()):04x} (a broken "
                                    "\\u escape), not Unicode text")
    if rec.get("lang") and not valid_lang_code(rec["lang"]):
        raise InputError(where, f"'lang' {rec['lang']!r:.40} is not a language code (ISO 639: kk, tr, bg, en, ...)")
    return rec


def _jsonl_document(rec: dict, where: str, enc: str) -> Document:
    body_text = rec["text"]
    if not body_text.strip():
        raise InputError(where, "empty 'text'")
    title = (rec.get("title") or "").strip()
    full = f"{title}\n{body_text}" if title else body_text
    lang = rec.get("lang") or None
    if lang:
        score, lang_source = None, "given"
    else:
        lang, score = langid.detect(full)
        lang_source = "detected"
    date = _parse_date(rec["date"], where, "'date' is not a calendar date:") if rec.get("date") else None
    body = _strip_span(full, len(title) + 1 if title else 0, len(full))
    return Document(id=str(rec["id"]), path=where.rsplit(":", 1)[0], text=full, lang=lang,
                    lang_source=lang_source, lang_score=score, date=date,
                    title=(0, len(title)) if title else None, body=body,
                    source=rec.get("source"), encoding=enc)
