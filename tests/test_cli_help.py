"""What `mtqa check --help` says is what mtqa does."""

from __future__ import annotations

import re

import pytest

from mtqa import cli, scoring


def _help(capsys) -> str:
    with pytest.raises(SystemExit):
        cli.main(["check", "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_the_default_threshold_in_the_help_is_the_one_that_applies(capsys) -> None:
    said = re.search(r"--fail-under SCORE pass threshold, 0 to 100 \(default: [^)]*?(\d+(?:\.\d+)?)\)", _help(capsys))
    assert said and float(said.group(1)) == scoring.DEFAULT_THRESHOLD
