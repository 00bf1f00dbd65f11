"""The network picture drawn into a ReportLab PDF as vectors, from Graphviz's layout and
its drawing operations (reports/network_graph.layout, xdot ops in JSON): ellipses,
polygons, Bézier curves, text. Scaled to fit the frame."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from smartnet_desktop import fonts

_PARTS = ("_draw_", "_ldraw_", "_hdraw_", "_tdraw_", "_hldraw_", "_tldraw_")


class GraphDrawing(Flowable):
    def __init__(self, layout: dict, width: float, height: float) -> None:
        super().__init__()
        self.layout = layout
        x0, y0, x1, y1 = (float(v) for v in layout["bb"].split(","))
        self.box = (x0, y0, x1 - x0, y1 - y0)
        self.scale = min(width / max(self.box[2], 1), height / max(self.box[3], 1), 1.0)
        self.width, self.height = self.box[2] * self.scale, self.box[3] * self.scale

    def wrap(self, _available_width, _available_height):
        return self.width, self.height

    def draw(self) -> None:
        fonts.register()
        canvas = self.canv
        canvas.saveState()
        canvas.scale(self.scale, self.scale)
        canvas.translate(-self.box[0], -self.box[1])
        items = [self.layout, *self.layout.get("edges", []), *self.layout.get("objects", [])]
        for item in items:
            for part in _PARTS:
                _run(canvas, item.get(part, ()))
        canvas.restoreState()


def _run(canvas, operations) -> None:
    state = {"size": 10.0, "dash": False, "pen": colors.black}
    for op in operations:
        kind = op["op"]
        if kind in ("c", "C"):
            colour = _colour(op.get("color", "#000000"))
            if kind == "c":
                state["pen"] = colour  # lines and text: ReportLab fills text, so kept here
            (canvas.setStrokeColor if kind == "c" else canvas.setFillColor)(colour)
        elif kind == "S":
            state["dash"] = op.get("style") == "dashed"
            canvas.setDash(4, 3) if state["dash"] else canvas.setDash()
        elif kind == "F":
            state["size"] = float(op.get("size", 10))
        elif kind in ("e", "E"):
            x, y, rx, ry = op["rect"]
            canvas.ellipse(x - rx, y - ry, x + rx, y + ry, stroke=1, fill=int(kind == "E"))
        elif kind in ("p", "P", "L", "b", "B"):
            path = canvas.beginPath()
            points = op["points"]
            path.moveTo(*points[0])
            if kind in ("b", "B"):
                for i in range(1, len(points) - 2, 3):
                    path.curveTo(*points[i], *points[i + 1], *points[i + 2])
            else:
                for point in points[1:]:
                    path.lineTo(*point)
            if kind in ("p", "P", "b"):
                path.close()
            canvas.drawPath(path, stroke=1, fill=int(kind in ("P", "b")))
        elif kind == "T":
            canvas.setFont(fonts.REGULAR, state["size"])
            canvas.setFillColor(state["pen"])
            x, y = op["pt"]
            align = op.get("align", "c")
            draw = {"l": canvas.drawString, "r": canvas.drawRightString}.get(
                align, canvas.drawCentredString
            )
            draw(x, y, op["text"])


def _colour(value: str):
    value = value.strip()
    if value.startswith("#") and len(value) == 9:  # with alpha
        value = value[:7]
    try:
        return colors.HexColor(value) if value.startswith("#") else getattr(colors, value)
    except (ValueError, AttributeError):
        return colors.black
