"""Group documents into events: reports of the same happening.

A pairwise score between documents combines content similarity (the mean of the
best sentence-to-sentence ratio-margin matches, computed against the whole pool so
that topic words shared by every report of a country do not count), shared names
(cross-script keys, ``claims.fact_mentions``; in proportion to how many names the two can
compare, NAME_SHRINK) and shared numbers, minus a penalty that grows with the distance
between the documents' dates. Documents are then clustered by average linkage:
two clusters merge while the mean score between their documents is above
EVENT_THRESHOLD. Average (not single) linkage keeps one strong accidental pair from
chaining two events together on a busy news day. A document it leaves alone joins the
event where several documents score the threshold with it (``join_lone``).
"""
from __future__ import annotations

import datetime as _dt
import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..document import Document
from ..errors import WorkbenchError
from ..records import Event, Fact, stable_id
from .candidates import Layout, candidate_pairs, neighbourhood_means, window_days
from .claims import fact_mentions, facts_of, number_overlap

# --- Calibrated settings -----------------------------------------------------------
# Content weights and the threshold were chosen on the dev half of
# eval/align_comparable.py (FLORES-200 articles as comparable kk/tr/bg/en reports, ~8
# articles a date) by sweeping the threshold for the best pairwise event F1; see that
# script's --calibrate output. The date penalty cannot be calibrated on FLORES (it has
# no dates): it encodes the assumption that reports of one event appear within a few
# days, and is checked on the seeds (same two presidents, 2024 vs 2026 visit).
MARGIN_K = 4
TOP_SHARE = 0.5  # content = mean best margin of the best-matched half of the shorter document's sentences
NAME_WEIGHT = 0.5  # times (name overlap - NAME_BASE), for documents with >= NAME_MIN names each (fewer: NAME_SHRINK)
NAME_BASE = 0.25
NAME_MIN = 3
# Documents with m < NAME_MIN names (m the smaller count) get the term in proportion,
# NAME_WEIGHT * (shared - NAME_BASE * m) / NAME_MIN: no cliff at NAME_MIN, where one name
# more or less (a translated name word left out, claims.NAME_TRANSLATED) moved a pair by up to
# NAME_WEIGHT * (1 - NAME_BASE). False: no term below NAME_MIN (before the twenty-fifth session).
NAME_SHRINK = True
NUMBER_WEIGHT = 0.1
DATE_GRACE_DAYS = 3  # no penalty within this distance
DATE_PENALTY_PER_DAY = 0.2  # then this much per further day, capped below
DATE_PENALTY_MAX = 10.0  # far above any content score: such documents never merge
DOC_TOP_K = 20  # candidate neighbours per document; see candidates.py and eval/README.md "Scale"
COMPLETE_MAX = 200  # a linked group of at most this many documents is scored on every pair
LONE_SUPPORT: int | None = 2  # a document average linkage left alone joins the event holding at least this many documents it scores EVENT_THRESHOLD or more with (``join_lone``; 2: independent versions, not one pair; not tuned); None: never
LONE_RANK: float | None = 0.9  # ... or, short of that, the event of LONE_RANK_DOCS documents or more that are all among its best-scored ones (no document outside it scores as high), their mean at least this times EVENT_THRESHOLD (the claims' ALONE_RANK one level up; 0.9: claims.JOIN_AGAINST's ratio to their threshold, not tuned: dev has no lone document, its different-event FLORES pairs score at most 0.82); None: never
LONE_RANK_DOCS = 3  # ... independent versions agreeing (the claims' ALONE_DOCS; a two-document event is one pair's word), ranked above at least this many other documents
EVENT_THRESHOLD = 1.0  # dev sweep 0.9/1.0/1.1: pairwise F1 0.990/0.999/0.987; NAME_WEIGHT 0/0.5/1: 0.995/0.999/0.999
# A pair that is never scored (not a candidate: far apart in date or in content) counts
# in average linkage as this score: what the date penalty alone gives a far pair, far
# below the threshold, as the dense computation had it.
MISSING_SCORE = -DATE_PENALTY_MAX
# Not calibrated: a memory guard. Event grouping holds the pool's sentence vectors as
# float32 (one array, a centred copy and the search index with its links): at most
# about 16 KiB a sentence for 1024-d vectors. 8 GiB of that is half a million sentences;
# a larger pool is refused with a clear error before anything is embedded.
POOL_BYTES_PER_SENTENCE = 16 << 10
MAX_POOL_BYTES = 8 << 30


class PoolTooLarge(WorkbenchError):
    """More sentences in one run than event grouping may hold in memory."""


def check_pool_size(n_sentences: int, max_bytes: int | None = None) -> None:
    """Refuse a pool whose vectors and search index would exceed ``max_bytes`` (MAX_POOL_BYTES)."""
    max_bytes = MAX_POOL_BYTES if max_bytes is None else max_bytes
    need = n_sentences * POOL_BYTES_PER_SENTENCE
    if need > max_bytes:
        limit = max_bytes // POOL_BYTES_PER_SENTENCE
        raise PoolTooLarge(f"event grouping: {n_sentences} sentences in all would need about {need / 2**30:.1f} GiB "
                           f"for their vectors and search index (limit {max_bytes / 2**30:.1f} GiB, about {limit} "
                           "sentences); run fewer or shorter documents at a time")


def date_penalty(a: _dt.date | None, b: _dt.date | None) -> float:
    """0 within DATE_GRACE_DAYS (or when a date is unknown), then growing per day."""
    if a is None or b is None:
        return 0.0
    days = abs((a - b).days)
    return min(DATE_PENALTY_MAX, max(0, days - DATE_GRACE_DAYS) * DATE_PENALTY_PER_DAY)


# Pairs at least this many days apart get the full penalty: they are never candidates.
DATE_WINDOW_DAYS = window_days(DATE_GRACE_DAYS, DATE_PENALTY_PER_DAY, DATE_PENALTY_MAX)


@dataclass
class Pool:
    """The pool's sentences as one float32 array, language-centred and normalized, the
    documents laid out in date order (``layout``; each document's sentences one run of
    rows from ``starts[i]``), and each sentence's neighbourhood mean (NaN until needed)."""

    vectors: np.ndarray
    sizes: np.ndarray
    starts: np.ndarray
    layout: Layout
    knn_mean: np.ndarray

    def rows(self, i: int) -> slice:
        return slice(int(self.starts[i]), int(self.starts[i] + self.sizes[i]))


def _stack(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray]) -> np.ndarray:
    ids = [s.id for d in docs for s in d.sentences]
    missing = [i for i in ids if i not in embeddings]
    if missing:
        raise ValueError(f"no embedding for sentence {missing[0]!r} (and {len(missing) - 1} more)")
    if hasattr(embeddings, "take"):  # a Vectors container: one gather, no per-sentence arrays
        return np.asarray(embeddings.take(ids), dtype=np.float32)
    if not ids:
        return np.zeros((0, 0), dtype=np.float32)
    out = np.empty((len(ids), len(np.asarray(embeddings[ids[0]]))), dtype=np.float32)
    for n, i in enumerate(ids):
        out[n] = embeddings[i]
    return out


def _centre(e: np.ndarray, langs: np.ndarray) -> np.ndarray:
    """``claims.center_by_language`` in float32, in place: subtract each language's mean, re-normalize."""
    for lang in np.unique(langs):
        rows = langs == lang
        e[rows] -= e[rows].mean(axis=0, dtype=np.float64).astype(np.float32)
    norms = np.linalg.norm(e, axis=1, keepdims=True)
    e /= np.where(norms < 1e-12, 1.0, norms)
    return e


def build_pool(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray]) -> Pool:
    sizes = np.array([len(d.sentences) for d in docs], dtype=np.int64)
    check_pool_size(int(sizes.sum()))
    layout = Layout.of([d.date for d in docs], DATE_WINDOW_DAYS)
    laid = [docs[i] for i in layout.order]
    e = _stack(laid, embeddings)
    langs = np.repeat(np.array([d.lang for d in laid], dtype=object), sizes[layout.order])
    if len(e):
        e = _centre(e, langs)
    starts = np.zeros(len(docs), dtype=np.int64)
    if len(docs):
        lay_sizes = sizes[layout.order]
        starts[layout.order] = np.cumsum(lay_sizes) - lay_sizes
    return Pool(e, sizes, starts, layout, np.full(len(e), np.nan))


def document_vectors(pool: Pool) -> np.ndarray:
    """Each document's mean centred sentence vector, normalized (zeros for an empty one)."""
    out = np.zeros((len(pool.sizes), pool.vectors.shape[1] if pool.vectors.ndim == 2 else 0), dtype=np.float32)
    nonempty = np.flatnonzero(pool.sizes)
    if len(nonempty):
        by_row = nonempty[np.argsort(pool.starts[nonempty], kind="stable")]  # reduceat wants increasing starts
        out[by_row] = np.add.reduceat(pool.vectors, pool.starts[by_row], axis=0) / pool.sizes[by_row, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out /= np.where(norms < 1e-12, 1.0, norms)
    return out


def candidates(docs: Sequence[Document], pool: Pool, top_k: int = DOC_TOP_K) -> np.ndarray:
    """(P, 2) document index pairs worth scoring: top-k neighbours inside the date window."""
    nonempty = np.flatnonzero(pool.sizes)
    pairs = candidate_pairs(document_vectors(pool)[nonempty], [docs[i].date for i in nonempty], top_k,
                            DATE_WINDOW_DAYS)
    return nonempty[pairs] if len(pairs) else pairs


def fill_neighbourhoods(pool: Pool, docs_needed: np.ndarray) -> None:
    """Neighbourhood means (k-NN in each sentence's date window) for the sentences of ``docs_needed``."""
    todo = np.array([i for i in np.unique(docs_needed) if pool.sizes[i] and np.isnan(pool.knn_mean[pool.starts[i]])],
                    dtype=np.int64)
    if not len(todo):
        return
    for i, means in neighbourhood_means(pool.vectors, pool.starts, pool.sizes, pool.layout, MARGIN_K, todo).items():
        pool.knn_mean[pool.rows(i)] = means


def content_pairs(pool: Pool, pairs: np.ndarray) -> np.ndarray:
    """Content score of each document pair (i, j) in ``pairs``: each sentence's best
    ratio-margin match in the other document; the mean of the best
    ``ceil(TOP_SHARE * min(|A|, |B|))`` of A's best matches in B, averaged with the same
    from B to A. Using only the best-matched share tolerates what comparable reports
    do: omit and add sentences. Margins divide a cosine by the mean of both sides'
    neighbourhood means (``fill_neighbourhoods`` first), as ``margin.ratio_margin`` does
    on the dense matrix."""
    out = np.zeros(len(pairs))
    if not len(pairs):
        return out
    fill_neighbourhoods(pool, np.unique(pairs))
    order = np.lexsort((pairs[:, 1], pairs[:, 0]))
    firsts = pairs[order, 0]
    bounds = np.flatnonzero(np.r_[True, firsts[1:] != firsts[:-1], True])
    for s, t in zip(bounds[:-1], bounds[1:]):
        idx = order[s:t]
        a = int(pairs[idx[0], 0])
        others = pairs[idx, 1]
        na, nb = int(pool.sizes[a]), pool.sizes[others]
        if na == 0:
            continue
        cols = np.concatenate([np.arange(pool.starts[b], pool.starts[b] + pool.sizes[b]) for b in others])
        sim = pool.vectors[pool.rows(a)].astype(np.float64) @ pool.vectors[cols].T.astype(np.float64)
        denom = (pool.knn_mean[pool.rows(a)][:, None] + pool.knn_mean[cols][None, :]) / 2.0
        marg = sim / np.where(np.abs(denom) < 1e-12, 1e-12, denom)
        seg = np.repeat(np.arange(len(others)), nb)
        seg_starts = np.concatenate([[0], np.cumsum(nb)[:-1]])
        valid = nb > 0
        m_ab = np.minimum(np.maximum(1, np.ceil(TOP_SHARE * np.minimum(na, nb))).astype(int), na)
        m_ba = np.minimum(np.maximum(1, np.ceil(TOP_SHARE * np.minimum(na, nb))).astype(int), nb)
        ab = np.zeros(len(others))
        ba = np.zeros(len(others))
        if valid.any():
            best_ab = np.maximum.reduceat(marg, seg_starts[valid], axis=1)  # (|A|, valid B): A's best in each B
            csum = np.cumsum(-np.sort(-best_ab, axis=0), axis=0)
            ab[valid] = csum[m_ab[valid] - 1, np.arange(valid.sum())] / m_ab[valid]
            best_ba = marg.max(axis=0)  # each B sentence's best in A
            ba[valid] = _segment_top_mean(best_ba, seg, seg_starts, m_ba)[valid]
        out[idx] = (ab + ba) / 2.0
    return out


def _segment_top_mean(values: np.ndarray, seg: np.ndarray, seg_starts: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Per segment (consecutive runs), the mean of its m largest values."""
    order = np.lexsort((-values, seg))
    csum = np.concatenate([[0.0], np.cumsum(values[order])])
    out = np.zeros(len(seg_starts))
    has = m > 0
    end = seg_starts[has] + m[has]
    out[has] = (csum[end] - csum[seg_starts[has]]) / m[has]
    return out


def _extras(docs: Sequence[Document], ment: Sequence, pairs: np.ndarray) -> np.ndarray:
    """Names + numbers - date penalty of each pair."""
    out = np.zeros(len(pairs))
    for n, (i, j) in enumerate(pairs.tolist()):
        names = 0.0
        m = min(len(ment[i].names), len(ment[j].names))
        if m >= NAME_MIN or (NAME_SHRINK and m):  # at m >= NAME_MIN: NAME_WEIGHT * (overlap - NAME_BASE)
            names = NAME_WEIGHT * (len(ment[i].names & ment[j].names) - NAME_BASE * m) / max(m, NAME_MIN)
        out[n] = (names + NUMBER_WEIGHT * number_overlap(ment[i].numbers, ment[j].numbers)
                  - date_penalty(docs[i].date, docs[j].date))
    return out


@dataclass
class PairScores:
    """Scores of the scored document pairs (i < j); any other pair counts as MISSING_SCORE."""

    n: int
    pairs: np.ndarray  # (P, 2)
    scores: np.ndarray  # (P,)


def score_pairs(docs: Sequence[Document], pool: Pool, ment: Sequence, pairs: np.ndarray) -> np.ndarray:
    """Event score of each pair: content + names + numbers - date penalty. Numbers and
    names from the sentences' facts (``claims.fact_mentions``). A figure the two give
    differently is neutral (``claims.number_overlap``): a changed number must not split
    two reports of one event, it is what the flags are for."""
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    return content_pairs(pool, pairs) + _extras(docs, ment, pairs)


def _mentions(docs: Sequence[Document], facts: Mapping[str, Sequence[Fact]] | None) -> list:
    facts = facts_of(docs, facts)
    return [fact_mentions((f for s in d.sentences for f in facts.get(s.id, ())), d.lang) for d in docs]


def sparse_pair_scores(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray],
                       facts: Mapping[str, Sequence[Fact]] | None = None, top_k: int = DOC_TOP_K) -> PairScores:
    """Scores of the candidate pairs, then of every pair inside each group of at most
    COMPLETE_MAX documents linked by candidate pairs at or above EVENT_THRESHOLD (so
    that average linkage there sees what the dense computation saw)."""
    pool = build_pool(docs, embeddings)
    ment = _mentions(docs, facts)
    pairs = candidates(docs, pool, top_k)
    scores = score_pairs(docs, pool, ment, pairs)
    strong = pairs[scores >= EVENT_THRESHOLD]
    extra = []
    for comp in _components(len(docs), strong):
        if 2 < len(comp) <= COMPLETE_MAX:
            c = np.array(comp)
            ii, jj = np.triu_indices(len(c), 1)
            extra.append(np.stack([c[ii], c[jj]], axis=1))
    if extra:
        known = {(int(i), int(j)) for i, j in pairs}
        more = np.array([p for p in np.concatenate(extra).tolist() if tuple(p) not in known], dtype=np.int64)
        if len(more):
            pairs = np.concatenate([pairs, more])
            scores = np.concatenate([scores, score_pairs(docs, pool, ment, more)])
    return PairScores(len(docs), pairs, scores)


def pair_scores(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray],
                facts: Mapping[str, Sequence[Fact]] | None = None) -> np.ndarray:
    """(n_docs, n_docs) pairwise event scores of every pair (diagonal 0), for inspecting a
    small pool; ``group_events`` scores only candidate pairs (``sparse_pair_scores``)."""
    n = len(docs)
    out = np.zeros((n, n))
    if n < 2:
        return out
    pool = build_pool(docs, embeddings)
    ii, jj = np.triu_indices(n, 1)
    pairs = np.stack([ii, jj], axis=1)
    nonempty = pool.sizes[ii] * pool.sizes[jj] > 0
    ment = _mentions(docs, facts)
    scores = _extras(docs, ment, pairs)
    scores[nonempty] += content_pairs(pool, pairs[nonempty])
    out[ii, jj] = scores
    out[jj, ii] = scores
    return out


def _components(n: int, edges: np.ndarray) -> list[list[int]]:
    """Connected components (of size >= 2) of the graph on n nodes with these edges."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges.tolist():
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(find(x), []).append(x)
    return [g for g in groups.values() if len(g) > 1]


def sparse_average_linkage(scores: PairScores, threshold: float, missing: float = MISSING_SCORE) -> list[list[int]]:
    """Clusters of indices: merge the pair of clusters with the highest mean pairwise
    score (unscored pairs count as ``missing``) while it is at least ``threshold``.

    Two clusters can only reach the threshold when some pair between them does, so
    each connected component of the pairs at or above it is clustered on its own, with
    a heap over the cluster pairs that share a scored pair (ties: lowest indices first,
    as a scan of the dense matrix would)."""
    n = scores.n
    strong = scores.pairs[scores.scores >= threshold]
    comp_of = np.full(n, -1)
    comps = _components(n, strong)
    for c, members in enumerate(comps):
        comp_of[members] = c
    edges: list[dict[tuple[int, int], float]] = [{} for _ in comps]
    for (i, j), s in zip(scores.pairs.tolist(), scores.scores.tolist()):
        c = comp_of[i]
        if c >= 0 and c == comp_of[j]:
            edges[c][(min(i, j), max(i, j))] = s
    clusters: list[list[int]] = [[i] for i in range(n) if comp_of[i] < 0]
    for members, comp_edges in zip(comps, edges):
        clusters.extend(_link_component(members, comp_edges, threshold, missing))
    return sorted(sorted(c) for c in clusters)


def _link_component(members: list[int], edges: dict[tuple[int, int], float], threshold: float,
                    missing: float) -> list[list[int]]:
    size = {i: 1 for i in members}
    version = {i: 0 for i in members}
    nbrs: dict[int, dict[int, list[float]]] = {i: {} for i in members}  # cluster -> other -> [sum, count]
    for (i, j), s in edges.items():
        nbrs[i][j] = nbrs[j][i] = [s, 1]  # one shared accumulator per cluster pair
    clusters = {i: [i] for i in members}

    def mean(a: int, b: int) -> float:
        total, count = nbrs[a][b]
        pairs = size[a] * size[b]
        return (total + missing * (pairs - count)) / pairs

    heap = [(-mean(a, b), a, b, 0, 0) for a in members for b in nbrs[a] if a < b]
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if a not in clusters or b not in clusters or version[a] != va or version[b] != vb:
            continue
        if -neg < threshold:
            break
        for c, (total, count) in nbrs.pop(b).items():  # b merges into a (a < b, as the dense scan kept it)
            del nbrs[c][b]
            if c == a:
                continue
            acc = nbrs[a].get(c)
            if acc is None:
                acc = nbrs[a][c] = nbrs[c][a] = [0.0, 0]
            acc[0] += total
            acc[1] += count
        size[a] += size.pop(b)
        clusters[a].extend(clusters.pop(b))
        version[a] += 1
        for c in nbrs[a]:
            x, y = min(a, c), max(a, c)
            heapq.heappush(heap, (-mean(x, y), x, y, version[x], version[y]))
    return list(clusters.values())


def join_lone(clusters: list[list[int]], scores: PairScores, threshold: float) -> list[list[int]]:
    """``clusters`` with each document left alone moved into the cluster holding the most documents
    it scores ``threshold`` or more with, when they are at least LONE_SUPPORT (ties: the higher mean
    of those scores, then the earlier cluster); short of that, with LONE_RANK, into the cluster
    its best-scored documents make up (``_ranked_joins``). Both None: ``clusters`` as given.

    Average linkage asks a newcomer to reach the threshold on average over the whole cluster. A
    version in a language the encoder places further from the others' scores lower with all of
    them: the Turkish version of a FLORES story beside Slavic and Kazakh ones (content 0.94-1.05
    with them; 1.04-1.20 among the others) is over the threshold with two or three of five and
    stays alone. Several versions it reaches on their own are evidence a single pair is not, and a
    lone document cannot chain two events: it joins one, judged against the clusters as average
    linkage left them (the claims' ALONE_DOCS reasoning, one level up)."""
    if LONE_SUPPORT is None and LONE_RANK is None:
        return clusters
    label = {i: n for n, c in enumerate(clusters) for i in c}
    lone = {c[0] for c in clusters if len(c) == 1}
    strong: dict[int, dict[int, list[float]]] = {}  # lone document -> cluster -> its scores >= threshold there
    keep = scores.scores >= threshold
    for (i, j), s in zip(scores.pairs[keep].tolist(), scores.scores[keep].tolist()):
        for a, b in ((i, j), (j, i)):
            if a in lone and b not in lone:
                strong.setdefault(a, {}).setdefault(label[b], []).append(s)
    joins: dict[int, list[int]] = {}
    for i, by in sorted(strong.items()):
        (count, _, _), n = max(((len(v), float(np.mean(v)), -n), n) for n, v in by.items())
        if LONE_SUPPORT is not None and count >= LONE_SUPPORT:
            joins.setdefault(n, []).append(i)
    joined = {i for v in joins.values() for i in v}
    if LONE_RANK is not None:
        for i, n in _ranked_joins(clusters, label, lone - joined, scores, LONE_RANK * threshold).items():
            joins.setdefault(n, []).append(i)
            joined.add(i)
    return sorted(sorted(c + joins.get(n, [])) for n, c in enumerate(clusters) if not (len(c) == 1 and c[0] in joined))


def _ranked_joins(clusters: list[list[int]], label: Mapping[int, int], lone: set[int], scores: PairScores,
                  bar: float) -> dict[int, int]:
    """Each lone document whose best-scored documents, as many as the cluster of its best one holds,
    are that cluster's (LONE_RANK_DOCS or more), their mean at least ``bar``: document -> cluster.
    A ranking says something only against others: the document must also have scores with
    LONE_RANK_DOCS documents outside the cluster (in a pool of five, a lone report's four
    neighbours are its best four whatever it says).

    A version the encoder reads poorly scores every version of its story low, under the
    threshold with most of them, but it still scores them above any other document: the
    Turkish version of a FLORES story scoring 0.94-1.03 with its five versions, then 0.64 with
    the next story (a test draw's). Every version ranking first is the evidence no single score
    gives."""
    by_doc: dict[int, list[tuple[float, int]]] = {i: [] for i in lone}
    ids = np.fromiter(lone, dtype=np.int64, count=len(lone))
    near = np.isin(scores.pairs, ids).any(axis=1) if len(scores.pairs) else np.zeros(0, bool)
    for (i, j), s in zip(scores.pairs[near].tolist(), scores.scores[near].tolist()):
        for a, b in ((i, j), (j, i)):
            if a in by_doc:
                by_doc[a].append((s, b))
    out = {}
    for i, row in sorted(by_doc.items()):
        if not row:
            continue
        row.sort(key=lambda sb: (-sb[0], sb[1]))
        n = label[row[0][1]]
        members = clusters[n]
        best = row[:len(members)]
        if (len(members) >= LONE_RANK_DOCS and len(row) - len(members) >= LONE_RANK_DOCS
                and {b for _, b in best} == set(members) and float(np.mean([s for s, _ in best])) >= bar):
            out[i] = n
    return out


def average_linkage(scores: np.ndarray, threshold: float) -> list[list[int]]:
    """``sparse_average_linkage`` of a dense (n, n) score matrix (every pair scored)."""
    n = len(scores)
    ii, jj = np.triu_indices(n, 1)
    return sparse_average_linkage(PairScores(n, np.stack([ii, jj], axis=1), np.asarray(scores)[ii, jj]), threshold)


def group_events(docs: list[Document], embeddings: Mapping[str, np.ndarray],
                 facts: Mapping[str, Sequence[Fact]] | None = None) -> list[Event]:
    """Every document in exactly one event; a document nobody else reports is its own.
    ``facts`` by sentence id (the pipeline's; extracted here when not given)."""
    if not docs:
        return []
    scores = sparse_pair_scores(docs, embeddings, facts)
    clusters = join_lone(sparse_average_linkage(scores, EVENT_THRESHOLD), scores, EVENT_THRESHOLD)
    label = np.empty(len(docs), dtype=np.int64)
    for c, members in enumerate(clusters):
        label[members] = c
    inside = label[scores.pairs[:, 0]] == label[scores.pairs[:, 1]] if len(scores.pairs) else np.zeros(0, bool)
    total = np.bincount(label[scores.pairs[inside, 0]], weights=scores.scores[inside], minlength=len(clusters))
    count = np.bincount(label[scores.pairs[inside, 0]], minlength=len(clusters))
    events = []
    for c, cluster in enumerate(clusters):
        ids = tuple(docs[i].id for i in cluster)
        if len(cluster) > 1:
            n_pairs = len(cluster) * (len(cluster) - 1) // 2  # unscored pairs count as MISSING_SCORE
            cohesion = round(float((total[c] + MISSING_SCORE * (n_pairs - count[c])) / n_pairs), 4)
        else:
            cohesion = None
        events.append(Event(id=stable_id("e", *sorted(ids)), documents=ids, score=cohesion))
    order = {d.id: n for n, d in enumerate(docs)}
    events.sort(key=lambda e: order[e.documents[0]])
    return events


# Calibrated settings, stamped into the report signature by the pipeline.
THRESHOLDS = {"margin_k": MARGIN_K, "top_share": TOP_SHARE, "name_weight": NAME_WEIGHT, "name_base": NAME_BASE,
              "name_min": NAME_MIN, "name_shrink": NAME_SHRINK, "number_weight": NUMBER_WEIGHT,
              "date_grace_days": DATE_GRACE_DAYS, "date_penalty_per_day": DATE_PENALTY_PER_DAY,
              "date_penalty_max": DATE_PENALTY_MAX, "threshold": EVENT_THRESHOLD, "doc_top_k": DOC_TOP_K,
              "complete_max": COMPLETE_MAX, "lone_support": LONE_SUPPORT,
              "lone_rank": LONE_RANK, "lone_rank_docs": LONE_RANK_DOCS}
