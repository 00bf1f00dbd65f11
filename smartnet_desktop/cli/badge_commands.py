"""`badges`: name badges as PDF, and `badges layouts`."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import CommandFailed, _error_line, emit, open_sessions, out_path
from smartnet_desktop.cli.arguments import count, identifier
from smartnet_desktop.services.badges import QR_MODES, SELECTIONS


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("badges", help="name badges as PDF (or: badges layouts)")
    parser.add_argument("what", nargs="?", choices=["layouts"], help="list the sheet presets")
    parser.add_argument("--event", type=identifier)
    parser.add_argument("--out", type=out_path)
    parser.add_argument("--layout", help="preset name (default: the event's)")
    parser.add_argument("--qr", choices=QR_MODES, help="QR content (default: the event's)")
    parser.add_argument("--only", choices=[s for s in SELECTIONS if s != "all"])
    parser.add_argument(
        "--person", type=identifier, action="append", help="only this person (repeatable)"
    )
    parser.add_argument("--mark-printed", action="store_true", help="record the badges as printed")
    parser.add_argument(
        "--ask-me-about",
        action="store_true",
        help='add "Fragen Sie mich zu: ..." with what the organisation offers',
    )
    parser.add_argument(
        "--skip", type=count, default=0, help="labels of the first sheet already used (start later)"
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=badges)


def _settings():
    from smartnet_desktop.settings import Settings

    return Settings.load()


def badges(args: argparse.Namespace) -> int:
    from smartnet_desktop.badges.layouts import get_layout

    settings = _settings()
    if args.what == "layouts":
        return _list_layouts(args, settings)
    if args.event is None or args.out is None:
        raise CommandFailed("badges needs --event ID and --out FILE.pdf")
    if args.out.suffix.lower() != ".pdf":
        raise CommandFailed(f"--out must name a .pdf file, not '{args.out.name}'")
    from smartnet_desktop.badges.render import render_badges
    from smartnet_desktop.services import badges as service
    from smartnet_desktop.services.events import get_event

    sessions = open_sessions(args)
    event = get_event(sessions, args.event)
    layout = get_layout(args.layout or event.badge_layout, settings.custom_layout_path())
    data = service.badge_data(
        sessions,
        args.event,
        args.only or "all",
        args.person,
        args.qr,
        args.ask_me_about or settings.badge_ask_me_about,
    )
    if not data:
        raise CommandFailed("nobody matches: no badge to print")
    if layout.inside:  # the personal sheet inside the folded badge
        from smartnet_desktop.services.sheets import with_sheets

        data = with_sheets(sessions, args.event, data)
    if args.skip < 0 or args.skip >= layout.per_page:
        raise CommandFailed(f"--skip must be 0 to {layout.per_page - 1} for {layout.name}")
    result = render_badges(
        data,
        layout,
        settings.marker_style(),
        tuple(settings.printer_offset_mm),
        skip=args.skip,
    )
    from smartnet_desktop.outputs import write_file

    write_file(args.out, result.pdf)
    if args.mark_printed:
        service.mark_printed(sessions, data)
    fates = _ask_me_about_note(result, layout.name, len(data))
    emit(
        args,
        {
            "status": "ok",
            "file": str(args.out),
            "badges": len(data),
            "pages": result.pages,
            "layout": layout.name,
            "marked_printed": args.mark_printed,
            "ask_me_about": fates,
        },
        f"{len(data)} badges on {result.pages} pages written to {args.out}",
    )
    return 0


def _list_layouts(args: argparse.Namespace, settings) -> int:
    from smartnet_desktop.badges.layouts import load_layouts

    layouts = load_layouts(settings.custom_layout_path())
    emit(
        args,
        [layout.to_json() for layout in layouts.values()],
        "\n".join(f"{name:<18} {layout.label}" for name, layout in layouts.items()),
    )
    return 0


def _ask_me_about_note(result, layout_name: str, count: int) -> dict[str, int]:
    """What became of the "Fragen Sie mich zu" lines; said on stderr (one line) where the
    sheet left one out or shortened it, never dropped silently (issue 23)."""
    fates = {state: result.ask_me_about(state) for state in ("shown", "shortened", "dropped")}
    if fates["shortened"] or fates["dropped"]:
        _error_line(
            f'"Fragen Sie mich zu" does not fit on every {layout_name} badge: left out on '
            f"{fates['dropped']}, shortened on {fates['shortened']} of {count} badges"
        )
    return fates
