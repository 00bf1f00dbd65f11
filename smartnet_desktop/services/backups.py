"""Backups and restore as the window and the command line use them, so that neither has
to reach into db.py (db_files.py does the SQLite file's work)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop import db, db_files, db_server
from smartnet_desktop.domain.errors import DatabaseProblem


def on_server(sessions: sessionmaker[Session]) -> bool:
    """A server database is backed up by whoever runs the server (or `backup --out`), not
    by each desk at its start."""
    return db_files.sqlite_file(db.engine_of(sessions)) is None


def back_up(sessions: sessionmaker[Session], keep: int) -> Path:
    """A timestamped backup in the backups folder beside the database (for a server: in
    this computer's data folder, through pg_dump)."""
    engine = db.engine_of(sessions)
    if db_files.sqlite_file(engine) is None:
        from datetime import UTC, datetime

        from smartnet_desktop.settings import data_dir

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        name = f"{engine.url.database or 'server'}-{stamp}.dump"
        return db_server.dump_server(engine, data_dir() / "backups" / name)
    return db_files.backup_to_folder(sessions, keep)


def back_up_to(sessions: sessionmaker[Session], out: Path) -> Path:
    """A backup at `out`: a proven SQLite copy, or a server's pg_dump archive."""
    engine = db.engine_of(sessions)
    if db_files.sqlite_file(engine) is None:
        return db_server.dump_server(engine, Path(out))
    return db_files.backup_sqlite(engine, Path(out))


def database_file(location: str | Path) -> Path:
    """The SQLite file behind a --db location; a server has its own backup tools."""
    path = db.sqlite_path(location)
    if path is None:
        raise DatabaseProblem("backup_needs_sqlite")
    return path


def backups_folder(location: str | Path) -> Path:
    return db_files.backup_folder(database_file(location))


def restore(location: str | Path, backup: Path) -> Path:
    """Replaces the database with a proven backup and brings it to the current schema;
    returns where the previous file was kept."""
    target = database_file(location)
    kept = db_files.restore_database(target, Path(backup))
    engine, _ = db.open_database(target)  # upgrades an older backup
    engine.dispose()
    return kept


def close(sessions: sessionmaker[Session]) -> None:
    """Closes every connection, before the file is replaced under them."""
    db.engine_of(sessions).dispose()
