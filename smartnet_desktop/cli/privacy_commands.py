"""`backup`, `restore`, `privacy export|erase|purge` and `audit`."""

from __future__ import annotations

import argparse
from pathlib import Path

from smartnet_desktop.cli import CommandFailed, emit, open_sessions, out_path
from smartnet_desktop.cli.arguments import count, identifier


def register(sub: argparse._SubParsersAction) -> None:
    backing_up = sub.add_parser("backup", help="a consistent copy of the database")
    backing_up.add_argument(
        "--out", type=out_path, help="where to write it (default: the backups folder)"
    )
    backing_up.add_argument("--json", action="store_true")
    backing_up.set_defaults(handler=make_backup)

    restoring = sub.add_parser(
        "restore", help="replace the database by a backup (the current one is kept)"
    )
    restoring.add_argument("file", type=Path)
    restoring.add_argument("--json", action="store_true")
    restoring.set_defaults(handler=restore_backup)

    privacy = sub.add_parser("privacy", help="data-subject requests and retention")
    actions = privacy.add_subparsers(dest="action", metavar="ACTION", required=True)
    exporting = actions.add_parser("export", help="everything held about a person, as JSON")
    exporting.add_argument("--person", type=identifier, required=True)
    exporting.add_argument("--out", type=out_path, required=True)
    exporting.add_argument("--by", default="CLI")
    exporting.add_argument("--json", action="store_true")
    exporting.set_defaults(handler=export_person)
    erasing = actions.add_parser("erase", help="erase a person's personal data everywhere")
    erasing.add_argument("--person", type=identifier, required=True)
    erasing.add_argument("--yes", action="store_true", help="confirm; erasure cannot be undone")
    erasing.add_argument("--by", default="CLI")
    erasing.add_argument(
        "--backups", action="store_true", help="erase the person from the backups as well"
    )
    erasing.add_argument("--json", action="store_true")
    erasing.set_defaults(handler=erase_person)
    purging = actions.add_parser("purge", help="remove personal data past the retention period")
    purging.add_argument("--dry-run", action="store_true")
    purging.add_argument("--by", default="CLI")
    purging.add_argument("--json", action="store_true")
    purging.set_defaults(handler=purge)

    log = sub.add_parser("audit", help="the audit log, newest first (or --out FILE.csv/.xlsx)")
    log.add_argument("--person", type=identifier)
    log.add_argument("--limit", type=count, default=200)
    log.add_argument("--out", type=out_path)
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=show_audit)


def make_backup(args: argparse.Namespace) -> int:
    from smartnet_desktop.services import backups
    from smartnet_desktop.settings import Settings

    sessions = open_sessions(args)
    if args.out:
        path = backups.back_up_to(sessions, args.out)
    else:
        path = backups.back_up(sessions, Settings.load().backups_to_keep)
    emit(args, {"status": "ok", "file": str(path)}, f"backup written to {path}")
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    from smartnet_desktop.services import backups
    from smartnet_desktop.settings import default_database

    kept = backups.restore(args.db or default_database(), args.file)
    emit(
        args,
        {"status": "ok", "restored_from": str(args.file), "previous_kept_as": str(kept)},
        f"restored from {args.file}; the previous database was kept as {kept}",
    )
    return 0


def export_person(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.privacy import export_person as export

    record = export(open_sessions(args), args.person, args.out, args.by)
    emit(
        args,
        {
            "status": "ok",
            "file": str(args.out),
            "registrations": len(record["registrations"]),
            "consent_changes": len(record["consent_history"]),
        },
        f"everything held about person {args.person} written to {args.out}",
    )
    return 0


# Why the file still holds old copies after a committed erasure (privacy.Erasure.cleanup).
CLEANUP_PENDING = {
    "other_reader": "another program has the database open, so old copies in the file are "
    "removed the next time an erasure runs without it",
    "disk_full": "the disk is too full to rebuild the database file, so old copies of the "
    "erased data stay in its free space until an erasure runs with room on the disk",
    "other": "the database file could not be cleaned of old copies of the erased data "
    "({reason}); they are removed the next time an erasure succeeds in cleaning it",
}


def erase_person(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.privacy import erase_from_backups
    from smartnet_desktop.services.privacy import erase_person as erase

    if not args.yes:
        raise CommandFailed("erasure cannot be undone; confirm with --yes")
    sessions = open_sessions(args)
    erasure = erase(sessions, args.person, args.by).value
    cleaned = erase_from_backups(sessions, args.person, args.by) if args.backups else 0
    text = f"person {args.person} erased" + (f", also in {cleaned} backups" if args.backups else "")
    if not erasure.file_clean:
        pending = CLEANUP_PENDING.get(erasure.cleanup, CLEANUP_PENDING["other"])
        text += "; " + pending.format(reason=erasure.cleanup)
    data = {
        "status": "erased",
        "person": args.person,
        "file_clean": erasure.file_clean,
        "cleanup_pending": erasure.cleanup,
    }
    emit(args, {**data, "backups_cleaned": cleaned}, text)
    return 0


def purge(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.privacy import purge as run

    plan = run(open_sessions(args), dry_run=args.dry_run, by=args.by).value
    verb = "would remove" if plan.dry_run else "removed"
    emit(
        args,
        plan.to_json(),
        f"{verb}: {plan.registrations} registrations of {len(plan.event_ids)} events; "
        f"{len(plan.people_erased)} people erased",
    )
    return 0


def show_audit(args: argparse.Namespace) -> int:
    from smartnet_desktop.services import audit, exporting

    sessions = open_sessions(args)
    if args.out:
        count = exporting.export_audit_log(sessions, args.out)
        emit(
            args,
            {"status": "ok", "file": str(args.out), "entries": count},
            f"{count} entries written to {args.out}",
        )
        return 0
    rows = audit.list_entries(sessions, args.person, args.limit)
    lines = [
        f"{r.at.astimezone():%d.%m.%Y %H:%M:%S}  {r.action:<18} {r.actor:<12} event={r.event_id or '-'} "
        f"person={r.person_id or '-'}  {r.details}"
        for r in rows
    ]
    emit(args, [r.to_json() for r in rows], "\n".join(lines) or "(empty)")
    return 0
