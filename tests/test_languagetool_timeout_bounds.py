"""`languagetool-timeout` is a number of seconds over 0 and at most a day, in a configuration file
and in the library (the twelfth audit, branch audit42).

1e20 in `[tool.mtqa]` passed the file's check and each check then reported "languagetool skipped:
internal error: OverflowError: timestamp out of range for platform time_t"; the library took -1,
nan and 1e20 without a word.
"""

from __future__ import annotations

import math

import pytest

import mtqa
from mtqa.cli import main
from mtqa.errors import ConfigError


@pytest.mark.parametrize("value", [-1, 0, math.nan, math.inf, 1e20])
def test_the_library_refuses_a_timeout_a_socket_cannot_take(value) -> None:
    with pytest.raises(ConfigError, match="languagetool_timeout"):
        mtqa.Checker(languagetool_timeout=value)


def test_the_library_takes_a_day(tmp_path) -> None:
    assert mtqa.Checker(languagetool_timeout=86400).config.languagetool_timeout == 86400


def test_a_configuration_file_s_huge_timeout_is_an_error_naming_it(tmp_path, capsys) -> None:
    (tmp_path / "mtqa.toml").write_text('languagetool = "http://127.0.0.1:9"\nlanguagetool-timeout = 1e20\n',
                                        encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("The council met on Monday.\n", encoding="utf-8")
    assert main(["check", str(story)]) == 2
    err = capsys.readouterr().err
    assert "mtqa.toml:2: languagetool-timeout: expected a number > 0 and <= 86400, got 1e+20" in err
    assert "internal error" not in err
