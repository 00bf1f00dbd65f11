"""Issue 23 item 12: the survey report read back like the meeting's slides. The 1–6 axis
starts at 1 and names its ends, an average line, n per topic, topics in DIN 5007 order
(Ö with O), support wanted as counts with reasons, offers with their descriptions, the
matches as a table per topic, the small-population caveat, the title from the event."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from smartnet_desktop.cli import main
from smartnet_desktop.domain.network_rows import AreaSummary, SurveySummary
from smartnet_desktop.reports.survey_report import SMALL_POPULATION, render_survey_report
from smartnet_desktop.services.matches import matches_in
from smartnet_desktop.services.organizations import profiles
from smartnet_desktop.services.survey import summary
from tests.reports.pdf_reading import all_text, find, page_texts

PRINTED_AT = datetime(2026, 11, 30, 17, 23)


def _report(demo, figures=None, title="4. Netzwerktreffen", language="de") -> bytes:
    sessions, _gera, _ = demo
    with sessions() as session:
        found, matches = profiles(session), matches_in(session)
    figures = figures or summary(sessions)
    return render_survey_report(figures, found, matches, title, language, PRINTED_AT)


def test_topics_stand_in_din_5007_order_with_their_n(demo):
    sessions, _gera, _ = demo
    names = [topic for topic, _avg, _n in summary(sessions).processes.per_topic]
    assert names.index("Öffentlichkeitsarbeit") < names.index("Prozess-/Projektentwicklung")
    pdf = _report(demo)
    text = all_text(pdf)
    assert "Öffentlichkeitsarbeit (n = 1)" in text and "Bürgerbeteiligung (n = 2)" in text
    assert "Themen alphabetisch (DIN 5007)" in text
    # top to bottom on the page as in the list: Ö between F and P, not after T
    tops = [find(pdf, f"{name} (n = ")[0].top for name in names]
    assert tops == sorted(tops)


def test_the_rating_axis_starts_at_1_and_names_its_ends_with_an_average_line(demo):
    pdf = _report(demo)
    first = page_texts(pdf)[0]
    assert "1 = sehr viel Erfahrung" in first and "6 = keine Erfahrung" in first
    assert "Ø 3,23" in first and "Ø 3,07" in first  # the average lines' labels
    # the axis of the processes chart: 1 … 6 left to right, starting where the caption
    # "← 1 = sehr viel Erfahrung" starts, no 0
    scale = find(pdf, "← 1 = sehr viel Erfahrung")[0]
    ticks = sorted(
        (b.left, digit)
        for digit in "0123456"
        for b in find(pdf, digit)
        if b.page == 1 and 3 < scale.top - b.top < 30
    )
    assert "".join(digit for _left, digit in ticks) == "123456"
    assert abs((ticks[0][0]) - scale.left) < 12


def test_support_wanted_is_a_chart_of_counts_and_reasons(demo):
    pdf = _report(demo)
    text = all_text(pdf)
    assert "Unterstützung gewünscht?" in text
    for label, count in (("dafür", 4), ("dagegen", 2), ("Know-how-Defizite", 2)):
        box = find(pdf, label)[0]
        middle = (box.left + box.right) / 2
        above = [  # the count stands over its bar, above the bar's label
            b
            for b in find(pdf, str(count))
            if b.page == box.page
            and abs((b.left + b.right) / 2 - middle) < 12
            and 0 < box.top - b.top < 120
        ]
        assert above, label
    assert "Know-how-Defizite" in text and "Ungeschultes" in text
    assert "Blau: Antworten (n = 6)" in text


def test_offers_with_their_descriptions_and_matches_as_a_table(demo):
    pdf = _report(demo)
    text = all_text(pdf)
    assert "Austausch- und Unterstützungsangebote" in text
    assert "Strategieentwicklung – zu fast allen Themen und Prozessen" in text
    assert "Wo ist Unterstützung nötig?" in text
    # the matches table: a topic in the first column, the needing and offering in the next
    head = find(pdf, "sucht Unterstützung")[0]
    offer_head = find(pdf, "bietet Unterstützung")[0]
    topic = [b for b in find(pdf, "Tourismus") if b.page == head.page and b.top > head.top][0]
    weida = [b for b in find(pdf, "Stadt Weida") if b.page == head.page and b.top > head.top]
    dingelstaedt = [b for b in find(pdf, "Stadt Dingelstädt") if b.page == head.page]
    assert any(abs(b.top - topic.top) < 2 and abs(b.left - head.left) < 2 for b in weida)
    assert any(
        abs(b.top - topic.top) < 2 and abs(b.left - offer_head.left) < 2 for b in dingelstaedt
    )


def test_the_caveat_names_the_small_population(demo):
    sessions, _gera, _ = demo
    figures = summary(sessions)
    text = " ".join(all_text(_report(demo, figures)).split())
    assert figures.organizations < SMALL_POPULATION
    assert (
        f"geringe Grundgesamtheit (n = {figures.organizations}, weniger als "
        f"{SMALL_POPULATION} Organisationen)" in text
    )
    assert "qualitatives Stimmungsbild" in text
    many = replace(figures, organizations=SMALL_POPULATION)
    assert "Grundgesamtheit" not in all_text(_report(demo, many))


def test_an_empty_area_and_no_support_leave_no_empty_chart(demo):
    sessions, _gera, _ = demo
    empty = AreaSummary("process", None, 0, (), (0,) * 6)
    figures = SurveySummary(empty, empty, (), 0)
    text = all_text(_report(demo, figures))
    assert "Prozesserfahrungen" not in text and "Unterstützung gewünscht?" not in text


def test_the_title_comes_from_the_event_the_survey_is_reported_at(demo, db_path, tmp_path, capsys):
    out = tmp_path / "umfrage.pdf"
    assert main(["--db", str(db_path), "survey", "report", "--out", str(out), "--json"]) == 0
    json.loads(capsys.readouterr().out)
    text = " ".join(all_text(out.read_bytes()).split())
    assert (
        "Umfrageergebnisse – 4. Netzwerktreffen Smart Cities / Smart Regions in Thüringen" in text
    )
