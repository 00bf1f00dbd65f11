"""argparse types for the whole numbers of the command line: an id or a series number
(1 and up) and a count or a limit (0 and up), each one the database can hold. A number
that does not fit is refused by argparse in one line (exit 2) instead of overflowing in
the database driver."""

from __future__ import annotations

import argparse

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.messages import format_error
from smartnet_desktop.services.validation import whole_number


def _whole(minimum: int):
    def parse(text: str) -> int:
        try:
            return whole_number("value", text, minimum)
        except InvalidInput as error:
            # argparse names the option itself ("argument --limit: ...").
            raise argparse.ArgumentTypeError(format_error(error).removeprefix("value: ")) from None

    parse.__name__ = "whole number"  # argparse's fallback wording names the type
    return parse


identifier = _whole(1)
count = _whole(0)
