"""Opinion polls: one vote per organisation present (a second corrects the first, both in
the audit log), a show-of-hands count, results in agenda order for the minutes."""

from __future__ import annotations

import pytest

from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.rows import AgendaItemInput
from smartnet_desktop.services import agenda, attendees, audit, checkin, polls


def _votes(result) -> dict[str, int]:
    return {o.option: o.votes for o in result.options}


def _present(sessions, event_id, count=2):
    """Checks in the first people of different organisations; returns their organisations."""
    orgs = []
    for row in attendees.list_attendees(sessions, event_id):
        if row.organization and row.organization not in orgs:
            checkin.check_in(sessions, row.registration_id, "Desk 1")
            orgs.append(row.organization)
        if len(orgs) == count:
            return orgs
    raise AssertionError("the demo has too few organisations")


def test_one_vote_per_organisation_a_second_corrects_and_both_are_audited(demo):
    sessions, gera, _ = demo
    first, second = _present(sessions, gera)
    poll_id = polls.add_poll(sessions, gera, "Mehrwert für Kommunen?", ["Ja", "Nein"]).value
    polls.vote(sessions, poll_id, first, "Ja", "Anna")
    polls.vote(sessions, poll_id, second, "ja")  # the option's case does not matter
    assert _votes(polls.results(sessions, poll_id)) == {"Ja": 2, "Nein": 0}
    corrected = polls.vote(sessions, poll_id, first, "Nein", "Anna").value
    assert _votes(corrected) == {"Ja": 1, "Nein": 1}
    actions = [
        (r.action, r.details.get("option"), r.details.get("before"))
        for r in audit.list_entries(sessions)
    ]
    assert ("poll_vote", "Ja", None) in actions
    assert ("poll_vote_corrected", "Nein", "Ja") in actions


def test_an_organisation_nobody_of_which_is_checked_in_is_refused_and_nothing_counts(demo):
    sessions, gera, _ = demo
    poll_id = polls.add_poll(sessions, gera, "Weiteres Vorgehen?", ["A", "B"]).value
    absent = attendees.list_attendees(sessions, gera)[0].organization
    with pytest.raises(InvalidInput) as refused:
        polls.vote(sessions, poll_id, absent, "A")
    assert refused.value.code == "organisation_not_present"
    with pytest.raises(NotFound):
        polls.vote(sessions, poll_id, "Gibt es nicht", "A")
    assert polls.results(sessions, poll_id).total == 0


def test_undo_of_a_correction_puts_the_first_vote_back_and_undo_of_a_vote_removes_it(demo):
    sessions, gera, _ = demo
    [org] = _present(sessions, gera, 1)
    poll_id = polls.add_poll(sessions, gera, "Frage?", ["Ja", "Nein"]).value
    first = polls.vote(sessions, poll_id, org, "Ja")
    second = polls.vote(sessions, poll_id, org, "Nein")
    assert _votes(second.reverse.call().value) == {"Ja": 1, "Nein": 0}
    assert _votes(first.reverse.call().value) == {"Ja": 0, "Nein": 0}


def test_show_of_hands_counts_per_option_and_refuses_votes(demo):
    sessions, gera, _ = demo
    poll_id = polls.add_poll(sessions, gera, "Zufrieden?", ["Ja", "Nein"], mode="count").value
    polls.count(sessions, poll_id, "Ja", 7)
    done = polls.count(sessions, poll_id, "Nein", 2)
    assert _votes(done.value) == {"Ja": 7, "Nein": 2}
    assert _votes(done.reverse.call().value) == {"Ja": 7, "Nein": 0}
    [org] = _present(sessions, gera, 1)
    with pytest.raises(InvalidInput) as refused:
        polls.vote(sessions, poll_id, org, "Ja")
    assert refused.value.code == "poll_counts_hands"
    with pytest.raises(InvalidInput):
        polls.count(sessions, poll_id, "Vielleicht", 1)


@pytest.mark.parametrize(
    ("question", "options", "code"),
    [
        (" ", ["Ja", "Nein"], "required"),
        ("Frage?", ["Ja"], "poll_needs_two_options"),
        ("Frage?", ["Ja", " ja "], "poll_option_twice"),
        ("Frage?", ["Ja", ""], "required"),
    ],
)
def test_a_poll_without_question_or_two_different_options_is_refused(demo, question, options, code):
    sessions, gera, _ = demo
    with pytest.raises(InvalidInput) as refused:
        polls.add_poll(sessions, gera, question, options)
    assert refused.value.code == code
    assert polls.event_polls(sessions, gera) == []


def test_poll_results_come_in_agenda_order_then_creation_order(demo):
    sessions, gera, _ = demo
    items = agenda.list_agenda(sessions, gera)
    late = polls.add_poll(sessions, gera, "Zum Schluss?", ["a", "b"], items[-1].id).value
    loose = polls.add_poll(sessions, gera, "Ohne Punkt?", ["a", "b"]).value
    early = polls.add_poll(sessions, gera, "Am Anfang?", ["a", "b"], items[0].id).value
    with sessions.begin() as session:
        found = polls.poll_results(session, gera)
    assert [r.poll_id for r in found] == [early, late, loose]
    assert found[0].agenda_item_title == items[0].title
    agenda.move_item(sessions, gera, items[-1].id, -len(items))  # the last item goes first
    with sessions.begin() as session:
        assert [r.poll_id for r in polls.poll_results(session, gera)] == [late, early, loose]


def test_an_agenda_item_of_another_event_is_refused_and_undo_of_add_deletes(demo):
    sessions, gera, muehlhausen = demo
    other = agenda.add_item(sessions, muehlhausen, AgendaItemInput("Dort", 10)).value
    with pytest.raises(NotFound):
        polls.add_poll(sessions, gera, "Frage?", ["a", "b"], other)
    done = polls.add_poll(sessions, gera, "Frage?", ["a", "b"])
    done.reverse.call()
    assert polls.event_polls(sessions, gera) == []


def test_a_deleted_poll_comes_back_with_its_votes_on_undo_and_both_are_audited(demo):
    sessions, gera, _ = demo
    first, second = _present(sessions, gera)
    item_id = agenda.list_agenda(sessions, gera)[1].id
    poll_id = polls.add_poll(sessions, gera, "Mehrwert?", ["Ja", "Nein"], item_id).value
    polls.vote(sessions, poll_id, first, "Ja")
    polls.vote(sessions, poll_id, second, "Nein")
    deleted = polls.delete_poll(sessions, poll_id, "Anna")
    assert polls.event_polls(sessions, gera) == []
    back = deleted.reverse.call().value
    assert back == poll_id
    restored = polls.results(sessions, poll_id)
    assert _votes(restored) == {"Ja": 1, "Nein": 1} and restored.agenda_item_id == item_id
    actions = [(r.action, r.actor) for r in audit.list_entries(sessions)][:2]
    assert actions == [("poll_restore", "Anna"), ("poll_delete", "Anna")]
