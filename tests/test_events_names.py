"""The events' names term grows with the names two reports can compare (``events.NAME_SHRINK``):
two reports sharing both of their two names get part of the term three shared names get, not
nothing, and one more name never moves a pair by the whole term at once (a version of a report
whose translated name words are left out, ``claims.NAME_TRANSLATED``, keeps what it shares)."""
import numpy as np
import pytest

from workbench.align import claims, events
from workbench.align.claims import Mentions
from workbench.document import Document


def _term(shared: int, own_a: int = 0, own_b: int = 0) -> float:
    """The names term of two undated reports with ``shared`` name keys in common and ``own_*`` apart."""
    common = [f"name{i}" for i in range(shared)]
    a = Mentions(frozenset(), frozenset(common + [f"a{i}" for i in range(own_a)]))
    b = Mentions(frozenset(), frozenset(common + [f"b{i}" for i in range(own_b)]))
    docs = [Document(id=x, path=x, text="", lang="en", lang_source="given") for x in "ab"]
    return float(events._extras(docs, [a, b], np.array([[0, 1]]))[0])


def test_fewer_names_than_name_min_are_evidence_in_proportion(monkeypatch):
    monkeypatch.setattr(events, "NAME_SHRINK", True)
    full = events.NAME_WEIGHT * (1 - events.NAME_BASE)
    assert _term(events.NAME_MIN) == pytest.approx(full)
    below = [_term(m) for m in range(1, events.NAME_MIN)]
    assert below == sorted(below) and 0 < below[0] and below[-1] < full
    assert below[-1] == pytest.approx(events.NAME_WEIGHT * (events.NAME_MIN - 1) * (1 - events.NAME_BASE)
                                      / events.NAME_MIN)
    monkeypatch.setattr(events, "NAME_SHRINK", False)
    assert [_term(m) for m in range(1, events.NAME_MIN)] == [0.0] * (events.NAME_MIN - 1)


def test_unshared_names_below_name_min_cost_less(monkeypatch):
    monkeypatch.setattr(events, "NAME_SHRINK", True)
    at_min = _term(0, events.NAME_MIN, events.NAME_MIN)
    assert at_min == pytest.approx(-events.NAME_WEIGHT * events.NAME_BASE)
    assert at_min < _term(0, 2, 5) < _term(0, 1, 5) < 0
    assert _term(0, 0, 5) == 0.0  # a report with no names says nothing


def test_above_name_min_the_term_is_the_overlap_as_before(monkeypatch):
    for shrink in (True, False):
        monkeypatch.setattr(events, "NAME_SHRINK", shrink)
        assert _term(3, 2, 4) == pytest.approx(events.NAME_WEIGHT * (3 / 5 - events.NAME_BASE))


def test_the_comparable_eval_switches_an_events_setting_for_its_run(monkeypatch):
    """``align_comparable.py --events-setting NAME_SHRINK=false``: how the figures of off against on
    were made; a name that is no setting of events.py is refused."""
    import os
    import sys

    monkeypatch.syspath_prepend(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))
    sys.modules.pop("align_comparable", None)
    import align_comparable

    monkeypatch.setattr(events, "NAME_SHRINK", events.NAME_SHRINK)
    monkeypatch.setattr(events, "EVENT_THRESHOLD", events.EVENT_THRESHOLD)
    monkeypatch.setattr(events, "THRESHOLDS", dict(events.THRESHOLDS))  # the signature follows the settings
    assert align_comparable.apply_events_settings(["NAME_SHRINK=false", "EVENT_THRESHOLD=0.9"]) == \
        {"NAME_SHRINK": False, "EVENT_THRESHOLD": 0.9}
    assert (events.NAME_SHRINK, events.EVENT_THRESHOLD) == (False, 0.9)
    assert (events.THRESHOLDS["name_shrink"], events.THRESHOLDS["threshold"]) == (False, 0.9)
    for bad in ("SHARED_JOIN=1", "NAME_SHRINK=1"):
        with pytest.raises(ValueError, match="events.py|true or false"):
            align_comparable.apply_events_settings([bad])


def test_on_by_default_with_the_translated_name_words_left_out_and_both_in_the_signature():
    assert events.NAME_SHRINK is True and events.THRESHOLDS["name_shrink"] is True
    assert claims.NAME_TRANSLATED is True and claims.THRESHOLDS["name_translated"] is True
    assert events.THRESHOLDS["name_min"] == events.NAME_MIN
