"""The review server: the report page with controls, and a small JSON API over the review file.

Standard library only (``http.server``): one page, one script and five API routes do not
need a framework, and the checks that matter (``guard.py``) run before any routing. Every
decision goes through ``commands.review`` (the code ``workbench review`` runs), so the file,
its lock, its comments and its format are the CLI's.

Routes (all need the token; the page and script take it as ``?token=``, the API as the
``X-Workbench-Token`` header):

- ``GET /`` the report page; ``GET /review.js`` its script
- ``GET /api/decisions`` the decisions in the review file (``n`` numbers them from 1)
- ``POST /api/decisions`` ``{"action", "target", "note"}``: dismiss a flag id, reject or accept
  a link id, or accept/reject ``SENT_A+SENT_B`` (two sentences of one event)
- ``DELETE /api/decisions/<n>[?id=ID]`` undo decision ``n`` (refused with 409 when ``id`` is
  given and decision ``n`` is another one: the file changed meanwhile)
- ``GET /api/rerun`` the re-run's state; ``POST /api/rerun`` start it (409 with the command
  to run by hand when the inputs cannot be reached)
"""
from __future__ import annotations

import json
import os
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

from .. import review
from ..commands import review as review_cmd
from ..commands.report import load_report
from ..errors import ConfigError, WorkbenchError
from ..render_html import ReviewHooks, render_html, served_csp
from . import guard
from .rerun import RerunJob, plan

HOST = "127.0.0.1"
SCRIPT = "/review.js"
_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
            "X-Frame-Options": "DENY", "Cross-Origin-Resource-Policy": "same-origin",
            "Cross-Origin-Opener-Policy": "same-origin"}


# The whole body of a request must arrive within this many seconds of its headers: the page sends
# at most 16 KiB to 127.0.0.1 at once, so a client that declares a Content-Length and stalls is
# answered 408 promptly instead of holding its thread for the idle timeout (``Handler.timeout``).
BODY_TIMEOUT = 10.0


class ApiError(Exception):
    def __init__(self, status: int, message: str, **extra):
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra


class ClientGone(Exception):
    """The client hung up mid-request: there is no one to answer."""


def asset(name: str) -> str:
    return resources.files("workbench").joinpath("assets", name).read_text(encoding="utf-8")


@dataclass
class ReviewApp:
    """The state behind the routes: where the report and the review file are, the token, the re-run."""

    out_dir: str
    review_path: str  # <alignments>/<corpus>.review.tsv, checked by commands.review
    corpus: str
    token: str
    port: int = 0
    body_timeout: float = BODY_TIMEOUT  # seconds for a request's whole body (BODY_TIMEOUT)

    def __post_init__(self) -> None:
        self.report_path = os.path.join(self.out_dir, "report.json")
        self.rerun = RerunJob()
        self._lock = threading.Lock()
        self._cached: tuple[tuple, dict] | None = None

    # ------------------------------------------------------------ report and page

    def report(self) -> dict:
        """report.json, read again whenever the file changed (a re-run replaces it)."""
        try:
            st = os.stat(self.report_path)
            key = (st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError:
            key = ()
        with self._lock:
            if self._cached is None or self._cached[0] != key:
                self._cached = (key, load_report(self.report_path))
            return self._cached[1]

    def page(self) -> str:
        hooks = ReviewHooks(script_src=f"{SCRIPT}?token={self.token}", css=asset("review.css"),
                            meta=(("workbench-token", self.token), ("workbench-review-file", self.review_path)))
        return render_html(self.report(), hooks)

    # ------------------------------------------------------------ decisions

    def decisions(self) -> list[dict]:
        current = review.latest(review_cmd.read_review_file(self.review_path)[1])
        return [{"n": n, **review.decision_dict(d)} for n, d in enumerate(current, 1)]

    def decide(self, body: object) -> dict:
        if not isinstance(body, dict) or set(body) - {"action", "target", "note"} or \
                not all(isinstance(body.get(k, ""), str) for k in ("action", "target", "note")):
            raise ApiError(400, 'expected {"action": "dismiss"|"reject"|"accept", "target": ID or '
                                '"SENT_A+SENT_B", "note": "…"} with string values')
        action, target, note = body.get("action", ""), body.get("target", ""), body.get("note", "")
        if action not in review.ACTIONS:
            raise ApiError(400, f"unknown action {action!r}: valid actions are {', '.join(review.ACTIONS)}")
        if len(note) > guard.MAX_NOTE:
            raise ApiError(413, f"the note is longer than {guard.MAX_NOTE} characters")
        report = self.report()
        id, target_text = review_cmd.resolve(report, action, target, "the served report")
        if "+" in target:
            self._check_one_event(report, target_text)
        d = review_cmd.write_decision(report, self.review_path, action, id, target_text, note)
        return review.decision_dict(d)

    @staticmethod
    def _check_one_event(report: dict, pair: str) -> None:
        doc_of = {s["id"]: d["id"] for d in report["documents"] for s in d["sentences"]}
        a, b = review.sentence_splits(pair, " ")[0]
        if not any(doc_of[a] in e["documents"] and doc_of[b] in e["documents"] for e in report.get("events", [])):
            raise ApiError(400, "the two sentences belong to no common event: a claim link joins "
                                "sentences of two reports of one event")

    def undo(self, n: int, expected_id: str | None) -> dict:
        current = self.decisions()
        if not 1 <= n <= len(current):
            raise ApiError(404, f"no decision {n}: there are {len(current)}")
        d = current[n - 1]
        if expected_id is not None and d["id"] != expected_id:
            raise ApiError(409, f"decision {n} is now {d['id']}, not {expected_id}: the review file changed; reload")
        removed = review_cmd.remove_decision(self.review_path, d["id"])
        return {"removed": [review.decision_dict(x) for x in removed]}

    # ------------------------------------------------------------ re-run

    def start_rerun(self) -> dict:
        alignments = os.path.dirname(self.review_path)
        p = plan(self.report(), self.out_dir, alignments, self.corpus)
        if p.argv is None:
            raise ApiError(409, f"cannot re-run from here: {p.reason}", command=p.command)
        if not self.rerun.start(p.argv):
            raise ApiError(409, "a re-run is already running")
        return {**self.rerun.status(), "command": p.command}


class Handler(BaseHTTPRequestHandler):
    """Checks (guard.py), then routes; every answer is JSON except the page and its script."""

    server_version = "workbench-serve"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds a client may stall mid-request before the connection is dropped
    app: ReviewApp  # set on the subclass make_server builds

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        """Silent: the request line holds the token, which must not end up in logs."""

    # ------------------------------------------------------------ plumbing

    def _send(self, status: int, body: bytes, content_type: str, extra: dict | None = None) -> None:
        if self._body_unread():
            self.close_connection = True  # the rest of it must not be taken for the next request
        self.send_response(status)
        if self.close_connection:  # say so (HTTP/1.1): the client must not send more on this connection
            extra = {**(extra or {}), "Connection": "close"}
        for k, v in {**_HEADERS, **(extra or {})}.items():
            self.send_header(k, v)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, data: object) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _refuse(self, refusal: guard.Refusal) -> None:
        self.close_connection = True
        self._json(refusal.status, {"error": refusal.reason})

    def _checked(self, api: bool) -> bool:
        """Host, Origin and token checks; False (and the refusal sent) when one fails."""
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        given = self.headers.get(guard.TOKEN_HEADER) if api else (query.get("token") or [None])[0]
        host = self.headers.get("Host")
        refusal = (guard.check_host(host, self.app.port)
                   or guard.check_origin(self.headers.get("Origin"), self.headers.get("Sec-Fetch-Site"), host or "")
                   or guard.check_token(given, self.app.token))
        if refusal:
            self._refuse(refusal)
            return False
        return True

    def _body(self) -> object:
        refusal = guard.check_body(self.headers.get("Content-Type"), self.headers.get("Content-Length"),
                                   self.headers.get("Transfer-Encoding"))
        if refusal:
            raise ApiError(refusal.status, refusal.reason)
        data = self._read_exactly(int(self.headers["Content-Length"]), self.app.body_timeout)
        self._read_body = True
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ApiError(400, "the body is not valid JSON") from None

    def _read_exactly(self, n: int, seconds: float) -> bytes:
        """The ``n`` bytes of the body, all within ``seconds`` (a deadline, not a per-read timeout:
        a client trickling a byte at a time is cut off too). 408 when they do not come in time, 400
        when the client ends the body early, ClientGone when it resets the connection."""
        deadline = time.monotonic() + seconds
        chunks: list[bytes] = []
        got = 0
        try:
            while got < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                self.connection.settimeout(left)
                chunk = self.rfile.read1(n - got)
                if not chunk:
                    raise ApiError(400, f"the body ended after {got} of the {n} bytes its Content-Length declares")
                chunks.append(chunk)
                got += len(chunk)
        except TimeoutError:
            raise ApiError(408, f"the body did not arrive within {seconds:g} s ({got} of {n} bytes)") from None
        except ConnectionError:
            raise ClientGone from None
        finally:
            self.connection.settimeout(self.timeout)
        return b"".join(chunks)

    def _body_unread(self) -> bool:
        """The request has a body this handler has not read (refused, cut short, timed out)."""
        return not self._read_body and bool(self.headers.get("Content-Length") or self.headers.get("Transfer-Encoding"))

    def _route(self, method: str) -> None:
        self._read_body = False
        try:
            self._answer(method)
        finally:
            if self._body_unread():
                self.close_connection = True  # an unread body must not be taken for the next request

    def _answer(self, method: str) -> None:
        path = urllib.parse.urlsplit(self.path).path
        api = path.startswith("/api/")
        if not self._checked(api):
            return
        try:
            if not api:
                if method != "GET":
                    raise ApiError(405, "only GET here")
                if path == "/":
                    self._send(200, self.app.page().encode("utf-8"), "text/html; charset=utf-8",
                               {"Content-Security-Policy": served_csp() + "; frame-ancestors 'none'"})
                elif path == SCRIPT:
                    self._send(200, asset("review.js").encode("utf-8"), "text/javascript; charset=utf-8")
                else:
                    raise ApiError(404, "not found")
                return
            self._json(*self._api(method, path))
        except ApiError as e:
            self._json(e.status, {"error": e.message, **e.extra})
        except (ClientGone, ConnectionError):  # hung up mid-request or mid-answer: nothing to say
            self.close_connection = True
        except WorkbenchError as e:
            self._json(400, {"error": str(e)})
        except Exception as e:  # noqa: BLE001 - one failed request must not take the server down
            print(f"workbench serve: error: {type(e).__name__}: {e}", file=sys.stderr)
            self._json(500, {"error": f"internal error ({type(e).__name__}); see the server's terminal"})

    def _api(self, method: str, path: str) -> tuple[int, object]:
        app = self.app
        if path == "/api/decisions":
            if method == "GET":
                return 200, {"file": app.review_path, "decisions": app.decisions()}
            if method == "POST":
                return 201, app.decide(self._body())
        elif path.startswith("/api/decisions/") and method == "DELETE":
            n = path[len("/api/decisions/"):]
            if not n.isdigit() or not n.isascii():
                raise ApiError(404, "DELETE /api/decisions/<n>: n is the decision's number from GET /api/decisions")
            ids = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("id")
            return 200, app.undo(int(n), ids[0] if ids else None)
        elif path == "/api/rerun":
            if method == "GET":
                return 200, app.rerun.status()
            if method == "POST":
                self._body()  # JSON only, like every body here ({} is enough)
                return 202, app.start_rerun()
        else:
            raise ApiError(404, "not found")
        raise ApiError(405, f"{method} is not allowed on {path}")

    def do_GET(self) -> None:  # noqa: N802 - http.server's names
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def do_DELETE(self) -> None:  # noqa: N802
        self._route("DELETE")

    def _other_method(self) -> None:
        """HEAD, PUT, PATCH, …: the same checks, then 405 as JSON (not http.server's 501 HTML page)."""
        self._route(self.command)

    do_HEAD = do_PUT = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _other_method  # noqa: N815


class ReviewHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False  # a port another process holds is an error, never shared

    def __init__(self, app: ReviewApp, port: int):
        self.app = app
        handler = type("BoundHandler", (Handler,), {"app": app})
        super().__init__((HOST, port), handler)
        app.port = self.server_address[1]

    def handle_error(self, request, client_address) -> None:
        """A client that hangs up mid-answer (a refused upload, a closed tab) is its own business:
        nothing is printed. Anything else is one line on the terminal, never socketserver's traceback."""
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionError, TimeoutError)):
            print(f"workbench serve: error: {type(error).__name__}: {error}", file=sys.stderr)

    def server_close(self) -> None:
        self.app.rerun.stop()
        super().server_close()


def make_server(app: ReviewApp, port: int = 0) -> ReviewHTTPServer:
    """A server bound to 127.0.0.1 only (port 0: any free port); ``app.port`` is set to the real one."""
    try:
        return ReviewHTTPServer(app, port)
    except OSError as e:
        raise ConfigError(f"cannot listen on {HOST}:{port} ({e.strerror or e}); give another --port") from None


def url_of(app: ReviewApp) -> str:
    return f"http://{HOST}:{app.port}/?token={app.token}"

