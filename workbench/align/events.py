"""Group documents into events: reports of the same happening.

A pairwise score between documents combines content similarity (the mean of the
best sentence-to-sentence ratio-margin matches, computed against the whole pool so
that topic words shared by every report of a country do not count), shared names
(cross-script keys) and shared numbers, minus a penalty that grows with the distance
between the documents' dates. Documents are then clustered by average linkage:
two clusters merge while the mean score between their documents is above
EVENT_THRESHOLD. Average (not single) linkage keeps one strong accidental pair from
chaining two events together on a busy news day.
"""
from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping, Sequence

import numpy as np

from ..document import Document
from ..errors import WorkbenchError
from ..records import Event, Fact, stable_id
from .claims import center_by_language, fact_mentions, facts_of, number_overlap, sentence_matrix
from .margin import ratio_margin

# --- Calibrated settings -----------------------------------------------------------
# Content weights and the threshold were chosen on the dev half of
# eval/align_comparable.py (FLORES-200 articles as comparable kk/tr/bg/en reports, ~8
# articles a date) by sweeping the threshold for the best pairwise event F1; see that
# script's --calibrate output. The date penalty cannot be calibrated on FLORES (it has
# no dates): it encodes the assumption that reports of one event appear within a few
# days, and is checked on the seeds (same two presidents, 2024 vs 2026 visit).
MARGIN_K = 4
TOP_SHARE = 0.5  # content = mean best margin of the best-matched half of the shorter document's sentences
NAME_WEIGHT = 0.5  # times (name overlap - NAME_BASE), for documents with >= NAME_MIN names each
NAME_BASE = 0.25
NAME_MIN = 3
NUMBER_WEIGHT = 0.1
DATE_GRACE_DAYS = 3  # no penalty within this distance
DATE_PENALTY_PER_DAY = 0.2  # then this much per further day, capped below
DATE_PENALTY_MAX = 10.0  # far above any content score: such documents never merge
# Not calibrated: a memory guard. The pool's sentence-by-sentence similarity is one dense
# float64 matrix and ratio_margin holds about five of that size at its peak, so 1 GiB a
# matrix (11,585 sentences in all) keeps the stage near 6 GB; a larger pool is refused
# with a clear error before anything is allocated.
MAX_MATRIX_BYTES = 1 << 30
EVENT_THRESHOLD = 1.0  # dev sweep 0.9/1.0/1.1: pairwise F1 0.990/0.999/0.987; NAME_WEIGHT 0/0.5/1: 0.995/0.999/0.999


class PoolTooLarge(WorkbenchError):
    """More sentences in one run than the dense similarity matrix may hold."""


def check_pool_size(n_sentences: int, max_bytes: int | None = None) -> None:
    """Refuse a pool whose (n, n) float64 similarity matrix would exceed ``max_bytes`` (MAX_MATRIX_BYTES)."""
    max_bytes = MAX_MATRIX_BYTES if max_bytes is None else max_bytes
    need = n_sentences * n_sentences * 8
    if need > max_bytes:
        limit = math.isqrt(max_bytes // 8)
        raise PoolTooLarge(f"event grouping: {n_sentences} sentences in all would need a {need / 2**30:.1f} GiB "
                           f"similarity matrix (limit {max_bytes / 2**30:.1f} GiB, about {limit} sentences); "
                           "run fewer or shorter documents at a time")


def date_penalty(a: _dt.date | None, b: _dt.date | None) -> float:
    """0 within DATE_GRACE_DAYS (or when a date is unknown), then growing per day."""
    if a is None or b is None:
        return 0.0
    days = abs((a - b).days)
    return min(DATE_PENALTY_MAX, max(0, days - DATE_GRACE_DAYS) * DATE_PENALTY_PER_DAY)


def content_scores(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray]) -> np.ndarray:
    """(n_docs, n_docs) symmetric content similarity; diagonal is 0.

    Each sentence's best ratio-margin match in each other document; the score of
    (A, B) is the mean of the best ``ceil(TOP_SHARE * min(|A|, |B|))`` of A's best
    matches in B, averaged with the same from B to A. Using only the best-matched
    share tolerates what comparable reports do: omit and add sentences.
    """
    n = len(docs)
    out = np.zeros((n, n))
    mats = sentence_matrix(docs, embeddings)
    sizes = np.array([len(d.sentences) for d in docs])
    if n < 2 or sizes.sum() == 0:
        return out
    check_pool_size(int(sizes.sum()))
    e = np.vstack([mats[d.id] for d in docs if len(d.sentences)]).astype(np.float64)
    owner = np.repeat(np.arange(n), sizes)
    e = center_by_language(e, [docs[i].lang for i in owner])
    sim = e @ e.T
    # A sentence's neighbourhood excludes its own document (its own sentences share
    # the document's topic and would make every margin small).
    sim[owner[:, None] == owner[None, :]] = 0.0
    marg = ratio_margin(sim, k=MARGIN_K)
    nonempty = np.flatnonzero(sizes)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])[nonempty]
    best = np.full((len(e), n), -np.inf)
    best[:, nonempty] = np.maximum.reduceat(marg, starts, axis=1)  # sentence x best match per document
    directed = np.zeros((n, n))
    for a in nonempty:
        rows = best[owner == a]  # (|A|, n)
        ordered = -np.sort(-rows, axis=0)
        csum = np.cumsum(ordered, axis=0)
        m = np.maximum(1, np.ceil(TOP_SHARE * np.minimum(sizes[a], sizes))).astype(int)
        m = np.minimum(m, sizes[a])
        valid = sizes > 0
        directed[a, valid] = csum[m[valid] - 1, np.flatnonzero(valid)] / m[valid]
    out = (directed + directed.T) / 2.0
    np.fill_diagonal(out, 0.0)
    return out


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def pair_scores(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray],
                facts: Mapping[str, Sequence[Fact]] | None = None) -> np.ndarray:
    """(n_docs, n_docs) pairwise event score: content + names + numbers - date penalty;
    numbers and names from the sentences' facts (``claims.fact_mentions``). A figure the
    two give differently is neutral (``claims.number_overlap``): a changed number must not
    split two reports of one event, it is what the flags are for."""
    scores = content_scores(docs, embeddings)
    facts = facts_of(docs, facts)
    ment = [fact_mentions(f for s in d.sentences for f in facts.get(s.id, ())) for d in docs]
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            names = 0.0
            if min(len(ment[i].names), len(ment[j].names)) >= NAME_MIN:
                names = NAME_WEIGHT * (_overlap(ment[i].names, ment[j].names) - NAME_BASE)
            extra = (names
                     + NUMBER_WEIGHT * number_overlap(ment[i].numbers, ment[j].numbers)
                     - date_penalty(docs[i].date, docs[j].date))
            scores[i, j] += extra
            scores[j, i] += extra
    return scores


def average_linkage(scores: np.ndarray, threshold: float) -> list[list[int]]:
    """Clusters of indices: merge the pair of clusters with the highest mean pairwise
    score while it is at least ``threshold``."""
    n = len(scores)
    clusters: dict[int, list[int]] = {i: [i] for i in range(n)}
    total = scores.astype(np.float64).copy()  # sum of pairwise scores between clusters
    alive = np.ones(n, dtype=bool)
    size = np.ones(n)
    while alive.sum() > 1:
        idx = np.flatnonzero(alive)
        sub = total[np.ix_(idx, idx)] / np.outer(size[idx], size[idx])
        np.fill_diagonal(sub, -math.inf)
        flat = int(np.argmax(sub))
        i, j = divmod(flat, len(idx))
        if sub[i, j] < threshold:
            break
        a, b = sorted((int(idx[i]), int(idx[j])))
        total[a, :] += total[b, :]
        total[:, a] += total[:, b]
        size[a] += size[b]
        alive[b] = False
        clusters[a].extend(clusters.pop(b))
    return [sorted(c) for c in clusters.values()]


def group_events(docs: list[Document], embeddings: Mapping[str, np.ndarray],
                 facts: Mapping[str, Sequence[Fact]] | None = None) -> list[Event]:
    """Every document in exactly one event; a document nobody else reports is its own.
    ``facts`` by sentence id (the pipeline's; extracted here when not given)."""
    if not docs:
        return []
    scores = pair_scores(docs, embeddings, facts)
    events = []
    for cluster in average_linkage(scores, EVENT_THRESHOLD):
        ids = tuple(docs[i].id for i in cluster)
        if len(cluster) > 1:
            pairs = [scores[i, j] for n, i in enumerate(cluster) for j in cluster[n + 1:]]
            cohesion = round(float(np.mean(pairs)), 4)
        else:
            cohesion = None
        events.append(Event(id=stable_id("e", *sorted(ids)), documents=ids, score=cohesion))
    order = {d.id: n for n, d in enumerate(docs)}
    events.sort(key=lambda e: order[e.documents[0]])
    return events


# Calibrated settings, stamped into the report signature by the pipeline.
THRESHOLDS = {"margin_k": MARGIN_K, "top_share": TOP_SHARE, "name_weight": NAME_WEIGHT, "name_base": NAME_BASE,
              "number_weight": NUMBER_WEIGHT, "date_grace_days": DATE_GRACE_DAYS,
              "date_penalty_per_day": DATE_PENALTY_PER_DAY, "threshold": EVENT_THRESHOLD}
