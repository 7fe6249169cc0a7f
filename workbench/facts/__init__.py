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
  ``low``/``high`` (see ``quantities.interval``), ``range_high`` (a stated range's
  upper end), ``alt`` (the other reading of "6,387"), ``noun`` (next word when the
  unit is unknown), ``ago``, ``words`` (written as words). The span covers the
  hedge words and the counted noun when found (``60-тан аса сербиялық компания``).
* date: ``value`` "YYYY-MM-DD", "YYYY-MM" or "YYYY"; ``date_end`` for ranges;
  ``relative`` for "yesterday"/"last year" resolved against the document date.
  Without a document date a relative word stays a relative fact valued in English
  ("yesterday", "last year"), and so does one the calendar cannot hold (9999-12-31 and
  "tomorrow").
* name / title: ``value`` a ``translit.name_key`` (for display and grouping);
  whether two name facts name one entity is ``name_match.same_entity`` (on
  ``name_match.ref_of(fact.surface)``), never a comparison of keys.

Robustness: format characters (Unicode Cf: zero-width space and joiners, BOM, soft
hyphen, bidi controls) are invisible yet split words and numbers ("Ser\ufeffbia",
"6\u200b0"); facts are read from the text without them and their offsets mapped back,
so a span still covers the original characters. ``extract_facts`` never lets one
sentence's failure escape: the document's other facts are kept and the failure is
reported in one line naming the document.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import functools
import warnings
from dataclasses import replace

import regex

from .. import lang as _lang
from ..document import Document
from ..records import Fact
from .dates import find_dates, hedge_dates
from .lexicon import RULES, SUPPORTED
from .names import find_names, find_titles
from .numbers import find_numbers
from .quantities import find_quantities
from .tokens import overlaps, tokenize

RULES_VERSION = "rules-31"  # bump when a rule change can change a fact: it is in every report signature

__all__ = ["extract_facts", "extract_sentence_facts", "SUPPORTED"]


# Unicode format characters; see the module docstring.
_FORMAT = regex.compile(r"\p{Cf}+")


@functools.lru_cache(maxsize=4)
def _visible(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``text`` without format characters and, if any were removed, each kept character's index."""
    if _FORMAT.search(text) is None:
        return text, None
    keep: list[int] = []
    pos = 0
    for m in _FORMAT.finditer(text):
        keep.extend(range(pos, m.start()))
        pos = m.end()
    keep.extend(range(pos, len(text)))
    return "".join(text[i] for i in keep), tuple(keep)


def extract_sentence_facts(text: str, start: int, end: int, lang: str, doc_date: _dt.date | None,
                           sentence_id: str) -> list[Fact]:
    """Facts of the sentence ``text[start:end]`` (``text`` is the whole document), by start offset."""
    clean, keep = _visible(text)
    if keep is None:
        return _sentence_facts(text, start, end, lang, doc_date, sentence_id)
    cs, ce = bisect.bisect_left(keep, start), bisect.bisect_left(keep, end)
    return [_map_back(f, text, keep) for f in _sentence_facts(clean, cs, ce, lang, doc_date, sentence_id)]


def _map_back(f: Fact, text: str, keep: tuple[int, ...]) -> Fact:
    """A fact read from the visible text, with offsets into ``text``."""
    def first(i: int) -> int:
        return keep[i] if i < len(keep) else len(text)

    def last(i: int) -> int:
        return keep[i - 1] + 1 if i > 0 else 0

    s, e = first(f.start), last(f.end)
    return replace(f, start=s, end=e, surface=text[s:e])


def _sentence_facts(text: str, start: int, end: int, lang: str, doc_date: _dt.date | None,
                    sentence_id: str) -> list[Fact]:
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
        covered = _disjoint_spans([(f.start, f.end) for f in facts if f.kind == "date"]
                                  + [(f.start, f.end) for f in titles])
        facts += [f for f in find_names(text, tokens, lang, sentence_id)
                  if f.gazetteer or not overlaps(covered, f.start, f.end)]
        facts += titles
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return facts


def _disjoint_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones merged, for ``tokens.overlaps``."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def extract_facts(doc: Document, problems: list[str] | None = None) -> dict[str, list[Fact]]:
    """Facts of every sentence of ``doc``, keyed by sentence id (every sentence present).

    A sentence whose extraction fails gets no facts and the rest of the document is kept;
    the failure is one line naming the document appended to ``problems`` (a warning when
    ``problems`` is None). A bug in a rule must cost one sentence, never the run.
    """
    out: dict[str, list[Fact]] = {}
    failed: list[tuple[str, BaseException]] = []
    for s in doc.sentences:
        try:
            out[s.id] = extract_sentence_facts(doc.text, s.start, s.end, doc.lang, doc.date, s.id)
        except Exception as e:  # the fault boundary of one sentence: whatever a rule does wrong
            out[s.id] = []
            failed.append((s.id, e))
    if failed:
        sid, e = failed[0]
        more = f" (and {len(failed) - 1} more sentences)" if len(failed) > 1 else ""
        line = (f"facts: {doc.path or doc.id}: sentence {sid}{more}: no facts extracted "
                f"({type(e).__name__}: {_one_line(str(e))})")
        if problems is None:
            warnings.warn(line, RuntimeWarning, stacklevel=2)
        else:
            problems.append(line)
    return out


def _one_line(message: str) -> str:
    return " ".join(message.split())[:200]
