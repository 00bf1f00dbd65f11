"""the address each printed badge's QR opens (frozen when printed), and whether an
organisation publishes its experience ratings on its Steckbrief (off until it says so)

Revision ID: 0014_badge_targets
Revises: 0013_registration_notes
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_badge_targets"
down_revision = "0013_registration_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.add_column(
            sa.Column("badge_target", sa.String(length=600), nullable=False, server_default="")
        )
    with op.batch_alter_table("organizations") as batch:
        batch.add_column(
            sa.Column("publish_ratings", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("organizations") as batch:
        batch.drop_column("publish_ratings")
    with op.batch_alter_table("registrations") as batch:
        batch.drop_column("badge_target")
