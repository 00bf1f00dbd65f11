"""The network as a picture, laid out by Graphviz: organisations as nodes (shape and colour
by kind), cooperations as solid lines, potential matches as dashed arrows from the
offering to the needing organisation, labelled by topic.

Each match's label is a node of its own on the way from one organisation to the other, so
that Graphviz's overlap removal (neato, overlap=prism) keeps every label clear of every
other label and of every organisation. Same data, same picture: the input comes sorted
(services/network_graph.py), the layout starts from a fixed seed.

Pure: plain rows in, bytes out (Graphviz runs as a program; without it ToolMissing).
"""

from __future__ import annotations

import html
import json
import textwrap

from smartnet_desktop.domain.errors import ToolMissing
from smartnet_desktop.domain.graph_rows import MATCH, NetworkGraph
from smartnet_desktop.domain.text_rules import german_quotes
from smartnet_desktop.reports.network_labels import labels
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

FONT = "DejaVu Sans"  # fonts-dejavu-core; the PDF drawing embeds the same font
MATCH_COLOUR = "#a34f00"
COOPERATION_COLOUR = "#37474f"
# shape, fill: one per OrganizationKind; the legend shows the colours.
KIND_STYLES = {
    "municipality": ("ellipse", "#cfe3f6"),
    "district": ("octagon", "#9cc3e8"),
    "region": ("hexagon", "#cdebc5"),
    "research": ("box", "#fde1b8"),
    "economic_development": ("parallelogram", "#f6f0a8"),
    "representation": ("note", "#e3d3f0"),
    "company": ("house", "#f8cfd6"),
    "other": ("ellipse", "#e4e4e4"),
}
GRAPH_LABELS = {
    "cooperation": QT_TRANSLATE_NOOP("Reports", "existing cooperation"),
    "match": QT_TRANSLATE_NOOP("Reports", "potential match (topic; arrow: offers → needs)"),
    "empty": QT_TRANSLATE_NOOP("Reports", "No organisations to show."),
}
SEED = 1  # the layout's start: the same layout every time
# Up to this many nodes (organisations and topic labels) neato with prism overlap removal
# and curved edges around the nodes; above it sfdp, scaled apart until nothing overlaps,
# with straight edges: prism and edge routing took seconds for 200 organisations.
NEATO_NODES = 300
LABEL_WIDTH = 22  # characters per line of an organisation's name


def render_graph(graph: NetworkGraph, fmt: str, language: str = "de") -> bytes:
    """The picture as "svg", "pdf", "png" or "json" (Graphviz's layout with its drawing
    operations, which reports/graph_drawing.py draws into ReportLab PDFs)."""
    import graphviz

    source = dot_source(graph, language)
    if fmt == "png":
        # at most 90 × 90 inches: a large network spreads over some 300 inches, which as
        # pixels would take gigabytes
        source = source[: source.rindex("}")] + '  graph [size="90,90"];\n}\n'
    try:
        return graphviz.pipe(_engine(graph), fmt, source.encode("utf-8"))
    except graphviz.ExecutableNotFound:
        raise ToolMissing(tool="Graphviz", package="graphviz") from None


def _engine(graph: NetworkGraph) -> str:
    return "neato" if _node_count(graph) <= NEATO_NODES else "sfdp"


def _node_count(graph: NetworkGraph) -> int:
    return len(graph.nodes) + sum(1 for e in graph.edges if e.kind == MATCH)


def layout(graph: NetworkGraph, language: str = "de") -> dict:
    """Graphviz's layout (coordinates in points, y up) with its drawing operations."""
    return json.loads(render_graph(graph, "json", language))


def dot_source(graph: NetworkGraph, language: str = "de") -> str:
    """The graph in Graphviz's language, every value quoted."""
    wording = {**labels(language), **words(language, GRAPH_LABELS)}
    small = _node_count(graph) <= NEATO_NODES
    lines = [
        "graph network {",
        _attributes(
            "graph",
            start=SEED,
            overlap="prism" if small else "scale",
            overlap_scaling=-4,
            sep="+10",
            esep="+4",
            splines="true" if small else "false",
            outputorder="edgesfirst",
            pad="0.2",
            fontname=FONT,
            fontsize=9,
            labelloc="b",
        ),
        _attributes(
            "node",
            fontname=FONT,
            fontsize=10,
            style="filled",
            color="#455a64",
            penwidth=0.8,
            margin="0.08,0.04",
        ),
        _attributes("edge", fontname=FONT, penwidth=1.2),
    ]
    lines.append(f"  graph [label=<{_legend(graph, wording)}>];")
    if not graph.nodes:
        lines.append(f'  empty [shape=plaintext, style="", label={_quoted(wording["empty"])}];')
    for node in graph.nodes:
        shape, fill = KIND_STYLES.get(node.kind, KIND_STYLES["other"])
        shown = german_quotes(node.name)  # typeset as on the site and the badges
        name = "\n".join(textwrap.wrap(shown, LABEL_WIDTH, break_long_words=False)) or "?"
        lines.append(
            f"  o{node.id} [shape={shape}, fillcolor={_quoted(fill)}, label={_quoted(name)}, "
            f"class={_quoted('org ' + node.kind)}];"
        )
    lines += _edges(graph)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _edges(graph: NetworkGraph) -> list[str]:
    lines = []
    for number, edge in enumerate(graph.edges):
        if edge.kind != MATCH:
            lines.append(
                f"  o{edge.source} -- o{edge.target} [color={_quoted(COOPERATION_COLOUR)}, "
                f'penwidth=2, len=1.3, class="cooperation"];'
            )
            continue
        # offer -- label -> need: the label is a node, so nothing overlaps it
        label = (
            "\n".join(textwrap.wrap(", ".join(edge.topics), LABEL_WIDTH, break_long_words=False))
            or "?"
        )
        colour = _quoted(MATCH_COLOUR)
        lines += [
            f'  m{number} [shape=plaintext, style="", fontsize=8, fontcolor={colour}, '
            f'margin="0.02,0.01", width=0, height=0, label={_quoted(label)}, class="topic"];',
            f'  o{edge.source} -- m{number} [style=dashed, color={colour}, len=0.9, class="match"];',
            f"  m{number} -- o{edge.target} [style=dashed, color={colour}, len=0.9, "
            f'dir=forward, arrowsize=0.7, class="match"];',
        ]
    return lines


def _legend(graph: NetworkGraph, wording: dict) -> str:
    """An HTML-like table under the picture: the colour of each kind shown, the two
    line styles."""
    shown = sorted({n.kind for n in graph.nodes}, key=list(KIND_STYLES).index)
    cells = "".join(
        f'<td bgcolor="{KIND_STYLES[kind][1]}" border="1">  </td>'
        f"<td>{html.escape(wording['kinds'].get(kind, kind))}</td>"
        for kind in shown
        if kind in KIND_STYLES
    )
    lines = (
        f'<td><font color="{COOPERATION_COLOUR}">━━━</font></td>'
        f"<td>{html.escape(wording['cooperation'])}</td>"
        f'<td><font color="{MATCH_COLOUR}">- - →</font></td>'
        f"<td>{html.escape(wording['match'])}</td>"
    )
    kinds = f'<tr><td><table border="0" cellspacing="4" cellpadding="1"><tr>{cells}</tr></table></td></tr>'
    styles = f'<tr><td><table border="0" cellspacing="4" cellpadding="1"><tr>{lines}</tr></table></td></tr>'
    return f'<table border="0" cellspacing="0">{kinds if cells else ""}{styles}</table>'


def _attributes(what: str, **values) -> str:
    return f"  {what} [" + ", ".join(f"{k}={_quoted(str(v))}" for k, v in values.items()) + "];"


def _quoted(text: str) -> str:
    """A DOT string: backslashes and quotes escaped, line breaks as Graphviz's centred
    line ends."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "\\n".join(escaped.splitlines() or [""]) + '"'
