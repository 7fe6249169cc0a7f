"""Claim alignment, thirty-fifth session (issue 12): the link threshold is the margin LINK_RATE
background margins per sentence reach, not a percentile of all pairs, so it holds as reports grow
(pairs grow with the square of a report's length, a sentence's near misses do not)."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import align_claims, pair_thresholds, unit_tables

from test_align_claims import DIM, _doc, _events, _groups, _noisy, _unit

CLAIMS = 16  # claims both reports give, two on each of eight themes (each other's near misses)


def _reports(filler: int, seed: int = 0):
    """Two reports of one event giving the same CLAIMS claims in another order, each then
    padded with ``filler`` sentences on nothing the other report says, and an outside report
    "z" for the margins' neighbourhood."""
    rng = np.random.default_rng(seed)
    common = _unit(rng.normal(size=DIM))
    themes = [_unit(rng.normal(size=DIM)) for _ in range(CLAIMS // 2)]
    claims = [_unit(2.5 * common + 1.5 * t + _unit(rng.normal(size=DIM))) for t in themes for _ in range(2)]

    def unrelated():
        return _unit(2.5 * common + _unit(rng.normal(size=DIM)))

    docs, emb = [], {}
    for doc_id, order in (("a", range(CLAIMS)), ("b", range(CLAIMS - 1, -1, -1)), ("z", ())):
        vectors = [claims[i] for i in order] + [unrelated() for _ in range(filler if order else CLAIMS)]
        d = _doc(doc_id, [f"{doc_id} sentence {i}" for i in range(len(vectors))])
        for s, v in zip(d.sentences, vectors):
            emb[s.id] = _noisy(v, rng)
        docs.append(d)
    return docs, emb


def _threshold(filler: int) -> float:
    docs, emb = _reports(filler)
    (t,) = pair_thresholds(unit_tables(docs, emb, _events(docs)), _events(docs)).values()
    return t


def _percentile_99(background: np.ndarray, sentences: int) -> float:
    """The threshold as it was before: the 99th percentile of all background pairs."""
    return float(np.percentile(background, 99.0))


def test_rate_margin_is_reached_by_link_rate_margins_per_sentence():
    background = np.random.default_rng(1).normal(size=5000)
    for sentences in (100, 400, 1600):
        m = claims_mod._rate_margin(background, sentences)
        assert (background > m).sum() == pytest.approx(claims_mod.LINK_RATE * sentences, abs=1)


def test_rate_margin_stays_within_the_background():
    background = np.arange(100.0)
    assert 98.0 < claims_mod._rate_margin(background, 1) < 99.0  # fewer than one per run: one above it
    assert claims_mod._rate_margin(background, 10 ** 6) == 0.0  # more than all: the lowest


def test_threshold_holds_as_reports_grow_with_unrelated_sentences(monkeypatch):
    short, long = _threshold(0), _threshold(3 * CLAIMS)
    assert long >= 0.85 * short
    monkeypatch.setattr(claims_mod, "_rate_margin", _percentile_99)  # what a percentile did
    assert _threshold(3 * CLAIMS) < 0.6 * _threshold(0)


@pytest.mark.parametrize("rate", [True, False])
def test_unrelated_sentences_of_long_reports_stay_unlinked(monkeypatch, rate):
    """Both reports pad the same claims with three times as many sentences the other does
    not give: the claims pair up, and no two padding sentences are linked. A percentile of
    all pairs fell with the length and paired the padding (18 false links here)."""
    if not rate:
        monkeypatch.setattr(claims_mod, "_rate_margin", _percentile_99)
    docs, emb = _reports(3 * CLAIMS)
    groups = [g for g in _groups(align_claims(docs, _events(docs), emb)) if len(g) > 1]
    padding = [g for g in groups if any(int(s.split(":")[1]) >= CLAIMS for s in g)]
    assert (padding == []) is rate
    if rate:
        assert {frozenset(g) for g in groups} == {frozenset({f"a:{i}", f"b:{CLAIMS - 1 - i}"}) for i in range(CLAIMS)}
