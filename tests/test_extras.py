"""The optional extras as the README describes them: `mtqa[full]` installs everything the headline
figures are measured with, and the extra names users already type keep working.

Which packages are core dependencies and which stay optional was decided by a rule written down
before measuring (`benchmarks/README.md`, "Fifteenth round"); these tests hold pyproject.toml
and the README to that outcome, so that moving a package changes both together.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
EXTRAS: dict[str, list[str]] = PROJECT["optional-dependencies"]
README = (ROOT / "README.md").read_text(encoding="utf-8")

# The extras whose packages change the verdict and recall the README quotes (LanguageTool off).
MEASURED_WITH = ("grammar", "words", "lm")


def _name(requirement: str) -> str:
    """The distribution name of a requirement string (`textblob>=0.20` -> `textblob`)."""
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower()


def test_full_installs_every_package_of_the_extras_the_figures_are_measured_with() -> None:
    assert "full" in EXTRAS, "mtqa[full]: one extra for the figures the README quotes"
    wanted = {_name(r) for extra in MEASURED_WITH for r in EXTRAS[extra]}
    assert {_name(r) for r in EXTRAS["full"]} == wanted


def test_full_asks_for_the_same_versions_as_the_extras_it_gathers() -> None:
    """A bound changed in `grammar` but not in `full` would give `mtqa[full]` another tagger."""
    gathered = {r.replace(" ", "") for extra in MEASURED_WITH for r in EXTRAS[extra]}
    assert {r.replace(" ", "") for r in EXTRAS["full"]} == gathered


def test_the_development_extra_has_everything_full_has() -> None:
    """CI (`.ci/run` installs `.[dev]`) measures and tests with what `mtqa[full]` gives."""
    dev = {r.replace(" ", "") for r in EXTRAS["dev"]}
    assert {r.replace(" ", "") for r in EXTRAS["full"]} <= dev


def test_the_packages_kept_optional_are_not_core_dependencies() -> None:
    """The rule kept them optional (size, wordfreq's CC-BY-SA data); a plain install must then be
    described as the weaker one it is, which the README's set-up paragraph does."""
    core = {_name(r) for r in PROJECT["dependencies"]}
    assert not core & {_name(r) for r in EXTRAS["full"]}


def test_every_extra_the_readme_names_exists() -> None:
    """Including the old names (`mtqa[grammar]`, `.[words]`, ...), which keep working."""
    named = set(re.findall(r"(?:mtqa|\.)\[([a-z]+)\]", README))
    assert "full" in named, "the README's set-up paragraph names mtqa[full]"
    assert named <= set(EXTRAS), sorted(named - set(EXTRAS))
