"""Every file and folder written for the user (exports, PDFs, the Steckbrief site, backups)
goes through here, under one rule: an output never destroys what the user owns.

- A file is written under a temporary name in the same folder and renamed over the target
  only when complete, and only over a regular file. A folder, a device, a FIFO, a socket
  or a symbolic link at the target is refused without being opened (opening a FIFO
  blocks; replacing /dev/full breaks the system).
- The temporary file is created exclusively (never through a planted link), hidden,
  readable by its owner only, and named after the writing process: a run killed halfway
  leaves at worst that file, which the next write into the folder removes once the
  process that wrote it is gone. Nothing else is ever removed.
- A folder (the site) is written only when it is empty or was written by this program
  before: its marker file lists the files written, and only those are replaced or
  removed; a foreign file or a link inside is never touched.

No Qt and no SQLAlchemy: the command line, the services, db.py and the window share it.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from smartnet_desktop.domain.errors import OutputRefused

MARKER = ".smartnet-desktop-output.json"
_TEMPORARY = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.smartnet-tmp(-journal|-wal|-shm)?$")
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)
# The mode a new file gets from an ordinary open(); read once, as changing the umask to
# read it is not safe while other threads create files.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def file_target(path: str | Path) -> Path:
    """`path` as a file output, checked without opening it: refused when it names no file
    (``''``, ``.``, ``..``, ``/``) or holds anything but a regular file."""
    text = os.fspath(path)
    target = Path(text)
    if not text.strip() or target.name in ("", ".", ".."):
        raise OutputRefused("output_no_name", location=text)
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return target
    if stat.S_ISREG(mode):
        return target
    if stat.S_ISDIR(mode):
        raise OutputRefused("output_is_folder", location=text)
    if stat.S_ISLNK(mode):
        raise OutputRefused("output_is_link", location=text)
    raise OutputRefused("output_is_device", location=text)


def new_temporary(target: Path, parents: bool = False) -> Path:
    """An empty hidden file beside `target`, created exclusively (an existing name or a
    planted link makes this fail instead of being followed), readable by the owner only.
    For writers that need a name of their own (SQLite's backup, pg_dump)."""
    target = file_target(target)
    if parents:
        target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target.parent)
    temporary = target.with_name(
        f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.smartnet-tmp"
    )
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
    os.close(os.open(temporary, flags, 0o600))
    return temporary


def put_in_place(temporary: Path, target: Path) -> Path:
    """The complete temporary file, flushed to the disk, takes the target's name: only
    over a regular file (asked again now, as the folder may have changed meanwhile)."""
    target = file_target(target)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_UMASK
    descriptor = os.open(temporary, os.O_RDWR | _NOFOLLOW | _BINARY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.chmod(temporary, mode)
    os.replace(temporary, target)
    _sync_folder(target.parent)
    return target


def discard(temporary: Path) -> None:
    """A temporary file that did not become the output, with any SQLite side files."""
    for name in (temporary.name, *(temporary.name + s for s in _SQLITE_SIDE_FILES)):
        try:
            os.unlink(temporary.with_name(name))
        except FileNotFoundError:
            pass


# A write the disk had no room for (or the user's quota): said as such, naming the output.
_NO_ROOM = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@contextmanager
def _room_told(location: str | Path) -> Iterator[None]:
    """A full disk inside the block becomes the program's own refusal, which says that the
    output was not written and that what was there before is unchanged (every writer here
    makes sure it is)."""
    try:
        yield
    except OSError as error:
        if error.errno in _NO_ROOM:
            raise OutputRefused("output_disk_full", location=os.fspath(location)) from error
        raise


@contextmanager
def replacing(path: str | Path, parents: bool = False) -> Iterator[Path]:
    """Yields a temporary path to write the output to; it becomes `path` when the block
    ends without an error, and is removed when it does not (the file at `path` then stays
    as it was)."""
    with _room_told(path):
        target = file_target(path)
        temporary = new_temporary(target, parents)
        try:
            yield temporary
            put_in_place(temporary, target)
        finally:
            discard(temporary)


def write_file(path: str | Path, data: bytes, parents: bool = False) -> Path:
    with replacing(path, parents) as temporary:
        temporary.write_bytes(data)
    return Path(path)


def write_folder(
    path: str | Path,
    files: Mapping[str, bytes],
    before: Callable[[], None] | None = None,
) -> Path:
    """Writes `files` (relative name -> content) into the folder `path`, which must be
    empty, new, or written by this program before. Every file is written in full under a
    temporary name first; only then does `before` run (the audit entry) and the files take
    their names. A failure before that (a full disk, a refused entry) leaves the folder as
    it was, without a folder or subfolder this call made. Files this program wrote there
    before and that are no longer part of the output are removed; every other file stays."""
    text = os.fspath(path)
    folder = Path(text)
    if not text.strip():
        raise OutputRefused("output_no_name", location=text)
    owned: set[str] = set()
    if folder.exists():
        if not folder.is_dir():
            raise OutputRefused("output_not_folder", location=text)
        # A killed run's leftovers, in subfolders too, make it no stranger's.
        _clear_killed_runs(folder, top=True)
        owned = _owned_files(folder)
    for relative in files:
        _check_inside(folder, _safe_relative(relative), owned)
    made: list[Path] = []  # folders this call created, removed again if it fails
    staged: dict[str, Path] = {}  # relative name -> its complete temporary file
    # The marker's list of files: all that may be ours while the files take their names
    # (a run killed then leaves a folder that is still ours), then the final one. A run
    # killed while staging leaves only temporaries and the folders made for them, which
    # the next run clears (_clear_killed_runs), or empty folders (_holds_no_file).
    listings = (_marker(owned | set(files)), _marker(set(files)))
    markers: list[Path] = []
    try:
        with _room_told(folder):
            _make_folder(folder, made)
            for relative, data in files.items():
                _make_folder((folder / relative).parent, made)
                _check_inside(folder, relative, owned | set(files))
                staged[relative] = _staged(folder / relative, data)
            for listing in listings:
                markers.append(_staged(folder / MARKER, listing))
        if before is not None:
            before()
    except BaseException:
        for temporary in [*staged.values(), *markers]:
            discard(temporary)
        for made_folder in reversed(made):
            try:
                made_folder.rmdir()  # only an empty folder
            except OSError:
                pass
        raise
    _put_all_in_place(folder, staged, markers, owned - set(files))
    return folder


def _put_all_in_place(
    folder: Path, staged: dict[str, Path], markers: list[Path], gone: set[str]
) -> None:
    """The union marker, the staged files, the removal of our files no longer written
    (`gone`), then the final marker. A failure here leaves the union marker in place (the
    folder stays ours), and what did not take its name yet is discarded (a temporary
    already renamed is no longer there)."""
    try:
        put_in_place(markers[0], folder / MARKER)
        for relative, temporary in staged.items():
            put_in_place(temporary, folder / relative)
        for relative in sorted(gone):
            _remove_own_file(folder, relative)
        put_in_place(markers[1], folder / MARKER)
    finally:
        for temporary in [*staged.values(), *markers]:
            discard(temporary)


def _make_folder(folder: Path, made: list[Path]) -> None:
    """`folder` and its missing parents; each one made here is added to `made`."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for new in reversed(missing):
        new.mkdir()
        made.append(new)


def _staged(target: Path, data: bytes) -> Path:
    """`data` in full, flushed to the disk, in a temporary file beside `target`."""
    temporary = new_temporary(target)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | _NOFOLLOW | _BINARY)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view) :]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except BaseException:
        discard(temporary)
        raise
    return temporary


def remove_stale_temporaries(folder: Path) -> int:
    """Removes temporary files of this program whose process has ended (a killed run):
    only regular files of this user, named as new_temporary names them. Returns how many."""
    if os.name == "nt":  # no reliable way to ask whether a process lives; leave them
        return 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    removed = 0
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match is None or _alive(int(match.group(1))):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid():
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _clear_killed_runs(folder: Path, top: bool = False) -> bool:
    """Stale temporaries in `folder` and in every subfolder (never through a link); a
    subfolder that held nothing but those (the folders a killed run made for its pages)
    goes too. A user's file, or a folder that was empty before, stays. Returns whether
    `folder` itself was removed."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return False
    cleared = False
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            cleared |= _clear_killed_runs(Path(entry.path))
    cleared |= remove_stale_temporaries(folder) > 0
    if top or not cleared:
        return False
    try:
        folder.rmdir()  # only an empty folder
    except OSError:
        return False
    return True


def _holds_no_file(folder: Path) -> bool:
    """Nothing but (possibly nested) empty folders below `folder`: no file, no link."""
    for entry in os.scandir(folder):
        if not entry.is_dir(follow_symlinks=False) or not _holds_no_file(Path(entry.path)):
            return False
    return True


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive
    return True


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX); where folders cannot be opened, skip."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _safe_relative(relative: str) -> str:
    """A name inside the folder: no absolute path, no "..", nothing empty."""
    parts = PurePosixPath(relative).parts
    if (
        not parts
        or PurePosixPath(relative).is_absolute()
        or any(p in ("", ".", "..") for p in parts)
    ):
        raise ValueError(f"not a name inside the folder: {relative!r}")
    return relative


def _owned_files(folder: Path) -> set[str]:
    """The files this program wrote into `folder` (none for a folder without a file, such
    as one a run killed right after making its subfolders left); a folder with other
    content and no valid marker is refused."""
    if _holds_no_file(folder):
        return set()
    marker = folder / MARKER
    try:
        if not stat.S_ISREG(os.lstat(marker).st_mode):
            raise ValueError("the marker is not a file")
        listed = json.loads(marker.read_text(encoding="utf-8"))["files"]
        return {_safe_relative(name) for name in listed if isinstance(name, str)}
    except (OSError, ValueError, KeyError, TypeError):
        raise OutputRefused("output_folder_not_ours", location=str(folder)) from None


def _check_inside(folder: Path, relative: str, owned: set[str]) -> None:
    """No link on the way to a file, and no foreign file where ours would go."""
    current = folder
    for part in PurePosixPath(relative).parts[:-1]:
        current = current / part
        if current.is_symlink():
            raise OutputRefused("output_is_link", location=str(current))
        if current.exists() and not current.is_dir():
            raise OutputRefused("output_not_folder", location=str(current))
    target = folder / relative
    if os.path.lexists(target) and relative not in owned:
        raise OutputRefused("output_foreign_file", location=str(target))
    file_target(target)


def _marker(files: set[str]) -> bytes:
    body = {"written_by": "SmartNet Desktop", "files": sorted(files)}
    return json.dumps(body, indent=1).encode("utf-8")


def _remove_own_file(folder: Path, relative: str) -> None:
    """A file of an earlier run that is no longer part of the output; its folder goes
    too when nothing else is left in it."""
    target = folder / relative
    try:
        if stat.S_ISREG(os.lstat(target).st_mode):
            os.unlink(target)
    except FileNotFoundError:
        pass
    parent = target.parent
    while parent != folder and not parent.is_symlink():
        try:
            parent.rmdir()  # only an empty folder
        except OSError:
            break
        parent = parent.parent
