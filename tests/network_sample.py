"""A made-up network of any size for the network picture's tests and benchmark: towns,
districts, regions, universities, companies ... with two needs and two offers each among
40 topics, and a partner named in every third profile. Same seed, same network."""

from __future__ import annotations

import random

from sqlalchemy import insert, select

from smartnet_desktop.domain.enums import OrganizationKind, StatementKind
from smartnet_desktop.domain.models import Organization, Statement, Topic

TOWNS = [
    "Altenburg",
    "Apolda",
    "Arnstadt",
    "Bad Langensalza",
    "Eisenach",
    "Eisenberg",
    "Erfurt",
    "Gotha",
    "Greiz",
    "Heilbad Heiligenstadt",
    "Hildburghausen",
    "Ilmenau",
    "Jena",
    "Leinefelde-Worbis",
    "Meiningen",
    "Mühlhausen",
    "Nordhausen",
    "Pößneck",
    "Rudolstadt",
    "Saalfeld",
    "Schmalkalden",
    "Sömmerda",
    "Sondershausen",
    "Sonneberg",
    "Suhl",
    "Weimar",
    "Zeulenroda-Triebes",
    "Bad Frankenhausen",
    "Schleiz",
    "Lobenstein",
]
PREFIX = {
    OrganizationKind.MUNICIPALITY: "Stadt",
    OrganizationKind.DISTRICT: "Landkreis",
    OrganizationKind.REGION: "Zweckverband Region",
    OrganizationKind.RESEARCH: "Hochschule",
    OrganizationKind.ECONOMIC_DEVELOPMENT: "Wirtschaftsförderung",
    OrganizationKind.REPRESENTATION: "Landesvertretung",
    OrganizationKind.COMPANY: "Digitalwerk GmbH",
    OrganizationKind.OTHER: "Verein Digitales",
}
TOPIC_WORDS = [
    "Mobilität",
    "Tourismus",
    "Bürgerbeteiligung",
    "Digitale Verwaltung",
    "Energie",
    "Internationalisierung",
    "Fördermittel",
    "Bildung",
    "Gesundheit",
    "Datenmanagement",
    "IT-Sicherheit",
    "Klimaschutz",
    "Wohnen",
    "Einzelhandel",
    "Kultur",
    "Open Data",
    "Breitband",
    "Strategie",
    "Öffentlichkeitsarbeit",
    "Sensorik",
]


def topic_names(count: int = 40) -> list[str]:
    return [TOPIC_WORDS[i % 20] + ("" if i < 20 else " (Praxis)") for i in range(count)]


def fill(sessions, organisations: int, topics: int = 40, seed: int = 25) -> None:
    """`organisations` organisations with their survey answers, in one transaction."""
    rng = random.Random(seed)
    kinds = list(OrganizationKind)
    with sessions.begin() as session:
        known = dict(session.execute(select(Topic.name, Topic.id)).all())
        wanted = topic_names(topics)
        new = [{"name": n, "area": "field"} for n in wanted if n not in known]
        if new:
            session.execute(insert(Topic), new)
        topic_ids = [
            i for n, i in session.execute(select(Topic.name, Topic.id)).all() if n in wanted
        ]
        names = []
        for number in range(organisations):
            kind = kinds[number % len(kinds)]
            names.append((f"{PREFIX[kind]} {TOWNS[number % len(TOWNS)]} {number + 1}", kind))
        session.execute(
            insert(Organization),
            [
                {
                    "name": name,
                    "kind": kind.value,
                    "slug": f"org-{number}",
                    "partners": names[rng.randrange(organisations)][0] if number % 3 == 0 else "",
                }
                for number, (name, kind) in enumerate(names)
            ],
        )
        ids = [
            i
            for n, i in session.execute(select(Organization.name, Organization.id)).all()
            if n in {name for name, _ in names}
        ]
        rows = []
        for org in sorted(ids):
            chosen = rng.sample(topic_ids, 4)
            for kind, topic in zip(
                [StatementKind.NEED] * 2 + [StatementKind.OFFER] * 2, chosen, strict=True
            ):
                rows.append({"organization_id": org, "topic_id": topic, "kind": kind.value})
        session.execute(insert(Statement), rows)
