"""Words of the Steckbriefe, the profile site and the survey report, in German and English
(reports take a language like the agenda handout does; the window's words go through tr())."""

from __future__ import annotations

LABELS = {
    "de": {
        "kinds": {
            "municipality": "Kommune",
            "district": "Landkreis",
            "region": "Zweckverband / Region",
            "research": "Hochschule / Forschung",
            "economic_development": "Wirtschaftsförderung",
            "representation": "Landes- / EU-Vertretung",
            "company": "Unternehmen",
            "other": "Sonstige",
        },
        "profiles": "Steckbriefe",
        "network": "Netzwerk Smart Cities / Smart Regions in Thüringen",
        "population": "Einwohner",
        "website": "Website",
        "offers": "Wir bieten",
        "needs": "Wir suchen Unterstützung bei",
        "experience": "Erfahrung (1 = sehr viel, 6 = keine)",
        "process": "Prozess",
        "field": "Handlungsfeld",
        "projects": "Smart-City-Projekte",
        "partners": "Kooperationen",
        "contact": "Ansprechperson",
        "no_contact": "Ansprechperson über die Digitalagentur",
        "rating": "Bewertung",
        "topic": "Thema",
        "survey": "Umfrageergebnisse",
        "averages": "Durchschnitt",
        "of_6": "von 6 Punkten (1 = sehr viel Erfahrung, 6 = keine)",
        "processes": "Prozesserfahrungen",
        "fields": "Erfahrungen in Handlungsfeldern",
        "distribution": "Verteilung der Bewertungen",
        "support": "Unterstützung gewünscht?",
        "yes": "ja",
        "no": "nein",
        "matches": "Potenzielle Matches",
        "needs_short": "sucht",
        "offers_short": "bietet",
        "needs_offers": "Bedarfe und Angebote",
        "answers": "Antworten",
        "page": "Seite",
        "back": "Alle Steckbriefe",
        "none": "–",
    },
    "en": {
        "kinds": {
            "municipality": "Municipality",
            "district": "District",
            "region": "Association / region",
            "research": "University / research",
            "economic_development": "Economic development",
            "representation": "State / EU representation",
            "company": "Company",
            "other": "Other",
        },
        "profiles": "Profiles",
        "network": "Smart Cities / Smart Regions network in Thuringia",
        "population": "Population",
        "website": "Website",
        "offers": "We offer",
        "needs": "We are looking for support in",
        "experience": "Experience (1 = very much, 6 = none)",
        "process": "Process",
        "field": "Field of action",
        "projects": "Smart-city projects",
        "partners": "Cooperation partners",
        "contact": "Contact",
        "no_contact": "Contact through the Digitalagentur",
        "rating": "Rating",
        "topic": "Topic",
        "survey": "Survey results",
        "averages": "Average",
        "of_6": "of 6 points (1 = very much experience, 6 = none)",
        "processes": "Experience in processes",
        "fields": "Experience in fields of action",
        "distribution": "Distribution of ratings",
        "support": "Support wanted?",
        "yes": "yes",
        "no": "no",
        "matches": "Potential matches",
        "needs_short": "needs",
        "offers_short": "offers",
        "needs_offers": "Needs and offers",
        "answers": "answers",
        "page": "Page",
        "back": "All profiles",
        "none": "–",
    },
}


def labels(language: str) -> dict:
    return LABELS.get(language, LABELS["de"])


def decimal(value: float | None, language: str) -> str:
    """3.23 in English, 3,23 in German."""
    if value is None:
        return "–"
    text = f"{value:.2f}"
    return text.replace(".", ",") if language == "de" else text


def facts(organization, language: str) -> str:
    """ "Kommune · Gera · 92.126 Einwohner": what kind, where, how many people."""
    words = labels(language)
    parts = [words["kinds"].get(organization.kind, "")]
    if organization.town:
        parts.append(organization.town)
    if organization.population:
        parts.append(f"{organization.population:,} {words['population']}".replace(",", "."))
    return " · ".join(p for p in parts if p)
