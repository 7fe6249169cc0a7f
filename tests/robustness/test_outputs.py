"""Issue 10, outputs: L2 (staged, report.json last, stale temps), L3 (absolute paths, same-named corpora),
L4 (umask), D6 (--out checked first), D12 (deeply nested report.json)."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from helpers_c1 import one_error_line, write_report
from workbench import io
from workbench.cli import main

VIEWS = ("report.html", "claims.tsv", "flags.tsv")
OUTPUTS = ("report.json", *VIEWS)
A = " date 2026-02-27\nTen memoranda were signed in Astana.\n\nThe president arrived with 60 companies.\n"
B = " date 2026-02-27\nTwelve memoranda were signed in Astana.\n\nThe president came with 70 companies.\n"


def _corpus(folder):
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    return folder


def _run(inputs, out, al, *extra):
    return main(["run", str(inputs), "--out", str(out), "--no-cache", "--quiet", "--skip", "translate",
                 "--alignments", str(al), *extra])


@pytest.fixture
def umask():
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# ---------------------------------------------------------------- L4 and L2 through `workbench run`


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tiny")
    news = _corpus(tmp / "news")
    out = tmp / "out"
    out.mkdir()
    dead = _dead_pid()
    (out / f".workbench-{dead}-0a1b2c3d.staging").mkdir()
    (out / f".workbench-{dead}-0a1b2c3d.staging" / "report.json").write_text("{")
    (out / f".workbench-{dead}-1a2b3c4d.report.json").write_text("{")
    (out / ".tmp-abcd_123report.json").write_text("{")  # left by an earlier version's killed write
    live = out / f".workbench-{os.getppid()}-2a3b4c5d.report.json"
    live.write_text("{")
    old = os.umask(0o022)
    try:
        status = _run(news, out, tmp / "al")
    finally:
        os.umask(old)
    return status, tmp, news, out


def test_l4_outputs_are_0644_under_umask_022(tiny_run):
    status, _, _, out = tiny_run
    assert status == 0
    for name in OUTPUTS:
        assert _mode(out / name) == 0o644, name


def test_l2_stale_temp_files_of_killed_runs_are_removed_live_ones_kept(tiny_run):
    _, _, _, out = tiny_run
    left = sorted(n for n in os.listdir(out) if n not in OUTPUTS)
    assert left == [f".workbench-{os.getppid()}-2a3b4c5d.report.json"]


def test_l3_report_records_absolute_resolved_review_path(tiny_run):
    _, tmp, news, out = tiny_run
    review = json.loads((out / "report.json").read_text(encoding="utf-8"))["review"]
    assert review["file"] == os.path.join(os.path.realpath(tmp / "al"), "news.review.tsv")
    assert review["corpus"] == "news" and review["inputs"] == str(news)


def test_l2_report_json_is_renamed_last(tmp_path, monkeypatch):
    order = []
    real = os.replace
    monkeypatch.setattr(io.os, "replace", lambda a, b: (order.append(os.path.basename(b)), real(a, b)))
    assert _run(_corpus(tmp_path / "news"), tmp_path / "out", tmp_path / "al") == 0
    assert order[-1] == "report.json" and sorted(order) == sorted(OUTPUTS)


def test_l2_a_run_killed_while_renaming_leaves_the_previous_report(tmp_path, monkeypatch):
    news, out = _corpus(tmp_path / "news"), tmp_path / "out"
    assert _run(news, out, tmp_path / "al") == 0
    before = (out / "report.json").read_text(encoding="utf-8")
    real = os.replace

    def killed(a, b):
        if os.path.basename(b) == "flags.tsv":
            raise KeyboardInterrupt  # the run is stopped between two renames
        real(a, b)

    monkeypatch.setattr(io.os, "replace", killed)
    (news / "a.txt").write_text(A.replace("Ten", "Eleven"), encoding="utf-8")
    assert _run(news, out, tmp_path / "al") == 130
    assert (out / "report.json").read_text(encoding="utf-8") == before
    assert sorted(os.listdir(out)) == sorted(OUTPUTS)  # no staging folder left behind


# ---------------------------------------------------------------- L4 for single files and the review file


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_l4_write_atomic_respects_the_umask(tmp_path, umask, mask, mode):
    umask(mask)
    io.write_atomic(str(tmp_path / "x.txt"), "x")
    assert _mode(tmp_path / "x.txt") == mode


def test_l4_review_file_is_0644_under_umask_022(tmp_path, umask):
    path = write_report(tmp_path / "out" / "report.json")
    assert main(["review", "dismiss", "f-conf01", "--report", str(path), "--alignments", str(tmp_path / "al")]) == 0
    assert _mode(tmp_path / "al" / "seeds.review.tsv") == 0o644


def test_l4_report_command_views_are_0644(tmp_path, umask):
    path = write_report(tmp_path / "out" / "report.json")
    assert main(["report", str(path)]) == 0
    for name in VIEWS:
        assert _mode(tmp_path / "out" / name) == 0o644


# ---------------------------------------------------------------- D6: --out checked before any work


@pytest.mark.parametrize("where", ["file", "under_file"])
def test_d6_unusable_out_is_refused_before_any_work(tmp_path, capsys, monkeypatch, where):
    import workbench.commands.run as run_cmd

    monkeypatch.setattr(run_cmd, "collect_paths", lambda *a, **k: pytest.fail("worked before checking --out"))
    (tmp_path / "taken").write_text("mine")
    out = tmp_path / "taken" if where == "file" else tmp_path / "taken" / "sub"
    code = main(["run", str(tmp_path), "--out", str(out), "--no-cache", "--alignments", str(tmp_path / "al")])
    line = one_error_line(capsys.readouterr().err)
    assert code == 2 and "--out" in line and str(out) in line
    assert (tmp_path / "taken").read_text() == "mine"


def test_d6_report_command_checks_its_out_folder_first(tmp_path, capsys):
    path = write_report(tmp_path / "out" / "report.json")
    (tmp_path / "taken").write_text("mine")
    assert main(["report", str(path), "--out", str(tmp_path / "taken" / "view.html")]) == 2
    assert "--out" in one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize("name", ["report.json", "claims.tsv"])
def test_report_command_never_writes_html_over_the_report_or_a_tsv(tmp_path, capsys, name):
    path = write_report(tmp_path / "out" / "report.json")
    before = path.read_bytes()
    assert main(["report", str(path), "--out", str(tmp_path / "out" / name)]) == 2
    assert "would overwrite" in one_error_line(capsys.readouterr().err)
    assert path.read_bytes() == before


def test_write_to_a_folder_in_the_way_is_one_line(tmp_path, capsys):
    path = write_report(tmp_path / "out" / "report.json")
    (tmp_path / "out" / "claims.tsv").mkdir()
    assert main(["report", str(path)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert f"{tmp_path / 'out' / 'claims.tsv'}: cannot write" in line and ".workbench-" not in line


# ---------------------------------------------------------------- D12: deeply nested JSON


@pytest.mark.parametrize("command", ["report", "review"])
def test_d12_deeply_nested_report_json_is_one_line(tmp_path, capsys, command):
    bad = tmp_path / "report.json"
    bad.write_text("[" * 100_000 + "]" * 100_000)
    argv = ["report", str(bad)] if command == "report" else \
        ["review", "dismiss", "f-1", "--report", str(bad), "--alignments", str(tmp_path / "al")]
    assert main(argv) == 2
    line = one_error_line(capsys.readouterr().err)
    assert str(bad) in line and "nested too deeply" in line


# ---------------------------------------------------------------- L3: review from another folder, same-named corpora


def test_l3_review_from_another_folder_does_not_write_where_the_run_will_not_read(tmp_path, capsys, monkeypatch):
    news = _corpus(tmp_path / "work" / "news")
    monkeypatch.chdir(tmp_path / "work")
    assert _run(news, "out", "alignments") == 0
    report = json.loads((tmp_path / "work" / "out" / "report.json").read_text(encoding="utf-8"))
    flag = report["flags"][0]["id"]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    capsys.readouterr()
    assert main(["review", "dismiss", flag, "--report", str(tmp_path / "work" / "out" / "report.json")]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert str(tmp_path / "work" / "alignments") in line and "--alignments" in line
    assert not (elsewhere / "alignments").exists()
    # from the run's folder (or with --alignments) it lands where the next run reads it
    monkeypatch.chdir(tmp_path / "work")
    assert main(["review", "dismiss", flag, "--report", "out/report.json"]) == 0
    assert (tmp_path / "work" / "alignments" / "news.review.tsv").exists()


def test_l3_same_named_corpus_folders_are_warned_about(tmp_path, capsys):
    one, two = _corpus(tmp_path / "2025" / "news"), _corpus(tmp_path / "2026" / "news")
    al = tmp_path / "al"
    assert _run(one, tmp_path / "out1", al) == 0
    report = json.loads((tmp_path / "out1" / "report.json").read_text(encoding="utf-8"))
    assert main(["review", "dismiss", report["flags"][0]["id"], "--report", str(tmp_path / "out1" / "report.json"),
                 "--alignments", str(al)]) == 0
    capsys.readouterr()
    assert _run(one, tmp_path / "out1", al) == 0
    assert "made for" not in capsys.readouterr().err
    assert _run(two, tmp_path / "out2", al) == 0
    err = capsys.readouterr().err
    warning = next(l for l in err.splitlines() if "made for" in l)
    assert warning.startswith("workbench: warning: ") and str(one) in warning and str(two) in warning
    assert "--corpus" in warning
