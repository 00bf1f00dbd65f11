"""The published Steckbriefe: a static, mobile-friendly, accessible site read on a phone at
the meeting (the badge QR opens it). No scripts, no external fonts or styles, no trackers.

Pure: profiles, matches and the network's identity in, (relative path, HTML text) out:
  index.html                 organisations grouped by kind, topics as plain links
  <slug>/index.html          one organisation: offers, needs, "passt zu", contact
  themen/<topic>/index.html  one topic: who offers, who looks for it, the potential matches
A contact person appears only where the profile carries one (granted contact sharing);
otherwise the network office's mailto:/tel:. Experience ratings appear only where the
organisation chose to publish them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from html import escape

from smartnet_desktop.domain.addresses import is_contact_address, is_web_address
from smartnet_desktop.domain.enums import OrganizationKind, StatementKind
from smartnet_desktop.domain.network_rows import Match, Profile, SiteIdentity
from smartnet_desktop.domain.search import normalise, slug_of
from smartnet_desktop.reports.network_labels import facts, labels, no_contact
from smartnet_desktop.reports.site_frame import mail_link, office_links, page, phone_link, text
from smartnet_desktop.reports.site_words import SITE_LABELS
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP
from smartnet_desktop.reports.wording import words as translated

TOPICS = "themen"  # the folder of the topic pages


class _Site:
    """What every page needs: the words, the identity, the day, and links between pages."""

    def __init__(self, profiles, matches, identity, language, day):
        self.words = {**labels(language), **translated(language, SITE_LABELS)}
        self.identity, self.language, self.day = identity, language, day
        self.network = identity.network or self.words["network"]
        self.profiles = profiles
        self.slugs = {p.organization.name: p.organization.slug for p in profiles}
        self.matches = matches
        self.topics = sorted(  # DIN 5007: Öffentlichkeitsarbeit with the O
            {s.topic for p in profiles for s in p.statements if s.kind != StatementKind.EXPERIENCE}
            | {m.topic for m in matches},
            key=normalise,
        )

    def page(self, title: str, body: str, root: str) -> str:
        return page(
            title, body, self.language, self.identity, self.network, root, self.day, self.words
        )

    def org_link(self, name: str, root: str) -> str:
        slug = self.slugs.get(name)
        return f'<a href="{root}{escape(slug)}/">{text(name)}</a>' if slug else text(name)

    def topic_link(self, topic: str, root: str) -> str:
        return f'<a href="{root}{TOPICS}/{escape(slug_of(topic))}/">{text(topic)}</a>'

    def topic_filter(self, root: str) -> str:
        items = "".join(f"<li>{self.topic_link(t, root)}</li>" for t in self.topics)
        return (
            f'<nav aria-labelledby="topics"><h2 id="topics">{text(self.words["by_topic"])}'
            f'</h2><ul class="topics">{items}</ul></nav>'
        )


def render_site(
    profiles: list[Profile],
    language: str = "de",
    identity: SiteIdentity | None = None,
    matches: list[Match] | None = None,
    day: date | None = None,
    network_svg: str = "",
) -> list[tuple[str, str]]:
    """(path relative to the site's folder, HTML) for every page of the site; with
    `network_svg` (the network picture) also NETWORK_PICTURE, shown on the index."""
    site = _Site(profiles, matches or [], identity or SiteIdentity(), language, day or date.today())
    pages = [("index.html", _index(site, bool(network_svg)))]
    if network_svg:
        pages.append((NETWORK_PICTURE, network_svg))
    pages += [(f"{p.organization.slug}/index.html", _profile_page(site, p)) for p in profiles]
    pages += [(f"{TOPICS}/{slug_of(t)}/index.html", _topic_page(site, t)) for t in site.topics]
    return pages


def render_gone_page(
    path: str, language: str = "de", identity: SiteIdentity | None = None, day=None
) -> str:
    """A page for a printed badge's target whose organisation is no longer published: it
    says so and leads to the index, so that no printed QR code ends in an error."""
    site = _Site([], [], identity or SiteIdentity(), language, day or date.today())
    root = "../" * path.count("/") or "./"
    body = (
        f"<h1>{text(site.words['gone'])}</h1>"
        f'<p><a href="{root}">{text(site.words["back"])}</a></p>'
        f"{_contact_box(site, None)}"
    )
    return site.page(site.words["gone"], body, root)


def render_profile_page(
    profile: Profile, language: str = "de", identity: SiteIdentity | None = None
) -> str:
    """One organisation's page on its own (without the rest of the network)."""
    return _profile_page(
        _Site([profile], [], identity or SiteIdentity(), language, date.today()), profile
    )


# -- the index ------------------------------------------------------------------------------


NETWORK_PICTURE = "netzwerk.svg"
PICTURE_LABELS = {
    "picture": QT_TRANSLATE_NOOP("Reports", "The network"),
    "picture_alt": QT_TRANSLATE_NOOP(
        "Reports",
        "The network as a picture: organisations, their cooperations (solid lines) and "
        "potential matches by topic (dashed arrows)",
    ),
}


def _picture(site: _Site) -> str:
    """The picture scales to the page's width (a phone's too). Not a link: every link of
    the site opens one of its pages."""
    words = translated(site.language, PICTURE_LABELS)
    return (
        f'<h2>{text(words["picture"])}</h2><figure class="network" style="margin:0">'
        f'<img src="{NETWORK_PICTURE}" alt="{text(words["picture_alt"])}" '
        'style="max-width:100%;height:auto"></figure>'
    )


def _index(site: _Site, picture: bool = False) -> str:
    groups: dict[str, list[Profile]] = defaultdict(list)
    for p in site.profiles:
        groups[p.organization.kind].append(p)
    parts = [
        f"<h1>{text(site.words['profiles'])}</h1><p>{text(site.words['intro'])}</p>",
        site.topic_filter("./"),
    ]
    for kind in [k.value for k in OrganizationKind] + sorted(
        set(groups) - {k.value for k in OrganizationKind}
    ):
        if not groups.get(kind):
            continue
        entries = [
            f"{site.org_link(p.organization.name, './')}"
            + (
                f' <span class="meta">· {text(p.organization.town)}</span>'
                if p.organization.town
                else ""
            )
            for p in groups[kind]
        ]
        heading = site.words["kind_groups"].get(kind) or site.words["kinds"]["other"]
        parts.append(f"<h2>{text(heading)}</h2>{_list(entries)}")
    if picture:
        parts.append(_picture(site))
    parts.append(_contact_box(site, None, heading=True))
    return site.page(site.words["profiles"], "".join(parts), "./")


# -- one organisation --------------------------------------------------------------------------


def _profile_page(site: _Site, profile: Profile) -> str:
    words, org, root = site.words, profile.organization, "../"
    parts = [
        f'<p class="crumbs"><a href="{root}">{text(words["back"])}</a></p>',
        f"<h1>{text(org.name)}</h1>",
        f'<p class="meta">{text(facts(org, site.language))}</p>',
    ]
    if org.description:
        parts.append(f"<p>{text(org.description)}</p>")
    # Its own profile address where it is not this page (the badge opens this page).
    own = org.own_url if org.own_url.rstrip("/") != org.url.rstrip("/") else ""
    for key, address in (("website", org.website), ("own_profile", own)):
        if is_web_address(address):  # the last line of defence: only web addresses link
            parts.append(
                f'<p>{text(words[key])}: <a href="{escape(address)}" rel="noopener">'
                f"{escape(address)}</a></p>"
            )
    parts += _statements(site, profile, root)
    parts += _fits(site, org.name, root)
    parts += _projects(profile, words)
    if org.partners:
        parts.append(f"<h2>{text(words['partners'])}</h2><p>{text(org.partners)}</p>")
    parts.append(_contact_box(site, profile, heading=True))
    return site.page(org.name, "".join(parts), root)


def _statements(site: _Site, profile: Profile, root: str) -> list[str]:
    """Offers and needs (public), with each topic linked to its page; the experience
    ratings only where the organisation chose to publish them."""
    parts, words = [], site.words
    for kind, heading in ((StatementKind.OFFER, "offers"), (StatementKind.NEED, "needs")):
        items = [
            site.topic_link(s.topic, root) + (f" – {text(s.description)}" if s.description else "")
            for s in profile.statements
            if s.kind == kind
        ]
        if items:
            parts.append(f"<h2>{text(words[heading])}</h2>{_list(items)}")
    rated = [s for s in profile.statements if s.kind == StatementKind.EXPERIENCE and s.rating]
    if rated and profile.organization.publish_ratings:
        rows = "".join(
            f'<li><span>{text(s.topic)} <span class="meta">({text(words[s.area])})</span>'
            f"</span><strong>{s.rating}</strong></li>"
            for s in rated
        )
        parts.append(f'<h2>{text(words["experience"])}</h2><ul class="ratings">{rows}</ul>')
    return parts


def _fits(site: _Site, name: str, root: str) -> list[str]:
    """ "Passt zu": the organisations this one may help or be helped by, with the topics."""
    offers: dict[str, list[str]] = defaultdict(list)  # other -> topics the other offers
    needs: dict[str, list[str]] = defaultdict(list)  # other -> topics the other looks for
    for m in site.matches:
        if m.need == name:
            offers[m.offer].append(m.topic)
        elif m.offer == name:
            needs[m.need].append(m.topic)
    if not (offers or needs):
        return []
    items = []
    for other in sorted(set(offers) | set(needs)):
        said = []
        if offers.get(other):
            said.append(site.words["fits_offers"].format(topics=", ".join(sorted(offers[other]))))
        if needs.get(other):
            said.append(site.words["fits_needs"].format(topics=", ".join(sorted(needs[other]))))
        items.append(f"{site.org_link(other, root)} – {text('; '.join(said))}")
    return [f"<h2>{text(site.words['fits'])}</h2>{_list(items)}"]


def _projects(profile: Profile, words: dict) -> list[str]:
    """The projects, each linked where its link is a web address."""
    if not profile.projects:
        return []
    items = [
        (
            f'<a href="{escape(p.link)}" rel="noopener">{text(p.title)}</a>'
            if is_web_address(p.link)
            else text(p.title)
        )
        + "".join(f" · {text(x)}" for x in (p.topic, p.status) if x)
        for p in profile.projects
    ]
    return [f"<h2>{text(words['projects'])}</h2>{_list(items)}"]


def _contact_box(site: _Site, profile: Profile | None, heading: bool = False) -> str:
    """Every page offers a way to get in touch: the contact person (only with granted
    contact sharing), otherwise the network office with its mailto:/tel: links."""
    words = site.words
    contact = profile.contact if profile else None
    if contact is not None:
        lines = [text(contact.name)]
        if contact.role:
            lines.append(text(contact.role))
        if is_contact_address(f"mailto:{contact.email}"):
            lines.append(mail_link(contact.email))
        elif contact.email:
            lines.append(escape(contact.email))
        if contact.phone:
            lines.append(phone_link(contact.phone))
    else:
        identity = site.identity
        lines = [text(no_contact(words, identity.office))]
        links = office_links(identity)
        if links:
            lines.append(links)
        elif is_web_address(identity.imprint):  # the Impressum names an address at least
            lines.append(f'<a href="{escape(identity.imprint)}">{text(words["imprint"])}</a>')
    title = f"<h2>{text(words['contact'])}</h2>" if heading else ""
    return f'{title}<p class="contact">{"<br>".join(lines)}</p>'


# -- one topic ---------------------------------------------------------------------------------


def _topic_page(site: _Site, topic: str) -> str:
    words, root = site.words, "../../"
    said = {StatementKind.OFFER: [], StatementKind.NEED: []}
    for p in site.profiles:
        for s in p.statements:
            if s.topic == topic and s.kind in said:
                said[s.kind].append(
                    site.org_link(p.organization.name, root)
                    + (f" – {text(s.description)}" if s.description else "")
                )
    parts = [
        f'<p class="crumbs"><a href="{root}">{text(words["back"])}</a></p>',
        f"<h1>{text(topic)}</h1>",
    ]
    for kind, heading in (
        (StatementKind.OFFER, "topic_offers"),
        (StatementKind.NEED, "topic_needs"),
    ):
        if said[kind]:
            parts.append(f"<h2>{text(words[heading])}</h2>{_list(said[kind])}")
    found = [m for m in site.matches if m.topic == topic]
    parts.append(f"<h2>{text(words['matches'])}</h2>")
    if found:
        parts.append(
            _list(
                [
                    words["match_line"]
                    .replace("{need}", site.org_link(m.need, root))
                    .replace("{offer}", site.org_link(m.offer, root))
                    for m in found
                ]
            )
        )
    else:
        parts.append(f"<p>{text(words['no_matches'])}</p>")
    parts.append(site.topic_filter(root))
    return site.page(topic, "".join(parts), root)


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
