"""`import` and `export attendees`: registration lists in and out."""

from __future__ import annotations

import argparse
from pathlib import Path

from smartnet_desktop.cli import emit, import_refused, open_sessions, out_path
from smartnet_desktop.cli.arguments import identifier
from smartnet_desktop.domain.errors import InvalidImport
from smartnet_desktop.messages import problem_line

# A broken file can have a million problems; the terminal shows the first ones and a count.


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import", help="import registrations from CSV or XLSX")
    imp.add_argument("--event", type=identifier, required=True)
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, list the others"
    )
    imp.add_argument("--by", default="import", help="staff name recorded with consent columns")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=import_file)

    exp = sub.add_parser("export", help="export lists")
    what = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    att = what.add_parser("attendees", help="the attendee list as .csv or .xlsx")
    att.add_argument("--event", type=identifier, required=True)
    att.add_argument("--out", type=out_path, required=True)
    att.add_argument("--json", action="store_true")
    att.set_defaults(handler=export_attendees)

    from smartnet_desktop.cli import consent_commands

    consent_commands.register(sub, what)


def import_file(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.importing import run_import

    sessions = open_sessions(args)
    try:
        result = run_import(
            sessions, args.event, args.file, args.skip_invalid, args.dry_run, args.by
        ).value
    except InvalidImport as error:
        raise import_refused(args, error) from None
    summary = (
        f"{'would import' if result.dry_run else 'imported'}: {result.registered} registered "
        f"({result.new_people} new in the network), {result.already_registered} already registered"
    )
    skipped = [problem_line(p) for p in result.skipped]
    emit(
        args,
        {"status": "ok", **result.to_json()},
        "\n".join([summary, *(f"skipped {s}" for s in skipped)]),
    )
    return 0


def export_attendees(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.events import get_event
    from smartnet_desktop.services.exporting import export_attendees as export

    sessions = open_sessions(args)
    get_event(sessions, args.event)
    count = export(sessions, args.event, args.out)
    emit(
        args,
        {"status": "ok", "attendees": count, "file": str(args.out)},
        f"{count} attendees written to {args.out}",
    )
    return 0
