"""The charts of the survey report, drawn with ReportLab's own charts: the average rating
per topic (a 1–6 scale whose axis starts at 1 and names its ends, the area's average as a
line, n per topic), how the ratings are distributed, and who wants support and why."""

from __future__ import annotations

from smartnet_desktop import fonts
from smartnet_desktop.domain.network_rows import AreaSummary
from smartnet_desktop.reports.network_labels import decimal

BLUE = "#0b3d6e"
AMBER = "#f9a825"
RED = "#b00020"
GREY = "#444444"
WIDTH_MM = 170


def rating_chart(area: AreaSummary, wording: dict, language: str):
    """Average per topic as bars from 1 (very much experience) towards 6 (none), topics top
    down in the order given, each labelled with its n; the area's average as a dashed
    line; under the axis which end is which."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    topics = list(area.per_topic)
    bars_height = max(3, len(topics)) * 6.5 * mm
    bottom = 15 * mm
    drawing = Drawing(WIDTH_MM * mm, bars_height + bottom + 6 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y = 68 * mm, bottom
    chart.width, chart.height = 88 * mm, bars_height
    chart.data = [[round(avg, 2) for _t, avg, _n in reversed(topics)]]
    chart.categoryAxis.categoryNames = [
        wording["topic_n"].format(topic=t, n=n) for t, _a, n in reversed(topics)
    ]
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 1, 6, 1
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize = fonts.REGULAR, 8
    chart.bars[0].fillColor = colors.HexColor(BLUE)
    chart.bars[0].strokeColor = None
    chart.barWidth = 4
    chart.barLabelFormat = lambda v: decimal(v, language)
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.REGULAR, 7.5
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    if area.average is not None:
        _average_line(drawing, chart, decimal(area.average, language), area.average, wording)
    _scale_ends(drawing, chart, wording)
    return drawing


def _average_line(drawing, chart, shown: str, average: float, wording: dict) -> None:
    """A dashed red line across the bars at the area's average, "Ø 3,23" above it."""
    from reportlab.graphics.shapes import Line, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    x = chart.x + chart.width * (average - 1) / 5
    top = chart.y + chart.height
    red = colors.HexColor(RED)
    drawing.add(
        Line(x, chart.y, x, top + 2 * mm, strokeColor=red, strokeWidth=1, strokeDashArray=[3, 2])
    )
    label = wording["average_mark"].format(value=shown)
    drawing.add(
        String(
            x,
            top + 3 * mm,
            label,
            fontName=fonts.BOLD,
            fontSize=8,
            fillColor=red,
            textAnchor="middle",
        )
    )


def _scale_ends(drawing, chart, wording: dict) -> None:
    """ "1 = sehr viel Erfahrung" under the axis's start, "6 = keine Erfahrung" under its
    end: the reader never has to guess which end is good."""
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    y = chart.y - 9 * mm
    style = {"fontName": fonts.REGULAR, "fontSize": 7.5, "fillColor": colors.HexColor(GREY)}
    drawing.add(String(chart.x, y, "← " + wording["scale_best"], textAnchor="start", **style))
    drawing.add(
        String(chart.x + chart.width, y, wording["scale_worst"] + " →", textAnchor="end", **style)
    )


def distribution_chart(processes: AreaSummary, fields: AreaSummary, wording: dict):
    """How many ratings were 1, 2, ... 6, processes and fields side by side."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    drawing = Drawing(WIDTH_MM * mm, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 15 * mm, 96 * mm, 42 * mm
    chart.data = [list(processes.distribution), list(fields.distribution)]
    chart.categoryAxis.categoryNames = [str(n) for n in range(1, 7)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = 1
    for n, colour in enumerate((BLUE, AMBER)):
        chart.bars[n].fillColor = colors.HexColor(colour)
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    _scale_ends(drawing, chart, wording)
    legend = Legend()
    legend.x, legend.y = 114 * mm, 52 * mm
    legend.fontName, legend.fontSize = fonts.REGULAR, 8
    legend.alignment = "right"  # the colour before its words
    legend.colorNamePairs = [
        (colors.HexColor(BLUE), wording["processes"]),
        (colors.HexColor(AMBER), wording["fields"]),
    ]
    drawing.add(legend)
    return drawing


def support_chart(counts: list[tuple[str, int, bool]]):
    """Vertical bars as on the meeting's slide: "dafür", "dagegen", then one bar per reason
    given (reasons in amber); each bar labelled with its count."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    drawing = Drawing(WIDTH_MM * mm, 52 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width, chart.height = min(150, 26 * len(counts)) * mm, 34 * mm
    chart.data = [[n for _label, n, _reason in counts]]
    chart.categoryAxis.categoryNames = [label for label, _n, _reason in counts]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([n for _l, n, _r in counts] + [1]) + 1
    chart.valueAxis.valueStep = 1
    chart.bars[0].strokeColor = None
    for i, (_label, _n, reason) in enumerate(counts):
        chart.bars[(0, i)].fillColor = colors.HexColor(AMBER if reason else BLUE)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.BOLD, 8
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing
