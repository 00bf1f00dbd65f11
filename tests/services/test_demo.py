from __future__ import annotations

import pytest

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.services import agenda, attendees, events
from smartnet_desktop.services.demo import load_demo


def test_demo_holds_the_gera_meeting_and_the_next_one(demo):
    sessions, gera, muehlhausen = demo
    gera_event = events.get_event(sessions, gera)
    assert gera_event.title.startswith("4. Netzwerktreffen")
    assert gera_event.date.isoformat() == "2022-08-30"
    assert gera_event.host == "Stadt Gera"
    assert events.get_event(sessions, muehlhausen).town == "Mühlhausen"
    titles = [item.title for item in agenda.list_agenda(sessions, gera)]
    assert titles == [
        "Begrüßung",
        "Gemeinsamer Rundgang durch die Smart City Gera",
        "Neues aus Brüssel",
        "Umfrageergebnisse und Abstimmung weiteres Vorgehen",
        "Sonstiges",
        "Get-together / Ausklang",
    ]
    names = {r.display_name for r in attendees.list_attendees(sessions, gera)}
    assert len(names) == 40
    assert (
        any("Ł" in n for n in names)
        and any("Ș" in n for n in names)
        and any("ễ" in n for n in names)
    )


def test_demo_cannot_be_loaded_twice(demo):
    sessions, _, _ = demo
    with pytest.raises(InvalidInput):
        load_demo(sessions)
