"""The width of the terminal a report is written to, for the reports that fit their lines to it.

`COLUMNS` when set (as argparse, ls and git read it: a user or a pager's way to say the width),
else the terminal's own size when the stream is one; None for a file or a pipe, whose lines stay
whole (a log, grep). A terminal wraps a line wider than itself, and a caret line under a
wrapped one then points at other words.
"""

from __future__ import annotations

import os
from typing import IO


def columns(stream: IO[str]) -> int | None:
    """The columns `stream` shows, or None when it has none to keep to."""
    given = os.environ.get("COLUMNS", "").strip()
    if given.isdigit() and int(given) > 0:
        return int(given)
    try:
        return os.get_terminal_size(stream.fileno()).columns if stream.isatty() else None
    except (OSError, ValueError, AttributeError):
        return None
