"""What a write returns: the value, the Change it made and how to reverse it.

A service that writes returns `Done`, so the window never has to guess what a write
touched (it refreshes exactly `change`) nor how to take it back (`reverse`, where the write
can be undone). The command line reads `.value`. Reversing is itself a write and returns a
`Done` (its own `reverse` is ignored: there is no redo).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from smartnet_desktop.domain.rows import Change

T = TypeVar("T")
UNCHANGED = Change()  # a write that touched nothing the window shows


@dataclass(frozen=True, slots=True)
class Reverse:
    label: str  # shown as "Undo: <label>" (the desk names the person)
    call: Callable[[], Done]


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    value: T
    change: Change = UNCHANGED
    reverse: Reverse | None = None


def touched(event_ids=(), person_ids=(), *, events=False, agenda=False) -> Change:
    """A Change from plain ids (the services' short way to say what they wrote)."""
    return Change(
        event_ids=frozenset(i for i in event_ids if i is not None),
        person_ids=frozenset(i for i in person_ids if i is not None),
        events_changed=events,
        agenda_changed=agenda,
    )
