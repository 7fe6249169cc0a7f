"""Issue 10, ingest side: hostile or careless inputs are refused one by one, naming file (and line).

D2 (huge document), D3 (JSONL field types), D4 (undecodable file name), D5 (FIFO),
C1 (--max-bytes range), C2 (unusable ids), C3 (ids by relative path), C4 (``-`` and
/dev/null). The other documents of the run are always kept.
"""
from __future__ import annotations

import io
import json
import os
import sys
import threading

import numpy as np
import pytest

from workbench.align import events
from workbench.cli import main
from workbench.document import Document, Sentence
from workbench.errors import ConfigError
from workbench.inputs import collect_paths, read_documents

GOOD = "Tokayev met Vučić in Astana on Tuesday. They signed twelve agreements."


def _read(*inputs, **kw):
    files, errors = collect_paths([str(i) for i in inputs])
    docs, more = read_documents(files, **kw)
    return docs, errors + more


def _run(tmp_path, *inputs, extra=()):
    out = tmp_path / "out"
    status = main(["run", *map(str, inputs), "--out", str(out), "--no-cache", "--quiet", "--skip", "translate",
                   "--alignments", str(tmp_path / "alignments"), *extra])
    report = json.loads((out / "report.json").read_text(encoding="utf-8")) if (out / "report.json").exists() else None
    return status, report


# --- D2: a document of 100k short lines ---------------------------------------------------

def test_d2_document_over_the_sentence_limit_is_refused_naming_it(tmp_path):
    (tmp_path / "big.txt").write_text("\n".join(f"Line {i} of the log." for i in range(100)), encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    docs, errors = _read(tmp_path, max_sentences=50)
    assert [d.id for d in docs] == ["good"]
    assert len(errors) == 1 and errors[0].name.endswith("big.txt")
    assert "100 sentences > limit 50" in str(errors[0]) and "--max-sentences" in str(errors[0])


def test_d2_jsonl_document_over_the_limit_names_file_and_line(tmp_path):
    lines = [json.dumps({"id": "a", "text": GOOD}), json.dumps({"id": "b", "text": " ".join(["One more line."] * 80)})]
    (tmp_path / "pool.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs, errors = _read(tmp_path / "pool.jsonl", max_sentences=50)
    assert [d.id for d in docs] == ["a"]
    assert errors[0].name.endswith("pool.jsonl:2")


def test_d2_default_limit_refuses_a_100k_line_file_at_ingest(tmp_path):
    (tmp_path / "big.txt").write_text("\n".join(f"Line {i} here." for i in range(100_000)), encoding="utf-8")
    docs, errors = _read(tmp_path / "big.txt")
    assert not docs and "100000 sentences > limit 20000" in str(errors[0])


def test_d2_event_grouping_refuses_a_pool_beyond_the_matrix_cap_before_allocating(monkeypatch):
    with pytest.raises(events.PoolTooLarge, match="1000000 sentences .* 15.3 GiB"):
        events.check_pool_size(1_000_000)
    monkeypatch.setattr(events, "MAX_POOL_BYTES", events.POOL_BYTES_PER_SENTENCE * 3)  # room for 3 sentences
    docs = []
    for name in ("a", "b"):
        text = "One. Two."
        d = Document(id=name, path=name, text=text, lang="en", lang_source="given", body=(0, len(text)))
        d.sentences = [Sentence(f"{name}:0", name, 0, 0, 4, "One."), Sentence(f"{name}:1", name, 1, 5, 9, "Two.")]
        docs.append(d)
    vectors = {s.id: np.ones(4, dtype=np.float32) / 2 for d in docs for s in d.sentences}
    with pytest.raises(events.PoolTooLarge, match="4 sentences"):
        events.group_events(docs, vectors)


def test_d2_run_refuses_a_pool_beyond_the_matrix_cap_before_loading_the_encoder(tmp_path, monkeypatch, capsys):
    """The pool check runs right after ingest: minutes of embedding are never spent on a run that must fail."""
    import workbench.engine as engine_mod  # where ``workbench run`` loads the encoder (open_engine)

    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(events, "MAX_POOL_BYTES", events.POOL_BYTES_PER_SENTENCE * 4)  # room for 4 sentences: 6 are read

    def no_encoder(*a, **k):
        raise AssertionError("the encoder was loaded for a pool that must be refused")

    monkeypatch.setattr(engine_mod, "load_encoder", no_encoder)
    status, report = _run(tmp_path, *(tmp_path / f"d{i}.txt" for i in range(3)))
    err = capsys.readouterr().err
    assert status != 0 and report is None
    assert "event grouping: 6 sentences" in err and "Traceback" not in err


def test_d2_limit_must_be_positive():
    with pytest.raises(ConfigError, match="--max-sentences must be a positive"):
        read_documents([], max_sentences=0)


# --- D3: JSONL field types ------------------------------------------------------------------

@pytest.mark.parametrize("record, message", [
    ({"id": "x", "text": GOOD, "title": 5}, "'title' must be a string or null, got int"),
    ({"id": "x", "text": GOOD, "lang": 1}, "'lang' must be a string or null, got int"),
    ({"id": "x", "text": GOOD, "source": ["x"]}, "'source' must be a string or null, got list"),
    ({"id": "x", "text": GOOD, "date": 20260227}, "'date' must be a string or null, got int"),
    ({"id": "x", "text": GOOD, "lang": "../../etc"}, "'lang' '../../etc' is not a language code"),
    ({"id": True, "text": GOOD}, "'id' is bool"),
    ({"id": "x", "text": ["a"]}, "'text' is list"),
    ([1, 2], "got list"),
])
def test_d3_jsonl_line_of_the_wrong_type_is_rejected_with_file_and_line(tmp_path, record, message):
    good = json.dumps({"id": "ok", "text": GOOD})
    (tmp_path / "pool.jsonl").write_text(good + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = _read(tmp_path / "pool.jsonl")
    assert [d.id for d in docs] == ["ok"]
    assert len(errors) == 1 and errors[0].name.endswith("pool.jsonl:2") and message in errors[0].reason


def test_d3_run_keeps_the_good_lines_and_exits_1(tmp_path, capsys):
    lines = [json.dumps({"id": "ok", "text": GOOD}), json.dumps({"id": "t", "text": GOOD, "title": 5}),
             json.dumps({"id": "s", "text": GOOD, "source": ["x"]})]
    (tmp_path / "pool.jsonl").write_text("\n".join(lines), encoding="utf-8")
    status, report = _run(tmp_path, tmp_path / "pool.jsonl")
    err = capsys.readouterr().err
    assert status == 1 and [d["id"] for d in report["documents"]] == ["ok"]
    assert "pool.jsonl:2: 'title'" in err and "pool.jsonl:3: 'source'" in err and "Traceback" not in err


# --- D4: a file name that is not UTF-8 --------------------------------------------------------

@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 file names")
def test_d4_undecodable_file_name_is_read_with_an_escaped_id(tmp_path, capsys):
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xff.txt"), "w", encoding="utf-8") as f:
        f.write(GOOD)
    with open(os.path.join(folder, b"good.txt"), "w", encoding="utf-8") as f:
        f.write("Vučić and Tokayev discussed trade in Astana.")
    status, report = _run(tmp_path, os.fsdecode(folder))
    assert status == 0, capsys.readouterr().err
    docs = {d["id"]: d for d in report["documents"]}
    assert set(docs) == {"caf\\xff", "good"}
    assert docs["caf\\xff"]["path"].endswith("caf\\xff.txt")


# --- D5: a FIFO in the input folder -----------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_d5_fifo_is_refused_without_blocking(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "x.txt")
    result = {}
    worker = threading.Thread(target=lambda: result.update(zip(("docs", "errors"), _read(tmp_path))), daemon=True)
    worker.start()
    worker.join(60)  # a generous bound on a hang, not a timing assertion
    if worker.is_alive():  # unblock the reader so the test process can exit
        with open(tmp_path / "x.txt", "w"):
            pass
        pytest.fail("reading a folder with a FIFO blocked")
    assert [d.id for d in result["docs"]] == ["good"]
    assert result["errors"][0].name.endswith("x.txt") and "a FIFO, not a regular file" in str(result["errors"][0])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_d5_fifo_swapped_in_after_listing_is_refused_at_open(tmp_path):
    from workbench.inputs import InputFile

    os.mkfifo(tmp_path / "x.txt")
    docs, errors = read_documents([InputFile(str(tmp_path / "x.txt"), "x")])
    assert not docs and "a FIFO" in str(errors[0])


# --- C1: --max-bytes range --------------------------------------------------------------------

@pytest.mark.parametrize("value", ["-1", "0"])
def test_c1_nonpositive_max_bytes_is_refused_before_any_work(tmp_path, capsys, value):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    status, report = _run(tmp_path, tmp_path, extra=("--max-bytes", value))
    err = capsys.readouterr().err
    assert status == 2 and report is None
    assert f"--max-bytes must be a positive whole number, got {value}" in err and "too large" not in err


# --- C2: ids that can never be reviewed ---------------------------------------------------------

@pytest.mark.parametrize("doc_id, reason", [
    ("", "empty id"), ("   ", "empty id"), ("a\nb", "U+000A"), ("a\tb", "U+0009"),
    ("x\u202eab", "U+202E"), ("nul\x00", "U+0000"),
])
def test_c2_jsonl_ids_that_cannot_be_reviewed_are_rejected(tmp_path, doc_id, reason):
    lines = [json.dumps({"id": "ok", "text": GOOD}), json.dumps({"id": doc_id, "text": GOOD})]
    (tmp_path / "pool.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs, errors = _read(tmp_path / "pool.jsonl")
    assert [d.id for d in docs] == ["ok"]
    assert errors[0].name.endswith("pool.jsonl:2") and reason in errors[0].reason


def test_c2_file_name_with_a_newline_is_refused_naming_it(tmp_path):
    (tmp_path / "bad\nname.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD.replace("twelve", "ten"), encoding="utf-8")
    docs, errors = _read(tmp_path)
    assert [d.id for d in docs] == ["good"]
    assert "file name unusable as a document id" in errors[0].reason and "U+000A" in errors[0].reason


# --- C3: same file name in two outlets' folders -------------------------------------------------

def test_c3_ids_are_unique_by_relative_path(tmp_path):
    for outlet in ("outletA", "outletB"):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "001.txt").write_text(f"{GOOD} Reported by {outlet}.", encoding="utf-8")
    (tmp_path / "top.txt").write_text(GOOD, encoding="utf-8")
    docs, errors = _read(tmp_path)
    assert not errors
    assert sorted(d.id for d in docs) == ["outletA/001", "outletB/001", "top"]
    docs.sort(key=lambda d: d.id)
    assert [s.id for s in docs[0].sentences][:1] == ["outletA/001:0"]


# --- C4: '-' and /dev/null as inputs ------------------------------------------------------------

def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_c4_dash_reads_one_text_document_from_stdin(monkeypatch, tmp_path):
    _stdin(monkeypatch, GOOD.encode())
    docs, errors = _read("-")
    assert not errors and [d.id for d in docs] == ["stdin"] and docs[0].path == "<stdin>"


def test_c4_dash_reads_jsonl_from_stdin_with_line_numbers(monkeypatch):
    _stdin(monkeypatch, (json.dumps({"id": "a", "text": GOOD}) + "\n" + json.dumps({"id": "", "text": GOOD})).encode())
    docs, errors = _read("-")
    assert [d.id for d in docs] == ["a"] and errors[0].name == "<stdin>:2"


def test_c4_empty_stdin_is_refused(monkeypatch):
    _stdin(monkeypatch, b"")
    docs, errors = _read("-")
    assert not docs and str(errors[0]) == "<stdin>: empty file"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null")
def test_c4_dev_null_is_refused_as_not_a_regular_file_and_the_run_goes_on(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    status, report = _run(tmp_path, "/dev/null", tmp_path / "good.txt")
    err = capsys.readouterr().err
    assert status == 1 and [d["id"] for d in report["documents"]] == ["good"]
    assert "/dev/null: a device, not a regular file" in err
