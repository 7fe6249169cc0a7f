"""``workbench serve OUT_DIR``: review the report in the browser (127.0.0.1 only).

Prints the URL to open (with this run's random token) as its first line on stdout, then
serves until interrupted. Decisions go to the same ``<alignments>/<corpus>.review.tsv``
``workbench review`` writes, found the same way (``commands.review.decisions_path``).
"""
from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys


def add_parser(sub) -> None:
    p = sub.add_parser("serve", help="review a report in the browser: dismiss, reject, accept, re-run (127.0.0.1 only)")
    p.add_argument("out_dir", metavar="OUT_DIR", help="output folder of `workbench run` (holding report.json)")
    p.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    p.add_argument("--alignments", default=None, metavar="DIR",
                   help="folder of <corpus>.review.tsv files (default: alignments/, as `workbench review`)")
    p.add_argument("--corpus", help="corpus name (default: the one the report's run used)")
    p.add_argument("--open", action="store_true", help="open the page in the default browser")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..errors import ConfigError
    from ..serve.server import ReviewApp, make_server, url_of
    from .report import load_report
    from .review import decisions_path

    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port {args.port}: give a port number from 1 to 65535 (0: any free port)")
    if os.path.isfile(args.out_dir):
        raise ConfigError(f"{args.out_dir}: a file; give the output folder holding report.json "
                          f"({os.path.dirname(args.out_dir) or '.'})")
    report_path = os.path.join(args.out_dir, "report.json")
    report = load_report(report_path)
    path = decisions_path(argparse.Namespace(corpus=args.corpus, alignments=args.alignments, report=report_path),
                          report)
    corpus = os.path.basename(path)[:-len(".review.tsv")]
    app = ReviewApp(out_dir=os.path.abspath(args.out_dir), review_path=path, corpus=corpus,
                    token=secrets.token_urlsafe(24))
    server = make_server(app, args.port)
    url = url_of(app)
    print(url, flush=True)
    print(f"workbench: serving {report_path} on 127.0.0.1 only; decisions go to {path}; Ctrl-C stops",
          file=sys.stderr, flush=True)
    previous = signal.signal(signal.SIGTERM, _stop)  # `kill` stops the server (and a running re-run) cleanly too
    try:
        if args.open:
            import webbrowser

            webbrowser.open(url)
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        print("workbench: serve stopped", file=sys.stderr)
    finally:
        server.server_close()
        signal.signal(signal.SIGTERM, previous)
    return 0


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt
