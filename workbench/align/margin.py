"""Margin scoring for embedding similarities (Artetxe & Schwenk 2019, "ratio" margin).

Raw cosines of multilingual encoders are not comparable across sentences: some
sentences ("hub" sentences) are close to everything. Dividing a pair's cosine by the
average similarity of each side to its k nearest neighbours rewards pairs that stand
out from their neighbourhood, which is what both bitext mining and alignment need.
"""
from __future__ import annotations

import numpy as np


def ratio_margin(sim: np.ndarray, k: int = 4) -> np.ndarray:
    """Ratio margin of an (n, m) cosine matrix.

    ``out[i, j] = sim[i, j] / ((mean top-k of row i + mean top-k of column j) / 2)``,
    with k clipped to the matrix shape (k <= m for rows, k <= n for columns).
    An empty matrix is returned as an empty float array of the same shape.
    """
    sim = np.asarray(sim, dtype=np.float64)
    if sim.ndim != 2:
        raise ValueError(f"ratio_margin needs a 2-D similarity matrix, got shape {sim.shape}")
    n, m = sim.shape
    if n == 0 or m == 0:
        return np.zeros((n, m), dtype=np.float64)
    if k < 1:
        raise ValueError(f"ratio_margin needs k >= 1, got {k}")
    k_row, k_col = min(k, m), min(k, n)
    # np.partition puts the k largest in the last k slots without a full sort.
    row_knn = np.partition(sim, m - k_row, axis=1)[:, m - k_row:].mean(axis=1)
    col_knn = np.partition(sim, n - k_col, axis=0)[n - k_col:, :].mean(axis=0)
    denom = (row_knn[:, None] + col_knn[None, :]) / 2.0
    # Cosines of normalized embeddings are rarely <= 0 on top-k; guard the division anyway.
    denom = np.where(np.abs(denom) < 1e-12, 1e-12, denom)
    return sim / denom
