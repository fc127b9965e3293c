"""The table of rules: explicit imports of every rule module, selection and redirects.

Selection follows ruff: `--select quotes` takes a family, `--select quotes/direction` one
rule, and shell-style globs (`titles/*-rank`) work too; `ALL` takes everything. An id that
was renamed stays valid through REDIRECTS.
"""

from __future__ import annotations

import fnmatch
import importlib

from mtqa.errors import ConfigError
from mtqa.rule import DEFINED, Rule, Status

# One module per family, in mtqa/rules/. Order here is the order rules run and are listed.
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

# Rule modules beyond the one named after each family: a family grows by new modules, not by
# ever-larger ones. Their rules' ids still name a family of FAMILIES.
EXTRA_MODULES = (
    "legislators",  # titles: provincial premiers and legislators
    "official_names",  # institutions: a gazetteer of federal and Quebec bodies with their French names
    "outlets",  # publications: outlet names translated word for word
    "provincial",  # institutions: provinces called states, legislatures called Parliament
    "cut_ranks",  # titles: a lower-case rank cut from its name by a period
    "agreement",  # grammar: determiner and noun number, uncountable plurals, double comparatives
    "word_order",  # grammar: French word order and articles left in English sentences
    "articles",  # grammar: articles dropped by engines from languages without them
    "pronouns",  # grammar: an organisation called "his" or "her" after its noun's gender in the source
    "state_voice",  # calques: a state's "our country" left as "my country" in a story's own voice
    "indefinite_article",  # grammar: "a" or "an" against the sound of the next word
    "mt_syntax",  # grammar, calques: French and German sentence patterns (inverted attribution, dated perfect)
    "head_agreement",  # grammar: a plural subject whose verb agrees with the noun after "of"
    "french_conventions",  # typography, numbers: the source language's case, number and clock conventions in English copy
    "word_classes",  # grammar: a word of the wrong class where the sentence needs another (part-of-speech tags)
    "title_forms",  # titles: an article or a long formal title before a full name, French style
    "quote_incise",  # quotes: an attribution left inside the quotation marks, French style
    "source_coverage",  # source: a translation far shorter or longer than its CJK source
    "interference",  # grammar: a noun's number as the source language has it (one of the + singular, much + plural)
    "improbable",  # grammar: a word sequence a trigram language model finds far less likely than its words
    "reads_as_translation",  # calques: a whole text whose function words and constructions are distributed as in a translation
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
    "calques": ("calques", "publications"),
    "names": ("names", "accented_names"),
    "consistency": ("abbreviations",),
    "attribution": ("quotes",),
}


def packs_read(family: str) -> tuple[str, ...]:
    """The packs the rules of `family` may read (PACKS_READ, else the family's own pack)."""
    return PACKS_READ.get(family, (family,))


# Families of findings that come from integrations (mtqa/integrations), not rule modules:
# valid in --select/--ignore although no registered rule belongs to them.
INTEGRATION_FAMILIES = ("languagetool",)

# Old id → new id, for rules that were renamed. An id is never reused.
REDIRECTS: dict[str, str] = {}

_loaded = False


def _load() -> None:
    global _loaded
    if _loaded:
        return
    for module in FAMILIES + EXTRA_MODULES:
        try:
            importlib.import_module(f"mtqa.rules.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"mtqa.rules.{module}":
                raise
    _loaded = True


def all_rules() -> list[Rule]:
    """Every rule, in family order then definition order."""
    _load()
    order = {f: i for i, f in enumerate(FAMILIES)}
    return sorted(DEFINED, key=lambda r: order.get(r.meta.family, len(order)))


def get(rule_id: str) -> Rule:
    rule_id = REDIRECTS.get(rule_id, rule_id)
    for r in all_rules():
        if r.id == rule_id:
            return r
    raise ConfigError(f'no such rule: "{rule_id}"' + _suggest(rule_id))


def families() -> list[str]:
    return sorted({r.meta.family for r in all_rules()}, key=lambda f: FAMILIES.index(f) if f in FAMILIES else 99)


def _suggest(pattern: str) -> str:
    import difflib

    names = [n for n in [r.id for r in all_rules()] + families() if n != pattern]
    close = difflib.get_close_matches(pattern, names, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


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


def select(select=None, ignore=None, preview: bool = False) -> list[Rule]:
    """The rules to run. Default selection: every stable rule (preview rules need --preview)."""
    check_patterns(select, "--select")
    check_patterns(ignore, "--ignore")
    chosen = []
    for r in all_rules():
        if select:
            if not any(matches(p, r) for p in select):
                continue
        elif r.meta.status is Status.PREVIEW and not preview:
            continue
        if ignore and any(matches(p, r) for p in ignore):
            continue
        chosen.append(r)
    return chosen
