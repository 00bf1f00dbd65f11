"""The printed outputs' words come from the translation file (context "Reports"), and the
PDFs read as they did when the words were dicts in the code: German by default and for any
language but English, English for "en"."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from smartnet_desktop.badges.layouts import get_layout
from smartnet_desktop.badges.render import CALIBRATION_TEXT, render_calibration
from smartnet_desktop.reports import agenda as agenda_pdf
from smartnet_desktop.reports import (
    checkin_list,
    network_labels,
    network_pdf,
    page_frame,
    photo_list,
    survey_report,
    wording,
)
from smartnet_desktop.reports.network_pdf import render_steckbriefe
from smartnet_desktop.reports.profile_site import render_site
from smartnet_desktop.reports.survey_report import render_survey_report
from smartnet_desktop.services import agenda, events
from smartnet_desktop.services.attendees import list_attendees
from smartnet_desktop.services.consent import photo_objectors
from smartnet_desktop.services.matches import matches_in
from smartnet_desktop.services.organizations import profiles
from smartnet_desktop.services.survey import summary

PRINTED_AT = datetime(2022, 8, 30, 9, 15)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in _strings(item)]


def test_every_word_of_the_outputs_has_a_finished_german_entry():
    english = _strings(
        [
            agenda_pdf.LABELS,
            photo_list.LABELS,
            checkin_list.LABELS,
            network_labels.LABELS,
            network_pdf.BOOKLET_LABELS,
            survey_report.SURVEY_LABELS,
            page_frame.LABELS,
            CALIBRATION_TEXT,
        ]
    )
    german = wording._german()
    assert sorted(set(english) - set(german)) == []
    assert all(german[text].strip() for text in english)


def test_words_are_a_fresh_copy_in_either_language():
    for language in ("de", "en"):
        words = wording.words(language, checkin_list.LABELS)
        words["heading"] = "changed"
        assert checkin_list.LABELS["heading"] == "Check-in list"


@pytest.mark.parametrize("language", ["de", "fr", "en"])
def test_the_lists_and_the_handout_read_as_before(demo, language):
    sessions, gera, _ = demo
    event = events.get_event(sessions, gera)
    handout = _text(agenda_pdf.render_agenda(event, agenda.list_agenda(sessions, gera), language))
    objectors = photo_objectors(sessions, gera)
    photos = _text(photo_list.render_photo_list(event, objectors, PRINTED_AT, language))
    nobody = _text(photo_list.render_photo_list(event, [], PRINTED_AT, language))
    paper = " ".join(  # its narrow columns wrap "keine Fotos"
        _text(
            checkin_list.render_checkin_list(
                event, list_attendees(sessions, gera), PRINTED_AT, language
            )
        ).split()
    )
    calibration = _text(render_calibration(get_layout("a4-insert-90x55"), language=language))
    if language == "en":
        assert "30 August 2022, 10:00–15:30\n" in handout
        assert "Agenda" in handout and "Notices" in handout and "Page 1" in handout
        assert "Host: Stadt Gera · Organiser: Digitalagentur Thüringen" in handout
        assert "Please do not photograph" in photos and f"{len(objectors)} people" in photos
        assert "As of 30.08.2022, 09:15" in photos
        assert "Nobody has objected to being photographed." in nobody
        assert "Check-in list" in paper and "no photos" in paper and "Photos" in paper
        assert "Calibration page: " in calibration
    else:  # German, also for a language the outputs do not speak
        assert "30.08.2022, 10:00–15:30 Uhr" in handout
        assert "Tagesordnung" in handout and "Hinweise" in handout and "Seite 1" in handout
        assert "Gastgeber: Stadt Gera · Veranstalter: Digitalagentur Thüringen" in handout
        assert "Bitte nicht fotografieren" in photos and f"{len(objectors)} Personen" in photos
        assert "Stand: 30.08.2022, 09:15 Uhr" in photos
        assert "Niemand hat der Aufnahme widersprochen." in nobody
        assert "Check-in-Liste" in paper and "keine Fotos" in paper and "Fotos" in paper
        assert "Kalibrierseite: " in calibration
        assert "Die Kreuze sollten 10 mm von den Blatträndern entfernt sein." in calibration


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_network_outputs_read_as_before(demo, language):
    sessions, _gera, _ = demo
    with sessions() as session:
        found, matches = profiles(session), matches_in(session)
    booklet = _text(render_steckbriefe(found, language))
    report = _text(render_survey_report(summary(sessions), found, matches, "Titel", language))
    site = "\n".join(html for _path, html in render_site(found, language))
    if language == "de":
        assert "Netzwerk Smart Cities / Smart Regions in Thüringen" in booklet
        assert "Wir bieten" in booklet and "Ansprechperson" in booklet and "Einwohner" in booklet
        assert "Umfrageergebnisse – Titel" in report and "Potenzielle Matches" in report
        assert "Erfahrungen in Handlungsfeldern: Durchschnitt 3,07" in report
        assert "Steckbriefe" in site and "Alle Steckbriefe" in site and "Kommune" in site
    else:
        assert "Smart Cities / Smart Regions network in Thuringia" in booklet
        assert "We offer" in booklet and "Contact" in booklet and "Population" in booklet
        assert "Survey results – Titel" in report and "Potential matches" in report
        assert "Experience in fields of action: Average 3.07" in report
        assert "Profiles" in site and "All profiles" in site and "Municipality" in site
