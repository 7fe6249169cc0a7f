"""Event grouping at scale: date-window blocking, k-NN margins and sparse average linkage
give what the dense computation gave, without any n x n array. Synthetic vectors only."""
from __future__ import annotations

import datetime as dt
import math
import tracemalloc

import numpy as np
import pytest

from workbench.align import candidates, events
from workbench.align.claims import center_by_language, fact_mentions, number_overlap
from workbench.align.margin import ratio_margin
from workbench.document import Document, Sentence
from workbench.vectors import Vectors

D0 = dt.date(2026, 3, 1)


def _doc(doc_id: str, lang: str, date: dt.date | None, n: int) -> Document:
    texts = [f"Sentence {k} of {doc_id}." for k in range(n)]
    sentences, pos = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(f"{doc_id}:{i}", doc_id, i, pos, pos + len(t), t))
        pos += len(t) + 1
    return Document(id=doc_id, path=doc_id, text="\n".join(texts), lang=lang, lang_source="given", date=date,
                    sentences=sentences)


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


# --- dense reference: the computation event grouping did before blocking ----------------

def _dense_content(docs, emb) -> np.ndarray:
    n = len(docs)
    sizes = np.array([len(d.sentences) for d in docs])
    e = np.vstack([np.stack([emb[s.id] for s in d.sentences]) for d in docs if d.sentences]).astype(np.float64)
    owner = np.repeat(np.arange(n), sizes)
    e = center_by_language(e, [docs[i].lang for i in owner])
    sim = e @ e.T
    sim[owner[:, None] == owner[None, :]] = 0.0
    marg = ratio_margin(sim, k=events.MARGIN_K)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    best = np.maximum.reduceat(marg, starts, axis=1)
    directed = np.zeros((n, n))
    for a in range(n):
        ordered = -np.sort(-best[owner == a], axis=0)
        csum = np.cumsum(ordered, axis=0)
        m = np.minimum(np.maximum(1, np.ceil(events.TOP_SHARE * np.minimum(sizes[a], sizes))).astype(int), sizes[a])
        directed[a] = csum[m - 1, np.arange(n)] / m
    out = (directed + directed.T) / 2.0
    np.fill_diagonal(out, 0.0)
    return out


def _dense_scores(docs, emb, facts) -> np.ndarray:
    out = _dense_content(docs, emb)
    ment = [fact_mentions((f for s in d.sentences for f in facts.get(s.id, ())), d.lang) for d in docs]
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            extra = (events.NUMBER_WEIGHT * number_overlap(ment[i].numbers, ment[j].numbers)
                     - events.date_penalty(docs[i].date, docs[j].date))
            out[i, j] += extra
            out[j, i] += extra
    return out


def _dense_linkage(scores: np.ndarray, threshold: float) -> list[list[int]]:
    n = len(scores)
    clusters = {i: [i] for i in range(n)}
    total = scores.astype(np.float64).copy()
    alive = np.ones(n, dtype=bool)
    size = np.ones(n)
    while alive.sum() > 1:
        idx = np.flatnonzero(alive)
        sub = total[np.ix_(idx, idx)] / np.outer(size[idx], size[idx])
        np.fill_diagonal(sub, -math.inf)
        i, j = divmod(int(np.argmax(sub)), len(idx))
        if sub[i, j] < threshold:
            break
        a, b = sorted((int(idx[i]), int(idx[j])))
        total[a, :] += total[b, :]
        total[:, a] += total[:, b]
        size[a] += size[b]
        alive[b] = False
        clusters[a].extend(clusters.pop(b))
    return sorted(sorted(c) for c in clusters.values())


def _pool(n_docs: int, seed: int, dates=None):
    """Documents of 1-6 sentences in two languages; every third pair of documents shares
    a topic (their sentences are noisy copies of each other), so scores span the threshold."""
    rng = np.random.default_rng(seed)
    docs, emb = [], {}
    topics = _unit(rng.normal(size=(n_docs, 6, 16)))
    for i in range(n_docs):
        d = _doc(f"d{i}", "kk" if i % 2 else "en", dates[i] if dates else D0, int(rng.integers(1, 7)))
        docs.append(d)
        t = topics[i // 3 * 3] if i % 3 != 2 else topics[i]
        for k, s in enumerate(d.sentences):
            emb[s.id] = _unit(t[k] + 0.3 * rng.normal(size=16))
    return docs, emb


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_sparse_scores_equal_dense_ones_when_every_pair_is_a_candidate(seed):
    docs, emb = _pool(12, seed)
    dense = _dense_scores(docs, emb, {})
    assert np.allclose(events.pair_scores(docs, emb, {}), dense, atol=1e-5)
    sparse = events.sparse_pair_scores(docs, emb, {}, top_k=len(docs))
    assert len(sparse.pairs) == len(docs) * (len(docs) - 1) // 2
    got = np.zeros_like(dense)
    got[sparse.pairs[:, 0], sparse.pairs[:, 1]] = sparse.scores
    iu = np.triu_indices(len(docs), 1)
    assert np.allclose(got[iu], dense[iu], atol=1e-5)
    assert (dense[iu] >= events.EVENT_THRESHOLD).any() and (dense[iu] < events.EVENT_THRESHOLD).any()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_grouping_with_top_k_equals_dense_average_linkage(seed):
    dates = [D0 + dt.timedelta(days=(i // 6) * 2) for i in range(30)]
    docs, emb = _pool(30, seed, dates)
    dense = _dense_linkage(_dense_scores(docs, emb, {}), events.EVENT_THRESHOLD)
    assert any(len(c) > 1 for c in dense)
    index = {d.id: n for n, d in enumerate(docs)}
    grouped = sorted(sorted(index[x] for x in e.documents) for e in events.group_events(docs, emb, {}))
    assert grouped == dense


def test_sparse_linkage_matches_dense_linkage_on_random_matrices():
    rng = np.random.default_rng(7)
    for _ in range(20):
        n = int(rng.integers(2, 25))
        s = rng.uniform(-1, 2.5, size=(n, n))
        s = (s + s.T) / 2
        np.fill_diagonal(s, 0)
        assert events.average_linkage(s, 1.0) == _dense_linkage(s, 1.0)


def test_unscored_pairs_count_as_missing_in_the_mean():
    # 0-1 strong, 1-2 strong, 0-2 never scored: dense with 0-2 at 0.8 would merge all three
    # (mean 1.27); unscored, 0-2 is MISSING_SCORE and {0,1} + {2} stays apart.
    pairs = np.array([[0, 1], [1, 2]])
    clusters = events.sparse_average_linkage(events.PairScores(3, pairs, np.array([2.0, 1.5])), 1.0)
    assert clusters == [[0, 1], [2]]
    full = events.PairScores(3, np.array([[0, 1], [1, 2], [0, 2]]), np.array([2.0, 1.5, 0.8]))
    assert events.sparse_average_linkage(full, 1.0) == [[0, 1, 2]]


def test_blocking_keeps_same_window_top_k_and_drops_far_dates():
    rng = np.random.default_rng(3)
    base = _unit(rng.normal(size=16))
    vecs = _unit(base + 0.05 * rng.normal(size=(6, 16)))
    window = events.DATE_WINDOW_DAYS
    dates = [D0, D0, D0 + dt.timedelta(days=window - 1), D0 + dt.timedelta(days=window),
             D0 + dt.timedelta(days=3 * window), D0 + dt.timedelta(days=3 * window)]
    pairs = {tuple(p) for p in candidates.candidate_pairs(vecs, dates, top_k=5, window=window).tolist()}
    assert {(0, 1), (0, 2), (1, 2), (2, 3), (4, 5)} <= pairs
    assert not pairs & {(0, 3), (1, 3), (0, 4), (2, 4), (3, 4), (3, 5)}  # window days or more apart
    # top-k: each document keeps its k nearest only (here k=1: the closest other one)
    far = _unit(rng.normal(size=(1, 16)))[0]
    vecs = _unit(np.stack([base, base + 0.01 * far, far, far + 0.3 * base]))
    pairs = {tuple(p) for p in candidates.candidate_pairs(vecs, [D0] * 4, top_k=1, window=window).tolist()}
    assert pairs == {(0, 1), (2, 3)}


def test_undated_documents_join_every_window_bounded_by_top_k():
    rng = np.random.default_rng(4)
    base = _unit(rng.normal(size=16))
    vecs = _unit(base + 0.05 * rng.normal(size=(5, 16)))
    window = events.DATE_WINDOW_DAYS
    dates = [D0, D0 + dt.timedelta(days=5 * window), D0 + dt.timedelta(days=10 * window), None, None]
    pairs = {tuple(p) for p in candidates.candidate_pairs(vecs, dates, top_k=4, window=window).tolist()}
    assert {(0, 3), (1, 3), (2, 3), (0, 4), (1, 4), (2, 4), (3, 4)} <= pairs
    assert not pairs & {(0, 1), (0, 2), (1, 2)}
    # bounded: with k=1 every document keeps one neighbour of its own choosing
    pairs = candidates.candidate_pairs(vecs, dates, top_k=1, window=window)
    assert len(pairs) <= len(vecs)


@pytest.mark.parametrize("exact_max", [None, 10])  # exact; HNSW
def test_neighbourhood_means_equal_the_dense_ratio_margin_denominator(exact_max):
    rng = np.random.default_rng(5)
    sizes = np.array([3, 1, 70, 4, 2])  # one long document: searched with its own rows cut out
    e = _unit(rng.normal(size=(sizes.sum(), 16)))
    owner = np.repeat(np.arange(len(sizes)), sizes)
    sim = e.astype(np.float64) @ e.T
    sim[owner[:, None] == owner[None, :]] = 0.0
    k = events.MARGIN_K
    want = np.sort(sim, axis=1)[:, -k:].mean(axis=1)
    layout = candidates.Layout.of([D0, None, D0, D0 + dt.timedelta(days=2), None], events.DATE_WINDOW_DAYS)
    order = layout.order
    laid = np.concatenate([np.flatnonzero(owner == i) for i in order])
    starts = np.zeros(len(sizes), dtype=np.int64)
    starts[order] = np.cumsum(sizes[order]) - sizes[order]
    got = candidates.neighbourhood_means(e[laid], starts, sizes, layout, k, np.arange(len(sizes)), exact_max)
    for i in range(len(sizes)):
        assert np.allclose(got[i], want[owner == i], atol=1e-5 if exact_max is None else 0.05)


def test_neighbourhood_stays_inside_the_date_window():
    """Far-dated documents are outside a sentence's neighbourhood (the same story again months later)."""
    rng = np.random.default_rng(8)
    base = _unit(rng.normal(size=(3, 16)))
    e = np.concatenate([base, base, _unit(base + 0.5 * rng.normal(size=(3, 16)))])
    sizes = np.array([3, 3, 3])
    far = D0 + dt.timedelta(days=events.DATE_WINDOW_DAYS)
    layout = candidates.Layout.of([D0, far, D0], events.DATE_WINDOW_DAYS)
    starts = np.zeros(3, dtype=np.int64)
    starts[layout.order] = np.cumsum(sizes[layout.order]) - sizes[layout.order]
    laid = np.concatenate([np.arange(3 * i, 3 * i + 3) for i in layout.order])
    got = candidates.neighbourhood_means(e[laid], starts, sizes, layout, 2, np.array([0]))[0]
    near_only = np.array([np.sort(np.r_[row, 0, 0, 0])[-2:].mean() for row in base @ e[6:].T])
    # doc 2 and doc 0's own zeros; the identical copy (doc 1, window days later) is not seen
    assert np.allclose(got, near_only, atol=1e-5) and (got < 0.99).all()


def test_many_tiny_documents_never_allocate_a_pool_sized_square():
    n = 3000
    rng = np.random.default_rng(6)
    docs = [_doc(f"t{i}", "en", D0 + dt.timedelta(days=i % 40), 1) for i in range(n)]
    vectors = Vectors.from_rows([d.sentences[0].id for d in docs], _unit(rng.normal(size=(n, 8))))
    tracemalloc.start()
    try:
        found = events.group_events(docs, vectors, {})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sorted(x for e in found for x in e.documents) == sorted(d.id for d in docs)
    square = n * n * 8  # one float64 n x n array (the dense path held about five): 72 MB
    assert peak < square / 4, f"peak traced allocation {peak / 2**20:.1f} MiB"


def test_pool_guard_refuses_beyond_the_memory_cap_and_allows_100k_short_lines():
    events.check_pool_size(100_000)
    with pytest.raises(events.PoolTooLarge, match="1000000 sentences"):
        events.check_pool_size(1_000_000)


def test_one_file_of_100k_short_lines_groups_without_any_search(monkeypatch):
    """A single document has no pair to score: no index is built, memory stays the vectors'."""
    n = 100_000
    doc = Document(id="big", path="big.txt", text="x", lang="en", lang_source="given", date=None,
                   sentences=[Sentence(f"big:{i}", "big", i, 0, 1, "x") for i in range(n)])
    vectors = Vectors.from_rows([s.id for s in doc.sentences], np.ones((n, 4), dtype=np.float32) / 2)

    def no_search(*a, **k):
        raise AssertionError("searched a pool without pairs")

    monkeypatch.setattr(candidates.RangeSearcher, "search", no_search)
    found = events.group_events([doc], vectors, {})
    assert [e.documents for e in found] == [("big",)]
