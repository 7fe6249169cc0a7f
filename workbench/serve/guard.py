"""Who may talk to the review server: checks run on every request before any work is done.

The server listens on 127.0.0.1 only, yet any web page open in the reviewer's browser can
still send it requests. Each check closes one way in:

- **DNS rebinding** (a foreign name made to resolve to 127.0.0.1, so the browser treats
  our server as that site): the ``Host`` header must be ``127.0.0.1:PORT`` or
  ``localhost:PORT``, else 421.
- **Cross-site requests** (CSRF, a foreign form or fetch): an ``Origin`` header must be the
  server's own, and ``Sec-Fetch-Site`` (sent by current browsers) must not say
  ``cross-site``/``same-site``; else 403.
- **Other local users and pages that guess**: every request carries the per-run token (the
  page in ``?token=``, the API in ``X-Workbench-Token``), compared in constant time; else 403.
- **Oversized or non-JSON bodies**: bodies are JSON only (415), have a declared length (411)
  no larger than ``MAX_BODY`` (413), and are never read before these checks pass.
"""
from __future__ import annotations

import hmac
from dataclasses import dataclass

MAX_BODY = 16 * 1024  # bytes; a decision is one short JSON object, its note at most MAX_NOTE characters
MAX_NOTE = 2000  # characters of a reviewer's note
TOKEN_HEADER = "X-Workbench-Token"
_FOREIGN_FETCH = ("cross-site", "same-site")  # Sec-Fetch-Site values a page of another origin sends


@dataclass(frozen=True)
class Refusal:
    status: int
    reason: str


def own_hosts(port: int) -> tuple[str, ...]:
    """The ``Host`` values the server answers to."""
    return (f"127.0.0.1:{port}", f"localhost:{port}")


def check_host(host: str | None, port: int) -> Refusal | None:
    """421 unless the request names this server by its loopback address or ``localhost``."""
    if host is None or host.strip().lower() not in own_hosts(port):
        return Refusal(421, "this server answers only to 127.0.0.1:%d or localhost:%d" % (port, port))
    return None


def check_origin(origin: str | None, fetch_site: str | None, host: str) -> Refusal | None:
    """403 when a browser says the request comes from another origin than the page we served."""
    if origin is not None and origin.lower() != f"http://{host.strip().lower()}":
        return Refusal(403, "cross-origin request refused")
    if fetch_site is not None and fetch_site.strip().lower() in _FOREIGN_FETCH:
        return Refusal(403, "cross-site request refused")
    return None


def check_token(given: str | None, token: str) -> Refusal | None:
    """403 unless ``given`` is the run's token (constant-time comparison)."""
    if given is None or not given.isascii() or not hmac.compare_digest(given.encode(), token.encode()):
        return Refusal(403, "missing or wrong token: open the URL `workbench serve` printed")
    return None


def check_body(content_type: str | None, content_length: str | None, transfer_encoding: str | None) -> Refusal | None:
    """415/411/413 unless the body is JSON of a declared, small length."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media != "application/json":
        return Refusal(415, "the body must be JSON (Content-Type: application/json)")
    if transfer_encoding is not None or content_length is None or not content_length.strip().isdigit():
        return Refusal(411, "the body needs a Content-Length")
    if int(content_length) > MAX_BODY:
        return Refusal(413, f"the body is larger than {MAX_BODY} bytes")
    return None
