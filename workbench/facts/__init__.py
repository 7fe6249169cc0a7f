"""Facts (quantities, dates, names, quoted titles) read from source-language sentences.

Facts come from the original text with each language's own rules, never from a
machine translation, so a mistranslated number still shows up as a conflict.
Offsets point into ``Document.text`` and ``fact.surface == doc.text[start:end]``.

Order of work inside a sentence: dates first (their digits are then not counted
as quantities), then numbers -> quantities (a bare year becomes a date), names,
titles. Languages without a pack (``workbench.lang``) get digits and numeric dates only.

Fields of ``records.Fact`` as filled here:

* quantity: ``value`` float (a range's low end, multipliers applied:
  ``1,5 млрд`` = 1.5e9), ``unit`` canonical English lemma or None, ``hedge``,
  ``low``/``high`` (see ``quantities.interval``); ``extra``: ``number`` (span of
  the digits/words), ``noun`` (next word when the unit is unknown), ``ago``,
  ``range``, ``multiplier``, ``words`` (written as words). The span covers the
  hedge words and the counted noun when found (``60-тан аса сербиялық компания``).
* date: ``value`` "YYYY-MM-DD", "YYYY-MM" or "YYYY"; ``date_end`` for ranges;
  ``relative`` for "yesterday"/"last year" resolved against the document date.
* name / title: ``value`` a ``translit.name_key``; compare with ``name_matches``.
"""
from __future__ import annotations

import datetime as _dt

from .. import lang as _lang
from ..document import Document
from ..records import Fact
from .dates import find_dates, hedge_dates
from .lexicon import RULES, SUPPORTED
from .names import find_names, find_titles, name_matches
from .numbers import find_numbers
from .quantities import find_quantities
from .tokens import tokenize

RULES_VERSION = "rules-1"  # bump when a rule change can change a fact: it is in every report signature

__all__ = ["extract_facts", "extract_sentence_facts", "name_matches", "SUPPORTED"]


def extract_sentence_facts(text: str, start: int, end: int, lang: str, doc_date: _dt.date | None,
                           sentence_id: str) -> list[Fact]:
    """Facts of the sentence ``text[start:end]`` (``text`` is the whole document), by start offset."""
    lang = _lang.normalize(lang)
    rules = RULES.get(lang)
    facts, taken = find_dates(text, start, end, lang, doc_date, sentence_id)
    tokens = tokenize(text, start, end, space_groups=rules.space_groups if rules else True)
    numbers = find_numbers(text, tokens, rules, lang)
    facts += find_quantities(text, tokens, numbers, rules, lang, sentence_id, taken)
    facts = hedge_dates(facts, tokens, lang, text)
    if lang in SUPPORTED:
        titles = find_titles(text, start, end, lang, sentence_id)
        # a month ("Nov") or a word of a quoted title is not a name of its own
        covered = [(f.start, f.end) for f in facts if f.kind == "date"] + [
            (f.start, f.end) for f in titles]
        facts += [f for f in find_names(text, tokens, lang, sentence_id)
                  if f.extra.get("gazetteer") or all(f.end <= a or f.start >= b for a, b in covered)]
        facts += titles
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return facts


def extract_facts(doc: Document) -> dict[str, list[Fact]]:
    """Facts of every sentence of ``doc``, keyed by sentence id (every sentence present)."""
    return {s.id: extract_sentence_facts(doc.text, s.start, s.end, doc.lang, doc.date, s.id)
            for s in doc.sentences}
