"""Plain rows of the network part (organisation profiles, survey, matches) that cross
from the services to the window, the command line and the renderers."""

from __future__ import annotations

from dataclasses import dataclass, field

from smartnet_desktop.domain.match_score import MatchScore


@dataclass(frozen=True, slots=True)
class TopicRow:
    id: int
    name: str
    area: str  # "process" or "field"
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StatementRow:
    topic: str
    area: str
    kind: str  # a StatementKind
    rating: int | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class ProjectRow:
    title: str
    topic: str = ""
    status: str = ""
    link: str = ""


@dataclass(frozen=True, slots=True)
class ContactRow:
    """The organisation's contact person; only ever made when their contact sharing is
    "granted"."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class OrganizationRow:
    id: int
    name: str
    kind: str
    town: str
    slug: str
    url: str  # where the badge QR points: its own profile address or base URL + slug
    own_url: str = ""
    population: int | None = None
    website: str = ""
    description: str = ""
    partners: str = ""
    support_wanted: str = ""
    support_reasons: str = ""
    contact_person_id: int | None = None
    offers: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    people: int = 0
    publish_ratings: bool = False  # its ratings appear on its published page

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "town": self.town,
            "slug": self.slug,
            "url": self.url,
            "offers": list(self.offers),
            "needs": list(self.needs),
            "people": self.people,
            "publish_ratings": self.publish_ratings,
        }


@dataclass(frozen=True, slots=True)
class SiteIdentity:
    """The network behind the published site (network settings): its name, its Impressum
    and Datenschutz pages, and the office that answers where no contact person may be
    named."""

    network: str = ""
    imprint: str = ""
    privacy: str = ""
    office: str = ""
    office_email: str = ""
    office_phone: str = ""

    def to_json(self) -> dict:
        return {
            "network": self.network,
            "imprint": self.imprint,
            "privacy": self.privacy,
            "office": self.office,
            "office_email": self.office_email,
            "office_phone": self.office_phone,
        }


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything a Steckbrief shows."""

    organization: OrganizationRow
    statements: tuple[StatementRow, ...] = ()
    projects: tuple[ProjectRow, ...] = ()
    contact: ContactRow | None = None


@dataclass(frozen=True, slots=True)
class ProfileInput:
    """What the profile editor saves."""

    kind: str = "other"
    town: str = ""
    population: int | None = None
    website: str = ""
    own_url: str = ""
    description: str = ""
    partners: str = ""
    contact_person_id: int | None = None
    offers: tuple[int, ...] = ()  # topic ids
    needs: tuple[int, ...] = ()
    ratings: dict[int, int] = field(default_factory=dict)  # topic id -> 1..6
    projects: tuple[ProjectRow, ...] = ()
    publish_ratings: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    topic: str
    need: str  # the organisation that needs help
    offer: str  # the organisation that offers it
    shared: int  # how many topics the two share (one needs, the other offers)
    reason: str = ""  # what each said about the topic in the survey, and the other topics
    score: MatchScore | None = None  # domain/match_score.py: its points and their parts
    why: str = ""  # the score in words, in the language asked for
    # Who of each organisation is here (None: no meeting was asked about): names only of
    # people who granted contact sharing, else "someone from <organisation>".
    need_here: tuple[str, ...] | None = None
    offer_here: tuple[str, ...] | None = None
    need_said: str = ""  # what the needing organisation said about the topic in the survey
    offer_said: str = ""  # ... and what the offering one said

    @property
    def points(self) -> int:
        return self.score.points if self.score else 0

    def to_json(self) -> dict:
        shown = {
            "topic": self.topic,
            "need": self.need,
            "offer": self.offer,
            "shared": self.shared,
            "reason": self.reason,
            "score": self.points,
            "why": self.why,
            "score_parts": self.score.to_json() if self.score else None,
            "need_said": self.need_said,
            "offer_said": self.offer_said,
        }
        if self.need_here is not None:
            shown["need_here"] = list(self.need_here)
            shown["offer_here"] = list(self.offer_here or ())
        return shown


@dataclass(frozen=True, slots=True)
class AreaSummary:
    """Experience ratings of one area (processes or fields of action)."""

    area: str
    average: float | None
    count: int
    per_topic: tuple[tuple[str, float, int], ...]  # topic, average, ratings
    distribution: tuple[int, ...]  # how many ratings were 1, 2, ... 6


@dataclass(frozen=True, slots=True)
class SurveySummary:
    processes: AreaSummary
    fields: AreaSummary
    support: tuple[tuple[str, str, str], ...]  # organisation, SupportWanted, reasons
    organizations: int
