"""Code layout rules that import-linter cannot express: no module imports another module's
private (`_name`) helpers. The layering and the absence of import loops are import-linter
contracts in pyproject.toml (run by .ci/run)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mtqa"

def _module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def private_imports(package: Path = PACKAGE) -> list[tuple[str, str]]:
    """(importer, "module._name") for every import of another module's private name."""
    out = []
    for path in sorted(package.rglob("*.py")):
        importer = _module_name(path, package)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module):
                continue
            if not node.module.startswith("mtqa") or node.module == importer:
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    out.append((importer, f"{node.module}.{alias.name}"))
    return out


def test_no_module_imports_another_modules_private_helpers() -> None:
    found = [f"{who} imports {what}" for who, what in private_imports()]
    assert found == [], "\n".join(found)


def test_the_check_finds_private_imports_and_only_those(tmp_path: Path) -> None:
    pkg = tmp_path / "mtqa"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("from mtqa.sub import __all__\n", encoding="utf-8")
    (pkg / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "sub" / "a.py").write_text("from mtqa.sub.b import _helper, public\nfrom mtqa.sub.a import _own\n"
                                      "from .b import _relative\n", encoding="utf-8")
    assert private_imports(pkg) == [("mtqa.sub.a", "mtqa.sub.b._helper")]
