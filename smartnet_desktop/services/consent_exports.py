"""The distribution list (CSV, XLSX, vCard) and the photographers' list (CSV, PDF).

Only people whose current contact-sharing state is granted are in the distribution list.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.text_rules import writable
from smartnet_desktop.services.consent import DistributionList, distribution_list, photo_objectors
from smartnet_desktop.services.events import get_event
from smartnet_desktop.services.exporting import audited_export, require_suffix, write_table

CONTACT_HEADERS = ["Titel", "Vorname", "Nachname", "Organisation", "Funktion", "E-Mail", "Telefon"]


def _vcards(entries: DistributionList) -> str:
    import vobject

    cards = []
    for c in entries.included:
        card = vobject.vCard()
        card.add("n").value = vobject.vcard.Name(
            family=c.family_name, given=c.given_name, prefix=c.title
        )
        card.add("fn").value = " ".join(p for p in (c.title, c.given_name, c.family_name) if p)
        if c.organization:
            card.add("org").value = [c.organization]
        if c.role:
            card.add("title").value = c.role
        if c.email:
            email = card.add("email")
            email.value = c.email
            email.type_param = "INTERNET"
        if c.phone:
            card.add("tel").value = c.phone
        cards.append(card.serialize())
    # The text rule's last line of defence; vCard lines end in CR LF.
    return writable("".join(cards), keep="\r\n")


def export_contacts(sessions: sessionmaker[Session], out: Path) -> DistributionList:
    """Writes the distribution list by the file's suffix; returns who was in and left out."""
    suffix = require_suffix(out, (".vcf", ".csv", ".xlsx"))
    entries = distribution_list(sessions)
    with audited_export(sessions, "distribution_list", len(entries.included), out) as temporary:
        if suffix == ".vcf":
            temporary.write_text(_vcards(entries), encoding="utf-8")
        else:
            rows = [
                [c.title, c.given_name, c.family_name, c.organization, c.role, c.email, c.phone]
                for c in entries.included
            ]
            write_table([CONTACT_HEADERS, *rows], temporary, suffix)
    return entries


def export_photo_objections(
    sessions: sessionmaker[Session],
    event_id: int,
    out: Path,
    language: str = "de",
    marker=None,
) -> int:
    """The photographers' list as PDF or CSV; returns how many people are on it. `marker`
    (badges.photo_marker.MarkerStyle) is the look the badges' photo marker has."""
    suffix = require_suffix(out, (".pdf", ".csv", ".xlsx"))
    event = get_event(sessions, event_id)
    rows = photo_objectors(sessions, event_id)
    with audited_export(sessions, "photo_objections", len(rows), out, event_id) as temporary:
        if suffix == ".pdf":
            from smartnet_desktop.reports.photo_list import render_photo_list

            temporary.write_bytes(
                render_photo_list(event, rows, datetime.now().astimezone(), language, marker)
            )
        else:
            write_table(
                [
                    ["Name", "Organisation", "Code"],
                    *([r.display_name, r.organization, r.badge_code] for r in rows),
                ],
                temporary,
                suffix,
            )
    return len(rows)
