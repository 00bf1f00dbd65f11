"""Organisation profiles (Steckbriefe): the list, one profile, the editor's save, and the
address the badge QR opens."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.addresses import is_web_address, web_address_or_empty
from smartnet_desktop.domain.enums import ContactSharing, OrganizationKind, StatementKind
from smartnet_desktop.domain.errors import BadgesOrphaned, InvalidInput, NotFound
from smartnet_desktop.domain.models import (
    NetworkSetting,
    Organization,
    Person,
    Project,
    Registration,
    Statement,
    Topic,
)
from smartnet_desktop.domain.network_rows import (
    ContactRow,
    OrganizationRow,
    Profile,
    ProfileInput,
    ProjectRow,
    StatementRow,
)
from smartnet_desktop.domain.outcome import Done, touched
from smartnet_desktop.domain.search import slug_from_url, slug_of
from smartnet_desktop.services import validation

BASE_URL = "profile_base_url"


# -- the profile address -------------------------------------------------------------------


def base_url(session: Session) -> str:
    setting = session.get(NetworkSetting, BASE_URL)
    return setting.value if setting else ""


def read_base_url(sessions: sessionmaker[Session]) -> str:
    """The network's profile address, read in a session of its own (for the window)."""
    with sessions() as session:
        return base_url(session)


def set_base_url(sessions: sessionmaker[Session], url: str, force: bool = False) -> Done[str]:
    """The network's profile address: the published site, under which every organisation
    has its page (base URL + slug). A change that would leave printed badges pointing at
    the old site is refused (BadgesOrphaned, naming how many) unless `force`d.
    Changed: the badges of every organisation's people."""
    url = validation.web_address("base_url", url, 400).rstrip("/")
    with sessions.begin() as session:
        old = base_url(session)
        orphaned = printed_under(session, old) if old and url != old else 0
        if orphaned and not force:
            raise BadgesOrphaned(orphaned, old)
        if orphaned:  # forced: those badges now need a reprint (a fingerprint never made)
            session.execute(
                update(Registration)
                .where(_printed_under(old))
                .values(badge_fingerprint="")
                .execution_options(synchronize_session=False)
            )
        setting = session.get(NetworkSetting, BASE_URL) or NetworkSetting(key=BASE_URL)
        setting.value = url
        session.add(setting)
        people = session.scalars(select(Person.id).where(Person.organization_id.is_not(None))).all()
    return Done(url, touched(person_ids=people))


def printed_under(session: Session, base: str) -> int:
    """How many printed badges open a page of the site at `base` (their frozen target)."""
    return session.scalar(
        select(func.count()).select_from(Registration).where(_printed_under(base))
    )


def _printed_under(base: str):
    return Registration.badge_printed_at.is_not(None) & Registration.badge_target.startswith(
        f"{base.rstrip('/')}/", autoescape=True
    )


def profile_address(organization: Organization, base: str) -> str:
    """Where the badge QR points: the organisation's page on the network's published site
    (base URL + slug), so that one published site serves every badge; its own profile
    address only while the network has no site ("" without either). Only a web address
    counts: one stored before the rule existed is passed over."""
    if is_web_address(base) and organization.slug:
        return web_address_or_empty(f"{base.rstrip('/')}/{organization.slug}")
    if is_web_address(organization.profile_url):
        return organization.profile_url
    return ""


def index_address(base: str) -> str:
    """The site's index: what the QR of a person without an organisation opens ("" while
    the network has no site)."""
    return web_address_or_empty(f"{base.rstrip('/')}/") if is_web_address(base) else ""


def set_publish_ratings(
    sessions: sessionmaker[Session], organization_id: int, publish: bool
) -> Done[OrganizationRow]:
    """Whether the organisation's experience ratings appear on its published page."""
    with sessions.begin() as session:
        org = session.get(Organization, organization_id)
        if org is None:
            raise NotFound("organization_not_found", query=str(organization_id))
        org.publish_ratings = publish
        session.flush()
        return Done(organization_rows(session, org.id)[0], touched())


def find_organization(sessions: sessionmaker[Session], name_or_slug: str) -> OrganizationRow:
    """The organisation with this slug or name (case as typed does not matter)."""
    wanted = name_or_slug.strip().casefold()
    for row in list_organizations(sessions):
        if wanted in (row.slug.casefold(), row.name.casefold()):
            return row
    raise NotFound("organization_not_found", query=name_or_slug)


def new_organization(session: Session, name: str, profile_url: str = "") -> Organization:
    """An organisation with a slug no other one has (its web address stays the same)."""
    wanted = slug_from_url(profile_url) or slug_of(name)
    organization = Organization(name=name, profile_url=profile_url, slug=free_slug(session, wanted))
    session.add(organization)
    session.flush()
    return organization


def new_organizations(session: Session, wanted: list[tuple[str, str]]) -> list[int]:
    """Several new organisations (name, profile address) at once, as an import makes them:
    the slugs new_organization would give them one after the other, from one read of the
    slugs taken and one insert. Returns their ids in order."""
    if not wanted:
        return []
    taken = set(session.scalars(select(Organization.slug)))
    rows = []
    for name, profile_url in wanted:
        slug = _first_free(taken, slug_from_url(profile_url) or slug_of(name))
        taken.add(slug)
        rows.append({"name": name, "profile_url": profile_url, "slug": slug})
    statement = insert(Organization).returning(Organization.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def free_slug(session: Session, wanted: str) -> str:
    """`wanted`, or with -2, -3 ... when another organisation has it."""
    taken = set(
        session.scalars(select(Organization.slug).where(Organization.slug.like(f"{wanted}%")))
    )
    return _first_free(taken, wanted)


def _first_free(taken: set[str], wanted: str) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


# -- reading ------------------------------------------------------------------------------


def list_organizations(sessions: sessionmaker[Session]) -> list[OrganizationRow]:
    with sessions() as session:
        return organization_rows(session)


def organization_rows(session: Session, only: int | None = None) -> list[OrganizationRow]:
    """Every organisation in name order (or the one with id `only`)."""
    base = base_url(session)
    topics: dict[tuple[int, str], list[str]] = defaultdict(list)
    for org_id, kind, name in session.execute(
        select(Statement.organization_id, Statement.kind, Topic.name)
        .join(Topic, Topic.id == Statement.topic_id)
        .where(Statement.kind.in_([StatementKind.OFFER, StatementKind.NEED]))
        .order_by(Topic.name)
    ):
        topics[(org_id, kind)].append(name)
    people = dict(
        session.execute(
            select(Person.organization_id, func.count())
            .where(Person.merged_into_id.is_(None))
            .group_by(Person.organization_id)
        ).all()
    )
    chosen = select(Organization).order_by(Organization.name)
    if only is not None:
        chosen = chosen.where(Organization.id == only)
    return [
        _row(
            o,
            base,
            topics[(o.id, StatementKind.OFFER)],
            topics[(o.id, StatementKind.NEED)],
            people.get(o.id, 0),
        )
        for o in session.scalars(chosen)
    ]


def _row(o: Organization, base: str, offers, needs, people: int) -> OrganizationRow:
    return OrganizationRow(
        id=o.id,
        name=o.name,
        kind=o.kind,
        town=o.town,
        slug=o.slug,
        url=profile_address(o, base),
        own_url=o.profile_url,
        population=o.population,
        website=o.website,
        description=o.description,
        partners=o.partners,
        support_wanted=o.support_wanted,
        support_reasons=o.support_reasons,
        contact_person_id=o.contact_person_id,
        offers=tuple(offers),
        needs=tuple(needs),
        people=people,
        publish_ratings=bool(o.publish_ratings),
    )


def profile(sessions: sessionmaker[Session], organization_id: int) -> Profile:
    with sessions() as session:
        found = profiles(session, only=organization_id)
        if not found:
            raise NotFound("organization_not_found", query=str(organization_id))
        return found[0]


def profiles(session: Session, only: int | None = None) -> list[Profile]:
    """Every organisation's profile, in name order. A contact person appears only while
    their contact sharing is "granted" (never asked, objected or withdrawn: nobody)."""
    statements: dict[int, list[StatementRow]] = defaultdict(list)
    for s, topic in session.execute(
        select(Statement, Topic).join(Topic, Topic.id == Statement.topic_id).order_by(Topic.name)
    ):
        statements[s.organization_id].append(
            StatementRow(topic.name, topic.area, s.kind, s.rating, s.description)
        )
    projects: dict[int, list[ProjectRow]] = defaultdict(list)
    for p, topic_name in session.execute(
        select(Project, Topic.name)
        .outerjoin(Topic, Topic.id == Project.topic_id)
        .order_by(Project.id)
    ):
        projects[p.organization_id].append(ProjectRow(p.title, topic_name or "", p.status, p.link))
    contacts = {
        person.id: ContactRow(
            " ".join(x for x in (person.title, person.given_name, person.family_name) if x),
            person.role,
            person.email,
            person.phone,
        )
        for person in session.scalars(
            select(Person).where(
                Person.contact_sharing == ContactSharing.GRANTED, Person.merged_into_id.is_(None)
            )
        )
    }
    return [
        Profile(
            row,
            tuple(statements[row.id]),
            tuple(projects[row.id]),
            contacts.get(row.contact_person_id) if row.contact_person_id else None,
        )
        for row in organization_rows(session, only)
    ]


def contact_candidates(
    sessions: sessionmaker[Session], organization_id: int
) -> list[tuple[int, str, str]]:
    """The organisation's people: (id, name, contact sharing), for the editor's choice."""
    with sessions() as session:
        return [
            (p.id, " ".join(x for x in (p.given_name, p.family_name) if x), p.contact_sharing)
            for p in session.scalars(
                select(Person)
                .where(Person.organization_id == organization_id, Person.merged_into_id.is_(None))
                .order_by(Person.sort_key)
            )
        ]


# -- the editor -----------------------------------------------------------------------------


def save_profile(
    sessions: sessionmaker[Session], organization_id: int, data: ProfileInput
) -> Done[OrganizationRow]:
    """The whole profile in one transaction: fields, offers, needs, ratings, projects.
    Changed besides the network's data: the badges of the organisation's people."""
    if data.kind not in set(OrganizationKind):
        raise InvalidInput("kind", "unknown_value", value=data.kind)
    if data.population is not None and data.population < 0:
        raise InvalidInput("population", "negative", value=data.population)
    for rating in data.ratings.values():
        if not 1 <= rating <= 6:
            raise InvalidInput("rating", "rating_out_of_range", value=rating)
    own_url = validation.web_address("profile_url", data.own_url)
    website = validation.web_address("website", data.website)
    with sessions.begin() as session:
        org = session.get(Organization, organization_id)
        if org is None:
            raise NotFound("organization_not_found", query=str(organization_id))
        org.kind, org.population = data.kind, data.population
        org.town = validation.optional_text("town", data.town, 200)
        org.website, org.profile_url = website, own_url
        org.description = validation.optional_text("description", data.description, 5000)
        org.partners = validation.optional_text("description", data.partners, 2000)
        if data.contact_person_id is not None:
            person = session.get(Person, data.contact_person_id)
            if person is None or person.organization_id != org.id:
                raise InvalidInput("contact_person", "not_of_this_organization")
        org.contact_person_id = data.contact_person_id
        org.publish_ratings = data.publish_ratings
        _replace_statements(session, org.id, data)
        session.execute(delete(Project).where(Project.organization_id == org.id))
        topic_ids = {t.name: t.id for t in session.scalars(select(Topic))}
        for project in data.projects:
            session.add(
                Project(
                    organization_id=org.id,
                    title=validation.required_text("project", project.title, 300),
                    topic_id=topic_ids.get(project.topic),
                    status=validation.optional_text("status", project.status, 100),
                    link=validation.web_address("link", project.link),
                )
            )
        session.flush()
        row = organization_rows(session, org.id)[0]
        people = session.scalars(select(Person.id).where(Person.organization_id == org.id)).all()
    return Done(row, touched(person_ids=people))


def _replace_statements(session: Session, org_id: int, data: ProfileInput) -> None:
    """Offers, needs and ratings as the editor shows them; descriptions that were imported
    stay with the statements that remain."""
    wanted = {(t, StatementKind.OFFER): None for t in data.offers}
    wanted |= {(t, StatementKind.NEED): None for t in data.needs}
    wanted |= {(t, StatementKind.EXPERIENCE): r for t, r in data.ratings.items()}
    existing = {
        (s.topic_id, s.kind): s
        for s in session.scalars(select(Statement).where(Statement.organization_id == org_id))
    }
    for key, statement in existing.items():
        if key not in wanted:
            session.delete(statement)
    for (topic_id, kind), rating in wanted.items():
        statement = existing.get((topic_id, kind))
        if statement is None:
            session.add(
                Statement(
                    organization_id=org_id,
                    topic_id=topic_id,
                    kind=kind,
                    rating=rating,
                    description="",
                )
            )
        else:
            statement.rating = rating
