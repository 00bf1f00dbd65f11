"""`kiosk pin --set`: the staff PIN that leaves the self check-in kiosk, read twice without
echo (or two lines from stdin when it is not a terminal), stored only as a salted hash in
this desk's settings."""

from __future__ import annotations

import argparse
import getpass
import sys

from smartnet_desktop.cli import CommandFailed, emit
from smartnet_desktop.messages import format_error


def register(sub: argparse._SubParsersAction) -> None:
    kiosk = sub.add_parser("kiosk", help="the self check-in kiosk of this desk")
    actions = kiosk.add_subparsers(dest="kiosk_action", metavar="ACTION", required=True)
    pin = actions.add_parser("pin", help="the staff PIN that leaves the kiosk")
    pin.add_argument("--set", action="store_true", required=True, help="set a new PIN")
    pin.add_argument("--json", action="store_true")
    pin.set_defaults(handler=set_pin)


def _read_twice() -> tuple[str, str]:
    if sys.stdin.isatty():
        return getpass.getpass("New kiosk PIN: "), getpass.getpass("The PIN again: ")
    first, second = sys.stdin.readline(), sys.stdin.readline()
    return first.rstrip("\r\n"), second.rstrip("\r\n")


def set_pin(args: argparse.Namespace) -> int:
    from smartnet_desktop.domain.errors import InvalidInput
    from smartnet_desktop.services.kiosk_pin import hash_pin
    from smartnet_desktop.settings import Settings

    first, second = _read_twice()
    if first != second:
        raise CommandFailed("the two PINs differ; nothing was changed")
    try:
        stored = hash_pin(first)
    except InvalidInput as error:
        raise CommandFailed(format_error(error)) from None
    settings = Settings.load()
    settings.kiosk_pin = stored
    settings.save()
    emit(args, {"status": "pin_set"}, "kiosk PIN set for this desk")
    return 0
