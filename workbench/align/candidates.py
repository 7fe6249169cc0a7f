"""Nearest-neighbour search for event grouping: which document pairs to score at all,
and each sentence's neighbourhood for the ratio margin, without an n x n matrix.

Event grouping compares documents; a pool of thousands of reports cannot afford every
pair, and a dense sentence-by-sentence matrix of a week's news does not fit in memory.
Two searches replace it, both by inner product of L2-normalized float32 vectors with
faiss (exact ``IndexFlatIP``/``faiss.knn`` up to EXACT_MAX vectors, HNSW above):

- candidates: each document's DOC_TOP_K nearest documents (by the mean of its centred
  sentence vectors) among the documents whose date is close enough for the date
  penalty to allow a merge; documents with no date join every window;
- neighbourhood means: each sentence's mean similarity to its MARGIN_K nearest
  sentences of other documents of the pool (the denominator of the ratio margin).

faiss-cpu was kept over usearch after measuring both on this machine (eval/README.md,
"Scale"): exact search through BLAS and range filters for date windows.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

import numpy as np

# Not calibrated: cost settings. Exact search up to EXACT_MAX base vectors (results are
# then identical to a dense matrix); above it HNSW, whose graph is built on one thread
# so that the same input gives the same neighbours (a multi-threaded build is not
# deterministic). M / efConstruction / efSearch: faiss's usual values for ~0.99 recall
# at top-10 on 384-d sentence vectors (measured, eval/README.md "Scale").
EXACT_MAX = 20_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128
QUERY_BATCH = 4096  # queries per search call: bounds the (batch, k) result arrays, not the base


def _faiss():
    import faiss

    return faiss


def _as_base(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(x, dtype=np.float32)


class KnnIndex:
    """Inner-product k-NN over the rows of ``base``: exact up to EXACT_MAX rows, HNSW above.

    ``search(queries, k, exclude=(lo, hi))`` leaves out base rows lo..hi-1 (a document's
    own sentences are one contiguous run of rows). Missing results (fewer than k rows
    allowed) come back with similarity -inf and label -1.
    """

    def __init__(self, base: np.ndarray, exact_max: int | None = None):
        faiss = _faiss()
        self.base = _as_base(base)
        n, d = self.base.shape
        self.exact = n <= (EXACT_MAX if exact_max is None else exact_max)
        if self.exact:
            self._index = faiss.IndexFlatIP(d)
            self._index.add(self.base)
        else:
            self._index = faiss.IndexHNSWFlat(d, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            self._index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            threads = faiss.omp_get_max_threads()
            faiss.omp_set_num_threads(1)  # deterministic graph
            try:
                self._index.add(self.base)
            finally:
                faiss.omp_set_num_threads(threads)

    def __len__(self) -> int:
        return len(self.base)

    def search(self, queries: np.ndarray, k: int, exclude: tuple[int, int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        faiss = _faiss()
        queries = _as_base(queries)
        nq = len(queries)
        sims = np.full((nq, k), -np.inf, dtype=np.float32)
        labels = np.full((nq, k), -1, dtype=np.int64)
        if nq == 0 or k == 0 or len(self) == 0:
            return sims, labels
        params = None
        if exclude is not None:
            sel = faiss.IDSelectorNot(faiss.IDSelectorRange(int(exclude[0]), int(exclude[1])))
            params = (faiss.SearchParametersHNSW(sel=sel, efSearch=max(HNSW_EF_SEARCH, k)) if not self.exact
                      else faiss.SearchParameters(sel=sel))
        elif not self.exact:
            params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, k))
        kk = min(k, len(self))
        for s in range(0, nq, QUERY_BATCH):
            q = queries[s:s + QUERY_BATCH]
            if params is None:
                d, i = self._index.search(q, kk)
            else:
                d, i = self._index.search(q, kk, params=params)
            ok = i >= 0
            sims[s:s + len(q), :kk] = np.where(ok, d, -np.inf)
            labels[s:s + len(q), :kk] = i
        return sims, labels


def neighbourhood_means(e: np.ndarray, sizes: Sequence[int], k: int, exact_max: int | None = None,
                        rows: np.ndarray | None = None) -> np.ndarray:
    """Per row of ``e`` (documents' sentences as consecutive runs of ``sizes`` rows): the
    mean of the k largest entries of its similarity row over the whole pool, with the
    entries of its own document counted as 0 (they are excluded from the neighbourhood,
    as in the dense computation, where they were zeroed). ``rows`` (sorted row indices)
    limits the work to the sentences that need it; other entries are NaN."""
    e = _as_base(e)
    n = len(e)
    out = np.full(n, np.nan)
    if n == 0:
        return out
    sizes = np.asarray(sizes, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    owner = np.repeat(np.arange(len(sizes)), sizes)
    want = np.zeros(n, dtype=bool)
    want[np.arange(n) if rows is None else rows] = True
    index = KnnIndex(e, exact_max)
    kk = min(k, n)  # the dense row has n entries
    # Rows are searched for k + |own document| neighbours, grouped by document size,
    # so the own sentences can be dropped and k others remain; a very long document is
    # searched with a filter instead (its own rows excluded in the index).
    own_cap = 64
    for size in np.unique(sizes[sizes > 0]):
        docs = np.flatnonzero(sizes == size)
        if size <= own_cap:
            r = np.concatenate([np.arange(starts[a], starts[a] + size) for a in docs])
            r = r[want[r]]
            if not len(r):
                continue
            sims, labels = index.search(e[r], k + int(size))
            own = (labels >= starts[owner[r]][:, None]) & (labels < (starts[owner[r]] + size)[:, None])
            sims = np.where(own, -np.inf, sims)
            out[r] = _top_mean(sims, int(size), kk)
        else:
            for a in docs:
                r = np.arange(starts[a], starts[a] + size)
                r = r[want[r]]
                if not len(r):
                    continue
                sims, _ = index.search(e[r], k, exclude=(int(starts[a]), int(starts[a] + size)))
                out[r] = _top_mean(sims, int(size), kk)
    return out


def _top_mean(sims: np.ndarray, own: int, k: int) -> np.ndarray:
    """Mean of the k largest of (each row's other-document similarities + ``own`` zeros)."""
    zeros = np.zeros((len(sims), min(own, k)))
    full = np.concatenate([np.where(np.isfinite(sims), sims, -np.inf), zeros], axis=1)
    full = -np.sort(-full, axis=1)[:, :k]
    return full.mean(axis=1)


def window_days(grace: int, per_day: float, cap: float) -> int:
    """Smallest distance in days at which the date penalty reaches its cap (no merge from there on)."""
    return grace + int(np.ceil(cap / per_day))


def candidate_pairs(vectors: np.ndarray, dates: Sequence[_dt.date | None], top_k: int, window: int,
                    exact_max: int | None = None) -> np.ndarray:
    """(P, 2) sorted index pairs i < j: j among i's ``top_k`` nearest documents (or i
    among j's) within ``window`` days (strictly closer); an undated document is near
    every date, so it is searched against all documents and found from every window."""
    n = len(vectors)
    if n < 2 or top_k < 1:
        return np.zeros((0, 2), dtype=np.int64)
    vectors = _as_base(vectors)
    dated = np.array([d is not None for d in dates])
    day = np.array([d.toordinal() if d is not None else 0 for d in dates], dtype=np.int64)
    order = np.flatnonzero(dated)[np.argsort(day[dated], kind="stable")]
    undated = np.flatnonzero(~dated)
    pairs: list[np.ndarray] = []

    def add(queries: np.ndarray, base_ids: np.ndarray, sims: np.ndarray, labels: np.ndarray) -> None:
        ok = labels >= 0
        j = np.where(ok, base_ids[np.clip(labels, 0, None)], -1)
        q = np.repeat(queries[:, None], labels.shape[1], axis=1)
        keep = ok & (j != q)
        pairs.append(np.stack([q[keep], j[keep]], axis=1))

    # Undated documents: their top-k over the whole pool.
    if len(undated):
        index = KnnIndex(vectors, exact_max)
        sims, labels = index.search(vectors[undated], top_k + 1)
        add(undated, np.arange(n), sims, labels)
    # Dated documents: per distinct date, the top-k among documents of the window
    # (a contiguous run of the date-sorted order) and among the undated ones.
    if len(order):
        sorted_days = day[order]
        index = KnnIndex(vectors[order], exact_max)
        und_index = KnnIndex(vectors[undated], exact_max) if len(undated) else None
        lo_all = np.searchsorted(sorted_days, sorted_days - window, side="right")
        hi_all = np.searchsorted(sorted_days, sorted_days + window, side="left")
        for u in np.unique(sorted_days):
            at = np.flatnonzero(sorted_days == u)
            lo, hi = int(lo_all[at[0]]), int(hi_all[at[0]])
            queries = order[at]
            if hi - lo == len(order):
                sims, labels = index.search(vectors[queries], top_k + 1)
            elif index.exact:  # the window's rows searched exactly, with BLAS
                sims, labels = _flat_knn(vectors[queries], index.base[lo:hi], top_k + 1)
                labels = np.where(labels >= 0, labels + lo, -1)
            else:
                sims, labels = _range_search(index, vectors[queries], top_k + 1, lo, hi)
            if und_index is not None:
                us, ul = und_index.search(vectors[queries], top_k)
                both_s = np.concatenate([sims, us], axis=1)
                both_l = np.concatenate([np.where(labels >= 0, order[np.clip(labels, 0, None)], -1),
                                         np.where(ul >= 0, undated[np.clip(ul, 0, None)], -1)], axis=1)
                best = np.argsort(-both_s, axis=1, kind="stable")[:, :top_k + 1]
                sims = np.take_along_axis(both_s, best, axis=1)
                labels = np.take_along_axis(both_l, best, axis=1)
                add(queries, np.arange(n), sims, labels)
            else:
                add(queries, order, sims, labels)
    if not pairs:
        return np.zeros((0, 2), dtype=np.int64)
    p = np.concatenate(pairs)
    p = np.sort(p, axis=1)
    return np.unique(p, axis=0)


def _flat_knn(queries: np.ndarray, base: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    faiss = _faiss()
    kk = min(k, len(base))
    sims = np.full((len(queries), k), -np.inf, dtype=np.float32)
    labels = np.full((len(queries), k), -1, dtype=np.int64)
    if kk:
        d, i = faiss.knn(_as_base(queries), _as_base(base), kk, metric=faiss.METRIC_INNER_PRODUCT)
        sims[:, :kk] = np.where(i >= 0, d, -np.inf)
        labels[:, :kk] = i
    return sims, labels


def _range_search(index: KnnIndex, queries: np.ndarray, k: int, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
    """HNSW search restricted to base rows lo..hi-1."""
    faiss = _faiss()
    sel = faiss.IDSelectorRange(lo, hi)
    params = faiss.SearchParametersHNSW(sel=sel, efSearch=max(HNSW_EF_SEARCH, k))
    kk = min(k, hi - lo)
    d, i = index._index.search(_as_base(queries), kk, params=params)
    sims = np.full((len(queries), k), -np.inf, dtype=np.float32)
    labels = np.full((len(queries), k), -1, dtype=np.int64)
    sims[:, :kk] = np.where(i >= 0, d, -np.inf)
    labels[:, :kk] = i
    return sims, labels
