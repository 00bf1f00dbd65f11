"""Issue 22 item 13: a note per registration, and the details the desk edits with F2:
one transaction, audited old -> new, undone by its reverse; the note in `attendees --json`
and read from an import's optional "Notiz"/"Note" column."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.services import attendees, audit
from smartnet_desktop.services.attendee_details import Details, details_of, update_details
from smartnet_desktop.services.importing import run_import


def _someone(sessions, event_id):
    return attendees.list_attendees(sessions, event_id)[0]


def test_details_and_note_are_written_audited_old_to_new_and_undone(demo):
    sessions, _gera, event_id = demo
    row = _someone(sessions, event_id)
    wanted = replace(
        details_of(row), family_name="Thüringer-Neu", note="VIP — Gastgeber informieren"
    )
    done = update_details(sessions, row.registration_id, wanted, "Desk 1")
    assert done.value.note == "VIP — Gastgeber informieren"
    assert done.value.family_name == "Thüringer-Neu"
    assert row.person_id in done.change.person_ids
    [entry] = [
        e for e in audit.list_entries(sessions, person_id=row.person_id)
        if e.action == "attendee_details_changed"
    ]  # fmt: skip
    assert entry.actor == "Desk 1" and entry.event_id == event_id
    assert entry.details["changes"] == {
        "family_name": [row.family_name, "Thüringer-Neu"],
        "note": ["", "VIP — Gastgeber informieren"],
    }
    # the search finds the new spelling (the person's stored keys follow)
    assert attendees.list_attendees(sessions, event_id, "thueringer-neu")
    done.reverse.call()  # Ctrl+Z
    [back] = attendees.list_attendees(sessions, event_id, person_ids=[row.person_id])
    assert back.family_name == row.family_name and back.note == ""


def test_nothing_changed_writes_nothing(demo):
    sessions, _gera, event_id = demo
    row = _someone(sessions, event_id)
    done = update_details(sessions, row.registration_id, details_of(row), "Desk 1")
    assert done.reverse is None and not done.change.person_ids
    assert not [
        e for e in audit.list_entries(sessions, person_id=row.person_id)
        if e.action == "attendee_details_changed"
    ]  # fmt: skip


def test_a_note_with_a_control_character_is_refused_and_nothing_is_written(demo):
    sessions, _gera, event_id = demo
    row = _someone(sessions, event_id)
    with pytest.raises(InvalidInput) as refused:
        update_details(sessions, row.registration_id, Details(row.given_name, note="a\x07b"))
    assert refused.value.field == "note"
    assert _someone(sessions, event_id).note == ""


def test_attendees_json_has_the_note(demo, db_path, capsys):
    sessions, _gera, event_id = demo
    row = _someone(sessions, event_id)
    update_details(sessions, row.registration_id, replace(details_of(row), note="zahlt vor Ort"))
    code = main(["--db", str(db_path), "attendees", "--event", str(event_id), "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {r["registration_id"]: r["note"] for r in listed}[row.registration_id] == "zahlt vor Ort"


@pytest.mark.parametrize("header", ["Notiz", "Note"])
def test_the_import_reads_an_optional_note_column(demo, tmp_path, header):
    sessions, _gera, event_id = demo
    path = tmp_path / "anmeldungen.csv"
    path.write_text(
        f"Vorname;Nachname;Organisation;{header}\n"
        "Greta;Quellenwasser;Stadt Weida;VIP — Gastgeber informieren\n"
        "Hans;Quellenwasser;Stadt Weida;\n",
        encoding="utf-8",
    )
    run_import(sessions, event_id, path)
    notes = {
        r.given_name: r.note for r in attendees.list_attendees(sessions, event_id, "quellenwasser")
    }
    assert notes == {"Greta": "VIP — Gastgeber informieren", "Hans": ""}
