"""Turn raw bytes into text, or refuse them with a reason.

News files reach us as UTF-8 (with or without BOM), UTF-16 from Windows tools, and
legacy single-byte Cyrillic (cp1251, and KZ-1048 for Kazakh) or Turkish (cp1254).
A wrong guess silently corrupts every later stage, so we only accept a decoding
whose result looks like text.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a news report is kilobytes; 20 MB is surely not one

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Letters present in KZ-1048 at byte positions where cp1251 has Serbian/Macedonian
# letters: many of these in a cp1251 reading mean the file is really Kazakh KZ-1048.
_CP1251_KZ_TELLS = set("ЉЊЌЋЏљњќћџЎўЈҐґ")


# A line ends at LF, CRLF or a lone CR (old Mac files) and nowhere else: str.splitlines also cuts
# at U+2028, U+0085, form feeds …, which a sentence may hold, and one input line must stay one line.
_LINE_END = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` as an editor and ``wc -l`` count them (a final line end adds none)."""
    lines = _LINE_END.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def line_number(text: str, offset: int) -> int:
    """The line (from 1) holding character ``offset`` of ``text``, lines ended as ``split_lines`` ends them."""
    return len(_LINE_END.findall(text, 0, offset)) + 1


class DecodeError(ValueError):
    """The bytes are not text we can read; ``str(e)`` is the reason."""


def _text_ratio(text: str) -> float:
    """Share of characters that are letters, digits, punctuation or ordinary whitespace."""
    if not text:
        return 0.0
    bad = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs") and c not in "\n\r\t\f")
    return 1.0 - bad / len(text)


def _looks_like_text(text: str) -> bool:
    return _text_ratio(text) >= 0.98 and any(c.isalpha() for c in text)


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DecodeError saying why the bytes are refused."""
    if len(data) > max_bytes:
        raise DecodeError(f"file too large ({len(data) / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB; raise it with --max-bytes)")
    if not data.strip():
        raise DecodeError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise DecodeError(f"has a {enc} byte-order mark but is not valid {enc} ({e.reason} at byte {e.start})") from None
            if not text.strip():
                raise DecodeError("empty file")
            if not _looks_like_text(text):
                raise DecodeError(f"binary content (not text) after the {enc} byte-order mark")
            return text, enc
    if b"\x00" in data:
        # UTF-16 without a BOM shows as a NUL every other byte; anything else is binary.
        for enc in ("utf-16-le", "utf-16-be"):
            if len(data) % 2 == 0:
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _looks_like_text(text):
                    return text, enc
        raise DecodeError("binary content (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text, enc = _decode_legacy(data)
    if not _looks_like_text(text):
        raise DecodeError(f"binary content (not text in {enc})")
    return text, enc


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Pick a legacy single-byte code page: Cyrillic text is mostly high bytes, Turkish is mostly ASCII."""
    high = sum(1 for b in data if b >= 0x80)
    letters = sum(1 for b in data if b >= 0x80 or chr(b).isalpha())
    if letters and high / letters > 0.4:
        text = data.decode("cp1251", errors="replace")
        if sum(c in _CP1251_KZ_TELLS for c in text) > 0.01 * high:
            return data.decode("kz1048", errors="replace"), "kz1048"
        return text, "cp1251"
    return data.decode("cp1254", errors="replace"), "cp1254"
