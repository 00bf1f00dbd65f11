"""What the publications print about the network comes from the network's settings and the
events, not from constants: the office named on a profile without a contact person, and
the meeting whose title heads the survey report. The demo keeps its 2022 wording."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import NotFound
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import events, network_settings
from smartnet_desktop.services.publishing import write_site, write_steckbriefe, write_survey_report

GERA_TITLE = "4. Netzwerktreffen Smart Cities / Smart Regions in Thüringen"


def _pdf_text(path) -> str:
    """The words of a PDF, wrapped lines joined."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _page(site, slug: str = "ilmenau") -> str:
    return (site / slug / "index.html").read_text("utf-8")


def test_the_demo_prints_what_it_printed_before(demo, tmp_path):
    sessions, _, _ = demo
    write_site(sessions, tmp_path / "site")
    assert "Ansprechperson über die Digitalagentur" in _page(tmp_path / "site")
    write_site(sessions, tmp_path / "site-en", language="en")
    assert "Contact through the Digitalagentur" in _page(tmp_path / "site-en")
    write_survey_report(sessions, tmp_path / "umfrage.pdf")
    assert f"Umfrageergebnisse – {GERA_TITLE}" in _pdf_text(tmp_path / "umfrage.pdf")


def test_the_office_is_the_networks_setting(demo, tmp_path):
    sessions, _, _ = demo
    network_settings.set_contact_office(sessions, "Koordinierungsstelle")
    write_site(sessions, tmp_path / "site")
    assert "Ansprechperson über die Koordinierungsstelle" in _page(tmp_path / "site")
    assert "Digitalagentur" not in _page(tmp_path / "site")
    write_steckbriefe(sessions, tmp_path / "steckbriefe.pdf")
    assert "Ansprechperson über die Koordinierungsstelle" in _pdf_text(tmp_path / "steckbriefe.pdf")
    network_settings.set_contact_office(sessions, "")
    write_site(sessions, tmp_path / "site", language="en")
    assert "Contact through the network&#x27;s office" in _page(tmp_path / "site")


def test_the_survey_report_is_headed_by_its_meeting(demo, tmp_path):
    sessions, _, muehlhausen = demo
    network_settings.set_survey_event(sessions, muehlhausen)
    write_survey_report(sessions, tmp_path / "a.pdf")
    assert "Umfrageergebnisse – 5. Netzwerktreffen" in _pdf_text(tmp_path / "a.pdf")
    write_survey_report(sessions, tmp_path / "b.pdf", "Sondersitzung")  # given: as given
    assert "Umfrageergebnisse – Sondersitzung" in _pdf_text(tmp_path / "b.pdf")
    with pytest.raises(NotFound):
        network_settings.set_survey_event(sessions, 9999)


def test_without_a_chosen_meeting_the_newest_heads_the_report(sessions, tmp_path):
    events.create_event(sessions, EventInput("6. Netzwerktreffen", date(2023, 3, 9), "Jena"))
    events.create_event(sessions, EventInput("7. Netzwerktreffen", date(2023, 6, 1), "Erfurt"))
    write_survey_report(sessions, tmp_path / "umfrage.pdf")
    assert "Umfrageergebnisse – 7. Netzwerktreffen" in _pdf_text(tmp_path / "umfrage.pdf")


def test_the_command_line_stores_both_settings(demo, db_path, tmp_path):
    sessions, _, muehlhausen = demo
    db = ["--db", str(db_path)]
    site = tmp_path / "site"
    assert main([*db, "profiles", "site", "--out", str(site), "--contact-office", "Büro"]) == 0
    assert "Ansprechperson über die Büro" in _page(site)
    out = tmp_path / "umfrage.pdf"
    assert main([*db, "survey", "report", "--out", str(out), "--event", str(muehlhausen)]) == 0
    assert "Umfrageergebnisse – 5. Netzwerktreffen" in _pdf_text(out)
    assert main([*db, "survey", "report", "--out", str(out), "--event", "9999"]) == 2


def test_a_bad_office_name_is_refused_in_words(sessions):
    from smartnet_desktop.domain.errors import InvalidInput
    from smartnet_desktop.messages import format_error

    with pytest.raises(InvalidInput) as refused:
        network_settings.set_contact_office(sessions, "x" * 201)
    assert format_error(refused.value) == "Contact office of the network: at most 200 characters."


def test_the_pdfs_name_the_network_as_its_setting_says(demo, tmp_path):
    """The network's name on the booklet's cover and foot line and on the survey report is
    the setting the site shows (`profiles settings --network`), not a fixed wording."""
    sessions, _, _ = demo
    network_settings.set_site_identity(sessions, network="Netzwerk Smarte Saale")
    write_steckbriefe(sessions, tmp_path / "steckbriefe.pdf")
    reader = PdfReader(tmp_path / "steckbriefe.pdf")
    assert "Netzwerk Smarte Saale" in reader.pages[0].extract_text()  # the cover
    assert "Netzwerk Smarte Saale" in reader.pages[-1].extract_text()  # the foot line
    assert "Smart Regions" not in _pdf_text(tmp_path / "steckbriefe.pdf")
    assert reader.metadata.subject == "Netzwerk Smarte Saale"
    write_survey_report(sessions, tmp_path / "umfrage.pdf")
    assert "Netzwerk Smarte Saale" in _pdf_text(tmp_path / "umfrage.pdf")


def test_without_a_network_name_the_pdfs_use_the_wording(demo, tmp_path):
    sessions, _, _ = demo
    network_settings.set_site_identity(sessions, network="")
    write_steckbriefe(sessions, tmp_path / "steckbriefe.pdf")
    cover = PdfReader(tmp_path / "steckbriefe.pdf").pages[0].extract_text()
    assert "Smart Cities / Smart Regions" in " ".join(cover.split())
    write_survey_report(sessions, tmp_path / "umfrage.pdf", "Sondersitzung")
    assert "Smart Cities / Smart Regions" in _pdf_text(tmp_path / "umfrage.pdf")
