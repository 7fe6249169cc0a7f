"""Claim alignment holds one chunk of events at a time, and the chunking changes no claim."""
from __future__ import annotations

import dataclasses
import gc

import numpy as np
import pytest

from workbench.align import claims
from workbench.align.claims import UnitTable, align_claims, language_means, run_language_means
from workbench.document import Document, Sentence
from workbench.records import Event

DIM = 64
N_EVENTS, PER_EVENT, SENTENCES = 12, 3, 4


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def _pool() -> tuple[list[Document], list[Event], dict[str, np.ndarray]]:
    """N_EVENTS events of PER_EVENT reports (en, tr, kk), each telling its event's SENTENCES
    claims in its own order, one sentence dropped in the last report."""
    rng = np.random.default_rng(7)
    common = rng.normal(size=DIM)
    docs, events, emb = [], [], {}
    for e in range(N_EVENTS):
        topics = [_unit(2.0 * _unit(common) + _unit(rng.normal(size=DIM))) for _ in range(SENTENCES)]
        members = []
        for k, lang in enumerate(("en", "tr", "kk")[:PER_EVENT]):
            doc_id = f"e{e}d{k}"
            order = list(rng.permutation(SENTENCES))[:SENTENCES - (k == PER_EVENT - 1)]
            text, sents = "", []
            for i, t in enumerate(order):
                line = f"{doc_id} claim {t}"
                sents.append(Sentence(f"{doc_id}:{i}", doc_id, i, len(text), len(text) + len(line), line))
                text += line + "\n"
                emb[f"{doc_id}:{i}"] = _unit(topics[t] + 0.3 * rng.normal(size=DIM) / np.sqrt(DIM))
            docs.append(Document(id=doc_id, path=doc_id, text=text, lang=lang, lang_source="given", sentences=sents))
            members.append(doc_id)
        events.append(Event(id=f"ev{e}", documents=tuple(members)))
    return docs, events, emb


def _alive_tables() -> int:
    gc.collect()
    return sum(isinstance(o, UnitTable) for o in gc.get_objects())


def _encode(texts: list[str]) -> np.ndarray:
    """A stand-in encoder for merged texts: a fixed vector per text (deterministic)."""
    return np.stack([_unit(np.random.default_rng(sum(map(ord, t))).normal(size=DIM)) for t in texts])


def test_only_the_chunk_being_aligned_has_unit_tables(monkeypatch):
    docs, events, emb = _pool()
    monkeypatch.setattr(claims, "BOUNDS", dataclasses.replace(claims.BOUNDS, chunk_sentences=1))
    seen = []

    def run(fn, jobs):
        seen.append((len({d for job in jobs for d in job[2]}), _alive_tables()))
        return [fn(*job) for job in jobs]

    align_claims(docs, events, emb, map_events=run, encode=_encode, facts={})
    assert len(seen) == N_EVENTS  # one chunk per event
    assert all(alive <= in_chunk == PER_EVENT for in_chunk, alive in seen), seen


@pytest.mark.parametrize("chunk", [1, 10, 10**9])
def test_chunking_changes_no_claim(monkeypatch, chunk):
    docs, events, emb = _pool()
    whole = align_claims(docs, events, emb, encode=_encode, facts={})
    monkeypatch.setattr(claims, "BOUNDS", dataclasses.replace(claims.BOUNDS, chunk_sentences=chunk, cache_docs=2))
    assert align_claims(docs, events, emb, encode=_encode, facts={}) == whole
    assert sum(len(c.members) > 1 for c in whole) >= N_EVENTS * (SENTENCES - 1)  # the events' claims are found


def test_run_language_means_are_the_stacked_means_to_the_bit():
    docs, _, emb = _pool()
    e = np.vstack([[emb[s.id] for s in d.sentences] for d in docs])
    langs = [d.lang for d in docs for _ in d.sentences]
    stacked = language_means(e, langs)
    streamed = run_language_means(docs, emb)
    assert stacked.keys() == streamed.keys()
    assert all(np.array_equal(stacked[k], streamed[k]) for k in stacked)


def test_only_named_events_are_aligned_and_their_claims_equal_a_full_runs(monkeypatch):
    """An incremental run aligns only its changed events: no other event's merged units are
    sought or tables built, and the named events' claims are the full run's (run-wide
    statistics still from every event)."""
    docs, events, emb = _pool()
    whole = align_claims(docs, events, emb, encode=_encode, facts={})
    searched: list[str] = []
    real = claims.merge_candidates

    def spy(edocs, tables, thresholds):
        searched.extend(d.id for d in edocs)
        return real(edocs, tables, thresholds)

    monkeypatch.setattr(claims, "merge_candidates", spy)
    wanted = {"ev3", "ev8"}
    part = align_claims(docs, events, emb, encode=_encode, facts={}, only=wanted)
    assert part == [c for c in whole if c.event in wanted]
    assert sorted(set(searched)) == sorted(d for e in events if e.id in wanted for d in e.documents)


def test_each_event_is_aligned_with_the_collector_paused(monkeypatch):
    """An event's data dies with it: no collector pass over the run's documents while aligning it
    (collector.py), and the collector is on again for the rest of the run."""
    docs, events, emb = _pool()
    seen = []
    real = claims.mutual_best

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(claims, "mutual_best", spy)
    gc.enable()
    out = align_claims(docs, events, emb, encode=_encode)
    assert out and seen and not any(seen)
    assert gc.isenabled()
