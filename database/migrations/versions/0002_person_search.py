"""substring search index over the persons' folded search keys

Revision ID: 0002_person_search
Revises: 0001_initial
Create Date: 2026-11-26
"""

from alembic import op

from smartnet_desktop.db import create_search_index, drop_search_index

revision = "0002_person_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_search_index(op.get_bind())


def downgrade() -> None:
    drop_search_index(op.get_bind())
