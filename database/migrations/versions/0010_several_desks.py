"""several desks on one server: request ids, the change sequence, and on PostgreSQL the
append-only guard, a trigram index for search and a NOTIFY per change

Revision ID: 0010_several_desks
Revises: 0009_person_sort_key
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from smartnet_desktop.db import protect_history, unprotect_history
from smartnet_desktop.db_server import create_server_search_index, notify_changes
from smartnet_desktop.domain.models import UTCDateTime

revision = "0010_several_desks"
down_revision = "0009_person_sort_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applied_requests",
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_applied_requests")),
    )
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )
    op.create_index(op.f("ix_changes_event_id"), "changes", ["event_id"], unique=False)
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        # 0003/0005/0007 guard the history on PostgreSQL only since this revision: a server
        # database migrated before has no guard yet, a new one has it already.
        for table in ("consent_events", "audit_entries"):
            unprotect_history(connection, table)
            protect_history(connection, table)
        create_server_search_index(connection)
        notify_changes(connection)


def downgrade() -> None:
    op.drop_index(op.f("ix_changes_event_id"), table_name="changes")
    op.drop_table("changes")
    op.drop_table("applied_requests")
