"""append-only audit log

Revision ID: 0005_audit_log
Revises: 0004_badge_fingerprint
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

import smartnet_desktop.domain.models
from smartnet_desktop.db import protect_history, unprotect_history

revision = "0005_audit_log"
down_revision = "0004_badge_fingerprint"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", smartnet_desktop.domain.models.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries") as batch:
        batch.create_index(batch.f("ix_audit_entries_at"), ["at"], unique=False)
        batch.create_index("ix_audit_entries_person", ["person_id"], unique=False)
    protect_history(op.get_bind(), "audit_entries")


def downgrade() -> None:
    unprotect_history(op.get_bind(), "audit_entries")
    op.drop_table("audit_entries")
