"""What the network publishes: the static Steckbrief site the badge QR codes open, the
Steckbrief booklet, and the survey report for agenda item 4. Contact persons appear only
with "granted" contact sharing (services.organizations.profiles); each publication is
recorded in the audit log like any export of personal data."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop import outputs
from smartnet_desktop.domain.models import Registration
from smartnet_desktop.services import audit
from smartnet_desktop.services.exporting import audited_export, require_suffix
from smartnet_desktop.services.matches import matches_in
from smartnet_desktop.services.network_graph import graph_in
from smartnet_desktop.services.network_settings import (
    site_identity,
    survey_title,
)
from smartnet_desktop.services.organizations import base_url, profiles, set_base_url
from smartnet_desktop.services.survey import summary_in


def write_site(
    sessions: sessionmaker[Session],
    out: Path,
    base_url: str | None = None,
    language: str = "de",
    by: str = "",
    force: bool = False,
) -> list[dict]:
    """Writes the site into `out`: index.html, one slug/index.html per organisation, one
    page per topic, and a page for every printed badge's target that no organisation
    page serves any longer (see printed_targets). `out` is a new or empty folder, or one
    this program wrote before (outputs.write_folder: other files there stay). The audit
    entry is committed before the first file appears; no file is written inside a
    transaction. `base_url` is stored as the network's profile address first (refused
    when printed badges would be orphaned, unless `force`). Returns organisation, url and
    file per page."""
    from smartnet_desktop.reports.profile_site import render_gone_page, render_site

    if base_url is not None:
        set_base_url(sessions, base_url, force=force)
    with sessions.begin() as session:  # one read: profiles, matches and targets agree
        found, identity = profiles(session), site_identity(session)
        matches, targets = matches_in(session), printed_targets(session)
        graph = graph_in(session)
    rendered = dict(
        render_site(found, language, identity, matches, network_svg=_picture(graph, language))
    )
    for path in targets:
        page = f"{path}/index.html" if path else "index.html"
        if page not in rendered:
            rendered[page] = render_gone_page(page, language, identity)
    pages = {relative: html.encode("utf-8") for relative, html in rendered.items()}

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


def _picture(graph, language: str) -> str:
    """The network picture for the site's index; without Graphviz the site goes without
    it (the window and `network graph` say why)."""
    from smartnet_desktop.domain.errors import ToolMissing
    from smartnet_desktop.reports.network_graph import render_graph

    try:
        return render_graph(graph, "svg", language).decode("utf-8")
    except ToolMissing:
        return ""


def _layout(graph, language: str) -> dict | None:
    """The picture's layout for the survey report, or None without Graphviz."""
    from smartnet_desktop.domain.errors import ToolMissing
    from smartnet_desktop.reports.network_graph import layout

    try:
        return layout(graph, language) if graph.nodes else None
    except ToolMissing:
        return None


_SITE_PATH = re.compile(r"^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$")


def printed_targets(session: Session) -> set[str]:
    """The site paths ("gera", "" for the index) that printed badges open under the
    network's current profile address: their QR targets, frozen when printed. Targets on
    another host cannot be served by this site (only a forced base-URL change leaves
    those) and a path no slug could make is not written."""
    base = base_url(session)
    if not base:
        return set()
    found = set()
    for target in session.scalars(
        select(Registration.badge_target)
        .where(Registration.badge_printed_at.is_not(None))
        .distinct()
    ):
        address = target.split("#", 1)[0]
        if address == base or address.startswith(f"{base}/"):
            path = address[len(base) :].strip("/")
            if path == "" or _SITE_PATH.match(path):
                found.add(path)
    return found


def write_steckbriefe(
    sessions: sessionmaker[Session], out: Path, language: str = "de", by: str = ""
) -> int:
    from smartnet_desktop.reports.network_pdf import render_steckbriefe

    require_suffix(out, (".pdf",))
    with sessions.begin() as session:  # one read, closed before anything is rendered
        found, identity = profiles(session), site_identity(session)
    pdf = render_steckbriefe(found, language, identity.office, network=identity.network)
    with audited_export(sessions, "steckbriefe", len(found), out, by=by) as temporary:
        temporary.write_bytes(pdf)
    return len(found)


def write_survey_report(
    sessions: sessionmaker[Session],
    out: Path,
    title: str | None = None,
    language: str = "de",
    by: str = "",
) -> int:
    """The survey report as PDF; headed by `title`, by default the title of the meeting the
    survey is reported at (network_settings.survey_title)."""
    from smartnet_desktop.reports.survey_report import render_survey_report

    require_suffix(out, (".pdf",))
    with sessions.begin() as session:  # one read: figures, profiles and matches agree
        figures, found, matches = summary_in(session), profiles(session), matches_in(session)
        title = survey_title(session) if title is None else title
        network = site_identity(session).network
        graph = graph_in(session)
    pdf = render_survey_report(
        figures,
        found,
        matches,
        title,
        language,
        network=network,
        network_layout=_layout(graph, language),
    )
    with audited_export(sessions, "survey_report", figures.organizations, out, by=by) as temporary:
        temporary.write_bytes(pdf)
    return figures.organizations
