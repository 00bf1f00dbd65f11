"""The one undo model of the window's views: a stack of labelled steps, each the reverse
of a finished write, given by the service that did it (agenda items come back under their
own id, removed registrations with every column, a batch as one step).

The agenda, the attendee list and the desk each keep one. The desk's rule sits on top:
its steps are only this desk's own check-ins (the service refuses another desk's), and it
names the step's label, the person, in a question that Enter confirms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class UndoStep:
    label: str  # shown as "Undo: <label>"
    reverse: Callable[[], object]


class UndoStack:
    def __init__(self) -> None:
        self._steps: list[UndoStep] = []

    def push(self, label: str, reverse: Callable[[], object]) -> None:
        self._steps.append(UndoStep(label, reverse))

    def clear(self) -> None:
        self._steps.clear()

    def __len__(self) -> int:
        return len(self._steps)

    def next_label(self) -> str | None:
        return self._steps[-1].label if self._steps else None

    def undo(self) -> object:
        """Reverses the newest step; the step is gone even when its reverse fails (a
        domain error then says why, and retrying would fail the same way)."""
        return self._steps.pop().reverse()
