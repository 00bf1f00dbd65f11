"""`agenda`: the agenda with computed times as JSON, or the handout as PDF."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import CommandFailed, emit, open_sessions, out_path
from smartnet_desktop.cli.arguments import identifier
from smartnet_desktop.services import agenda, events


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("agenda", help="print the agenda or write the handout PDF")
    parser.add_argument("--event", type=identifier, required=True)
    parser.add_argument("--out", type=out_path, help="write the handout to this PDF file")
    parser.add_argument(
        "--lang", choices=["de", "en"], dest="handout_lang", help="language of the handout"
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=show_agenda)


def show_agenda(args: argparse.Namespace) -> int:
    sessions = open_sessions(args)
    event = events.get_event(sessions, args.event)
    items = agenda.list_agenda(sessions, args.event)
    if args.out:
        if args.out.suffix.lower() != ".pdf":
            raise CommandFailed(f"--out must name a .pdf file, not '{args.out.name}'")
        from smartnet_desktop.outputs import write_file
        from smartnet_desktop.reports.agenda import render_agenda

        language = args.handout_lang or args.lang or "de"
        upcoming = events.next_event(sessions, args.event)
        write_file(args.out, render_agenda(event, items, language, upcoming))
        emit(
            args,
            {"status": "ok", "file": str(args.out), "items": len(items)},
            f"agenda handout written to {args.out}",
        )
        return 0
    lines = [f"{i.start:%H:%M}–{i.end:%H:%M}  {i.title}" for i in items]
    emit(args, [i.to_json() for i in items], "\n".join(lines) or "(no items)")
    return 0
