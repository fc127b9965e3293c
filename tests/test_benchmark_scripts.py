"""Every benchmark script runs this checkout's mtqa (imported by path, or as `python -m mtqa` with
the same interpreter), so run by a Python without mtqa's dependencies it must say what to install
and exit 2, as `benchmarks/real_copy.py` does, never end in a traceback from mtqa's imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# install_table.py never imports mtqa: it builds fresh venvs and runs the other scripts in them
# (tests/test_install_table_script.py holds that it runs on the standard library alone).
OWN_ENVIRONMENTS = {"install_table.py"}
SCRIPTS = sorted(p.name for p in (ROOT / "benchmarks").glob("*.py")
                 if 'if __name__ == "__main__"' in p.read_text() and p.name not in OWN_ENVIRONMENTS)


def test_the_scripts_are_found():
    assert {"real_copy.py", "accuracy.py", "calibrate_verdict.py", "speed.py"} <= set(SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_python_without_mtqa_s_dependencies_gets_a_message_and_exit_2(script, tmp_path):
    """msgspec (one of mtqa's dependencies) is blocked; `--help` is enough to reach the check,
    which every script makes before it reads its arguments or mtqa."""
    path = ROOT / "benchmarks" / script
    runner = ("import runpy, sys; sys.modules['msgspec'] = None; "
              f"sys.argv = [{str(path)!r}, '--help']; runpy.run_path({str(path)!r}, run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", runner], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2, done.stderr
    assert f"benchmarks/{script}: " in done.stderr
    assert "msgspec" in done.stderr and "pip install -e" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_scripts_load_each_other_by_one_helper(tmp_path):
    """`benchmarks.checkout.load_script` is the one loader the scripts share: it keeps the module
    in `sys.modules` (a dataclass looks its module up there), and a missing script is a message."""
    from benchmarks.checkout import load_script

    script = tmp_path / "made_up_sibling.py"
    script.write_text("from dataclasses import dataclass\n\n\n@dataclass\nclass Row:\n    n: int\n")
    module = load_script("mtqa_made_up_sibling", script)
    assert sys.modules["mtqa_made_up_sibling"] is module and module.Row(3).n == 3
    with pytest.raises(SystemExit, match="no script at"):
        load_script("mtqa_made_up_missing", tmp_path / "missing.py")
    sys.modules.pop("mtqa_made_up_sibling")
    copies = [p.name for p in (ROOT / "benchmarks").glob("*.py")
              if p.name != "checkout.py" and "spec_from_file_location" in p.read_text()]
    assert copies == []
