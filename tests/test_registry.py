"""Meta-tests over the rule registry: ids, documentation headings, examples, test files."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa import registry
from mtqa.finding import CATEGORIES, FixAvailability
from mtqa.rule import ID_PATTERN, headings

RULES = registry.all_rules()
ROOT = Path(__file__).resolve().parent.parent


def test_there_are_rules() -> None:
    assert len(RULES) >= 2


def test_ids_are_unique_and_well_formed() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for i in ids:
        assert ID_PATTERN.match(i), i
        assert i.split("/")[0] in registry.FAMILIES, i


@pytest.mark.parametrize("rule_id", ["grammar/a-or-an", "x/y", "numbers/day-month-order", "a/b2-c3",
                                     "a/b\n", "", "a", "a/", "/b", "A/b", "a/B", "a1/b", "a/-b", "a/b-",
                                     "a/b--c", "a/b_c", "a/b c", "a//b", "a/b/c", "a/b\n\n", "\na/b",
                                     "a/b\r", "é/b", "a/bé", "a/b\u0130", "a/k\u212a"])
def test_the_id_pattern_accepts_what_res_pattern_accepts(rule_id: str) -> None:
    """ID_PATTERN is compiled by `regex` through the pattern cache: it takes the very ids the
    `re` pattern it stands for took, at the edges ($ before a final line break) and beyond ASCII."""
    import re

    assert bool(ID_PATTERN.match(rule_id)) == bool(re.match(r"^[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*$", rule_id))


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_is_documented(rule) -> None:
    assert rule.description, f"{rule.id} has no one-line description"
    # the docstring's first paragraph, whole: `mtqa rules`, SARIF and /v2's rule descriptions showed
    # its first line alone, cut mid-sentence ("the third is far less likely after the")
    assert "\n" not in rule.description and rule.description[-1] in '.)”"?!:', rule.description
    heads = headings(rule.doc)
    assert "Why it matters" in heads, rule.id
    assert "Examples" in heads, rule.id
    kinds = {e.kind for e in rule.examples}
    assert kinds == {"bad", "good"}, f"{rule.id} needs bad and good examples"
    if rule.meta.fix is not FixAvailability.NONE:
        assert "Fix safety" in heads, rule.id
    for ex in rule.examples:
        if ex.kind == "bad":
            assert ex.spans, f"{rule.id}: bad example without a [[marker]]: {ex.raw}"
    assert rule.meta.category.split("/")[0] in CATEGORIES, rule.meta.category


def test_every_rule_module_has_a_test_module() -> None:
    """tests/rules/test_<family>.py for a family's own `rules` module, test_<module>.py for each
    rule module it grew (its `pack`, `analysis` and other helper modules define no rules)."""
    for module in {r.func.__module__ for r in RULES}:
        _, _, family, stem = module.split(".")
        name = family if stem == "rules" else stem
        assert (ROOT / "tests" / "rules" / f"test_{name}.py").exists(), module


def test_families_are_the_packages_of_mtqa_rules() -> None:
    """Each family of FAMILIES is a package mtqa/rules/<family>/, and each package a family."""
    packages = {p.parent.name for p in (ROOT / "mtqa" / "rules").glob("*/__init__.py")}
    assert packages == set(registry.FAMILIES)
    assert not [p.name for p in (ROOT / "mtqa" / "rules").glob("*.py") if p.name != "__init__.py"]


def test_a_rule_lives_in_its_family_package() -> None:
    """A rule is defined in its family's package (rule modules of two families are listed here)."""
    shared = {"mtqa.rules.grammar.mt_syntax": "calques", "mtqa.rules.numbers.french_conventions": "typography"}
    for r in RULES:
        module = r.func.__module__
        if module.split(".")[2] != r.meta.family:
            assert shared.get(module) == r.meta.family, f"{r.id} is defined in {module}"


def test_selection_by_family_id_and_glob() -> None:
    fam = RULES[0].meta.family
    assert all(r.meta.family == fam for r in registry.select([fam]))
    assert [r.id for r in registry.select([RULES[0].id])] == [RULES[0].id]
    globbed = registry.select([fam + "/*"])
    assert globbed and all(r.id.startswith(fam + "/") for r in globbed)
    assert RULES[0] not in registry.select(None, [RULES[0].id])


def test_unknown_selection_is_an_error() -> None:
    from mtqa.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown rule or family 'quotez/nope'"):
        registry.select(["quotez/nope"])


def test_rules_read_only_the_packs_their_family_declares() -> None:
    """A pack not named after its family is declared in registry.PACKS_READ (and so in rules/README.md)."""
    for r in registry.all_rules():
        undeclared = set(r.meta.packs) - set(registry.packs_read(r.meta.family))
        assert not undeclared, f"{r.id} reads {sorted(undeclared)}: add them to registry.PACKS_READ[{r.meta.family!r}]"


def test_every_builtin_pack_is_read() -> None:
    from mtqa.packs import builtin_dir

    read = {p for f in registry.FAMILIES for p in registry.packs_read(f)} | set(registry.INTEGRATION_FAMILIES)
    unread = {p.stem for p in builtin_dir().glob("*.toml")} - read
    assert not unread, f"packs no family reads: {sorted(unread)}"


def _readme_readers() -> dict[str, set[str]]:
    """rules/README.md's "read by" column: each pack's families, rule names in parentheses and
    modules (`mtqa.jurisdiction`) left out."""
    import re

    rows = {}
    for line in (ROOT / "rules" / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(\w+)\.toml` \| ([^|]*) \|", line)
        if m:
            cell = re.sub(r"\([^)]*\)", "", m.group(2))
            rows[m.group(1)] = {name for name in re.findall(r"`([\w.]+)`", cell) if "." not in name}
    return rows


def test_the_packs_readme_says_who_reads_each_pack_as_the_registry_declares() -> None:
    """The "read by" column is PACKS_READ read the other way: a family that starts (or stops)
    reading another's pack changes the table, and so the column, together."""
    from mtqa.packs import builtin_dir

    readme = _readme_readers()
    for pack in sorted(p.stem for p in builtin_dir().glob("*.toml")):
        assert pack in readme, f"rules/README.md has no row for {pack}.toml"
        assert readme[pack] == set(registry.pack_readers(pack)), pack


def test_the_independence_contract_lists_every_family() -> None:
    """pyproject.toml's import-linter contract keeps every family package apart from the others."""
    from mtqa.tomlreader import tomllib

    config = tomllib().loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "independence"]
    missing = {f"mtqa.rules.{f}" for f in registry.FAMILIES} ^ set(contract["modules"])
    assert not missing, f"add to (or remove from) the independence contract's modules: {sorted(missing)}"
