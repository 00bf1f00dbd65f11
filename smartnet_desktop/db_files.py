"""The SQLite file: where it is, whether it is healthy and may be used here (not on a
network share), its proven backups and their restore, and its clean-up after an erasure
(no erased value left in free pages). db.py opens it; this module needs nothing from db.py.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop import outputs
from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.paths import MIGRATIONS, require

BUSY_TIMEOUT_MS = 5000


def sqlite_file(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, or None for other backends and in-memory databases."""
    return file_of(engine.url)


def file_of(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    if url.query.get("uri") and url.database.startswith("file:"):  # a read-only engine's
        return Path(url.database.removeprefix("file:"))
    return Path(url.database)


def storage_failure(message: str, database: str | None) -> str | None:
    """Which storage failure SQLite's message names, or None for any other error."""
    if "disk is full" in message:
        return "disk_full"
    if "readonly" in message or "read-only" in message:
        folder = Path(database).parent if database else None
        if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
            return "read_only_folder"
        return "read_only"
    if "disk i/o error" in message:
        return "io_error"
    if "unable to open database" in message:
        return "cannot_open"
    return None


def backup_sqlite(engine: Engine, destination: Path) -> Path:
    """A consistent copy through SQLite's online backup API, safe while others write.

    Proven before it counts: written under a temporary name, flushed to the disk, checked
    for integrity and for being a SmartNet database, and only then given its name. A
    backup that fails (a full disk, say) leaves nothing behind that could later be
    offered as "the newest backup".
    """
    source_file = sqlite_file(engine)
    if source_file is None:
        raise DatabaseProblem("backup_needs_sqlite")
    destination = outputs.file_target(destination)  # a folder, device or link is refused
    temporary = None
    try:
        temporary = outputs.new_temporary(destination, parents=True)
        _copy_database(source_file, temporary)
        _without_wal(temporary)
        problem = backup_problem(temporary)
        if problem is not None:
            raise DatabaseProblem("backup_failed", location=str(destination), reason=problem)
        outputs.put_in_place(temporary, destination)  # flushed to the disk first
    except (OSError, sqlite3.Error) as error:
        raise DatabaseProblem(
            "backup_failed", location=str(destination), reason=str(error)
        ) from error
    finally:
        if temporary is not None:
            outputs.discard(temporary)  # with any journal SQLite left beside it
    return destination


def backup_problem(path: Path) -> str | None:
    """Why `path` cannot serve as a backup of this program's database, or None when it can:
    "empty", "damaged" (or no SQLite file), "foreign" (another program's database) or
    "too_new" (written by a newer version of this program)."""
    try:
        if path.stat().st_size == 0:
            return "empty"
    except OSError:
        return "damaged"
    if not integrity_check(path):
        return "damaged"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "persons", "events", "registrations"} <= tables:
                return "foreign"
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return "damaged"
    if revision is None or revision[0] not in known_revisions():
        return "too_new"
    return None


def known_revisions(scripts: Path = MIGRATIONS) -> set[str]:
    """The revisions of this program's migration scripts (a database at any other was
    written by a newer version)."""
    from alembic.script import ScriptDirectory

    folder = require(scripts / "env.py").parent
    return {script.revision for script in ScriptDirectory(str(folder)).walk_revisions()}


def _without_wal(copy: Path) -> None:
    """A backup is one file. The copy takes the source's WAL mode, and every later opening
    of a WAL file (the backup's check, a restore) leaves -wal and -shm files beside it; in
    rollback-journal mode it does not. (A database opened for use sets WAL again by its
    connect pragmas.)"""
    connection = sqlite3.connect(copy)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def _copy_database(source_file: Path, destination: Path) -> None:
    """Page by page through the online backup API: consistent even while others write."""
    source = sqlite3.connect(f"file:{source_file}?mode=ro", uri=True)
    target = sqlite3.connect(destination)
    try:
        with target:
            source.backup(target)
    finally:
        target.close()
        source.close()


_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb3",
    "smbfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "fuse.sshfs",
    "sshfs",
    "davfs",
    "fuse.davfs2",
    "fuse.rclone",
    "ncpfs",
    "coda",
}


def on_network_filesystem(path: Path, mounts: str | None = None) -> bool:
    """SQLite's file locking is not reliable on SMB or NFS shares: several desks writing
    there can corrupt the file. UNC paths and network mounts are recognised."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    resolved = str(Path(text).expanduser().resolve())
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (resolved == point or resolved.startswith(point.rstrip("/") + "/")) and len(point) > len(
            best
        ):
            best, kind = point, fields[2]
    return kind in _NETWORK_FILESYSTEMS


def _check(path: Path, pragma: str) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute(f"PRAGMA {pragma}").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def quick_check(path: Path) -> bool:
    """SQLite's quick_check of an existing file; False when it is damaged or no database."""
    return _check(path, "quick_check")


def integrity_check(path: Path) -> bool:
    """The thorough check, for backups before they are restored."""
    return _check(path, "integrity_check")


def newest_backup(db_file: Path) -> Path | None:
    """The newest backup that could really be restored (empty or damaged files are passed
    over; they may stem from an older version that did not prove its backups)."""
    backups = sorted(
        backup_folder(db_file).glob(f"{db_file.stem}-*.db"), key=lambda p: p.stat().st_mtime
    )
    for candidate in reversed(backups):
        if candidate.stat().st_size > 0 and quick_check(candidate):
            return candidate
    return None


def check_file(path: Path) -> None:
    """Refuses a file db.py should not open (a DatabaseProblem saying why): one on a
    network share, a folder, a damaged file (naming its newest backup), another
    program's database. A missing or empty file passes: it becomes a new database."""
    if on_network_filesystem(path):
        raise DatabaseProblem("network_filesystem", location=str(path))
    if path.is_dir():
        raise DatabaseProblem("not_a_file", location=str(path))
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            healthy = connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            tables = [row[0] for row in connection.execute(_TABLES)] if healthy else []
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        message = str(error).lower()
        if "not a database" not in message and "malformed" not in message:
            # Not damage: the file or its folder cannot be read or written here.
            code = storage_failure(message, str(path)) or "cannot_open"
            raise DatabaseProblem(code, location=str(path), reason=str(error)) from error
        healthy = False
    if not healthy:
        backup = newest_backup(path)
        raise DatabaseProblem("damaged", location=str(path), backup=str(backup) if backup else "")
    refuse_foreign_tables(tables, str(path))  # asked read-only: the file stays as it is


_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def restore_database(db_file: Path, backup: Path) -> Path:
    """Replaces the database with a backup after checking the backup's integrity; the
    current file is copied to the backups folder first. Returns that copy."""
    if not backup.is_file():
        raise DatabaseProblem("backup_missing", location=str(backup))
    problem = backup_problem(backup)
    if problem is not None:
        raise DatabaseProblem(f"backup_{problem}", location=str(backup))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    keep = backup_folder(db_file) / f"{db_file.stem}-before-restore-{stamp}.db"
    keep.parent.mkdir(parents=True, exist_ok=True)
    if db_file.exists():
        if quick_check(db_file):
            _copy_database(db_file, keep)
        else:  # a damaged file cannot be read through SQLite: keep its bytes
            keep.write_bytes(db_file.read_bytes())
    _copy_database(backup, db_file)
    for leftover in (
        db_file.with_name(db_file.name + "-wal"),
        db_file.with_name(db_file.name + "-shm"),
    ):
        if leftover.exists() and leftover.stat().st_size == 0:
            leftover.unlink(missing_ok=True)
    return keep


SCRUB_WAIT_MS = 500


def scrub(engine: Engine) -> bool:
    """After an erasure: move everything out of the write-ahead log
    and rebuild the file, so that no erased value is left in free pages or old pages.

    Another program reading the database (a second desk, a database browser) keeps old
    pages alive; then this waits briefly and returns False instead of blocking: the erased
    data are gone from every table, only the file's cleanup waits. True when it is done.
    A rebuild that fails (a full disk: VACUUM needs room for a copy of the file) raises its
    DatabaseProblem, after undoing its own part; the erasure before it stays committed."""
    with engine.connect() as connection:
        connection.execute(text(f"PRAGMA busy_timeout={SCRUB_WAIT_MS}"))
        try:
            if connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()[0]:
                return False  # readers still hold pages of the log
            connection.execute(text("VACUUM"))
            return not connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()[0]
        except DatabaseProblem as problem:
            connection.rollback()
            if problem.code != "busy":  # "database is locked" after the short wait
                raise
            return False
        finally:
            _restore_busy_timeout(connection)


def _restore_busy_timeout(connection: Connection) -> None:
    """The pooled connection gets its normal wait back; one that cannot take a statement
    any more (its last one failed on a full disk) is closed instead of pooled."""
    try:
        connection.rollback()
        connection.execute(text(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}"))
        connection.commit()
    except Exception:  # noqa: BLE001 - any failure here: the connection is not reused
        connection.invalidate()


def refuse_foreign_tables(tables: list[str], location: str) -> None:
    """A database with tables but without our schema version belongs to another program:
    creating our tables in it would fail half-way (or mix two programs' data)."""
    if tables and "alembic_version" not in tables:
        raise DatabaseProblem("foreign_database", location=location)


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / "backups"


def backup_to_folder(sessions: sessionmaker[Session], keep: int = 10) -> Path:
    """A timestamped backup beside the database; only the newest `keep` are kept."""
    engine = sessions.kw["bind"]
    db_file = sqlite_file(engine)
    if db_file is None:
        raise DatabaseProblem("backup_needs_sqlite")
    folder = backup_folder(db_file)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    path = backup_sqlite(engine, folder / f"{db_file.stem}-{stamp}.db")
    backups = sorted(folder.glob(f"{db_file.stem}-2*.db"))
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)
    return path
