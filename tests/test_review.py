"""Review decisions: the TSV file, link constraints, dismissed flags, unmatched decisions, the CLI."""
from __future__ import annotations

import json
import os

import pytest

from report_fixture import build_report, validate
from workbench import review
from workbench.cli import main
from workbench.errors import ConfigError, InputError
from workbench.records import Evidence, Flag, link_id

L_KK_TR = link_id("kk1:1", "tr1:1")


def _decisions():
    return [
        review.Decision("reject", L_KK_TR, "kk1:1 tr1:1", "different agreements", "2026-03-01"),
        review.Decision("dismiss", "f-conf01", "conflict high claim c-x: kk1:1=10", "checked", "2026-03-01"),
        review.Decision("accept", link_id("kk1:2", "en1:1"), "en1:1 kk1:2", "", "2026-03-02"),
    ]


def test_round_trip():
    text = review.format_decisions(_decisions())
    assert text.splitlines()[0] == "action\tid\ttarget\tnote\tdate"
    assert review.read_decisions(text) == _decisions()
    assert review.read_decisions("# comment\n\n" + text.split("\n", 1)[1]) == _decisions()  # header optional


def test_format_keeps_one_line_per_decision():
    d = review.add_decision([], "dismiss", "f-1", "conflict", "first line\nsecond\tpart", "2026-03-01")
    text = review.format_decisions(d)
    assert len(text.splitlines()) == 2
    assert review.read_decisions(text)[0].note == "first line second part"


@pytest.mark.parametrize("line, problem", [
    ("reject\tl-1", "expected 5 tab-separated columns"),
    ("approve\tl-1\t\t\t2026-03-01", "valid actions are accept, reject, dismiss"),
    ("dismiss\tl-1\t\t\t2026-03-01", "dismiss applies to flag ids"),
    ("reject\tf-1\t\t\t2026-03-01", "reject applies to link ids"),
    ("reject\tl-1\tkk1:1\t\t2026-03-01", "not two sentence ids"),
    (f"reject\t{L_KK_TR}\tkk1:1 bg1:1\t\t2026-03-01", "is not the pair of link"),
])
def test_malformed_lines_name_the_line(line, problem):
    with pytest.raises(InputError, match=rf"review\.tsv line 3: .*{problem}"):
        review.read_decisions("action\tid\ttarget\tnote\tdate\n\n" + line + "\n", name="review.tsv")


def test_later_decision_replaces_earlier():
    d = review.add_decision(_decisions(), "accept", L_KK_TR, "kk1:1 tr1:1", "after all", "2026-03-05")
    assert len(d) == 3 and d[-1].action == "accept" and d[-1].note == "after all"
    rejected, accepted = review.link_constraints(d)
    assert ("kk1:1", "tr1:1") in accepted and not rejected
    # read_decisions keeps both lines of a hand-edited file; the last one wins everywhere
    both = _decisions() + [review.Decision("accept", L_KK_TR, "kk1:1 tr1:1", "", "2026-03-05")]
    assert review.link_constraints(both)[0] == set()


def test_add_decision_rejects_bad_action():
    with pytest.raises(ConfigError, match="valid actions are accept, reject, dismiss"):
        review.add_decision([], "approve", "l-1", "", "", "2026-03-01")


def test_link_constraints_from_targets_even_without_the_link():
    rejected, accepted = review.link_constraints(_decisions(), {"claims": []})
    assert rejected == {("kk1:1", "tr1:1")}
    assert accepted == {("en1:1", "kk1:2")}


def test_link_constraints_resolve_missing_target_through_the_report():
    r = build_report()
    d = [review.Decision("reject", link_id("tr1:1", "bg1:1"), "", "", "2026-03-01")]
    assert review.link_constraints(d, r)[0] == {("bg1:1", "tr1:1")}
    assert review.link_constraints(d, r["claims"])[0] == {("bg1:1", "tr1:1")}
    assert review.link_constraints(d, [])[0] == set()  # nothing to resolve it with


def test_apply_flag_decisions():
    ev = (Evidence("kk1", "kk1:1", "10", 10.0),)
    flags = [Flag("f-conf01", "conflict", "high", "c-1", ev, "differs"), Flag("f-other", "hedge", "low", None, ev, "m")]
    out = review.apply_flag_decisions(flags, _decisions())
    assert out[0].dismissed and out[0].note == "checked"
    assert out[1] == flags[1]


def test_unmatched_decisions():
    r = build_report()
    gone = [
        review.Decision("dismiss", "f-vanished", "conflict", "", "2026-03-01"),
        review.Decision("reject", link_id("kk1:1", "tr1:9"), "kk1:1 tr1:9", "", "2026-03-01"),
    ]
    kept = [
        review.Decision("dismiss", "f-conf01", "conflict", "", "2026-03-01"),
        review.Decision("reject", link_id("kk1:1", "bg1:2"), "bg1:2 kk1:1", "", "2026-03-01"),  # no link, sentences exist
        review.Decision("accept", link_id("tr1:1", "bg1:1"), "", "", "2026-03-01"),  # link in the report
    ]
    assert review.unmatched(kept + gone, r) == gone
    section = review.review_section(kept + gone, r)
    assert [d["id"] for d in section["unmatched"]] == [d.id for d in gone]
    assert len(section["applied"]) == 3
    r["review"] = section
    validate(r)


def test_link_reviews_for_report():
    marks = review.link_reviews(_decisions())
    assert marks[L_KK_TR] == {"review": "rejected", "note": "different agreements"}
    assert marks[link_id("kk1:2", "en1:1")] == {"review": "accepted", "note": None}


def test_target_for_ids():
    r = build_report()
    assert review.target_for(r, L_KK_TR) == ("link", "kk1:1 tr1:1")
    kind, target = review.target_for(r, "f-conf01")
    assert kind == "flag" and target.startswith("conflict high claim") and "bg1:1=12" in target
    assert review.target_for(r, "l-nope") is None


# ---------------------------------------------------------------- CLI


@pytest.fixture
def report_path(tmp_path):
    path = tmp_path / "out" / "report.json"
    path.parent.mkdir()
    path.write_text(json.dumps(build_report(), ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_reject_dismiss_list(tmp_path, report_path, capsys):
    align = tmp_path / "alignments"
    args = ["--report", str(report_path), "--alignments", str(align)]
    assert main(["review", "reject", L_KK_TR, "--note", "not the same\tagreements", *args]) == 0
    assert main(["review", "dismiss", "f-conf02", "--note", "spelling", *args]) == 0
    assert main(["review", "accept", L_KK_TR, "--note", "changed my mind", *args]) == 0
    path = align / "seeds.review.tsv"  # corpus = the inputs' folder name
    decisions = review.read_decisions(path.read_text(encoding="utf-8"))
    assert [(d.action, d.id, d.target) for d in decisions] == [
        ("dismiss", "f-conf02", review.target_for(build_report(), "f-conf02")[1]),
        ("accept", L_KK_TR, "kk1:1 tr1:1"),
    ]
    capsys.readouterr()
    assert main(["review", "list", *args]) == 0
    out = capsys.readouterr().out
    assert "f-conf02" in out and L_KK_TR in out and "no longer matches" not in out


def test_cli_corpus_option(tmp_path, report_path):
    align = tmp_path / "al"
    assert main(["review", "dismiss", "f-info01", "--corpus", "news", "--report", str(report_path),
                 "--alignments", str(align)]) == 0
    assert os.path.exists(align / "news.review.tsv")


def test_cli_unknown_id_is_one_line_error(tmp_path, report_path, capsys):
    code = main(["review", "reject", "l-doesnotexist", "--report", str(report_path), "--alignments", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "unknown id" in err and "report.html" in err and "flags.tsv" in err
    assert not list(tmp_path.glob("*.review.tsv"))


def test_cli_wrong_action_for_kind(tmp_path, report_path, capsys):
    code = main(["review", "dismiss", L_KK_TR, "--report", str(report_path), "--alignments", str(tmp_path)])
    assert code == 2 and "use accept or reject" in capsys.readouterr().err


def test_cli_missing_report(tmp_path, capsys):
    code = main(["review", "dismiss", "f-1", "--report", str(tmp_path / "nope.json"), "--alignments", str(tmp_path)])
    assert code == 2 and "workbench run" in capsys.readouterr().err


def test_report_command_rerenders(tmp_path, report_path, capsys):
    assert main(["report", str(report_path)]) == 0
    folder = report_path.parent
    for name in ("report.html", "claims.tsv", "flags.tsv"):
        assert (folder / name).stat().st_size > 0
    assert "&lt;script&gt;" in (folder / "report.html").read_text(encoding="utf-8")
    out = tmp_path / "elsewhere" / "view.html"
    assert main(["report", str(report_path), "--out", str(out)]) == 0
    assert out.exists() and (out.parent / "flags.tsv").exists()


def test_report_command_rejects_invalid_json(tmp_path, capsys):
    bad = tmp_path / "report.json"
    bad.write_text(json.dumps({"format": "workbench-report/1"}), encoding="utf-8")
    assert main(["report", str(bad)]) == 2
    assert "does not match the report schema" in capsys.readouterr().err
