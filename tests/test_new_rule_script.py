"""scripts/new_rule.py writes a rule stub the registry accepts and whose bad example fails."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_new_rule_stub_in_a_copy_of_the_tree(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    for part in ("mtqa", "rules", "scripts", "tests"):
        shutil.copytree(ROOT / part, tree / part, ignore=shutil.ignore_patterns("__pycache__"))
    proc = subprocess.run([sys.executable, "scripts/new_rule.py", "widgets", "stray-widget", "--severity", "major"],
                          cwd=tree, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tree / "mtqa/rules/widgets/rules.py").exists() and (tree / "tests/rules/test_widgets.py").exists()
    probe = subprocess.run(
        [sys.executable, "-c", "from mtqa import registry; r = registry.get('widgets/stray-widget'); "
         "print(r.meta.status.value, sorted({e.kind for e in r.examples}), r.meta.severity.value)"],
        cwd=tree, capture_output=True, text=True)
    assert probe.stdout.split() == ["preview", "['bad',", "'good']", "major"], probe.stderr
    again = subprocess.run([sys.executable, "scripts/new_rule.py", "widgets", "stray-widget"], cwd=tree,
                           capture_output=True, text=True)
    assert again.returncode == 2 and "exists already" in again.stderr
    # The stub's bad example fails until the rule is written: the suite keeps it honest.
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_examples.py",
                          "-k", "widgets"], cwd=tree, capture_output=True, text=True)
    assert run.returncode == 1 and "1 failed" in run.stdout, run.stdout[-1000:]


def test_new_rule_in_a_family_split_into_modules_is_imported(tmp_path: Path) -> None:
    """Typography has no `rules` module (its rules live in modules by kind): a new rule starts
    one, and the package imports it, so the rule is registered."""
    tree = tmp_path / "tree"
    for part in ("mtqa", "rules", "scripts", "tests"):
        shutil.copytree(ROOT / part, tree / part, ignore=shutil.ignore_patterns("__pycache__"))
    assert not (tree / "mtqa/rules/typography/rules.py").exists()
    proc = subprocess.run([sys.executable, "scripts/new_rule.py", "typography", "stray-widget"],
                          cwd=tree, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "from mtqa import registry; import mtqa.rules.typography as t; "
         "print(registry.get('typography/stray-widget').meta.status.value, 'rules' in t.MODULES)"],
        cwd=tree, capture_output=True, text=True)
    assert probe.stdout.split() == ["preview", "True"], probe.stderr
