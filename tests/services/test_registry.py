"""Adding, removing (undoable) and merging people of the network."""

from __future__ import annotations

import pytest

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.services import attendees, checkin, registry
from smartnet_desktop.services.registry import PersonInput


def test_add_validates_and_offers_an_existing_person(demo):
    sessions, gera, muehlhausen = demo
    with pytest.raises(InvalidInput) as caught:
        registry.add_attendee(
            sessions, gera, PersonInput(given_name="A", family_name="B", email="kein-at")
        )
    assert caught.value.code == "email_syntax"
    matches = registry.find_matches(
        sessions,
        PersonInput(given_name="X", family_name="Y", email="Renee.Lefevre@beispiel.example"),
    )
    assert [(m.name, m.reason) for m in matches] == [("Renée Lefèvre", "email")]
    row = registry.add_attendee(
        sessions,
        muehlhausen,
        PersonInput(given_name="Renée", family_name="Lefèvre"),
        existing_person_id=matches[0].person_id,
    ).value
    assert row.person_id == matches[0].person_id and row.badge_code


def test_removal_can_be_undone_with_the_same_code_and_check_in(demo):
    sessions, gera, _ = demo
    target = attendees.list_attendees(sessions, gera, "zolc")[0]
    checkin.check_in(sessions, target.registration_id, "Desk 1")
    removed = registry.remove_registrations(sessions, [target.registration_id]).value
    assert attendees.list_attendees(sessions, gera, "zolc") == []
    registry.restore_registrations(sessions, removed)
    [restored] = attendees.list_attendees(sessions, gera, "zolc")
    assert restored.badge_code == target.badge_code
    assert restored.registration_id == target.registration_id
    assert restored.checked_in_by == "Desk 1" and restored.checked_in_at is not None


def test_a_restored_printed_badge_does_not_need_a_reprint(demo):
    from smartnet_desktop.services import badges

    sessions, gera, _ = demo
    target = attendees.list_attendees(sessions, gera, "weissbach")[0]
    badges.mark_printed(sessions, badges.badge_data(sessions, gera, person_ids=[target.person_id]))
    removed = registry.remove_registrations(sessions, [target.registration_id]).value
    registry.restore_registrations(sessions, removed)
    [restored] = attendees.list_attendees(sessions, gera, "weissbach")
    assert restored.badge_printed_at is not None and not restored.needs_reprint
    assert badges.badge_data(sessions, gera, "unprinted", [target.person_id]) == []


def test_removing_five_attendees_is_one_transaction_and_one_step_back(demo):
    from sqlalchemy import event

    sessions, gera, _ = demo
    five = attendees.list_attendees(sessions, gera)[:5]
    commits = []
    engine = sessions.kw["bind"]
    event.listen(engine, "commit", lambda connection: commits.append(1))
    removed = registry.remove_registrations(sessions, [r.registration_id for r in five]).value
    assert len(commits) == 1
    assert len(attendees.list_attendees(sessions, gera)) == 35
    commits.clear()
    registry.restore_registrations(sessions, removed)  # the one undo step
    assert len(commits) == 1
    assert {r.registration_id for r in attendees.list_attendees(sessions, gera)[:5]} == {
        r.registration_id for r in five
    }


def test_merge_moves_registrations_and_keeps_the_check_in(demo):
    sessions, gera, muehlhausen = demo
    original = attendees.list_attendees(sessions, gera, "nguyen")[0]
    twin = registry.add_attendee(
        sessions,
        gera,
        PersonInput(given_name="Lan", family_name="Nguyen", email="lan.n@tu.example"),
    ).value
    checkin.check_in(sessions, twin.registration_id, "Desk 2")
    change = registry.merge_persons(sessions, original.person_id, twin.person_id).change
    assert gera in change.event_ids
    rows = [r for r in attendees.list_attendees(sessions, gera) if r.family_name.startswith("Nguy")]
    assert [r.person_id for r in rows] == [original.person_id]
    assert rows[0].checked_in_by == "Desk 2"
    with pytest.raises(InvalidInput):
        registry.merge_persons(sessions, original.person_id, original.person_id)


def test_search_follows_an_edited_name(demo):
    sessions, gera, _ = demo
    row = attendees.list_attendees(sessions, gera, "zolc")[0]
    data = registry.person_input(sessions, row.person_id)
    registry.update_person(
        sessions,
        row.person_id,
        PersonInput(
            **{
                **{f: getattr(data, f) for f in PersonInput.__slots__},
                "family_name": "Ødegård-Nowak",
            }
        ),
    )
    assert attendees.list_attendees(sessions, gera, "zolc") == []
    assert [r.person_id for r in attendees.list_attendees(sessions, gera, "odegard-nowak")] == [
        row.person_id
    ]
