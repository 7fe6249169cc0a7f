"""Shared by the security, output and review robustness tests: a report whose ids a hostile user chose."""
from __future__ import annotations

import copy
import json

from report_fixture import build_report
from workbench.records import link_id


def rename_doc(report: dict, old: str, new: str) -> dict:
    """A copy of ``report`` with document ``old`` renamed ``new`` everywhere (sentence and link ids too)."""
    r = copy.deepcopy(report)
    sid = {}
    for d in r["documents"]:
        if d["id"] == old:
            d["id"] = new
            for s in d["sentences"]:
                sid[s["id"]] = new + s["id"][len(old):]
                s["id"] = sid[s["id"]]
    for c in r["claims"]:
        for m in c["members"]:
            m["doc"] = new if m["doc"] == old else m["doc"]
            m["sentences"] = [sid.get(s, s) for s in m["sentences"]]
        for link in c["links"]:
            link["a"], link["b"] = sid.get(link["a"], link["a"]), sid.get(link["b"], link["b"])
            link["id"] = link_id(link["a"], link["b"])
    for f in r["flags"]:
        for ev in f["evidence"]:
            ev["doc"] = new if ev["doc"] == old else ev["doc"]
            ev["sentence"] = sid.get(ev["sentence"], ev["sentence"])
    for e in r["events"]:
        e["documents"] = [new if d == old else d for d in e["documents"]]
    return r


def write_report(path, report: dict | None = None):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report or build_report(), ensure_ascii=False), encoding="utf-8")
    return path


def one_error_line(err: str) -> str:
    """The single line a refused command prints (no traceback)."""
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("workbench: error: "), lines[0]
    return lines[0]
