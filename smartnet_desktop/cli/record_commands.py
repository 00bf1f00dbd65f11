"""`poll` and `newcomers`: the meeting's record from a script (issue 26 items 1 and 2)."""

from __future__ import annotations

import argparse

from smartnet_desktop.cli import emit, open_sessions, out_path
from smartnet_desktop.cli.arguments import count, identifier
from smartnet_desktop.services import polls


def register(sub: argparse._SubParsersAction) -> None:
    news = sub.add_parser("newcomers", help="the people at their first meeting of the series")
    news.add_argument("--event", type=identifier, required=True)
    news.add_argument("--out", type=out_path, help="write the moderator's list to this PDF")
    news.add_argument("--lang", choices=["de", "en"], dest="list_lang", help="language of the PDF")
    news.add_argument("--json", action="store_true")
    news.set_defaults(handler=show_newcomers)

    poll = sub.add_parser("poll", help="opinion polls (Meinungsbild) of a meeting")
    what = poll.add_subparsers(dest="poll_command", metavar="ACTION", required=True)
    add = what.add_parser("add", help="a new poll with its options")
    add.add_argument("--event", type=identifier, required=True)
    add.add_argument("--question", required=True)
    add.add_argument("--option", action="append", required=True, help="an option (twice or more)")
    add.add_argument("--agenda-item", type=identifier, help="the agenda item it belongs to")
    add.add_argument(
        "--hands",
        action="store_true",
        help="counted by a show of hands (default: one vote per organisation)",
    )
    vote = what.add_parser("vote", help="an organisation's vote (a second one corrects it)")
    vote.add_argument("--poll", type=identifier, required=True)
    vote.add_argument("--organisation", required=True)
    vote.add_argument("--option", required=True)
    counting = what.add_parser("count", help="the show-of-hands count of one option")
    counting.add_argument("--poll", type=identifier, required=True)
    counting.add_argument("--option", required=True)
    counting.add_argument("--count", type=count, required=True)
    shown = what.add_parser("results", help="the results of a poll")
    shown.add_argument("--poll", type=identifier, required=True)
    deleting = what.add_parser("delete", help="delete a poll with its votes (audited)")
    deleting.add_argument("--poll", type=identifier, required=True)
    for parser, handler in (
        (add, add_poll),
        (deleting, delete_poll),
        (vote, cast_vote),
        (counting, count_hands),
        (shown, show_results),
    ):
        parser.add_argument("--by", default="CLI", help="staff name stored in the audit log")
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(handler=handler)


def _text(result) -> str:
    lines = [result.question]
    lines += [f"  {o.votes:>4}  {o.option}" for o in result.options]
    return "\n".join(lines)


def add_poll(args: argparse.Namespace) -> int:
    sessions = open_sessions(args)
    mode = "count" if args.hands else "organisation"
    poll_id = polls.add_poll(
        sessions, args.event, args.question, args.option, args.agenda_item, mode, args.by
    ).value
    emit(
        args,
        {"status": "ok", **polls.to_json(polls.results(sessions, poll_id))},
        f"poll {poll_id} added",
    )
    return 0


def cast_vote(args: argparse.Namespace) -> int:
    result = polls.vote(open_sessions(args), args.poll, args.organisation, args.option, args.by)
    emit(args, polls.to_json(result.value), _text(result.value))
    return 0


def count_hands(args: argparse.Namespace) -> int:
    result = polls.count(open_sessions(args), args.poll, args.option, args.count, args.by)
    emit(args, polls.to_json(result.value), _text(result.value))
    return 0


def delete_poll(args: argparse.Namespace) -> int:
    poll_id = polls.delete_poll(open_sessions(args), args.poll, args.by).value
    emit(args, {"status": "ok", "poll": poll_id}, f"poll {poll_id} deleted")
    return 0


def show_results(args: argparse.Namespace) -> int:
    result = polls.results(open_sessions(args), args.poll)
    emit(args, polls.to_json(result), _text(result))
    return 0


def show_newcomers(args: argparse.Namespace) -> int:
    from smartnet_desktop.services import newcomers

    sessions = open_sessions(args)
    if args.out:
        language = args.list_lang or args.lang or "de"
        people = newcomers.export_newcomers(sessions, args.event, args.out, language, "CLI")
        emit(
            args,
            {"status": "ok", "people": people, "file": str(args.out)},
            f"list of {people} newcomers written to {args.out}",
        )
        return 0
    rows = newcomers.newcomers(sessions, args.event)
    lines = [
        f"{r.attendee.display_name}  ({r.attendee.organization}{', neu' if r.new_organisation else ''})"
        f"{'  ' + r.profile_address if r.profile_address else ''}"
        for r in rows
    ]
    emit(args, [r.to_json() for r in rows], "\n".join(lines) or "(nobody new)")
    return 0
