"""What the network publishes: the static Steckbrief site the badge QR codes open, the
Steckbrief booklet, and the survey report for agenda item 4. Contact persons appear only
with "granted" contact sharing (services.organizations.profiles); each publication is
recorded in the audit log like any export of personal data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop import outputs
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
    """Writes index.html and one slug/index.html per organisation into `out`: a new or
    empty folder, or one this program wrote before (outputs.write_folder: other files
    there stay). The audit entry is committed before the first file appears; no file is
    written inside a transaction. `base_url` is stored as the network's profile address
    first. Returns organisation, url and file per page."""
    from smartnet_desktop.reports.profile_site import render_site

    if base_url is not None:
        set_base_url(sessions, base_url)
    with sessions() as session:
        found = profiles(session)
    pages = {relative: html.encode("utf-8") for relative, html in render_site(found, language)}

    def record_the_export() -> None:
        with sessions.begin() as session:
            audit.record(
                session,
                "export",
                by,
                None,
                None,
                what="profile_site",
                count=len(found),
                folder=str(Path(out).absolute()),
            )

    outputs.write_folder(out, pages, before=record_the_export)
    return [
        {
            "organization": p.organization.name,
            "url": p.organization.url,
            "file": str(Path(out) / p.organization.slug / "index.html"),
        }
        for p in found
    ]


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
