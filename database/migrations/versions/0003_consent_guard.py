"""append-only consent history; badge printed with the photo marker

Revision ID: 0003_consent_guard
Revises: 0002_person_search
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from smartnet_desktop.db import protect_history, unprotect_history

revision = "0003_consent_guard"
down_revision = "0002_person_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.add_column(
            sa.Column("badge_printed_with_marker", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    protect_history(op.get_bind(), "consent_events")


def downgrade() -> None:
    unprotect_history(op.get_bind(), "consent_events")
    with op.batch_alter_table("registrations") as batch:
        batch.drop_column("badge_printed_with_marker")
