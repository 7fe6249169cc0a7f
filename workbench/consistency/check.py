"""From aligned claims and their facts to the flags a reviewer reads.

Rules, in the order a reviewer cares about them; severities come from the evidence
(``severity.RULES``, README "What the flags mean"):

* ``conflict`` — within a claim group, two documents give incompatible values for
  the same thing (``compare``). Names and titles conflict only when the mismatch
  survives in English (``Corpus.names_differ``; names are translated, not just
  transliterated) and the other side's translation does not write the English name
  itself (``_named_in_translation``). Without English on both sides, a multi-word
  name with exactly one word swapped for an unrelated one that the other document
  never mentions conflicts too (``compare.name_swaps``), unless both words are
  common words their languages write lower-case elsewhere in the documents
  ("Western" / «Западна»); so does a single name in an anchored slot: the other
  names of the linked sentences meet, one name is left on each side and neither is
  mentioned anywhere in the other report (``compare.name_slot_conflicts``; low, see
  ``severity.RULES``; medium when another report of the run, in another language, writes the
  new name alike: ``compare.NameIndex``, which ``name_swaps`` needs for medium too).
  Unaligned sentences facing each other between the same aligned anchors are compared
  too (``_gap_findings``; an uneven gap by the counted unit
  and each report's fact inventory, ``_gap_slot_findings``), and so is a unit that each
  of two documents of an event counts with one value only (``_event_findings``);
  those join a claim's flag about the same thing when they share a fact with it.
* ``hedge`` — paired, compatible quantities told with different certainty.
* ``temporal`` — what would be a conflict, between reports dated more than
  ``TEMPORAL_DAYS`` apart (low: likely an update), or involving a relative date
  resolved against differing report dates (info).
* ``single_source`` — per sentence, the quantities, dates and titles no other
  document of a multi-source event corroborates (info, one flag a sentence).
* ``translation`` — each number or name the English rendering lost (medium for
  numbers, low for names); transliterated stand-ins carry no issues.
"""
from __future__ import annotations

import bisect
import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
import regex

from ..document import Document
from ..facts import kinds
from ..facts.kinds import KINDS, compatible, show
from ..facts.name_match import TOKEN_MIN_SIM
from ..facts.quantities import ABOUT_BAND
from ..facts.values import interval, point_figure, point_windows
from ..records import Claim, Event, Evidence, Fact, Flag, Translation, stable_id
from ..facts.name_match import NameWord, words_meet
from .compare import (Finding, Thing, _common, _name_words, _word_key, compare_facts, hedge_basis,
                      NameIndex, name_index, name_slot_conflicts, name_swaps, pair_facts)
from .corpus import Corpus
from .name_vectors import THRESHOLDS as NAME_VECTOR_THRESHOLDS, NameVectors
from .severity import (LENGTH_FACTOR, NAME_BASES, STRONG_LINK, THRESHOLDS as SEVERITY_THRESHOLDS, Alignment, rounded,
                       severity)

# Reports of one happening appear the same day or the next (the seeds: a 26–27 February
# visit, all three reports dated the 27th). Figures that differ between reports more
# than three days apart are more likely an update than a contradiction.
TEMPORAL_DAYS = 3
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
SINGLE_SOURCE_KINDS = tuple(k for k, fk in KINDS.items() if fk.corroborated)

THRESHOLDS = {"about_band": ABOUT_BAND, "name_word_sim": TOKEN_MIN_SIM,
              "temporal_days": TEMPORAL_DAYS, **SEVERITY_THRESHOLDS, **NAME_VECTOR_THRESHOLDS}

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2, "info": 3}
KIND_RANK = {"conflict": 0, "hedge": 1, "temporal": 2, "translation": 3, "single_source": 4}


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
                      facts: Mapping[str, list[Fact]], translations: Mapping[str, Translation],
                      encode: Callable[[Sequence[str]], np.ndarray] | None = None) -> list[Flag]:
    """Every flag the inputs warrant, worst first; ids depend only on content. ``encode``: the
    run's sentence encoder, asked about the words of plain name slots (``name_vectors``)."""
    corpus = Corpus(docs, claims, facts, translations, NameVectors(encode) if encode is not None else None)
    index = name_index(((d.id, d.lang, corpus.doc_names(d.id)) for d in docs), corpus.common_stems)
    findings = _Findings()
    for claim in claims:
        _claim_findings(claim, corpus, findings, index)
    event_docs = {e.id: [d for d in e.documents if d in corpus.docs] for e in events}
    for event in events:
        ids = event_docs[event.id]
        gaps = {(da, db): _gaps(da, db, corpus) for i, da in enumerate(ids) for db in ids[i + 1:]}
        _gap_findings(event.id, gaps, corpus, findings)
        _gap_slot_findings(event.id, gaps, corpus, findings)
        _gap_name_findings(event.id, gaps, corpus, findings, index)
        _split_findings(event.id, gaps, corpus, findings)
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
               corpus: Corpus, message: str) -> Flag:
    evidence = sorted({corpus.evidence(f) for f in facts}, key=corpus.position)
    parts = sorted(f"{e.sentence}@{e.start}={e.value}" for e in evidence)
    return Flag(id=stable_id("f", kind, claim or "", *parts), kind=kind, severity=severity,
                claim=claim, evidence=tuple(evidence), message=message)


def _finding_flag(key: Key, fs: set[Fact], severity: str, corpus: Corpus) -> Flag:
    kind, claim, _, thing, why = key
    where = "" if claim else " in passages not aligned with each other"
    if kind == "conflict":
        message = f"Sources disagree on {_subject(thing)}{where}: {_groups(fs, corpus)}"
    elif kind == "hedge":
        message = f"Sources give {_subject(thing)} with different certainty{where}: {_groups(fs, corpus)}"
    else:
        message = _temporal_message(thing, why, fs, corpus)
    return _make_flag(kind, severity, claim, fs, corpus, message)


def _groups(facts: Iterable[Fact], corpus: Corpus) -> str:
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
    return kinds.subject(*thing)


def _classify(kind: str, severity: str, da: str, db: str, facts: Iterable[Fact],
              corpus: Corpus) -> tuple[str, str, str]:
    """A conflict between reports of different dates becomes temporal: (kind, severity, reason),
    low (info for a relative date) or less when its evidence was weaker."""
    if kind != "conflict":
        return kind, severity, ""
    why = _temporal_reason(da, db, facts, corpus)
    if why:
        cap = "info" if why == "relative" else "low"
        return "temporal", max(cap, severity, key=SEVERITY_RANK.__getitem__), why
    return kind, severity, ""


def _add(findings: _Findings, finding: Finding, alignment: Alignment, da: str, db: str,
         corpus: Corpus, claim: Claim | None = None, event: str = "") -> None:
    """One finding between documents ``da`` and ``db``, at the severity its evidence earns."""
    sev = severity(finding.kind, finding.basis, alignment, finding.facts, corpus.lang_of, finding.words)
    if sev is None:
        return
    kind, sev, why = _classify(finding.kind, sev, da, db, finding.facts, corpus)
    if claim is not None:
        findings.add((kind, claim.id, claim.event, finding.thing, why), finding.facts, sev)
    else:
        findings.add_unaligned(kind, event, finding.thing, why, finding.facts, sev)


def _best_links(claim: Claim) -> dict[frozenset[str], float]:
    """The best link score between each two members (documents) of a claim, read in one pass
    over its links: asked pair by pair, a claim of n reports made n² passes over ~n² links."""
    doc_of = {sid: m.doc for m in claim.members for sid in m.sentences}
    best: dict[frozenset[str], float] = {}
    for x, y, score in claim.links:
        if x in doc_of and y in doc_of and doc_of[x] != doc_of[y]:
            key = frozenset((doc_of[x], doc_of[y]))
            best[key] = max(best.get(key, score), score)
    return best


def _link_alignment(claim: Claim, best: Mapping[frozenset[str], float], da: str, db: str) -> Alignment:
    """How strongly a claim ties two of its members: the best link between them (``_best_links``),
    else (joined through a third document) the claim's weakest link."""
    score = best.get(frozenset((da, db)), claim.score)
    return Alignment("claim", score is not None and score >= STRONG_LINK)


def _claim_findings(claim: Claim, corpus: Corpus, findings: _Findings, index: NameIndex) -> None:
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for m in claim.members:
        for sid in m.sentences:
            by_doc[m.doc].extend(corpus.facts.get(sid, []))
    docs = sorted(by_doc, key=lambda d: corpus.doc_rank.get(d, 0))
    sentences = {m.doc: m.sentences for m in claim.members}
    best = _best_links(claim)
    for i, da in enumerate(docs):
        for db in docs[i + 1:]:
            doc_names = (corpus.doc_names(da), corpus.doc_names(db))
            langs = (corpus.docs[da].lang, corpus.docs[db].lang)
            found = [f for f in compare_facts(by_doc[da], by_doc[db], doc_names=doc_names, langs=langs)
                     if f.thing[0] not in ("name", "title")
                     or corpus.names_differ(da, sentences[da], db, sentences[db])]
            if not corpus.english_between(da, sentences[da], db, sentences[db]):
                common = (corpus.common_stems(corpus.docs[da].lang), corpus.common_stems(corpus.docs[db].lang))
                found += [dataclasses.replace(f, basis="name_translated") if _common_swap(f, common) else f
                          for f in name_swaps(by_doc[da], by_doc[db], doc_names, common, _known(index, corpus, da, db),
                                              (corpus.docs[da].lang, corpus.docs[db].lang), corpus.names_unlike)]
                found += name_slot_conflicts(by_doc[da], by_doc[db], doc_names, common, corpus.opens_sentence,
                                             corpus.capitals, (corpus.docs[da].lang, corpus.docs[db].lang),
                                             _known(index, corpus, da, db), corpus.names_unlike, corpus.names_margin,
                                             corpus.lower_words)
            alignment = _link_alignment(claim, best, da, db)
            for finding in found:
                if finding.basis in NAME_BASES and _named_in_translation(finding, corpus, sentences):
                    finding = dataclasses.replace(finding, basis="name_translated")
                _add(findings, finding, alignment, da, db, corpus, claim=claim)


def _known(index: NameIndex, corpus: Corpus, da: str,
           db: str) -> tuple[Callable[[NameWord], bool], Callable[[NameWord], bool]]:
    """Per side of a document pair: a name word some other report of the run, in another
    language than the word's own, writes alike (``compare.NameIndex``; not the pair's other report)."""
    la, lb = corpus.docs[da].lang, corpus.docs[db].lang
    return (lambda w: index.known(w, la, db)), (lambda w: index.known(w, lb, da))


def _common_swap(finding: Finding, common: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A swapped name word that its language writes lower-case elsewhere in the documents
    ("Foundation" / «Vakfı», "Eastern" / «Източен»): likely a translated part of the name,
    so the swap is shown (info) but not as a conflict a reviewer must act on."""
    x, y = finding.facts
    wx, wy = _name_words(x), _name_words(y)
    return any(_common(_word_key(u), common[0]) or _common(_word_key(v), common[1])
               for u, v in zip(wx, wy) if not words_meet(u, v))


def _named_in_translation(finding: Finding, corpus: Corpus, sentences: Mapping[str, tuple[str, ...]]) -> bool:
    """An English name of the finding that the other side's machine translation writes too,
    in any case ("West" / MT "The west …" of «Западът»): one entity, translated."""
    for f in finding.facts:
        doc = corpus.evidence(f).doc
        if corpus.docs[doc].lang != "en":
            continue
        for g in finding.facts:
            other = corpus.evidence(g).doc
            mt = corpus.machine_english(other, sentences.get(other, ())) if other != doc else None
            if mt and regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(f.surface.lower())}(?![\p{{L}}\p{{M}}])",
                                   mt.lower()):
                return True
    return False


# (document a, document b) -> ``_gaps`` of the pair: computed once per event for both gap passes
_PairGaps = dict[tuple[str, str], dict[tuple, tuple[list[str], list[str]]]]


def _gaps(da: str, db: str, corpus: Corpus) -> dict[tuple, tuple[list[str], list[str]]]:
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
            claim = next((c for c in corpus.claims_of.get(s.id, ()) if other in corpus.claim_docs.get(c, ())), None)
            if claim is not None:
                for sid in pending:
                    out[(prev, claim)][side].append(sid)
                prev, pending = claim, []
            else:
                pending.append(s.id)
        for sid in pending:
            out[(prev, None)][side].append(sid)
    return out


def _gap_findings(event: str, gaps: _PairGaps, corpus: Corpus, findings: _Findings) -> None:
    """Compare unaligned sentences facing each other in the same gap, in order, if equally many.

    A changed figure can itself push a sentence pair under the aligner's link
    threshold (shared numbers are part of its evidence), so the sentences most
    worth checking are the ones it leaves alone. Only sentences with a quantity,
    date or title take part, names are not compared (aligned sentences only), and
    what disagrees has no claim and the severity of a ``gap`` alignment: strong only
    for one sentence facing one between anchors on both sides, or alone at the same
    document edge (``_closed``). Two such sentences of proportional length
    (``severity.LENGTH_FACTOR``) compare the one figure each has left once the others are paired
    (``compare._lone_pair``) whatever it counts (``lone``: «dokuz gruba» / "two groups", «49
    kişinin … yüzlerce» / "hundreds … 29 of the victims").
    """
    for (da, db), pair_gaps in gaps.items():
        for anchors, (all_a, all_b) in sorted(pair_gaps.items(), key=lambda kv: str(kv[0])):
            sa, sb = _with_facts(all_a, corpus), _with_facts(all_b, corpus)
            if not sa or len(sa) != len(sb):
                continue
            alignment = Alignment("gap", len(sa) == 1 and _closed(anchors, all_a, all_b))
            langs = (corpus.docs[da].lang, corpus.docs[db].lang)
            for x, y in zip(sa, sb):
                fx, fy = corpus.facts.get(x, []), corpus.facts.get(y, [])
                lone = alignment.strong and _lengths_match(_text(corpus, x), _text(corpus, y))
                for finding in compare_facts(fx, fy, names=False, langs=langs):
                    if lone and finding.basis == "one_unit":
                        finding = dataclasses.replace(finding, basis="lone")
                    _add(findings, finding, alignment, da, db, corpus, event=event)


def _with_facts(sentences: list[str], corpus: Corpus) -> list[str]:
    """The sentences with a quantity, date or title: those the gap passes compare."""
    return [s for s in sentences if any(f.kind in SINGLE_SOURCE_KINDS for f in corpus.facts.get(s, []))]


def _closed(anchors: tuple, all_a: list[str], all_b: list[str]) -> bool:
    """A gap nothing else can fill: anchors on both sides, or at a document edge exactly one
    sentence on each side (both reports open, or end, with it)."""
    return None not in anchors or (len(all_a) == 1 and len(all_b) == 1 and anchors != (None, None))


def _text(corpus: Corpus, sentence: str) -> str:
    s = corpus.sentence(sentence)
    return s.text if s is not None else ""


def _lengths_match(a: str, b: str) -> bool:
    return bool(a) and bool(b) and max(len(a), len(b)) <= LENGTH_FACTOR * min(len(a), len(b))


def _gap_slot_findings(event: str, gaps: _PairGaps, corpus: Corpus, findings: _Findings) -> None:
    """The facts of a gap the one-to-one pass (``_gap_findings``) cannot compare, told apart by
    their slot: a gap with unequal numbers of sentences on the two sides, or closed by an
    anchor on one side only (a document edge on the other). A changed figure often costs its sentence the link and leaves the gap uneven.

    The gap's quantities are pooled per side and paired by counted unit; what is left is a
    conflict when, for one unit, exactly one value is left on each side and neither value is
    stated anywhere in the other report, with that unit or none (``_stated``: the document's
    fact inventory); dates alike, when each side has one date left that nothing in the other
    report allows. The unit and the inventory are the evidence of the slot (``slot`` basis,
    ``severity.RULES``): a figure one report states and the other never does, where the
    other states another one for the same unit."""
    for (da, db), pair_gaps in gaps.items():
        inv = {da: corpus.doc_facts(da), db: corpus.doc_facts(db)}
        for anchors, (all_a, all_b) in sorted(pair_gaps.items(), key=lambda kv: str(kv[0])):
            sa, sb = _with_facts(all_a, corpus), _with_facts(all_b, corpus)
            if not sa or not sb or anchors == (None, None) or (len(sa) == len(sb) == 1
                                                             and _closed(anchors, all_a, all_b)):
                continue  # no anchor: nothing says where the passages are (``_event_findings``)
            fa = [f for s in sa for f in corpus.facts.get(s, [])]
            fb = [f for s in sb for f in corpus.facts.get(s, [])]
            for finding in _slot_conflicts(fa, fb, inv[db], inv[da]):
                _add(findings, finding, Alignment("gap", True), da, db, corpus, event=event)


def _split_findings(event: str, gaps: _PairGaps, corpus: Corpus, findings: _Findings) -> None:
    """A sentence one report writes as two, the aligner linking one half to the other report's
    sentence and leaving the other half alone: «Oy sandıkları 1988'den beri şeffaftır. Böylece…» /
    "Since 1988, ballot boxes must be…", «…летние Олимпийские игры. Впервые они состоялись здесь в
    1964 году.» / "…two summer Olympics, having hosted the games in 1964." (eval/real_pairs.py
    seeds 13 and 11: a changed year of the lone half was never compared). A gap holding sentences
    on one side only (nothing between the two anchors on the other) is read with the anchor next
    to it: the half beside an anchor, pooled with that anchor's sentences on its side, faces the
    anchor's sentences on the other side when the two together are of proportional length
    (``severity.LENGTH_FACTOR``); what is left is a conflict only as a ``slot`` of an uneven gap is
    (``_slot_conflicts``: one value left on each side for one unit, or one date, neither stated
    anywhere in the other report), and only if it cites the half."""
    for (da, db), pair_gaps in gaps.items():
        inv = {da: corpus.doc_facts(da), db: corpus.doc_facts(db)}
        for anchors, sides in sorted(pair_gaps.items(), key=lambda kv: str(kv[0])):
            for side in (0, 1):
                half_gap, other_gap = sides[side], sides[1 - side]
                own, other = (da, db) if side == 0 else (db, da)
                if other_gap:
                    continue
                for anchor, half in ((anchors[0], half_gap[:1]), (anchors[1], half_gap[-1:])):
                    if anchor is None or not _with_facts(half, corpus):
                        continue
                    mine = [s.id for s in corpus.docs[own].sentences if anchor in corpus.claims_of.get(s.id, ())]
                    theirs = [s.id for s in corpus.docs[other].sentences if anchor in corpus.claims_of.get(s.id, ())]
                    if not _lengths_match(" ".join(_text(corpus, s) for s in mine + half),
                                          " ".join(_text(corpus, s) for s in theirs)):
                        continue
                    fa = [f for s in half + mine for f in corpus.facts.get(s, [])]
                    fb = [f for s in theirs for f in corpus.facts.get(s, [])]
                    for finding in _slot_conflicts(fa, fb, inv[other], inv[own]):
                        if any(f.sentence in half for f in finding.facts):
                            _add(findings, finding, Alignment("gap", True), own, other, corpus, event=event)


def _slot_conflicts(fa: list[Fact], fb: list[Fact], doc_b: list[Fact], doc_a: list[Fact]) -> list[Finding]:
    """``_gap_slot_findings`` for the pooled facts of one gap (``doc_a``/``doc_b``: every fact
    of each report)."""
    out = []
    qa = [f for f in fa if f.kind == "quantity" and f.unit]
    qb = [f for f in fb if f.kind == "quantity" and f.unit]
    _, left_a, left_b = pair_facts(qa, qb, lambda x, y: x.unit == y.unit)
    for unit in sorted({f.unit for f in left_a} & {f.unit for f in left_b}):
        pair = _lone_unstated([f for f in left_a if f.unit == unit], [f for f in left_b if f.unit == unit], doc_a, doc_b)
        if pair:
            out.append(Finding("conflict", ("quantity", unit), pair, "slot"))
    _, left_a, left_b = pair_facts([f for f in fa if f.kind == "date"], [f for f in fb if f.kind == "date"])
    pair = _lone_unstated(left_a, left_b, doc_a, doc_b)
    if pair:
        out.append(Finding("conflict", ("date", None), pair, "slot"))
    return out


def _lone_unstated(left_a: list[Fact], left_b: list[Fact], doc_a: list[Fact],
                   doc_b: list[Fact]) -> tuple[Fact, Fact] | None:
    """One fact left on each side, neither stated anywhere in the other report."""
    if len(left_a) == len(left_b) == 1 and not _stated(left_a[0], doc_b) and not _stated(left_b[0], doc_a):
        return left_a[0], left_b[0]
    return None


def _stated(f: Fact, inventory: list[Fact]) -> bool:
    """The other report states the value somewhere: a compatible fact of the kind, counting the
    same unit or none."""
    return any(g.kind == f.kind and compatible(f, g) and (f.kind != "quantity" or g.unit in (None, f.unit))
               for g in inventory)


def _gap_name_findings(event: str, gaps: _PairGaps, corpus: Corpus, findings: _Findings,
                       index: NameIndex) -> None:
    """Names of one sentence facing one in a gap (``_gaps``), without English between them:
    a swapped name takes away the shared name the aligner links by, so a swap often leaves its
    sentence unlinked. ``compare.name_slot_conflicts`` at the severity of a ``gap`` alignment,
    strong when nothing else can fill the gap (``_closed``: anchors on both sides, or one
    sentence on each side at the same document edge, as for figures)."""
    for (da, db), pair_gaps in gaps.items():
        if corpus.docs[da].lang != corpus.docs[db].lang:
            doc_names = (corpus.doc_names(da), corpus.doc_names(db))
            common = (corpus.common_stems(corpus.docs[da].lang), corpus.common_stems(corpus.docs[db].lang))
            for anchors, (sa, sb) in sorted(pair_gaps.items(), key=lambda kv: str(kv[0])):
                if len(sa) != 1 or len(sb) != 1 or corpus.english_between(da, sa, db, sb):
                    continue
                alignment = Alignment("gap", _closed(anchors, sa, sb))
                for finding in name_slot_conflicts(corpus.facts.get(sa[0], []), corpus.facts.get(sb[0], []),
                                                   doc_names, common, corpus.opens_sentence, corpus.capitals,
                                                   (corpus.docs[da].lang, corpus.docs[db].lang),
                                                   _known(index, corpus, da, db), corpus.names_unlike,
                                                   corpus.names_margin, corpus.lower_words):
                    _add(findings, finding, alignment, da, db, corpus, event=event)


def _event_findings(event: str, docs: list[str], corpus: Corpus, findings: _Findings) -> None:
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
                if any(set(corpus.claims_of.get(a.sentence, (None,))) & set(corpus.claims_of.get(b.sentence, (None,)))
                       for a in fa for b in fb):
                    continue
                a, b = fa[0], fb[0]
                if not compatible(a, b):
                    finding = Finding("conflict", ("quantity", unit), tuple(fa + fb),
                                      "rounding" if rounded(a, b) else "same_unit")
                elif a.hedge != b.hedge:
                    finding = Finding("hedge", ("quantity", unit), tuple(fa + fb), hedge_basis(a, b))
                else:
                    continue
                _add(findings, finding, Alignment("event", False), da, db, corpus, event=event)


def _temporal_reason(da: str, db: str, left: Iterable[Fact], corpus: Corpus) -> str | None:
    """"relative", "dates" or None (a plain conflict)."""
    gap = corpus.gap_days(da, db)
    if gap and any(f.relative for f in left):
        return "relative"
    if gap is not None and gap > TEMPORAL_DAYS:
        return "dates"
    return None


def _temporal_message(thing: Thing, why: str, fs: set[Fact], corpus: Corpus) -> str:
    docs = sorted({corpus.evidence(f).doc for f in fs}, key=lambda d: corpus.doc_rank.get(d, 0))
    dates = ", ".join(f"{d} {corpus.docs[d].date}" for d in docs if d in corpus.docs and corpus.docs[d].date)
    if why == "relative":
        return (f"A relative date resolves differently against different report dates ({dates}): "
                f"{_groups(fs, corpus)}")
    return (f"Reports of different dates ({dates}) give different {_subject(thing).removeprefix('the ')}: "
            f"{_groups(fs, corpus)}; likely an update, not a contradiction")


def _corroborates(g: Fact, f: Fact) -> bool:
    return compatible(f, g) and not (f.unit and g.unit and f.unit != g.unit)


class _Corroborators:
    """The facts the other reports of an event give, asked whether one of them corroborates a fact.

    Asking each of them is quadratic in the event's facts: two reports holding a table of figures
    (a few thousand each) took hours. Figures stated as one exact number, the bulk of any table,
    are kept sorted by value and only those inside the fact's ``values.point_windows`` are asked;
    the others of its kind (bounds, ranges, dates, titles) are asked one by one, as before.
    """

    def __init__(self, facts: Iterable[Fact]):
        points: list[tuple[float, int, Fact]] = []
        self.rest: dict[str, list[Fact]] = defaultdict(list)
        for i, g in enumerate(facts):
            v = point_figure(g)
            if v is None:
                self.rest[g.kind].append(g)
            else:
                points.append((v, i, g))
        points.sort(key=lambda p: (p[0], p[1]))
        self.values = [v for v, _, _ in points]
        self.points = [g for _, _, g in points]

    def corroborated(self, f: Fact) -> bool:
        if any(_corroborates(g, f) for g in self.rest.get(f.kind, ())):
            return True
        if f.kind != "quantity":
            return False
        windows = point_windows(f)
        if windows is None:
            return any(_corroborates(g, f) for g in self.points)
        return any(_corroborates(g, f) for lo, hi in windows
                   for g in self.points[bisect.bisect_left(self.values, lo):bisect.bisect_right(self.values, hi)])


def _single_source_flags(docs: list[str], corpus: Corpus, handled: set[tuple[str, int]]) -> list[Flag]:
    if len(docs) < 2:
        return []
    facts_of = {d: [f for f in corpus.doc_facts(d) if f.kind in SINGLE_SOURCE_KINDS] for d in docs}
    flags = []
    for d in docs:
        others = _Corroborators(f for o in docs if o != d for f in facts_of[o])
        for s in corpus.docs[d].sentences:
            alone = [f for f in corpus.facts.get(s.id, []) if f.kind in SINGLE_SOURCE_KINDS
                     and (f.sentence, f.start) not in handled and not others.corroborated(f)]
            if not alone:
                continue
            items = "; ".join(kinds.phrase(f) for f in alone)
            flags.append(_make_flag("single_source", "info", corpus.claim_of.get(s.id), alone, corpus,
                                    f"Only {corpus.label(d)} reports: {items}"))
    return flags


def _translation_flags(docs: list[Document], corpus: Corpus,
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


