"""`db copy` and `db check`: a meeting moved between a laptop's file and the server, and
what a desk needs from a database."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import EXIT_DATABASE, emit
from smartnet_desktop.messages import format_error


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("db", help="copy a meeting to or from a server; check a database")
    actions = group.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    copying = actions.add_parser(
        "copy", help="copy every row from one database to another, empty one (file or URL)"
    )
    copying.add_argument("--from", dest="source", required=True, help="SQLite file or URL")
    copying.add_argument("--to", dest="target", required=True, help="SQLite file or URL")
    copying.add_argument("--json", action="store_true")
    copying.set_defaults(handler=copy)
    checking = actions.add_parser(
        "check", help="reachable, schema current, permissions and search index (of --db)"
    )
    checking.add_argument("--json", action="store_true")
    checking.set_defaults(handler=check)
    upgrading = actions.add_parser(
        "upgrade", help="bring --db to the newest schema (a SQLite file is backed up first)"
    )
    upgrading.add_argument("--json", action="store_true")
    upgrading.set_defaults(handler=upgrade)


def copy(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.database_moves import copy_database

    copied = copy_database(args.source, args.target)
    lines = [f"{count:>8}  {table}" for table, count in copied.items()]
    emit(args, copied, "\n".join([*lines, "copied and counted again: complete"]))
    return 0


def check(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.database_moves import check_database
    from smartnet_desktop.settings import default_database

    checks = check_database(str(args.db or default_database()))
    data = [
        {
            "check": c.name,
            "ok": c.ok,
            "detail": c.detail,
            **({"message": format_error(c.problem)} if c.problem else {}),
        }
        for c in checks
    ]
    text = "\n".join(_check_line(c) for c in checks)
    emit(args, data, text)
    return 0 if all(c.ok for c in checks) else EXIT_DATABASE


def _check_line(check) -> str:
    detail = check.detail
    if check.problem is not None:
        # The code for scripts, the sentence (the window's wording) for people.
        detail = f"{check.problem.code}: {format_error(check.problem)}"
    return f"{'ok  ' if check.ok else 'FAIL'}  {check.name}{f' ({detail})' if detail else ''}"


def upgrade(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.database_moves import upgrade_database
    from smartnet_desktop.settings import default_database

    before, now, backup = upgrade_database(str(args.db or default_database()))
    data = {"revision_before": before, "revision": now, "backup": backup}
    if before == now:
        text = f"schema already current ({now})"
    else:
        text = f"schema upgraded from {before or 'none'} to {now}"
        if backup:
            text += f"; the file before it is kept as {backup}"
    emit(args, data, text)
    return 0
