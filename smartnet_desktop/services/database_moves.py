"""`db copy` and `db check`: moving a meeting from a laptop's file to the server (and
back), and what a desk needs from a database before the doors open."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, inspect, select, update

from smartnet_desktop import db, db_server
from smartnet_desktop.domain.errors import DatabaseProblem, SmartNetError
from smartnet_desktop.domain.models import Base

_CHUNK = 2000
# Filled by the migrations themselves (the first topic catalogue): a new database counts as
# empty with them, and the copy brings the source's own.
_SEEDED = ("topics",)


def copy_database(source: str, target: str) -> dict[str, int]:
    """Every row of every table from `source` to `target` (a file or a server URL), ids
    kept, in one transaction on the target. The source is only read: it must exist and be
    at the current schema (`db upgrade` first), and nothing is created or migrated there.
    The target is created or brought to the current schema; it must hold no data yet.
    Returns the rows copied per table, counted again on the target."""
    source_engine = db.open_existing(source)
    try:
        outdated = db.schema_problem(source_engine, source)
        if outdated is not None:
            raise outdated
        target_engine, _ = db.open_database(target)
    except DatabaseProblem:
        source_engine.dispose()
        raise
    try:
        tables = Base.metadata.sorted_tables  # parents before children
        with target_engine.connect() as connection:
            if any(
                connection.scalar(select(func.count()).select_from(t))
                for t in tables
                if t.name not in _SEEDED
            ):
                raise DatabaseProblem("copy_target_not_empty", location=target)
        with source_engine.connect() as reading, target_engine.begin() as writing:
            for name in _SEEDED:  # the new database's seed gives way to the meeting's own
                writing.execute(delete(Base.metadata.tables[name]))
            for table in tables:
                rows = reading.execute(select(table).order_by(*table.primary_key.columns))
                while chunk := rows.fetchmany(_CHUNK):
                    writing.execute(insert(table), [_without_cycles(table, r) for r in chunk])
            _close_cycles(reading, writing)
            db_server.continue_sequences(writing, tables)
        copied = {}
        with source_engine.connect() as reading, target_engine.connect() as written:
            for table in tables:
                count = written.scalar(select(func.count()).select_from(table))
                if count != reading.scalar(select(func.count()).select_from(table)):
                    raise DatabaseProblem("copy_incomplete", table=table.name)
                copied[table.name] = count
        return copied
    finally:
        source_engine.dispose()
        target_engine.dispose()


# A reference that goes "backwards" in the table order (an organisation's contact person
# is a person, persons belong to organisations): written once both rows exist.
_CYCLES = {"organizations": "contact_person_id"}


def _without_cycles(table, row) -> dict:
    values = row._asdict()
    if table.name in _CYCLES:
        values[_CYCLES[table.name]] = None
    return values


def _close_cycles(reading, writing) -> None:
    for name, column in _CYCLES.items():
        table = Base.metadata.tables[name]
        for key, value in reading.execute(
            select(table.c.id, table.c[column]).where(table.c[column].is_not(None))
        ):
            writing.execute(update(table).where(table.c.id == key).values({column: value}))


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str = ""
    problem: SmartNetError | None = None  # why it failed, for the CLI and window to word


def check_database(location: str) -> list[Check]:
    """Reachable, schema current, permissions, and the features desks rely on. Read-only:
    a check creates nothing and migrates nothing (an old schema is reported, and
    `db upgrade` brings it up to date)."""
    try:
        engine = db.open_existing(location)
    except DatabaseProblem as problem:
        return [Check("reachable", False, problem.code, problem)]
    try:
        outdated = db.schema_problem(engine, location)
        checks = [
            Check("reachable", True, engine.dialect.name),
            Check(
                "schema_current",
                outdated is None,
                db.current_revision(engine) or "",
                outdated,
            ),
            Check("can_write", db.can_write(engine)),
        ]
        if outdated is not None:  # the tables and features below come with the upgrade
            return checks
        checks += [Check(name, ok) for name, ok in db.server_features(engine).items()]
        with engine.connect() as connection:
            missing = {t.name for t in Base.metadata.sorted_tables} - set(
                inspect(connection).get_table_names()
            )
        checks.append(Check("tables", not missing, ", ".join(sorted(missing))))
        return checks
    finally:
        engine.dispose()


def upgrade_database(location: str) -> tuple[str | None, str, str]:
    """Brings an existing database to the newest schema (a SQLite file is backed up
    first). Returns the revision before, the revision now and the backup's path ("" for
    none)."""
    engine = db.open_existing(location)  # it exists and is ours: nothing new is created
    try:
        before = db.current_revision(engine)
    finally:
        engine.dispose()
    engine = db.make_engine(location)
    try:
        backup = db.upgrade(engine)
        return before, db.current_revision(engine) or "", str(backup or "")
    finally:
        engine.dispose()
