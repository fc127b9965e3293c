"""The table of rules: every family's rules registered (from the rule table, or their modules imported), selection and redirects.

Selection follows ruff: `--select quotes` takes a family, `--select quotes/direction` one
rule, and shell-style globs (`titles/*-rank`) work too; `ALL` takes everything. An id that
was renamed stays valid through REDIRECTS.
"""

from __future__ import annotations

import fnmatch
import importlib

from mtqa import packs, rule_table
from mtqa.errors import ConfigError
from mtqa.rule import DEFINED, Rule, Status, waiting_rule
from mtqa.schema import did_you_mean

# One package per family, mtqa/rules/<family>/, whose __init__ imports its rule modules (the
# family's own `rules` and any more it grows). Order here is the order rules run and are listed.
FAMILIES = (
    "titles",
    "quotes",
    "institutions",
    "spelling",
    "nonwords",
    "ridings",
    "abbreviations",
    "repetition",
    "publications",
    "calques",
    "names",
    "consistency",
    "attribution",
    "boilerplate",
    "typography",
    "encoding",
    "numbers",
    "untranslated",
    "house",
    "grammar",
    "source",
)

# The packs (rules/<pack>.toml) a family's rules read, where that is not just the pack named
# after the family: packs named for what they hold (ranks, provinces, outlets...) and packs one
# family shares with another (attribution reads the quotes pack's speech verbs and titles).
# Every rule's `packs=` must be in its family's entry (tests/test_registry.py checks).
PACKS_READ: dict[str, tuple[str, ...]] = {
    "titles": ("ranks", "legislatures"),
    "institutions": ("institutions", "legislatures", "official_names"),
    "ridings": ("ridings", "provinces"),
    "publications": ("publications", "outlets"),
    "calques": ("calques", "publications", "spun_terms", "formulas"),
    "grammar": ("bare_names", "bare_nouns", "preposition_choice"),
    "names": ("names", "accented_names"),
    "consistency": ("abbreviations",),
    "attribution": ("quotes",),
    # the institutions family's judged analysis (names it flags); the provinces (its US-story test)
    "spelling": ("spelling", "institutions", "provinces"),
}


def packs_read(family: str) -> tuple[str, ...]:
    """The packs the rules of `family` may read (PACKS_READ, else the family's own pack)."""
    return PACKS_READ.get(family, (family,))


def pack_readers(pack_id: str) -> tuple[str, ...]:
    """The families that read pack `pack_id`, in FAMILIES' order: PACKS_READ read the other way,
    for rules/README.md's "read by" column (tests/test_registry.py holds the two together)."""
    return tuple(f for f in FAMILIES if pack_id in packs_read(f))


# Families of findings that come from integrations (mtqa/integrations), not rule modules:
# valid in --select/--ignore although no registered rule belongs to them.
INTEGRATION_FAMILIES = ("languagetool",)

# Old id → new id, for rules that were renamed. An id is never reused.
REDIRECTS: dict[str, str] = {}

_loaded = False
# Each built-in rule's place among the built-in rules (id -> index), in the order importing every
# family's `MODULES` in FAMILIES' order registers them: what `all_rules` orders a family's rules by,
# whatever this process imported first (a test, a tool importing one rule module before the registry).
_place: dict[str, int] = {}


def _load() -> None:
    """Register every built-in rule: from the rule table when it is kept (each module imported
    when one of its rules first runs, mtqa.rule_table), else by importing every family's
    modules, and the table kept for the next process.

    The table is made of each module's rules, found by the module that defines them, not of
    those registered during this import pass: a rule module imported before the registry first
    loads (`import mtqa.rules.grammar.as_complement`) defined its rules then, and a table made of
    the rules registered since would lack them in this process and every later one."""
    global _loaded
    if _loaded:
        return
    where = rule_table.entry()
    kept_table = rule_table.load(where)
    if kept_table is None:
        modules = _import_all()
        built_in = _in_module_order(DEFINED, modules)
        if built_in:
            rule_table.store(where, rule_table.table_of(built_in), _compilers_read(built_in))
        _place.update((r.meta.id, i) for i, r in enumerate(built_in))
    else:
        table, compilers = kept_table
        for pack_id, module in compilers.items():
            packs.COMPILER_MODULES.setdefault(pack_id, module)
        defined = {r.meta.id for r in DEFINED}
        for module, kept in table:
            if kept is None:  # metadata that cannot be kept (a trigger's lambda): the module itself
                importlib.import_module(module)
                ids = [r.meta.id for r in DEFINED if r.func.__module__ == module]
                defined.update(ids)
            else:
                ids = [meta.id for meta, _ in kept]
                for meta, docstring in kept:
                    if meta.id not in defined:  # not registered by a module imported meanwhile
                        waiting_rule(module, meta, docstring)
                        defined.add(meta.id)
            for rule_id in ids:
                _place.setdefault(rule_id, len(_place))
    _loaded = True


def _import_all() -> list[str]:
    """Import every family's rule modules (its `MODULES`), in FAMILIES' order; their names in
    that order."""
    modules = []
    for family in FAMILIES:
        try:
            package = importlib.import_module(f"mtqa.rules.{family}")
        except ModuleNotFoundError as exc:
            if exc.name != f"mtqa.rules.{family}":
                raise
            continue
        for name in getattr(package, "MODULES", ()):
            modules.append(f"mtqa.rules.{family}.{name}")
            importlib.import_module(modules[-1])
    return modules


def _compilers_read(rules: list[Rule]) -> dict[str, str]:
    """The modules of the compilers of the packs `rules` read (pack id -> module), by pack id: not
    those of every compiler this process declared, which would depend on what it imported first
    (mtqa.integrations.languagetool declares its mapping's; whoever reads it imports it)."""
    read = {pack_id for r in rules for pack_id in r.meta.packs}
    return {pack_id: module for pack_id, module in sorted(packs.compiler_modules().items()) if pack_id in read}


def _in_module_order(rules: list[Rule], modules: list[str]) -> list[Rule]:
    """The rules of `rules` that `modules` define, module by module in the order of `modules`,
    each module's in the order it defined them: the same list whichever of them was imported
    first (a module importing another defines its rules before its own; a module imported
    before the registry loaded, before every other)."""
    place = {m: i for i, m in enumerate(modules)}
    return sorted((r for r in rules if r.func.__module__ in place), key=lambda r: place[r.func.__module__])


# (DEFINED as it was when last sorted, its rules in family order): a Checker asks for every rule
# four times or more, and DEFINED changes only as modules define rules (and tests remove them)
_sorted: tuple[list[Rule], list[Rule]] = ([], [])


def all_rules() -> list[Rule]:
    """Every rule, in family order, then each family's built-in rules in its modules' order (the
    order `_in_module_order` gives), then any other in definition order."""
    global _sorted
    _load()
    seen, ordered = _sorted
    if seen != DEFINED:  # the same rules, the same objects: compared by identity first
        order = {f: i for i, f in enumerate(FAMILIES)}
        last = len(_place)  # a rule defined elsewhere (a test's, a plugin's) after the family's own
        ordered = sorted(DEFINED, key=lambda r: (order.get(r.meta.family, len(order)), _place.get(r.meta.id, last)))
        _sorted = (list(DEFINED), ordered)
    return list(ordered)


def get(rule_id: str) -> Rule:
    rule_id = REDIRECTS.get(rule_id, rule_id)
    for r in all_rules():
        if r.id == rule_id:
            return r
    raise ConfigError(f'no such rule: "{rule_id}"' + _suggest(rule_id))


def families() -> list[str]:
    return sorted({r.meta.family for r in all_rules()}, key=lambda f: FAMILIES.index(f) if f in FAMILIES else 99)


def _suggest(pattern: str) -> str:
    return did_you_mean(pattern, [r.id for r in all_rules()] + families())


def matches(pattern: str, rule: Rule) -> bool:
    return matches_id(pattern, rule.id)


def matches_id(pattern: str, rule_id: str) -> bool:
    """Whether a selection pattern (id, family, glob or ALL) names the rule `rule_id`."""
    pattern = REDIRECTS.get(pattern, pattern)
    if pattern in ("ALL", "all", "*") or pattern == rule_id:
        return True
    if "/" not in pattern and rule_id.startswith(pattern + "/"):
        return True
    return any(ch in pattern for ch in "*?[") and fnmatch.fnmatchcase(rule_id, pattern)


def check_patterns(patterns, what: str) -> None:
    """Raise ConfigError for a pattern that matches no rule (a typo should not pass silently)."""
    rules = all_rules()
    for p in patterns or ():
        if p.split("/", 1)[0] in INTEGRATION_FAMILIES:
            continue
        if not any(matches(p, r) for r in rules):
            raise ConfigError(f"{what}: unknown rule or family {p!r}" + _suggest(p))


def select(select=None, ignore=None, preview: bool = False, names: tuple[str, str] = ("select", "ignore")) -> list[Rule]:
    """The rules to run. Default selection: every stable rule. A preview rule runs with `preview`,
    or when `select` names it by its id (or is `ALL`): a family or glob selects only the stable
    rules it matches, so `--select grammar` is the grammar rules `mtqa check` runs by default.

    `names`: how the caller's user wrote the two settings, for the message naming a rule that
    does not exist (the library's `select`, the command line's `--select`)."""
    check_patterns(select, names[0])
    check_patterns(ignore, names[1])
    named = {REDIRECTS.get(p, p) for p in select or ()}
    everything = bool(named & {"ALL", "all", "*"})  # `ALL` takes everything, preview rules too
    chosen = []
    for r in all_rules():
        if select and not any(matches(p, r) for p in select):
            continue
        if r.meta.status is Status.PREVIEW and not (preview or everything or r.id in named):
            continue
        if ignore and any(matches(p, r) for p in ignore):
            continue
        chosen.append(r)
    return chosen
