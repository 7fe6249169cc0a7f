"""Sentence vectors by id in one float32 array.

A dict of per-sentence arrays costs an object and a small allocation per sentence and
scatters the pool over the heap; stages that need the pool as a matrix (event grouping)
then copy it. This container keeps one (n, dim) float32 array and an id -> row index,
and is a read-only ``Mapping[str, np.ndarray]`` so callers that look vectors up by id
keep working unchanged.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import numpy as np


class Vectors(Mapping[str, np.ndarray]):
    """Read-only id -> row view of one float32 (n, dim) array; ``take`` gathers many rows at once."""

    def __init__(self, ids: Sequence[str], dim: int):
        self._row: dict[str, int] = {}
        for i in ids:
            self._row.setdefault(i, len(self._row))
        self._data = np.zeros((len(self._row), dim), dtype=np.float32)

    @classmethod
    def from_rows(cls, ids: Sequence[str], rows: np.ndarray) -> "Vectors":
        rows = np.asarray(rows, dtype=np.float32)
        if rows.ndim != 2 or len(rows) != len(ids):
            raise ValueError(f"need one row per id: {len(ids)} ids, rows of shape {rows.shape}")
        out = cls(ids, rows.shape[1])
        out.set(ids, rows)
        return out

    @property
    def dim(self) -> int:
        return self._data.shape[1]

    def set(self, ids: Sequence[str], rows: np.ndarray) -> None:
        """Fill the rows of ``ids`` (ids given at construction)."""
        self._data[[self._row[i] for i in ids]] = rows

    def take(self, ids: Sequence[str]) -> np.ndarray:
        """(len(ids), dim) copy of the rows of ``ids``."""
        return self._data[np.fromiter((self._row[i] for i in ids), dtype=np.int64, count=len(ids))]

    def __getitem__(self, key: str) -> np.ndarray:
        row = self._data[self._row[key]]
        row.flags.writeable = False  # a view into the pool: callers must not change it
        return row

    def __contains__(self, key: object) -> bool:
        return key in self._row

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)

    @property
    def nbytes(self) -> int:
        return self._data.nbytes
