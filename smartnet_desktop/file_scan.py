"""Whether files contain any of some byte strings, asked in a child process.

The erasure proves that no erased value is left in the database file's bytes. Reading
those bytes in this process would open and close the database file, and on POSIX systems
that drops every lock SQLite holds on it (its locks belong to the process): the next
program would delete the live write-ahead log under the window. A child process has locks
of its own, so it may read the file. The values travel on its standard input, never on
its command line (which every user of the computer can read).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

COMMAND = "--internal-scan-files"  # python -m smartnet_desktop COMMAND (or the bundle's exe)
CHUNK = 1 << 20


class ScanFailed(Exception):
    """The child could not answer (it could not start or read the files)."""


def contains_any(paths: list[Path], needles: list[bytes]) -> bool:
    """True when one of `needles` occurs in one of the existing `paths`."""
    request = json.dumps(
        {"paths": [str(p) for p in paths], "needles": [n.hex() for n in needles if n]}
    )
    package_parent = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (package_parent, os.environ.get("PYTHONPATH", "")) if p
    )}  # fmt: skip
    frozen = getattr(sys, "frozen", False)  # a bundle's executable runs __main__.py itself
    command = [sys.executable, *([] if frozen else ["-m", "smartnet_desktop"]), COMMAND]
    try:
        done = subprocess.run(
            command, input=request, capture_output=True, text=True, env=env, timeout=300
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise ScanFailed(str(error)) from error
    answer = done.stdout.strip()
    if done.returncode != 0 or answer not in ("found", "clean"):
        raise ScanFailed(done.stderr.strip()[-300:] or f"exit {done.returncode}")
    return answer == "found"


def _file_contains(path: Path, needles: list[bytes]) -> bool:
    overlap = max(len(n) for n in needles) - 1
    tail = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            window = tail + chunk
            if any(n in window for n in needles):
                return True
            tail = window[-overlap:] if overlap else b""
    return False


def main() -> int:
    """The child's side: the request on stdin, "found" or "clean" on stdout."""
    request = json.loads(sys.stdin.read())
    needles = [bytes.fromhex(n) for n in request["needles"]]
    found = bool(needles) and any(
        _file_contains(Path(p), needles) for p in request["paths"] if Path(p).exists()
    )
    print("found" if found else "clean")
    return 0
