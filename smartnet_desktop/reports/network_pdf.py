"""The Steckbrief booklet as PDF: a cover, the contents (clickable, with page numbers), then
the organisations one after another, two to a page where they fit, each with the QR code
of its web page and clickable links (profile page, website, e-mail, phone).

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from smartnet_desktop import fonts
from smartnet_desktop.domain.addresses import is_contact_address, is_web_address
from smartnet_desktop.domain.enums import StatementKind
from smartnet_desktop.domain.network_rows import Profile
from smartnet_desktop.reports.a4_list import paragraph_text
from smartnet_desktop.reports.network_labels import facts, labels, no_contact
from smartnet_desktop.reports.page_frame import as_of_text, build_a4, hyphenated
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

_BLUE = "#0b3d6e"
QR_MM = 26

BOOKLET_LABELS = {
    "contents": QT_TRANSLATE_NOOP("Reports", "Contents"),
    "count": QT_TRANSLATE_NOOP("Reports", "{n} organisations"),
    "how": QT_TRANSLATE_NOOP(
        "Reports",
        "Each profile carries the QR code of its web page; the addresses in this PDF can "
        "be clicked.",
    ),
}


def render_steckbriefe(
    profiles: list[Profile],
    language: str = "de",
    contact_office: str = "",
    printed_at: datetime | None = None,
    network: str = "",
) -> bytes:
    """The booklet; a profile without a contact person names `contact_office` (the
    network's setting); cover and foot line name `network` (the network's name as the
    site shows it; the wording when unset). Built twice: the first pass finds the page each profile starts
    on, the second prints those pages in the contents."""
    printed_at = printed_at or datetime.now().astimezone()
    styles = hyphenated(_styles(), language)
    wording = {**labels(language), **words(language, BOOKLET_LABELS)}
    wording["network"] = network or wording["network"]
    pages: dict[str, int] = {}
    for _pass in range(2):
        story = [
            *_cover(profiles, wording, styles, printed_at, language),
            *_contents(profiles, wording, styles, pages),
            *_profiles(profiles, language, styles, contact_office, pages),
        ]
        pdf = build_a4(
            story,
            wording["profiles"],
            language,
            printed_at,
            footer_left=wording["network"],
            subject=wording["network"],
        )
    return pdf


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    fonts.register()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    grey = colors.HexColor("#444444")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=grey),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19, spaceAfter=1
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=5,
            spaceAfter=1,
            textColor=colors.HexColor(_BLUE),
        ),
        "cover": ParagraphStyle(
            "cover",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=30,
            leading=36,
            textColor=colors.HexColor(_BLUE),
            spaceAfter=6,
        ),
        "cover_sub": ParagraphStyle("cover_sub", parent=base, fontSize=14, leading=19),
        "contents": ParagraphStyle("contents", parent=base, fontSize=10.5, leading=14),
        "page_number": ParagraphStyle(
            "page_number", parent=base, fontSize=10.5, leading=14, alignment=2
        ),
        # a bullet hanging in the margin: wrapped lines start under the text
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=4 * mm, bulletIndent=0),
    }


def link(address: str, text: str | None = None) -> str:
    """Paragraph markup for a clickable address (web, mailto:, tel:); anything else is
    plain text (rule 13: nothing else reaches an href)."""
    shown = paragraph_text(text if text is not None else address)
    if not is_contact_address(address):
        return shown
    href = escape(address, {'"': "&quot;"})
    return f'<a href="{href}" color="{_BLUE}">{shown}</a>'


def _cover(profiles, wording: dict, styles: dict, printed_at, language: str) -> list:
    """The title page: what this is, of which network, how many, as of when."""
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    return [
        Spacer(1, 60 * mm),
        Paragraph(paragraph_text(wording["profiles"]), styles["cover"]),
        Paragraph(paragraph_text(wording["network"]), styles["cover_sub"]),
        Spacer(1, 8 * mm),
        Paragraph(paragraph_text(wording["count"].format(n=len(profiles))), styles["base"]),
        Paragraph(paragraph_text(as_of_text(printed_at, language)), styles["base"]),
        Spacer(1, 4 * mm),
        Paragraph(paragraph_text(wording["how"]), styles["small"]),
        PageBreak(),
    ]


def _contents(profiles: list[Profile], wording: dict, styles: dict, pages: dict) -> list:
    """Name (a link to its profile) · kind and town · page."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

    rows = []
    for profile in profiles:
        org = profile.organization
        key = _anchor(profile)
        name = f'<a href="#{key}" color="{_BLUE}">{paragraph_text(org.name)}</a>'
        rows.append(
            [
                Paragraph(name, styles["contents"]),
                Paragraph(paragraph_text(org.town), styles["small"]),
                Paragraph(str(pages.get(key, "")), styles["page_number"]),
            ]
        )
    table = Table(rows, colWidths=[105 * mm, 50 * mm, 15 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#dddddd")),
            ]
        )
    )
    return [Paragraph(wording["contents"], styles["title"]), table, PageBreak()]


def _anchor(profile: Profile) -> str:
    return f"org-{profile.organization.id}"


def _profiles(profiles, language: str, styles: dict, office: str, pages: dict) -> list:
    """Every Steckbrief kept together where it fits (so that two share a page), with a
    rule between them."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, HRFlowable, KeepTogether, Spacer

    from smartnet_desktop.reports.pdf_flowables import PageAnchor

    story: list = []
    for n, profile in enumerate(profiles):
        if n:
            story += [
                Spacer(1, 4 * mm),
                HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#bbbbbb")),
                Spacer(1, 4 * mm),
                CondPageBreak(60 * mm),  # no profile starts in the last few lines
            ]
        anchor = PageAnchor(_anchor(profile), profile.organization.name, pages)
        story.append(KeepTogether([anchor, *_profile_story(profile, language, styles, office)]))
    return story


def _profile_story(profile: Profile, language: str, styles, office: str = "") -> list:
    """One Steckbrief: who (beside the QR code of its page), what they offer and need,
    their experience, projects, partners and whom to ask."""
    words = labels(language)
    return [
        _profile_header(profile, language, styles),
        *_profile_statements(profile, words, styles),
        *_profile_projects(profile, words, styles),
        *_profile_contact(profile, words, styles, office),
    ]


def _profile_header(profile: Profile, language: str, styles):
    """Name, kind · town · population, the profile address, description and website on
    the left; the QR code of the profile's page on the right."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from smartnet_desktop.reports.pdf_flowables import LinkedQR

    org = profile.organization
    left = [
        Paragraph(paragraph_text(org.name), styles["title"]),
        Paragraph(paragraph_text(facts(org, language)), styles["small"]),
    ]
    if org.url:
        left.append(Paragraph(link(org.url), styles["small"]))
    if org.description:
        left.append(Paragraph(paragraph_text(org.description), styles["base"]))
    if org.website:
        website = labels(language)["website"]
        left.append(Paragraph(f"{paragraph_text(website)}: {link(org.website)}", styles["base"]))
    qr = LinkedQR(org.url, QR_MM * mm) if is_web_address(org.url) else ""
    table = Table([[left, qr]], colWidths=[(170 - QR_MM - 4) * mm, (QR_MM + 4) * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return table


def _bullets(texts, styles) -> list:
    from reportlab.platypus import Paragraph

    return [Paragraph(paragraph_text(text), styles["bullet"], bulletText="•") for text in texts]


def _profile_statements(profile: Profile, words: dict, styles) -> list:
    """Offers and needs (topic – description) side by side, rated experience in one line
    where the organisation chose to publish its ratings (issue 23 item 9, as on the site)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from smartnet_desktop.reports.network_labels import NONE

    columns = []
    for kind, heading in ((StatementKind.OFFER, "offers"), (StatementKind.NEED, "needs")):
        items = [s for s in profile.statements if s.kind == kind]
        texts = (s.topic + (f" – {s.description}" if s.description else "") for s in items)
        columns.append(
            [Paragraph(words[heading], styles["heading"]), *_bullets(texts, styles)]
            if items
            else [Paragraph(words[heading], styles["heading"]), Paragraph(NONE, styles["base"])]
        )
    table = Table([columns], colWidths=[85 * mm, 85 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list = [table]
    rated = [s for s in profile.statements if s.kind == StatementKind.EXPERIENCE and s.rating]
    if rated and profile.organization.publish_ratings:
        line = " · ".join(f"{s.topic} ({words[s.area]}): {s.rating}" for s in rated)
        story += [
            Paragraph(words["experience"], styles["heading"]),
            Paragraph(paragraph_text(line), styles["base"]),
        ]
    return story


def _profile_projects(profile: Profile, words: dict, styles) -> list:
    """Projects (title · topic · status · link) and cooperation partners."""
    from reportlab.platypus import Paragraph

    story: list = []
    if profile.projects:
        story.append(Paragraph(words["projects"], styles["heading"]))
        for p in profile.projects:
            text = " · ".join(paragraph_text(x) for x in (p.title, p.topic, p.status) if x)
            if p.link:
                text += (" · " if text else "") + link(p.link)
            story.append(Paragraph(text, styles["bullet"], bulletText="•"))
    if profile.organization.partners:
        story += [
            Paragraph(words["partners"], styles["heading"]),
            Paragraph(paragraph_text(profile.organization.partners), styles["base"]),
        ]
    return story


def _profile_contact(profile: Profile, words: dict, styles, office: str) -> list:
    """The contact person (only with granted contact sharing), else the network's office;
    e-mail and phone clickable."""
    from reportlab.platypus import Paragraph

    contact = profile.contact
    if contact is None:
        text = paragraph_text(no_contact(words, office))
    else:
        parts = [paragraph_text(x) for x in (contact.name, contact.role) if x]
        if contact.email:
            parts.append(link(f"mailto:{contact.email}", contact.email))
        if contact.phone:
            parts.append(link(f"tel:{contact.phone.replace(' ', '')}", contact.phone))
        text = " · ".join(parts)
    return [
        Paragraph(words["contact"], styles["heading"]),
        Paragraph(text, styles["base"]),
    ]
