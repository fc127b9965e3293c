"""Count the work a call does, in steps, not seconds: the lines of Python run in chosen files.

A test that bounds the work of a rule on a pasted line (stop 46's growth review) cannot assert on
time (the machine is shared, and a test may not read a clock); it counts the lines the rule's
own module runs, generator expressions included, and holds the count to a multiple of the
input's size. A path that rereads the paragraph for each match runs its loop's lines once per
pair, and the count shows it at any speed.
"""

from __future__ import annotations

import sys
from typing import Any, Callable


def lines_run(files: tuple[str, ...], fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, int]:
    """`fn(*args, **kwargs)`'s result and how many lines of Python it ran in `files` (paths, or
    their endings), counted by a trace function in this thread."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename.endswith(files) else None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = fn(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return result, count
