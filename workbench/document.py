"""The corpus data model: documents own their text; sentences are spans into it.

Every later stage (translations, claims, facts, flags) refers to sentences by id
and to text by character offsets into ``Document.text``, never by copied substrings.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """A half-open span ``[start, end)`` of its document's text."""

    id: str  # "<doc id>:<index>", unique across a report
    doc: str
    index: int
    start: int
    end: int
    text: str  # == document.text[start:end], kept for convenience
    role: str = "body"  # "title" for the headline, else "body"


@dataclass
class Document:
    id: str
    path: str
    text: str  # the decoded file (BOM removed); all offsets point into it
    lang: str  # ISO 639-1 code; may be a language we do not translate
    lang_source: str  # "given" | "header" | "detected"
    lang_score: float | None = None
    date: _dt.date | None = None
    title: tuple[int, int] | None = None  # span of the headline, if any
    body: tuple[int, int] = (0, 0)  # span of the body text
    source: str | None = None
    encoding: str = "utf-8"
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def title_text(self) -> str | None:
        return self.text[self.title[0]:self.title[1]] if self.title else None

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]
