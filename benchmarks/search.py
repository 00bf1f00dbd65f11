"""The desk's search beside the FTS5 trigram index it used to have, at 20,000 and at
200,000 registered people (issue 24 item 2: an index stays only if it is >= 5x faster than
the plain LIKE scan at both sizes, else it goes and the scan stays).

The desk now scans the persons' stored keys (`search_key LIKE '%word%'`, migration 0015
dropped the index). The index is built here again as 0002 made it and asked the fastest way
found (one FTS5 phrase per word: answered from the index alone, where LIKE on the index read
every candidate's key back). Both return the same rows in the same order, the first 100 in
name order as the desk shows them. Prints both medians, the ratio and the verdict.
Run: python benchmarks/search.py [FOLDER]  (FOLDER keeps the built databases for a rerun)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bigdb import build  # noqa: E402
from desk import DESK_LIMIT, QUERIES  # noqa: E402
from sqlalchemy import column, select, table, text  # noqa: E402

from smartnet_desktop.db import open_database  # noqa: E402
from smartnet_desktop.domain.models import Person  # noqa: E402
from smartnet_desktop.domain.search import search_words  # noqa: E402
from smartnet_desktop.services import attendees  # noqa: E402

SIZES = (20_000, 200_000)
TARGET = 5.0
ROUNDS = 5
INDEX = "bench_search"
# Migration 0002's index, under a name of its own so that it never passes for the program's.
INDEX_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX} USING fts5(search_key, content='persons', "
    "content_rowid='id', tokenize='trigram')",
    f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')",
)


def _through_index(words: list[str]):
    """The people whose key holds every word, found through the trigram index (words under
    three letters filter the index's finds on the persons table, as the program did)."""
    index = table(INDEX, column("rowid"), column(INDEX))
    long_words = [w for w in words if len(w) >= 3]
    phrases = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    found = select(index.c.rowid).where(index.c[INDEX].op("MATCH")(phrases))
    short = [w for w in words if len(w) < 3]
    return select(Person.id).where(
        Person.id.in_(found), *(Person.search_key.contains(w, autoescape=True) for w in short)
    )


def _indexed_search(sessions, event_id: int, typed: str):
    words = search_words(typed)
    names = [w for w in words if "@" not in w]
    with sessions.begin() as session:
        query = attendees.attendee_query(event_id, _through_index(names) if names else None)
        for word in (w for w in words if "@" in w):
            query = query.where(Person.email.contains(word, autoescape=True))
        return attendees.attendee_rows(session, query.limit(DESK_LIMIT))


def measure(sessions, event_id: int) -> tuple[float, float]:
    """Medians of the desk's search (the scan) and of the index, taken in turns query by
    query so that the machine's load falls on both alike."""
    scanned, indexed = [], []
    for _ in range(ROUNDS):
        for q in QUERIES:
            start = time.perf_counter()
            found = attendees.list_attendees(sessions, event_id, q, limit=DESK_LIMIT)
            scanned.append(time.perf_counter() - start)
            start = time.perf_counter()
            through_index = _indexed_search(sessions, event_id, q)
            indexed.append(time.perf_counter() - start)
            assert through_index == found, q  # the same rows in the same order
    return statistics.median(scanned), statistics.median(indexed)


def main(folder: Path) -> None:
    ratios = []
    for size in SIZES:
        db = folder / f"search-{size}.db"
        event_id = 1 if db.exists() else build(db, size)
        engine, sessions = open_database(db)
        with engine.begin() as connection:
            for statement in INDEX_DDL:
                connection.execute(text(statement))
        scanned, indexed = measure(sessions, event_id)
        engine.dispose()
        ratios.append(scanned / indexed)
        print(
            f"{size:>7,} people: desk search (LIKE scan) {scanned * 1000:7.2f} ms   "
            f"trigram index {indexed * 1000:7.2f} ms   index faster by {scanned / indexed:4.1f}x"
        )
    if min(ratios) >= TARGET:
        print(f"target >= {TARGET:.0f}x at both sizes: reached, the index should come back")
    else:
        print(f"target >= {TARGET:.0f}x at both sizes: missed, the index went (0015), the scan stays")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as name:
            main(Path(name))
