"""`db copy` and `db check`: a meeting moved between a laptop's file and the server, and
what a desk needs from a database."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import EXIT_DATABASE, emit


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
    data = [{"check": c.name, "ok": c.ok, "detail": c.detail} for c in checks]
    text = "\n".join(
        f"{'ok  ' if c.ok else 'FAIL'}  {c.name}{f' ({c.detail})' if c.detail else ''}"
        for c in checks
    )
    emit(args, data, text)
    return 0 if all(c.ok for c in checks) else EXIT_DATABASE
