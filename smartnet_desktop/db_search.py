"""The persons' substring search, answered from SQLite's FTS5 trigram index where there is
one. Its tables are made by the migrations (0002, 0006); the models do not describe them.

Needs nothing from db.py."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Select, column, select, table
from sqlalchemy.orm import Session

from smartnet_desktop.domain.models import Person

# SQLite's FTS5 trigram tokenizer indexes every three-letter piece of the persons' folded
# search keys, so `LIKE '%mul%'` is answered from the index instead of a scan of every
# person. Other backends (and SQLite before 3.34) scan the column.
SEARCH_INDEX = "person_search"
TRIGRAM = sqlite3.sqlite_version_info >= (3, 34)


def is_search_index(name: str | None) -> bool:
    """Tables of the search index, which the models do not describe (Alembic skips them)."""
    return bool(name) and name.startswith(SEARCH_INDEX)


def _uses_search_index(dialect_name: str) -> bool:
    return dialect_name == "sqlite" and TRIGRAM


def _contains(column_, word: str):
    """`column LIKE '%word%'`; an ESCAPE clause only where needed, because it keeps SQLite
    from using the trigram index."""
    if any(ch in word for ch in "%_\\"):
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column_.like(f"%{escaped}%", escape="\\")
    return column_.like(f"%{word}%")


# The trigram index answers LIKE only for words of three or more characters. SQLite 3.40
# (Debian 12's, which Python links there) crashes the process when a shorter word comes
# before a longer one in a LIKE on the index, so shorter words never reach the index: they
# filter the persons the longer words found, on the persons table itself.
_TRIGRAM_LENGTH = 3


def persons_matching(session: Session, words: list[str]) -> Select:
    """Ids of the persons whose search key contains every (already folded) word."""
    indexed = [w for w in words if len(w) >= _TRIGRAM_LENGTH]
    if not indexed or not _uses_search_index(session.get_bind().dialect.name):
        return select(Person.id).where(*(_contains(Person.search_key, w) for w in words))
    index = table(SEARCH_INDEX, column("rowid"), column("search_key"))
    found = select(index.c.rowid).where(*(_contains(index.c.search_key, w) for w in indexed))
    short = [w for w in words if len(w) < _TRIGRAM_LENGTH]
    if not short:
        return found
    return select(Person.id).where(
        Person.id.in_(found), *(_contains(Person.search_key, w) for w in short)
    )
