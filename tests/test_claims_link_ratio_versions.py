"""Claim alignment, thirty-third session (issue 12): in an event of ALONE_DOCS documents or more a link
needs LINK_RATIO_VERSIONS times the language pair's background percentile, LINK_RATIO with two: the end
stages bring a link the rounds lose back by the other versions' agreement, and with two versions nothing
does (``_event_claims``)."""
from __future__ import annotations

import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import align_claims

from test_align_claims import _events, _synthetic, topics  # noqa: F401  (a fixture)


def _thresholds_used(monkeypatch, topics, layout) -> list[float]:  # noqa: F811
    """The link threshold each document pair of the event is scored with, over pair_thresholds' own."""
    seen, run_wide = [], {}
    real_thresholds, real_links = claims_mod._thresholds_from, claims_mod.pair_links

    def thresholds(*args):
        run_wide.update(real_thresholds(*args))
        return run_wide

    def links(ta, tb, threshold, *rest, **kw):
        if "z" not in (ta.doc, tb.doc):
            seen.append(threshold / run_wide[(min(ta.lang, tb.lang), max(ta.lang, tb.lang))])
        return real_links(ta, tb, threshold, *rest, **kw)

    monkeypatch.setattr(claims_mod, "_thresholds_from", thresholds)
    monkeypatch.setattr(claims_mod, "pair_links", links)
    docs, emb = _synthetic(layout, topics)
    align_claims(docs, _events(docs), emb)
    return seen


def test_an_event_of_three_versions_links_at_the_stricter_ratio(monkeypatch, topics):  # noqa: F811
    used = _thresholds_used(monkeypatch, topics, {"a": [0, 1, 2], "b": [2, 0, 1], "c": [1, 2, 0]})
    assert len(used) == 3 and used == pytest.approx([claims_mod.LINK_RATIO_VERSIONS / claims_mod.LINK_RATIO] * 3)


def test_an_event_of_two_versions_keeps_link_ratio(monkeypatch, topics):  # noqa: F811
    used = _thresholds_used(monkeypatch, topics, {"a": [0, 1, 2], "b": [2, 0, 1]})
    assert used == pytest.approx([1.0])


def test_none_keeps_link_ratio_everywhere(monkeypatch, topics):  # noqa: F811
    monkeypatch.setattr(claims_mod, "LINK_RATIO_VERSIONS", None)
    used = _thresholds_used(monkeypatch, topics, {"a": [0, 1, 2], "b": [2, 0, 1], "c": [1, 2, 0]})
    assert used == pytest.approx([1.0] * 3)


def test_the_setting_is_in_the_signature():
    assert claims_mod.THRESHOLDS["link_ratio_versions"] == claims_mod.LINK_RATIO_VERSIONS == 1.125
