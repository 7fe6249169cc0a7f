"""The float32 vector container: a Mapping by sentence id over one array."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.vectors import Vectors


def test_vectors_is_a_read_only_mapping_over_one_float32_array():
    rows = np.arange(12, dtype=np.float64).reshape(3, 4)
    v = Vectors.from_rows(["a", "b", "c"], rows)
    assert len(v) == 3 and list(v) == ["a", "b", "c"] and "b" in v and "z" not in v
    assert v["b"].dtype == np.float32 and v["b"].tolist() == [4, 5, 6, 7]
    assert dict(v.items()).keys() == {"a", "b", "c"}
    assert v.take(["c", "a"]).tolist() == [rows[2].tolist(), rows[0].tolist()]
    assert v.nbytes == 3 * 4 * 4  # one (3, 4) float32 array
    with pytest.raises(ValueError):
        v["a"][0] = 1.0  # a view into the pool: not writable
    with pytest.raises(KeyError):
        v["z"]


def test_vectors_filled_batch_by_batch_and_shape_checked():
    v = Vectors(["x", "y", "z"], 2)
    v.set(["y", "z"], np.array([[1, 2], [3, 4]]))
    v.set(["x"], np.array([[5, 6]]))
    assert v.take(["x", "y", "z"]).tolist() == [[5, 6], [1, 2], [3, 4]]
    with pytest.raises(ValueError, match="one row per id"):
        Vectors.from_rows(["a"], np.zeros((2, 3)))
