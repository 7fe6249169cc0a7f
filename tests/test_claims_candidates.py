"""Claim alignment scores only each unit's best links into the other document (``pair_links``,
``_candidate_scores``): the cost of two long documents is linear in their lengths, and the links a
later stage reads (each side's best) are the same as with every pair scored."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import (MemoryBounds, Mentions, UnitTable, _ColumnBest, _row_candidates, align_claims,
                                    mutual_best, pair_links)
from workbench.records import Event

from test_align_claims import _doc

NONE = Mentions(frozenset(), frozenset())


def _table(doc: str, vectors: np.ndarray, mentions=None) -> UnitTable:
    """Single sentences, then adjacent pairs (their normalized sums), as ``unit_tables`` builds them."""
    n = len(vectors)
    pairs = vectors[:-1] + vectors[1:]
    pairs /= np.linalg.norm(pairs, axis=1, keepdims=True)
    units = [(i,) for i in range(n)] + [(i, i + 1) for i in range(n - 1)]
    mentions = mentions or [NONE] * n
    unit_mentions = list(mentions) + [mentions[i] | mentions[i + 1] for i in range(n - 1)]
    return UnitTable(doc, units, np.vstack([vectors, pairs]), np.full(len(units), 0.3), unit_mentions,
                     np.zeros(len(units), dtype=bool))


def _versions(n: int, seed: int = 0, noise: float = 0.6) -> tuple[np.ndarray, np.ndarray]:
    """Two documents of ``n`` sentences: the second a shuffled, noisy copy of the first."""
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(n, 32))
    b = a[rng.permutation(n)] + noise * rng.normal(size=(n, 32))
    return (a / np.linalg.norm(a, axis=1, keepdims=True), b / np.linalg.norm(b, axis=1, keepdims=True))


def _key(links, digits: int = 12):
    return sorted((l.a.indices, l.b.indices, round(l.score, digits)) for l in links)


def test_a_row_keeps_its_best_cells_and_those_within_the_slack_at_most_the_cap():
    rng = np.random.default_rng(1)
    base = rng.normal(size=(40, 50))
    base[0, :] = 5.0  # a row of equal cells: crowded, cut to the cap
    base[3, 7] = -np.inf  # no link there (two merged units)
    keep = _row_candidates(base, 4, 0.1, 8)
    for i in range(1, 40):
        row = base[i]
        kth = np.sort(row[np.isfinite(row)])[-4]
        assert keep[i, row >= kth].all()  # the four best of the row
        assert (keep[i] == (row >= kth - 0.1)).all()
    assert keep[0].sum() == 8
    assert not keep[3, 7]


def test_a_column_keeps_its_best_cells_over_the_row_blocks():
    rng = np.random.default_rng(2)
    base = rng.normal(size=(50, 6))
    base[:, 5] = 1.0  # a column of equal cells: the cap
    best = _ColumnBest(cap=8)
    for r0 in range(0, 50, 7):
        best.add(base[r0:r0 + 7], base[r0:r0 + 7] * 10, r0)
    cells = {(i, j): sc for i, j, sc in best.cells(3, 0.2)}
    for j in range(5):
        col = base[:, j]
        kth = np.sort(col)[-3]
        want = {int(i) for i in np.flatnonzero(col >= kth - 0.2)[:8]} if (col >= kth - 0.2).sum() <= 8 else None
        got = {i for i, c in cells if c == j}
        assert want is None or got == want
        assert all(cells[(i, j)] == base[i, j] * 10 for i in got)  # the score of the cell, not its base
    assert len([1 for _, c in cells if c == 5]) == 8


def test_row_blocks_give_the_links_of_one_block(monkeypatch):
    a, b = _versions(90, seed=6)
    ta, tb = _table("a", a), _table("b", b)
    one = _key(pair_links(ta, tb), 9)
    monkeypatch.setattr(claims_mod, "BOUNDS", MemoryBounds(claim_rows=13))
    assert _key(pair_links(ta, tb), 9) == one


def test_mutual_best_links_are_those_of_every_pair_scored(monkeypatch):
    a, b = _versions(250)
    ta, tb = _table("a", a), _table("b", b)
    pruned = pair_links(ta, tb, 0.8)
    monkeypatch.setattr(claims_mod, "CANDIDATES", None)
    every = pair_links(ta, tb, 0.8)
    assert len(pruned) < len(every) / 4
    assert _key(mutual_best(pruned)) == _key(mutual_best(every))
    assert _key(mutual_best(pruned, 2)) == _key(mutual_best(every, 2))
    assert set(_key(pruned)) <= set(_key(every))  # the same scores, bonuses included


def test_each_units_best_links_scored_in_full_are_all_there(monkeypatch):
    """Shared numbers and names lift a cell the margins alone rank lower: the slack counts the
    bonuses, so every unit's CANDIDATES best links by their full score are scored."""
    a, b = _versions(80, seed=3, noise=1.2)
    rng = np.random.default_rng(3)
    ments = lambda: [Mentions(frozenset(map(str, rng.choice(6, 2))), frozenset()) for _ in range(80)]
    ta, tb = _table("a", a, ments()), _table("b", b, ments())
    pruned = {(l.a.indices, l.b.indices): l.score for l in pair_links(ta, tb)}
    k = claims_mod.CANDIDATES
    monkeypatch.setattr(claims_mod, "CANDIDATES", None)
    every = {(l.a.indices, l.b.indices): l.score for l in pair_links(ta, tb)}
    assert len(pruned) < len(every) / 2
    for side in (0, 1):
        by_unit: dict = {}
        for key, score in every.items():
            by_unit.setdefault(key[side], []).append((score, key))
        for unit, cells in by_unit.items():
            for score, key in sorted(cells, reverse=True)[:k]:
                assert pruned.get(key) == score, (unit, key)


def test_two_long_tables_of_look_alike_lines_stay_linear():
    """Near-equal rows put every cell within the slack: the cap bounds them (a pair of 1,000-line
    tables took minutes when every pair was scored)."""
    rng = np.random.default_rng(2)
    common = rng.normal(size=32)
    n = 600
    rows = common + 0.01 * rng.normal(size=(n, 32))
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    ta, tb = _table("a", rows), _table("b", rows[::-1].copy())
    links = pair_links(ta, tb)
    units = len(ta.units) + len(tb.units)
    assert len(links) <= claims_mod.CANDIDATE_CAP * claims_mod.CANDIDATES * units
    assert len(links) < len(ta.units) * len(tb.units) / 4


def test_claims_of_two_long_versions_are_those_of_every_pair_scored(monkeypatch):
    texts = [f"Line {i} of the report says the figure {i * 7} for district {i % 13}." for i in range(70)]
    rng = np.random.default_rng(4)
    order = [int(i) for i in rng.permutation(70)]
    a, b = _doc("a", texts), _doc("b", [texts[i] for i in order])
    va = _versions(70, seed=5)[0]
    vb = va[order] + 0.3 * rng.normal(size=va.shape)
    emb = {s.id: v for s, v in zip(a.sentences, va)} | {s.id: v / np.linalg.norm(v) for s, v in zip(b.sentences, vb)}
    events = [Event("e1", ("a", "b"))]

    def claims():
        return sorted(sorted((m.doc, tuple(m.sentences)) for m in c.members) for c in align_claims([a, b], events, emb))

    pruned = claims()
    monkeypatch.setattr(claims_mod, "CANDIDATES", None)
    assert pruned == claims()
    assert sum(len(c) == 2 for c in pruned) > 40  # most lines found their partner


def test_the_signature_names_the_candidate_bounds():
    assert claims_mod.THRESHOLDS["candidates"] == claims_mod.CANDIDATES
    assert claims_mod.THRESHOLDS["candidate_cap"] == claims_mod.CANDIDATE_CAP
