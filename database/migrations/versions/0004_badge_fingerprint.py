"""what a printed badge showed, to know when it needs a reprint

Revision ID: 0004_badge_fingerprint
Revises: 0003_consent_guard
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_badge_fingerprint"
down_revision = "0003_consent_guard"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.add_column(sa.Column("badge_fingerprint", sa.String(length=16), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.drop_column("badge_fingerprint")
