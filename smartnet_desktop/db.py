"""Engine, sessions, migrations and backups. The only module that knows about SQLite; with
db_server.py (PostgreSQL's own statements, several desks) the only one that knows SQL
dialects."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, Select, column, create_engine, event, inspect, select, table, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop import outputs
from smartnet_desktop.db_file_hold import guard_file_hold
from smartnet_desktop.db_server import (
    ERASING,
    SERVER_TIMEOUT_S,
    bound_answers,
    location_text,
    login_may_write,
    read_only_server,
    translate_server_errors,
)
from smartnet_desktop.domain.errors import DatabaseProblem, InvalidInput
from smartnet_desktop.domain.models import Base, Person
from smartnet_desktop.paths import MIGRATIONS, require

# The newest migration. A test checks it against Alembic's head; keeping it here spares
# start-up the import of Alembic when the database is already current.
HEAD_REVISION = "0012_web_addresses_only"
BUSY_TIMEOUT_MS = 5000


def database_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL from a file path or a URL (postgresql://..., sqlite:///...)."""
    text_value = str(path_or_url)
    if "://" in text_value:
        return text_value
    return f"sqlite:///{Path(text_value).expanduser().resolve()}"


def parse_database_url(path_or_url: str | Path) -> URL:
    """The URL of a --db location; InvalidInput (one line, bad input) for one that is no
    SQLAlchemy URL (`bogus://`, an unclosed `[::1`, a port that is no number)."""
    try:
        url = make_url(database_url(path_or_url))
        url.get_dialect()  # an unknown backend or driver name is refused here
    except (ArgumentError, ValueError):
        raise InvalidInput("db", "bad_database_url", value=location_text(path_or_url)) from None
    return url


def engine_of(sessions: sessionmaker[Session]) -> Engine:
    """The engine a sessionmaker was made with (one place that knows where it is kept)."""
    return sessions.kw["bind"]


def sqlite_path(location: str | Path) -> Path | None:
    """The file behind a --db location, or None for a server URL."""
    return _file_of(parse_database_url(location))


def sqlite_file(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, or None for other backends and in-memory databases."""
    return _file_of(engine.url)


def _file_of(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    if url.query.get("uri") and url.database.startswith("file:"):  # a read-only engine's
        return Path(url.database.removeprefix("file:"))
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(
        "PRAGMA secure_delete=ON"
    )  # deleted personal data is overwritten, not left behind
    cursor.close()


def _set_read_only_pragmas(dbapi_connection, _record) -> None:
    """A read-only connection cannot switch the journal mode (that is a write)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path_or_url: str | Path, read_only: bool = False) -> Engine:
    """`read_only`: nothing written through this engine, not even a new file (SQLite's
    mode=ro; a server's read-only transactions)."""
    url = parse_database_url(path_or_url)
    if url.get_backend_name() == "sqlite" and read_only:
        path = _file_of(url)
        if path is not None:
            url = url.set(database=f"file:{path}", query={"mode": "ro", "uri": "true"})
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_read_only_pragmas)
        event.listen(engine, "handle_error", _translate_storage_errors)
        return engine
    if url.get_backend_name() == "sqlite":
        # A "file:..." URI (uri=true) names its file itself; making its folder would
        # create a folder called "file:" wherever the program runs.
        if url.database and url.database != ":memory:" and not url.query.get("uri"):
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "handle_error", _translate_storage_errors)
        if url.database and url.database != ":memory:" and not url.query.get("uri"):
            guard_file_hold(engine, Path(url.database))  # a lost lock stops writing
        return engine
    connect_args = {}
    if url.get_backend_name() == "postgresql":
        connect_args = {"connect_timeout": SERVER_TIMEOUT_S}
        if read_only:
            connect_args.update(read_only_server())
    try:
        engine = create_engine(
            url,
            pool_pre_ping=True,  # a connection the server dropped is replaced, not used
            connect_args=connect_args,
        )
    except ModuleNotFoundError as missing:  # e.g. a PostgreSQL URL without psycopg installed
        raise DatabaseProblem(
            "driver_missing", driver=missing.name or "?", backend=url.get_backend_name()
        ) from missing
    event.listen(engine, "handle_error", translate_server_errors)
    bound_answers(engine)
    return engine


def _translate_storage_errors(context) -> None:
    """Turns a failed write into the application's own error, one sentence per cause; the
    transaction is rolled back by SQLAlchemy, so nothing half-done remains."""
    message = str(context.original_exception).lower()
    if "database is locked" in message:  # still busy after BUSY_TIMEOUT_MS of waiting
        raise DatabaseProblem("busy") from context.original_exception
    code = _storage_failure(message, context.engine.url.database)
    if code is not None:
        raise DatabaseProblem(
            code, reason=str(context.original_exception), location=context.engine.url.database
        ) from context.original_exception


def _storage_failure(message: str, database: str | None) -> str | None:
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


def hold_write_lock(session: Session, shared: bool = False) -> None:
    """Makes the rest of this transaction the only writer, before it reads what it will
    decide on (an import asking "who exists already?"): two imports of one file at the same
    time then run one after the other instead of both creating everyone. Must be the
    transaction's first statement: SQLite would refuse a write after an older read.

    `shared`: a write that is race-free by itself (a check-in is one conditional UPDATE)
    waits only for the exclusive writers (an import's part); on PostgreSQL desks then do
    not wait for each other. SQLite has one writer at a time anyway."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE alembic_version SET version_num = version_num"))
    elif session.get_bind().dialect.name == "postgresql":
        function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
        session.execute(text(f"SELECT {function}({_WRITE_LOCK})"))


_WRITE_LOCK = 5007


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """Made once at start-up and handed to every service call."""
    return sessionmaker(engine, expire_on_commit=False)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(connection: Connection | None = None):
    """Alembic's configuration. The migrations and env.py import nothing of the program
    (they are frozen history): env.py takes the connection, the models' metadata and the
    filter of what is compared from the attributes set here."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(require(MIGRATIONS / "env.py").parent))
    config.attributes.update(
        connection=connection, metadata=Base.metadata, include_name=compared_with_models
    )
    return config


def compared_with_models(name: str | None, kind: str, _parent) -> bool:
    """What Alembic compares with the models: all but the search index's own tables."""
    return not (kind in ("table", "index") and is_search_index(name))


def migrate(engine: Engine, revision: str = "head") -> None:
    """Runs the migrations up to `revision`, all in one transaction.

    On SQLite with foreign keys off while they run: a migration that rebuilds a table
    (Alembic's batch mode drops the old one) would otherwise fire ON DELETE SET NULL and
    CASCADE on every row pointing at it (0011 unlinked every person from their
    organisation this way). Whether the rows still fit together is asked before commit."""
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction
            connection.commit()
        try:
            with connection.begin():
                command.upgrade(_alembic_config(connection), revision)
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise DatabaseProblem("migration_broke_references", revision=revision)
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to the newest revision; back up an existing SQLite file first.

    Returns the backup's path when one was taken.
    """
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return None
    _refuse_unknown_revision(_alembic_config(), revision)
    backup_path = None
    db_file = sqlite_file(engine)
    if revision is not None and db_file is not None:
        folder = backup_dir or db_file.parent / "backups"
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        backup_path = backup_sqlite(
            engine, folder / f"{db_file.stem}-before-{HEAD_REVISION}-{stamp}.db"
        )
    migrate(engine)
    return backup_path


def _refuse_unknown_revision(config, revision: str | None) -> None:
    """A revision our migration scripts do not know was written by a newer program version.

    Asked before upgrading, so that any other Alembic failure (a missing script, say) is
    never mistaken for "too new"."""
    from alembic.script import ScriptDirectory

    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if not known:
        raise DatabaseProblem("installation_incomplete", location=str(MIGRATIONS / "versions"))
    if revision is not None and revision not in known:
        raise DatabaseProblem("database_too_new", revision=revision)


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
    if revision is None or revision[0] not in _known_revisions():
        return "too_new"
    return None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {
        script.revision
        for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()
    }


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


def _check_file(path_or_url: str | Path) -> None:
    path = sqlite_path(path_or_url)
    if path is None:
        return
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
            code = _storage_failure(message, str(path)) or "cannot_open"
            raise DatabaseProblem(code, location=str(path), reason=str(error)) from error
        healthy = False
    if not healthy:
        backup = newest_backup(path)
        raise DatabaseProblem("damaged", location=str(path), backup=str(backup) if backup else "")
    _refuse_foreign_tables(tables, str(path))  # asked read-only: the file stays as it is


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


def scrub(sessions: sessionmaker[Session]) -> bool:
    """After an erasure: merge the search index, move everything out of the write-ahead log
    and rebuild the file, so that no erased value is left in free pages or old pages.

    Another program reading the database (a second desk, a database browser) keeps old
    pages alive; then this waits briefly and returns False instead of blocking: the erased
    data are gone from every table, only the file's cleanup waits. True when it is done.
    A rebuild that fails (a full disk: VACUUM needs room for a copy of the file) raises its
    DatabaseProblem, after undoing its own part; the erasure before it stays committed."""
    engine = engine_of(sessions)
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as connection:
        connection.execute(text(f"PRAGMA busy_timeout={SCRUB_WAIT_MS}"))
        try:
            if _TRIGRAM:
                connection.execute(
                    text(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES ('optimize')")
                )
                connection.commit()
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


def open_database(path_or_url: str | Path) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and sessions for a database at the newest schema.

    A SQLite file on a network share or failing SQLite's quick_check is refused with a
    DatabaseProblem saying why (and naming the newest backup of a damaged file)."""
    _check_file(path_or_url)
    engine = make_engine(path_or_url)
    try:
        _refuse_foreign_database(engine, str(path_or_url))
        upgrade(engine)
    except DatabaseProblem:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3 and driver errors: unreadable, locked, not a db
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]  # not the SQL text
        raise DatabaseProblem("cannot_open", location=str(path_or_url), reason=reason) from exc
    return engine, make_sessions(engine)


def open_existing(path_or_url: str | Path) -> Engine:
    """An engine on a database that exists, read-only and with its schema left as it is:
    a check or the source of a copy changes nothing and creates nothing (a mistyped path
    is "no database there", not a new empty one). Its revision may be old: ask
    current_revision()."""
    path = sqlite_path(path_or_url)
    if path is not None and not path.exists():
        raise DatabaseProblem("database_missing", location=str(path))
    _check_file(path_or_url)
    engine = make_engine(path_or_url, read_only=True)
    try:
        _refuse_foreign_database(engine, location_text(path_or_url))
        current_revision(engine)  # reachable, and the login is accepted
    except DatabaseProblem:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3 and driver errors: unreadable, not a db
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise DatabaseProblem(
            "cannot_open", location=location_text(path_or_url), reason=reason
        ) from exc
    return engine


def schema_problem(engine: Engine, location: str | Path) -> DatabaseProblem | None:
    """None at the newest schema; otherwise the refusal naming the revision found and the
    command that upgrades it (an upgrade is its own command, never a side effect)."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return None
    return DatabaseProblem(
        "schema_outdated", location=location_text(location), revision=revision or "none"
    )


def _refuse_foreign_database(engine: Engine, location: str) -> None:
    if engine.dialect.name != "sqlite":  # SQLite files were asked read-only in _check_file
        with engine.connect() as conn:
            _refuse_foreign_tables(inspect(conn).get_table_names(), location)


def _refuse_foreign_tables(tables: list[str], location: str) -> None:
    """A database with tables but without our schema version belongs to another program:
    creating our tables in it would fail half-way (or mix two programs' data)."""
    if tables and "alembic_version" not in tables:
        raise DatabaseProblem("foreign_database", location=location)


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / "backups"


def backup_to_folder(sessions: sessionmaker[Session], keep: int = 10) -> Path:
    """A timestamped backup beside the database; only the newest `keep` are kept."""
    engine = engine_of(sessions)
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


# -- substring search index ---------------------------------------------------------------
# SQLite's FTS5 trigram tokenizer indexes every three-letter piece of the persons' folded
# search keys, so `LIKE '%mul%'` is answered from the index instead of a scan of every
# person. Other backends (and SQLite before 3.34) scan the column.
SEARCH_INDEX = "person_search"
_TRIGRAM = sqlite3.sqlite_version_info >= (3, 34)


def is_search_index(name: str | None) -> bool:
    """Tables of the search index, which the models do not describe (Alembic skips them)."""
    return bool(name) and name.startswith(SEARCH_INDEX)


def _uses_search_index(dialect_name: str) -> bool:
    return dialect_name == "sqlite" and _TRIGRAM


def _contains(column_, word: str):
    """`column LIKE '%word%'`; an ESCAPE clause only where needed, because it keeps SQLite
    from using the trigram index."""
    if any(ch in word for ch in "%_\\"):
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column_.like(f"%{escaped}%", escape="\\")
    return column_.like(f"%{word}%")


# The trigram index answers LIKE only for words of three or more characters. SQLite 3.40
# (Debian 12's, which Python links there) crashes the process when a shorter word comes
# before a longer one in a LIKE on the index, so shorter words never reach the index: they
# filter the persons the longer words found, on the persons table itself.
_TRIGRAM_LENGTH = 3


def persons_matching(session: Session, words: list[str]) -> Select:
    """Ids of the persons whose search key contains every (already folded) word."""
    indexed = [w for w in words if len(w) >= _TRIGRAM_LENGTH]
    if not indexed or not _uses_search_index(session.get_bind().dialect.name):
        return select(Person.id).where(*(_contains(Person.search_key, w) for w in words))
    index = table(SEARCH_INDEX, column("rowid"), column("search_key"))
    found = select(index.c.rowid).where(*(_contains(index.c.search_key, w) for w in indexed))
    short = [w for w in words if len(w) < _TRIGRAM_LENGTH]
    if not short:
        return found
    return select(Person.id).where(
        Person.id.in_(found), *(_contains(Person.search_key, w) for w in short)
    )


# -- append-only consent history ----------------------------------------------------------


def protect_history(connection: Connection, table_name: str) -> None:
    """SQLite's triggers that refuse any statement rewriting a row of an append-only table:
    UPDATE, DELETE, and INSERT OR REPLACE or an upsert onto an existing id (REPLACE deletes
    the old row without firing DELETE triggers, so the INSERT itself has to be refused).
    Migrations 0003/0005/0007 made them (with their own copy of these statements, and the
    PostgreSQL guard); the erasure path lifts and restores them in one transaction."""
    refuse = f"BEGIN SELECT RAISE(ABORT, '{table_name} rows are append-only'); END"
    for action in ("UPDATE", "DELETE"):
        connection.execute(
            text(
                f"CREATE TRIGGER {table_name}_no_{action.lower()} BEFORE {action} "
                f"ON {table_name} {refuse}"
            )
        )
    connection.execute(
        text(
            f"CREATE TRIGGER {table_name}_no_replace BEFORE INSERT ON {table_name} "
            f"WHEN EXISTS (SELECT 1 FROM {table_name} WHERE id = NEW.id) {refuse}"
        )
    )


def unprotect_history(connection: Connection, table_name: str) -> None:
    for action in ("update", "delete", "replace"):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {table_name}_no_{action}"))


@contextmanager
def history_rewrite_allowed(connection: Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """For the erasure path only: placeholders may be written into the append-only rows
    inside this block of the current transaction; the guard is back at its end. On SQLite
    the triggers are dropped and created again (inside the transaction, so no other
    connection ever sees them missing); on PostgreSQL a transaction-local setting lets
    UPDATE through (DELETE and TRUNCATE stay refused)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SELECT set_config('{ERASING}', 'on', true)"))
        yield
        connection.execute(text(f"SELECT set_config('{ERASING}', 'off', true)"))
        return
    for table_name in tables:
        unprotect_history(connection, table_name)
    yield
    for table_name in tables:
        protect_history(connection, table_name)


def server_features(engine: Engine) -> dict[str, bool]:
    """What a desk on this database relies on beyond the tables: on PostgreSQL the
    append-only guard, the trigram search index and the change notification; on SQLite
    the guard and the search index."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            triggers = set(
                connection.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
            )
            index = connection.scalar(
                text("SELECT count(*) FROM pg_indexes WHERE indexname = 'person_search_trgm'")
            )
            return {
                "history_guard": {"consent_events_no_rewrite", "audit_entries_no_rewrite"}
                <= triggers,
                "search_index": bool(index),
                "change_notification": "changes_notify" in triggers,
            }
        names = set(
            connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        )
        return {
            "history_guard": {"consent_events_no_update", "audit_entries_no_update"} <= names,
            "search_index": not _TRIGRAM or f"{SEARCH_INDEX}_insert" in names,
        }


def can_write(engine: Engine) -> bool:
    """Whether this login may write the desk's tables (asked without writing anything)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            return login_may_write(connection)
    path = sqlite_file(engine)
    return path is None or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
