"""`mtqa check --diff` in CI: a patch printed means the copy is not as `--fix` would leave it,
so the run exits 1 at least (as `ruff check --diff` does), even when the verdict passes; no
patch leaves the verdict's code (0 or 1), and a file that cannot be read is 2. Made-up copy."""

from __future__ import annotations

from pathlib import Path

from mtqa.cli import main

# one minor, fixable slip (a doubled space) in copy long enough to pass the threshold
PASSING_WITH_A_FIX = ("The mayor spoke on Monday at the city hall meeting with the residents of the old quarter, "
                      "and the council voted  to approve the budget for the coming year after a long debate about "
                      "roads, parks and the new library branch.\n")
CLEAN = "The mayor spoke on Monday at the city hall meeting with the residents of the old quarter.\n"


def _diff(capsys, *paths: Path, extra: tuple[str, ...] = ()) -> tuple[int, str]:
    code = main(["check", "--isolated", "--languagetool", "off", "--diff", *extra, *map(str, paths)])
    return code, capsys.readouterr().out


def test_a_patch_printed_is_exit_1_even_when_the_copy_passes(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(PASSING_WITH_A_FIX, encoding="utf-8")
    assert main(["check", "--isolated", "--languagetool", "off", str(story)]) == 0  # the verdict passes
    capsys.readouterr()
    code, out = _diff(capsys, story)
    assert out.startswith("--- a/") and "+++ b/" in out
    assert code == 1
    code, _ = _diff(capsys, story, extra=("--fix",))  # --fix --diff writes nothing either
    assert code == 1 and story.read_text(encoding="utf-8") == PASSING_WITH_A_FIX
    # no patch keeps the verdict's code; a file that cannot be read is still 2
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    code, out = _diff(capsys, clean)
    assert code == 0 and out == ""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 \xff\n")
    story = tmp_path / "story.txt"
    story.write_text(PASSING_WITH_A_FIX, encoding="utf-8")
    code, out = _diff(capsys, clean, bad, story)
    assert code == 2 and "+++ b/" in out  # the others' patches are still printed
