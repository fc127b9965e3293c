"""Regenerate rules/spun_terms.toml: fixed two-word terms of WordNet 3.0 and the thesaurus swaps
that article spinners make in them (run from the repo root).

    python scripts/build_spun_terms.py [WORDNET_DICT_DIR] [--report | --explain FILE]

WORDNET_DICT_DIR holds WordNet 3.0's `index.*` and `data.*` files (Debian's `wordnet-base`
installs them in /usr/share/wordnet). Needs the extras `mtqa[words]` (wordfreq) and `mtqa[lm]`
(pocketsphinx's trigram model) at build time only; the pack it writes needs neither.

Every choice is a-priori, made from WordNet, word frequencies and the language model, never from
the real-copy corpus (the thresholds were set on made-up look-alikes, see benchmarks/README.md,
"Spun fixed terms from WordNet"):
- a *fixed term* is a WordNet noun lemma of two lowercase words, each frequent (Zipf >= TERM_ZIPF),
  that the language model lists as a bigram with the second word likely after the first
  (log10 P(second | first) >= FIXED_LOGP): "interest rate", "climate change", "prime minister";
- a *swap* replaces one word (the first as a noun or an adjective, the second as a noun) by a
  one- or two-word synonym from one of its WordNet synsets (what a thesaurus-driven spinner
  picks), each word frequent itself (Zipf >= SWAP_ZIPF), where that synset is neither the word's
  first sense, nor the synonym's first sense, nor the term's own sense (a synset the term is a
  kind of, or a word of its gloss): the two are synonyms only in a rarer sense, so the swap
  changes what the term means ("interest pace", "peak minister");
- the *variant* is kept only if it does not open with a word WordNet's tagged corpus reads as a
  verb as often as a third of its noun and adjective uses ("spot ticks" can be a verb and its
  object), is no WordNet lemma of any part of speech and no phrase of mtqa's packs of names
  and terms, is listed by the language model neither as a bigram nor as a trigram across the
  swap (singular or plural), is not found already by an entry of the calques pack, and its
  first two words are rare enough together (Zipf sum <= CHANCE_ZIPF) that two common words
  meeting in some other sense ("health fears") are left out.
`--explain FILE` prints, for each line of FILE, the variants the build made in it and the gate
that dropped each one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

TERM_ZIPF = 4.0  # both words of a fixed term: at least ten per million words
SWAP_ZIPF = 3.5  # a spinner's synonym is a real, common word
FIXED_LOGP = -2.5  # the term's second word at least 1 in 300 after its first, per the model
# A two-word variant's Zipf values add up to at most this (see build()): 10.0 left out the
# made-up look-alikes ("health fears", "police strength"); 9.8 also the technical pairs that
# 10.0 let through in the standard library's docstrings ("output lines", "foreign function").
CHANCE_ZIPF = 9.8
VERB_SHARE = 1 / 3  # a word tagged as a verb this often (against noun and adjective) may open a verb phrase
POS_FILES = {"n": "noun", "a": "adj", "v": "verb", "r": "adv"}
_WORD = re.compile(r"[a-z]+")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "rules" / "spun_terms.toml"


def read_index(wn: Path, pos: str) -> dict[str, list[str]]:
    """lemma → its synset offsets, most frequent sense first (WordNet's order)."""
    senses: dict[str, list[str]] = {}
    for line in open(wn / f"index.{POS_FILES[pos]}", encoding="utf-8"):
        if line.startswith(" "):
            continue
        parts = line.split()
        n_synsets, n_ptrs = int(parts[2]), int(parts[3])
        senses[parts[0]] = parts[6 + n_ptrs: 6 + n_ptrs + n_synsets]
    return senses


class Synset(NamedTuple):
    lemmas: list[str]
    hypernyms: list[str]  # offsets of the synsets it is a kind of (same part of speech)
    gloss: str


def read_synsets(wn: Path, pos: str) -> dict[str, Synset]:
    """synset offset → its lemmas (adjective markers like "(a)" stripped), hypernyms and gloss."""
    synsets: dict[str, Synset] = {}
    for line in open(wn / f"data.{POS_FILES[pos]}", encoding="utf-8"):
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        count = int(parts[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]) for i in range(count)]
        at = 4 + 2 * count
        pointers = [parts[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(parts[at]))]
        hypernyms = [p[1] for p in pointers if p[0] in ("@", "@i") and p[2] == pos]
        synsets[parts[0]] = Synset(lemmas, hypernyms, gloss.lower())
    return synsets


def own_sense(synsets: dict[str, Synset], term_senses: list[str], depth: int = 2) -> tuple[set[str], str]:
    """The synsets a term is a kind of (up to `depth` levels), and its glosses: the term's own sense."""
    seen: set[str] = set()
    frontier = list(term_senses)
    for _ in range(depth):
        frontier = [h for off in frontier for h in synsets[off].hypernyms if h not in seen]
        seen.update(frontier)
    return seen, " ".join(synsets[off].gloss for off in term_senses)


def verb_like(wn: Path) -> set[str]:
    """Words that WordNet's tagged corpus (SemCor, `cntlist.rev`) reads as a verb at least
    VERB_SHARE as often as a noun or an adjective: "spot", "check", "store". A variant opening
    with one can be a verb and its object ("to spot ticks"), not a spun term."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in open(wn / "cntlist.rev", encoding="utf-8"):
        key, _sense, tagged = line.split()
        lemma, _, rest = key.partition("%")
        kind = {"1": "n", "2": "v", "3": "a", "5": "a"}.get(rest[:1], "")
        counts[lemma][kind] += int(tagged)
    return {w for w, c in counts.items() if c["v"] and c["v"] >= VERB_SHARE * (c["n"] + c["a"])}


def pack_phrases() -> set[str]:
    """Every lowercase two-word sequence of mtqa's own packs of names and terms: phrases mtqa
    knows. (Not the calques pack's, which lists wrong phrases: a spun term there is still one.)"""
    seen: set[str] = set()
    for path in (ROOT / "rules").glob("*.toml"):
        if path.name in (OUT.name, "calques.toml"):
            continue
        for words in re.findall(r"[a-z]+(?: [a-z]+)+", path.read_text(encoding="utf-8").lower()):
            toks = words.split()
            seen.update(f"{a} {b}" for a, b in zip(toks, toks[1:]))
    return seen


def calque_patterns() -> list:
    """The calques pack's patterns: a variant one of them already finds is left to that entry,
    which says more (the hand-written entries name the term and the sense)."""
    import regex

    from mtqa.tomlreader import tomllib

    data = tomllib().loads((ROOT / "rules" / "calques.toml").read_text(encoding="utf-8"))
    return [regex.compile(entry["pattern"], regex.IGNORECASE) for entry in data["calque"]]


def build(wn: Path) -> tuple[list[tuple[str, list[str], list[str]]], dict, dict]:
    from wordfreq import zipf_frequency

    from mtqa import language_model
    from mtqa.rules.calques.spun_terms_pack import plural

    lm = language_model.model()
    if lm is None:
        sys.exit("needs mtqa[lm] (pocketsphinx) for its language model")
    index = {pos: read_index(wn, pos) for pos in POS_FILES}
    synsets = {pos: read_synsets(wn, pos) for pos in POS_FILES}
    lemmas = {lemma.replace("_", " ").replace("-", " ").lower() for pos in POS_FILES for lemma in index[pos]}
    known = pack_phrases()
    verbs = verb_like(wn)
    calques = calque_patterns()

    def zipf(word: str) -> float:
        return zipf_frequency(word, "en")

    def listed(words: list[str]) -> float | None:
        """log10 P(last | the words before), if the model lists that bigram or trigram itself."""
        ids = [lm.word_id(w) for w in words]
        if any(i is None for i in ids):
            return None
        if len(ids) == 2:
            logp, order = lm.bigram(ids[1], ids[0])
        else:
            logp, order = lm.trigram(ids[2], ids[1], ids[0])
        return logp if order == len(ids) else None

    def ordinary(variant: list[str], at: int, width: int) -> bool:
        """Whether the model lists an n-gram across the swap: then the variant is ordinary English."""
        lo, hi = max(0, at - 1), min(len(variant), at + width + 1)
        for i in range(lo, hi - 1):
            for n in (2, 3):
                if i + n <= hi and (i < at + width and i + n > at) and listed(variant[i:i + n]) is not None:
                    return True
        return False

    def swaps(word: str, parts_of_speech: tuple[str, ...], sense: tuple[set[str], str]) -> dict[str, str | None]:
        """The word's single- and two-word synonyms → None if kept, else why it was dropped."""
        hypernyms, gloss = sense
        out: dict[str, str | None] = {}
        for pos in parts_of_speech:
            for rank, offset in enumerate(index[pos].get(word, [])):
                for lemma in synsets[pos][offset].lemmas:
                    syn = lemma.replace("_", " ").lower()
                    parts = syn.split(" ")
                    if (len(parts) > 2 or not all(_WORD.fullmatch(w) for w in parts) or word in parts
                            or syn.startswith(word[:4]) or word.startswith(syn[:4])):
                        continue  # not a plain synonym: longer, not a word, or the same word's kin
                    if offset in hypernyms or re.search(rf"\b{syn}\b", gloss):
                        why = "the term's own sense"
                    elif rank == 0:
                        why = "the word's first sense"
                    elif index[pos].get(lemma.lower(), [offset])[0] == offset:
                        why = "the synonym's first sense"
                    elif not all(zipf(w) >= SWAP_ZIPF for w in parts):
                        why = "a rare synonym"
                    else:
                        why = None
                    if out.get(syn, "x") is not None:  # kept in any one sense: kept
                        out[syn] = why
        return out

    stats: dict[str, int] = defaultdict(int)
    explained: dict[str, tuple[str, str | None]] = {}  # every variant made → (its term, why dropped or None)
    # (chance rate of its first two words per pair of words, term, position, synonym) of every variant that passed the gates
    candidates: list[tuple[float, str, int, str]] = []
    for lemma in index["n"]:
        words = lemma.split("_")
        if len(words) != 2 or not all(_WORD.fullmatch(w) for w in words):
            continue
        stats["two-word noun lemmas"] += 1
        first, second = words
        if min(zipf(first), zipf(second)) < TERM_ZIPF:
            continue
        stats["both words frequent"] += 1
        logp = listed([first, second])
        if logp is None or logp < FIXED_LOGP:
            continue
        stats["fixed terms"] += 1
        sense = own_sense(synsets["n"], index["n"][lemma])
        for i, (word, pos) in enumerate(((first, ("n", "a")), (second, ("n",)))):
            for syn, why in swaps(word, pos, sense).items():
                phrase = f"{syn} {second}" if i == 0 else f"{first} {syn}"
                variant = phrase.split(" ")
                width = syn.count(" ") + 1
                forms = (variant, [*variant[:-1], plural(variant[-1])])
                chance = 10 ** (sum(zipf(w) for w in variant[:2]) - 18)
                if why is not None:
                    pass
                elif variant[0] in verbs:
                    why = "may open a verb phrase"
                elif phrase in lemmas or phrase in known or any(ordinary(f, 0 if i == 0 else 1, width) for f in forms):
                    why = "a term or an ordinary phrase"
                elif any(p.search(phrase) or p.search(" ".join(forms[1])) for p in calques):
                    why = "a calques entry finds it"
                elif chance > 10 ** (CHANCE_ZIPF - 18):
                    why = "words too common together"
                term = lemma.replace("_", " ")
                for form in forms:
                    explained.setdefault(" ".join(form), (term, why))
                if why is not None:
                    stats[f"variants dropped: {why}"] += 1
                    continue
                candidates.append((chance, term, i, syn))
    # CHANCE_ZIPF: two very common words combine in many senses, so a pair of them the model
    # does not list is still often ordinary English ("health fears", "police strength", "the
    # working year"); a variant is kept only if its words are rare enough together that it
    # would turn up side by side by chance at most once in 10^(18 - CHANCE_ZIPF) words.
    kept: dict[str, tuple[list[str], list[str]]] = {}
    for _chance, term, i, syn in candidates:
        kept.setdefault(term, ([], []))[i].append(syn)
    terms = [(term, sorted(a), sorted(b)) for term, (a, b) in sorted(kept.items())]
    stats["terms with a variant"] = len(terms)
    stats["variants"] = sum(len(a) + len(b) for _, a, b in terms)
    return terms, dict(stats), explained


def write(terms: list[tuple[str, list[str], list[str]]], stats: dict) -> None:
    q = json.dumps
    lines = [
        "[pack]",
        'id = "spun_terms"',
        "schema = 1",
        'description = "Fixed two-word terms and the thesaurus swaps article spinners make in them"',
        'sources = ["WordNet 3.0 (Princeton University): two-word noun lemmas and their synsets; '
        'selected with wordfreq word frequencies and CMU\'s generic US-English trigram model '
        '(pocketsphinx); regenerate with python scripts/build_spun_terms.py"]',
        'licence = "WordNet 3.0 licence (permissive; notice in spun_terms.LICENSE.txt)"',
        "",
        "# Derived, not hand-written: " + "; ".join(f"{k} {v}" for k, v in stats.items()) + ".",
        "# `term` is the fixed term; `first` and `second` the synonyms that may replace its first or",
        "# second word, each making a variant that is no WordNet term and no bigram of the model.",
    ]
    for term, first, second in terms:
        lines += ["", "[[term]]", f"term = {q(term)}"]
        if first:
            lines.append(f"first = {q(first)}")
        if second:
            lines.append(f"second = {q(second)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def explain(lines: list[str], explained: dict[str, tuple[str, str | None]]) -> None:
    """For each line, every two- and three-word stretch that is a variant the build made: its
    term and the gate that dropped it (or "kept")."""
    for line in lines:
        words = re.findall(r"[a-z]+", line.lower())
        found = [(" ".join(words[i:i + n]), explained[" ".join(words[i:i + n])])
                 for n in (2, 3) for i in range(len(words) - n + 1) if " ".join(words[i:i + n]) in explained]
        print(line.strip(), "=>", "; ".join(f"{v} for {t}: {why or 'kept'}" for v, (t, why) in found) or "no variant")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wordnet", nargs="?", type=Path, default=Path("/usr/share/wordnet"),
                    help="WordNet 3.0's dict directory (index.* and data.* files)")
    ap.add_argument("--report", action="store_true", help="print the table instead of writing the pack")
    ap.add_argument("--explain", type=Path, metavar="FILE",
                    help="for each line of FILE, the variants in it and the gate that dropped each")
    args = ap.parse_args()
    terms, stats, explained = build(args.wordnet)
    print(stats)
    if args.explain:
        explain(args.explain.read_text(encoding="utf-8").splitlines(), explained)
    elif args.report:
        for term, first, second in terms:
            print(term, "|", " ".join(first), "|", " ".join(second))
    else:
        write(terms, stats)


if __name__ == "__main__":
    main()
