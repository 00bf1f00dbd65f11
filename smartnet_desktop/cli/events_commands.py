"""`events list`, `events add` and `demo-data`."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import emit, open_sessions
from smartnet_desktop.cli.arguments import identifier
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import events, validation


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("events", help="list or add events of the series")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="all events, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_events)

    add = actions.add_parser("add", help="create an event")
    add.add_argument("--title", required=True)
    add.add_argument("--date", required=True, help="YYYY-MM-DD")
    add.add_argument("--venue", required=True)
    add.add_argument("--town", default="")
    add.add_argument("--host", default="")
    add.add_argument("--organiser", default="")
    add.add_argument("--number", type=identifier)
    add.add_argument("--start", help="HH:MM")
    add.add_argument("--end", help="HH:MM")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=add_event)

    demo = sub.add_parser("demo-data", help="load the demo meeting into the database")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=load_demo)


def _line(event) -> str:
    number = f"{event.number}." if event.number else "-"
    return f"{event.id:>4}  {event.date:%d.%m.%Y}  {number:>4}  {event.title}  ({event.venue})"


def list_events(args: argparse.Namespace) -> int:
    rows = events.list_events(open_sessions(args))
    emit(args, [r.to_json() for r in rows], "\n".join(_line(r) for r in rows) or "(no events)")
    return 0


def add_event(args: argparse.Namespace) -> int:
    data = EventInput(
        title=args.title,
        date=validation.iso_date("date", args.date),
        venue=args.venue,
        town=args.town,
        host=args.host,
        organiser=args.organiser,
        number=args.number,
        start_time=validation.clock_time("start_time", args.start),
        end_time=validation.clock_time("end_time", args.end),
    )
    row = events.create_event(open_sessions(args), data).value
    emit(args, row.to_json(), f"created event {row.id}: {row.title}")
    return 0


def load_demo(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.demo import load_demo as load

    change = load(open_sessions(args))
    ids = sorted(change.event_ids)
    emit(
        args,
        {"event_ids": ids, "persons": len(change.person_ids)},
        f"demo meeting loaded: events {', '.join(map(str, ids))}",
    )
    return 0
