"""The window's services report what they wrote (issue 21 item 1): each write returns Done
with the Change the window refreshes, and a Reverse where the write can be taken back."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from smartnet_desktop.domain.models import Person
from smartnet_desktop.domain.network_rows import ProfileInput
from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.domain.rows import AgendaItemInput, Change, EventInput
from smartnet_desktop.services import (
    agenda,
    attendees,
    events,
    organizations,
    registry,
    survey,
    topics,
)


def _titles(sessions, event_id):
    return [(r.id, r.title) for r in agenda.list_agenda(sessions, event_id)]


def test_every_agenda_write_is_reversed_by_its_own_reverse(demo):
    sessions, gera, _ = demo
    before = _titles(sessions, gera)
    added = agenda.add_item(sessions, gera, AgendaItemInput("Kaffeepause", 15), 1)
    assert added.change == Change(event_ids=frozenset({gera}), agenda_changed=True)
    steps = [added]
    item_id = added.value
    steps.append(agenda.update_item(sessions, item_id, AgendaItemInput("Pause", 20)))
    steps.append(agenda.move_item(sessions, gera, item_id, 1))
    steps.append(agenda.delete_item(sessions, before[0][0]))
    for step in steps:
        assert isinstance(step, Done) and step.reverse is not None
        assert step.change.agenda_changed and step.change.event_ids == {gera}
    for step in reversed(steps):  # newest first, as Ctrl+Z takes them
        back = step.reverse.call()
        assert back.change.agenda_changed
    assert _titles(sessions, gera) == before  # the restored item kept its id


def test_a_removal_names_the_people_and_its_reverse_brings_them_back(demo):
    sessions, gera, _ = demo
    two = attendees.list_attendees(sessions, gera)[:2]
    done = registry.remove_registrations(sessions, [r.registration_id for r in two])
    assert done.change.person_ids == {r.person_id for r in two}
    assert done.change.event_ids == {gera}
    assert all(r.given_name in done.reverse.label for r in two)
    back = done.reverse.call()
    assert back.change == done.change
    assert {r.registration_id for r in attendees.list_attendees(sessions, gera)} >= {
        r.registration_id for r in two
    }


def test_event_writes_say_that_the_list_of_events_changed(demo):
    sessions, gera, _ = demo
    created = events.create_event(sessions, EventInput("Neu", date(2030, 1, 1), "Ort"))
    assert created.change == Change(event_ids=frozenset({created.value.id}), events_changed=True)
    invited = events.invite_from(sessions, created.value.id, gera)
    assert invited.value == 40 and invited.change == Change(event_ids=frozenset({created.value.id}))


def test_a_profile_touches_the_badges_of_its_people_only(demo):
    sessions, _, _ = demo
    gera = next(o for o in organizations.list_organizations(sessions) if o.slug == "gera")
    with sessions() as session:
        people = set(session.scalars(select(Person.id).where(Person.organization_id == gera.id)))
    assert people
    saved = organizations.save_profile(sessions, gera.id, ProfileInput(kind=gera.kind))
    assert saved.change == Change(person_ids=frozenset(people))
    with sessions() as session:  # every organisation's page moves with the site (issue 23)
        with_one = set(
            session.scalars(select(Person.id).where(Person.organization_id.is_not(None)))
        )
    moved = organizations.set_base_url(sessions, "https://netz.example/profile")
    assert moved.value == "https://netz.example/profile"
    assert moved.change == Change(person_ids=frozenset(with_one))


def test_network_only_writes_refresh_no_attendee(demo, tmp_path):
    sessions, _, _ = demo
    saved = topics.save_topic(sessions, "Drohnen", "field", ["UAV"])
    assert saved.change == Change() and saved.value.name == "Drohnen"
    assert topics.remove_topic(sessions, saved.value.id).change == Change()
    path = tmp_path / "umfrage.csv"
    path.write_text("Organisation;Thema;Art;Erfahrung\nStadt Gera;Tourismus;Bedarf;\n", "utf-8")
    steps = []
    imported = survey.import_survey(sessions, path, progress=lambda *step: steps.append(step))
    assert imported.change == Change() and steps == [(1, 2), (2, 2)]
