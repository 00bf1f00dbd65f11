"""The data of the network picture: every organisation (or, for a meeting, those with
someone checked in), the cooperations their profiles name, and the potential matches.
One read; the picture itself is drawn by reports/network_graph.py."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.graph_rows import (
    COOPERATION,
    MATCH,
    GraphEdge,
    GraphNode,
    NetworkGraph,
)
from smartnet_desktop.domain.models import Organization, Person, Registration
from smartnet_desktop.domain.network_rows import Match
from smartnet_desktop.domain.search import name_sort_key, normalise
from smartnet_desktop.services.events import load_event

# A picture stays readable: per organisation that needs help, its best-scored partners
# only (services.matches ranks them); the tables list every match.
OFFERS_PER_NEED = 2

# "DHGE Gera-Eisenach: Wasserstoffnetzwerk, Innovationszentrum; TU Ilmenau": entries end at
# ";" or a line break, a partner's name ends at ":" (what follows is the joint work).
_ENTRIES = re.compile(r"[;\n]+")


def network_graph(
    sessions: sessionmaker[Session], topic: str | None = None, present_event: int | None = None
) -> NetworkGraph:
    with sessions.begin() as session:
        return graph_in(session, topic, present_event)


def graph_in(
    session: Session, topic: str | None = None, present_event: int | None = None
) -> NetworkGraph:
    """`topic`: only the matches of that topic (cooperations stay: they are the network's
    shape); `present_event`: only organisations with someone checked in at that meeting."""
    organizations = session.execute(
        select(Organization.id, Organization.name, Organization.kind, Organization.partners)
    ).all()
    if present_event is not None:
        load_event(session, present_event)
        here = set(
            session.scalars(
                select(Person.organization_id)
                .join(Registration, Registration.person_id == Person.id)
                .where(
                    Registration.event_id == present_event,
                    Registration.checked_in_at.is_not(None),
                    Person.organization_id.is_not(None),
                )
            )
        )
        organizations = [o for o in organizations if o.id in here]
    nodes = sorted(
        (GraphNode(o.id, o.name, o.kind) for o in organizations), key=lambda n: _key(n.name)
    )
    ids = {n.name: n.id for n in nodes}
    edges = _cooperations(organizations, ids) + _match_edges(potential_matches(session, topic, present_event), ids)
    return NetworkGraph(tuple(nodes), tuple(edges), topic, present_event)


def potential_matches(session: Session, topic: str | None, event_id: int | None) -> list[Match]:
    """The one place the picture takes its matches from: best score first (with a meeting,
    pairs both here first)."""
    from smartnet_desktop.services.matches import matches_in

    found = matches_in(session, topic, event_id=event_id)
    return sorted(found, key=lambda match: -match.points)  # stable: ties keep topic order


def _cooperations(organizations, ids: dict[str, int]) -> list[GraphEdge]:
    """A partner named in a profile that is itself an organisation of the network, by its
    full name or its short form ("TU Ilmenau" for "Technische Universität Ilmenau");
    a partner from outside the network is not drawn. Each pair once."""
    known: dict[str, int] = {}
    for name, node in ids.items():
        for form in _name_forms(name):
            known.setdefault(form, node)
    pairs = set()
    for org in organizations:
        if org.id not in ids.values() or not org.partners:
            continue
        for entry in _ENTRIES.split(org.partners):
            partner = known.get(normalise(entry.split(":", 1)[0]))
            if partner is not None and partner != org.id:
                pairs.add(tuple(sorted((org.id, partner))))
    names = {node: name for name, node in ids.items()}
    return [
        GraphEdge(COOPERATION, a, b)
        for a, b in sorted(pairs, key=lambda p: (_key(names[p[0]]), _key(names[p[1]])))
    ]


def _name_forms(name: str) -> list[str]:
    """The name, and the initials of all words but the last before the last word."""
    words = name.split()
    forms = [normalise(name)]
    if len(words) >= 3:
        forms.append(normalise("".join(w[0] for w in words[:-1]) + " " + words[-1]))
    return forms


def _match_edges(matches: list[Match], ids: dict[str, int]) -> list[GraphEdge]:
    """One dashed edge per offering and needing organisation, labelled with the topics
    they share; per needing organisation at most OFFERS_PER_NEED partners, the first in the
    order of `matches` (best first)."""
    partners: dict[str, set[str]] = defaultdict(set)
    topics: dict[tuple[int, int], list[str]] = defaultdict(list)
    for match in matches:
        if match.need not in ids or match.offer not in ids:
            continue
        chosen = partners[match.need]
        if match.offer not in chosen and len(chosen) >= OFFERS_PER_NEED:
            continue
        chosen.add(match.offer)
        topics[(ids[match.offer], ids[match.need])].append(match.topic)
    names = {node: name for name, node in ids.items()}
    return [
        GraphEdge(MATCH, offer, need, tuple(sorted(set(shared), key=_key)))
        for (offer, need), shared in sorted(
            topics.items(), key=lambda item: (_key(names[item[0][0]]), _key(names[item[0][1]]))
        )
    ]


def _key(name: str) -> tuple[str, str]:
    return name_sort_key(name, "")


def picture(
    sessions: sessionmaker[Session],
    fmt: str = "svg",
    topic: str | None = None,
    present_event: int | None = None,
    language: str = "de",
) -> tuple[NetworkGraph, bytes]:
    """The graph and its picture ("svg", "pdf", "png"), for the window."""
    from smartnet_desktop.reports.network_graph import render_graph

    graph = network_graph(sessions, topic, present_event)
    return graph, render_graph(graph, fmt, language)


def write_network_graph(
    sessions: sessionmaker[Session],
    out: Path,
    topic: str | None = None,
    present_event: int | None = None,
    language: str = "de",
) -> NetworkGraph:
    """The picture as SVG, PDF or PNG (by the name's ending), written safely (outputs)."""
    from smartnet_desktop import outputs
    from smartnet_desktop.reports.network_graph import render_graph

    suffix = Path(out).suffix.lower()
    if suffix not in (".svg", ".pdf", ".png"):
        raise InvalidInput("file", "unknown_picture_format", suffix=suffix or "?")
    outputs.file_target(out)
    graph = network_graph(sessions, topic, present_event)
    outputs.write_file(out, render_graph(graph, suffix[1:], language))
    return graph
