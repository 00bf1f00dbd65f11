"""The network: the survey's long form imported, matches, the demo's survey of 2022, the
published Steckbriefe (site, PDFs) and what the badge QR opens."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest
from pypdf import PdfReader

from smartnet_desktop.cli import main
from smartnet_desktop.domain.models import Person
from smartnet_desktop.domain.text_rules import german_quotes
from smartnet_desktop.services import badges, matches, organizations, survey
from smartnet_desktop.services.publishing import write_site, write_steckbriefe, write_survey_report
from tests.database_under_test import counts

LONG_FORM = (
    "Organisation;Thema;Art;Erfahrung;Beschreibung\n"
    "Stadt Mühlhausen;Tourismus;Bedarf;;Altstadt digital erlebbar\n"
    "Stadt Mühlhausen;Mobilität;Bedarf;;\n"
    "Stadt Mühlhausen;Mobilität;Erfahrung;5;\n"
    "Landkreis Unstrut-Hainich;Digitaler Tourismus;Angebot;;Tourismusportal\n"
    "Landkreis Unstrut-Hainich;Mobility;offer;;Rufbus\n"
    "Landkreis Unstrut-Hainich;Fördermittelakquise;Erfahrung;2;\n"
    "Hochschule Nordhausen;Mobilität;Angebot;;\n"
    "Hochschule Nordhausen;Tourismus;Bedarf;;\n"
    "Stadt Mühlhausen;;Unterstützung;;Know-how-Defizite\n"
)
EXPECTED = {
    ("Mobilität", "Stadt Mühlhausen", "Hochschule Nordhausen"),
    ("Mobilität", "Stadt Mühlhausen", "Landkreis Unstrut-Hainich"),
    ("Tourismus", "Stadt Mühlhausen", "Landkreis Unstrut-Hainich"),
    ("Tourismus", "Hochschule Nordhausen", "Landkreis Unstrut-Hainich"),
}
TABLES = ("organizations", "statements", "audit_entries")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_long_form_survey_gives_exactly_the_expected_matches(sessions, tmp_path, encoding):
    path = tmp_path / "umfrage.csv"
    path.write_bytes(LONG_FORM.encode(encoding))
    result = survey.import_survey(sessions, path).value
    assert sorted(result.organizations_new) == [
        "Hochschule Nordhausen",
        "Landkreis Unstrut-Hainich",
        "Stadt Mühlhausen",
    ]
    assert result.unmapped == [{"line": 7, "topic": "Fördermittelakquise"}]  # reported
    found = {(m.topic, m.need, m.offer) for m in matches.potential_matches(sessions)}
    assert found == EXPECTED
    ranked = matches.potential_matches(sessions, "tourism")
    assert (ranked[0].need, ranked[0].shared) == ("Stadt Mühlhausen", 2)  # shares two topics

    again = survey.import_survey(sessions, path).value  # idempotent
    assert (again.statements_new, again.statements_changed, again.organizations_new) == (0, 0, [])
    assert {(m.topic, m.need, m.offer) for m in matches.potential_matches(sessions)} == EXPECTED
    muehlhausen = next(
        o for o in organizations.list_organizations(sessions) if o.name == "Stadt Mühlhausen"
    )
    assert (muehlhausen.support_wanted, muehlhausen.support_reasons) == ("yes", "Know-how-Defizite")


@pytest.mark.parametrize("rating", ["7", "sehr gut"])
def test_a_bad_rating_stops_the_import_naming_its_line(db_path, sessions, tmp_path, capsys, rating):
    path = tmp_path / "umfrage.csv"
    path.write_text(LONG_FORM.replace(";Erfahrung;5;", f";Erfahrung;{rating};"), encoding="utf-8")
    before = counts(db_path, TABLES)
    assert main(["--db", str(db_path), "survey", "import", str(path)]) == 2
    assert "4: " in capsys.readouterr().err  # "4: Experience rating: ..." (line 4)
    assert counts(db_path, TABLES) == before


def test_the_demo_holds_the_survey_of_2022(demo, db_path, capsys):
    sessions, _, _ = demo
    figures = survey.summary(sessions)
    assert (round(figures.processes.average, 2), round(figures.fields.average, 2)) == (3.23, 3.07)
    assert main(["--db", str(db_path), "matches", "--topic", "Tourismus", "--json"]) == 0
    pairs = {(m["need"], m["offer"]) for m in json.loads(capsys.readouterr().out)}
    assert ("Stadt Weida", 'Zweckverband Allianz "Thüringer Becken"') in pairs
    assert all(m.need != m.offer for m in matches.potential_matches(sessions))


def _not_sharing(sessions) -> list[str]:
    """Names and e-mails of everyone whose contact sharing is not "granted"."""
    from sqlalchemy import select

    with sessions() as session:
        people = session.scalars(select(Person).where(Person.contact_sharing != "granted")).all()
        return [f"{p.given_name} {p.family_name}" for p in people] + [
            p.email for p in people if p.email
        ]


def test_the_site_has_every_page_the_badges_point_to_and_no_one_who_did_not_consent(
    demo, tmp_path, db_path, capsys
):
    import pypdfium2
    import zxingcpp

    from smartnet_desktop.badges.layouts import get_layout
    from smartnet_desktop.badges.render import render_badges

    sessions, gera, _ = demo
    out = tmp_path / "steckbriefe"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "profiles",
                "site",
                "--out",
                str(out),
                "--base-url",
                "https://netzwerk.example/profile",
                "--json",
            ]
        )
        == 0
    )
    pages = json.loads(capsys.readouterr().out)
    assert len(pages) == len(organizations.list_organizations(sessions)) == 12
    for page in pages:
        path_of_url = page["url"].split("://", 1)[1].split("/", 1)[1].rsplit("/", 1)[-1]
        assert Path(page["file"]) == out / path_of_url / "index.html"
        shown = escape(german_quotes(page["organization"]))  # „Thüringer Becken“ as typeset
        assert shown in Path(page["file"]).read_text(encoding="utf-8")
    html = (out / "gera" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in html and 'name="viewport"' in html
    assert "<script" not in html and "http" not in html.split("<main>")[0].replace(
        "https://www.gera.de", ""
    )
    assert "Mareike Musterfrau" in html  # Gera's contact agreed to sharing

    # The badge QR opens that page (own address or base URL + slug), the code in its fragment.
    urls = {p["organization"]: p["url"] for p in pages}
    data = badges.badge_data(sessions, gera)
    pdf = render_badges(data, get_layout("a4-insert-90x55")).pdf
    decoded = [
        code.text
        for page in pypdfium2.PdfDocument(pdf)
        for code in zxingcpp.read_barcodes(page.render(scale=150 / 72).to_pil().convert("RGB"))
    ]
    assert len(decoded) == len(data)
    for badge, text in zip(sorted(data, key=lambda b: b.qr_content), sorted(decoded), strict=True):
        assert text == badge.qr_content
        if badge.organization:  # without one the QR carries the badge code alone
            assert text.split("#")[0] == urls[badge.organization]
    assert any(
        t.startswith("https://netzwerk.example/profile/fachhochschule-erfurt#") for t in decoded
    )

    # Nobody who objected to or was never asked about contact sharing, in any file.
    write_steckbriefe(sessions, tmp_path / "steckbriefe.pdf")
    write_survey_report(sessions, tmp_path / "umfrage.pdf", "4. Netzwerktreffen")
    generated = b"".join(p.read_bytes() for p in out.rglob("*.html"))
    for pdf_file in (tmp_path / "steckbriefe.pdf", tmp_path / "umfrage.pdf"):
        text = "\n".join(page.extract_text() for page in PdfReader(pdf_file).pages)
        generated += text.encode("utf-8")
    assert b"Mareike Musterfrau" in generated  # the search can find a name at all
    for value in _not_sharing(sessions):
        assert value.encode("utf-8") not in generated, value


def test_a_withdrawn_consent_takes_the_contact_off_the_next_site(demo, tmp_path):
    from smartnet_desktop.services import consent

    sessions, _, _ = demo
    write_site(sessions, tmp_path / "site")
    assert "Mareike Musterfrau" in (tmp_path / "site" / "gera" / "index.html").read_text("utf-8")
    gera = next(o for o in organizations.list_organizations(sessions) if o.slug == "gera")
    consent.record_contact(sessions, gera.contact_person_id, "withdraw", by="Büro")
    write_site(sessions, tmp_path / "site")
    assert "Musterfrau" not in (tmp_path / "site" / "gera" / "index.html").read_text("utf-8")


def test_badges_can_say_what_the_holders_organisation_offers(demo):
    from smartnet_desktop.badges.layouts import get_layout
    from smartnet_desktop.badges.render import render_badges

    sessions, gera, _ = demo
    plain = badges.badge_data(sessions, gera)
    asked = {b.family_name: b for b in badges.badge_data(sessions, gera, ask_me_about=True)}
    assert all(not b.ask_me_about for b in plain)  # off unless asked for
    assert asked["Müllerschön"].ask_me_about == "Bürgerbeteiligung, Energie"  # Stadt Gera
    assert asked["Ohneorga"].ask_me_about == ""
    pdf = render_badges([asked["Müllerschön"]], get_layout("a4-insert-90x55")).pdf
    import io

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    # the line may wrap in the text column (it no longer shrinks into a condensed font)
    assert "Fragen Sie mich zu: Bürgerbeteiligung, Energie" in " ".join(text.split())
