"""Incremental runs: what a previous report still holds, what the documents new since it touch.

A desk adds a day's reports to a corpus that already ran. Documents are known by id and
content (``fingerprint``); only new ones are segmented for facts. Events are regrouped
only inside the date windows the new documents reach (``event_scope``: documents within
``window`` days of a new one's date, undated ones, and every document of a previous event
meeting that set); events wholly outside keep their previous grouping. Claims and flags
are recomputed only for events whose document set changed (a changed set has a new event
id) or that hold a sentence of a reviewer's link decision; the others keep the previous
report's. Run-wide statistics (language means, margin floor, link thresholds) are taken
over the whole run, so a recomputed event gets exactly what a full run would give it with
the same events; a kept one keeps what the previous run's statistics gave it.

Everything here is a plain function on data; the CLI reads the previous report.json.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .consistency.check import KIND_RANK, SEVERITY_RANK
from .document import Document
from .facts import kinds
from .records import Claim, ClaimMember, Event, Evidence, Fact, Flag

# Signature fields that do not change any event, claim or flag: where the run ran, and how; and
# the input limits (``inputs.limits_signature``), which only decide which documents are read: a
# document they let in or keep out is new or gone, and compared by content as any other.
NEUTRAL_SETTINGS = ("engine", "run", "previous", "input.max_bytes", "input.max_sentences", "input.max_sentence_chars")


@dataclass(frozen=True)
class Previous:
    """What an incremental run reuses from the previous report (``previous_run``)."""

    name: str  # the file it was read from, for messages
    digest: str  # first 12 hex digits of the file's sha256: stamped into the new signature
    settings: dict[str, str]
    documents: dict[str, str]  # id -> fingerprint
    facts: dict[str, list[Fact]]  # by sentence id
    events: list[Event]
    claims: list[Claim]
    flags: list[Flag]


@dataclass(frozen=True)
class Summary:
    """What an incremental run recomputed, for the CLI's summary line and the tests."""

    previous: str
    new_documents: tuple[str, ...]
    scope: int  # documents regrouped into events
    recomputed: tuple[str, ...]  # ids of the events whose claims and flags were recomputed
    kept: int  # events (with their claims and flags) taken from the previous report


def fingerprint(doc_id: str, text: str, lang: str, date: str | None, title: Sequence[int] | None) -> str:
    """What the pipeline reads of a document, hashed: same id and fingerprint, same results."""
    h = hashlib.sha256()
    for part in (doc_id, text, lang, date or "", ",".join(map(str, title or ()))):
        b = part.encode("utf-8", "surrogatepass")
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def document_fingerprint(d: Document) -> str:
    return fingerprint(d.id, d.text, d.lang, d.date.isoformat() if d.date else None, d.title)


def previous_run(report: dict, name: str, digest: str) -> Previous:
    """The parts of a (schema-valid) report.json an incremental run reuses."""
    facts: dict[str, list[Fact]] = {}
    documents: dict[str, str] = {}
    for d in report["documents"]:
        documents[d["id"]] = fingerprint(d["id"], d["text"], d["lang"], d["date"], d["title_span"])
        for s in d["sentences"]:
            facts[s["id"]] = [kinds.from_json(f, s["id"]) for f in s["facts"]]
    events = [Event(e["id"], tuple(e["documents"]), e["score"]) for e in report["events"]]
    claims = [Claim(id=c["id"], event=c["event"],
                    members=tuple(ClaimMember(m["doc"], tuple(m["sentences"])) for m in c["members"]),
                    score=c["score"], links=tuple((x["a"], x["b"], x["score"]) for x in c["links"]))
              for c in report["claims"]]
    flags = [Flag(id=f["id"], kind=f["kind"], severity=f["severity"], claim=f["claim"],
                  evidence=tuple(Evidence(**e) for e in f["evidence"]), message=f["message"])
             for f in report["flags"]]  # the reviewer's dismissals are applied again by the run
    return Previous(name, digest, dict(report["settings"]), documents, facts, events, claims, flags)


def settings_difference(previous: Mapping[str, str], current: Mapping[str, str], mt: bool = True) -> str | None:
    """The first signature field that differs, as ``key previous -> current``; None when the
    runs are comparable. ``mt`` False leaves translation out (known only after that stage);
    a translation model of a language only one of the runs had documents in is no difference."""
    keys = (set(previous) | set(current)) - set(NEUTRAL_SETTINGS)
    for key in sorted(keys):
        if key.startswith("mt"):
            if not mt or (key != "mt" and (key not in previous or key not in current)):
                continue
        if previous.get(key) != current.get(key):
            return f"{key} {previous.get(key, '(none)')} -> {current.get(key, '(none)')}"
    return None


def new_documents(docs: Sequence[Document], previous: Previous) -> tuple[list[str], list[str]]:
    """(ids of documents new since the previous run, ids of its documents changed or gone)."""
    here = {d.id: document_fingerprint(d) for d in docs}
    new = [d.id for d in docs if d.id not in previous.documents]
    lost = [i for i, fp in previous.documents.items() if here.get(i) != fp]
    return new, lost


def event_scope(docs: Sequence[Document], new: Collection[str], old_events: Iterable[Event],
                window: int) -> set[str]:
    """Documents to regroup: the new ones, those dated within ``window`` days of a new one,
    undated ones (they join every window; an undated new one reaches every document), and
    every document of a previous event that meets that set."""
    new = set(new)
    if not new:
        return set()
    if any(d.date is None for d in docs if d.id in new):
        return {d.id for d in docs}
    days = sorted({d.date.toordinal() for d in docs if d.id in new})

    def near(date: _dt.date | None) -> bool:
        if date is None:
            return True
        x = date.toordinal()
        i = bisect_left(days, x - window)
        return i < len(days) and days[i] <= x + window

    scope = {d.id for d in docs if d.id in new or near(d.date)}
    for e in old_events:
        if any(x in scope for x in e.documents):
            scope.update(e.documents)
    return scope


def merge_events(docs: Sequence[Document], old_events: Iterable[Event], scope: Collection[str],
                 regrouped: Iterable[Event]) -> list[Event]:
    """The previous events wholly outside ``scope`` and the regrouped ones, in run order
    (by first document, as ``group_events`` orders them)."""
    order = {d.id: n for n, d in enumerate(docs)}
    kept = [e for e in old_events if not any(x in scope for x in e.documents)]
    return sorted([*kept, *regrouped], key=lambda e: order[e.documents[0]])


def changed_events(events: Iterable[Event], old_events: Iterable[Event], docs: Sequence[Document],
                   decided: Iterable[tuple[str, str]] = ()) -> set[str]:
    """Ids of the events whose claims must be recomputed: a document set the previous run did
    not have (the event id hashes it), or a sentence of a reviewer's link decision (accepted or
    rejected pairs: the decision may be new since the previous run)."""
    old = {e.id for e in old_events}
    doc_of = {s.id: d.id for d in docs for s in d.sentences}
    decided_docs = {doc_of[s] for pair in decided for s in pair if s in doc_of}
    return {e.id for e in events if e.id not in old or decided_docs.intersection(e.documents)}


def merge_claims(events: Iterable[Event], changed: Collection[str], fresh: Iterable[Claim],
                 old_claims: Iterable[Claim]) -> list[Claim]:
    """Claims in event order: the recomputed ones of changed events, the previous ones of the others."""
    by_event: dict[str, list[Claim]] = {}
    for c in fresh:
        if c.event in changed:
            by_event.setdefault(c.event, []).append(c)
    for c in old_claims:
        if c.event not in changed:
            by_event.setdefault(c.event, []).append(c)
    return [c for e in events for c in by_event.get(e.id, [])]


def merge_flags(docs: Sequence[Document], changed_docs: Collection[str], fresh: Iterable[Flag],
                old_flags: Iterable[Flag]) -> list[Flag]:
    """Flags about documents of changed events from ``fresh``, the others from the previous run
    (every flag is about one event: its evidence lies in one event's documents), in the order
    ``check_consistency`` gives (severity, kind, position of the first evidence, id)."""
    changed_docs = set(changed_docs)
    rank = {d.id: n for n, d in enumerate(docs)}
    sentence = {s.id: s.index for d in docs for s in d.sentences}
    keep = [f for f in fresh if f.evidence and f.evidence[0].doc in changed_docs]
    keep += [dataclasses.replace(f, dismissed=False, note=None) for f in old_flags
             if f.evidence and f.evidence[0].doc not in changed_docs and f.evidence[0].doc in rank]
    unique = {f.id: f for f in keep}

    def key(f: Flag) -> tuple:
        e = f.evidence[0]
        return (SEVERITY_RANK[f.severity], KIND_RANK[f.kind], rank.get(e.doc, len(rank)),
                sentence.get(e.sentence, 0), e.start or 0, f.id)

    return sorted(unique.values(), key=key)
