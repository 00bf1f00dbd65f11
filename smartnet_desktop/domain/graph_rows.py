"""The network as a picture, as plain data: organisations (nodes), their existing
cooperations and their potential matches (edges). The services gather it; the renderers
(reports/network_graph.py) lay it out and draw it."""

from __future__ import annotations

from dataclasses import dataclass

COOPERATION = "cooperation"  # a partner the organisation's profile names: drawn solid
MATCH = "match"  # one offers what the other needs: drawn dashed, labelled by topic


@dataclass(frozen=True, slots=True)
class GraphNode:
    id: int
    name: str
    kind: str  # an OrganizationKind


@dataclass(frozen=True, slots=True)
class GraphEdge:
    """`source` and `target` are node ids; for a match the offering organisation is the
    source and the needing one the target, `topics` the topics of the match."""

    kind: str  # COOPERATION or MATCH
    source: int
    target: int
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NetworkGraph:
    """Nodes and edges in a fixed order (names, then topics), so that the same data give
    the same picture."""

    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    topic: str | None = None  # the one topic shown, or all
    present_event: int | None = None  # only organisations with someone checked in there

    def to_json(self) -> dict:
        names = {n.id: n.name for n in self.nodes}
        return {
            "organizations": [{"id": n.id, "name": n.name, "kind": n.kind} for n in self.nodes],
            "cooperations": [
                [names[e.source], names[e.target]] for e in self.edges if e.kind == COOPERATION
            ],
            "matches": [
                {"offer": names[e.source], "need": names[e.target], "topics": list(e.topics)}
                for e in self.edges
                if e.kind == MATCH
            ],
        }
