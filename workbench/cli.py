"""The ``workbench`` command: a thin dispatcher over ``workbench.commands.*``.

Each command module exposes ``add_parser(subparsers)`` and sets ``func`` (args -> exit
status). User-facing failures (WorkbenchError) print one line, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .errors import WorkbenchError
from .lang import SUPPORTED

# Command modules under workbench/commands/, in help order.
COMMANDS = ("run", "segment", "align", "translate", "models", "facts", "report", "review", "serve")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Translate, align and cross-check multilingual news reports "
                    f"({', '.join(SUPPORTED)}), offline.")
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        importlib.import_module(f"workbench.commands.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    return dispatch(build_parser().parse_args(argv))


def dispatch(args) -> int:
    """Run a parsed command: configuration resolved here, user-facing failures as one line."""
    from .commands.common import resolve_config

    try:
        resolve_config(args)
        return int(args.func(args) or 0)
    except WorkbenchError as e:
        print(f"workbench: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
