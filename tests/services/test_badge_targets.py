"""Issue 23 item 4: a printed badge's QR target never moves. It is frozen when printed,
a base-URL change that would orphan printed badges is refused (naming how many) unless
forced, and the published site keeps a page for every printed target."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select, update

from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import BadgesOrphaned
from smartnet_desktop.domain.models import Organization, Person, Registration
from smartnet_desktop.services import badges, organizations
from smartnet_desktop.services.publishing import write_site


def test_printing_freezes_each_badges_target(demo):
    sessions, gera, _ = demo
    printed = badges.badge_data(sessions, gera)
    badges.mark_printed(sessions, printed)
    with sessions() as session:
        frozen = dict(session.execute(select(Registration.id, Registration.badge_target)).all())
    assert {b.registration_id: b.qr_content for b in printed}.items() <= frozen.items()
    assert all(frozen[b.registration_id] for b in printed)


def test_every_badge_opens_the_site_even_with_an_own_address_elsewhere(demo):
    """One published site serves every badge: an organisation's own profile address on
    another host is linked from its page, the QR opens the page on the site."""
    sessions, gera, _ = demo
    with sessions.begin() as session:
        session.execute(
            update(Organization)
            .where(Organization.slug == "gera")
            .values(profile_url="https://www.gera.de/steckbrief")
        )
    data = {b.family_name: b for b in badges.badge_data(sessions, gera)}
    assert data["Müllerschön"].qr_content.startswith("https://steckbriefe.example/gera#")
    assert all(b.qr_content.startswith("https://steckbriefe.example/") for b in data.values())


def test_a_base_url_change_over_printed_badges_is_refused_unless_forced(demo):
    sessions, gera, _ = demo
    organizations.set_base_url(sessions, "https://netz.example/profile")  # nothing printed
    printed = badges.badge_data(sessions, gera)
    badges.mark_printed(sessions, printed[:7])
    with pytest.raises(BadgesOrphaned) as refused:
        organizations.set_base_url(sessions, "https://anders.example")
    assert refused.value.count == 7 and refused.value.old == "https://netz.example/profile"
    assert organizations.read_base_url(sessions) == "https://netz.example/profile"
    organizations.set_base_url(sessions, "https://netz.example/profile/")  # the same: fine
    assert badges.badge_data(sessions, gera, "unprinted") == printed[7:]
    forced = organizations.set_base_url(sessions, "https://anders.example", force=True)
    assert forced.value == organizations.read_base_url(sessions) == "https://anders.example"
    again = badges.badge_data(sessions, gera, "unprinted")  # the seven need a reprint now
    assert [b.registration_id for b in again] == [b.registration_id for b in printed]


def test_the_command_line_names_how_many_badges_and_takes_force(demo, db_path, tmp_path, capsys):
    sessions, gera, _ = demo
    badges.mark_printed(sessions, badges.badge_data(sessions, gera))
    site = ["--db", str(db_path), "profiles", "site", "--out", str(tmp_path / "site")]
    assert main([*site, "--base-url", "https://anders.example"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "40 printed badges" in err and "--force" in err
    assert not (tmp_path / "site").exists()
    assert main([*site, "--base-url", "https://anders.example", "--force", "--json"]) == 0
    pages = json.loads(capsys.readouterr().out)
    assert pages[0]["url"].startswith("https://anders.example/")


def test_a_person_without_an_organisation_opens_the_index_with_the_code(demo):
    sessions, gera, _ = demo
    alone = next(b for b in badges.badge_data(sessions, gera) if not b.organization)
    assert alone.qr_content == f"https://steckbriefe.example/#{alone.badge_code}"
    organizations.set_base_url(sessions, "https://netz.example/profile")
    alone = next(b for b in badges.badge_data(sessions, gera) if not b.organization)
    assert alone.qr_content == f"https://netz.example/profile/#{alone.badge_code}"


def test_the_site_keeps_a_page_for_a_printed_target_whose_organisation_is_gone(demo, tmp_path):
    sessions, gera, _ = demo
    badges.mark_printed(sessions, badges.badge_data(sessions, gera))
    with sessions.begin() as session:
        weida = session.scalar(select(Organization).where(Organization.slug == "weida"))
        session.execute(
            update(Person).where(Person.organization_id == weida.id).values(organization_id=None)
        )
        session.execute(delete(Organization).where(Organization.id == weida.id))
    write_site(sessions, tmp_path / "site")
    page = (tmp_path / "site" / "weida" / "index.html").read_text("utf-8")
    assert "nicht mehr veröffentlicht" in page and 'href="../"' in page
    assert "mailto:netzwerk@digitalagentur.example" in page  # and a way to get in touch
