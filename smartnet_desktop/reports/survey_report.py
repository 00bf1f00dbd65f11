"""The survey report for the meeting's agenda item "Umfrageergebnisse": how many answered
(with the caveat of a small population), the experience ratings per area as charts, who
wants support and why, the needs and the offers with their descriptions, and the potential
matches as a table per topic, as on the meeting's slides.

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

import re
from datetime import datetime

from smartnet_desktop import fonts
from smartnet_desktop.domain.enums import StatementKind, SupportWanted
from smartnet_desktop.domain.network_rows import Match, Profile, SurveySummary
from smartnet_desktop.reports.a4_list import paragraph_text
from smartnet_desktop.reports.network_labels import decimal, labels
from smartnet_desktop.reports.page_frame import build_a4, hyphenated
from smartnet_desktop.reports.survey_charts import (
    distribution_chart,
    rating_chart,
    support_chart,
)
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

# Below this many answering organisations the figures are a mood, not statistics: the
# report says so ("geringe Grundgesamtheit"). 30 is the usual floor for reading averages
# of a sample at all; the seed meeting showed the caveat with 12.
SMALL_POPULATION = 30

SURVEY_LABELS = {
    "answered": QT_TRANSLATE_NOOP("Reports", "n = {n} organisations answered"),
    "scale": QT_TRANSLATE_NOOP("Reports", "Scale 1–6: 1 = very much experience, 6 = no experience"),
    "caveat": QT_TRANSLATE_NOOP(
        "Reports",
        "Note: small population (n = {n}, fewer than {floor} organisations), no claim to "
        "general validity – a qualitative picture of opinion.",
    ),
    "order": QT_TRANSLATE_NOOP(
        "Reports",
        "Topics in alphabetical order (DIN 5007); n = ratings per topic; the dashed line "
        "is the average.",
    ),
    "topic_n": QT_TRANSLATE_NOOP("Reports", "{topic} (n = {n})"),
    "average_mark": QT_TRANSLATE_NOOP("Reports", "Ø {value}"),
    "scale_best": QT_TRANSLATE_NOOP("Reports", "1 = very much experience"),
    "scale_worst": QT_TRANSLATE_NOOP("Reports", "6 = no experience"),
    "for": QT_TRANSLATE_NOOP("Reports", "in favour"),
    "against": QT_TRANSLATE_NOOP("Reports", "against"),
    "support_note": QT_TRANSLATE_NOOP(
        "Reports", "Blue: answers (n = {n}); amber: reasons given by those in favour."
    ),
    "where_needed": QT_TRANSLATE_NOOP("Reports", "Where is support needed?"),
    "offered": QT_TRANSLATE_NOOP("Reports", "Offers of exchange and support"),
    "organisation": QT_TRANSLATE_NOOP("Reports", "Organisation"),
    "looking": QT_TRANSLATE_NOOP("Reports", "looking for support"),
    "offering": QT_TRANSLATE_NOOP("Reports", "offering support"),
    "no_matches": QT_TRANSLATE_NOOP("Reports", "No topic is both needed and offered yet."),
    "network_picture": QT_TRANSLATE_NOOP("Reports", "The network"),
}


def render_survey_report(
    summary: SurveySummary,
    profiles: list[Profile],
    matches: list[Match],
    title: str,
    language: str = "de",
    printed_at: datetime | None = None,
    network: str = "",
    network_layout: dict | None = None,
) -> bytes:
    """The figures of the survey for the meeting `title` (the event's title), made by
    `network` (the network's name as the site shows it; the wording when unset)."""
    styles = hyphenated(_styles(), language)
    wording = {**labels(language), **words(language, SURVEY_LABELS)}
    wording["network"] = network or wording["network"]
    story = [
        *_opening(summary, title, wording, styles),
        *_ratings(summary, wording, styles, language),
        *_support_wanted(summary, wording, styles),
        *_statements_table(profiles, StatementKind.NEED, "where_needed", wording, styles),
        *_statements_table(profiles, StatementKind.OFFER, "offered", wording, styles),
        *_matches_table(matches, wording, styles),
        *_network_picture(network_layout, wording, styles),
    ]
    return build_a4(
        story,
        f"{wording['survey']} – {title}",
        language,
        printed_at,
        footer_left=title,
        subject=f"{wording['survey']} – {wording['network']}",
    )


def _network_picture(layout: dict | None, wording: dict, styles: dict) -> list:
    """The network as a picture (Graphviz's layout drawn as vectors), on a page of its own."""
    if not layout:
        return []
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph

    from smartnet_desktop.reports.graph_drawing import GraphDrawing

    return [
        CondPageBreak(200 * mm),
        Paragraph(wording["network_picture"], styles["heading"]),
        GraphDrawing(layout, 170 * mm, 215 * mm),
    ]


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    fonts.register()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=13.5)
    return {
        "base": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontSize=9, leading=11.5, fontName=fonts.BOLD
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=3
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=9,
            spaceAfter=3,
            textColor=colors.HexColor("#0b3d6e"),
        ),
        "caveat": ParagraphStyle(
            "caveat",
            parent=base,
            fontSize=9.5,
            leading=12.5,
            borderPadding=5,
            backColor=colors.HexColor("#fff4d6"),
            borderColor=colors.HexColor("#f9a825"),
            borderWidth=0.6,
            spaceBefore=8,
            spaceAfter=8,
        ),
    }


def _opening(summary: SurveySummary, title: str, wording: dict, styles: dict) -> list:
    """The network, the title, how many answered and the scale; the caveat when they were
    few."""
    from reportlab.platypus import Paragraph

    n = summary.organizations
    story = [
        Paragraph(paragraph_text(wording["network"]), styles["small"]),
        Paragraph(paragraph_text(f"{wording['survey']} – {title}"), styles["title"]),
        Paragraph(
            paragraph_text(f"{wording['answered'].format(n=n)} · {wording['scale']}"),
            styles["small"],
        ),
    ]
    if n < SMALL_POPULATION:
        caveat = wording["caveat"].format(n=n, floor=SMALL_POPULATION)
        story.append(Paragraph(paragraph_text(caveat), styles["caveat"]))
    return story


def _ratings(summary: SurveySummary, wording: dict, styles: dict, language: str) -> list:
    """Per area its average and chart, then the distribution of all ratings."""
    from reportlab.platypus import KeepTogether, Paragraph

    story = []
    for area, heading in ((summary.processes, "processes"), (summary.fields, "fields")):
        if not area.per_topic:
            continue
        average = f"{wording[heading]}: {wording['averages']} {decimal(area.average, language)}"
        story.append(
            KeepTogether(
                [
                    Paragraph(paragraph_text(average), styles["heading"]),
                    rating_chart(area, wording, language),
                    Paragraph(paragraph_text(wording["order"]), styles["small"]),
                ]
            )
        )
    if not summary.processes.count and not summary.fields.count:
        return story
    story.append(
        KeepTogether(
            [
                Paragraph(wording["distribution"], styles["heading"]),
                distribution_chart(summary.processes, summary.fields, wording),
            ]
        )
    )
    return story


def support_counts(summary: SurveySummary, wording: dict) -> list[tuple[str, int, bool]]:
    """("dafür", 4, False), ("dagegen", 2, False), then each reason of those in favour with
    how many gave it, in the order first given (reasons split at commas and semicolons)."""
    yes = [reasons for _n, wanted, reasons in summary.support if wanted == SupportWanted.YES]
    no = sum(1 for _n, wanted, _r in summary.support if wanted == SupportWanted.NO)
    reasons: dict[str, list] = {}  # folded -> [first spelling, count]
    for text in yes:
        for reason in filter(None, (r.strip() for r in re.split(r"[;,]", text or ""))):
            entry = reasons.setdefault(reason.casefold(), [reason, 0])
            entry[1] += 1
    return [
        (wording["for"], len(yes), False),
        (wording["against"], no, False),
        *((_two_lines(label), count, True) for label, count in reasons.values()),
    ]


def _two_lines(label: str) -> str:
    """A long axis label on two lines, split at its middle space (chart labels do not
    wrap by themselves)."""
    if len(label) <= 14 or " " not in label:
        return label
    middle = len(label) // 2
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1 :]


def _support_wanted(summary: SurveySummary, wording: dict, styles: dict) -> list:
    """The counts as a chart, then who said what (nothing when nobody said)."""
    from reportlab.platypus import KeepTogether, Paragraph

    if not summary.support:
        return []
    said = "; ".join(
        f"{name}: {wording['yes'] if wanted == SupportWanted.YES else wording['no']}"
        + (f" ({reasons})" if reasons else "")
        for name, wanted, reasons in summary.support
    )
    note = wording["support_note"].format(n=len(summary.support))
    return [
        KeepTogether(
            [
                Paragraph(wording["support"], styles["heading"]),
                support_chart(support_counts(summary, wording)),
                Paragraph(paragraph_text(note), styles["small"]),
                Paragraph(paragraph_text(said), styles["small"]),
            ]
        )
    ]


def _statements_table(
    profiles: list[Profile], kind: str, heading: str, wording: dict, styles: dict
) -> list:
    """Organisation | its topics of `kind`, each with what it said about it
    ("Stadt Ilmenau | Strategieentwicklung – zu fast allen Themen und Prozessen")."""
    from reportlab.platypus import Paragraph

    rows = []
    for profile in profiles:
        said = [s for s in profile.statements if s.kind == kind]
        if not said:
            continue
        lines = "<br/>".join(
            f"<b>{paragraph_text(s.topic)}</b>"
            + (f" – {paragraph_text(s.description)}" if s.description else "")
            for s in said
        )
        rows.append(
            [
                Paragraph(paragraph_text(profile.organization.name), styles["cell_bold"]),
                Paragraph(lines, styles["cell"]),
            ]
        )
    if not rows:
        return []
    header = [Paragraph(wording["organisation"], styles["small"]), ""]
    return [
        Paragraph(wording[heading], styles["heading"]),
        _ruled_table([header, *rows], [60, 110]),
    ]


def _matches_table(matches: list[Match], wording: dict, styles: dict) -> list:
    """One row per topic, as on the slide "Beispiele für potentielle Matches": the topic,
    who is looking for support in it, who offers it."""
    from reportlab.platypus import Paragraph

    by_topic: dict[str, tuple[list[str], list[str]]] = {}
    for match in matches:
        needing, offering = by_topic.setdefault(match.topic, ([], []))
        if match.need not in needing:
            needing.append(match.need)
        if match.offer not in offering:
            offering.append(match.offer)
    story = [Paragraph(wording["matches"], styles["heading"])]
    if not by_topic:
        return [*story, Paragraph(wording["no_matches"], styles["base"])]

    def names(found: list[str]) -> Paragraph:
        return Paragraph("<br/>".join(paragraph_text(n) for n in found), styles["cell"])

    header = [
        Paragraph(paragraph_text(wording[key]), styles["small"])
        for key in ("topic", "looking", "offering")
    ]
    rows = [
        [Paragraph(paragraph_text(topic), styles["cell_bold"]), names(need), names(offer)]
        for topic, (need, offer) in by_topic.items()
    ]
    return [*story, _ruled_table([header, *rows], [58, 56, 56])]


def _ruled_table(data: list[list], widths_mm: list[float]):
    """A header row, then rows ruled in grey, text at the top of each cell."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#0b3d6e")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#cccccc")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def ratings_story(summary: SurveySummary, language: str) -> list:
    """The survey's averages and charts as this report draws them, for another document
    (the minutes of the meeting the survey was reported at)."""
    styles = hyphenated(_styles(), language)
    wording = {**labels(language), **words(language, SURVEY_LABELS)}
    return _ratings(summary, wording, styles, language)
