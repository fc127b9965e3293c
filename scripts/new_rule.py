#!/usr/bin/env python3
"""Start a new rule in the right shape (after ruff's scripts/add_rule.py).

    python scripts/new_rule.py FAMILY NAME [--severity minor|major|critical] [--category Top/Sub] [--dry-run]

Appends to mtqa/rules/FAMILY/rules.py (creating the family's package, and registering the
family in mtqa/registry.py FAMILIES, when new) a rule `FAMILY/NAME` with the required docstring
headings and a `bad:`/`good:` example pair. The bad example fails until the rule is written,
so tests/test_examples.py keeps the new rule honest. Creates tests/rules/test_FAMILY.py when
missing. New rules start as preview. --dry-run prints what would be written.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PACKAGE_INIT = '''"""{Family}: the `{family}` family (rule ids `{family}/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table).
"""

from __future__ import annotations

MODULES = (
    "rules",
)
'''

MODULE_HEAD = '''"""{Family}: TODO one paragraph on what this family catches and why engines produce it."""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Severity
from mtqa.rule import RawFinding, RuleContext, Status, rule
from mtqa.segment import Paragraph
'''

RULE = '''

@rule(
    "{family}/{name}",
    category="{category}",
    severity=Severity.{severity},
    status=Status.PREVIEW,
)
def {func}(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """TODO: one line saying what is wrong with the text.

    ## Why it matters
    TODO: why machine translation produces this, and why an editor cares.

    ## Examples
    bad:  TODO a sentence with the [[error]] marked.
    good: TODO the same sentence, correct.
    good: TODO a look-alike that must not fire.
    """
    return
    yield
'''

TEST = '''"""{Family} beyond the one-line examples: context, paragraphs, look-alikes from real copy."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_{func}_todo() -> None:
    assert_flags("TODO a sentence with the error.", "{family}/{name}", ["error"])
    assert_clean("TODO clean copy.", "{family}/{name}")
'''


# What the rule stub uses, and where each name comes from.
NEEDED = {"Iterator": "typing", "Severity": "mtqa.finding", "RawFinding": "mtqa.rule", "RuleContext": "mtqa.rule",
          "Status": "mtqa.rule", "rule": "mtqa.rule", "Paragraph": "mtqa.segment"}


def with_imports(source: str) -> str:
    """An existing family module with an import added for each name the stub uses that the
    module does not bind yet (so that `import mtqa` still works after the script)."""
    import ast

    tree = ast.parse(source)
    bound: set[str] = set()
    last_import = 0
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
            last_import = node.end_lineno or last_import
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
    missing: dict[str, list[str]] = {}
    for name, where in NEEDED.items():
        if name not in bound:
            missing.setdefault(where, []).append(name)
    if not missing:
        return source
    lines = source.splitlines(keepends=True)
    added = [f"from {where} import {', '.join(sorted(names))}\n" for where, names in sorted(missing.items())]
    return "".join(lines[:last_import] + added + lines[last_import:])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("family")
    ap.add_argument("name")
    ap.add_argument("--severity", default="minor", choices=("minor", "major", "critical"))
    ap.add_argument("--category", default="Fluency/Other")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    if not re.fullmatch(r"[a-z]+", args.family) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", args.name):
        print("new_rule: FAMILY is lower-case letters, NAME is kebab-case", file=sys.stderr)
        return 2
    package = ROOT / "mtqa" / "rules" / args.family
    module = package / "rules.py"
    test = ROOT / "tests" / "rules" / f"test_{args.family}.py"
    fields = {"family": args.family, "Family": args.family.capitalize(), "name": args.name,
              "func": args.name.replace("-", "_"), "category": args.category, "severity": args.severity.upper()}
    if module.exists() and f'"{args.family}/{args.name}"' in module.read_text(encoding="utf-8"):
        print(f"new_rule: {args.family}/{args.name} exists already", file=sys.stderr)
        return 2
    if module.exists():
        body = with_imports(module.read_text(encoding="utf-8")) + RULE.format(**fields)
    else:
        body = MODULE_HEAD.format(**fields) + RULE.format(**fields)
    writes = {module: body}
    init = package / "__init__.py"
    if not init.exists():
        writes[init] = PACKAGE_INIT.format(**fields)
    elif not module.exists():  # a family split into modules by kind: its package imports the new one too
        writes[init] = with_rules_module(init.read_text(encoding="utf-8"), args.family)
    if not test.exists():
        writes[test] = TEST.format(**fields)
    registry = ROOT / "mtqa" / "registry.py"
    reg_text = registry.read_text(encoding="utf-8")
    if f'    "{args.family}",\n' not in reg_text:
        writes[registry] = reg_text.replace("FAMILIES = (\n", f'FAMILIES = (\n    "{args.family}",\n', 1)
    for path, text in writes.items():
        if args.dry_run:
            print(f"--- {path.relative_to(ROOT)}\n{text}")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


def with_rules_module(init: str, family: str) -> str:
    """A family package's __init__ whose `MODULES` also lists its new `rules` module."""
    entry = '    "rules",  # started by scripts/new_rule.py\n'
    head, sep, tail = init.partition("MODULES = (\n")
    if not sep:
        raise SystemExit(f"mtqa/rules/{family}/__init__.py has no MODULES tuple to add the rules module to")
    body, close, rest = tail.partition("\n)")
    return head + sep + body + "\n" + entry.rstrip("\n") + close + rest


if __name__ == "__main__":
    raise SystemExit(main())
