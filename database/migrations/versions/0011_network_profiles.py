"""the network: organisation profiles, the topic catalogue, survey statements, projects,
network settings (the profile base URL)

Revision ID: 0011_network_profiles
Revises: 0010_several_desks
Create Date: 2026-11-26
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0011_network_profiles"
down_revision = "0010_several_desks"
branch_labels = None
depends_on = None

# Frozen history: the first topic catalogue, seeded here, and the folding and slugs of
# domain/search.py and domain/topics.py as they were at this revision. Organisers edit
# the catalogue in the program afterwards; a later seed needs a migration of its own.
# (name, area, synonyms): area "field" = Handlungsfeld, "process" = Prozess.
CATALOGUE = [
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

_NON_DECOMPOSING = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",
        "ŀ": "l",
    }
)
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for ch in decomposed:
        category = unicodedata.category(ch)
        if category.startswith("M") or category == "Cf":  # accents, zero-width chars
            continue
        if category == "Cc" and not ch.isspace():  # NUL, BEL, ESC: never part of a name
            continue
        kept.append(ch)
    return "".join(kept)


def normalise(text: str | None) -> str:
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return " ".join(text.lower().split())
    folded = _strip_marks(text.casefold()).translate(_NON_DECOMPOSING)
    return " ".join(folded.split())


def topic_keys(name: str, synonyms: list[str]) -> set[str]:
    return {normalise(w) for w in [name, *synonyms] if normalise(w)}


def slug_of(text: str) -> str:
    german = unicodedata.normalize("NFC", text.casefold()).translate(_GERMAN)
    folded = _strip_marks(german).translate(_NON_DECOMPOSING)
    words = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in folded).split()
    return "-".join(words)[:100] or "organisation"


def slug_from_url(url: str | None) -> str:
    path = (url or "").split("#")[0].split("?")[0].rstrip("/")
    if "://" not in path or path.count("/") < 3:
        return ""
    return slug_of(path.rsplit("/", 1)[-1])


def upgrade() -> None:
    topics = op.create_table(
        "topics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("area", sa.String(length=10), nullable=False),
        sa.Column("synonyms", sa.Text(), nullable=False),
        sa.CheckConstraint("area IN ('process', 'field')", name=op.f("ck_topics_area_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topics")),
        sa.UniqueConstraint("name", name=op.f("uq_topics_name")),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('offer', 'need', 'experience')", name=op.f("ck_statements_kind_known")
        ),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 6", name=op.f("ck_statements_rating_range")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_statements_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topics.id"], name=op.f("fk_statements_topic_id_topics"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
        sa.UniqueConstraint("organization_id", "topic_id", "kind", name="uq_statements_once"),
    )
    op.create_index(op.f("ix_statements_organization_id"), "statements", ["organization_id"])
    op.create_index(op.f("ix_statements_topic_id"), "statements", ["topic_id"])
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=100), nullable=False),
        sa.Column("link", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_projects_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topics.id"], name=op.f("fk_projects_topic_id_topics"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    op.create_index(op.f("ix_projects_organization_id"), "projects", ["organization_id"])
    op.create_table(
        "network_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_network_settings")),
    )
    with op.batch_alter_table("organizations") as batch:
        batch.alter_column("kind", type_=sa.String(length=30), existing_type=sa.String(length=20))
        batch.add_column(sa.Column("slug", sa.String(length=120), nullable=False, server_default=""))
        batch.add_column(sa.Column("population", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("website", sa.String(length=500), nullable=False, server_default=""))
        batch.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("contact_person_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("partners", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("support_wanted", sa.String(length=5), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("support_reasons", sa.Text(), nullable=False, server_default=""))
        batch.create_foreign_key(
            "fk_org_contact", "persons", ["contact_person_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index(batch.f("ix_organizations_slug"), ["slug"], unique=False)

    connection = op.get_bind()
    op.bulk_insert(
        topics,
        [
            {"id": n, "name": name, "area": area, "synonyms": "; ".join(synonyms)}
            for n, (name, area, synonyms) in enumerate(CATALOGUE, start=1)
        ],
    )
    if connection.dialect.name == "postgresql":
        connection.execute(
            sa.text("SELECT setval(pg_get_serial_sequence('topics', 'id'), :n)"),
            {"n": len(CATALOGUE)},
        )
    _convert_free_text(connection)
    with op.batch_alter_table("organizations") as batch:
        batch.drop_column("offers")
        batch.drop_column("needs")


def _convert_free_text(connection) -> None:
    """The old free-text offers and needs become statements where the catalogue knows the
    words; organisations get their slugs (from their own profile address where set)."""
    keys = {
        key: n
        for n, (name, _area, synonyms) in enumerate(CATALOGUE, start=1)
        for key in topic_keys(name, synonyms)
    }
    used = set()
    rows = connection.execute(
        sa.text("SELECT id, name, profile_url, kind, offers, needs FROM organizations ORDER BY id")
    ).all()
    for org_id, name, url, kind, offers, needs in rows:
        slug = _unique(slug_from_url(url) or slug_of(name), used)
        connection.execute(
            sa.text("UPDATE organizations SET slug = :slug, kind = :kind WHERE id = :id"),
            {"slug": slug, "id": org_id, "kind": "other" if kind == "public_body" else kind},
        )
        for statement_kind, text_value in (("offer", offers), ("need", needs)):
            found = {keys[normalise(w)] for w in (text_value or "").split(";") if normalise(w) in keys}
            for topic_id in sorted(found):
                connection.execute(
                    sa.text(
                        "INSERT INTO statements (organization_id, topic_id, kind, description) "
                        "VALUES (:o, :t, :k, '')"
                    ),
                    {"o": org_id, "t": topic_id, "k": statement_kind},
                )


def _unique(slug: str, used: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in used:
        candidate, n = f"{slug}-{n}", n + 1
    used.add(candidate)
    return candidate


def downgrade() -> None:
    with op.batch_alter_table("organizations") as batch:
        batch.add_column(sa.Column("offers", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("needs", sa.Text(), nullable=False, server_default=""))
        batch.drop_index(batch.f("ix_organizations_slug"))
        batch.drop_constraint("fk_org_contact", type_="foreignkey")
        for column in (
            "support_reasons",
            "support_wanted",
            "partners",
            "contact_person_id",
            "description",
            "website",
            "population",
            "slug",
        ):
            batch.drop_column(column)
    op.drop_table("network_settings")
    op.drop_table("projects")
    op.drop_table("statements")
    op.drop_table("topics")
