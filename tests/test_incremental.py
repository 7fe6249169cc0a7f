"""Incremental runs (issue 11, item 5): only what the documents new since a previous report touch
is recomputed; the rest is that report's. A bag-of-words stand-in encoder keeps runs fast."""
import json
import zlib

import numpy as np
import pytest

from workbench import incremental
from workbench.cli import main
from workbench.corpus import parse_text
from workbench.engine import LocalEngine
from workbench.pipeline import run_pipeline
from workbench.report import build_report
from workbench.segmentation import segment_document

DIM = 64


class BagOfWords:
    """Each word a fixed random vector, a text the normalized sum: shared words, close texts."""

    name, dim = "bag-of-words", DIM

    def encode(self, texts):
        rows = [np.sum([np.random.default_rng(zlib.crc32(w.lower().strip(".,").encode())).normal(size=DIM)
                        for w in t.split()] or [np.zeros(DIM)], axis=0) for t in texts]
        rows = np.array(rows, dtype=np.float32)
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)


class CountingEngine(LocalEngine):
    """The local engine, noting each task it runs: (function name, first argument)."""

    def __init__(self, encoder):
        super().__init__(encoder)
        self.tasks = []

    def run_tasks(self, fn, jobs):
        self.tasks += [(fn.__name__, job[0]) for job in jobs]
        return super().run_tasks(fn, jobs)

    def grouped(self):
        return [[d.id for d in docs] for name, docs in self.tasks if name == "group_events"]

    def claimed(self):
        return sorted(event for name, event in self.tasks if name == "_event_claims")


# Three stories; each document tells its story in its own words around shared facts.
STORIES = {
    "flood": ["The river flooded the old town of Vidin on Monday.", "Rescue teams evacuated 300 residents from the lower streets.",
              "The mayor Ivan Petrov declared a state of emergency.", "Water levels are expected to fall by Thursday."],
    "summit": ["Leaders of five Balkan states met in Sofia for a trade summit.", "They signed 12 agreements on railways and energy.",
               "The host Rumen Radev praised the regional cooperation.", "The next summit will take place in Skopje."],
    "strike": ["Teachers in Ankara walked out over unpaid wages.", "The union said 4,000 teachers joined the strike.",
               "Schools across the capital stayed closed.", "Talks with the ministry resume next week."],
}
OPENERS = ["", "Reports say ", "According to officials, ", "Local media wrote that "]


def _doc(doc_id: str, story: str, date: str, variant: int):
    lines = [(OPENERS[variant % len(OPENERS)] + s[0].lower() + s[1:]) if i == variant % 4 else s
             for i, s in enumerate(STORIES[story])]
    d = parse_text(f" date {date}\n" + " ".join(lines), f"{doc_id}.txt", doc_id, lang="en")
    segment_document(d)
    return d


def _corpus():
    return [_doc("a1", "flood", "2026-03-01", 0), _doc("a2", "flood", "2026-03-01", 1), _doc("a3", "flood", "2026-03-02", 2),
            _doc("b1", "summit", "2026-03-02", 0), _doc("b2", "summit", "2026-03-03", 1),
            _doc("c1", "strike", "2025-01-10", 0), _doc("c2", "strike", "2025-01-10", 1)]


def _run(docs, previous=None, **kw):
    engine = CountingEngine(BagOfWords())
    warnings = []
    result = run_pipeline(docs, store=None, encoder=engine.encoder, engine=engine, skip=("translate",),
                          previous=previous, warn=warnings.append, **kw)
    return result, engine, warnings


def _previous(result, name="out/report.json"):
    return incremental.previous_run(json.loads(json.dumps(build_report(result), default=float)), name, "0123456789ab")


def _events(result):
    return sorted(sorted(e.documents) for e in result.events)


@pytest.fixture(scope="module")
def first():
    result, _, warnings = _run(_corpus())
    assert _events(result) == [["a1", "a2", "a3"], ["b1", "b2"], ["c1", "c2"]]  # the stand-in encoder groups the stories
    assert not warnings
    return result


def test_a_new_date_far_from_the_others_recomputes_only_its_own_event(first):
    far = _doc("d1", "strike", "2029-06-01", 3)
    result, engine, warnings = _run(_corpus() + [far], _previous(first))
    assert not warnings
    assert engine.grouped() == [["d1"]]  # no other document is regrouped
    new_event = next(e.id for e in result.events if e.documents == ("d1",))
    assert engine.claimed() == [new_event]
    assert result.incremental.recomputed == (new_event,) and result.incremental.new_documents == ("d1",)
    assert result.incremental.kept == 3
    old = {c.id: c for c in _previous(first).claims}
    assert [c for c in result.claims if c.event != new_event] == list(old.values())
    assert {f.id for f in result.flags} >= {f.id for f in first.flags}
    assert result.signature["run"] == "incremental" and result.signature["previous"] == "0123456789ab"


def test_a_document_joining_an_event_recomputes_that_events_claims_and_keeps_the_others(first):
    joining = _doc("a4", "flood", "2026-03-02", 3)
    result, engine, _ = _run(_corpus() + [joining], _previous(first))
    assert _events(result) == [["a1", "a2", "a3", "a4"], ["b1", "b2"], ["c1", "c2"]]
    # the date window of 2026-03-02 holds the flood and summit reports, not the 2025 strike
    assert sorted(engine.grouped()[0]) == ["a1", "a2", "a3", "a4", "b1", "b2"]
    flood = next(e for e in result.events if "a4" in e.documents)
    assert engine.claimed() == [flood.id]  # the summit was regrouped as it was: its claims are kept
    assert any(m.doc == "a4" for c in result.claims if c.event == flood.id for m in c.members if len(c.members) > 1)
    summit = next(e.id for e in first.events if "b1" in e.documents)
    assert [c for c in result.claims if c.event == summit] == [c for c in _previous(first).claims if c.event == summit]


def test_recomputed_events_equal_a_full_rerun_and_nothing_new_equals_the_previous_report(first):
    docs = _corpus() + [_doc("a4", "flood", "2026-03-02", 3)]
    inc, _, _ = _run(docs, _previous(first))
    full, _, _ = _run(_corpus() + [_doc("a4", "flood", "2026-03-02", 3)])
    assert _events(inc) == _events(full)
    changed = set(inc.incremental.recomputed)
    changed_docs = {d for e in inc.events if e.id in changed for d in e.documents}
    assert [c for c in inc.claims if c.event in changed] == [c for c in full.claims if c.event in changed]
    assert [f for f in inc.flags if f.evidence[0].doc in changed_docs] == \
        [f for f in full.flags if f.evidence[0].doc in changed_docs]
    assert inc.facts == full.facts  # facts of the old documents come back from the report unchanged

    same, engine, _ = _run(_corpus(), _previous(first))
    assert engine.grouped() == [] and engine.claimed() == []
    a, b = build_report(first), build_report(same)
    for key in ("documents", "events", "claims", "flags"):
        assert a[key] == b[key], key


def test_a_reviewer_link_decision_recomputes_the_claims_of_its_event(first):
    claim = next(c for c in first.claims if len(c.members) > 1)
    pair = tuple(sorted((claim.members[0].sentences[0], claim.members[1].sentences[0])))
    result, engine, _ = _run(_corpus(), _previous(first), rejected={pair})
    assert engine.claimed() == [claim.event]
    assert not any(set(pair) <= {s for m in c.members for s in m.sentences} for c in result.claims)


def test_other_settings_or_a_changed_document_mean_a_full_run_with_a_warning(first):
    previous = _previous(first)
    other = incremental.Previous(**{**previous.__dict__, "settings": {**previous.settings, "events.threshold": "0.9"}})
    result, engine, warnings = _run(_corpus(), other)
    assert result.incremental is None and "run" not in result.signature
    assert len(engine.grouped()) == 1 and len(engine.grouped()[0]) == 7
    assert warnings == ["--incremental: out/report.json was made with other settings "
                        "(events.threshold 0.9 -> 1.0): full run"]

    docs = _corpus()
    docs[0] = _doc("a1", "flood", "2026-03-05", 0)  # same id, another date
    result, _, warnings = _run(docs[:-1], previous)
    assert result.incremental is None
    assert warnings == ["--incremental: 2 document(s) of out/report.json changed or are gone (e.g. a1): full run"]


def test_event_scope_takes_the_window_undated_documents_and_whole_old_events():
    docs = [_doc(i, "flood", date, 0) for i, date in
            (("x", "2026-01-01"), ("y", "2026-03-20"), ("z", "2026-06-01"), ("n", "2026-02-10"))]
    undated = parse_text("No date here.", "u.txt", "u", lang="en")
    old = [incremental.Event("e-1", ("x",)), incremental.Event("e-2", ("y", "z"))]
    # n is 40 days after x and 38 before y: both in its window (53 days); z joins with y's event
    assert incremental.event_scope(docs + [undated], ["n"], old, 53) == {"n", "x", "y", "z", "u"}
    assert incremental.event_scope(docs, ["n"], old, 30) == {"n"}
    assert incremental.event_scope(docs + [undated], ["u"], old, 30) == {"n", "x", "y", "z", "u"}
    assert incremental.event_scope(docs, [], old, 53) == set()


def _folder(tmp_path, docs):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for d in docs:
        (folder / f"{d.id}.txt").write_text(d.text, encoding="utf-8")
    return folder


def _cli(tmp_path, folder, *extra):
    return main(["run", str(folder), "--out", str(tmp_path / "out"), "--skip", "translate", "--no-cache", "--quiet",
                 "--lang", "en", "--alignments", str(tmp_path / "al"), *extra])


@pytest.fixture
def stand_in_encoder(monkeypatch):
    import workbench.engine as engines

    monkeypatch.setattr(engines, "load_encoder", lambda spec: BagOfWords())


def test_cli_incremental_without_a_previous_report_runs_in_full_then_reuses_it(tmp_path, capsys, stand_in_encoder):
    folder = _folder(tmp_path, _corpus())
    assert _cli(tmp_path, folder, "--incremental") == 0
    err = capsys.readouterr().err
    assert "--incremental: no previous" in err and "report.json: full run" in err
    first = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert "run:incremental" not in first["signature"]
    _folder(tmp_path, [_doc("d1", "strike", "2029-06-01", 3)])
    assert _cli(tmp_path, folder, "--incremental") == 0
    err = capsys.readouterr().err
    assert "incremental from" in err and "1 new documents" in err and "1 regrouped" in err
    second = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert "run:incremental" in second["signature"] and "|previous:" in second["signature"]
    assert [e for e in second["events"] if "d1" not in e["documents"]] == first["events"]


@pytest.mark.parametrize("content", ["{not json", json.dumps({"format": "workbench-report/1"})])
def test_cli_refuses_a_corrupt_previous_report_in_one_line(tmp_path, capsys, stand_in_encoder, content):
    folder = _folder(tmp_path, _corpus())
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.json").write_text(content, encoding="utf-8")
    assert _cli(tmp_path, folder, "--incremental") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("workbench: error: ") and "report.json" in err[0]
    assert "run without --incremental" in err[0] and "Traceback" not in err[0]
    assert (tmp_path / "out" / "report.json").read_text(encoding="utf-8") == content  # not overwritten
