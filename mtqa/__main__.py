"""`python -m mtqa` is the `mtqa` command."""

from mtqa.cli import run

run()
