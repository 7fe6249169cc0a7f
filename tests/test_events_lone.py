"""A document average linkage leaves alone joins the event where several documents score the
threshold with it (``events.join_lone``, LONE_SUPPORT). The scores below are the FLORES dev case
that made it: the Turkish version of a story beside five versions that score 1.04-1.30 among
themselves, and 0.90-1.01 with it (its mean 0.97 stays under the 1.0 of average linkage)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from workbench.align import events
from workbench.document import Document, Sentence

T = 1.0
LONE = [1.001, 0.941, 1.007, 0.898, 1.000]  # doc 5 with docs 0-4 (three at or above T)


def _scores(lone: list[float], among: float = 1.2, extra: dict[tuple[int, int], float] | None = None,
            n: int = 6) -> events.PairScores:
    pairs, scores = [], []
    for i in range(5):
        for j in range(i + 1, 5):
            pairs.append((i, j)); scores.append(among)
    for i, s in enumerate(lone):
        pairs.append((i, 5)); scores.append(s)
    for p, s in (extra or {}).items():
        pairs.append(p); scores.append(s)
    return events.PairScores(n, np.array(pairs), np.array(scores))


def test_average_linkage_alone_leaves_the_version_out():
    assert events.sparse_average_linkage(_scores(LONE), T) == [[0, 1, 2, 3, 4], [5]]


def test_a_lone_document_joins_where_two_versions_or_more_reach_the_threshold(monkeypatch):
    monkeypatch.setattr(events, "LONE_SUPPORT", 2)
    scores = _scores(LONE)
    assert events.join_lone(events.sparse_average_linkage(scores, T), scores, T) == [[0, 1, 2, 3, 4, 5]]
    two = _scores([1.011, 0.962, 0.993, 0.975, 1.046])  # the same story on another draw: two at T
    assert events.join_lone(events.sparse_average_linkage(two, T), two, T) == [[0, 1, 2, 3, 4, 5]]


def test_one_pair_is_not_enough_and_none_switches_it_off(monkeypatch):
    monkeypatch.setattr(events, "LONE_SUPPORT", 2)
    one = _scores([1.05, 0.5, 0.4, 0.6, 0.5])  # one strong pair: a coincidence, not an event
    assert events.join_lone(events.sparse_average_linkage(one, T), one, T) == [[0, 1, 2, 3, 4], [5]]
    monkeypatch.setattr(events, "LONE_SUPPORT", None)
    monkeypatch.setattr(events, "LONE_RANK", None)  # the rank alone would take it (tests/test_events_lone_rank.py)
    scores = _scores(LONE)
    assert events.join_lone(events.sparse_average_linkage(scores, T), scores, T) == [[0, 1, 2, 3, 4], [5]]


def test_the_cluster_with_more_support_wins_then_the_higher_mean(monkeypatch):
    monkeypatch.setattr(events, "LONE_SUPPORT", 2)
    # docs 6-9 are a second event; doc 5 reaches two of it at 1.4 and three of the first at 1.0
    second = {(a, b): 1.5 for a in range(6, 10) for b in range(a + 1, 10)}
    scores = _scores([1.0, 1.0, 1.0, 0.5, 0.5], extra={**second, (5, 6): 1.4, (5, 7): 1.4}, n=10)
    linked = events.sparse_average_linkage(scores, T)
    assert linked == [[0, 1, 2, 3, 4], [5], [6, 7, 8, 9]]
    assert events.join_lone(linked, scores, T) == [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9]]
    # three at 1.2 against three at 1.0: the higher mean
    scores = _scores([1.0, 1.0, 1.0, 0.5, 0.5], extra={**second, (5, 6): 1.2, (5, 7): 1.2, (5, 8): 1.2}, n=10)
    linked = events.sparse_average_linkage(scores, T)
    assert linked == [[0, 1, 2, 3, 4], [5], [6, 7, 8, 9]]
    assert events.join_lone(linked, scores, T) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]


def _doc(doc_id: str) -> Document:
    return Document(id=doc_id, path=doc_id, text="x.", lang="en", lang_source="given", date=dt.date(2026, 3, 1),
                    sentences=[Sentence(f"{doc_id}:0", doc_id, 0, 0, 2, "x.")])


@pytest.mark.parametrize("support, expected", [(2, 1), (None, 2)])
def test_group_events_applies_it(monkeypatch, support, expected):
    monkeypatch.setattr(events, "LONE_SUPPORT", support)
    monkeypatch.setattr(events, "LONE_RANK", None)
    monkeypatch.setattr(events, "sparse_pair_scores", lambda docs, embeddings, facts=None: _scores(LONE))
    out = events.group_events([_doc(f"d{i}") for i in range(6)], {}, {})
    assert len(out) == expected
    assert sorted(x for e in out for x in e.documents) == [f"d{i}" for i in range(6)]


def test_the_setting_is_in_the_signature():
    assert events.LONE_SUPPORT == 2 and events.THRESHOLDS["lone_support"] == 2
