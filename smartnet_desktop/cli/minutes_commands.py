"""`minutes` and `invite`: the meeting's record (issue 26 items 4 and 5)."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import CommandFailed, emit, open_sessions, out_path
from smartnet_desktop.cli.arguments import identifier


def register(sub: argparse._SubParsersAction) -> None:
    minutes = sub.add_parser("minutes", help="write the minutes of a meeting as PDF")
    minutes.add_argument("--event", type=identifier, required=True)
    minutes.add_argument("--out", type=out_path, help="the PDF file to write")
    minutes.add_argument(
        "--lang", choices=["de", "en"], dest="document_lang", help="language of the minutes"
    )
    state = minutes.add_mutually_exclusive_group()
    state.add_argument(
        "--final", action="store_true", help="make the minutes final (frozen) while writing"
    )
    state.add_argument(
        "--reopen", action="store_true", help="make final minutes a draft again (audited)"
    )
    minutes.add_argument("--by", default="CLI", help="staff name recorded in the audit log")
    minutes.add_argument("--json", action="store_true")
    minutes.set_defaults(handler=write_minutes)

    invite = sub.add_parser(
        "invite", help="write the invitation to the next meeting (.ics, .csv, .eml)"
    )
    invite.add_argument("--event", type=identifier, required=True, help="the next meeting")
    invite.add_argument(
        "--from",
        type=identifier,
        required=True,
        dest="source",
        help="the previous meeting, whose people with contact sharing granted are invited",
    )
    invite.add_argument("--out", type=out_path, required=True, help="folder to write into")
    invite.add_argument(
        "--lang", choices=["de", "en"], dest="document_lang", help="language of the e-mail"
    )
    invite.add_argument("--by", default="CLI", help="staff name recorded in the audit log")
    invite.add_argument("--json", action="store_true")
    invite.set_defaults(handler=write_invitation)


def write_minutes(args: argparse.Namespace) -> int:
    from smartnet_desktop.services import minutes

    sessions = open_sessions(args)
    if args.reopen:
        minutes.reopen(sessions, args.event, args.by)
        emit(args, {"status": "ok", "event": args.event, "state": "draft"}, "minutes reopened")
        if not args.out:
            return 0
    if not args.out:
        raise CommandFailed("--out FILE.pdf is needed to write the minutes")
    if args.out.suffix.lower() != ".pdf":
        raise CommandFailed(f"--out must name a .pdf file, not '{args.out.name}'")
    language = args.document_lang or args.lang or "de"
    data = minutes.write_minutes(sessions, args.event, args.out, language, args.final, args.by)
    people = data.attendance
    emit(
        args,
        {
            "status": "ok",
            "file": str(args.out),
            "state": data.status,
            "organisations": len(people.organisations),
            "named": len(people.named),
            "counted": people.unnamed,
        },
        f"minutes ({data.status}) written to {args.out}: {len(people.organisations)} "
        f"organisations, {len(people.named)} people named, {people.unnamed} counted",
    )
    return 0


def write_invitation(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.invitation import write_invitation as write

    if args.event == args.source:
        raise CommandFailed("--event and --from name the same meeting")
    language = args.document_lang or args.lang or "de"
    done = write(open_sessions(args), args.event, args.source, args.out, language, args.by)
    attached = ", minutes attached" if done.minutes_attached else ""
    emit(
        args,
        done.to_json(),
        f"invitation written to {done.folder}: {', '.join(done.files)} "
        f"({done.recipients} recipients, {done.left_out} left out without consent{attached})",
    )
    return 0
