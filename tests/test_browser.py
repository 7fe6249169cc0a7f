"""The HTML report in a real browser: headless Chromium driven through chromedriver (W3C WebDriver over urllib).

Checks from the rendered DOM that every document, claim group and flag is there, that
the page's script-looking text stayed text, and that the page made no network request
(Chrome's performance log of Network events, and the Resource Timing API). Takes a
screenshot into pytest's tmp dir (and into $WORKBENCH_SCREENSHOT_DIR when set).
Skipped where chromium or chromedriver is absent.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from report_fixture import build_report, validate
from workbench.render_html import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--disable-quic", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
         "--hide-scrollbars"]

pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs chromium and chromedriver on PATH (Debian: apt install chromium chromium-driver)")


class Browser:
    """A minimal WebDriver client: one chromedriver process, one session."""

    def __init__(self, profile: str, width: int = 1400, height: int = 2400):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen([CHROMEDRIVER, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if self._call("GET", "/status")["value"].get("ready"):
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            if time.monotonic() > deadline:
                self.proc.kill()
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)
        caps = {"browserName": "chrome", "goog:loggingPrefs": {"performance": "ALL"},
                "goog:chromeOptions": {"binary": CHROMIUM, "args": FLAGS + [
                    f"--user-data-dir={profile}", f"--window-size={width},{height}"]}}
        self.session = self._call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})["value"]["sessionId"]

    def _call(self, method: str, path: str, body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read())

    def cmd(self, method: str, path: str, body: dict | None = None):
        return self._call(method, f"/session/{self.session}{path}", body)["value"]

    def open(self, url: str) -> None:
        self.cmd("POST", "/url", {"url": url})

    def js(self, script: str):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": []})

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.cmd("GET", "/screenshot")))

    def network_requests(self, page_url: str | None = None) -> list[str]:
        """URLs requested (Network.requestWillBeSent in the performance log), by ``page_url`` if given.

        The browser's own start page shows up in the same log; the page's requests are
        those whose ``documentURL`` is the page. Reading the log empties it.
        """
        urls = []
        for entry in self.cmd("POST", "/se/log", {"type": "performance"}):
            msg = json.loads(entry["message"])["message"]
            if msg["method"] == "Network.requestWillBeSent":
                if page_url is None or msg["params"].get("documentURL") == page_url:
                    urls.append(msg["params"]["request"]["url"])
        return urls

    def close(self) -> None:
        try:
            self.cmd("DELETE", "")
        finally:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def shoot(html_path: Path, png_path: Path, width: int = 1400, height: int = 2400) -> dict:
    """Open ``html_path``, screenshot it and return what the DOM and the network log show."""
    with tempfile.TemporaryDirectory() as profile:
        b = Browser(profile, width, height)
        try:
            url = html_path.resolve().as_uri()
            b.network_requests()  # drain what the start page logged
            b.open(url)
            b.screenshot(png_path)
            dom = b.js("""return {
                ids: Array.from(document.querySelectorAll('[id]'), e => e.id),
                scripts: document.scripts.length,
                text: document.body.innerText,
                resources: performance.getEntriesByType('resource').map(e => e.name),
                title: document.title};""")
            dom["requests"] = b.network_requests(url)
            return dom
        finally:
            b.close()


def test_report_in_headless_chromium(tmp_path):
    report = build_report()
    validate(report)
    html_path = tmp_path / "report.html"
    html_path.write_text(render_html(report), encoding="utf-8")
    png = tmp_path / "report.png"
    dom = shoot(html_path, png)

    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    if os.environ.get("WORKBENCH_SCREENSHOT_DIR"):
        os.makedirs(os.environ["WORKBENCH_SCREENSHOT_DIR"], exist_ok=True)
        shutil.copy(png, os.path.join(os.environ["WORKBENCH_SCREENSHOT_DIR"], "report-fixture.png"))

    ids = set(dom["ids"])
    for i, _ in enumerate(report["documents"]):
        assert f"doc-{i}" in ids
    for c in report["claims"]:
        assert f"claim-{c['id']}" in ids
    for f in report["flags"]:
        assert f"flag-{f['id']}" in ids
    assert dom["scripts"] == 0
    assert "<script>alert(1)</script>" in dom["text"]  # shown as text, not run
    assert "UNTRANSLATED" in dom["text"]
    assert dom["resources"] == []
    assert dom["requests"] == [html_path.resolve().as_uri()]  # the page itself, nothing else
    non_file = [u for u in dom["requests"] if not u.startswith("file:")]
    assert non_file == [], f"the page made network requests: {non_file}"


def test_network_check_sees_a_request(tmp_path):
    """Control: the request detector is not blind (a page with an image on a closed local port)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again once the block ends: nothing answers
    page = tmp_path / "control.html"
    page.write_text(f'<!DOCTYPE html><html><body><img src="http://127.0.0.1:{port}/x.png"></body></html>')
    dom = shoot(page, tmp_path / "control.png", 400, 300)
    assert f"http://127.0.0.1:{port}/x.png" in dom["requests"]
