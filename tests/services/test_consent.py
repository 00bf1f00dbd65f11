"""Consent: append-only history, the distribution list and the photographers' list."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from smartnet_desktop.db import open_database
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import consent, events, registry
from smartnet_desktop.services.consent_exports import export_contacts
from smartnet_desktop.services.importing import run_import
from tests.database_under_test import postgresql_only, sqlite_only

PEOPLE, EVENTS = 4, 3
_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    """A migrated database with PEOPLE people registered for EVENTS events, made once."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="smartnet-consent-"))
        engine, sessions = open_database(folder / "template.db")
        for e in range(EVENTS):
            event = events.create_event(
                sessions, EventInput(f"Treffen {e}", date(2023, 1, 1 + e), "Ort")
            ).value
            for p in range(PEOPLE):
                data = registry.PersonInput(
                    given_name=f"P{p}", family_name="Muster", email=f"p{p}@x.example"
                )
                existing = registry.find_matches(sessions, data)
                registry.add_attendee(
                    sessions, event.id, data, existing[0].person_id if existing else None
                )
        engine.dispose()
        _TEMPLATE["path"] = folder / "template.db"
    return _TEMPLATE["path"]


photo_action = st.tuples(
    st.just("photo"), st.integers(1, PEOPLE), st.integers(1, EVENTS), st.booleans(), st.booleans()
)
contact_action = st.tuples(
    st.just("contact"), st.integers(1, PEOPLE), st.sampled_from(["grant", "object", "withdraw"])
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(photo_action, contact_action), max_size=25))
def test_exports_follow_the_latest_decisions(tmp_path_factory, actions):
    path = tmp_path_factory.mktemp("consent") / "c.db"
    shutil.copy(_template(), path)
    engine, sessions = open_database(path)
    contact_latest: dict[int, str] = {}
    photo_history: dict[int, list[tuple[bool, int, bool]]] = {p: [] for p in range(1, PEOPLE + 1)}
    for action in actions:
        if action[0] == "photo":
            _, person, event, objects, everywhere = action
            consent.record_photo(sessions, person, event, objects, everywhere, by="Desk")
            photo_history[person].append((everywhere, event, objects))
        else:
            _, person, decision = action
            consent.record_contact(sessions, person, decision, by="Desk")
            contact_latest[person] = decision

    expected_contacts = {p for p, d in contact_latest.items() if d == "grant"}
    assert {c.person_id for c in consent.distribution_list(sessions).included} == expected_contacts
    for event in range(1, EVENTS + 1):
        expected = set()
        for person, decisions in photo_history.items():
            applying = [
                objects for everywhere, ev, objects in decisions if everywhere or ev == event
            ]
            if applying and applying[-1]:
                expected.add(person)
        assert {r.person_id for r in consent.photo_objectors(sessions, event)} == expected
    engine.dispose()


def test_imported_person_without_contact_column_is_not_asked_and_not_exported(sessions, tmp_path):
    event = events.create_event(sessions, EventInput("T", date(2023, 1, 1), "V")).value
    source = tmp_path / "a.csv"
    source.write_text("Vorname;Nachname;E-Mail\nImke;Importiert;imke@x.example\n", encoding="utf-8")
    run_import(sessions, event.id, source)
    [row] = consent.distribution_list(sessions).included or [None]
    assert row is None
    listing = consent.distribution_list(sessions)
    assert listing.not_asked == 1 and listing.included == []
    for suffix in (".csv", ".xlsx", ".vcf"):
        out = tmp_path / f"verteiler{suffix}"
        export_contacts(sessions, out)
        assert b"imke" not in out.read_bytes().lower()


def test_history_lists_every_change_in_order_with_who_when_and_channel(demo):
    sessions, gera, _ = demo
    person = 30  # no consent recorded in the demo
    consent.record_contact(sessions, person, "grant", by="Desk 1", channel="desk")
    consent.record_photo(
        sessions, person, gera, True, by="Desk 2", channel="phone", note="am Telefon"
    )
    consent.record_contact(sessions, person, "withdraw", by="Büro", channel="email")
    rows = consent.history(sessions, person)
    assert [(r.kind, r.decision, r.recorded_by, r.channel) for r in rows] == [
        ("contact_sharing", "grant", "Desk 1", "desk"),
        ("photo", "object", "Desk 2", "phone"),
        ("contact_sharing", "withdraw", "Büro", "email"),
    ]
    assert [r.recorded_at for r in rows] == sorted(r.recorded_at for r in rows)
    assert rows[1].event_id == gera and rows[1].note == "am Telefon" and rows[1].text_version
    assert not any(r.person_id == person for r in consent.distribution_list(sessions).included)


def test_consent_rows_cannot_be_changed_or_deleted(demo):
    sessions, _, _ = demo
    for statement in ("UPDATE consent_events SET decision = 'grant'", "DELETE FROM consent_events"):
        with pytest.raises(DatabaseError, match="append-only"), sessions.begin() as session:
            session.execute(text(statement))
    with sessions() as session:
        assert session.execute(text("SELECT count(*) FROM consent_events")).scalar() == 17


@pytest.mark.parametrize("table", ["consent_events", "audit_entries"])
@pytest.mark.parametrize(
    "statement",
    [
        "INSERT OR REPLACE INTO {table} SELECT * FROM {table} WHERE id = (SELECT min(id) FROM {table})",
        "REPLACE INTO {table} SELECT * FROM {table} WHERE id = (SELECT min(id) FROM {table})",
        "INSERT INTO {table} SELECT * FROM {table} WHERE id = (SELECT min(id) FROM {table}) "
        "ON CONFLICT(id) DO UPDATE SET id = excluded.id",
        "UPDATE {table} SET id = id",
        "DELETE FROM {table}",
    ],
)
@sqlite_only
def test_no_statement_can_rewrite_history_rows(demo, db_path, table, statement):
    """Tried through the sqlite3 module directly, as someone with the file and a shell would."""
    import sqlite3

    connection = sqlite3.connect(db_path)
    before = connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        connection.execute(statement.format(table=table))
    connection.rollback()
    assert connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == before
    connection.close()


@postgresql_only
@pytest.mark.parametrize("table", ["consent_events", "audit_entries"])
@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO {table} SELECT * FROM {table} WHERE id = (SELECT min(id) FROM {table}) "
        "ON CONFLICT (id) DO UPDATE SET id = excluded.id",
        "UPDATE {table} SET id = id",
        "DELETE FROM {table}",
        "TRUNCATE {table}",
    ],
)
def test_no_statement_can_rewrite_history_rows_on_the_server(demo, db_path, table, statement):
    """Tried through psycopg directly, as someone with psql and the database's password would."""
    import psycopg

    url = db_path.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        before = connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        with pytest.raises(psycopg.DatabaseError, match="append-only"):
            connection.execute(statement.format(table=table))
        connection.rollback()
        assert connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == before


def test_no_service_writes_consent_rows_except_by_inserting():
    """Only the reviewed erasure path (services/privacy.py) may touch existing rows, and it
    only puts a placeholder into the free-text note."""
    package = Path(__file__).resolve().parents[2] / "smartnet_desktop"
    writers = {
        p.relative_to(package).as_posix()
        for p in package.rglob("*.py")
        if "update(ConsentEvent" in (text_ := p.read_text(encoding="utf-8"))
        or "delete(ConsentEvent" in text_
    }
    assert writers == {"services/privacy.py"}
    privacy = (package / "services" / "privacy.py").read_text(encoding="utf-8")
    assert "delete(ConsentEvent" not in privacy
    assert ".values(note=PLACEHOLDER)" in privacy


def test_check_in_does_not_depend_on_consent(demo):
    from smartnet_desktop.services import attendees, checkin

    sessions, gera, _ = demo
    objector = next(r for r in attendees.list_attendees(sessions, gera) if r.photo_objection)
    consent.record_contact(sessions, objector.person_id, "object", by="Desk")
    assert checkin.check_in(sessions, objector.registration_id, "Desk").value.checked_in_at
