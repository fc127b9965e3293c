"""Subcommand implementations, imported only when their command runs.

The exit codes and the comma-list helper live here, below both `mtqa.cli` and the
commands, so that a command never imports the CLI that dispatches to it.
"""

EXIT_PASS, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


def split_list(values: list[str] | None) -> list[str] | None:
    """Repeated, comma-separated option values as one list (None when none was given)."""
    if not values:
        return None
    return [p.strip() for v in values for p in v.split(",") if p.strip()]
