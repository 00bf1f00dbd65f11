"""A disk that fills up under a folder, inside the test's own process: writes of files in
that folder get `room` bytes in all, then fail half-way with ENOSPC as a full disk does.
For the window's tests, which cannot mount a small file system of their own; the command
line meets a real full disk (tests/cli/test_outputs_on_a_full_disk.py)."""

from __future__ import annotations

import errno
import os
from pathlib import Path


class FullDisk:
    def __init__(self, folder: Path, room: int = 0) -> None:
        self.folder = str(Path(folder).resolve())
        self.room = room
        self.refused = 0  # writes cut off

    def _inside(self, path: str) -> bool:
        return path == self.folder or path.startswith(self.folder + os.sep)

    def _take(self, size: int) -> int:
        granted = min(size, self.room)
        self.room -= granted
        return granted

    def _no_room(self) -> OSError:
        self.refused += 1
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def install(self, monkeypatch) -> FullDisk:
        real_write, real_write_bytes = os.write, Path.write_bytes
        disk = self

        def write(fd: int, data) -> int:
            try:
                path = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                return real_write(fd, data)
            if not disk._inside(path):
                return real_write(fd, data)
            granted = disk._take(len(data))
            if granted == 0 and len(data):
                raise disk._no_room()
            return real_write(fd, bytes(data)[:granted])

        def write_bytes(self: Path, data) -> int:
            if not disk._inside(str(self.resolve())):
                return real_write_bytes(self, data)
            granted = disk._take(len(data))
            real_write_bytes(self, bytes(data)[:granted])  # what fitted stays in the file
            if granted < len(data):
                raise disk._no_room()
            return granted

        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(Path, "write_bytes", write_bytes)
        return self


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` (hidden ones too) with its content."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
