"""Many new rows in one insert, with their new ids in the rows' order.

`INSERT ... RETURNING` with SQLAlchemy's sort_by_parameter_order costs about twice the
plain insert (its "insertmanyvalues" batches are built in Python): 20,000 imported people
took a second of the import's time for it alone. A plain executemany is followed by one
read of the rows after the largest id there was, matched to ours on their own values, so
that a row another connection added meanwhile is never taken for one of ours (on SQLite,
which lets one writer in at a time, the ids after the largest one are simply ours).

On SQLite the rows go to the driver as tuples (`insert_many`): SQLAlchemy's executemany
builds and converts every row's parameters one by one, which cost about as much time as
SQLite's own inserting (issue 24 item 4). Values that repeat down the rows (the part's one
timestamp, the booleans) are converted once each."""

from __future__ import annotations

from collections import defaultdict, deque
from operator import itemgetter

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session


def insert_rows(session: Session, model, rows: list[dict], key: tuple[str, ...]) -> list[int]:
    """Inserts `rows` into the model's table; returns their ids, row by row. `key` names
    the columns that tell the rows apart (rows equal on them get ids in their order)."""
    table = model.__table__
    before = session.scalar(select(func.max(table.c.id))) or 0
    insert_many(session, table, rows)
    if session.get_bind().dialect.name == "sqlite":
        # One writer at a time: the rows after `before` that this transaction sees are
        # its own, numbered in the order they were inserted (no matching on values).
        ids = session.scalars(
            select(table.c.id).where(table.c.id > before).order_by(table.c.id)
        ).all()
        if len(ids) == len(rows):
            return list(ids)
    columns = [table.c[name] for name in key]
    fresh: dict[tuple, deque[int]] = defaultdict(deque)
    query = select(table.c.id, *columns).where(table.c.id > before).order_by(table.c.id)
    for found in session.execute(query):
        fresh[tuple(found[1:])].append(found[0])
    return [fresh[tuple(row[name] for name in key)].popleft() for row in rows]


def insert_many(session: Session, table: Table, rows: list[dict]) -> None:
    """`session.execute(insert(table), rows)` with the same stored values, faster on SQLite.
    Every row has the keys of the first one. Other databases take SQLAlchemy's way."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    defaults = {
        column.key: column.default
        for column in insert(table).compile(dialect=dialect, column_keys=names).insert_prefetch
    }
    if not dialect.positional or any(not d.is_scalar for d in defaults.values()):
        session.execute(insert(table), rows)
        return
    if defaults:  # the columns the rows leave out get their scalar default (a note's "")
        fixed = {key: default.arg for key, default in defaults.items()}
        rows = [{**fixed, **row} for row in rows]
        names += list(fixed)
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup)
    pick = itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
    conversions = [
        (index, convert)
        for index, convert in enumerate(_converter(table, name, dialect) for name in order)
        if convert is not None
    ]
    if conversions:
        params = []
        for row in rows:
            values = list(pick(row))
            for index, convert in conversions:
                values[index] = convert(values[index])
            params.append(tuple(values))
    else:
        params = list(map(pick, rows))
    connection.exec_driver_sql(compiled.string, params)


def _converter(table: Table, name: str, dialect):
    """The column's conversion to the driver's value (None: none), remembered per value."""
    process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    seen: dict = {}

    def convert(value):
        try:
            return seen[value]
        except KeyError:
            seen[value] = converted = process(value)
            return converted
        except TypeError:  # not hashable
            return process(value)

    return convert
