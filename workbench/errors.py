"""Errors a user can act on. Each renders as one line naming the input it is about."""
from __future__ import annotations

from .display import reveal


class WorkbenchError(Exception):
    """Base for errors shown to users as one line, never as a traceback.

    File names and ids in the message may hold newlines or bidi controls (a file named
    ``a\nb.txt``): they are shown as ``\\u000a``-style escapes, so the message stays one line
    and reads as written.
    """

    def __str__(self) -> str:
        return reveal(super().__str__())


class InputError(WorkbenchError):
    """An input file (or one record of it) that cannot be read as a document."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class ModelError(WorkbenchError):
    """A model that is missing, unreadable or refused; the message says what to do."""


class ConfigError(WorkbenchError):
    """A configuration value that is unknown or invalid; the message lists valid choices."""
