"""Subcommand implementations, imported only when their command runs.

The exit codes and the comma-list helper live here, below both `mtqa.cli` and the
commands, so that a command never imports the CLI that dispatches to it.
"""

import gc

EXIT_PASS, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


def split_list(values: list[str] | None) -> list[str] | None:
    """Repeated, comma-separated option values as one list (None when none was given)."""
    if not values:
        return None
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


# The cyclic garbage collector's thresholds for `mtqa check` (CPython's default: 700, 10, 10).
# Start-up and a first check allocate mostly objects that live until the process ends (modules,
# compiled packs, word lists and tagger tables loaded on first use), and with the defaults the
# collector walks that growing heap over and over: ~30 young and 2 full collections while the
# check command's modules are imported alone (~15 ms CPU), ~0.1 s CPU over a one-file check.
# Fewer, larger young generations (as mypy does); the frozen start-up heap (gc.freeze, once the
# Checker is built) is not walked again. A check's own garbage is short-lived: a few MB more.
COLLECTOR_THRESHOLDS = (50_000, 20, 20)


def collect_less() -> None:
    """Set `COLLECTOR_THRESHOLDS` for this process: before the check command's imports."""
    gc.set_threshold(*COLLECTOR_THRESHOLDS)
