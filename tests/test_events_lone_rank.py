"""A document left alone joins the event whose documents are all its best-scored ones
(``events.join_lone`` with LONE_RANK). The scores are a test draw's case: the Turkish version of
a FLORES story scores 1.03 with one of its five versions, 0.94-0.99 with the others (under the
threshold with four, so LONE_SUPPORT does not take it), and 0.64 at most with anything else."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import events

T = 1.0
LONE = [1.034, 0.994, 0.975, 0.960, 0.936]  # doc 5 with its versions, docs 0-4
OTHER = 0.636  # doc 5 with doc 6, a version of another story (with docs 7, 8: 0.586, 0.536)


def _scores(lone=LONE, other=OTHER, among=1.2, n_second=3) -> events.PairScores:
    """Docs 0-4 one story, doc 5 its lone version, docs 6.. a second story (``n_second`` versions)."""
    pairs, scores = [], []
    first, second = range(5), range(6, 6 + n_second)
    for group in (first, second):
        for i in group:
            for j in group:
                if i < j:
                    pairs.append((i, j)); scores.append(among)
    for i, s in zip(first, lone):
        pairs.append((i, 5)); scores.append(s)
    for k, j in enumerate(second):  # doc 5 with the other story's versions, the best at ``other``
        pairs.append((5, j)); scores.append(other - 0.05 * k)
    return events.PairScores(6 + n_second, np.array(pairs), np.array(scores))


def _events(scores):
    return events.join_lone(events.sparse_average_linkage(scores, T), scores, T)


@pytest.fixture(autouse=True)
def _defaults(monkeypatch):
    monkeypatch.setattr(events, "LONE_SUPPORT", 2)
    monkeypatch.setattr(events, "LONE_RANK", 0.9)
    monkeypatch.setattr(events, "LONE_RANK_DOCS", 3)


def test_average_linkage_and_the_support_rule_leave_it_alone(monkeypatch):
    monkeypatch.setattr(events, "LONE_RANK", None)
    assert _events(_scores()) == [[0, 1, 2, 3, 4], [5], [6, 7, 8]]


def test_it_joins_the_event_every_version_of_which_it_scores_highest():
    assert _events(_scores()) == [[0, 1, 2, 3, 4, 5], [6, 7, 8]]


def test_a_document_outside_scoring_as_high_as_a_member_keeps_it_alone():
    # doc 6 (another story) scores above the weakest version: the ranking does not single out the event
    assert _events(_scores(other=0.95)) == [[0, 1, 2, 3, 4], [5], [6, 7, 8]]


def test_a_mean_under_the_bar_keeps_it_alone():
    low = [1.01, 0.85, 0.82, 0.8, 0.8]  # mean 0.856 < 0.9
    assert _events(_scores(lone=low)) == [[0, 1, 2, 3, 4], [5], [6, 7, 8]]
    assert _events(_scores(lone=[x + 0.05 for x in low])) == [[0, 1, 2, 3, 4, 5], [6, 7, 8]]  # 0.906


def test_an_event_of_two_documents_is_one_pair_s_word():
    # doc 5 ranks both documents of a two-document event first, mean 0.95: not enough versions
    # (docs 3-5: others it is ranked against)
    scores = events.PairScores(6, np.array([(0, 1), (0, 2), (1, 2), (2, 3), (2, 4), (2, 5)]),
                               np.array([1.3, 0.96, 0.94, 0.3, 0.2, 0.1]))
    assert events.join_lone(events.sparse_average_linkage(scores, T), scores, T) == [[0, 1], [2], [3], [4], [5]]


def test_the_bar_is_relative_to_the_threshold():
    # an encoder whose scores are twice ours: the same ranking, twice the bar
    doubled = _scores(lone=[2 * x for x in LONE], other=2 * OTHER, among=2.4)
    assert events.join_lone(events.sparse_average_linkage(doubled, 2 * T), doubled, 2 * T) == [[0, 1, 2, 3, 4, 5], [6, 7, 8]]
    assert events.join_lone(events.sparse_average_linkage(doubled, 2 * T), doubled, 2.2 * T) == [[0, 1, 2, 3, 4], [5], [6, 7, 8]]


def test_the_settings_are_in_the_signature():
    assert events.THRESHOLDS["lone_rank"] == 0.9 and events.THRESHOLDS["lone_rank_docs"] == 3


def test_with_nothing_else_to_rank_against_it_stays_alone():
    # a pool of the event and the lone document only (or two others): it has not been ranked
    assert _events(_scores(n_second=0)) == [[0, 1, 2, 3, 4], [5]]
    assert _events(_scores(n_second=2)) == [[0, 1, 2, 3, 4], [5], [6, 7]]
    assert _events(_scores(n_second=3)) == [[0, 1, 2, 3, 4, 5], [6, 7, 8]]
