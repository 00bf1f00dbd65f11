"""Data-subject export, erasure down to the file's bytes, and the retention purge."""

from __future__ import annotations

import json
from datetime import date

import pytest

from smartnet_desktop.cli import main
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, audit, checkin, consent, events, privacy, registry
from smartnet_desktop.services.consent_exports import export_contacts
from smartnet_desktop.services.exporting import export_attendees
from tests.database_under_test import every_table_as_text, on_postgresql, rows, sqlite_only

NAME, EMAIL = "Quirinella Zwetschgenbaum", "quirinella.zwetschgenbaum@privat.example"


@pytest.fixture
def subject(demo):
    sessions, gera, muehlhausen = demo
    row = registry.add_attendee(
        sessions,
        gera,
        registry.PersonInput(
            given_name="Quirinella",
            family_name="Zwetschgenbaum",
            email=EMAIL,
            phone="0361 987654",
            organization="Stadt Gera",
        ),
    ).value
    registry.add_attendee(
        sessions,
        muehlhausen,
        registry.PersonInput(given_name="Quirinella"),
        existing_person_id=row.person_id,
    )
    checkin.check_in(sessions, row.registration_id, "Desk 1")
    consent.record_contact(sessions, row.person_id, "grant", by="Desk 1", note=f"{NAME} sagte ja")
    consent.record_photo(sessions, row.person_id, gera, True, by="Desk 1")
    return sessions, gera, row.person_id


def test_export_holds_everything_about_the_person(subject, tmp_path):
    sessions, _, person_id = subject
    record = privacy.export_person(sessions, person_id, tmp_path / "auskunft.json")
    stored = json.loads((tmp_path / "auskunft.json").read_text(encoding="utf-8"))
    assert stored == record
    assert record["person"]["email"] == EMAIL and record["organization"]["name"] == "Stadt Gera"
    assert len(record["registrations"]) == 2
    assert [c["decision"] for c in record["consent_history"]] == ["grant", "object"]
    assert {e["action"] for e in record["audit_entries"]} >= {"check_in", "consent"}


def test_erasure_leaves_no_trace_in_tables_exports_or_the_file(subject, db_path, tmp_path):
    sessions, gera, person_id = subject
    consent_before = len(consent.history(sessions, person_id))
    privacy.erase_person(sessions, person_id, "Büro")
    for table, flat in every_table_as_text(db_path).items():
        for value in (EMAIL, "Zwetschgenbaum", "zwetschgenbaum", NAME):
            assert value not in flat, table
    if not on_postgresql:  # the SQLite file's bytes, free pages and log included
        raw = db_path.read_bytes() + (
            db_path.with_name(db_path.name + "-wal").read_bytes()
            if db_path.with_name(db_path.name + "-wal").exists()
            else b""
        )
        for value in (EMAIL, "Zwetschgenbaum", "zwetschgenbaum", NAME):
            assert value.encode() not in raw
    for out in (tmp_path / "a.csv", tmp_path / "v.vcf"):
        (export_attendees if out.suffix == ".csv" else lambda s, _e, o: export_contacts(s, o))(
            sessions, gera, out
        )
        assert b"wetschgen" not in out.read_bytes()
    # consent and audit rows stay, with a placeholder
    assert len(consent.history(sessions, person_id)) == consent_before
    assert any(e.action == "erasure" for e in audit.list_entries(sessions, person_id))
    assert attendees.list_attendees(sessions, gera, "quirinella") == []


def test_erase_command_needs_yes(capsys, subject, db_path):
    _, _, person_id = subject
    assert main(["--db", str(db_path), "privacy", "erase", "--person", str(person_id)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert (
        main(["--db", str(db_path), "privacy", "erase", "--person", str(person_id), "--yes"]) == 0
    )


def test_purge_follows_the_retention_rule_and_dry_run_changes_nothing(sessions, db_path):
    old = events.create_event(
        sessions, EventInput("Alt", date(2023, 1, 10), "Jena", retention_months=12)
    ).value
    recent = events.create_event(
        sessions, EventInput("Neu", date(2024, 6, 1), "Gera", retention_months=12)
    ).value
    only_old = registry.add_attendee(
        sessions, old.id, registry.PersonInput("Olga", "Nuralt", email="olga@x.example")
    ).value
    both = registry.add_attendee(
        sessions, old.id, registry.PersonInput("Bea", "Beides", email="bea@x.example")
    ).value
    registry.add_attendee(
        sessions, recent.id, registry.PersonInput("Bea"), existing_person_id=both.person_id
    )

    assert privacy.purge_due(sessions, date(2024, 1, 10)) == []  # 12 months not yet over

    def snapshot():
        return [
            rows(db_path, t)
            for t in ("persons", "registrations", "audit_entries", "consent_events")
        ]

    before = snapshot()
    plan = privacy.purge(sessions, today=date(2024, 1, 11), dry_run=True).value
    assert (plan.event_ids, plan.registrations, plan.people_erased) == (
        [old.id],
        2,
        [only_old.person_id],
    )
    assert snapshot() == before
    assert privacy.purge_due(sessions, date(2024, 1, 11)) == [old.id]

    done = privacy.purge(sessions, today=date(2024, 1, 11)).value
    assert done.people_erased == [only_old.person_id]
    assert attendees.list_attendees(sessions, old.id) == []
    assert [r.family_name for r in attendees.list_attendees(sessions, recent.id)] == ["Beides"]
    assert all("olga@x.example" not in flat for flat in every_table_as_text(db_path).values())
    if not on_postgresql:
        assert b"olga@x.example" not in db_path.read_bytes()
    assert privacy.purge(sessions, today=date(2024, 1, 11)).value.event_ids == []


@sqlite_only
def test_erasure_with_another_program_reading_reports_success_and_pending_cleanup(subject, db_path):
    """Another reader holds old pages: the erasure is done (and says so) without blocking;
    only the file's cleanup waits. It once took 10.8 s and then reported failure."""
    import sqlite3
    import time

    sessions, gera, person_id = subject
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM persons").fetchone()  # an open read transaction
    start = time.monotonic()
    erasure = privacy.erase_person(sessions, person_id, "Büro").value
    elapsed = time.monotonic() - start
    assert erasure.file_clean is False
    assert attendees.list_attendees(sessions, gera, "zwetschgenbaum") == []
    reader.rollback()
    reader.close()
    assert elapsed < 5, "waited for the other program instead of reporting"
    other = registry.add_attendee(sessions, gera, registry.PersonInput("Otto", "Ohnesorg")).value
    assert privacy.erase_person(sessions, other.person_id, "Büro").value.file_clean
    assert b"Zwetschgenbaum" not in db_path.read_bytes()


def test_a_name_inside_an_organisation_name_is_erased_there_too(demo, db_path):
    sessions, gera, _ = demo
    owner = registry.add_attendee(
        sessions,
        gera,
        registry.PersonInput(
            "Quirin", "Pflaumenhain", organization="Ingenieurbüro Quirin Pflaumenhain"
        ),
    ).value
    registry.add_attendee(
        sessions,
        gera,
        registry.PersonInput(
            "Ida", "Mitarbeiterin", organization="Ingenieurbüro Quirin Pflaumenhain"
        ),
    )
    assert privacy.erase_person(sessions, owner.person_id, "Büro").value.file_clean
    [colleague] = attendees.list_attendees(sessions, gera, "mitarbeiterin")
    assert colleague.organization == "Ingenieurbüro [gelöscht]"
    stored = " ".join(every_table_as_text(db_path).values()).encode()
    if not on_postgresql:
        stored = db_path.read_bytes()
    assert b"Pflaumenhain" not in stored
    assert b"pflaumenhain" not in stored


@sqlite_only
def test_erasure_can_reach_into_the_backups(subject, db_path, capsys):
    from smartnet_desktop.db_files import backup_to_folder

    sessions, gera, person_id = subject
    older = backup_to_folder(sessions)
    assert b"Zwetschgenbaum" in older.read_bytes()
    code = main(
        [
            "--db",
            str(db_path),
            "privacy",
            "erase",
            "--person",
            str(person_id),
            "--yes",
            "--backups",
            "--json",
        ]
    )
    assert code == 0 and json.loads(capsys.readouterr().out)["backups_cleaned"] == 1
    assert b"Zwetschgenbaum" not in older.read_bytes()
    assert b"zwetschgenbaum" not in db_path.read_bytes()
