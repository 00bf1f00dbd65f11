"""`consent photo|contacts|history`, `export contacts`, `export photo-objections`."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import emit, open_sessions, out_path
from smartnet_desktop.cli.arguments import identifier
from smartnet_desktop.domain.enums import Channel, ConsentDecision
from smartnet_desktop.services import consent

CHANNELS = [c.value for c in Channel]


def register(sub: argparse._SubParsersAction, export_group: argparse._SubParsersAction) -> None:
    group = sub.add_parser("consent", help="photo objections and contact-sharing consent")
    kinds = group.add_subparsers(dest="kind", metavar="KIND", required=True)

    photo = kinds.add_parser("photo", help="record or withdraw a photo objection")
    photo.add_argument("--event", type=identifier, required=True)
    photo.add_argument("--person", type=identifier, required=True)
    what = photo.add_mutually_exclusive_group(required=True)
    what.add_argument("--object", action="store_true")
    what.add_argument("--withdraw", action="store_true")
    photo.add_argument("--all-events", action="store_true", help="for all future events too")
    _common(photo)
    photo.set_defaults(handler=record_photo)

    contacts = kinds.add_parser("contacts", help="contact sharing in the distribution list")
    contacts.add_argument("--person", type=identifier, required=True)
    answer = contacts.add_mutually_exclusive_group(required=True)
    answer.add_argument("--grant", action="store_true")
    answer.add_argument("--object", action="store_true")
    answer.add_argument("--withdraw", action="store_true")
    contacts.add_argument("--event", type=identifier, help="the event whose question was asked")
    _common(contacts)
    contacts.set_defaults(handler=record_contacts)

    hist = kinds.add_parser("history", help="every consent change of a person, in order")
    hist.add_argument("--person", type=identifier, required=True)
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(handler=show_history)

    people = export_group.add_parser("contacts", help="the distribution list (.csv, .xlsx or .vcf)")
    people.add_argument("--out", type=out_path, required=True)
    people.add_argument("--json", action="store_true")
    people.set_defaults(handler=export_contacts)

    photos = export_group.add_parser(
        "photo-objections", help="the photographers' list (.pdf or .csv)"
    )
    photos.add_argument("--event", type=identifier, required=True)
    photos.add_argument("--out", type=out_path, required=True)
    photos.add_argument("--lang", choices=["de", "en"], dest="list_lang")
    photos.add_argument("--json", action="store_true")
    photos.set_defaults(handler=export_photo_objections)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", default="CLI", help="staff or desk name")
    parser.add_argument("--channel", choices=CHANNELS, default="desk")
    parser.add_argument("--note", default="")
    parser.add_argument("--json", action="store_true")


def _latest(sessions, person_id: int) -> dict:
    rows = consent.history(sessions, person_id)
    return rows[-1].to_json()


def record_photo(args: argparse.Namespace) -> int:
    sessions = open_sessions(args)
    consent.record_photo(
        sessions,
        args.person,
        args.event,
        objects=args.object,
        all_events=args.all_events,
        by=args.by,
        channel=args.channel,
        note=args.note,
    )
    latest = _latest(sessions, args.person)
    emit(
        args,
        {"status": "recorded", **latest},
        f"recorded: photo {latest['decision']} ({latest['scope']})",
    )
    return 0


def record_contacts(args: argparse.Namespace) -> int:
    decision = (
        ConsentDecision.GRANT
        if args.grant
        else ConsentDecision.OBJECT
        if args.object
        else ConsentDecision.WITHDRAW
    )
    sessions = open_sessions(args)
    consent.record_contact(
        sessions, args.person, decision, args.by, args.channel, args.note, args.event
    )
    latest = _latest(sessions, args.person)
    emit(args, {"status": "recorded", **latest}, f"recorded: contact sharing {latest['decision']}")
    return 0


def show_history(args: argparse.Namespace) -> int:
    rows = consent.history(open_sessions(args), args.person)
    lines = [
        f"{r.recorded_at.astimezone():%d.%m.%Y %H:%M}  {r.kind:<15} {r.decision:<8} {r.scope:<10} "
        f"{r.event_title[:30]:<30} {r.channel:<6} {r.recorded_by}"
        for r in rows
    ]
    emit(
        args, [r.to_json() for r in rows], "\n".join(lines) or "(no consent recorded: never asked)"
    )
    return 0


def export_contacts(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.consent_exports import export_contacts as export

    result = export(open_sessions(args), args.out)
    data = {
        "status": "ok",
        "file": str(args.out),
        "included": len(result.included),
        "left_out_not_asked": result.not_asked,
        "left_out_objected": result.objected,
    }
    emit(
        args,
        data,
        f"{len(result.included)} contacts written to {args.out}; left out: "
        f"{result.not_asked} never asked, {result.objected} objected",
    )
    return 0


def export_photo_objections(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.consent_exports import export_photo_objections as export
    from smartnet_desktop.settings import Settings

    language = args.list_lang or args.lang or "de"
    marker = Settings.load().marker_style()  # the list shows the badges' marker as printed
    count = export(open_sessions(args), args.event, args.out, language, marker)
    emit(
        args,
        {"status": "ok", "file": str(args.out), "people": count},
        f"{count} people on the photographers' list, written to {args.out}",
    )
    return 0
