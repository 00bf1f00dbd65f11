"""The persons' substring search: `search_key LIKE '%word%'` for every folded word.

SQLite scans the stored keys: its FTS5 trigram index went in migration 0015, because it was
not 5x faster than this scan at 20,000 or 200,000 people (benchmarks/search.py, issue 24
item 2) — the desk's first hundred matches in name order need every match joined and
sorted either way. PostgreSQL answers the same LIKE from its trigram index (0010).

Needs nothing from db.py."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from smartnet_desktop.domain.models import Person

# The tables and indexes of a search index, which the models do not describe (Alembic
# skips them): PostgreSQL's person_search_trgm, and SQLite's FTS5 tables before 0015.
SEARCH_INDEX = "person_search"


def is_search_index(name: str | None) -> bool:
    """Tables of the search index, which the models do not describe (Alembic skips them)."""
    return bool(name) and name.startswith(SEARCH_INDEX)


def _contains(column_, word: str):
    """`column LIKE '%word%'`, with an ESCAPE clause only where the word needs one."""
    if any(ch in word for ch in "%_\\"):
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column_.like(f"%{escaped}%", escape="\\")
    return column_.like(f"%{word}%")


def persons_matching(_session: Session, words: list[str]) -> Select:
    """Ids of the persons whose search key contains every (already folded) word."""
    return select(Person.id).where(*(_contains(Person.search_key, w) for w in words))
