"""The published Steckbriefe: a static, mobile-friendly, accessible site (index and one page
per organisation). No scripts, no external fonts or styles, no trackers.

Pure: profiles in, (relative path, HTML text) out. A contact person appears only where the
profile carries one, which the service makes only for "granted" contact sharing.
"""

from __future__ import annotations

from html import escape

from smartnet_desktop.domain.addresses import is_contact_address, is_web_address
from smartnet_desktop.domain.enums import StatementKind
from smartnet_desktop.domain.network_rows import Profile
from smartnet_desktop.domain.text_rules import writable
from smartnet_desktop.reports.network_labels import facts, labels, no_contact

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;
background:#fff;line-height:1.5}
main{max-width:44rem;margin:0 auto;padding:1rem}
header{background:#0b3d6e;color:#fff;padding:1rem}
header a{color:#fff}
h1{font-size:1.6rem;margin:.2rem 0}
h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:2px solid #0b3d6e}
a{color:#0b3d6e}
a:focus{outline:3px solid #f9a825}
ul{padding-left:1.2rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem;border-bottom:1px solid #ccc}
.meta{color:#444}
"""


def _page(title: str, body: str, language: str) -> str:
    """A whole page; characters the text rule forbids, stored before it, become U+FFFD."""
    return writable(
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def render_site(
    profiles: list[Profile], language: str = "de", contact_office: str = ""
) -> list[tuple[str, str]]:
    """(path relative to the site's folder, HTML) for index.html and every slug/index.html;
    a profile without a contact person names `contact_office` (the network's setting)."""
    words = labels(language)
    entries = [
        f'<a href="{escape(p.organization.slug)}/">{escape(p.organization.name)}</a>'
        f' <span class="meta">· {escape(words["kinds"].get(p.organization.kind, ""))}'
        f"{' · ' + escape(p.organization.town) if p.organization.town else ''}</span>"
        for p in profiles
    ]
    index = (
        f"<header><p>{escape(words['network'])}</p><h1>{escape(words['profiles'])}</h1></header>"
        f"<main>{_list(entries)}</main>"
    )
    pages = [("index.html", _page(words["profiles"], index, language))]
    for profile in profiles:
        pages.append(
            (
                f"{profile.organization.slug}/index.html",
                render_profile_page(profile, language, contact_office),
            )
        )
    return pages


def render_profile_page(profile: Profile, language: str = "de", contact_office: str = "") -> str:
    words = labels(language)
    org = profile.organization
    parts = [
        f'<header><p><a href="../">{escape(words["back"])}</a></p>'
        f"<h1>{escape(org.name)}</h1>"
        f"<p>{escape(facts(org, language))}</p></header><main>"
    ]
    if org.description:
        parts.append(f"<p>{escape(org.description)}</p>")
    if is_web_address(org.website):  # the last line of defence: only web addresses link
        parts.append(
            f'<p>{escape(words["website"])}: <a href="{escape(org.website)}" rel="noopener">'
            f"{escape(org.website)}</a></p>"
        )
    parts += _statements(profile, words)
    parts += _projects(profile, words)
    if org.partners:
        parts.append(f"<h2>{escape(words['partners'])}</h2><p>{escape(org.partners)}</p>")
    parts.append(f"<h2>{escape(words['contact'])}</h2>")
    parts.append(_contact(profile, words, contact_office))
    parts.append("</main>")
    return _page(org.name, "".join(parts), language)


def _statements(profile: Profile, words: dict) -> list[str]:
    """Offers and needs as lists, rated experience as a table."""
    parts = []
    for kind, heading in ((StatementKind.OFFER, "offers"), (StatementKind.NEED, "needs")):
        items = [
            escape(s.topic) + (f" – {escape(s.description)}" if s.description else "")
            for s in profile.statements
            if s.kind == kind
        ]
        if items:
            parts.append(f"<h2>{escape(words[heading])}</h2>{_list(items)}")
    rated = [s for s in profile.statements if s.kind == StatementKind.EXPERIENCE and s.rating]
    if rated:
        rows = "".join(
            f"<tr><td>{escape(s.topic)}</td><td>{escape(words[s.area])}</td><td>{s.rating}</td></tr>"
            for s in rated
        )
        parts.append(
            f"<h2>{escape(words['experience'])}</h2><table><thead><tr>"
            f'<th scope="col">{escape(words["topic"])}</th><th scope="col"></th>'
            f'<th scope="col">{escape(words["rating"])}</th></tr></thead><tbody>{rows}</tbody></table>'
        )
    return parts


def _projects(profile: Profile, words: dict) -> list[str]:
    """The projects, each linked where its link is a web address."""
    if not profile.projects:
        return []
    items = [
        (
            f'<a href="{escape(p.link)}" rel="noopener">{escape(p.title)}</a>'
            if is_web_address(p.link)
            else escape(p.title)
        )
        + "".join(f" · {escape(x)}" for x in (p.topic, p.status) if x)
        for p in profile.projects
    ]
    return [f"<h2>{escape(words['projects'])}</h2>{_list(items)}"]


def _contact(profile: Profile, words: dict, contact_office: str) -> str:
    """The contact person (only with granted contact sharing), else the network's office."""
    contact = profile.contact
    if contact is None:
        return f"<p>{escape(no_contact(words, contact_office))}</p>"
    lines = [escape(contact.name)]
    if contact.role:
        lines.append(escape(contact.role))
    if is_contact_address(f"mailto:{contact.email}"):
        lines.append(f'<a href="mailto:{escape(contact.email)}">{escape(contact.email)}</a>')
    elif contact.email:
        lines.append(escape(contact.email))
    if contact.phone:
        lines.append(escape(contact.phone))
    return "<p>" + "<br>".join(lines) + "</p>"
