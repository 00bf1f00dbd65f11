"""What the network publishes: the static Steckbrief site the badge QR codes open, the
Steckbrief booklet, and the survey report for agenda item 4. Contact persons appear only
with "granted" contact sharing (services.organizations.profiles); each publication is
recorded in the audit log like any export of personal data."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.services import audit
from smartnet_desktop.services.exporting import audited_export, require_suffix
from smartnet_desktop.services.matches import matches_in
from smartnet_desktop.services.organizations import profiles, set_base_url
from smartnet_desktop.services.survey import summary


def write_site(
    sessions: sessionmaker[Session],
    out: Path,
    base_url: str | None = None,
    language: str = "de",
    by: str = "",
) -> list[dict]:
    """Writes index.html and one slug/index.html per organisation into `out` (made under a
    temporary name beside it, then put in place whole). `base_url` is stored as the
    network's profile address first. Returns organisation, url and file per page."""
    from smartnet_desktop.reports.profile_site import render_site

    if base_url is not None:
        set_base_url(sessions, base_url)
    out = Path(out)
    if out.exists() and not out.is_dir():
        from smartnet_desktop.domain.errors import InvalidInput

        raise InvalidInput("file", "not_a_folder", location=str(out))
    with sessions.begin() as session:
        found = profiles(session)
        pages = render_site(found, language)
        audit.record(
            session,
            "export",
            by,
            None,
            None,
            what="profile_site",
            count=len(found),
            folder=str(out),
        )
        temporary = out.with_name(out.name + ".part")
        shutil.rmtree(temporary, ignore_errors=True)
        for relative, html in pages:
            target = temporary / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        _put_in_place(temporary, out)
    return [
        {
            "organization": p.organization.name,
            "url": p.organization.url,
            "file": str(out / p.organization.slug / "index.html"),
        }
        for p in found
    ]


def _put_in_place(temporary: Path, out: Path) -> None:
    """The new site replaces the old one whole; a site left half-written never shows."""
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        os.replace(out, old)
    os.replace(temporary, out)
    shutil.rmtree(old, ignore_errors=True)


def write_steckbriefe(
    sessions: sessionmaker[Session], out: Path, language: str = "de", by: str = ""
) -> int:
    from smartnet_desktop.reports.network_pdf import render_steckbriefe

    require_suffix(out, (".pdf",))
    with sessions() as session:
        found = profiles(session)
    pdf = render_steckbriefe(found, language)
    with audited_export(sessions, "steckbriefe", len(found), out, by=by) as temporary:
        temporary.write_bytes(pdf)
    return len(found)


SURVEY_TITLE = "4. Netzwerktreffen Smart Cities / Smart Regions in Thüringen"


def write_survey_report(
    sessions: sessionmaker[Session],
    out: Path,
    title: str = SURVEY_TITLE,
    language: str = "de",
    by: str = "",
) -> int:
    from smartnet_desktop.reports.network_pdf import render_survey_report

    require_suffix(out, (".pdf",))
    figures = summary(sessions)
    with sessions() as session:
        found, matches = profiles(session), matches_in(session)
    pdf = render_survey_report(figures, found, matches, title, language)
    with audited_export(sessions, "survey_report", figures.organizations, out, by=by) as temporary:
        temporary.write_bytes(pdf)
    return figures.organizations
