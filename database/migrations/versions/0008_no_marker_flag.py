"""registrations lose badge_printed_with_marker: the badge fingerprint covers the marker

Revision ID: 0008_no_marker_flag
Revises: 0007_history_no_replace
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_no_marker_flag"
down_revision = "0007_history_no_replace"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.drop_column("badge_printed_with_marker")


def downgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.add_column(
            sa.Column(
                "badge_printed_with_marker", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
