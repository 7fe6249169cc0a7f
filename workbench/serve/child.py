"""``python -m workbench.serve.child RUN_ARGS...``: ``workbench run`` for the page's re-run.

The same command as ``workbench run``, with its progress printed as JSON lines on stderr
(``workbench-progress {"stage": …, "done": …, "total": …}``) for the server to read, since
progress bars are off when stderr is not a terminal.
"""
from __future__ import annotations

import json
import sys

from ..cli import build_parser, dispatch
from .rerun import PROGRESS_PREFIX


def json_progress(stage: str, total: int):
    """A pipeline progress factory printing each step of ``stage`` as one JSON line."""
    done = 0

    def say() -> None:
        print(PROGRESS_PREFIX + json.dumps({"stage": stage, "done": done, "total": total}), file=sys.stderr, flush=True)

    say()

    def advance(n: int) -> None:
        nonlocal done
        done += n
        say()
    return advance


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(["run", "--quiet", *argv])
    args.progress = json_progress
    return dispatch(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
