"""What a desk is told about its database: `db check` changes nothing (an old schema is
reported, `db upgrade` is its own command), a login that may only read is found out, and
an unreachable server, a refused login and a missing database each name their own cause.
pg_dump never sees the password on its command line."""

from __future__ import annotations

import json
import os
import shutil
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from smartnet_desktop.cli import main
from smartnet_desktop.db import HEAD_REVISION, current_revision, make_engine, migrate
from tests.database_under_test import SERVER, postgresql_only

OLD_REVISION = "0010_several_desks"


def _run(capsys, argv) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err


def _at_old_revision(location) -> None:
    """A database as an older version of the program left it."""
    engine = make_engine(location)
    migrate(engine, OLD_REVISION)
    engine.dispose()


def _revision(location) -> str | None:
    engine = make_engine(location)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def test_db_check_of_a_missing_file_says_so_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "tippfehler.db"
    status, out, _err = _run(capsys, ["--db", str(missing), "db", "check"])
    assert status == 1
    assert "FAIL  reachable (database_missing: There is no database" in out
    assert not missing.exists() and list(tmp_path.iterdir()) == []


def test_db_check_reports_an_old_schema_and_leaves_it_until_db_upgrade(empty_db_path, capsys):
    _at_old_revision(empty_db_path)
    location = str(empty_db_path)

    status, out, _err = _run(capsys, ["--db", location, "db", "check"])
    assert status == 1
    assert f"FAIL  schema_current (schema_outdated: {location}: schema at revision " in out
    assert f"{OLD_REVISION}, needs upgrade (smartnet-desktop --db {location} db upgrade)" in out
    assert _revision(empty_db_path) == OLD_REVISION  # the check changed nothing

    status, out, _err = _run(capsys, ["--db", location, "db", "upgrade", "--json"])
    assert status == 0
    assert json.loads(out)["revision"] == HEAD_REVISION
    assert _revision(empty_db_path) == HEAD_REVISION

    status, out, _err = _run(capsys, ["--db", location, "db", "check"])
    assert status == 0 and "FAIL" not in out
    status, out, _err = _run(capsys, ["--db", location, "db", "upgrade"])
    assert status == 0 and "already current" in out


def test_db_copy_from_an_old_schema_is_refused_and_changes_nothing(tmp_path, empty_db_path, capsys):
    _at_old_revision(empty_db_path)
    target = tmp_path / "ziel.db"
    status, _out, err = _run(
        capsys, ["db", "copy", "--from", str(empty_db_path), "--to", str(target)]
    )
    assert status == 1 and err.count("\n") == 1
    assert "needs upgrade" in err
    assert _revision(empty_db_path) == OLD_REVISION and not target.exists()


# -- several desks on a server ------------------------------------------------------------


def _admin():
    return create_engine(make_url(SERVER), isolation_level="AUTOCOMMIT")


def _login(location: str, name: str, password: str | None = None) -> str:
    url = make_url(location).set(username=name, password=password)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def reading_login(db_path):
    """A login on the test's database that may only SELECT."""
    name = f"leser_{uuid.uuid4().hex[:8]}"
    database = make_url(str(db_path)).database
    admin = create_engine(make_url(str(db_path)), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {name} LOGIN"))
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {name}'))
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {name}"))
        connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {name}"))
    yield _login(str(db_path), name)
    with admin.connect() as connection:
        connection.execute(text(f"DROP OWNED BY {name}"))
    admin.dispose()
    with _admin().connect() as connection:
        connection.execute(text(f"DROP ROLE IF EXISTS {name}"))


@pytest.fixture
def password_login(db_path):
    """A login that must give its password (see .ci/postgres-server); returns the URL
    with the right password and the password itself."""
    name = f"kasse_{uuid.uuid4().hex[:8]}"
    password = "geheim-" + uuid.uuid4().hex[:8]
    admin = _admin()
    with admin.connect() as connection:
        connection.execute(
            text(
                "DO $$ BEGIN CREATE ROLE smartnet_password_logins NOLOGIN; "
                "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            )
        )
        connection.execute(
            text(
                f"CREATE ROLE {name} LOGIN SUPERUSER PASSWORD '{password}' "
                "IN ROLE smartnet_password_logins"
            )
        )
    yield _login(str(db_path), name, password), password
    with admin.connect() as connection:
        connection.execute(text(f"DROP ROLE IF EXISTS {name}"))
    admin.dispose()


@postgresql_only
def test_a_login_that_may_only_read_fails_db_check_and_checkin_in_one_line(
    demo, reading_login, capsys
):
    _sessions, gera, _ = demo
    status, out, _err = _run(capsys, ["--db", reading_login, "db", "check", "--json"])
    checks = {c["check"]: c["ok"] for c in json.loads(out)}
    assert status == 1 and checks["reachable"] and not checks["can_write"]

    status, _out, err = _run(capsys, ["--db", reading_login, "checkin", "--event", str(gera), "1"])
    assert status == 1 and err.count("\n") == 1
    assert "may read the database but not change it" in err


@postgresql_only
def test_unreachable_refused_login_and_missing_database_each_name_their_cause(
    db_path, password_login, capsys
):
    right, password = password_login
    wrong = right.replace(password, "falsch")
    missing = make_url(right).set(database="gibt_es_nicht").render_as_string(False)
    unreachable = make_url(str(db_path)).set(port=9).render_as_string(False)
    expected = {
        wrong: ("login_refused", "refused the login of"),
        missing: ("database_missing", "There is no database"),
        unreachable: ("server_unreachable", "cannot be reached"),
    }
    for location, (code, sentence) in expected.items():
        status, out, _err = _run(capsys, ["--db", location, "db", "check"])
        assert status == 1 and f"FAIL  reachable ({code}: " in out and sentence in out
        status, _out, err = _run(capsys, ["--db", location, "events", "list"])
        assert status == 1 and err.count("\n") == 1 and sentence in err, err
        assert password not in err and "falsch" not in err
    status, _out, _err = _run(capsys, ["--db", right, "db", "check"])
    assert status == 0


@postgresql_only
def test_pg_dump_gets_the_password_through_its_environment(
    demo, password_login, tmp_path, monkeypatch, capsys
):
    """A pg_dump first on PATH records what it was given, then runs the real one."""
    right, password = password_login
    real = shutil.which("pg_dump")
    assert real
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "pg_dump.seen"
    fake = bin_dir / "pg_dump"
    fake.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{record}"\n'
        f'printf "ENV PGPASSWORD=%s\\n" "$PGPASSWORD" >> "{record}"\n'
        f'exec "{real}" "$@"\n'
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    out = tmp_path / "treffen.dump"
    status, _out, err = _run(capsys, ["--db", right, "backup", "--out", str(out)])
    assert status == 0, err
    assert out.read_bytes()[:5] == b"PGDMP"
    arguments, environment = record.read_text().split("ENV ")
    assert password not in arguments  # every user of the machine could read argv
    assert environment.strip() == f"PGPASSWORD={password}"
