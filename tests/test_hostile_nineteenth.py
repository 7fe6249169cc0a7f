"""Hostile and careless input, nineteenth session (helper H19): the cases an independent audit
found still failing. Each ends in one line naming the file (and line), the other documents kept."""
from __future__ import annotations

import io
import json
import sys
import threading

import pytest

from workbench.cli import main
from workbench.corpus import parse_jsonl_lines, parse_text
from workbench.errors import InputError
from workbench.inputs import collect_paths, read_documents

GOOD = " date 2026-01-02 Headline here\nThe minister said 40 people came to Astana on Monday.\n"


def test_jsonl_lone_surrogate_escape_is_one_skipped_line_not_a_crash(tmp_path):
    """"\\ud800" is valid JSON but not text: it crashed the language detector (TypeError)."""
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join([json.dumps({"id": "a", "text": "The minister spoke on Monday."}),
                               '{"id": "b", "text": "broken \\ud800 escape"}',
                               '{"id": "c", "text": "fine", "title": "half \\udc80 pair"}']) + "\n")
    docs, errors = read_documents([str(path)])
    assert [d.id for d in docs] == ["a"]
    assert [e.name for e in errors] == [f"{path}:2", f"{path}:3"]
    assert "'text' holds a lone surrogate \\ud800" in str(errors[0]) and "'title'" in str(errors[1])


@pytest.mark.parametrize("name", ["new\nline.txt", "bidi\u202etxt.txt", "cr\rname.txt"])
def test_error_naming_a_hostile_file_name_is_one_line_that_reads_as_written(tmp_path, name, capsys):
    (tmp_path / name).write_bytes(GOOD.encode())
    (tmp_path / "good.txt").write_bytes(GOOD.encode())
    files, missing = collect_paths([str(tmp_path)])
    docs, errors = read_documents(files)
    assert not missing and [d.id for d in docs] == ["good"] and len(errors) == 1
    shown = str(errors[0])
    assert "\n" not in shown and "\r" not in shown and "\u202e" not in shown
    assert "\\u000a" in shown or "\\u202e" in shown or "\\u000d" in shown
    assert main(["segment", str(tmp_path / name / "missing.txt")]) == 2  # a ConfigError/InputError via the CLI
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("workbench: error: ")


class _Endless(io.RawIOBase):
    """A stdin that never ends (``yes | workbench segment -``); reading it all must not be tried."""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        b[:] = b"y\n" * (len(b) // 2) + b"y" * (len(b) % 2)
        return len(b)

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            raise AssertionError("stdin read without a limit")
        return b"y\n" * (n // 2) + b"y" * (n % 2)


def test_stdin_of_a_file_argument_is_read_only_up_to_the_limit(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(_Endless()))
    assert main(["segment", "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: error: <stdin>: file too large") and "Traceback" not in err


def test_lone_cr_ends_the_header_line():
    """Old Mac files end lines with CR alone: the headline is still a headline, the body its own span."""
    doc = parse_text(GOOD.replace("\n", "\r"), "mac.txt", "mac", lang="en")
    crlf = parse_text(GOOD.replace("\n", "\r\n"), "dos.txt", "dos", lang="en")
    assert doc.title is not None and doc.text[doc.title[0]:doc.title[1]] == "Headline here"
    assert doc.text[doc.body[0]:doc.body[1]] == "The minister said 40 people came to Astana on Monday."
    assert crlf.text[crlf.title[0]:crlf.title[1]] == "Headline here"


def test_jsonl_with_lone_cr_line_ends_reads_every_record_with_its_line_number():
    data = "\r".join([json.dumps({"id": "a", "text": "One."}), "{bad", json.dumps({"id": "c", "text": "Three."})])
    got, bad = parse_jsonl_lines(data.encode(), "mac.jsonl")
    assert [(n, d.id) for n, d in got] == [(1, "a"), (3, "c")]
    assert [e.name for e in bad] == ["mac.jsonl:2"]


def test_jsonl_date_error_names_the_field_not_a_header():
    _, bad = parse_jsonl_lines(json.dumps({"id": "a", "text": "One.", "date": "2026-02-30"}).encode(), "d.jsonl")
    assert str(bad[0]) == "d.jsonl:1: 'date' is not a calendar date: '2026-02-30' (expected YYYY-MM-DD)"


# --- the review server ---------------------------------------------------------------------------

def _served_out(tmp_path):
    from report_fixture import build_report

    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text(json.dumps(build_report()), encoding="utf-8")
    return out


def test_serve_client_hanging_up_prints_no_traceback(tmp_path, capsys):
    """socketserver printed a 30-line traceback when a refused upload's client reset the connection."""
    from workbench.serve.server import ReviewApp, make_server

    app = ReviewApp(out_dir=str(_served_out(tmp_path)), review_path=str(tmp_path / "seeds.review.tsv"),
                    corpus="seeds", token="tok")
    server = make_server(app, 0)
    try:
        for error in (ConnectionResetError(104, "Connection reset by peer"), ValueError("odd")):
            try:
                raise error
            except Exception:
                server.handle_error(None, ("127.0.0.1", 1))
    finally:
        server.server_close()
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip() == "workbench serve: error: ValueError: odd"


@pytest.mark.parametrize("method", ["PUT", "PATCH", "OPTIONS", "HEAD"])
def test_serve_other_methods_are_checked_then_refused_as_json_405(tmp_path, method):
    import http.client

    from test_serve import TOKEN, serving

    with serving(_served_out(tmp_path), tmp_path / "seeds.review.tsv") as app:
        for token, status in ((TOKEN, 405), ("wrong", 403)):
            conn = http.client.HTTPConnection("127.0.0.1", app.port, timeout=30)
            conn.request(method, "/api/decisions", headers={"Host": f"127.0.0.1:{app.port}", "X-Workbench-Token": token})
            r = conn.getresponse()
            body = r.read()
            conn.close()
            assert r.status == status and r.getheader("Content-Type").startswith("application/json")
            assert r.getheader("X-Content-Type-Options") == "nosniff"
            if method != "HEAD":
                assert json.loads(body)["error"]


# --- align and translate: one input line is one line, whatever it holds ----------------------------

def test_translate_keeps_one_output_line_per_input_line(tmp_path, capsys):
    """U+2028 or a form feed inside a sentence cut it in two (str.splitlines); a lone CR did end a line."""
    src = tmp_path / "in.txt"
    src.write_text("Merhaba\u2028dünya.\x0cBir.\rİkinci.\r\nÜç.\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["translate", "--from", "tr", "--no-cache", str(src), "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").split("\n")) - 1 == 3


def test_align_reads_its_files_as_run_does(tmp_path):
    from workbench.commands.align import read_sentences

    mac = tmp_path / "mac.txt"
    mac.write_bytes(b"\xef\xbb\xbfOne.\rTwo.\r")
    wide = tmp_path / "wide.txt"
    wide.write_bytes("One.\r\nTwo.\r\n".encode("utf-16"))
    assert read_sentences(str(mac)) == read_sentences(str(wide)) == ["One.", "Two."]
    for name, data, why in (("empty.txt", b" \n\n", "empty file"), ("bin.txt", b"One.\x00\x00\x01\x02\n", "binary")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError, match=f"{name}: {why}"):
            read_sentences(str(tmp_path / name))


def test_align_language_options_take_only_language_codes():
    from workbench.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["align", "a.txt", "b.txt", "--src-lang", "../x"])
    assert build_parser().parse_args(["align", "a.txt", "b.txt", "--tgt-lang", "KK"]).tgt_lang == "kk"


# --- a JSON number of more than 4300 digits: Python's int() refuses it with a bare ValueError ----------

def test_jsonl_line_with_a_huge_number_is_one_skipped_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "Fine."}\n{"id": "b", "text": "x", "n": ' + "9" * 5000 + "}\n")
    docs, errors = read_documents([str(path)])
    assert [d.id for d in docs] == ["a"]
    assert [str(e) for e in errors] == [f"{path}:2: invalid JSON (a number too long to read)"]


def test_report_json_with_a_huge_number_is_one_error_naming_it(tmp_path, capsys):
    path = tmp_path / "report.json"
    path.write_text('{"format": ' + "9" * 5000 + "}")
    assert main(["report", str(path)]) == 2
    assert capsys.readouterr().err == f"workbench: error: {path}: not a report.json: holds a number too long to read\n"
    assert not (tmp_path / "report.html").exists()


def test_config_holding_a_huge_number_is_one_config_error(tmp_path):
    from workbench.errors import ConfigError
    from workbench.translate import load_settings

    big = tmp_path / "big.toml"
    big.write_text("[translate]\nbeam_size = " + "9" * 5000 + "\n")
    with pytest.raises(ConfigError, match="big.toml: invalid TOML: a number too long to read"):
        load_settings(str(big), {}, {})


def test_config_that_is_a_fifo_is_refused_not_waited_on(tmp_path):
    import os

    from workbench.errors import ConfigError
    from workbench.translate import load_settings

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)  # a plain open() for reading waits for a writer; the writer here lets it go on (and read {})
    writer = threading.Thread(target=lambda: os.close(os.open(fifo, os.O_WRONLY)), daemon=True)
    writer.start()
    try:
        with pytest.raises(ConfigError, match="fifo.toml: cannot read the config file \\(a FIFO"):
            load_settings(str(fifo), {}, {})
    finally:
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # held open until the writer is through
        writer.join(timeout=10)
        os.close(reader)


# --- the size limit a "file too large" error names is an option of every command that reads a file -------

@pytest.mark.parametrize("command", [["segment", "--lang", "en"], ["facts", "--lang", "en"],
                                     ["translate", "--from", "tr", "--no-cache"], ["align", "--no-cache"]])
def test_file_too_large_names_an_option_the_command_has(tmp_path, capsys, command):
    """The error says "raise it with --max-bytes": segment, facts, translate and align had no such option."""
    from workbench.cli import build_parser

    path = tmp_path / "doc.txt"
    path.write_text(GOOD, encoding="utf-8")
    files = [str(path), str(path)] if command[0] == "align" else [str(path)]
    assert main([*command, *files, "--max-bytes", "20"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"workbench: error: {path}: file too large") and "--max-bytes" in err
    assert build_parser().parse_args([*command, *files, "--max-bytes", "2048"]).max_bytes == 2048
    assert main([*command, *files, "--max-bytes", "0"]) == 2
    assert "--max-bytes must be a positive whole number, got 0" in capsys.readouterr().err


def test_max_bytes_raised_reads_the_file(tmp_path, capsys):
    path = tmp_path / "doc.txt"
    path.write_text(GOOD * 40, encoding="utf-8")
    assert main(["segment", "--lang", "en", str(path), "--max-bytes", "1000"]) == 2
    capsys.readouterr()
    assert main(["segment", "--lang", "en", str(path), "--max-bytes", str(len(GOOD) * 80)]) == 0
    assert "40 people came to Astana" in capsys.readouterr().out


def test_review_file_with_lone_cr_line_ends_is_read_line_by_line():
    """An old Mac editor's file (CR only) was one line of many columns: "expected 5 columns, line 1"."""
    from workbench import review
    from workbench.records import link_id

    rows = [review.Decision("reject", link_id("kk1:1", "tr1:1"), "kk1:1 tr1:1", "apart", "2026-03-01"),
            review.Decision("accept", link_id("kk1:2", "en1:1"), "en1:1 kk1:2", "", "2026-03-02")]
    text = review.format_decisions(rows)
    assert review.read_decisions(text.replace("\n", "\r")) == rows
    assert review.read_decisions(text.replace("\n", "\r\n")) == rows
    with pytest.raises(InputError, match="line 4: expected 5"):
        review.read_decisions(text.replace("\n", "\r") + "accept\tonly two\r")
