"""Review in a real browser: headless Chromium on the served page of a real run, start to finish.

A two-report corpus is run through ``workbench run``; the page served by ``workbench serve``
is driven through WebDriver with real clicks and key presses: a flag dismissed from the
keyboard with a note, a link rejected, two sentences accepted as a link, one decision
undone. The review file must then hold exactly the remaining three, and the page's re-run
must produce a report that honours them. Skipped where chromium or chromedriver is absent.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
import urllib.error
from pathlib import Path

import pytest

from test_browser import CHROMEDRIVER, CHROMIUM, Browser
from workbench import review
from workbench.cli import main
from workbench.records import link_id
from workbench.serve.server import ReviewApp, make_server, url_of

pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs chromium and chromedriver on PATH (Debian: apt install chromium chromium-driver)")

REPORT_A = """ date 2026-02-27
Kazakhstan and Serbia sign ten agreements in Astana
Presidents Kassym-Jomart Tokayev and Aleksandar Vucic met in Astana on Thursday.
The two countries signed 10 memoranda of cooperation.
More than 60 Serbian companies already work in Kazakhstan.
Vucic also visited a plant in Karaganda.
"""
REPORT_B = """ date 2026-02-27
Serbia and Kazakhstan deepen cooperation
Aleksandar Vucic arrived in Astana on Thursday for talks with Kassym-Jomart Tokayev.
The two countries signed 12 memoranda of cooperation.
About 40 Serbian companies already work in Kazakhstan.
The leaders discussed energy and transport.
"""
NOTE = 'b rounds the figure <img src=x> & "quotes"'
WAIT = 240  # seconds any one browser-side condition may take on a loaded machine


def _run(tmp: Path) -> dict:
    assert main(["run", str(tmp / "news"), "--out", str(tmp / "out"), "--alignments", str(tmp / "al"),
                 "--cache", str(tmp / "cache.sqlite"), "--quiet"]) == 0
    return json.loads((tmp / "out" / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    (tmp / "news").mkdir()
    (tmp / "news" / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (tmp / "news" / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return tmp, _run(tmp)


class Page:
    """WebDriver calls the test needs on top of test_browser.Browser: find, click, type, keys, wait."""

    def __init__(self, browser: Browser):
        self.b = browser

    def find(self, css: str) -> str:
        found = self.b.cmd("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(found.values()))

    def click(self, css: str) -> None:
        """A real click, the element first scrolled to mid-screen (chromedriver would leave it under the sticky nav)."""
        self.b.js(f"document.querySelector({json.dumps(css)}).scrollIntoView({{block: 'center'}});")
        try:
            self.b.cmd("POST", f"/element/{self.find(css)}/click", {})
        except urllib.error.HTTPError as e:
            raise AssertionError(f"cannot click {css}: {e.read()[:300]!r}") from None

    def type(self, css: str, text: str) -> None:
        self.b.cmd("POST", f"/element/{self.find(css)}/value", {"text": text})

    def keys(self, *keys: str) -> None:
        actions = [a for k in keys for a in ({"type": "keyDown", "value": k}, {"type": "keyUp", "value": k})]
        self.b.cmd("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})

    def wait(self, script: str, what: str):
        deadline = time.monotonic() + WAIT
        while True:
            value = self.b.js(script)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.1)

    def decisions_shown(self) -> int:
        return self.b.js("return document.querySelectorAll('#wb-list li.wb-d').length;")


def _sel(attr: str, value: str) -> str:
    """A CSS selector for an element whose data attribute holds ``value`` (JSON-encoded, as the page writes it)."""
    return f"[{attr}='{json.dumps(value)}']"


def _flag_with(report: dict, words: str) -> dict:
    return next(f for f in report["flags"] if words in f["message"])


def _link_between(report: dict, a: str, b: str) -> str | None:
    for c in report["claims"]:
        for link in c.get("links", []):
            if {link["a"], link["b"]} == {a, b}:
                return link["id"]
    return None


def test_review_start_to_finish_in_chromium(corpus, tmp_path, monkeypatch):
    tmp, report = corpus
    monkeypatch.setenv("WORKBENCH_CACHE", str(tmp / "cache.sqlite"))  # the re-run's child uses the test's cache
    memoranda = _flag_with(report, "memoranda")  # 10 vs 12: dismissed from the keyboard
    companies_link = _link_between(report, "a:3", "b:3")  # "more than 60" vs "about 40" companies: rejected
    single = next(f for f in report["flags"] if f["kind"] == "single_source")  # dismissed, then undone
    assert companies_link and _link_between(report, "a:4", "b:4") is None
    review_path = tmp / "al" / "news.review.tsv"
    app = ReviewApp(out_dir=str(tmp / "out"), review_path=str(review_path), corpus="news", token="browser-token")
    server = make_server(app, 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    profile = tempfile.mkdtemp()
    browser = None
    try:
        browser = Browser(profile, 1400, 1000)
        page = Page(browser)
        url = url_of(app)
        browser.network_requests()
        browser.open(url)
        page.wait("return document.querySelector('#wb-list li') !== null;", "the review panel")

        # keyboard: j moves to the first flag (worst first: a conflict), d opens the note box, Enter saves
        flags_in_order = browser.js("return Array.from(document.querySelectorAll('li.flag > .ids'), "
                                    "e => JSON.parse(e.dataset.flag));")
        steps = flags_in_order.index(memoranda["id"]) + 1
        page.keys(*["j"] * steps)
        page.keys("d")
        page.type("#wb-note", NOTE)
        page.keys("\ue007")  # Enter
        page.wait("return document.querySelectorAll('#wb-list li.wb-d').length === 1;", "the dismissal")

        # click: reject a link with a note
        page.click(f"li{_sel('data-link', companies_link)} .wb-reject")
        page.type("#wb-note", "60 and 40 are different counts")
        page.click("#wb-ok")
        page.wait("return document.querySelectorAll('#wb-list li.wb-d').length === 2;", "the rejection")

        # accept: select one sentence, then another of the same event
        page.click(f"td{_sel('data-sent', 'a:4')} .wb-pick")
        page.click(f"td{_sel('data-sent', 'b:4')} .wb-pick")
        page.type("#wb-note", "same visit")
        page.keys("\ue007")
        page.wait("return document.querySelectorAll('#wb-list li.wb-d').length === 3;", "the acceptance")

        # a fourth decision, undone from the page
        page.click(f".ids{_sel('data-flag', single['id'])} ~ .wb-bar .wb-dismiss")
        page.type("#wb-note", "to be undone")
        page.click("#wb-ok")
        page.wait("return document.querySelectorAll('#wb-list li.wb-d').length === 4;", "the fourth decision")
        page.click(f".ids{_sel('data-flag', single['id'])} ~ .wb-bar .wb-undo")
        page.wait("return document.querySelectorAll('#wb-list li.wb-d').length === 3;", "the undo")

        shown = browser.js(f"""
            const flag = document.querySelector({json.dumps(".ids" + _sel('data-flag', memoranda['id']))}).parentElement;
            const link = document.querySelector({json.dumps("li" + _sel('data-link', companies_link))});
            const undone = document.querySelector({json.dumps(".ids" + _sel('data-flag', single['id']))}).parentElement;
            return {{flagDismissed: flag.classList.contains('dismissed'),
                     flagOpacity: getComputedStyle(flag).opacity,
                     flagNote: flag.querySelector('.wb-note').textContent,
                     linkStruck: getComputedStyle(link).textDecorationLine,
                     undoneDismissed: undone.classList.contains('dismissed'),
                     injected: document.querySelectorAll('img').length}};""")
        assert shown["flagDismissed"] and float(shown["flagOpacity"]) < 1
        assert shown["flagNote"] == f"dismissed: {NOTE}"  # the note as text, markup and all
        assert shown["linkStruck"] == "line-through"
        assert not shown["undoneDismissed"]
        assert shown["injected"] == 0
        shots = Path(os.environ.get("WORKBENCH_SCREENSHOT_DIR") or tmp_path)
        shots.mkdir(parents=True, exist_ok=True)
        browser.screenshot(shots / "serve-decided.png")

        # the review file holds exactly the remaining decisions, in the CLI's format
        decisions = review.read_decisions(review_path.read_text(encoding="utf-8"))
        accepted = link_id("a:4", "b:4")
        assert [(d.action, d.id, d.note) for d in decisions] == [
            ("dismiss", memoranda["id"], NOTE), ("reject", companies_link, "60 and 40 are different counts"),
            ("accept", accepted, "same visit")]

        # re-run from the page: progress, then the page reloads on the new report
        before = os.stat(tmp / "out" / "report.json").st_mtime_ns
        browser.js("window.wbBeforeRerun = true;")
        page.click("#wb-rerun")
        page.wait("return !window.wbBeforeRerun && document.querySelector('#wb-list li.wb-d') !== null;",
                  "the re-run and the reload")
        assert os.stat(tmp / "out" / "report.json").st_mtime_ns != before
        new = json.loads((tmp / "out" / "report.json").read_text(encoding="utf-8"))
        dismissed = next(f for f in new["flags"] if f["id"] == memoranda["id"])
        assert dismissed["dismissed"] and dismissed["note"] == NOTE
        assert _link_between(new, "a:3", "b:3") is None  # the rejected link stays split
        assert _link_between(new, "a:4", "b:4") == accepted  # the accepted one is made
        assert not next(f for f in new["flags"] if f["id"] == single["id"]).get("dismissed")
        after = browser.js(f"""
            const flag = document.querySelector({json.dumps(".ids" + _sel('data-flag', memoranda['id']))}).parentElement;
            return {{dismissed: flag.classList.contains('dismissed'), rerunText: document.body.innerText,
                     injected: document.querySelectorAll('img').length,
                     accepted: document.querySelector({json.dumps("li" + _sel('data-link', accepted))}) !== null}};""")
        assert after["dismissed"] and after["accepted"] and NOTE in after["rerunText"] and after["injected"] == 0
        own = f"http://127.0.0.1:{app.port}/"
        web = [u for u in browser.network_requests() if u.split(":", 1)[0] in ("http", "https", "ws", "wss")]
        assert any(u.startswith(own + "api/") for u in web)  # the log does see the page's own fetches
        assert all(u.startswith(own) for u in web), web  # nothing fetched from anywhere else
    finally:
        try:
            if browser is not None:
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)
            shutil.rmtree(profile, ignore_errors=True)


def test_keyboard_reject_click_dismiss_and_the_command_when_inputs_are_gone(tmp_path):
    """On a report whose inputs are not on this machine: `r` rejects from the keyboard, a click dismisses,
    Esc cancels a note, and Re-run shows the command to run instead of running."""
    from report_fixture import build_report

    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.json").write_text(json.dumps(build_report()), encoding="utf-8")
    review_path = tmp_path / "al" / "seeds.review.tsv"
    app = ReviewApp(out_dir=str(tmp_path / "out"), review_path=str(review_path), corpus="seeds", token="t2")
    server = make_server(app, 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    profile = tempfile.mkdtemp()
    browser = None
    try:
        browser = Browser(profile, 1400, 1000)
        page = Page(browser)
        browser.open(url_of(app))
        page.wait("return document.querySelector('#wb-list li') !== null;", "the review panel")
        first_link = browser.js("return JSON.parse(document.querySelector('li[data-link]').dataset.link);")
        page.keys("J", "r")  # first link, reject
        page.type("#wb-note", "not the same ceremony")
        page.keys("\ue007")
        page.wait("return document.querySelectorAll('#wb-list li.wb-d').length === 1;", "the rejection")
        page.click(f".ids{_sel('data-flag', 'f-hedg01')} ~ .wb-bar .wb-dismiss")
        page.type("#wb-note", "hedges agree in substance")
        page.click("#wb-ok")
        page.wait("return document.querySelectorAll('#wb-list li.wb-d').length === 2;", "the dismissal")
        page.keys("j", "d")
        page.type("#wb-note", "changed my mind")
        page.keys("\ue00c")  # Escape: nothing saved
        assert browser.js("return document.querySelector('#wb-notebox').hidden;")
        decisions = review.read_decisions(review_path.read_text(encoding="utf-8"))
        assert [(d.action, d.id, d.note) for d in decisions] == [
            ("reject", first_link, "not the same ceremony"), ("dismiss", "f-hedg01", "hedges agree in substance")]
        page.click("#wb-rerun")
        command = page.wait("const c = document.querySelector('#wb-rerun-msg code.cmd'); return c && c.textContent;",
                            "the command to run")
        assert command.startswith("workbench run ") and f"--alignments {tmp_path / 'al'}" in command
        assert not (tmp_path / "out" / "report.html").exists()  # nothing ran
    finally:
        try:
            if browser is not None:
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)
            shutil.rmtree(profile, ignore_errors=True)
