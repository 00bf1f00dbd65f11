"""`sheets`: the personal sheets "Heute für Sie interessant" as one PDF, a page each."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import CommandFailed, emit, open_sessions, out_path
from smartnet_desktop.cli.arguments import identifier


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "sheets", help="personal sheets: the matches of each person's organisation at the meeting"
    )
    parser.add_argument("--event", type=identifier, required=True)
    parser.add_argument("--out", type=out_path, required=True)
    parser.add_argument(
        "--person", type=identifier, action="append", help="only this person (repeatable)"
    )
    parser.add_argument(
        "--present",
        action="store_true",
        help="those checked in, with the organisations checked in (default: registered)",
    )
    parser.add_argument("--paper", choices=["a4", "a5"], default="a4")
    parser.add_argument("--lang", dest="language", choices=["de", "en"], default="de")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=sheets)


def sheets(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.sheets import write_sheets

    if args.out.suffix.lower() != ".pdf":
        raise CommandFailed(f"--out must name a .pdf file, not '{args.out.name}'")
    batch = write_sheets(
        open_sessions(args),
        args.event,
        args.out,
        args.person,
        args.present,
        args.paper,
        args.language,
        "CLI",
    )
    if batch.not_registered:
        raise CommandFailed(
            f"not registered for event {args.event}: person "
            + ", ".join(map(str, batch.not_registered))
        )
    if not batch.sheets:
        if batch.not_present and len(batch.not_present) == len(args.person or ()):
            raise CommandFailed("not checked in: person " + ", ".join(map(str, batch.not_present)))
        raise CommandFailed("no match at this meeting for anyone asked for: no sheet written")
    data = {
        "status": "ok",
        "file": str(args.out),
        "sheets": len(batch.sheets),
        "paper": args.paper,
        "present": args.present,
        "people": [s.to_json() for s in batch.sheets],
        "without_matches": list(batch.without_matches),
        "not_present": list(batch.not_present),
    }
    text = f"{len(batch.sheets)} sheets written to {args.out}"
    if batch.without_matches:
        text += f" ({len(batch.without_matches)} people without a match here: no sheet)"
    emit(args, data, text)
    return 0
