"""Newcomers: a person or organisation is "neu" until checked in at an earlier meeting of
the series; registered before but never there is still new."""

from __future__ import annotations

from datetime import date

from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, checkin, events, newcomers


def _next_meeting(sessions, gera):
    new = events.create_event(sessions, EventInput("6. Netzwerktreffen", date(2023, 3, 9))).value
    events.invite_from(sessions, new.id, gera)
    return new.id


def test_only_people_checked_in_earlier_are_not_new_and_their_organisation_neither(demo):
    sessions, gera, _ = demo
    rows = attendees.list_attendees(sessions, gera)
    came = rows[0]
    checkin.check_in(sessions, came.registration_id, "Desk 1")
    later = _next_meeting(sessions, gera)
    marks = newcomers.newcomer_marks(sessions, later)
    assert came.person_id not in marks.person_ids
    # Registered in Gera but never checked in there: still new.
    assert rows[1].person_id in marks.person_ids
    found = {n.attendee.person_id: n for n in newcomers.newcomers(sessions, later)}
    assert came.person_id not in found and rows[1].person_id in found
    colleague = [r for r in rows[1:] if r.organization == came.organization]
    for row in colleague:  # new person of an organisation that was there before
        assert found[row.person_id].new_organisation is False
    # At the first meeting everybody is new.
    assert newcomers.newcomer_marks(sessions, gera).person_ids == {r.person_id for r in rows}


def test_json_records_are_the_attendee_records_with_the_steckbrief_address(demo):
    sessions, gera, _ = demo
    row = newcomers.newcomers(sessions, gera)[0]
    data = row.to_json()
    assert {k: v for k, v in data.items() if k not in ("new_organisation", "profile_address")} == (
        row.attendee.to_json()
    )
    assert data["new_organisation"] is True
    assert data["profile_address"].startswith("http") or data["profile_address"] == ""


def test_the_marks_of_a_few_people_are_theirs_in_the_marks_of_everyone(demo):
    """A large event's first screenful is marked from its own people's records (issue 24
    item 5): the same marks as from the whole event, merged records and colleagues included."""
    from smartnet_desktop.services import registry

    sessions, gera, _ = demo
    rows = attendees.list_attendees(sessions, gera)
    for row in rows[:5]:
        checkin.check_in(sessions, row.registration_id, "Desk 1")
    later = _next_meeting(sessions, gera)
    here = attendees.list_attendees(sessions, later)
    # A duplicate record checked in at Gera, merged into someone at the next meeting.
    keep = next(r for r in here if r.person_id not in {x.person_id for x in rows[:5]})
    registry.merge_persons(sessions, keep.person_id, rows[0].person_id)
    everyone = newcomers.newcomer_marks(sessions, later)
    assert keep.person_id not in everyone.person_ids  # the merged record's check-in counts
    people = [r.person_id for r in here]
    for few in (people[:3], people[3:10], people[::4], [keep.person_id], people):
        marks = newcomers.newcomer_marks(sessions, later, few)
        assert marks.person_ids == everyone.person_ids & set(few), few
        assert marks.with_new_organisation == everyone.with_new_organisation & set(few), few
        assert marks.organisation_ids <= everyone.organisation_ids
    assert newcomers.newcomer_marks(sessions, later, []).person_ids == frozenset()
