"""Issue 10, the review file: L1 (comments, order, mode kept), D8 (bytes that are not UTF-8, a BOM),
C9 (any date), C2 (ids from any file name can be reviewed), and the dismiss/reject workflow."""
from __future__ import annotations

import datetime as dt
import os
import stat
import threading

import pytest

from helpers_c1 import one_error_line, rename_doc, write_report
from report_fixture import build_report
from workbench import review
from workbench.cli import main
from workbench.errors import InputError
from workbench.records import link_id

L_KK_TR = link_id("kk1:1", "tr1:1")
HAND_WRITTEN = (
    "# decisions for the seeds, reviewed by A. and B.\n"
    "action\tid\ttarget\tnote\tdate\n"
    "\n"
    "# the 12 is a different agreement\n"
    f"reject\t{L_KK_TR}\tkk1:1 tr1:1\tnot the same\t2026-03-01\n"
    "dismiss\tf-temp01\ttemporal\tknown\t2026-03-02\n"
    "# end of first pass\n"
)


@pytest.fixture
def setup(tmp_path):
    path = write_report(tmp_path / "out" / "report.json")
    al = tmp_path / "al"
    al.mkdir()
    return path, al, ["--report", str(path), "--alignments", str(al)]


# ---------------------------------------------------------------- L1


def test_l1_comments_order_and_mode_survive_an_update(setup):
    _, al, args = setup
    tsv = al / "seeds.review.tsv"
    tsv.write_text(HAND_WRITTEN, encoding="utf-8")
    tsv.chmod(0o664)
    assert main(["review", "dismiss", "f-conf01", "--note", "spelling", *args]) == 0
    lines = tsv.read_text(encoding="utf-8").splitlines()
    assert lines[:-1] == HAND_WRITTEN.splitlines()
    assert lines[-1].startswith("dismiss\tf-conf01\t") and "\tspelling\t" in lines[-1]
    assert stat.S_IMODE(tsv.stat().st_mode) == 0o664


def test_l1_a_new_decision_on_an_id_replaces_only_its_line(setup):
    _, al, args = setup
    tsv = al / "seeds.review.tsv"
    tsv.write_text(HAND_WRITTEN, encoding="utf-8")
    assert main(["review", "accept", L_KK_TR, "--note", "after all", *args]) == 0
    lines = tsv.read_text(encoding="utf-8").splitlines()
    expected = [l for l in HAND_WRITTEN.splitlines() if not l.startswith("reject")]
    assert lines[:-1] == expected and lines[-1].startswith(f"accept\t{L_KK_TR}\t")


# ---------------------------------------------------------------- D8


def test_d8_invalid_utf8_names_the_file_and_line(setup, capsys):
    _, al, args = setup
    (al / "seeds.review.tsv").write_bytes(HAND_WRITTEN.encode("utf-8") + b"dismiss\tf-conf01\t\tna\xefve\t2026-03-02\n")
    assert main(["review", "dismiss", "f-conf01", *args]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert "seeds.review.tsv line 8" in line and "UTF-8" in line
    with pytest.raises(InputError, match="line 2: not UTF-8"):
        review.read_decisions(b"x\n\xff\n", name="r.tsv")


def test_d8_a_utf8_bom_is_not_part_of_the_first_action(setup):
    _, al, args = setup
    tsv = al / "seeds.review.tsv"
    tsv.write_bytes(b"\xef\xbb\xbf" + f"reject\t{L_KK_TR}\tkk1:1 tr1:1\tx\t2026-03-01\n".encode())
    assert [d.action for d in review.read_decisions(tsv.read_bytes())] == ["reject"]
    assert main(["review", "dismiss", "f-conf01", *args]) == 0
    assert [d.id for d in review.read_decisions(tsv.read_bytes())] == [L_KK_TR, "f-conf01"]


def test_d8_run_reads_the_review_file_before_any_work(tmp_path, capsys, monkeypatch):
    import workbench.commands.run as run_cmd

    monkeypatch.setattr(run_cmd, "collect_paths", lambda *a, **k: pytest.fail("worked before reading decisions"))
    (tmp_path / "al").mkdir()
    (tmp_path / "news").mkdir()
    (tmp_path / "al" / "news.review.tsv").write_bytes(b"dismiss\tf-1\t\t\xff\t2026-03-01\n")
    code = main(["run", str(tmp_path / "news"), "--out", str(tmp_path / "out"), "--no-cache",
                 "--alignments", str(tmp_path / "al")])
    assert code == 2 and "news.review.tsv line 1: not UTF-8" in one_error_line(capsys.readouterr().err)


# ---------------------------------------------------------------- C9: dates


@pytest.mark.parametrize("date, problem", [
    ("yesterday", "not a calendar date"), ("2026-13-01", "not a calendar date"), ("2026-02-30", "not a calendar date"),
    ("26-03-2026", "not a calendar date"), ("", "not a calendar date"), ("9999-12-31", "in the future"),
])
def test_c9_dates_in_the_review_file_are_checked(date, problem):
    text = f"dismiss\tf-1\t\t\t{date}\n"
    with pytest.raises(InputError, match=f"r.tsv line 1: .*{problem}"):
        review.read_decisions(text, name="r.tsv", today=dt.date(2026, 3, 1))


def test_c9_a_future_date_is_refused_by_the_cli(setup, capsys):
    _, al, args = setup
    (al / "seeds.review.tsv").write_text("dismiss\tf-conf01\t\t\t9999-12-31\n", encoding="utf-8")
    assert main(["review", "list", *args]) == 2
    assert "line 1: date 9999-12-31 is in the future" in one_error_line(capsys.readouterr().err)


# ---------------------------------------------------------------- C2: ids made from any file name


@pytest.mark.parametrize("doc_id", ["kk\n1", "kk\t1", "", "kk 1:2 x", "kk+1", "k\\u000ak"])
def test_c2_links_of_any_document_id_can_be_reviewed_and_read_back(tmp_path, capsys, doc_id):
    report = rename_doc(build_report(), "kk1", doc_id)
    path = write_report(tmp_path / "out" / "report.json", report)
    al = tmp_path / "al"
    args = ["--report", str(path), "--alignments", str(al), "--corpus", "c"]
    a, b = f"{doc_id}:1", "tr1:1"
    lid = link_id(a, b)
    assert main(["review", "reject", lid, "--note", "no", *args]) == 0
    assert main(["review", "accept", f"{doc_id}:2+bg1:2", *args]) == 0
    text = (al / "c.review.tsv").read_text(encoding="utf-8")
    assert len(text.splitlines()) == 3  # header + two decisions, one line each
    decisions = review.read_decisions(text, name="c.review.tsv")
    assert decisions[0].pair == tuple(sorted((a, b)))
    assert decisions[1].pair == tuple(sorted((f"{doc_id}:2", "bg1:2")))
    rejected, accepted = review.link_constraints(decisions)
    assert rejected == {tuple(sorted((a, b)))} and accepted == {tuple(sorted((f"{doc_id}:2", "bg1:2")))}


def test_c2_a_sentence_id_as_report_html_shows_it_is_accepted(tmp_path):
    report = rename_doc(build_report(), "kk1", "kk\n1")
    path = write_report(tmp_path / "out" / "report.json", report)
    al = tmp_path / "al"
    assert main(["review", "accept", "kk\\u000a1:2+bg1:2", "--report", str(path), "--alignments", str(al),
                 "--corpus", "c"]) == 0
    (d,) = review.read_decisions((al / "c.review.tsv").read_text(encoding="utf-8"))
    assert d.id == link_id("kk\n1:2", "bg1:2")


# ---------------------------------------------------------------- the review workflow


def test_dismissing_twice_keeps_one_line_and_the_last_note(setup):
    _, al, args = setup
    assert main(["review", "dismiss", "f-conf01", "--note", "first", *args]) == 0
    assert main(["review", "dismiss", "f-conf01", "--note", "second", *args]) == 0
    (d,) = review.read_decisions((al / "seeds.review.tsv").read_text(encoding="utf-8"))
    assert d.note == "second"


def test_a_review_file_that_is_a_folder_is_one_line(setup, capsys):
    _, al, args = setup
    (al / "seeds.review.tsv").mkdir()
    assert main(["review", "dismiss", "f-conf01", *args]) == 2
    assert "seeds.review.tsv: a folder, not a regular file" in one_error_line(capsys.readouterr().err)


def test_a_review_file_that_is_a_link_is_not_followed(setup, tmp_path, capsys):
    _, al, args = setup
    elsewhere = tmp_path / "elsewhere.tsv"
    elsewhere.write_text("keep me\n")
    os.symlink(elsewhere, al / "seeds.review.tsv")
    assert main(["review", "dismiss", "f-conf01", *args]) == 2
    assert "symbolic link" in one_error_line(capsys.readouterr().err)
    assert elsewhere.read_text() == "keep me\n"


def test_a_malformed_line_stops_review_without_touching_the_file(setup, capsys):
    _, al, args = setup
    tsv = al / "seeds.review.tsv"
    tsv.write_text(HAND_WRITTEN + "dismiss\tf-x\n", encoding="utf-8")
    assert main(["review", "dismiss", "f-conf01", *args]) == 2
    assert "line 8: expected 5 tab-separated columns" in one_error_line(capsys.readouterr().err)
    assert tsv.read_text(encoding="utf-8") == HAND_WRITTEN + "dismiss\tf-x\n"


def test_notes_round_trip_backslashes_and_invisible_characters(setup):
    _, al, args = setup
    note = "C:\\temp\\u0041 \u202eodd\u200b"
    assert main(["review", "dismiss", "f-conf01", "--note", note, *args]) == 0
    raw = (al / "seeds.review.tsv").read_text(encoding="utf-8")
    assert "\u202e" not in raw and "\u200b" not in raw
    (d,) = review.read_decisions(raw)
    assert d.note == note


def _without_hanging(fifo, argv):
    """``main(argv)`` in a thread; a hang (blocked on the FIFO) fails the test instead of stalling it."""
    result = {}
    worker = threading.Thread(target=lambda: result.update(code=main(argv)), daemon=True)
    worker.start()
    worker.join(60)  # a generous bound on a hang, not a timing assertion
    if worker.is_alive():
        with open(fifo, "w"):
            pass
        pytest.fail(f"{argv[0]} blocked on a FIFO")
    return result["code"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_review_file_that_is_a_fifo_does_not_hang(setup, capsys):
    _, al, args = setup
    os.mkfifo(al / "seeds.review.tsv")
    assert _without_hanging(al / "seeds.review.tsv", ["review", "dismiss", "f-conf01", *args]) == 2
    assert "a FIFO" in one_error_line(capsys.readouterr().err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_report_json_that_is_a_fifo_does_not_hang(tmp_path, capsys):
    os.mkfifo(tmp_path / "report.json")
    assert _without_hanging(tmp_path / "report.json", ["report", str(tmp_path / "report.json")]) == 2
    assert "a FIFO" in one_error_line(capsys.readouterr().err)


def test_an_alignments_folder_that_is_a_file_is_one_line(setup, tmp_path, capsys):
    path, _, _ = setup
    (tmp_path / "taken").write_text("mine")
    assert main(["review", "dismiss", "f-conf01", "--report", str(path), "--alignments", str(tmp_path / "taken")]) == 2
    assert f"{tmp_path / 'taken'}: is a file, not a folder" in one_error_line(capsys.readouterr().err)
    assert (tmp_path / "taken").read_text() == "mine"


def test_two_reviews_at_once_do_not_lose_a_decision(setup):
    import fcntl

    _, al, args = setup
    tsv = al / "seeds.review.tsv"
    held = os.open(al, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)  # another `workbench review` is between reading and writing the file
    try:
        result = {}
        worker = threading.Thread(target=lambda: result.update(code=main(["review", "dismiss", "f-conf01", *args])),
                                  daemon=True)
        worker.start()
        worker.join(3)
        assert worker.is_alive(), "review wrote the file while another review held it"
        tsv.write_text(f"{review.HEADER}\ndismiss\tf-temp01\ttemporal\tother reviewer\t2026-03-02\n",
                       encoding="utf-8")
    finally:
        fcntl.flock(held, fcntl.LOCK_UN)
        os.close(held)
    worker.join(60)
    assert result["code"] == 0
    assert [d.id for d in review.read_decisions(tsv.read_text(encoding="utf-8"))] == ["f-temp01", "f-conf01"]


def test_line_numbers_count_newlines_only_and_huge_targets_are_refused():
    text = "# a form feed \f and a line separator \u2028 stay in their line\n" + "dismiss\tf-1\t\t\t2026-02-30\n"
    with pytest.raises(InputError, match="r.tsv line 2: date"):
        review.read_decisions(text, name="r.tsv")
    huge = f"reject\t{L_KK_TR}\t" + "kk1:1 " * 100_000 + "tr1:1\t\t2026-03-01\n"
    with pytest.raises(InputError, match="line 1: target is longer than 4096 characters"):
        review.read_decisions(huge, name="r.tsv")
