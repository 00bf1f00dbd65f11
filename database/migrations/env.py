"""Alembic environment. Frozen like the migrations: it imports nothing of the program. The
program's db.py hands in what is needed through config.attributes (there is no
alembic.ini): the open connection (inside db.py's one transaction), the models' metadata
and the filter of what Alembic compares with them."""

from alembic import context

config = context.config

context.configure(
    connection=config.attributes["connection"],
    target_metadata=config.attributes["metadata"],
    render_as_batch=True,  # SQLite cannot ALTER most things in place
    compare_type=True,
    include_name=config.attributes["include_name"],
)
context.run_migrations()
