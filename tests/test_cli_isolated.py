"""--isolated ignores configuration files; naming one with --config as well is refused (exit 2),
as ruff refuses it, rather than the named file being ignored in silence."""

from __future__ import annotations

from pathlib import Path

from mtqa.cli import main


def test_config_and_isolated_together_are_refused(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text("He said the the talks would resume.\n", encoding="utf-8")
    config = tmp_path / "desk.toml"
    config.write_text("fail-under = 10\n", encoding="utf-8")
    assert main(["check", "--config", str(config), str(story)]) == 0  # the file's threshold: a pass
    capsys.readouterr()
    assert main(["check", "--config", str(config), "--isolated", str(story)]) == 2
    out, err = capsys.readouterr()
    assert "--isolated ignores every configuration file; leave out --config or --isolated" in err
    assert out == ""
