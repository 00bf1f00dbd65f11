"""Domain errors carry a code and data, never a sentence: the UI and CLI word them."""

from __future__ import annotations

from datetime import datetime
from typing import Any


class SmartNetError(Exception):
    """Base of every error a user may cause; never shown as a traceback."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(self.code, params)


class InvalidInput(SmartNetError):
    """A value the user entered is not acceptable; `field` names it."""

    code = "invalid_input"

    def __init__(self, field: str, code: str, **params: Any) -> None:
        super().__init__(code, field=field, **params)
        self.field = field


class NotFound(SmartNetError):
    code = "not_found"


class AlreadyCheckedIn(SmartNetError):
    code = "already_checked_in"

    def __init__(self, at: datetime, by: str | None, name: str) -> None:
        super().__init__(at=at, by=by, name=name)
        self.at = at
        self.by = by
        self.name = name


class BadgesOrphaned(SmartNetError):
    """A new profile address would leave `count` printed badges opening pages of the old
    site (`old`); refused unless forced."""

    code = "badges_orphaned"

    def __init__(self, count: int, old: str) -> None:
        super().__init__(count=count, old=old)
        self.count = count
        self.old = old


class InvalidImport(SmartNetError):
    """The file cannot be imported; `problems` lists (line, field, code) per problem."""

    code = "invalid_import"

    def __init__(self, problems: list, code: str | None = None) -> None:
        super().__init__(code or self.code, problems=problems)
        self.problems = problems


class DatabaseProblem(SmartNetError):
    """The database cannot be opened or written (damaged, read-only, disk full, too new)."""

    code = "database_problem"


class OutputRefused(SmartNetError):
    """An output would destroy what the user owns (a folder, a device, a link, a folder of
    other files) or names no file; nothing was written. `location` names the place."""

    code = "output_refused"


class ToolMissing(SmartNetError):
    """A program the output needs is not installed (Graphviz for the network picture);
    `tool` names it, `package` the package that brings it."""

    code = "tool_missing"
