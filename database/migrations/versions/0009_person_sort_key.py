"""persons get a sort key: the database lists names in German order (DIN 5007-1)

Revision ID: 0009_person_sort_key
Revises: 0008_no_marker_flag
Create Date: 2026-11-26
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0009_person_sort_key"
down_revision = "0008_no_marker_flag"
branch_labels = None
depends_on = None

# Frozen history: the folding and the sort text of domain/search.py as they were at this
# revision (DIN 5007-1: Ö with O, ß as ss, Ł with L; the separator sorts before letters).
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


def _normalise(text: str | None) -> str:
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return " ".join(text.lower().split())
    folded = _strip_marks(text.casefold()).translate(_NON_DECOMPOSING)
    return " ".join(folded.split())


def _name_sort_text(family_name: str, given_name: str) -> str:
    return f"{_normalise(family_name)}\x1f{_normalise(given_name)}"


def upgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("sort_key", sa.Text(), nullable=False, server_default=""))
        batch.create_index(batch.f("ix_persons_sort_key"), ["sort_key"], unique=False)
    connection = op.get_bind()
    people = connection.execute(sa.text("SELECT id, family_name, given_name FROM persons")).all()
    if people:
        connection.execute(
            sa.text("UPDATE persons SET sort_key = :key WHERE id = :id"),
            [{"id": row[0], "key": _name_sort_text(row[1], row[2])} for row in people],
        )


def downgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.drop_index(batch.f("ix_persons_sort_key"))
        batch.drop_column("sort_key")
