"""Which question of a survey tool's export means what: one row per respondent, one column
per question (LimeSurvey, Microsoft Forms, Google Forms). Pure functions over the header
and the topic catalogue; the reading of rows is in services/survey_wide.py.

A column's role is a short string, the same in a mapping file (`--mapping FILE.json`):
    "organization"                the respondent's organisation
    "offers" / "needs"            topics chosen from a list ("Mobilität;Tourismus")
    "support" / "support_reasons" support wanted (ja/nein) and why
    "experience:<topic>"          a rating 1-6 (or its words) for one topic
    "offer:<topic>" / "need:<topic>"  ticked or not, for one topic
    "ignore"                      the tools' own columns (ID, start time ...) and whatever
                                  staff chose to leave out
A column without a role is "unmapped": reported, and left out until staff map it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from smartnet_desktop.domain.network_rows import TopicRow
from smartnet_desktop.domain.search import normalise
from smartnet_desktop.domain.topics import topic_keys

IGNORE = "ignore"
ORGANIZATION = "organization"
LISTS = ("offers", "needs")
SUPPORT, SUPPORT_REASONS = "support", "support_reasons"
PER_TOPIC = ("experience", "offer", "need")

# The columns the tools add of their own (folded): Microsoft Forms, LimeSurvey, Google Forms,
# in German and English.
TOOL_COLUMNS = frozenset(
    normalise(h)
    for h in (
        "ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
        "Startzeit", "Fertigstellungszeit", "E-Mail", "Zeitpunkt der letzten Änderung",
        "Antwort ID", "Response ID", "Datum Abgeschickt", "Date submitted", "Letzte Seite",
        "Last page", "Startsprache", "Start language", "Zufallsstartwert", "Seed",
        "Datum gestartet", "Date started", "Datum letzte Aktivität", "Date last action",
        "IP-Adresse", "IP address", "Referrer URL", "Zeitstempel", "Timestamp",
        "E-Mail-Adresse", "Email Address", "Punkte", "Score",
    )
)  # fmt: skip
_ORGANIZATION = re.compile(r"\b(organisation|organization|kommune|einrichtung|institution)\b")
# "Erfahrung [Mobilität]", "Erfahrung: Mobilität", "Erfahrung - Mobilität".
_SUB_QUESTION = re.compile(
    r"^(?P<question>.*?)\s*(\[(?P<a>[^\[\]]+)\]|:\s+(?P<b>.+)|\s-\s+(?P<c>.+))$"
)
_EXPERIENCE = re.compile(r"erfahrung|experience|kenntnis|expertise")
_OFFER = re.compile(r"anbiete|angebot|bieten|offer")
_NEED = re.compile(r"unterstutzung|bedarf|benotig|brauch|hilfe|support|need")
_WHICH = re.compile(r"\b(wo|wobei|welche\w*|worin|where|which|in what)\b")
_WHY = re.compile(r"\b(warum|weshalb|grund|begrundung|why|reason)\b")


@dataclass(frozen=True, slots=True)
class ColumnRole:
    column: int  # 1 = the first
    header: str
    role: str | None  # None: unmapped
    kind: str  # for an unmapped column: the kind its question names ("experience" if none)


def topic_lookup(topics: list[TopicRow]) -> dict[str, str]:
    """Folded name or synonym -> the catalogue's name."""
    found: dict[str, str] = {}
    for row in topics:
        for key in topic_keys(row.name, list(row.synonyms)):
            found.setdefault(key, row.name)
    return found


def _kind_of(question: str) -> str | None:
    if _EXPERIENCE.search(question):
        return "experience"
    if _OFFER.search(question):
        return "offer"
    if _NEED.search(question):
        return "need"
    return None


def guess_role(
    header: str, topics: dict[str, str], have_organization: bool
) -> tuple[str | None, str]:
    """(role or None, kind the question names). Order matters: a sub-question first
    ("Erfahrung [Mobilität]"), then the organisation, the lists and the support question."""
    key = normalise(header).strip()
    if not key or key in TOOL_COLUMNS:
        return IGNORE, "experience"
    sub = _SUB_QUESTION.match(key)
    if sub:
        words = (sub["a"] or sub["b"] or sub["c"]).strip()
        kind = _kind_of(sub["question"]) or "experience"
        topic = topics.get(words)
        return (f"{kind}:{topic}" if topic else None), kind
    if _ORGANIZATION.search(key) and not have_organization:
        return ORGANIZATION, "experience"
    if key in topics:  # a column named after the topic alone: its rating
        return f"experience:{topics[key]}", "experience"
    if _WHY.search(key) and _NEED.search(key) or _WHY.fullmatch(key.rstrip("?")):
        return SUPPORT_REASONS, "need"
    if _OFFER.search(key):
        return "offers", "offer"
    if _NEED.search(key):
        return ("needs" if _WHICH.search(key) else SUPPORT), "need"
    return None, _kind_of(key) or "experience"


def plan_columns(
    headers: list[str], topics: list[TopicRow], mapping: dict[str, str] | None = None
) -> list[ColumnRole]:
    """Each column's role: from `mapping` (header -> role) where it names the column,
    otherwise guessed. Roles that name a topic are given the catalogue's name."""
    lookup = topic_lookup(topics)
    chosen = {normalise(h).strip(): r for h, r in (mapping or {}).items()}
    plan, have_organization = [], False
    for column, header in enumerate(headers, start=1):
        role, kind = guess_role(header, lookup, have_organization)
        given = chosen.get(normalise(header).strip())
        if given is not None:
            role = given
        have_organization = have_organization or role == ORGANIZATION
        plan.append(ColumnRole(column, header, role, kind))
    return plan


def valid_role(role: str, topics: dict[str, str]) -> str | None:
    """The role with the topic's catalogue name, or None when it means nothing."""
    if role in (IGNORE, ORGANIZATION, SUPPORT, SUPPORT_REASONS, *LISTS):
        return role
    kind, _, words = role.partition(":")
    topic = topics.get(normalise(words).strip())
    return f"{kind}:{topic}" if kind in PER_TOPIC and topic else None


def is_wide(headers: list[str], long_form_columns: set[str]) -> bool:
    """The long form names its statements' kind and topic in columns ("Art", "Thema"); an
    export of a survey tool has neither, one column per question instead (a long form that
    lacks one of the two stays the long form, refused for the missing column)."""
    if long_form_columns & {"kind", "topic"}:
        return False
    return len([h for h in headers if h.strip()]) >= 2


def shape_key(headers: list[str]) -> str:
    """The same questions in the same order: the next export of the same survey."""
    import hashlib

    folded = "\x1f".join(normalise(h).strip() for h in headers)
    return "survey_mapping_" + hashlib.sha1(folded.encode()).hexdigest()
