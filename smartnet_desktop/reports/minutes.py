"""The minutes (Protokoll) of a meeting, A4: date, place and host; the organiser's
introduction; who was there (every organisation present, persons only with their contact
sharing granted, the others counted: "sowie 4 weitere Teilnehmende"); the agenda with its
notes; the opinion polls as bars; the survey's averages; the matches of the day; the
suggestions; the organiser's closing words and the next meeting.

Pure: plain rows in (domain/minutes_rows.py), PDF bytes out.
"""

from __future__ import annotations

from datetime import datetime

from smartnet_desktop import fonts
from smartnet_desktop.domain.minutes_rows import MinutesData
from smartnet_desktop.domain.record_rows import PollResult
from smartnet_desktop.domain.text_rules import german_quotes
from smartnet_desktop.reports.a4_list import paragraph_text
from smartnet_desktop.reports.agenda import LABELS as AGENDA_LABELS
from smartnet_desktop.reports.agenda import next_meeting_text
from smartnet_desktop.reports.meeting_header import house_styles, meeting_header
from smartnet_desktop.reports.page_frame import build_a4, hyphenated, moment_text
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

LABELS = {
    **AGENDA_LABELS,
    "minutes": QT_TRANSLATE_NOOP("Reports", "Minutes"),
    "draft": QT_TRANSLATE_NOOP("Reports", "Minutes (draft)"),
    "attendance": QT_TRANSLATE_NOOP("Reports", "Attendance"),
    "organisations": QT_TRANSLATE_NOOP("Reports", "Organisations present ({n})"),
    "participants": QT_TRANSLATE_NOOP("Reports", "Participants"),
    "and_others": QT_TRANSLATE_NOOP("Reports", "and {n} further participants"),
    "and_other": QT_TRANSLATE_NOOP("Reports", "and 1 further participant"),
    "only_counted": QT_TRANSLATE_NOOP("Reports", "{n} participants"),
    "only_one_counted": QT_TRANSLATE_NOOP("Reports", "1 participant"),
    "nobody": QT_TRANSLATE_NOOP("Reports", "Nobody was checked in."),
    "polls": QT_TRANSLATE_NOOP("Reports", "Opinion polls"),
    "per_organisation": QT_TRANSLATE_NOOP("Reports", "one vote per organisation present"),
    "show_of_hands": QT_TRANSLATE_NOOP("Reports", "show of hands"),
    "votes": QT_TRANSLATE_NOOP("Reports", "{n} votes"),
    "survey": QT_TRANSLATE_NOOP("Reports", "Survey"),
    "matches": QT_TRANSLATE_NOOP("Reports", "Matches of the day"),
    "match": QT_TRANSLATE_NOOP("Reports", "{offer} can support {need} in {topic}"),
    "suggestions": QT_TRANSLATE_NOOP(
        "Reports", "Suggestions for the further development of the network meetings"
    ),
    "closing_heading": QT_TRANSLATE_NOOP("Reports", "Closing remarks"),
    "finalised": QT_TRANSLATE_NOOP("Reports", "Final since {when}"),
}
BAR_BLUE = "#0b3d6e"


def render_minutes(
    data: MinutesData, language: str = "de", printed_at: datetime | None = None
) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    fonts.register()
    wording = words(language, LABELS)
    styles = hyphenated(house_styles(), language)
    for name in ("heading", "item"):  # never the last line of a page
        styles[name].keepWithNext = 1
    heading = wording["minutes"] if data.final else wording["draft"]
    story = [Paragraph(paragraph_text(heading), styles["heading"])]
    story += meeting_header(data.event, wording, styles)
    if data.final and data.finalised_at is not None:
        when = moment_text(data.finalised_at.astimezone(), language)
        story.append(
            Paragraph(paragraph_text(wording["finalised"].format(when=when)), styles["small"])
        )
    if data.introduction.strip():
        story += [Spacer(1, 4 * mm), *_free_text(data.introduction, styles)]
    story += _attendance(data, wording, styles)
    story += _agenda(data, wording, styles)
    story += _polls(data.polls, wording, styles)
    if data.survey is not None and (data.survey.processes.count or data.survey.fields.count):
        from reportlab.platypus import CondPageBreak

        from smartnet_desktop.reports.survey_report import ratings_story

        story += [CondPageBreak(60 * mm), Paragraph(wording["survey"], styles["heading"])]
        story += ratings_story(data.survey, language)
    story += _matches(data, wording, styles)
    story += _bullets(
        wording["suggestions"],
        [f"{s.text} ({s.organisation})" if s.organisation else s.text for s in data.suggestions],
        styles,
    )
    if data.closing.strip():
        story += [Spacer(1, 4 * mm), Paragraph(wording["closing_heading"], styles["heading"])]
        story += _free_text(data.closing, styles)
    if data.next_event is not None:
        text = next_meeting_text(data.event, data.next_event, wording)
        story += [Spacer(1, 6 * mm), Paragraph(paragraph_text(text), styles["next"])]
    return build_a4(
        story,
        f"{heading} – {data.event.title}",
        language,
        printed_at,
        footer_left=f"{heading} – {data.event.title}",
        author=data.event.organiser,
        subject=heading,
    )


def attendance_sentence(named: int, unnamed: int, wording: dict) -> str:
    """What stands after the named people: "sowie 4 weitere Teilnehmende" (or, when no
    one may be named, "4 Teilnehmende"); empty when everyone was named."""
    if unnamed == 0:
        return ""
    if named:
        return wording["and_other"] if unnamed == 1 else wording["and_others"].format(n=unnamed)
    if unnamed == 1:
        return wording["only_one_counted"]
    return wording["only_counted"].format(n=unnamed)


def _free_text(text: str, styles: dict) -> list:
    """The organiser's own paragraphs (an empty line separates two)."""
    from reportlab.platypus import Paragraph

    paragraphs = [p.strip() for p in (text or "").split("\n\n") if p.strip()]
    return [Paragraph(paragraph_text(p).replace("\n", "<br/>"), styles["base"]) for p in paragraphs]


def _attendance(data: MinutesData, wording: dict, styles: dict) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    people = data.attendance
    story = [Spacer(1, 5 * mm), Paragraph(wording["attendance"], styles["heading"])]
    if not people.total and not people.organisations:
        return [*story, Paragraph(wording["nobody"], styles["base"])]
    organisations = wording["organisations"].format(n=len(people.organisations))
    story += [
        Paragraph(paragraph_text(organisations), styles["item"]),
        Paragraph(paragraph_text(german_quotes(", ".join(people.organisations))), styles["base"]),
        Spacer(1, 2 * mm),
        Paragraph(wording["participants"], styles["item"]),
    ]
    sentence = attendance_sentence(len(people.named), people.unnamed, wording)
    text = "; ".join(people.named)
    text = f"{text} {sentence}" if text and sentence else text or sentence
    story.append(Paragraph(paragraph_text(german_quotes(text)), styles["base"]))
    return story


def _agenda(data: MinutesData, wording: dict, styles: dict) -> list:
    """Each item with its time, and the note written under it during the meeting."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    if not data.agenda:
        return []
    notes = {n.agenda_item_id: n.note for n in data.notes}
    story = [Spacer(1, 5 * mm), Paragraph(wording["agenda"], styles["heading"])]
    for number, item in enumerate(data.agenda, start=1):
        clock = f"{item.start:%H:%M}–{item.end:%H:%M}  " if item.start and item.end else ""
        block = [Paragraph(paragraph_text(f"{clock}{number}. {item.title}"), styles["item"])]
        note = notes.get(item.id, "").strip()
        if note:
            block.append(Paragraph(paragraph_text(note).replace("\n", "<br/>"), styles["bullet"]))
        story.append(KeepTogether([*block, Spacer(1, 2 * mm)]))
    return story


def _polls(polls: tuple[PollResult, ...], wording: dict, styles: dict) -> list:
    """Per poll its question and a bar per option with the votes written beside it."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    if not polls:
        return []
    story = [Spacer(1, 5 * mm), Paragraph(wording["polls"], styles["heading"])]
    for poll in polls:
        how = wording["per_organisation" if poll.mode == "organisation" else "show_of_hands"]
        about = f" ({poll.agenda_item_title})" if poll.agenda_item_title else ""
        story.append(
            KeepTogether(
                [
                    Paragraph(paragraph_text(poll.question + about), styles["item"]),
                    Paragraph(
                        paragraph_text(f"{how} · {wording['votes'].format(n=poll.total)}"),
                        styles["small"],
                    ),
                    _poll_bars(poll),
                    Spacer(1, 3 * mm),
                ]
            )
        )
    return story


def _poll_bars(poll: PollResult):
    """Horizontal bars, longest for the most votes; the count at each bar's end."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    row = 7 * mm
    label_width, bar_width = 55 * mm, 100 * mm
    most = max((o.votes for o in poll.options), default=0) or 1
    drawing = Drawing(170 * mm, row * len(poll.options) + 2 * mm)
    for index, option in enumerate(poll.options):
        y = drawing.height - (index + 1) * row
        drawing.add(
            String(
                label_width - 2 * mm,
                y + 2 * mm,
                option.option[:40],
                textAnchor="end",
                fontName=fonts.REGULAR,
                fontSize=9,
            )
        )
        length = bar_width * option.votes / most
        if length:
            drawing.add(
                Rect(
                    label_width,
                    y + 1 * mm,
                    length,
                    row - 2.5 * mm,
                    fillColor=colors.HexColor(BAR_BLUE),
                    strokeColor=None,
                )
            )
        drawing.add(
            String(
                label_width + length + 2 * mm,
                y + 2 * mm,
                str(option.votes),
                fontName=fonts.BOLD,
                fontSize=9,
            )
        )
    return drawing


def _matches(data: MinutesData, wording: dict, styles: dict) -> list:
    lines = [
        german_quotes(wording["match"].format(offer=m.offer, need=m.need, topic=m.topic))
        for m in data.matches
    ]
    return _bullets(wording["matches"], lines, styles)


def _bullets(heading: str, lines: list[str], styles: dict) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    if not lines:
        return []
    return [
        Spacer(1, 5 * mm),
        Paragraph(paragraph_text(heading), styles["heading"]),
        *(Paragraph(paragraph_text(line), styles["bullet"], bulletText="•") for line in lines),
    ]
