"""Running ``workbench run`` on a pool of documents and reading its report.json back.

Shared by the evaluation scripts that go end to end through the real CLI
(``consistency_eval.py``, ``real_pairs.py``): they only rely on the CLI and the
report contract (workbench/schema/report.schema.json), so they keep measuring
whatever the tree holds when the internals are refactored.
"""
from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CONFLICT_KINDS = ("conflict", "hedge")  # the flags a reviewer must act on
SEVERITIES = ("high", "medium", "low", "info")
SERIOUS = ("high", "medium")


def write_jsonl(docs: Iterable[dict], path: str) -> None:
    """One document a line (``id``, ``text`` and optional ``lang``, ``date``), the CLI's JSONL input."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def run_cli(pool: str, out: str, cache: str, alignments: str, skip: tuple[str, ...] = ("translate",)) -> dict:
    """``workbench run POOL --out OUT`` (quiet, its own cache and review folder); the parsed report."""
    cmd = [sys.executable, "-m", "workbench.cli", "run", pool, "--out", out, "--quiet", "--cache", cache,
           "--alignments", alignments]
    for stage in skip:
        cmd += ["--skip", stage]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"workbench run {pool} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
        return json.load(f)


def flags_by_doc(report: dict) -> dict[str, list[dict]]:
    """Every flag under each document its evidence cites (a flag citing two documents is under both)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for f in report["flags"]:
        for doc in dict.fromkeys(e["doc"] for e in f["evidence"]):
            out[doc].append(f)
    return out


def sentence_at(doc: dict, offset: int) -> str | None:
    """Id of the report sentence of ``doc`` that holds the character ``offset``."""
    for s in doc["sentences"]:
        if s["start"] <= offset < s["end"]:
            return s["id"]
    return None


def cites(flag: dict, doc: dict, start: int, end: int) -> bool:
    """True when an evidence item of ``flag`` points at ``doc.text[start:end]``: its own span
    overlaps it, or (evidence without a span) its sentence holds it."""
    sid = sentence_at(doc, start)
    for e in flag["evidence"]:
        if e["doc"] != doc["id"]:
            continue
        if e.get("start") is not None and e.get("end") is not None:
            if e["start"] < end and start < e["end"]:
                return True
        elif sid is not None and e["sentence"] == sid:
            return True
    return False


def events_of(report: dict) -> dict[str, tuple[str, ...]]:
    """Document id -> the documents of its event (itself alone when it is in none)."""
    out = {}
    for e in report["events"]:
        for d in e["documents"]:
            out[d] = tuple(sorted(e["documents"]))
    return out


_VECTORS: dict = {}  # text -> vector of the default encoder, for every recheck of a process


@functools.lru_cache(maxsize=1)
def _default_encoder():
    sys.path.insert(0, ROOT)
    from workbench.embed import load_encoder
    return load_encoder()


def memo_encode(texts):
    """The default encoder, each text encoded once per process: the name slots of every
    rechecked pool ask about the same reference names (``consistency.name_vectors``), as a
    run asks its store."""
    import numpy as np

    todo = [t for t in dict.fromkeys(texts) if t not in _VECTORS]
    if todo:
        _VECTORS.update(zip(todo, _default_encoder().encode(todo)))
    return np.stack([_VECTORS[t] for t in texts])


def recheck(report: dict) -> dict:
    """``report`` with its facts and flags recomputed by the code of the tree, on its own
    documents, sentences, events and claims (the alignment as it was run): a change of the fact
    or flag rules measured without re-running the aligner (``real_pairs.py --recheck``).
    Translations are not read back, so only reports of runs that skipped them (``run_cli``'s
    default) are rechecked as they would be run."""
    import dataclasses
    import datetime as dt

    sys.path.insert(0, ROOT)
    from workbench.consistency import check_consistency
    from workbench.document import Document, Sentence
    from workbench.facts import extract_facts
    from workbench.incremental import previous_run

    previous = previous_run(report, "report.json", "")
    docs = []
    for d in report["documents"]:
        doc = Document(id=d["id"], path=d["path"], text=d["text"], lang=d["lang"], lang_source=d["lang_source"],
                       date=dt.date.fromisoformat(d["date"]) if d.get("date") else None,
                       title=tuple(d["title_span"]) if d.get("title_span") else None)
        doc.sentences = [Sentence(s["id"], d["id"], i, s["start"], s["end"], s["text"], s.get("role", "body"))
                         for i, s in enumerate(d["sentences"])]
        docs.append(doc)
    facts: dict = {}
    for doc in docs:
        facts.update(extract_facts(doc))
    flags = check_consistency(docs, previous.events, previous.claims, facts, {}, encode=memo_encode)
    new = dict(report)
    new["flags"] = [{"id": f.id, "kind": f.kind, "severity": f.severity, "claim": f.claim,
                     "evidence": [dataclasses.asdict(e) for e in f.evidence], "message": f.message,
                     "dismissed": f.dismissed, "note": f.note} for f in flags]
    new["documents"] = [dict(d, sentences=[dict(s, facts=[{"kind": f.kind, "start": f.start, "end": f.end,
                                                             "surface": f.surface, "value": f.value}
                                                            for f in facts.get(s["id"], [])])
                                           for s in d["sentences"]]) for d in report["documents"]]
    return new
