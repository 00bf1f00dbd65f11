"""The command line: thin over the services. No subcommand opens the GUI.

Exit codes: 0 success, 2 bad input (one line on stderr), 3 already done (check-in),
1 a database that cannot be used. Never a traceback for a user error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from smartnet_desktop.domain.errors import DatabaseProblem, SmartNetError
from smartnet_desktop.domain.text_rules import writable
from smartnet_desktop.messages import format_error

EXIT_BAD_INPUT = 2
EXIT_ALREADY = 3
EXIT_DATABASE = 1
EXIT_UNEXPECTED = 70  # sysexits' EX_SOFTWARE: a fault of the program, logged
EXIT_INTERRUPTED = 130  # Ctrl+C, as shells report it


class OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus message; a desk script wants just the reason."""

    def error(self, message: str):  # noqa: D102
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


class CommandFailed(Exception):
    """A command's own failure with an exit code and a ready sentence."""

    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT, data: dict | None = None):
        super().__init__(message)
        self.exit_code = exit_code
        self.data = data


def out_path(text: str) -> Path:
    """The type of every --out: an empty name is refused here, as Path("") would silently
    mean the current folder (smartnet_desktop.outputs checks everything else)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name names no file")
    return Path(text)


def emit(args: argparse.Namespace, data, text: str) -> None:
    """JSON with --json, otherwise the human-readable text."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        # Names come from imports: an ESC in one must not drive the terminal.
        print(writable(text, keep="\n"))


MAX_PROBLEM_LINES = 20


def import_refused(args: argparse.Namespace, error) -> CommandFailed:
    """An import that wrote nothing (registrations or survey): the first problem becomes
    the error line, up to 19 more go to the terminal, every one into --json."""
    from smartnet_desktop.messages import problem_line

    lines = [problem_line(p) for p in error.problems]
    if not args.json:  # the first stands in the error line
        shown = lines[1:MAX_PROBLEM_LINES]
        if shown:
            emit(args, None, "\n".join(shown))
        if len(lines) > MAX_PROBLEM_LINES:
            emit(args, None, f"... and {len(lines) - MAX_PROBLEM_LINES} more problems")
    first = (
        lines[0]
        if len(lines) == 1
        else f"{len(lines)} problems, nothing imported; first: {lines[0]}"
    )
    return CommandFailed(first, EXIT_BAD_INPUT, {"status": "invalid", "problems": error.problems})


def _error_line(message: str) -> None:
    """One line on stderr, whatever the message holds (line breaks, escape sequences)."""
    print(f"smartnet-desktop: {writable(message, keep='')}", file=sys.stderr)


def open_sessions(args: argparse.Namespace):
    from smartnet_desktop.db import open_database
    from smartnet_desktop.settings import default_database

    _engine, sessions = open_database(args.db or default_database())
    return sessions


def _window_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of the window itself (they also stand before any command)."""
    parser.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: user data folder)")
    parser.add_argument("--lang", choices=["de", "en"], help="language of the window")
    parser.add_argument(
        "--demo", action="store_true", help="open the GUI on a throw-away copy of the demo meeting"
    )
    parser.add_argument(
        "--desk", help="name of this desk, stored with each check-in (default: the computer's name)"
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="the self check-in kiosk: full screen and locked, left with the staff PIN",
    )
    parser.add_argument(
        "--event", dest="kiosk_event", type=_event_id, help="the kiosk's event (default: newest)"
    )
    return parser


def _event_id(text: str) -> int:
    """An event id of the window's options, read without loading the services."""
    if not text.isdigit() or not 0 < int(text) < 2**31:
        raise argparse.ArgumentTypeError(f"not an event id: {text!r}")
    return int(text)


class _NotAWindowStart(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str):  # noqa: D102
        raise _NotAWindowStart(message)


def _window_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a plain window start (no command, no --help), or None.

    Read without the commands: building their parsers imports every service (and the
    database library) before the window could show; a start of the window needs none."""
    light = _window_options(_QuietParser(prog="smartnet-desktop", add_help=False))
    try:
        args, rest = light.parse_known_args(argv)
    except _NotAWindowStart:  # a bad option value: the full parser says what is wrong
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    from smartnet_desktop.cli import (
        agenda_commands,
        badge_commands,
        db_commands,
        desk_commands,
        events_commands,
        file_commands,
        kiosk_commands,
        minutes_commands,
        network_commands,
        privacy_commands,
        record_commands,
        sheet_commands,
    )

    parser = _window_options(
        OneLineParser(
            prog="smartnet-desktop",
            description=(
                "SmartNet Desktop: the event desk of the Smart Cities / Smart Regions network."
            ),
        )
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for module in (
        events_commands,
        desk_commands,
        file_commands,
        agenda_commands,
        badge_commands,
        privacy_commands,
        network_commands,
        record_commands,
        minutes_commands,
        sheet_commands,
        db_commands,
        kiosk_commands,
    ):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _window_start(argv)
    if args is not None:
        from smartnet_desktop.app import run_gui

        return run_gui(args)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable | None = getattr(args, "handler", None)
    if handler is None:
        if args.command:
            parser.parse_args([*(argv or sys.argv[1:]), "--help"])
        from smartnet_desktop.app import run_gui

        return run_gui(args)
    try:
        return handler(args) or 0
    except CommandFailed as failure:
        if failure.data is not None and getattr(args, "json", False):
            print(json.dumps(failure.data, ensure_ascii=False, indent=2, default=str))
        _error_line(str(failure))
        return failure.exit_code
    except DatabaseProblem as problem:
        _error_line(format_error(problem))
        return EXIT_DATABASE
    except SmartNetError as error:
        _error_line(format_error(error))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader stopped early (`| head`, `| grep -q`): nothing failed. Further output
        # goes nowhere, so that the interpreter's final flush raises nothing either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        _error_line(f"{error.strerror or error}: {error.filename or ''}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _error_line("interrupted: what was committed before stays, the step under way did not")
        return EXIT_INTERRUPTED
    except Exception as error:  # no traceback reaches a user: it goes to the error log
        from smartnet_desktop.error_log import log_error

        path = log_error(error)
        details = (
            f"Details were written to {path}"
            if path is not None
            else "The details could not be written (the data folder is full or unwritable)"
        )
        _error_line(
            f"something unexpected went wrong ({type(error).__name__}); the step under way "
            f"was not completed. {details}"
        )
        return EXIT_UNEXPECTED
