"""Typed records that cross stage boundaries: translations, events, claims, facts, flags.

Stages are plain functions in their own modules; these are the values they hand
each other and that ``report.py`` serializes. Offsets (``start``/``end``) are
always half-open character offsets into ``Document.text``.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PreservationIssue:
    """A number or name of the source sentence missing or changed in its English rendering."""

    kind: str  # "number" | "name"
    start: int  # span of the source item in the document text
    end: int
    surface: str
    value: str  # normalized value looked for in the English (e.g. "60", "vucic")
    message: str


@dataclass(frozen=True)
class Translation:
    text: str
    backend: str  # "hf" | "ct2" | "apertium" | "translit"
    model: str  # name and content hash, e.g. "opus-mt-tc-big-tr-en#3f2a9c01d4e5"
    untranslated: bool = False  # True when `text` is the source transliterated, not translated
    issues: tuple[PreservationIssue, ...] = ()


@dataclass(frozen=True)
class Event:
    """Documents reporting the same happening."""

    id: str  # stable: "e-" + hash of its sorted document ids
    documents: tuple[str, ...]
    score: float | None = None  # cohesion evidence, None for a one-document event


@dataclass(frozen=True)
class ClaimMember:
    doc: str
    sentences: tuple[str, ...]  # one or more consecutive sentence ids of that document


@dataclass(frozen=True)
class Claim:
    """Sentences of different sources stating the same thing (or one source's, if alone)."""

    id: str  # stable: "c-" + hash of its sorted sentence ids
    event: str
    members: tuple[ClaimMember, ...]
    score: float | None  # weakest link's margin score; None for a single-source claim
    links: tuple[tuple[str, str, float], ...] = ()  # (sentence id, sentence id, score) of the links that formed it


@dataclass(frozen=True)
class Fact:
    """A quantity, date, name or quoted title found in a source sentence."""

    kind: str  # "quantity" | "date" | "name" | "title"
    sentence: str  # sentence id
    start: int
    end: int
    surface: str  # == document.text[start:end]
    value: str | float  # normalized: number, ISO date "YYYY-MM-DD" (or "YYYY-MM"), or a cross-script key for names/titles
    unit: str | None = None  # what a quantity counts, as a canonical English lemma ("company", "memorandum", "percent")
    hedge: str = "exact"  # "exact" | "about" | "more_than" | "less_than" | "up_to" | "at_least" | "up_to_about" (dates)
    low: float | None = None  # interval the hedge implies, for quantities
    high: float | None = None
    date_end: str | None = None  # for date ranges ("26-27 февруари"): last day
    relative: bool = False  # resolved from "yesterday", "last year"… against the document date
    range_high: float | None = None  # quantity: a stated range's upper end ("at least 100 to 250": 250, ``high`` open)
    alt: float | None = None  # quantity: the other reading of ambiguous digits ("6,387" in English grouping: 6387)
    noun: str | None = None  # quantity without a known unit: the word after it, lowercased ("шахтер")
    ago: bool = False  # quantity: a time counted back ("10 years ago")
    words: bool = False  # quantity: written in words ("sixty")
    gazetteer: bool = False  # name: a place the gazetteer knows (kept even inside a date or title span)


@dataclass(frozen=True)
class Evidence:
    doc: str
    sentence: str
    surface: str
    value: str | float | None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Flag:
    id: str  # stable: "f-" + hash of kind, claim and evidence
    kind: str  # "conflict" | "hedge" | "temporal" | "single_source" | "translation"
    severity: str  # "high" | "medium" | "low" | "info"
    claim: str | None
    evidence: tuple[Evidence, ...]
    message: str
    dismissed: bool = False
    note: str | None = None


def stable_id(prefix: str, *parts: str) -> str:
    """An id that depends only on content, so review decisions still match after a re-run."""
    import hashlib

    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}-{digest}"


def link_id(a: str, b: str) -> str:
    """Id of the link between two sentences, whichever order they are given in."""
    return stable_id("l", *sorted((a, b)))
