"""`attendees`, `checkin`, `checkin-list` and `counts`: the desk from a script or a terminal."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import EXIT_ALREADY, CommandFailed, emit, open_sessions, out_path
from smartnet_desktop.cli.arguments import count, identifier
from smartnet_desktop.domain.errors import AlreadyCheckedIn
from smartnet_desktop.messages import format_error
from smartnet_desktop.services import attendees, checkin


def register(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser("attendees", help="list the attendees of an event")
    listing.add_argument("--event", type=identifier, required=True)
    listing.add_argument(
        "--search", help="any part of name or organisation, an email (with @) or a badge code"
    )
    listing.add_argument("--limit", type=count, help="at most this many rows, in name order")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_attendees)

    check = sub.add_parser("checkin", help="check an attendee in by badge code or person id")
    check.add_argument("--event", type=identifier, required=True)
    check.add_argument("code", metavar="CODE_OR_PERSON_ID")
    check.add_argument("--by", default="CLI", help="desk or staff name stored with the check-in")
    check.add_argument(
        "--request-id",
        help="an id for this request: sending it again (a retry) checks in once, not twice",
    )
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=check_in)

    paper = sub.add_parser("checkin-list", help="the paper check-in list (PDF), for emergencies")
    paper.add_argument("--event", type=identifier, required=True)
    paper.add_argument("--out", type=out_path, required=True)
    paper.add_argument("--lang", choices=["de", "en"], default="de")
    paper.add_argument("--json", action="store_true")
    paper.set_defaults(handler=checkin_list)

    counting = sub.add_parser("counts", help="the desk's counters of an event")
    counting.add_argument("--event", type=identifier, required=True)
    counting.add_argument("--json", action="store_true")
    counting.set_defaults(handler=show_counts)


def _line(row) -> str:
    when = row.checked_in_at.astimezone().strftime("%H:%M") if row.checked_in_at else "-"
    return (
        f"{row.person_id:>6}  {row.badge_code}  {when:>5}  {row.display_name}  ({row.organization})"
    )


def list_attendees(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.events import get_event

    sessions = open_sessions(args)
    get_event(sessions, args.event)  # a clear "no such event" instead of an empty list
    rows = attendees.list_attendees(sessions, args.event, args.search, limit=args.limit)
    emit(args, [r.to_json() for r in rows], "\n".join(_line(r) for r in rows) or "(nobody)")
    return 0


def check_in(args: argparse.Namespace) -> int:
    try:
        row = checkin.check_in_code(
            open_sessions(args), args.event, args.code, args.by, args.request_id
        ).value
    except AlreadyCheckedIn as already:
        data = {
            "status": "already_checked_in",
            "name": already.name,
            "checked_in_at": already.at.isoformat(),
            "checked_in_by": already.by,
        }
        raise CommandFailed(format_error(already), EXIT_ALREADY, data) from None
    emit(args, {"status": "checked_in", **row.to_json()}, f"checked in: {row.display_name}")
    return 0


def show_counts(args: argparse.Namespace) -> int:
    """The same four figures, with the same definitions, as the desk and the status bar."""
    from smartnet_desktop.services.events import event_counts, get_event

    sessions = open_sessions(args)
    get_event(sessions, args.event)
    counts = event_counts(sessions, args.event)
    data = {
        "registered": counts.registered,
        "checked_in": counts.checked_in,
        "walk_ins": counts.walk_ins,
        "expected": counts.expected,
    }
    text = (
        f"{counts.registered} registered · {counts.checked_in} checked in "
        f"(of them {counts.walk_ins} walk-ins) · {counts.expected} still expected"
    )
    emit(args, data, text)
    return 0


def checkin_list(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.exporting import export_checkin_list

    count = export_checkin_list(open_sessions(args), args.event, args.out, args.lang, "CLI")
    emit(
        args,
        {"status": "ok", "people": count, "file": str(args.out)},
        f"check-in list with {count} people written to {args.out}",
    )
    return 0
