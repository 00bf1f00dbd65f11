"""Engine, pragmas, migrations and backups."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from smartnet_desktop import db
from smartnet_desktop.db import (
    HEAD_REVISION,
    _alembic_config,
    compared_with_models,
    current_revision,
    make_engine,
    open_database,
    upgrade,
)
from smartnet_desktop.db_files import backup_to_folder
from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.domain.models import Base
from tests.database_under_test import sqlite_only


def test_migrated_schema_equals_the_models(db_path):
    engine, _ = open_database(db_path)
    with engine.connect() as conn:
        differences = compare_metadata(
            MigrationContext.configure(
                conn,
                opts={"compare_type": True, "include_name": compared_with_models},
            ),
            Base.metadata,
        )
    assert differences == []
    engine.dispose()


def test_head_constant_matches_alembic_head():
    script = ScriptDirectory.from_config(_alembic_config())
    assert script.get_current_head() == HEAD_REVISION


def test_new_database_is_created_at_head_and_reopening_changes_nothing(db_path):
    engine, _ = open_database(db_path)
    assert current_revision(engine) == HEAD_REVISION
    assert upgrade(engine) is None  # already current: no backup, no migration
    engine.dispose()


@sqlite_only
def test_older_database_is_backed_up_before_upgrade(demo, db_path, monkeypatch):
    import smartnet_desktop.db as db

    sessions, _, _ = demo
    engine = sessions.kw["bind"]
    # As if this program shipped a newer migration than the file was written with.
    monkeypatch.setattr(db, "HEAD_REVISION", "0002_future")
    backup = db.upgrade(engine)
    assert backup is not None and backup.exists()
    assert backup.parent == db_path.parent / "backups"
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT count(*) FROM persons").fetchone()[0] == 40
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    copy.close()


@sqlite_only
def test_sqlite_pragmas_keep_data_safe(sessions):
    with sessions() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


@sqlite_only
def test_backup_is_a_consistent_copy_and_old_backups_rotate(demo):
    sessions, _, _ = demo
    paths = [backup_to_folder(sessions, keep=2) for _ in range(3)]
    kept = sorted(paths[0].parent.glob("*.db"))
    assert kept == sorted(paths[1:])
    copy = sqlite3.connect(paths[-1])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM persons").fetchone()[0] == 40
    copy.close()


def test_upgrade_from_the_first_revision_indexes_existing_people(empty_db_path):
    db_path = empty_db_path
    engine = make_engine(db_path)
    db.migrate(engine, "0001_initial")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO persons (title, given_name, family_name, role, email, phone, search_key, "
                "contact_sharing, photo_objection_all_events, created_at) VALUES "
                "('', 'Jürgen', 'Weiß', '', '', '', 'jurgen weiss | juergen weiss', 'not_asked', false, "
                "'2022-08-30 08:00:00')"
            )
        )
    engine.dispose()
    engine, sessions = open_database(db_path)
    assert current_revision(engine) == HEAD_REVISION
    from smartnet_desktop.db_search import persons_matching

    with sessions() as session:
        assert list(session.scalars(persons_matching(session, ["weis"]))) == [1]
    engine.dispose()


def test_a_revision_from_a_newer_program_is_refused_as_too_new(db_path):
    engine, _ = open_database(db_path)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    with pytest.raises(DatabaseProblem) as refused:
        upgrade(engine)
    assert refused.value.code == "database_too_new"


def test_missing_migration_scripts_are_named_never_called_too_new(
    empty_db_path, monkeypatch, tmp_path
):
    """An installation without its migrations must not blame the (brand-new) database."""
    monkeypatch.setattr(db, "MIGRATIONS", tmp_path / "nowhere")
    with pytest.raises(DatabaseProblem) as refused:
        open_database(empty_db_path)
    assert refused.value.code == "installation_incomplete"
    assert "nowhere" in refused.value.params["location"]


@sqlite_only
def test_a_sqlite_uri_leaves_no_folder_behind(db_path, tmp_path, monkeypatch):
    open_database(db_path)
    monkeypatch.chdir(tmp_path)
    engine = make_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM events")).scalar() == 0
    assert not (tmp_path / "file:").exists()


def test_another_programs_database_is_refused_and_left_untouched(tmp_path, capsys):
    from smartnet_desktop.cli import main

    foreign = tmp_path / "fremd.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE persons (x)")
    before = foreign.read_bytes()
    assert main(["--db", str(foreign), "events", "list"]) == 1
    err = capsys.readouterr().err
    assert "database of another program" in err and err.count("\n") == 1
    assert foreign.read_bytes() == before


def test_a_server_url_without_its_driver_says_what_to_install(capsys, monkeypatch):
    import builtins

    from smartnet_desktop.cli import main

    real_import = builtins.__import__

    def without_psycopg(name, *args, **kwargs):
        if name.split(".")[0] in ("psycopg", "psycopg2"):
            raise ModuleNotFoundError(f"No module named '{name}'", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_psycopg)
    assert main(["--db", "postgresql+psycopg://desk@127.0.0.1:1/treffen", "events", "list"]) == 1
    err = capsys.readouterr().err
    assert "pip install" in err and "Traceback" not in err and err.count("\n") == 1
