"""Hostile and careless input, twentieth session (helper H20): what the nineteenth session's audit
left open (a very long sentence, a stalled upload) and what this one found. Each ends in one line
naming the file (and line), the other documents kept; nothing hangs."""
from __future__ import annotations

import json
import zlib

import numpy as np
import pytest

from workbench.cli import main
from workbench.inputs import DEFAULT_MAX_SENTENCE_CHARS, collect_paths, read_documents

GOOD = " date 2026-01-02 Headline here\nThe minister said 40 people came to Astana on Monday.\n"
DIM = 16


class BagOfWords:
    """A stand-in encoder (each word a fixed random vector): runs take seconds, not minutes."""

    name, dim = "bag-of-words", DIM

    def encode(self, texts):
        rows = [np.sum([np.random.default_rng(zlib.crc32(w.lower().encode())).normal(size=DIM)
                        for w in t.split()[:50]] or [np.zeros(DIM)], axis=0) for t in texts]
        rows = np.array(rows, dtype=np.float32).reshape(len(texts), DIM)
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)


@pytest.fixture
def stand_in_encoder(monkeypatch):
    import workbench.engine as engines

    monkeypatch.setattr(engines, "load_encoder", lambda spec: BagOfWords())


def _numbers(n_chars: int) -> str:
    """A line of figures ``n_chars`` long: what a table pasted without its line breaks looks like."""
    out, i = [], 0
    while sum(map(len, out)) + len(out) < n_chars:
        out.append(str(100_000 + i * 7919 % 900_000))
        i += 1
    return " ".join(out)[:n_chars]


def _run(tmp_path, folder, *extra):
    out = tmp_path / "out"
    status = main(["run", str(folder), "--out", str(out), "--no-cache", "--quiet", "--skip", "translate",
                   "--lang", "en", "--alignments", str(tmp_path / "al"), *extra])
    report = json.loads((out / "report.json").read_text(encoding="utf-8")) if (out / "report.json").exists() else None
    return status, report


# --- a single very long sentence ------------------------------------------------------------------

def test_a_document_with_a_sentence_over_the_limit_is_refused_naming_file_and_line(tmp_path):
    """A 3 MB line of numbers ran for hours (pairing its figures with another report's is quadratic);
    the document is refused at ingest with its file and the line the sentence starts on."""
    (tmp_path / "dump.txt").write_text(GOOD + "A second line.\r\nFigures: " + _numbers(DEFAULT_MAX_SENTENCE_CHARS)
                                       + "\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    files, _ = collect_paths([str(tmp_path)])
    docs, errors = read_documents(files)
    assert [d.id for d in docs] == ["good"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'dump.txt'}:4: a sentence of {DEFAULT_MAX_SENTENCE_CHARS + 9} characters > limit "
        f"{DEFAULT_MAX_SENTENCE_CHARS} (not prose: a table or a dump? raise it with --max-sentence-chars)"]
    docs, errors = read_documents(files, max_sentence_chars=DEFAULT_MAX_SENTENCE_CHARS + 9)
    assert sorted(d.id for d in docs) == ["dump", "good"] and not errors


def test_a_jsonl_record_with_a_sentence_over_the_limit_is_its_line_skipped(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (
        {"id": "a", "text": "The minister spoke on Monday."},
        {"id": "b", "text": "Fine first sentence.\n" + "x " * 400},
        {"id": "c", "text": "Another fine one."})) + "\n", encoding="utf-8")
    docs, errors = read_documents([str(path)], max_sentence_chars=500)
    assert [d.id for d in docs] == ["a", "c"]
    assert [e.name for e in errors] == [f"{path}:2"] and "a sentence of 799 characters > limit 500" in str(errors[0])


def test_run_keeps_the_other_documents_and_stamps_the_limits(tmp_path, capsys, stand_in_encoder):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dump.txt").write_text(f"Figures: {_numbers(3000)}\n", encoding="utf-8")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD.replace("40", "45"), encoding="utf-8")
    status, report = _run(tmp_path, folder, "--max-sentence-chars", "2000")
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert f"workbench: skipped {folder / 'dump.txt'}:1: a sentence of 3009 characters > limit 2000" in err
    assert [d["id"] for d in report["documents"]] == ["a", "b"]
    assert report["rejected_inputs"][0]["path"] == f"{folder / 'dump.txt'}:1"
    assert report["settings"]["input.max_sentence_chars"] == "2000"
    assert "|input.max_sentence_chars:2000|" in report["signature"]
    assert report["settings"]["input.max_sentences"] == "20000"


@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_sentence_chars_must_be_positive(tmp_path, capsys, value):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--max-sentence-chars", value]) == 2
    assert main(["facts", str(tmp_path / "a.txt"), "--max-sentence-chars", value]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"workbench: error: --max-sentence-chars must be a positive whole number, got {value}"] * 2


def test_facts_refuses_a_sentence_over_the_limit_in_one_line(tmp_path, capsys):
    path = tmp_path / "dump.txt"
    path.write_text(GOOD + _numbers(900) + "\n", encoding="utf-8")
    assert main(["facts", "--lang", "en", str(path), "--max-sentence-chars", "800"]) == 2
    assert capsys.readouterr().err == (f"workbench: error: {path}:3: a sentence of 900 characters > limit 800 "
                                       "(not prose: a table or a dump? raise it with --max-sentence-chars)\n")
    assert main(["facts", "--lang", "en", str(path), "--max-sentence-chars", "900"]) == 0
    assert "40 people" in capsys.readouterr().out


def test_the_input_limits_do_not_force_a_full_incremental_run(tmp_path, capsys, stand_in_encoder):
    """They decide which documents are read, never what is found in one: a document they let in is new."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD.replace("40", "45"), encoding="utf-8")
    (folder / "c.txt").write_text(GOOD + _numbers(1500) + "\n", encoding="utf-8")
    assert _run(tmp_path, folder, "--incremental", "--max-sentence-chars", "1000")[0] == 1
    capsys.readouterr()
    status, report = _run(tmp_path, folder, "--incremental", "--max-sentence-chars", "2000")
    err = capsys.readouterr().err
    assert status == 0 and "other settings" not in err and "1 new documents" in err
    assert "run:incremental" in report["signature"] and report["settings"]["input.max_sentence_chars"] == "2000"


# --- the segmenter reads a long line in linear time -------------------------------------------------

def test_segmenter_reads_only_the_last_words_before_a_candidate():
    """Every candidate boundary split the whole sentence so far ("Mr. Abc Mr. Abc …": minutes for a
    320 KB line); the rules read at most six words back, so a window of them is read."""
    from workbench.segment import _TAIL_WORDS, _last_words, segment

    line = "J. Smith " * 5000 + "В доклада от 2020"
    words = _last_words(line, 0, len(line))
    assert words[1:] == line.split()[-(_TAIL_WORDS - 1):] and len(words[0]) < 300
    assert _last_words(line, 0, 12) == ["J.", "Smith", "J."]  # all of a short head
    long_word = "x" * 5000
    assert _last_words(f"J. {long_word} J. {long_word}", 0, 10009)[-3:] == [long_word, "J.", long_word]
    # rule 5 (bg "<year> г.") still reads its preposition behind a long head
    head = "Ж. Ахметов " * 3000
    assert len(segment(head + "Договорът е подписан през 2020 г. Той влезе в сила.", "bg")) == 2
    assert len(segment(head + "и през 2025 г. Казахстан подписа.", "bg")) == 1


def test_next_word_is_read_in_place():
    from workbench.segment import _next_word

    assert _next_word("Mr. «Abc» def", 3) == "Abc"
    assert _next_word("end. — Next one", 4) == "Next"
    assert _next_word("end.", 4) == ""
