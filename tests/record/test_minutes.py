"""The minutes (issue 26 item 4): the PDF's text read back (pypdfium2) names every
organisation present and the people whose contact sharing is granted, never the others,
who are counted; the draft is editable until it is final; writing it is audited."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.minutes_rows import Attendance, MinutesData
from smartnet_desktop.domain.models import AuditEntry
from smartnet_desktop.domain.network_rows import Match
from smartnet_desktop.domain.record_rows import (
    AgendaNoteRow,
    PollOptionResult,
    PollResult,
    SuggestionRow,
)
from smartnet_desktop.domain.rows import AgendaItemInput, EventRow
from smartnet_desktop.reports.minutes import render_minutes
from smartnet_desktop.services import agenda, minutes
from tests.record.meeting import GRANTED, NOT_GRANTED, make_meeting
from tests.reports.pdf_reading import all_text


@pytest.fixture
def meeting(sessions):
    return make_meeting(sessions)


def _flat(pdf: bytes) -> str:
    """The text with line breaks as spaces (a name may wrap)."""
    return " ".join(all_text(pdf).split())


def test_attendance_names_the_granted_and_counts_the_others(meeting, tmp_path):
    """Present: Anna and Łucja (granted), Bernd (objected), Clara (never asked), Dora
    (granted, then withdrawn); Emil and Frieda were granted but did not come."""
    data = minutes.write_minutes(meeting.sessions, meeting.previous, tmp_path / "p.pdf")
    text = _flat((tmp_path / "p.pdf").read_bytes())
    for organisation in ("Stadt Gera", "Hochschule Nordhausen", "Landkreis Greiz", "Stadt Jena"):
        assert organisation in text
    assert "Dr. Anna Beispiel (Stadt Gera)" in text
    assert "Prof. Łucja Żółćińska (Hochschule Nordhausen)" in text
    for name in NOT_GRANTED:
        assert name.split()[1] not in text
    assert "Emil" not in text and "Frieda" not in text  # absent: not in the minutes
    assert "sowie 3 weitere Teilnehmende" in text
    assert "Anwesende Organisationen (4)" in text
    assert data.attendance.named == (
        "Dr. Anna Beispiel (Stadt Gera)",
        "Prof. Łucja Żółćińska (Hochschule Nordhausen)",
    )
    assert "Protokoll (Entwurf)" in text
    assert "Nächstes Netzwerktreffen: 15. Juni 2023, Jena" in text
    assert set(GRANTED) > {"Anna Beispiel"}


EVENT = EventRow(
    1,
    5,
    "5. Netzwerktreffen",
    date(2022, 12, 8),
    "Rathaus",
    "Mühlhausen",
    "",
    "Stadt Mühlhausen",
    "Digitalagentur",
    time(10),
    time(15),
)


def _data(**changes) -> MinutesData:
    agenda_rows = (
        agenda.AgendaRow(
            7, 1, 1, time(10), time(10, 20), None, 20, "Begrüßung", "", "", "", "talk"
        ),
        agenda.AgendaRow(
            8,
            1,
            2,
            time(10, 20),
            time(11),
            None,
            40,
            "Abstimmung weiteres Vorgehen",
            "",
            "",
            "",
            "talk",
        ),
    )
    base = MinutesData(
        EVENT,
        Attendance(("Stadt Gera", "Stadt Jena"), ("Dr. Anna Beispiel (Stadt Gera)",), 4),
        agenda=agenda_rows,
        notes=(
            AgendaNoteRow(
                8, 2, "Abstimmung weiteres Vorgehen", "Arbeitsgruppe Mobilität gegründet"
            ),
        ),
        polls=(
            PollResult(
                1,
                "Mehrwert für Kommunen?",
                "organisation",
                (PollOptionResult("Ja", 9), PollOptionResult("Nein", 2)),
                8,
                "Abstimmung weiteres Vorgehen",
            ),
        ),
        matches=(Match("Mobilität", "Stadt Jena", "Stadt Gera", 1),),
        suggestions=(SuggestionRow(1, "Treffen auch online anbieten", "Stadt Jena"),),
        introduction="Das Treffen fand in angenehmer Atmosphäre statt.",
        closing="Vielen Dank an die Gastgeber.",
    )
    return replace(base, **changes)


def test_every_section_of_the_minutes_is_drawn_from_plain_rows(tmp_path):
    pdf = render_minutes(_data())
    text = _flat(pdf)
    for part in (
        "Das Treffen fand in angenehmer Atmosphäre statt.",
        "Dr. Anna Beispiel (Stadt Gera) sowie 4 weitere Teilnehmende",
        "10:20–11:00 2. Abstimmung weiteres Vorgehen",
        "Arbeitsgruppe Mobilität gegründet",
        "Meinungsbilder",
        "Mehrwert für Kommunen? (Abstimmung weiteres Vorgehen)",
        "eine Stimme je anwesender Organisation · 11 Stimmen",
        "Stadt Gera kann Stadt Jena unterstützen: Mobilität",
        "Vorschläge zur Weiterentwicklung der Netzwerktreffen",
        "Treffen auch online anbieten (Stadt Jena)",
        "Vielen Dank an die Gastgeber.",
    ):
        assert part in text, part
    assert text.index("Ja") < text.index("Nein")
    (tmp_path / "minutes.pdf").write_bytes(pdf)


@pytest.mark.parametrize(
    ("named", "unnamed", "expected"),
    [
        (
            ("Dr. Anna Beispiel (Stadt Gera)",),
            1,
            "Dr. Anna Beispiel (Stadt Gera) sowie eine weitere teilnehmende Person",
        ),
        ((), 4, "4 Teilnehmende"),
        ((), 1, "eine teilnehmende Person"),
    ],
)
def test_the_count_sentence(named, unnamed, expected):
    data = _data(attendance=Attendance(("Stadt Gera",), named, unnamed))
    assert expected in _flat(render_minutes(data))


def test_english_minutes(tmp_path):
    text = _flat(render_minutes(_data(), "en"))
    assert "Minutes (draft)" in text and "and 4 further participants" in text


def test_draft_text_is_kept_until_final_then_frozen_until_reopened(meeting, tmp_path):
    sessions, event = meeting.sessions, meeting.previous
    minutes.save_draft(sessions, event, "Einleitung des Entwurfs", "Schlusswort", by="Eva")
    assert minutes.gather_minutes(sessions, event).introduction == "Einleitung des Entwurfs"
    assert minutes.final_minutes_pdf(sessions, event) is None
    minutes.write_minutes(sessions, event, tmp_path / "final.pdf", final=True, by="Eva")
    frozen = (tmp_path / "final.pdf").read_bytes()
    assert minutes.final_minutes_pdf(sessions, event) == frozen
    text = _flat(frozen)
    assert "(Entwurf)" not in text and "Einleitung des Entwurfs" in text
    assert "Endgültig seit" in text
    with pytest.raises(InvalidInput):
        minutes.save_draft(sessions, event, "geändert", "")
    # the meeting changes afterwards: the final minutes stay as they were written
    agenda.add_item(sessions, event, AgendaItemInput("Nachträglicher Punkt"))
    minutes.write_minutes(sessions, event, tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == frozen
    minutes.reopen(sessions, event, by="Eva")
    assert minutes.final_minutes_pdf(sessions, event) is None
    minutes.save_draft(sessions, event, "geändert", "")
    minutes.write_minutes(sessions, event, tmp_path / "draft.pdf")
    assert "Nachträglicher Punkt" in _flat((tmp_path / "draft.pdf").read_bytes())
    with pytest.raises(InvalidInput):
        minutes.reopen(sessions, event)  # a draft cannot be reopened
    with sessions() as session:
        actions = [
            (e.action, e.actor, json.loads(e.details).get("what"))
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
            if e.action.startswith(("minutes", "export"))
        ]
    assert actions == [
        ("minutes_draft", "Eva", None),
        ("export", "Eva", "minutes"),
        ("minutes_final", "Eva", None),
        ("export", "", "minutes"),
        ("minutes_reopened", "Eva", None),
        ("minutes_draft", "", None),
        ("export", "", "minutes"),
    ]


def test_an_erased_person_leaves_the_minutes_of_their_meeting(meeting, tmp_path):
    """Art. 17: final minutes that named the person are dropped (a draft again, rebuilt
    without them) and the organiser's text loses their name."""
    from smartnet_desktop.services import privacy

    sessions, event = meeting.sessions, meeting.previous
    minutes.save_draft(sessions, event, "Anna Beispiel eröffnete das Treffen.", "")
    minutes.write_minutes(sessions, event, tmp_path / "final.pdf", final=True)
    assert "Anna Beispiel" in _flat((tmp_path / "final.pdf").read_bytes())
    privacy.erase_person(sessions, meeting.person_ids["Anna Beispiel"], by="DSB")
    assert minutes.final_minutes_pdf(sessions, event) is None
    data = minutes.gather_minutes(sessions, event)
    assert data.introduction == "[gelöscht] eröffnete das Treffen." and not data.final
    text = _flat(minutes.preview_minutes(sessions, event))
    assert "Anna" not in text and "Beispiel" not in text
    assert "Łucja Żółćińska" in text


def test_the_minutes_carry_the_meetings_polls_notes_and_suggestions(meeting, tmp_path):
    """What was kept during the meeting (issue 26 items 2, 3) is in the minutes."""
    from smartnet_desktop.services import agenda_notes, polls, suggestions

    sessions, event_id = meeting.sessions, meeting.previous
    item = agenda.add_item(
        sessions, event_id, AgendaItemInput(title="Abstimmung weiteres Vorgehen")
    ).value
    agenda_notes.set_note(sessions, item, "Arbeitsgruppe Mobilität gründet sich im Frühjahr.")
    poll = polls.add_poll(
        sessions, event_id, "Mehrwert für Kommunen?", ["Ja", "Nein"], agenda_item_id=item
    ).value
    polls.vote(sessions, poll, "Stadt Gera", "Ja")
    polls.vote(sessions, poll, "Landkreis Greiz", "Ja")
    suggestions.add_suggestion(sessions, event_id, "Treffen zweimal im Jahr")
    data = minutes.write_minutes(sessions, event_id, tmp_path / "p.pdf")
    assert [(p.question, [(o.option, o.votes) for o in p.options]) for p in data.polls] == [
        ("Mehrwert für Kommunen?", [("Ja", 2), ("Nein", 0)])
    ]
    text = _flat((tmp_path / "p.pdf").read_bytes())
    for expected in (
        "Arbeitsgruppe Mobilität gründet sich im Frühjahr.",
        "Mehrwert für Kommunen?",
        "Treffen zweimal im Jahr",
    ):
        assert expected in text


def test_organisation_names_are_typeset_with_german_quotes():
    allianz = 'Zweckverband Allianz "Thüringer Becken"'
    data = _data(
        attendance=Attendance((allianz, "Stadt Gera"), (f"Anna Beispiel ({allianz})",), 0),
        matches=(Match("Mobilität", allianz, "Stadt Gera", 1),),
    )
    text = _flat(render_minutes(data))
    assert '"' not in text
    assert "Anna Beispiel (Zweckverband Allianz „Thüringer Becken“)" in text
    assert "Stadt Gera kann Zweckverband Allianz „Thüringer Becken“ unterstützen" in text
