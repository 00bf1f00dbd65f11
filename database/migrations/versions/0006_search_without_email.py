"""search keys hold name and organisation only; the email is searched when the text has "@"

Revision ID: 0006_search_without_email
Revises: 0005_audit_log
Create Date: 2026-11-26
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0006_search_without_email"
down_revision = "0005_audit_log"
branch_labels = None
depends_on = None

# Frozen history: the folding of domain/search.py as it was at this revision. The program
# may fold differently later; the keys this revision wrote stay what they were.
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


def _normalise(text: str | None) -> str:
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return " ".join(text.lower().split())
    folded = _strip_marks(text.casefold()).translate(_NON_DECOMPOSING)
    return " ".join(folded.split())


def _search_key(*parts: str | None) -> str:
    joined = " ".join(p for p in parts if p)
    key = _normalise(joined)
    german = _normalise(unicodedata.normalize("NFC", joined.casefold()).translate(_GERMAN))
    return key if german == key else f"{key} | {german}"


def upgrade() -> None:
    connection = op.get_bind()
    people = connection.execute(
        sa.text(
            "SELECT p.id, p.title, p.given_name, p.family_name, o.name FROM persons p "
            "LEFT JOIN organizations o ON o.id = p.organization_id"
        )
    ).all()
    if people:
        # The search index follows through its update trigger.
        connection.execute(
            sa.text("UPDATE persons SET search_key = :key WHERE id = :id"),
            [{"id": row[0], "key": _search_key(*row[1:])} for row in people],
        )


def downgrade() -> None:
    pass  # keys without the email still find every name; nothing to restore
