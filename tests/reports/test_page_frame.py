"""Issue 23 item 15: every PDF the program prints has the same foot line ("Seite x von y",
"Stand: 30.11.2026, 17:23 Uhr"), its document language (/Lang de-DE, en-GB for English)
and document information, and breaks long German words with a hyphen, never mid-word
without one. Read back through pypdfium2 (text, positions) and pypdf (/Lang, info)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from smartnet_desktop.badges.layouts import get_layout
from smartnet_desktop.badges.render import render_badges, render_calibration
from smartnet_desktop.reports.agenda import render_agenda
from smartnet_desktop.reports.checkin_list import render_checkin_list
from smartnet_desktop.reports.network_pdf import render_steckbriefe
from smartnet_desktop.reports.page_frame import _hyphenator
from smartnet_desktop.reports.photo_list import render_photo_list
from smartnet_desktop.reports.survey_report import render_survey_report
from smartnet_desktop.services import agenda, badges, events
from smartnet_desktop.services.attendees import list_attendees
from smartnet_desktop.services.consent import photo_objectors
from smartnet_desktop.services.matches import matches_in
from smartnet_desktop.services.organizations import profiles
from smartnet_desktop.services.survey import summary
from tests.reports.pdf_reading import A4_HEIGHT, all_text, find, info, language, page_texts

PRINTED_AT = datetime(2026, 11, 30, 17, 23)
LONG_WORD = "Wirtschaftsförderungsgesellschaft"


def _reports(demo, lang: str) -> dict[str, bytes]:
    """Every A4 report of the demo meeting, printed at PRINTED_AT."""
    sessions, gera, _ = demo
    event = events.get_event(sessions, gera)
    with sessions() as session:
        found, matches = profiles(session), matches_in(session)
    items = agenda.list_agenda(sessions, gera)
    attendees = list_attendees(sessions, gera)
    return {
        "agenda": render_agenda(event, items, lang, None, PRINTED_AT),
        "checkin": render_checkin_list(event, attendees, PRINTED_AT, lang),
        "photos": render_photo_list(event, photo_objectors(sessions, gera), PRINTED_AT, lang),
        "survey": render_survey_report(
            summary(sessions), found, matches, event.title, lang, PRINTED_AT
        ),
        "profiles": render_steckbriefe(found, lang, "Digitalagentur", PRINTED_AT),
    }


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_report_has_the_same_foot_line_on_every_page(demo, lang):
    page_word, as_of = (
        ("Seite {page} von {pages}", "Stand: 30.11.2026, 17:23 Uhr")
        if lang == "de"
        else ("Page {page} of {pages}", "As of 30.11.2026, 17:23")
    )
    for name, pdf in _reports(demo, lang).items():
        pages = len(page_texts(pdf))
        for page in range(1, pages + 1):
            numbers = [b for b in find(pdf, page_word.format(page=page, pages=pages))]
            stamps = [b for b in find(pdf, as_of) if b.page == page]
            assert [b.page for b in numbers] == [page], name
            # the foot: below the text frame, the page number above the date, both right
            assert numbers[0].top > A4_HEIGHT - 57 and stamps[-1].top > numbers[0].top, name
            assert abs(numbers[0].right - stamps[-1].right) < 1 and numbers[0].right > 530, name


@pytest.mark.parametrize("lang, tag", [("de", "de-DE"), ("en", "en-GB"), ("fr", "de-DE")])
def test_every_pdf_names_its_language_and_its_maker(demo, lang, tag):
    sessions, gera, _ = demo
    pdfs = _reports(demo, lang)
    pdfs["calibration"] = render_calibration(get_layout("a4-insert-90x55"), language=lang)
    for name, pdf in pdfs.items():
        assert language(pdf) == tag, name
        assert info(pdf)["/Creator"] == "SmartNet Desktop", name
        assert info(pdf)["/Title"], name
    data = badges.badge_data(sessions, gera)
    sheet = render_badges(data, get_layout("a4-insert-90x55")).pdf
    assert language(sheet) == "de-DE"  # the badges speak German, whatever the window does
    assert info(sheet)["/Title"] == "Namensschilder"
    assert info(sheet)["/Creator"] == "SmartNet Desktop"


def test_the_title_is_the_documents_title(demo):
    pdfs = _reports(demo, "de")
    assert (
        info(pdfs["agenda"])["/Title"]
        == "4. Netzwerktreffen Smart Cities / Smart Regions in Thüringen"
    )
    assert info(pdfs["survey"])["/Title"].startswith("Umfrageergebnisse – 4. Netzwerktreffen")
    assert info(pdfs["profiles"])["/Title"] == "Steckbriefe"


def _broken_without_hyphen(text: str, word: str) -> list[str]:
    return [
        f"{word[:i]}|{word[i:]}"
        for i in range(1, len(word))
        if f"{word[:i]}\n{word[i:]}" in text or f"{word[:i]}\r\n{word[i:]}" in text
    ]


def _hyphenated(text: str, word: str) -> list[str]:
    """The ways `word` stands broken with a hyphen at a line's end (pdfium reports a
    hyphen at a line's end as U+FFFE, a plain one followed by a line break otherwise)."""
    return [
        f"{word[:i]}-{word[i:]}"
        for i in range(1, len(word))
        if any(f"{word[:i]}{mark}{word[i:]}" in text for mark in ("\ufffe", "-\n", "-\r\n"))
    ]


def test_a_long_german_word_breaks_with_a_hyphen_where_german_allows(demo):
    """The survey report's narrow organisation column holds "Wirtschaftsförderungs-
    gesellschaft Jena mbH" (it broke as "…gesellschaf/t" before); so do the check-in list
    and the survey's table of needs."""
    sessions, gera, _ = demo
    event = events.get_event(sessions, gera)
    rows = list_attendees(sessions, gera)
    longer = [replace(r, organization=f"{LONG_WORD}smbH {LONG_WORD}") for r in rows[:3]]
    checkin = all_text(render_checkin_list(event, longer, PRINTED_AT, "de"))
    with sessions() as session:
        found, matches = profiles(session), matches_in(session)
    survey = all_text(render_survey_report(summary(sessions), found, matches, "T", "de"))
    for text in (checkin, survey):
        assert _broken_without_hyphen(text, LONG_WORD) == []
        breaks = _hyphenated(text, LONG_WORD)
        assert breaks, "the word did not need breaking: make the column narrower"
        allowed = {f"{head}-{tail}" for head, tail in _hyphenator("de")(LONG_WORD)}
        assert set(breaks) <= allowed


def test_german_breaks_leave_no_single_letter_and_no_syllable_without_a_vowel():
    """LibreOffice's German dictionary read by pyphen also offers "Zu-sam-me-n-a-r-beit",
    "Deut-sch-land" and "EU-E-bene": none of those breaks is used."""
    splits = _hyphenator("de")
    assert {head for head, _ in splits("Zusammenarbeit")} <= {"Zusam", "Zu"}
    assert splits("Deutschland") == []
    assert ("EU-", "Ebene") in splits("EU-Ebene")
    assert ("EU-E", "bene") not in splits("EU-Ebene")
    assert ("Wirtschafts", "förderungsgesellschaft") in splits(LONG_WORD)
