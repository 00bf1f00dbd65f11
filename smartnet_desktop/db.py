"""Engine, sessions, pragmas and migrations; opening a database. Where SQLite and
PostgreSQL differ, db_sqlite.py and db_server.py hold each one's statements under the same
names, and `statements` picks one: no other module asks which database it talks to. The
SQLite file itself (checks, backups, restore) is db_files.py; the search index db_search.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop import db_server, db_sqlite
from smartnet_desktop.db_file_hold import guard_file_hold
from smartnet_desktop.db_files import (
    BUSY_TIMEOUT_MS,
    backup_folder,
    backup_sqlite,
    check_file,
    file_of,
    known_revisions,
    refuse_foreign_tables,
    sqlite_file,
    storage_failure,
)
from smartnet_desktop.db_liveness import check_without_round_trip
from smartnet_desktop.db_search import is_search_index
from smartnet_desktop.db_server import (
    bound_answers,
    location_text,
    server_connect_args,
)
from smartnet_desktop.db_server_errors import translate_server_errors
from smartnet_desktop.domain.errors import DatabaseProblem, InvalidInput
from smartnet_desktop.domain.models import Base
from smartnet_desktop.paths import MIGRATIONS, require
from smartnet_desktop.revision import HEAD_REVISION


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
    return file_of(parse_database_url(location))


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
        path = file_of(url)
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
    on_server = url.get_backend_name() == "postgresql"
    connect_args = server_connect_args(read_only) if on_server else {}
    try:
        engine = create_engine(
            url,
            # A connection the server dropped is replaced, not used: on PostgreSQL its socket
            # tells, without the pre-ping's round trip (db_liveness).
            pool_pre_ping=not on_server,
            connect_args=connect_args,
        )
    except ModuleNotFoundError as missing:  # e.g. a PostgreSQL URL without psycopg installed
        raise DatabaseProblem(
            "driver_missing", driver=missing.name or "?", backend=url.get_backend_name()
        ) from missing
    event.listen(engine, "handle_error", translate_server_errors)
    if on_server:
        check_without_round_trip(engine)
    bound_answers(engine)
    return engine


def _translate_storage_errors(context) -> None:
    """Turns a failed write into the application's own error, one sentence per cause; the
    transaction is rolled back by SQLAlchemy, so nothing half-done remains."""
    message = str(context.original_exception).lower()
    if "database is locked" in message:  # still busy after BUSY_TIMEOUT_MS of waiting
        raise DatabaseProblem("busy") from context.original_exception
    code = storage_failure(message, context.engine.url.database)
    if code is not None:
        raise DatabaseProblem(
            code, reason=str(context.original_exception), location=context.engine.url.database
        ) from context.original_exception


def hold_write_lock(session: Session, shared: bool = False) -> None:
    """Makes the rest of this transaction the only writer, before it reads what it will
    decide on (an import asking "who exists already?"): two imports of one file at the same
    time then run one after the other instead of both creating everyone. Must be the
    transaction's first statement: SQLite would refuse a write after an older read.

    `shared`: a write that is race-free by itself (a check-in is one conditional UPDATE)
    waits only for the exclusive writers (an import's part); on PostgreSQL desks then do
    not wait for each other. SQLite has one writer at a time anyway."""
    statements(session.get_bind()).hold_write_lock(session, shared)


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


def compared_with_models(name: str | None, kind: str, parent) -> bool:
    """What Alembic compares with the models: all but the search index's own tables and
    the server's change-feed column (db_server.CHANGE_FEED_COLUMN)."""
    if kind == "column" and (parent.get("table_name"), name) == db_server.CHANGE_FEED_COLUMN:
        return False
    if kind == "index" and name == db_server.CHANGE_FEED_INDEX:
        return False
    return not (kind in ("table", "index") and is_search_index(name))


def migrate(engine: Engine, revision: str = "head") -> None:
    """Runs the migrations up to `revision`, all in one transaction (on SQLite with foreign
    keys off while they run and checked before commit: db_sqlite.migration_transaction)."""
    from alembic import command

    with (
        engine.connect() as connection,
        statements(connection).migration_transaction(connection, revision),
    ):
        command.upgrade(_alembic_config(connection), revision)


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to the newest revision; back up an existing SQLite file first.

    Returns the backup's path when one was taken.
    """
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return None
    _refuse_unknown_revision(revision)
    backup_path = None
    db_file = sqlite_file(engine)
    if revision is not None and db_file is not None:
        folder = backup_dir or backup_folder(db_file)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        backup_path = backup_sqlite(
            engine, folder / f"{db_file.stem}-before-{HEAD_REVISION}-{stamp}.db"
        )
    migrate(engine)
    return backup_path


def _refuse_unknown_revision(revision: str | None) -> None:
    """A revision our migration scripts do not know was written by a newer program version.

    Asked before upgrading, so that any other Alembic failure (a missing script, say) is
    never mistaken for "too new"."""
    known = known_revisions(MIGRATIONS)
    if not known:
        raise DatabaseProblem("installation_incomplete", location=str(MIGRATIONS / "versions"))
    if revision is not None and revision not in known:
        raise DatabaseProblem("database_too_new", revision=revision)


def open_database(path_or_url: str | Path) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and sessions for a database at the newest schema.

    A SQLite file on a network share or failing SQLite's quick_check is refused with a
    DatabaseProblem saying why (and naming the newest backup of a damaged file)."""
    _check_location(path_or_url)
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
    _check_location(path_or_url)
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


def _check_location(path_or_url: str | Path) -> None:
    path = sqlite_path(path_or_url)
    if path is not None:
        check_file(path)


def _refuse_foreign_database(engine: Engine, location: str) -> None:
    if sqlite_file(engine) is None:  # a file was asked read-only in check_file
        with engine.connect() as conn:
            refuse_foreign_tables(inspect(conn).get_table_names(), location)


# -- what SQLite and PostgreSQL do each their own way -------------------------------------


def statements(bind: Engine | Connection):
    """The module with this database's own statements: db_server for PostgreSQL, db_sqlite
    otherwise (both offer the same functions). The one place that asks which database a
    connection talks to, outside the engine's set-up."""
    return db_server if bind.dialect.name == "postgresql" else db_sqlite


@contextmanager
def history_rewrite_allowed(connection: Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """For the erasure path only: placeholders may be written into the append-only rows
    inside this block of the current transaction; the guard is back at its end."""
    with statements(connection).history_rewrite_allowed(connection, tables):
        yield


def server_features(engine: Engine) -> dict[str, bool]:
    """What a desk on this database relies on beyond the tables: the append-only guard, the
    search index, and on PostgreSQL the change notification."""
    with engine.connect() as connection:
        return statements(connection).server_features(connection)


def can_write(engine: Engine) -> bool:
    """Whether this login may write the desk's tables (asked without writing anything)."""
    return statements(engine).can_write(engine)


def scrub(sessions: sessionmaker[Session]) -> bool:
    """After an erasure: no erased value left where this desk keeps its data (SQLite: the
    file rebuilt, db_files.scrub). True when done, False when readers made it wait."""
    engine = engine_of(sessions)
    return statements(engine).scrub(engine)
