import numpy as np
import pytest

from workbench.align.margin import ratio_margin


def test_ratio_margin_matches_definition():
    rng = np.random.default_rng(0)
    sim = rng.uniform(0.2, 0.9, size=(5, 7))
    k = 3
    out = ratio_margin(sim, k=k)
    for i in range(5):
        for j in range(7):
            r = np.sort(sim[i])[-k:].mean()
            c = np.sort(sim[:, j])[-k:].mean()
            assert out[i, j] == pytest.approx(sim[i, j] / ((r + c) / 2))


def test_ratio_margin_clips_k_and_handles_empty():
    sim = np.array([[0.5, 0.8]])
    out = ratio_margin(sim, k=4)  # k clipped to 2 for rows and to 1 for columns
    row = 0.65
    assert out[0, 0] == pytest.approx(0.5 / ((row + 0.5) / 2))
    assert out[0, 1] == pytest.approx(0.8 / ((row + 0.8) / 2))
    assert ratio_margin(np.zeros((0, 3))).shape == (0, 3)


def test_ratio_margin_penalizes_hub():
    # column 0 is a "hub" similar to everything; the true pair (1, 1) must win row 1
    sim = np.array([[0.9, 0.3], [0.85, 0.8]])
    out = ratio_margin(sim, k=2)
    assert out[1, 1] > out[1, 0]
