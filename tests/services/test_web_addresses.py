"""Only web addresses are addresses: https:// or http:// (mailto:/tel: for a contact).
Refused where one enters (import with line and column, walk-in, profile editor, projects,
the network's settings); never in a badge QR or an href, even when stored before the rule."""

from __future__ import annotations

import io
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from sqlalchemy import text

from smartnet_desktop.badges.layouts import get_layout
from smartnet_desktop.badges.render import render_badges
from smartnet_desktop.cli import main
from smartnet_desktop.domain.addresses import is_contact_address, is_web_address
from smartnet_desktop.domain.errors import InvalidImport, InvalidInput
from smartnet_desktop.domain.network_rows import ProfileInput, ProjectRow
from smartnet_desktop.domain.rows import BadgeData, EventInput
from smartnet_desktop.services import badges, events, importing, organizations, registry
from smartnet_desktop.services.publishing import write_site
from tests.database_under_test import counts

HOSTILE = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)//https://x.example",
    "data:text/html;base64,PHNjcmlwdD4=",
    "file:///etc/passwd",
    "vbscript:msgbox(1)",
    "https:/only-one-slash.example",
    "https://",
    "http://bad host.example/",
    "http://x.example:notaport/",
    "//x.example/no-scheme",
    "www.gera.de",
    "ftp://x.example/",
]


@pytest.mark.parametrize("address", HOSTILE)
def test_the_rule_refuses_everything_but_web_addresses(address):
    assert not is_web_address(address)
    assert not is_contact_address(address)


@pytest.mark.parametrize(
    "address", ["https://www.gera.de", "http://x.example:8080/a?b=c#d", "HTTPS://Gera.DE/weg"]
)
def test_the_rule_takes_web_addresses(address):
    assert is_web_address(address)


def test_contacts_may_also_be_mailto_and_tel():
    assert is_contact_address("mailto:anna@example.org")
    assert is_contact_address("tel:+49 361 123456")
    assert not is_web_address("mailto:anna@example.org")
    assert not is_contact_address("mailto:anna@example.org?body=<script>")


@pytest.mark.parametrize("address", ["javascript:alert(document.cookie)", "data:,x", "file:///x"])
def test_an_import_refuses_a_hostile_profile_address_with_line_and_column(
    db_path, sessions, tmp_path, capsys, address
):
    event = events.create_event(sessions, EventInput("T", date(2024, 1, 1), "Ort")).value
    path = tmp_path / "liste.csv"
    path.write_text(
        f"Vorname;Nachname;Organisation;Steckbrief\nAnna;Gut;Stadt A;https://a.example/a\n"
        f"Bert;Böse;Stadt B;{address}\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidImport) as refused:
        importing.run_import(sessions, event.id, path)
    [problem] = refused.value.problems
    assert (problem["line"], problem["column"], problem["field"], problem["code"]) == (
        3,
        4,
        "profile_url",
        "not_a_web_address",
    )
    before = counts(db_path, ("persons", "organizations"))
    assert main(["--db", str(db_path), "import", "--event", str(event.id), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 3, column 4" in err and "Traceback" not in err
    assert counts(db_path, ("persons", "organizations")) == before


def test_a_walk_in_with_a_hostile_profile_address_is_refused(sessions):
    event = events.create_event(sessions, EventInput("T", date(2024, 1, 1), "Ort")).value
    with pytest.raises(InvalidInput) as refused:
        registry.add_attendee(
            sessions,
            event.id,
            registry.PersonInput(
                given_name="A", family_name="B", organization="O", profile_url="javascript:x()"
            ),
        )
    assert (refused.value.field, refused.value.code) == ("profile_url", "not_a_web_address")


def _gera(sessions):
    return next(o for o in organizations.list_organizations(sessions) if o.slug == "gera")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"projects": (ProjectRow("Projekt", link="javascript:alert(1)"),)}, "link"),
        ({"website": "data:text/html,<script>alert(1)</script>"}, "website"),
        ({"own_url": "file:///etc/passwd"}, "profile_url"),
        ({"website": "https://"}, "website"),
    ],
)
def test_the_profile_editor_refuses_hostile_addresses(demo, change, field):
    sessions, _, _ = demo
    gera = _gera(sessions)
    with pytest.raises(InvalidInput) as refused:
        organizations.save_profile(sessions, gera.id, ProfileInput(kind=gera.kind, **change))
    assert (refused.value.field, refused.value.code) == (field, "not_a_web_address")
    saved = organizations.save_profile(
        sessions,
        gera.id,
        ProfileInput(kind=gera.kind, projects=(ProjectRow("Projekt", link="https://p.example"),)),
    ).value
    assert saved.id == gera.id


@pytest.mark.parametrize("address", ["javascript:alert(1)", "https://", "http://a b"])
def test_the_networks_profile_address_must_be_a_web_address(sessions, address):
    with pytest.raises(InvalidInput) as refused:
        organizations.set_base_url(sessions, address)
    assert refused.value.code == "not_a_web_address"
    assert organizations.read_base_url(sessions) == ""  # nothing stored


def test_the_window_reads_the_profile_address_it_set(sessions):
    """The settings dialog shows the stored address without opening a Session itself."""
    assert organizations.read_base_url(sessions) == ""
    organizations.set_base_url(sessions, "https://netz.example/profile/")
    assert organizations.read_base_url(sessions) == "https://netz.example/profile"


def _store_hostile_addresses(sessions) -> None:
    """As a version before the rule let them in (or a database copied from one)."""
    with sessions.begin() as session:
        session.execute(
            text(
                "UPDATE organizations SET profile_url = 'javascript:alert(document.cookie)', "
                "website = 'data:text/html,x' WHERE slug = 'gera'"
            )
        )
        org_id = session.execute(text("SELECT id FROM organizations WHERE slug = 'gera'")).scalar()
        session.execute(
            text(
                "INSERT INTO projects (organization_id, title, status, link) "
                "VALUES (:o, 'Böses Projekt', '', 'javascript:alert(2)')"
            ),
            {"o": org_id},
        )


def test_no_badge_qr_carries_a_stored_hostile_address(demo):
    sessions, gera, _ = demo
    _store_hostile_addresses(sessions)
    data = badges.badge_data(sessions, gera)
    at_gera = [b for b in data if b.organization == "Stadt Gera"]
    # Its stored own address is passed over: the network's address of its page instead.
    assert at_gera and all(
        b.qr_content == f"https://steckbriefe.example/gera#{b.badge_code}" for b in at_gera
    )
    assert all("javascript" not in b.qr_content for b in data)


def test_the_renderer_never_draws_a_qr_with_another_scheme():
    """The last line of defence: whatever the badge data says, the QR holds a web address
    or the bare badge code."""
    hostile = BadgeData(
        1,
        "A",
        "B",
        "",
        "O",
        "",
        "T",
        date(2024, 1, 1),
        "javascript:alert(1)#K6QQPG",
        False,
        "K6QQPG",
    )
    good = BadgeData(
        2,
        "C",
        "D",
        "",
        "O",
        "",
        "T",
        date(2024, 1, 1),
        "https://x.example/o#K7QQPG",
        False,
        "K7QQPG",
    )
    pdf = render_badges([hostile, good], get_layout("a4-insert-90x55")).pdf
    image = pypdfium2.PdfDocument(io.BytesIO(pdf))[0].render(scale=150 / 72).to_pil()
    decoded = sorted(c.text for c in zxingcpp.read_barcodes(image.convert("RGB")))
    assert decoded == ["K6QQPG", "https://x.example/o#K7QQPG"]


def test_the_site_never_links_a_stored_hostile_address(demo, tmp_path):
    sessions, _, _ = demo
    _store_hostile_addresses(sessions)
    write_site(sessions, tmp_path / "site")
    pages = "".join(p.read_text("utf-8") for p in (tmp_path / "site").rglob("*.html"))
    assert "Böses Projekt" in pages  # the project is still shown, without its link
    for scheme in ("javascript:", "data:", "file:"):
        assert f'href="{scheme}' not in pages
    hrefs = [part.split('"', 1)[0] for part in pages.split('href="')[1:]]
    assert hrefs and all(
        h.startswith(("https://", "http://", "mailto:", "tel:", "../"))
        or "://" not in h
        and ":" not in h
        for h in hrefs
    )
