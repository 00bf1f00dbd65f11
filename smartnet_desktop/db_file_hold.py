"""Notices when this process has lost its hold on a SQLite file, and stops it from writing
on. (SQLite's own part of db.py, kept apart because db.py is long; nothing else uses it.)

SQLite's locks are POSIX locks and belong to the process: an open()+close() of the
database file anywhere in this process (a file dialog sniffing file types, a library)
drops all of them. The next program that opens and closes the database then believes it
was alone, checkpoints and deletes the write-ahead log (-wal) and its index (-shm); this
process goes on writing into the deleted log, and everything it writes from then on is
lost when it closes. The window avoids such opens (ui/file_dialogs.py); this guard is the
net under it: while the engine holds connections, the -wal file it started with must stay
the same file. If it vanished or was replaced, every later transaction is refused with
DatabaseProblem("lost_hold") instead of writing where no other program will ever see it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from sqlalchemy import Engine, event

from smartnet_desktop.domain.errors import DatabaseProblem


class FileHold:
    """The identity (device, inode) of the -wal file while this engine has connections."""

    def __init__(self, db_file: Path) -> None:
        self.wal = db_file.with_name(db_file.name + "-wal")
        self.location = str(db_file)
        self._lock = threading.Lock()
        self._connections = 0
        self._identity: tuple[int, int] | None = None
        self.lost = False

    def _current(self) -> tuple[int, int] | None:
        try:
            stat = os.stat(self.wal)
        except FileNotFoundError:
            return None
        return stat.st_dev, stat.st_ino

    def connected(self, *_args) -> None:
        with self._lock:
            if self._connections == 0 or self._identity is None:
                self._identity = self._current()  # None: not in WAL mode (yet)
            self._connections += 1

    def closed(self, *_args) -> None:
        """With no connection left this process holds nothing: SQLite itself removes the
        log, and the next connection starts afresh (a lost hold stays lost)."""
        with self._lock:
            self._connections = max(0, self._connections - 1)
            if self._connections == 0:
                self._identity = None

    def check(self, *_args) -> None:
        """Before every transaction: one stat() of the -wal file."""
        with self._lock:
            if not self.lost:
                current = self._current()
                if self._identity is None:
                    self._identity = current  # the log appeared with the first write
                elif current != self._identity:
                    self.lost = True
            if self.lost:
                raise DatabaseProblem("lost_hold", location=self.location)


def guard_file_hold(engine: Engine, db_file: Path) -> FileHold:
    """Registers the guard on a SQLite engine (after its pragma listener, so that the
    database is in WAL mode when the first connection is counted)."""
    hold = FileHold(db_file)
    event.listen(engine, "connect", hold.connected)
    event.listen(engine, "close", hold.closed)
    event.listen(engine, "close_detached", hold.closed)
    event.listen(engine, "begin", hold.check)
    return hold
