"""collector.paused: the cyclic collector off inside, the caller's setting back afterwards."""
from __future__ import annotations

import gc

import pytest

from workbench.collector import paused


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_off_inside_and_on_again_after():
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_on_again_after_an_error():
    with pytest.raises(KeyError):
        with paused():
            raise KeyError("x")
    assert gc.isenabled()


def test_a_caller_who_turned_it_off_keeps_it_off():
    gc.disable()
    with paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_as_a_decorator_each_call_pauses():
    seen = []

    @paused()
    def work(x):
        seen.append(gc.isenabled())
        return x + 1

    assert work(1) == 2 and work(2) == 3
    assert seen == [False, False] and gc.isenabled()
