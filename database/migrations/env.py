"""Alembic environment: the engine is handed in by smartnet_desktop.db (no alembic.ini)."""

from alembic import context

from smartnet_desktop.db import is_search_index, make_engine
from smartnet_desktop.domain.models import Base

config = context.config
engine = config.attributes.get("engine") or make_engine(config.get_main_option("sqlalchemy.url"))

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        compare_type=True,
        include_name=lambda name, kind, _parent: (
            not (kind in ("table", "index") and is_search_index(name))
        ),
    )
    context.run_migrations()
