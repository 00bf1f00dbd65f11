"""search keys hold name and organisation only; the email is searched when the text has "@"

Revision ID: 0006_search_without_email
Revises: 0005_audit_log
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from smartnet_desktop.domain.search import search_key

revision = "0006_search_without_email"
down_revision = "0005_audit_log"
branch_labels = None
depends_on = None


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
            [{"id": row[0], "key": search_key(*row[1:])} for row in people],
        )


def downgrade() -> None:
    pass  # keys without the email still find every name; nothing to restore
