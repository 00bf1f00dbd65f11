"""Issue 24 item 4: an import in several parts reads the network's people once and keeps
them (a new person between two parts, e.g. a desk's walk-in, is still found), and never
loads every badge code or every registration of the event per part."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import event, func, select

from smartnet_desktop.domain.models import ConsentEvent, Person, Registration
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import events, importing, registry


@pytest.fixture
def meeting(sessions):
    return events.create_event(sessions, EventInput("Treffen", date(2026, 12, 3), "Gera")).value


def _csv(tmp_path, rows):
    path = tmp_path / "liste.csv"
    lines = ["Vorname;Nachname;Organisation;E-Mail"] + [";".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _select_statements(sessions) -> list[str]:
    seen: list[str] = []
    event.listen(
        sessions.kw["bind"],
        "before_cursor_execute",
        lambda *a: (
            seen.append(" ".join(a[2].split())) if a[2].lstrip().startswith("SELECT") else None
        ),
    )
    return seen


def test_the_people_are_read_once_and_no_part_loads_every_code(
    sessions, meeting, tmp_path, monkeypatch
):
    monkeypatch.setattr(importing, "IMPORT_PART_ROWS", 2)
    monkeypatch.setattr(importing, "PART_PAUSE_S", 0)
    path = _csv(tmp_path, [("Ina", f"Groß{i}", "Kommune", f"ina{i}@x.example") for i in range(6)])
    seen = _select_statements(sessions)
    result = importing.run_import(sessions, meeting.id, path).value
    assert (result.new_people, result.registered) == (6, 6)
    whole_people = [s for s in seen if "FROM persons" in s and "persons.id >" not in s]
    assert len([s for s in whole_people if "merged_into_id IS NULL" in s]) == 1, whole_people
    assert not [
        s
        for s in seen
        if s.startswith("SELECT registrations.badge_code FROM registrations") and "WHERE" not in s
    ]
    registered_reads = [
        s for s in seen if s.startswith("SELECT registrations.person_id FROM registrations")
    ]
    assert all("IN" in s for s in registered_reads), registered_reads
    with sessions() as session:
        codes = session.scalars(select(Registration.badge_code)).all()
    assert len(codes) == len(set(codes)) == 6


def test_someone_added_between_two_parts_is_matched_not_doubled(
    sessions, meeting, tmp_path, monkeypatch
):
    monkeypatch.setattr(importing, "IMPORT_PART_ROWS", 2)
    monkeypatch.setattr(importing, "PART_PAUSE_S", 0)
    rows = [("Ina", f"Groß{i}", "Kommune", f"ina{i}@x.example") for i in range(4)]
    rows.append(("Jörg", "Müller", "Stadt Gera", "joerg@x.example"))  # in the third part
    path = _csv(tmp_path, rows)

    def desk_between(done: int, _parts: int) -> None:
        if done == 1:  # a desk's walk-in while the import pauses, registered elsewhere
            other = events.create_event(sessions, EventInput("Anderes", date(2026, 11, 3), "Jena"))
            registry.add_attendee(
                sessions,
                other.value.id,
                registry.PersonInput(
                    given_name="Jörg", family_name="Müller", email="JOERG@x.example"
                ),
            )
            # and one registered here at the desk, who is in the import's next part
            registry.add_attendee(
                sessions,
                meeting.id,
                registry.PersonInput(given_name="Ina", family_name="Groß3", email="ina3@x.example"),
            )

    result = importing.run_import(sessions, meeting.id, path, progress=desk_between).value
    assert result.new_people == 3  # Groß0..2; Groß3 and Müller were added by the desk
    assert (result.registered, result.already_registered) == (4, 1)
    with sessions() as session:
        assert session.scalar(select(func.count(Person.id))) == 5
        here = session.scalar(
            select(func.count(Registration.id)).where(Registration.event_id == meeting.id)
        )
    assert here == 5


def test_people_the_part_creates_are_not_asked_about_again(sessions, meeting, tmp_path):
    """A person the part has just created has no registration, no photo objection and no
    contact decision yet: the part asks the database about the people it found only (each
    question about 4,000 new people cost a long IN list per part)."""
    with sessions.begin() as session:  # in the network, not registered for the meeting
        known = registry.find_or_create_person(
            session, registry.PersonInput("Ada", "Alt", organization="Kommune")
        ).id
    rows = [("Ada", "Alt", "Kommune", "")]
    rows += [("Ina", f"Neu{i}", "Kommune", f"ina{i}@x.example") for i in range(5)]
    path = tmp_path / "liste.csv"
    lines = ["Vorname;Nachname;Organisation;E-Mail;Kontaktweitergabe;Foto-Einwand"]
    lines += [";".join(r) + ";ja;ja" for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen = _select_statements(sessions)
    result = importing.run_import(sessions, meeting.id, path).value
    assert (result.new_people, result.registered) == (5, 6)
    about_people = [s for s in seen if "registrations.person_id IN" in s or "persons.id IN" in s]
    assert about_people, seen  # the known person is still asked about
    for statement in about_people:  # one value in each list: the known person's id
        lists = re.findall(r" IN \(([^)]*)\)", statement)
        assert lists and all("," not in values for values in lists), statement
    with sessions() as session:
        objecting = session.scalars(
            select(Registration.person_id).where(Registration.photo_objection)
        ).all()
        granted = session.scalar(select(func.count()).where(Person.contact_sharing == "granted"))
    assert known in objecting
    assert (len(objecting), granted) == (6, 6)


def test_new_peoples_consent_states_are_written_with_them_not_updated_after(
    sessions, meeting, tmp_path
):
    """A new person's contact-sharing state and the registration's photo objection are
    stored by their inserts: no UPDATE of persons or registrations follows (the mirror's
    UPDATEs over 4,000 new ids per part). A known person's states are still updated."""
    with sessions.begin() as session:
        known = registry.find_or_create_person(
            session, registry.PersonInput("Ada", "Alt", organization="Kommune")
        ).id
    path = tmp_path / "liste.csv"
    lines = ["Vorname;Nachname;Organisation;E-Mail;Kontaktweitergabe;Foto-Einwand"]
    lines += ["Ina;Neu1;Kommune;ina1@x.example;ja;ja", "Ina;Neu2;Kommune;ina2@x.example;nein;"]
    lines += ["Ina;Neu3;Kommune;ina3@x.example;;"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen: list[str] = []
    event.listen(
        sessions.kw["bind"],
        "before_cursor_execute",
        lambda *a: seen.append(" ".join(a[2].split())),
    )
    importing.run_import(sessions, meeting.id, path)
    assert not [s for s in seen if s.startswith(("UPDATE persons", "UPDATE registrations"))]
    with sessions() as session:
        states = dict(session.execute(select(Person.family_name, Person.contact_sharing)).all())
        objecting = set(
            session.scalars(
                select(Person.family_name)
                .join(Registration, Registration.person_id == Person.id)
                .where(Registration.photo_objection)
            )
        )
        consent_events = session.scalar(select(func.count()).select_from(ConsentEvent))
    assert states == {"Alt": "not_asked", "Neu1": "granted", "Neu2": "objected", "Neu3": "not_asked"}
    assert objecting == {"Neu1"}
    assert consent_events == 3  # the decisions and the objection are still recorded

    # the known person's states are still brought up to date by the UPDATEs
    path.write_text(lines[0] + "\nAda;Alt;Kommune;;ja;ja\n", encoding="utf-8")
    seen.clear()
    importing.run_import(sessions, meeting.id, path)
    assert [s for s in seen if s.startswith("UPDATE persons")]
    with sessions() as session:
        assert session.get(Person, known).contact_sharing == "granted"
        assert session.scalar(
            select(Registration.photo_objection).where(Registration.person_id == known)
        )
