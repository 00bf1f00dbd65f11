"""Words of the Steckbriefe, the profile site and the survey report, in German and English
(reports take a language like the agenda handout does; the window's words go through tr())."""

from __future__ import annotations

from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

NONE = "–"  # an empty cell, in every language

LABELS = {
    "kinds": {
        "municipality": QT_TRANSLATE_NOOP("Reports", "Municipality"),
        "district": QT_TRANSLATE_NOOP("Reports", "District"),
        "region": QT_TRANSLATE_NOOP("Reports", "Association / region"),
        "research": QT_TRANSLATE_NOOP("Reports", "University / research"),
        "economic_development": QT_TRANSLATE_NOOP("Reports", "Economic development"),
        "representation": QT_TRANSLATE_NOOP("Reports", "State / EU representation"),
        "company": QT_TRANSLATE_NOOP("Reports", "Company"),
        "other": QT_TRANSLATE_NOOP("Reports", "Other"),
    },
    "profiles": QT_TRANSLATE_NOOP("Reports", "Profiles"),
    "network": QT_TRANSLATE_NOOP("Reports", "Smart Cities / Smart Regions network in Thuringia"),
    "population": QT_TRANSLATE_NOOP("Reports", "Population"),
    "website": QT_TRANSLATE_NOOP("Reports", "Website"),
    "offers": QT_TRANSLATE_NOOP("Reports", "We offer"),
    "needs": QT_TRANSLATE_NOOP("Reports", "We are looking for support in"),
    "experience": QT_TRANSLATE_NOOP("Reports", "Experience (1 = very much, 6 = none)"),
    "process": QT_TRANSLATE_NOOP("Reports", "Process"),
    "field": QT_TRANSLATE_NOOP("Reports", "Field of action"),
    "projects": QT_TRANSLATE_NOOP("Reports", "Smart-city projects"),
    "partners": QT_TRANSLATE_NOOP("Reports", "Cooperation partners"),
    "contact": QT_TRANSLATE_NOOP("Reports", "Contact"),
    # who answers for a profile without a contact person (the network's settings name it)
    "no_contact": QT_TRANSLATE_NOOP("Reports", "Contact through the {office}"),
    "no_office": QT_TRANSLATE_NOOP("Reports", "Contact through the network's office"),
    "rating": QT_TRANSLATE_NOOP("Reports", "Rating"),
    "topic": QT_TRANSLATE_NOOP("Reports", "Topic"),
    "survey": QT_TRANSLATE_NOOP("Reports", "Survey results"),
    "averages": QT_TRANSLATE_NOOP("Reports", "Average"),
    "of_6": QT_TRANSLATE_NOOP("Reports", "of 6 points (1 = very much experience, 6 = none)"),
    "processes": QT_TRANSLATE_NOOP("Reports", "Experience in processes"),
    "fields": QT_TRANSLATE_NOOP("Reports", "Experience in fields of action"),
    "distribution": QT_TRANSLATE_NOOP("Reports", "Distribution of ratings"),
    "support": QT_TRANSLATE_NOOP("Reports", "Support wanted?"),
    "yes": QT_TRANSLATE_NOOP("Reports", "yes"),
    "no": QT_TRANSLATE_NOOP("Reports", "no"),
    "matches": QT_TRANSLATE_NOOP("Reports", "Potential matches"),
    "needs_short": QT_TRANSLATE_NOOP("Reports", "needs"),
    "offers_short": QT_TRANSLATE_NOOP("Reports", "offers"),
    "needs_offers": QT_TRANSLATE_NOOP("Reports", "Needs and offers"),
    "answers": QT_TRANSLATE_NOOP("Reports", "answers"),
    "page": QT_TRANSLATE_NOOP("Reports", "Page"),
    "back": QT_TRANSLATE_NOOP("Reports", "All profiles"),
}


def labels(language: str) -> dict:
    """The words in `language` (English for "en", German otherwise)."""
    return {**words(language, LABELS), "none": NONE}


def no_contact(wording: dict, office: str) -> str:
    """ "Ansprechperson über die Digitalagentur", or the network's office when unnamed."""
    return wording["no_contact"].format(office=office) if office else wording["no_office"]


def decimal(value: float | None, language: str) -> str:
    """3.23 in English, 3,23 in German."""
    if value is None:
        return "–"
    text = f"{value:.2f}"
    return text.replace(".", ",") if language == "de" else text


def facts(organization, language: str) -> str:
    """ "Kommune · Gera · 92.126 Einwohner": what kind, where, how many people."""
    wording = labels(language)
    parts = [wording["kinds"].get(organization.kind, "")]
    if organization.town:
        parts.append(organization.town)
    if organization.population:
        parts.append(f"{organization.population:,} {wording['population']}".replace(",", "."))
    return " · ".join(p for p in parts if p)
