"""Steckbriefe as PDF (one A4 page per organisation; all of them make the booklet) and the
survey report for agenda item 4, with ReportLab's own charts.

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

from smartnet_desktop import fonts
from smartnet_desktop.domain.enums import StatementKind, SupportWanted
from smartnet_desktop.domain.network_rows import AreaSummary, Match, Profile, SurveySummary
from smartnet_desktop.reports.a4_list import build_a4, paragraph_text
from smartnet_desktop.reports.network_labels import decimal, facts, labels, no_contact

_BLUE = "#0b3d6e"


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    fonts.register()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=13.5)
    return {
        "base": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=2
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=7,
            spaceAfter=2,
            textColor=colors.HexColor(_BLUE),
        ),
    }


def _bullets(texts, styles) -> list:
    from reportlab.platypus import Paragraph

    return [Paragraph("• " + paragraph_text(text), styles["base"]) for text in texts]


def _profile_story(profile: Profile, language: str, styles, office: str = "") -> list:
    """One Steckbrief: who, what they offer and need, their experience, projects, partners
    and whom to ask."""
    words = labels(language)
    return [
        *_profile_opening(profile, language, styles),
        *_profile_statements(profile, words, styles),
        *_profile_projects(profile, words, styles),
        *_profile_contact(profile, words, styles, office),
    ]


def _profile_opening(profile: Profile, language: str, styles) -> list:
    """Name, kind · town · population, the profile address, description and website."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    org = profile.organization
    story = [
        Paragraph(paragraph_text(org.name), styles["title"]),
        Paragraph(paragraph_text(facts(org, language)), styles["small"]),
    ]
    if org.url:
        story.append(Paragraph(paragraph_text(org.url), styles["small"]))
    story.append(Spacer(1, 3 * mm))
    if org.description:
        story.append(Paragraph(paragraph_text(org.description), styles["base"]))
    if org.website:
        website = labels(language)["website"]
        story.append(Paragraph(paragraph_text(f"{website}: {org.website}"), styles["base"]))
    return story


def _profile_statements(profile: Profile, words: dict, styles) -> list:
    """Offers, needs (topic – description) and rated experience."""
    from reportlab.platypus import Paragraph

    story = []
    for kind, heading in ((StatementKind.OFFER, "offers"), (StatementKind.NEED, "needs")):
        items = [s for s in profile.statements if s.kind == kind]
        if items:
            story.append(Paragraph(words[heading], styles["heading"]))
            story += _bullets(
                (s.topic + (f" – {s.description}" if s.description else "") for s in items), styles
            )
    rated = [s for s in profile.statements if s.kind == StatementKind.EXPERIENCE and s.rating]
    if rated:
        story.append(Paragraph(words["experience"], styles["heading"]))
        story += [
            Paragraph(paragraph_text(f"{s.topic} ({words[s.area]}): {s.rating}"), styles["base"])
            for s in rated
        ]
    return story


def _profile_projects(profile: Profile, words: dict, styles) -> list:
    """Projects (title · topic · status · link) and cooperation partners."""
    from reportlab.platypus import Paragraph

    story = []
    if profile.projects:
        story.append(Paragraph(words["projects"], styles["heading"]))
        story += _bullets(
            (
                " · ".join(x for x in (p.title, p.topic, p.status, p.link) if x)
                for p in profile.projects
            ),
            styles,
        )
    if profile.organization.partners:
        story += [
            Paragraph(words["partners"], styles["heading"]),
            Paragraph(paragraph_text(profile.organization.partners), styles["base"]),
        ]
    return story


def _profile_contact(profile: Profile, words: dict, styles, office: str) -> list:
    """The contact person (only with granted contact sharing), else the network's office."""
    from reportlab.platypus import Paragraph

    contact = profile.contact
    if contact is None:
        text = no_contact(words, office)
    else:
        text = " · ".join(
            x for x in (contact.name, contact.role, contact.email, contact.phone) if x
        )
    return [
        Paragraph(words["contact"], styles["heading"]),
        Paragraph(paragraph_text(text), styles["base"]),
    ]


def render_steckbriefe(
    profiles: list[Profile], language: str = "de", contact_office: str = ""
) -> bytes:
    """One page per organisation (a long profile shrinks to fit its page); a profile
    without a contact person names `contact_office` (the network's setting)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, PageBreak

    styles = _styles()
    words = labels(language)
    story: list = []
    for n, profile in enumerate(profiles):
        if n:
            story.append(PageBreak())
        story.append(
            KeepInFrame(
                170 * mm,
                250 * mm,
                _profile_story(profile, language, styles, contact_office),
                mode="shrink",
            )
        )
    return build_a4(story, words["profiles"], words["page"], footer_left=words["network"])


def _bar_chart(area: AreaSummary, language: str):
    """Average rating per topic of one area (lower = more experience)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    topics = list(area.per_topic)
    height = max(30, 9 * len(topics)) * mm / 1.6
    drawing = Drawing(170 * mm, height + 14 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y = 58 * mm, 8 * mm
    chart.width, chart.height = 100 * mm, height
    chart.data = [[round(avg, 2) for _t, avg, _n in reversed(topics)]]
    chart.categoryAxis.categoryNames = [t for t, _a, _n in reversed(topics)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 6, 1
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.HexColor(_BLUE)
    chart.barLabelFormat = lambda v: decimal(v, language)
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _distribution_chart(processes: AreaSummary, fields: AreaSummary, language: str):
    """How many ratings were 1, 2, ... 6, processes and fields side by side."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    words = labels(language)
    drawing = Drawing(170 * mm, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, 110 * mm, 45 * mm
    chart.data = [list(processes.distribution), list(fields.distribution)]
    chart.categoryAxis.categoryNames = [str(n) for n in range(1, 7)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = 1
    chart.bars[0].fillColor = colors.HexColor(_BLUE)
    chart.bars[1].fillColor = colors.HexColor("#f9a825")
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 128 * mm, 50 * mm
    legend.fontName, legend.fontSize = fonts.REGULAR, 8
    legend.alignment = "right"  # the colour before its words
    legend.colorNamePairs = [
        (colors.HexColor(_BLUE), words["processes"]),
        (colors.HexColor("#f9a825"), words["fields"]),
    ]
    drawing.add(legend)
    return drawing


def render_survey_report(
    summary: SurveySummary,
    profiles: list[Profile],
    matches: list[Match],
    title: str,
    language: str = "de",
) -> bytes:
    """The figures of the survey for the meeting `title`: averages and distribution of the
    ratings, who wants support, every organisation's needs and offers, the matches."""
    styles = _styles()
    words = labels(language)
    story = [
        *_survey_figures(summary, title, language, styles),
        *_support_wanted(summary, words, styles),
        *_needs_and_offers(profiles, words, styles),
        *_matches_by_topic(matches, words, styles),
    ]
    return build_a4(story, words["survey"], words["page"], footer_left=title)


def _survey_figures(summary: SurveySummary, title: str, language: str, styles) -> list:
    """Title, how many answered, the average per area with its chart, the distribution."""
    from reportlab.platypus import KeepTogether, Paragraph

    words = labels(language)
    story = [
        Paragraph(paragraph_text(f"{words['survey']} – {title}"), styles["title"]),
        Paragraph(
            paragraph_text(f"{summary.organizations} {words['answers']} · {words['of_6']}"),
            styles["small"],
        ),
    ]
    for area, heading in ((summary.processes, "processes"), (summary.fields, "fields")):
        average = f"{words[heading]}: {words['averages']} {decimal(area.average, language)}"
        story.append(
            KeepTogether(
                [
                    Paragraph(paragraph_text(average), styles["heading"]),
                    _bar_chart(area, language),
                ]
            )
        )
    story.append(
        KeepTogether(
            [
                Paragraph(words["distribution"], styles["heading"]),
                _distribution_chart(summary.processes, summary.fields, language),
            ]
        )
    )
    return story


def _support_wanted(summary: SurveySummary, words: dict, styles) -> list:
    """Who wants support (yes/no) and why; nothing when nobody said."""
    from reportlab.platypus import Paragraph

    if not summary.support:
        return []
    return [
        Paragraph(words["support"], styles["heading"]),
        *(
            Paragraph(
                paragraph_text(
                    f"{name}: {words['yes'] if wanted == SupportWanted.YES else words['no']}"
                    + (f" – {reasons}" if reasons else "")
                ),
                styles["base"],
            )
            for name, wanted, reasons in summary.support
        ),
    ]


def _needs_and_offers(profiles: list[Profile], words: dict, styles) -> list:
    """A table: organisation, what it needs, what it offers (those that said either)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    def cell(text: str) -> Paragraph:
        return Paragraph(paragraph_text(text), styles["small"])

    rows = [
        [
            cell(p.organization.name),
            cell(", ".join(p.organization.needs) or words["none"]),
            cell(", ".join(p.organization.offers) or words["none"]),
        ]
        for p in profiles
        if p.organization.needs or p.organization.offers
    ]
    header = [
        Paragraph(f"<b>{w}</b>", styles["small"])
        for w in ("", words["needs_short"], words["offers_short"])
    ]
    table = Table([header, *rows], colWidths=[55 * mm, 57 * mm, 58 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#cccccc")),
            ]
        )
    )
    return [Paragraph(words["needs_offers"], styles["heading"]), table]


def _matches_by_topic(matches: list[Match], words: dict, styles) -> list:
    """Per topic: "need ← offer" pairs, then a little space."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    by_topic: dict[str, list[Match]] = {}
    for match in matches:
        by_topic.setdefault(match.topic, []).append(match)
    story = [Paragraph(words["matches"], styles["heading"])]
    for topic, found in by_topic.items():
        pairs = "; ".join(f"{m.need} ← {m.offer}" for m in found)
        story.append(
            Paragraph(f"<b>{paragraph_text(topic)}</b>: {paragraph_text(pairs)}", styles["base"])
        )
    story.append(Spacer(1, 2 * mm))
    return story
