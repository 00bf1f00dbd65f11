"""Ranked matches (issue 25 items 5 and 1): on the demo's survey the order says something
(every pair used to have "shared: 1"), being here today counts, and the desk's look-up for
one person is a single query."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from smartnet_desktop.db import engine_of
from smartnet_desktop.domain.errors import NotFound
from smartnet_desktop.services import attendees, checkin, matches

BECKEN = 'Zweckverband Allianz "Thüringer Becken"'


def _check_in(sessions, event_id, *family_names):
    rows = {r.family_name: r for r in attendees.list_attendees(sessions, event_id)}
    for name in family_names:
        checkin.check_in(sessions, rows[name].registration_id, "Desk 1")
    return rows


def test_the_demo_survey_is_ranked_by_the_offering_sides_experience(demo):
    sessions, _, _ = demo
    mobility = matches.potential_matches(sessions, "Mobilität")
    # The Allianz needs mobility; four offer it. Their own ratings decide the order:
    # 2 (much experience) before 3 before no rating at all.
    assert [(m.offer, m.score.offer_rating) for m in mobility] == [
        ("Bauhaus.MobilityLab", 2),
        ("Stadt Ilmenau", 2),
        ("Fachhochschule Erfurt", 3),
        ("Technische Universität Ilmenau", None),
    ]
    points = [m.points for m in mobility]
    assert points == sorted(points, reverse=True) and len(set(points)) == 3
    assert mobility[0].why == "braucht Unterstützung (stark), bietet viel Erfahrung (2)"
    assert mobility[-1].why.endswith("bietet Hilfe (Erfahrung nicht bewertet)")
    every = matches.potential_matches(sessions)
    assert len({m.points for m in every}) > 3  # no longer one figure for every pair


def test_in_english_the_reason_is_english(demo):
    sessions, _, _ = demo
    best = matches.potential_matches(sessions, "Mobilität", language="en")[0]
    assert best.why == "needs support (strong), offers much experience (2)"


def test_a_pair_that_is_here_today_comes_first(demo):
    sessions, gera, _ = demo
    _check_in(sessions, gera, "Ackerbauer", "Lindqvist")  # the Allianz, FH Erfurt
    mobility = matches.potential_matches(sessions, "Mobilität", event_id=gera)
    assert mobility[0].offer == "Fachhochschule Erfurt"  # rated 3, but here
    assert mobility[0].score.both_here and mobility[0].why.endswith("beide heute hier")
    assert not any(m.score.both_here for m in mobility[1:])
    assert [m.offer_here for m in mobility] == [("jemand von Fachhochschule Erfurt",), (), (), ()]


def test_before_the_meeting_registered_people_count_as_here(demo):
    sessions, _, muehlhausen = demo
    found = matches.present_matches(sessions, muehlhausen, registered=True)
    assert found and all(m.score.both_here for m in found)
    assert all(m.why.endswith("beide angemeldet") for m in found)
    assert matches.present_matches(sessions, muehlhausen) == []  # nobody checked in yet
    points = [m.points for m in found]
    assert points == sorted(points, reverse=True)  # best first across topics


def test_an_unknown_meeting_is_said(demo):
    sessions, _, _ = demo
    with pytest.raises(NotFound):
        matches.present_matches(sessions, 999)


def test_the_desks_look_up_is_one_query_and_gives_the_best_three_here(demo):
    sessions, gera, _ = demo
    rows = _check_in(
        sessions, gera, "Ackerbauer", "Lindqvist", "Häberle", "Fahrwerk", "Öztürk-Fiktiv"
    )
    statements = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    engine = engine_of(sessions)
    event.listen(engine, "before_cursor_execute", seen)
    try:
        found = matches.matches_here_for(sessions, gera, rows["Ackerbauer"].person_id)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    assert len(found) == 3
    assert all(BECKEN in (m.need, m.offer) and m.score.both_here for m in found)
    here = {"Fachhochschule Erfurt", "Stadt Ilmenau", "Bauhaus.MobilityLab", "Stadt Weida"}
    assert all({m.need, m.offer} - {BECKEN} <= here for m in found)
    points = [m.points for m in found]
    assert points == sorted(points, reverse=True)
    everything = [m for m in matches.present_matches(sessions, gera) if BECKEN in (m.need, m.offer)]
    assert [(m.topic, m.need, m.offer) for m in found] == [
        (m.topic, m.need, m.offer) for m in everything[:3]
    ]  # the same ranking as the full list


def test_nobody_of_another_organisation_here_gives_nothing_for_the_card(demo):
    sessions, gera, _ = demo
    rows = _check_in(sessions, gera, "Ackerbauer")
    assert matches.matches_here_for(sessions, gera, rows["Ackerbauer"].person_id) == []
    loner = _check_in(sessions, gera, "Ohneorga")["Ohneorga"]  # no organisation at all
    assert matches.matches_here_for(sessions, gera, loner.person_id) == []
