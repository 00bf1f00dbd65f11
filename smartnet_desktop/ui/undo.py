"""The window's one undo stack: labelled steps, each the reverse of a finished write as the
service that did it returned it (agenda items come back under their own id, removed
registrations with every column, a batch as one step).

Every step belongs to a scope, the room it was made in ("desk", "agenda", "attendees"):
Ctrl+Z in a room takes back that room's newest step, as staff expect, while the steps
themselves live in one place, filled only by the operation runner. The desk's rule sits
on top: its steps are only this desk's own check-ins (the service refuses another desk's),
and it names the step's label, the person, in a question that Enter confirms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class UndoStep:
    scope: str
    label: str  # shown as "Undo: <label>"
    reverse: Callable[[], object]


class UndoStack:
    def __init__(self) -> None:
        self._steps: list[UndoStep] = []

    def push(self, scope: str, label: str, reverse: Callable[[], object]) -> None:
        self._steps.append(UndoStep(scope, label, reverse))

    def clear(self, scope: str | None = None) -> None:
        """Forgets a scope's steps (all steps without a scope: another database)."""
        self._steps = [s for s in self._steps if scope is not None and s.scope != scope]

    def count(self, scope: str) -> int:
        return sum(1 for step in self._steps if step.scope == scope)

    def next_label(self, scope: str) -> str | None:
        step = self._newest(scope)
        return step.label if step else None

    def pop(self, scope: str) -> UndoStep | None:
        """Takes the scope's newest step off the stack; it is gone even when its reverse
        then fails (a domain error says why, and retrying would fail the same way)."""
        step = self._newest(scope)
        if step is not None:
            self._steps.remove(step)
        return step

    def _newest(self, scope: str) -> UndoStep | None:
        return next((s for s in reversed(self._steps) if s.scope == scope), None)

    def scoped(self, scope: str) -> ScopedUndo:
        return ScopedUndo(self, scope)


class ScopedUndo:
    """One room's view of the stack (what the room's Ctrl+Z and its menu label ask)."""

    def __init__(self, stack: UndoStack, scope: str) -> None:
        self._stack, self.scope = stack, scope

    def __len__(self) -> int:
        return self._stack.count(self.scope)

    def next_label(self) -> str | None:
        return self._stack.next_label(self.scope)

    def next_reverse(self) -> Callable[[], object] | None:
        """The newest step's reverse (a room may word its question by what it undoes)."""
        step = self._stack._newest(self.scope)
        return step.reverse if step else None

    def clear(self) -> None:
        self._stack.clear(self.scope)
