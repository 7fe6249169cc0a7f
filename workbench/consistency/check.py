"""From aligned claims and their facts to the flags a reviewer reads.

Rules, in the order a reviewer cares about them:

* ``conflict`` — within a claim group, two documents give incompatible values for
  the same thing (see ``compare``): high severity; names are medium, since a
  mismatch there is as often an extraction or transliteration slip. Across claim
  groups of one event, a unit that each of two documents counts with exactly one
  value, incompatible between them and never compared inside a claim, is a
  medium-severity conflict with no claim (the aligner may have split the passage).
  Time units are left out of that event-level check: "30 years of relations" and
  "ten years ago" share a unit but not a subject.
* ``hedge`` — paired, compatible quantities told with different certainty: medium
  when the hedges point different ways ("more than 60" vs "about 60"), low when
  one side is exact and the other only vaguer.
* ``temporal`` — what would be a conflict, between reports dated more than
  ``TEMPORAL_DAYS`` apart (low: likely an update), or involving a relative date
  resolved against differing report dates (info).
* ``single_source`` — per sentence, the quantities, dates and titles no other
  document of a multi-source event corroborates (info, one flag a sentence).
* ``translation`` — each number or name the English rendering lost (medium for
  numbers, low for names); transliterated stand-ins carry no issues.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

import regex

from ..document import Document
from ..records import Claim, Event, Evidence, Fact, Flag, Translation, stable_id
from ..translit import name_key
from .compare import Thing, compare_facts, hedge_severity
from .values import (ABOUT_TOLERANCE, NAME_MATCH_RATIO, keys_match, compatible, describe_quantity,
                     interval, plural, show)

# Reports of one happening appear the same day or the next (the seeds: a 26–27 February
# visit, all three reports dated the 27th). Figures that differ between reports more
# than three days apart are more likely an update than a contradiction.
TEMPORAL_DAYS = 3
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
COMPARED_KINDS = ("quantity", "date", "title", "name")
SINGLE_SOURCE_KINDS = ("quantity", "date", "title")

THRESHOLDS = {"about_tolerance": ABOUT_TOLERANCE, "name_ratio": NAME_MATCH_RATIO,
              "temporal_days": TEMPORAL_DAYS}

_CAPITALIZED = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*")

# Capitalized only because they open a sentence of the English text, never names.
_SENTENCE_OPENERS = {"the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that",
                     "these", "those", "in", "on", "at", "for", "but", "and", "as", "after", "before",
                     "when", "while", "there", "his", "her", "its", "their", "our", "according", "if"}

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2, "info": 3}
KIND_RANK = {"conflict": 0, "hedge": 1, "temporal": 2, "translation": 3, "single_source": 4}


class _Corpus:
    """Lookups the rules share: where a sentence lives, its claim, document order and dates."""

    def __init__(self, docs: list[Document], claims: list[Claim], facts: Mapping[str, list[Fact]],
                 translations: Mapping[str, Translation]):
        self.translations = translations
        self.docs = {d.id: d for d in docs}
        self.doc_rank = {d.id: i for i, d in enumerate(docs)}
        self.doc_of: dict[str, str] = {}
        self.sentence_rank: dict[str, int] = {}
        for d in docs:
            for s in d.sentences:
                self.doc_of[s.id] = d.id
                self.sentence_rank[s.id] = s.index
        self.claim_of = {sid: c.id for c in claims for m in c.members for sid in m.sentences}
        self.claim_docs = {c.id: {m.doc for m in c.members} for c in claims}
        self._names: dict[str, list[Fact]] = {}
        self.facts = {sid: [f for f in fs if _usable(f)] for sid, fs in facts.items()}

    def doc_facts(self, doc: str) -> list[Fact]:
        d = self.docs.get(doc)
        if d is None:
            return []
        return [f for s in d.sentences for f in self.facts.get(s.id, [])]

    def doc_names(self, doc: str) -> list[Fact]:
        if doc not in self._names:
            self._names[doc] = [f for f in self.doc_facts(doc) if f.kind == "name"]
        return self._names[doc]

    def english_names(self, doc: str, sentences: Iterable[str]) -> set[str] | None:
        """Name keys of the sentences' English text (the source if English, else its
        machine translation); None when there is none to read."""
        d = self.docs.get(doc)
        if d is None:
            return None
        if d.lang == "en":
            return {str(f.value) for sid in sentences for f in self.facts.get(sid, []) if f.kind == "name"}
        keys: set[str] = set()
        for sid in sentences:
            t = self.translations.get(sid)
            if t is None or t.untranslated:
                return None
            keys |= {name_key(m.group(), "en") for m in _CAPITALIZED.finditer(t.text)
                     if m.group().split()[0].lower() not in _SENTENCE_OPENERS}
        return keys

    def names_differ(self, da: str, sa: Iterable[str], db: str, sb: Iterable[str]) -> bool:
        """Whether a name or title mismatch between two claim members is real, not a translation.

        Names and titles are translated across languages (Almanya / Germany /
        Германия; «Седемте сестри» / «The Seven Sisters»), so differing keys prove
        nothing by themselves: on the FLORES-200 devtest, key mismatches between
        faithful translations flagged a fifth of all unchanged article pairs. Two sources in one language
        compare as they are; across languages the mismatch must persist between
        the English texts (source or machine translation), and without one there
        is no name conflict.
        """
        if self.docs[da].lang == self.docs[db].lang:
            return True
        ea, eb = self.english_names(da, sa), self.english_names(db, sb)
        if ea is None or eb is None:
            return False
        lone_a = [k for k in ea if not any(keys_match(k, x) for x in eb)]
        lone_b = [k for k in eb if not any(keys_match(k, x) for x in ea)]
        return bool(lone_a) and bool(lone_b)

    def label(self, doc: str) -> str:
        d = self.docs.get(doc)
        return f"{doc}, {d.lang}" if d is not None else doc

    def gap_days(self, a: str, b: str) -> int | None:
        da, db = self.docs.get(a), self.docs.get(b)
        if da is None or db is None or da.date is None or db.date is None:
            return None
        return abs((da.date - db.date).days)

    def evidence(self, f: Fact) -> Evidence:
        doc = self.doc_of.get(f.sentence) or f.sentence.rsplit(":", 1)[0]
        return Evidence(doc=doc, sentence=f.sentence, surface=f.surface, value=f.value,
                        start=f.start, end=f.end)

    def position(self, e: Evidence) -> tuple:
        return (self.doc_rank.get(e.doc, len(self.doc_rank)), self.sentence_rank.get(e.sentence, 0),
                e.start or 0)


def _usable(f: Fact) -> bool:
    if f.kind != "quantity":
        return f.kind in COMPARED_KINDS
    try:
        float(f.value)
    except (TypeError, ValueError):
        return False
    return True


Key = tuple[str, str | None, str, Thing, str]  # (flag kind, claim, event, thing, temporal reason)


class _Findings:
    """Facts behind each prospective flag, merged over document pairs, with the worst severity."""

    def __init__(self) -> None:
        self.facts: dict[Key, set[Fact]] = defaultdict(set)
        self.severity: dict[Key, str] = {}

    def add(self, key: Key, facts: Iterable[Fact], severity: str) -> None:
        self.facts[key] |= set(facts)
        if key not in self.severity or SEVERITY_RANK[severity] < SEVERITY_RANK[self.severity[key]]:
            self.severity[key] = severity

    def add_unaligned(self, kind: str, event: str, thing: Thing, why: str, facts: Iterable[Fact],
                      severity: str) -> None:
        """A finding between sentences of different claims joins a claim's flag about the
        same thing that shares a fact with it (the seeds' kk "more than 60" joins the
        tr–bg hedge), else stands alone with no claim."""
        fs = set(facts)
        home = [k for k in self.facts if k[0] == kind and k[1] is not None and k[2] == event
                and k[3] == thing and k[4] == why and self.facts[k] & fs]
        self.add(min(home) if home else (kind, None, event, thing, why), fs, severity)


def check_consistency(docs: list[Document], events: list[Event], claims: list[Claim],
                      facts: Mapping[str, list[Fact]], translations: Mapping[str, Translation]) -> list[Flag]:
    """Every flag the inputs warrant, worst first; ids depend only on content."""
    corpus = _Corpus(docs, claims, facts, translations)
    findings = _Findings()
    for claim in claims:
        _claim_findings(claim, corpus, findings)
    event_docs = {e.id: [d for d in e.documents if d in corpus.docs] for e in events}
    for event in events:
        _gap_findings(event.id, event_docs[event.id], corpus, findings)
    for event in events:
        _event_findings(event.id, event_docs[event.id], corpus, findings)
    flags = [_finding_flag(key, fs, findings.severity[key], corpus) for key, fs in findings.facts.items()]
    handled = {(e.sentence, e.start) for f in flags for e in f.evidence}
    for event in events:
        flags += _single_source_flags(event_docs[event.id], corpus, handled)
    flags += _translation_flags(docs, corpus, translations)
    unique = {f.id: f for f in flags}
    return sorted(unique.values(), key=lambda f: (SEVERITY_RANK[f.severity], KIND_RANK[f.kind],
                                                  corpus.position(f.evidence[0]), f.id))


def _make_flag(kind: str, severity: str, claim: str | None, facts: Iterable[Fact],
               corpus: _Corpus, message: str) -> Flag:
    evidence = sorted({corpus.evidence(f) for f in facts}, key=corpus.position)
    parts = sorted(f"{e.sentence}@{e.start}={e.value}" for e in evidence)
    return Flag(id=stable_id("f", kind, claim or "", *parts), kind=kind, severity=severity,
                claim=claim, evidence=tuple(evidence), message=message)


def _finding_flag(key: Key, fs: set[Fact], severity: str, corpus: _Corpus) -> Flag:
    kind, claim, _, thing, why = key
    where = "" if claim else " in passages not aligned with each other"
    if kind == "conflict":
        message = f"Sources disagree on {_subject(thing)}{where}: {_groups(fs, corpus)}"
    elif kind == "hedge":
        message = f"Sources give {_subject(thing)} with different certainty{where}: {_groups(fs, corpus)}"
    else:
        message = _temporal_message(thing, why, fs, corpus)
    return _make_flag(kind, severity, claim, fs, corpus, message)


def _groups(facts: Iterable[Fact], corpus: _Corpus) -> str:
    """ "12 (001, tr) vs 10 (002, bg; 003, en)": values in order of first appearance."""
    by_value: dict[str, list[str]] = {}
    ordered = sorted(set(facts), key=lambda f: corpus.position(corpus.evidence(f)))
    for f in ordered:
        labels = by_value.setdefault(show(f), [])
        label = corpus.label(corpus.evidence(f).doc)
        if label not in labels:
            labels.append(label)
    return " vs ".join(f"{value} ({'; '.join(labels)})" for value, labels in by_value.items())


def _subject(thing: Thing) -> str:
    kind, unit = thing
    if kind == "quantity":
        return describe_quantity(unit)
    return {"date": "a date", "title": "a title", "name": "who or where"}[kind]


def _classify(kind: str, severity: str, da: str, db: str, facts: Iterable[Fact],
              corpus: _Corpus) -> tuple[str, str, str]:
    """A conflict between reports of different dates becomes temporal: (kind, severity, reason)."""
    if kind != "conflict":
        return kind, severity, ""
    why = _temporal_reason(da, db, facts, corpus)
    if why:
        return "temporal", "info" if why == "relative" else "low", why
    return kind, severity, ""


def _claim_findings(claim: Claim, corpus: _Corpus, findings: _Findings) -> None:
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for m in claim.members:
        for sid in m.sentences:
            by_doc[m.doc].extend(corpus.facts.get(sid, []))
    docs = sorted(by_doc, key=lambda d: corpus.doc_rank.get(d, 0))
    sentences = {m.doc: m.sentences for m in claim.members}
    for i, da in enumerate(docs):
        for db in docs[i + 1:]:
            doc_names = (corpus.doc_names(da), corpus.doc_names(db))
            for finding in compare_facts(by_doc[da], by_doc[db], doc_names=doc_names):
                if finding.thing[0] in ("name", "title") and not corpus.names_differ(da, sentences[da], db, sentences[db]):
                    continue
                kind, sev, why = _classify(finding.kind, finding.severity, da, db, finding.facts, corpus)
                findings.add((kind, claim.id, claim.event, finding.thing, why), finding.facts, sev)


def _gaps(da: str, db: str, corpus: _Corpus) -> dict[tuple, tuple[list[str], list[str]]]:
    """Sentences of two documents not aligned with each other, grouped by the aligned anchors around them.

    Like the gaps a sentence aligner leaves between its links: a sentence of A that
    lies between the claims X and Y shared by A and B faces B's unaligned sentences
    between X and Y. Keyed by (claim before, claim after); None at document edges.
    """
    out: dict[tuple, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for side, (doc, other) in enumerate(((da, db), (db, da))):
        prev = None
        pending: list[str] = []
        for s in corpus.docs[doc].sentences:
            claim = corpus.claim_of.get(s.id)
            if claim is not None and other in corpus.claim_docs.get(claim, ()):
                for sid in pending:
                    out[(prev, claim)][side].append(sid)
                prev, pending = claim, []
            else:
                pending.append(s.id)
        for sid in pending:
            out[(prev, None)][side].append(sid)
    return out


def _gap_findings(event: str, docs: list[str], corpus: _Corpus, findings: _Findings) -> None:
    """Compare unaligned sentences facing each other in the same gap, in order, if equally many.

    A changed figure can itself push a sentence pair under the aligner's link
    threshold (shared numbers are part of its evidence), so the sentences most
    worth checking are the ones it leaves alone. Only sentences with a quantity,
    date or title take part, names are not compared (aligned sentences only),
    and what disagrees is a medium-severity conflict with no claim.
    """
    for i, da in enumerate(docs):
        for db in docs[i + 1:]:
            for anchors, (sa, sb) in sorted(_gaps(da, db, corpus).items(), key=lambda kv: str(kv[0])):
                sa = [s for s in sa if any(f.kind in SINGLE_SOURCE_KINDS for f in corpus.facts.get(s, []))]
                sb = [s for s in sb if any(f.kind in SINGLE_SOURCE_KINDS for f in corpus.facts.get(s, []))]
                if not sa or len(sa) != len(sb):
                    continue
                for x, y in zip(sa, sb):
                    for finding in compare_facts(corpus.facts.get(x, []), corpus.facts.get(y, []), names=False):
                        sev = "medium" if finding.kind == "conflict" else finding.severity
                        kind, sev, why = _classify(finding.kind, sev, da, db, finding.facts, corpus)
                        findings.add_unaligned(kind, event, finding.thing, why, finding.facts, sev)


def _event_findings(event: str, docs: list[str], corpus: _Corpus, findings: _Findings) -> None:
    """Same unit, one value per document, never compared inside a claim: conflict or hedge.

    An aligner that splits a passage (or leaves a sentence alone) would otherwise
    hide "12 memoranda" in one report from "10 memoranda" in another.
    """
    per_doc = {d: [f for f in corpus.doc_facts(d) if f.kind == "quantity" and f.unit
                   and f.unit not in TIME_UNITS] for d in docs}
    for i, da in enumerate(docs):
        for db in docs[i + 1:]:
            for unit in sorted({f.unit for f in per_doc[da]} & {f.unit for f in per_doc[db]}):
                fa = [f for f in per_doc[da] if f.unit == unit]
                fb = [f for f in per_doc[db] if f.unit == unit]
                if len({(interval(f), f.hedge) for f in fa}) != 1 or len({(interval(f), f.hedge) for f in fb}) != 1:
                    continue
                if any(corpus.claim_of.get(a.sentence) == corpus.claim_of.get(b.sentence) for a in fa for b in fb):
                    continue
                a, b = fa[0], fb[0]
                if not compatible(a, b):
                    kind, sev = "conflict", "medium"
                elif a.hedge != b.hedge:
                    kind, sev = "hedge", hedge_severity(a, b)
                else:
                    continue
                kind, sev, why = _classify(kind, sev, da, db, fa + fb, corpus)
                findings.add_unaligned(kind, event, ("quantity", unit), why, fa + fb, sev)


def _temporal_reason(da: str, db: str, left: Iterable[Fact], corpus: _Corpus) -> str | None:
    """"relative", "dates" or None (a plain conflict)."""
    gap = corpus.gap_days(da, db)
    if gap and any(f.relative for f in left):
        return "relative"
    if gap is not None and gap > TEMPORAL_DAYS:
        return "dates"
    return None


def _temporal_message(thing: Thing, why: str, fs: set[Fact], corpus: _Corpus) -> str:
    docs = sorted({corpus.evidence(f).doc for f in fs}, key=lambda d: corpus.doc_rank.get(d, 0))
    dates = ", ".join(f"{d} {corpus.docs[d].date}" for d in docs if d in corpus.docs and corpus.docs[d].date)
    if why == "relative":
        return (f"A relative date resolves differently against different report dates ({dates}): "
                f"{_groups(fs, corpus)}")
    return (f"Reports of different dates ({dates}) give different {_subject(thing).removeprefix('the ')}: "
            f"{_groups(fs, corpus)}; likely an update, not a contradiction")


def _corroborated(f: Fact, others: list[Fact]) -> bool:
    for g in others:
        if g.kind != f.kind:
            continue
        if f.kind == "quantity" and f.unit and g.unit and f.unit != g.unit:
            continue
        if compatible(f, g):
            return True
    return False


def _fact_phrase(f: Fact) -> str:
    if f.kind == "quantity" and f.unit:
        one = float(f.value) == 1 and f.hedge == "exact"
        noun = f.unit if one or f.unit == "percent" else plural(f.unit)
        return f"{show(f)} {noun}"
    return show(f)


def _single_source_flags(docs: list[str], corpus: _Corpus, handled: set[tuple[str, int]]) -> list[Flag]:
    if len(docs) < 2:
        return []
    facts_of = {d: [f for f in corpus.doc_facts(d) if f.kind in SINGLE_SOURCE_KINDS] for d in docs}
    flags = []
    for d in docs:
        others = [f for o in docs if o != d for f in facts_of[o]]
        for s in corpus.docs[d].sentences:
            alone = [f for f in corpus.facts.get(s.id, []) if f.kind in SINGLE_SOURCE_KINDS
                     and (f.sentence, f.start) not in handled and not _corroborated(f, others)]
            if not alone:
                continue
            items = "; ".join(_fact_phrase(f) for f in alone)
            flags.append(_make_flag("single_source", "info", corpus.claim_of.get(s.id), alone, corpus,
                                    f"Only {corpus.label(d)} reports: {items}"))
    return flags


def _translation_flags(docs: list[Document], corpus: _Corpus,
                       translations: Mapping[str, Translation]) -> list[Flag]:
    flags = []
    for d in docs:
        for s in d.sentences:
            t = translations.get(s.id)
            if t is None or t.untranslated:
                continue
            for issue in t.issues:
                ev = Evidence(doc=d.id, sentence=s.id, surface=issue.surface, value=issue.value,
                              start=issue.start, end=issue.end)
                what = "a number" if issue.kind == "number" else "a name"
                detail = f": {issue.message}" if issue.message else ""
                message = f"The English translation of {corpus.label(d.id)} loses or changes {what}, «{issue.surface}»{detail}"
                parts = (f"{s.id}@{issue.start}={issue.value}",)
                flags.append(Flag(id=stable_id("f", "translation", corpus.claim_of.get(s.id) or "", *parts),
                                  kind="translation", severity="medium" if issue.kind == "number" else "low",
                                  claim=corpus.claim_of.get(s.id), evidence=(ev,), message=message))
    return flags


