"""Issue 24 item 4: the import's bulk inserts hand SQLite the rows as plain tuples instead
of SQLAlchemy's per-row parameter building, and store exactly what the Core insert stores
(timestamps, booleans, the defaults of columns the rows leave out)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import event, insert, select, text

from smartnet_desktop.domain.models import Person, Registration
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import events
from smartnet_desktop.services.bulk_rows import insert_many, insert_rows

WHEN = datetime(2026, 12, 3, 9, 30, 15, 123456, tzinfo=UTC)


def _person(number: int, when: datetime) -> dict:
    return {
        "title": "",
        "given_name": "Ina",
        "family_name": f"Groß{number}",
        "organization_id": None,
        "role": "",
        "email": f"ina{number}@x.example",
        "phone": "",
        "contact_sharing": "not_asked",
        "photo_objection_all_events": number % 2 == 0,
        "created_at": when,
        "sort_key": f"gross{number} ina",
        "search_key": f"ina gross{number}",
    }


def _stored(sessions, table) -> list[tuple]:
    """The rows as the database holds them (the driver's raw values), without the id."""
    names = ", ".join(c.name for c in table.columns if c.name != "id")
    with sessions() as session:
        return [tuple(r) for r in session.execute(text(f"SELECT {names} FROM {table.name}"))]


def _both_ways(sessions, table, rows: list[dict]) -> tuple[list[tuple], list[tuple]]:
    """The rows stored by the Core insert, then (those removed) by insert_many."""
    with sessions.begin() as session:
        session.execute(insert(table), rows)
    core = _stored(sessions, table)
    with sessions.begin() as session:
        session.execute(table.delete())
        insert_many(session, table, rows)
    return core, _stored(sessions, table)


def test_the_stored_rows_are_those_of_the_core_insert(sessions):
    berlin = timezone(timedelta(hours=1))
    rows = [_person(i, WHEN if i % 3 else WHEN.astimezone(berlin)) for i in range(6)]
    core, ours = _both_ways(sessions, Person.__table__, rows)
    assert len(ours) == 6
    assert ours == core


def test_left_out_columns_get_their_defaults_and_the_driver_gets_tuples(sessions):
    meeting = events.create_event(sessions, EventInput("Treffen", date(2026, 12, 3), "Gera"))
    with sessions.begin() as session:
        insert_many(session, Person.__table__, [_person(1, WHEN), _person(2, WHEN)])
        ids = session.execute(text("SELECT id FROM persons ORDER BY id")).scalars().all()

    def registration(pid: int, code: str) -> dict:
        return {
            "event_id": meeting.value.id,
            "person_id": pid,
            "badge_code": code,
            "walk_in": False,
            "registered_at": WHEN,
            "checked_in_by": "",
            "photo_objection": True,
        }

    sent: list = []
    engine = sessions.kw["bind"]
    listener = lambda *a: sent.append((a[2], a[3], a[5]))  # noqa: E731  (sql, params, many)
    event.listen(engine, "before_cursor_execute", listener)
    try:
        core, ours = _both_ways(
            sessions,
            Registration.__table__,
            [registration(ids[0], "AAAAAAAA"), registration(ids[1], "BBBBBBBB")],
        )
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len(ours) == 2
    assert ours == core  # badge_fingerprint, badge_target and note: their default ""
    if engine.dialect.name == "sqlite":  # one executemany of plain tuples
        sql, params, many = [s for s in sent if s[0].startswith("INSERT")][-1]
        assert many is True and all(type(p) is tuple for p in params)


def test_no_rows_write_nothing(sessions):
    with sessions.begin() as session:
        insert_many(session, Person.__table__, [])
    assert _stored(sessions, Person.__table__) == []


def test_insert_rows_gives_each_row_its_own_id(sessions):
    """The ids come back in the rows' order, after rows that were there before (and a gap
    left by a removed one); on SQLite without matching the rows on their values."""
    with sessions.begin() as session:
        insert_many(session, Person.__table__, [_person(i, WHEN) for i in range(3)])
        session.execute(Person.__table__.delete().where(Person.__table__.c.family_name == "Groß1"))
    rows = [_person(i, WHEN) for i in range(10, 15)]
    seen: list[str] = []
    engine = sessions.kw["bind"]
    listener = lambda *a: seen.append(a[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        with sessions.begin() as session:
            ids = insert_rows(session, Person, rows, ("email",))
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    with sessions() as session:
        stored = dict(session.execute(select(Person.email, Person.id)).all())
    assert ids == [stored[row["email"]] for row in rows]
    if engine.dialect.name == "sqlite":
        readback = [s for s in seen if s.startswith("SELECT") and "persons.id >" in s]
        assert readback and all("email" not in s for s in readback), readback
