"""benchmarks/install_table.py: the README's install table as the script prints it, and a script
that runs with nothing but the standard library (it makes the venvs that hold mtqa)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "install_table.py"


def test_help_runs_without_mtqa_s_dependencies(tmp_path: Path) -> None:
    runner = ("import runpy, sys; sys.modules['msgspec'] = None; sys.modules['mtqa'] = None; "
              f"sys.argv = [{str(SCRIPT)!r}, '--help']; runpy.run_path({str(SCRIPT)!r}, run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", runner], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "--venvs" in done.stdout and "--row" in done.stdout


def test_a_file_given_as_the_venvs_folder_is_a_message_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("", encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), "--venvs", str(tmp_path / "taken")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "not a folder" in done.stderr and "Traceback" not in done.stderr


def test_the_rows_it_prints_are_the_readme_s_rows() -> None:
    """Each row of the README's table, read back into figures, is printed as the README has it."""
    table = load_script("mtqa_install_table", SCRIPT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^\| `\.(?:\[[a-z,]+\])?`.*\|$", readme, re.M)
    assert [re.match(r"\| `\.(?:\[([a-z,]+)\])?`", line).group(1) or "." for line in lines] == list(table.ROWS)
    core_mb = None
    for line in lines:
        cells = [c.strip() for c in line.strip("|").split("|")]
        extras = re.match(r"`\.(?:\[([a-z,]+)\])?`", cells[0]).group(1) or "."
        figures = [re.match(r"\*\*([\d.]+)(?: %)?\*\* \(([\d.]+)(?: %)?\)", c).groups() for c in cells[1:5]]

        def half(i: int, _figures=figures) -> dict:
            rate = [float(f[i]) for f in _figures]
            return {"mt_fail_rate": rate[0] / 100, "clean_pass_rate": rate[1] / 100, "auc": rate[2],
                    "recall": rate[3] / 100}

        size = float(re.search(r"[\d.]+", cells[5]).group(0))
        if extras == ".":
            core_mb = size
        mb = size if extras == "." else core_mb + size
        row = {"extras": extras, "site_packages_mb": mb, "heldout": half(0), "tune": half(1)}
        assert table.markdown_row(row, core_mb) == line
