"""The catalogue of topics the network's survey speaks about: fields of action and
processes, each with the other words organisations use for it. The first catalogue is
seeded by a migration; organisers edit it afterwards (Organisations › Topics)."""

from __future__ import annotations

from smartnet_desktop.domain.search import normalise

# (name, area, synonyms): area "field" = Handlungsfeld, "process" = Prozess.
CATALOGUE: list[tuple[str, str, list[str]]] = [
    ("Tourismus", "field", ["Digitaler Tourismus", "Tourism", "Wohnstadt/Tourismus/Osterburg"]),
    ("Mobilität", "field", ["Mobility", "Innovative Mobilitäts-Services", "Mobilitätsdienste"]),
    (
        "Internationalisierung",
        "field",
        ["Internationalisation", "Internationalization", "Vernetzung auf europäischer Ebene"],
    ),
    (
        "Finanzierung/Fördermittel (EU)",
        "process",
        [
            "Finanzierung",
            "Fördermittel",
            "EU-Mittel",
            "Vermittlung von EU-Mitteln",
            "Förderprogrammüberblick",
            "Monetäre Unterstützung",
            "Finanzierungsmöglichkeiten",
            "Funding",
            "EU funding",
        ],
    ),
    ("Bürgerbeteiligung", "process", ["Citizen participation", "Partizipation", "Beteiligung"]),
    ("Digitale Verwaltung", "field", ["Digital administration", "E-Government", "OZG"]),
    (
        "Datenmanagement/IT-Sicherheit",
        "field",
        ["Datenmanagement", "IT-Sicherheit", "Data management", "IT security", "Cloud-Plattformen"],
    ),
    ("Öffentlichkeitsarbeit", "process", ["Public relations", "PR", "Kommunikation"]),
    (
        "Prozess-/Projektentwicklung",
        "process",
        [
            "Prozessentwicklung",
            "Projektentwicklung",
            "Prozess- und Projektentwicklung",
            "Konzepterarbeitung",
            "Project development",
        ],
    ),
    (
        "Weiterbildung/Forschung",
        "field",
        ["Weiterbildung", "Forschung", "Further education", "Research", "Bildung"],
    ),
    ("Technologietransfer", "process", ["Technology transfer", "Ausgründungen", "Spin-offs"]),
    (
        "Interkommunale Zusammenarbeit",
        "process",
        ["Inter-municipal cooperation", "Projekte mit Vereinen", "Kooperation"],
    ),
    ("Strategieentwicklung", "process", ["Strategy", "Smart-City-Strategie", "Leitbild"]),
    ("Dorfentwicklung", "field", ["Village development", "Dorfbauförderung", "Dorferneuerung"]),
    ("Energie", "field", ["Energy", "Wasserstoff", "Klimaschutz"]),
    ("Vernetzung", "process", ["Networking", "Netzwerkarbeit"]),
]


def topic_keys(name: str, synonyms: str | list[str]) -> set[str]:
    """The folded words by which a topic is recognised."""
    words = synonyms.split(";") if isinstance(synonyms, str) else synonyms
    return {normalise(w) for w in [name, *words] if normalise(w)}
