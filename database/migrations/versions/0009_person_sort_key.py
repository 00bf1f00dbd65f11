"""persons get a sort key: the database lists names in German order (DIN 5007-1)

Revision ID: 0009_person_sort_key
Revises: 0008_no_marker_flag
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from smartnet_desktop.domain.search import name_sort_text

revision = "0009_person_sort_key"
down_revision = "0008_no_marker_flag"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("sort_key", sa.Text(), nullable=False, server_default=""))
        batch.create_index(batch.f("ix_persons_sort_key"), ["sort_key"], unique=False)
    connection = op.get_bind()
    people = connection.execute(sa.text("SELECT id, family_name, given_name FROM persons")).all()
    if people:
        connection.execute(
            sa.text("UPDATE persons SET sort_key = :key WHERE id = :id"),
            [{"id": row[0], "key": name_sort_text(row[1], row[2])} for row in people],
        )


def downgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.drop_index(batch.f("ix_persons_sort_key"))
        batch.drop_column("sort_key")
