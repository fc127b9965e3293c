"""The `publications` pack (rules/publications.toml) compiled once per Checker: every publication
with its house form (the article part of the name or not), a phrase matcher over names and
variants, the programmes near their broadcasters, and the nameplate words of names not listed.
The calques family reads it too (show titles translated).
"""

from __future__ import annotations

import msgspec

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.patterns import longest_first
from mtqa.errors import PackError
from mtqa.matching import PhraseMatcher, tokens
from mtqa.packs import pack_compiler

PACK = "publications"

SCHEMA = {
    "publication!": [
        {
            "name!": str,
            "variants": [str],
            "kind!": str,
            "broadcaster": [str],
            "article-case": bool,
        }
    ],
    "attributive": {"nouns": [str]},
    "nameplates": {"words": [str]},
}


KINDS = frozenset({"newspaper", "magazine", "agency", "broadcaster", "online", "programme"})


class Publication(msgspec.Struct, frozen=True):
    name: str  # house form as written mid-sentence
    core: str  # the name without a leading article
    article: str  # "The" (part of the name), "the" (needed, not part), or ""
    kind: str
    broadcasters: tuple[str, ...] = ()
    article_case: bool = True  # whether "the"/"The" before the name is checked
    variants_core: tuple[str, ...] = ()

    @property
    def distinctive(self) -> bool:
        """Whether the bare name is unambiguous enough to check its article and pronouns."""
        if self.kind == "programme":
            return False
        if len(self.core.split()) >= 2:
            return True  # Hill Times, New York Times
        return self.article == "" or self.core[:1].islower()  # Reuters, iPolitics; not "Walrus"


class Hit(msgspec.Struct, frozen=True):
    pub: Publication
    variant: bool  # matched a variant spelling, not the house form
    generic: bool = False  # not in the pack: a capitalised name ending in a nameplate word


class Compiled(msgspec.Struct):
    publications: list[Publication]
    matcher: PhraseMatcher  # core names and variants → Hit
    attributive: frozenset[str]
    programme_re: regex.Pattern | None = None  # titles near a broadcaster, for calques
    programme_titles: dict[str, Publication] | None = None  # folded title → programme
    first_words: tuple[str, ...] = ()  # a paragraph without any of these has no name in it
    broadcasters: tuple[str, ...] = ()  # a paragraph without any of these has no show title
    generic_re: regex.Pattern | None = None  # "Ottawa Sun", "Chicago Tribune": names not in the pack
    nameplates: tuple[str, ...] = ()
    by_fold: dict | None = None  # casefolded name of two words or more → Publication (not programmes)
    name_starts: tuple[str, ...] = ()  # the first word of each name, as the matcher indexes it


def _split_article(name: str) -> tuple[str, str]:
    for art in ("The ", "the "):
        if name.startswith(art):
            return art.strip(), name[len(art):]
    return "", name


@pack_compiler(PACK, SCHEMA)
def compile_publications(data: dict) -> Compiled:
    pubs: list[Publication] = []
    phrases: dict[str, Hit] = {}
    for entry in data["publication"]:
        if entry["kind"] not in KINDS:
            files = " + ".join(data.get("_files") or ["publications.toml"])
            raise PackError(files, f"publication {entry['name']!r}: kind must be one of "
                                   f"{', '.join(sorted(KINDS))}, not {entry['kind']!r}")
        article, core = _split_article(entry["name"])
        pub = Publication(entry["name"], core, article, entry["kind"], tuple(entry.get("broadcaster", ())),
                          entry.get("article-case", True),
                          tuple(_split_article(v)[1] for v in entry.get("variants", ())))
        pubs.append(pub)
        phrases.setdefault(core, Hit(pub, False))
        for v in entry.get("variants", ()):
            phrases.setdefault(_split_article(v)[1], Hit(pub, True))
    nouns = frozenset(n.casefold() for n in data.get("attributive", {}).get("nouns", ()))
    prog_re, titles = _programme_pattern(pubs)
    # the first word of each name (with its space when more words follow): a cheap prefilter
    firsts = {p.split()[0].replace("’", "'").split("'")[0] + (" " if len(p.split()) > 1 else "") for p in phrases}
    bcs = {b for p in pubs for b in p.broadcasters}
    plates = tuple(sorted({w for w in data.get("nameplates", {}).get("words", ())}, key=longest_first))
    generic_re = None
    if plates:
        alts = "|".join(regex.escape(w) for w in plates)
        # Word starts only (the lookbehind), possessive runs: linear on long runs of capitals.
        generic_re = pattern_cache.compile(
            rf"(?<![\p{{L}}\p{{N}}'’.\-])(?:\p{{Lu}}[\p{{L}}'’.\-]*+[ ]){{1,3}}(?:{alts})(?![\p{{L}}\p{{N}}\-])"
        )
    by_fold = {p.core.casefold(): p for p in pubs if p.kind != "programme" and len(p.core.split()) >= 2}
    starts = {p[t[0][0]:t[0][1]] for p in phrases if (t := tokens(p))}
    return Compiled(pubs, PhraseMatcher(phrases), nouns, prog_re, titles,
                    tuple(sorted(firsts)), tuple(sorted(bcs)), generic_re, plates, by_fold, tuple(sorted(starts)))


def fold_title(s: str) -> str:
    """A programme title folded for lookup: case, "&"/"and" and spacing ignored."""
    return " ".join(s.casefold().replace("&", "and").split())


def _title_regex(title: str) -> str:
    words = fold_title(title).split()
    return r"\s+".join("(?:and|&)" if w == "and" else regex.escape(w) for w in words)


def _programme_pattern(pubs: list[Publication]) -> tuple[regex.Pattern | None, dict[str, Publication]]:
    """One pattern for "the <title> of the <broadcaster>" and "<broadcaster>'s <title>"."""
    titles: dict[str, Publication] = {}
    any_title: list[str] = []
    multi_title: list[str] = []
    broadcasters: set[str] = set()
    for p in pubs:
        if p.kind != "programme" or not p.broadcasters:
            continue
        for t in (p.core, *p.variants_core):
            titles.setdefault(fold_title(t), p)
            any_title.append(_title_regex(t))
            if len(t.split()) >= 2:
                multi_title.append(_title_regex(t))
        broadcasters.update(p.broadcasters)
    if not any_title:
        return None, titles
    bcs = "|".join(regex.escape(b) for b in sorted(broadcasters, key=longest_first))
    t_any = "|".join(sorted(set(any_title), key=longest_first))
    t_multi = "|".join(sorted(set(multi_title), key=longest_first)) or "(?!)"
    pattern = (
        rf"(?<![\p{{L}}\p{{N}}])(?:(?:the\s+)?(?P<t1>{t_any})\s+(?:of|from|on|at)\s+(?:the\s+)?(?-i:(?P<b1>{bcs}))"
        rf"|(?-i:(?P<b2>{bcs}))['’]s\s+(?P<t2>{t_multi}))(?![\p{{L}}\p{{N}}])"
    )
    return pattern_cache.compile(pattern, regex.IGNORECASE), titles
