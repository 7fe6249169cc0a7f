"""Nearest-neighbour search for event grouping: which document pairs to score at all,
and each sentence's neighbourhood for the ratio margin, without an n x n matrix.

Event grouping compares documents; a pool of thousands of reports cannot afford every
pair, and a dense sentence-by-sentence matrix of a week's news does not fit in memory.
Two searches replace it, both by inner product of L2-normalized float32 vectors with
faiss (exact ``faiss.knn`` up to EXACT_MAX searched vectors, HNSW above), both inside
date windows: rows are laid out in date order (undated last), so the documents close
enough in date for the date penalty to allow a merge are one contiguous run of rows,
searched together with the undated ones (which join every window):

- candidates: each document's DOC_TOP_K nearest documents (by the mean of its centred
  sentence vectors) in its window; an undated document searches the whole pool;
- neighbourhood means: each sentence's mean similarity to its MARGIN_K nearest
  sentences of other documents in its window (the denominator of the ratio margin).
  The dense computation took the whole pool; on a pool that fits in one window (any
  pool spanning less than the window) the two are the same, and on a longer archive
  the same story told again months later no longer lowers this week's margins.

faiss-cpu was kept over usearch after measuring both on this machine (eval/README.md,
"Scale"): exact search through BLAS and range filters for date windows.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Not calibrated: cost settings. Exact search up to EXACT_MAX searched rows (results are
# then identical to a dense matrix); above it HNSW, whose graph is built on one thread
# so that the same input gives the same neighbours (a multi-threaded build is not
# deterministic). On this 2-core machine (busy), 384-d vectors, top-20 of every row:
# exact 10k rows 8 s, 40k rows 106 s; HNSW (M 32, efConstruction 80, efSearch 128)
# 10k build 21 s + search 32 s, 40k 166 s + 549 s (recall 0.96): exact wins well past
# 40k rows (eval/README.md "Scale").
EXACT_MAX = 50_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128
QUERY_BATCH = 4096  # queries per search call: bounds the (batch, k) result arrays, not the base
OWN_CAP = 64  # documents longer than this are searched one by one (their own rows over-fetched otherwise)


def _faiss():
    import faiss

    return faiss


def _as_base(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(x, dtype=np.float32)


class RangeSearcher:
    """Inner-product k-NN over chosen runs of rows of ``base``: exact (``faiss.knn``, BLAS)
    when the runs hold at most ``exact_max`` rows, else one HNSW index over all rows
    (built on first need) searched with a range filter. Results are global row numbers;
    missing ones (fewer rows than k) come back as similarity -inf, label -1."""

    def __init__(self, base: np.ndarray, exact_max: int | None = None):
        self.base = _as_base(base)
        self.exact_max = EXACT_MAX if exact_max is None else exact_max
        self._hnsw = None

    def search(self, queries: np.ndarray, k: int, ranges: Sequence[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
        queries = _as_base(queries)
        ranges = [(int(lo), int(hi)) for lo, hi in ranges if hi > lo]
        sims = np.full((len(queries), k), -np.inf, dtype=np.float32)
        labels = np.full((len(queries), k), -1, dtype=np.int64)
        if not len(queries) or not ranges or k < 1:
            return sims, labels
        if sum(hi - lo for lo, hi in ranges) <= self.exact_max:
            parts = [_flat_knn(queries, self.base[lo:hi], k, lo) for lo, hi in ranges]
        else:
            parts = [self._hnsw_search(queries, k, ranges)]
        if len(parts) == 1:
            return parts[0]
        s = np.concatenate([p[0] for p in parts], axis=1)
        lab = np.concatenate([p[1] for p in parts], axis=1)
        best = np.argsort(-s, axis=1, kind="stable")[:, :k]
        return np.take_along_axis(s, best, axis=1), np.take_along_axis(lab, best, axis=1)

    def _hnsw_search(self, queries: np.ndarray, k: int, ranges: list[tuple[int, int]]):
        faiss = _faiss()
        if self._hnsw is None:
            index = faiss.IndexHNSWFlat(self.base.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            threads = faiss.omp_get_max_threads()
            faiss.omp_set_num_threads(1)  # a multi-threaded build is not deterministic
            try:
                index.add(self.base)
            finally:
                faiss.omp_set_num_threads(threads)
            self._hnsw = index
        sel = faiss.IDSelectorRange(*ranges[0])
        keep = [sel]
        for lo, hi in ranges[1:]:
            other = faiss.IDSelectorRange(lo, hi)
            keep.append(other)
            sel = faiss.IDSelectorOr(sel, other)
            keep.append(sel)
        params = faiss.SearchParametersHNSW(sel=sel, efSearch=max(HNSW_EF_SEARCH, k))
        sims = np.full((len(queries), k), -np.inf, dtype=np.float32)
        labels = np.full((len(queries), k), -1, dtype=np.int64)
        for s in range(0, len(queries), QUERY_BATCH):
            d, i = self._hnsw.search(queries[s:s + QUERY_BATCH], k, params=params)
            sims[s:s + len(d)] = np.where(i >= 0, d, -np.inf)
            labels[s:s + len(d)] = i
        return sims, labels


def _flat_knn(queries: np.ndarray, base: np.ndarray, k: int, offset: int = 0) -> tuple[np.ndarray, np.ndarray]:
    faiss = _faiss()
    kk = min(k, len(base))
    sims = np.full((len(queries), k), -np.inf, dtype=np.float32)
    labels = np.full((len(queries), k), -1, dtype=np.int64)
    if kk:
        d, i = faiss.knn(_as_base(queries), _as_base(base), kk, metric=faiss.METRIC_INNER_PRODUCT)
        sims[:, :kk] = np.where(i >= 0, d, -np.inf)
        labels[:, :kk] = np.where(i >= 0, i + offset, -1)
    return sims, labels


@dataclass(frozen=True)
class Layout:
    """Documents in date order (undated last); each document's rows are one contiguous run."""

    day: np.ndarray  # per document: date ordinal, or -1 when undated
    order: np.ndarray  # document indices in layout order
    window: int

    @classmethod
    def of(cls, dates: Sequence[_dt.date | None], window: int) -> "Layout":
        day = np.array([d.toordinal() if d is not None else -1 for d in dates], dtype=np.int64)
        undated = day < 0
        order = np.lexsort((np.arange(len(day)), day, undated))  # by (undated, day, index)
        return cls(day, order, window)

    def windows(self, docs: np.ndarray, doc_lo: np.ndarray, doc_hi: np.ndarray) -> list[tuple[np.ndarray, list[tuple[int, int]]]]:
        """Groups of ``docs`` that share a search: (documents, row runs to search), given each
        layout position's first row (``doc_lo``) and end row (``doc_hi``)."""
        layout_day = self.day[self.order]
        n_dated = int((layout_day >= 0).sum())
        dated_days = layout_day[:n_dated]
        rows_end = int(doc_hi[-1]) if len(doc_hi) else 0
        undated_run = (int(doc_lo[n_dated]), rows_end) if n_dated < len(self.order) else None
        out = []
        docs = np.asarray(docs, dtype=np.int64)
        undated = docs[self.day[docs] < 0]
        if len(undated):
            out.append((undated, [(0, rows_end)]))
        dated = docs[self.day[docs] >= 0]
        for u in np.unique(self.day[dated]):
            lo = int(np.searchsorted(dated_days, u - self.window, side="right"))
            hi = int(np.searchsorted(dated_days, u + self.window, side="left"))
            runs = [(int(doc_lo[lo]), int(doc_hi[hi - 1]))]
            if undated_run:
                runs.append(undated_run)
            out.append((dated[self.day[dated] == u], runs))
        return out


def neighbourhood_means(e: np.ndarray, starts: np.ndarray, sizes: np.ndarray, layout: Layout, k: int,
                        docs: np.ndarray, exact_max: int | None = None) -> dict[int, np.ndarray]:
    """For each document of ``docs``, per sentence: the mean of the k largest entries of its
    similarity row over its window (rows ``starts[i]``..``+sizes[i]`` of ``e``, laid out
    by ``layout``), with the entries of its own document counted as 0: they are left out of
    the neighbourhood, as the dense computation zeroed them."""
    searcher = RangeSearcher(e, exact_max)
    lay_sizes = sizes[layout.order]
    doc_hi = np.cumsum(lay_sizes)
    doc_lo = doc_hi - lay_sizes
    out: dict[int, np.ndarray] = {}
    docs = np.asarray([i for i in docs if sizes[i]], dtype=np.int64)
    for group, runs in layout.windows(docs, doc_lo, doc_hi):
        n_rows = sum(hi - lo for lo, hi in runs)
        kk = min(k, n_rows)  # the dense row had one entry per row searched
        small = group[sizes[group] <= OWN_CAP]
        batches = [small] if len(small) else []
        batches += [np.array([i]) for i in group[sizes[group] > OWN_CAP]]
        for batch in batches:
            rows = np.concatenate([np.arange(starts[i], starts[i] + sizes[i]) for i in batch])
            own_lo = np.repeat(starts[batch], sizes[batch])
            own_hi = own_lo + np.repeat(sizes[batch], sizes[batch])
            extra = int(sizes[batch].max())
            if len(batch) == 1 and extra > OWN_CAP:  # a long document: its own rows cut out of the runs
                i = int(batch[0])
                cut = [(lo, hi) for r in runs for lo, hi in ((r[0], min(r[1], starts[i])), (max(r[0], starts[i] + sizes[i]), r[1]))]
                sims, labels = searcher.search(e[rows], k, cut)
            else:
                sims, labels = searcher.search(e[rows], k + extra, runs)
                own = (labels >= own_lo[:, None]) & (labels < own_hi[:, None])
                sims = np.where(own, -np.inf, sims)
            means = _top_mean(sims, np.repeat(sizes[batch], sizes[batch]), kk)
            ends = np.cumsum(sizes[batch])
            for i, a, b in zip(batch.tolist(), (ends - sizes[batch]).tolist(), ends.tolist()):
                out[i] = means[a:b]
    return out


def _top_mean(sims: np.ndarray, own: np.ndarray, k: int) -> np.ndarray:
    """Per row, the mean of the k largest of (its other-document similarities + ``own`` zeros)."""
    zeros = np.where(np.arange(k)[None, :] < np.asarray(own)[:, None], 0.0, -np.inf)
    full = np.concatenate([sims.astype(np.float64), zeros], axis=1)
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
    layout = Layout.of(dates, window)
    searcher = RangeSearcher(_as_base(vectors)[layout.order], exact_max)
    pos = np.arange(n + 1)
    pairs = []
    for group, runs in layout.windows(np.arange(n), pos[:-1], pos[1:]):
        sims, labels = searcher.search(vectors[group], top_k + 1, runs)
        ok = labels >= 0
        j = np.where(ok, layout.order[np.clip(labels, 0, None)], -1)
        q = np.repeat(group[:, None], labels.shape[1], axis=1)
        keep = ok & (j != q)
        pairs.append(np.stack([q[keep], j[keep]], axis=1))
    p = np.sort(np.concatenate(pairs), axis=1)
    return np.unique(p, axis=0) if len(p) else np.zeros((0, 2), dtype=np.int64)
