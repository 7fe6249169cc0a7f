"""Errors a user can act on. Each renders as one line naming the input it is about."""
from __future__ import annotations


class WorkbenchError(Exception):
    """Base for errors shown to users as one line, never as a traceback."""


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
