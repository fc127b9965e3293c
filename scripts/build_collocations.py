"""Two-word collocations of English (an adjective or a noun before a noun: "key issues",
"price stability") and the one-word synonym swaps that break them, read from a language model
and WordNet: a table tried as a calque signal and NOT shipped (measured negative, see
benchmarks/README.md, "Collocations with a word swapped, from the language model"). Run from
the repo root; it prints the table (or, with --explain, why each pair of a file's lines was
dropped) and writes nothing into rules/.

    python scripts/build_collocations.py [WORDNET_DICT_DIR] [--min-pmi X] [--min-drop X]
                                         [--chance X] [--explain FILE]

WORDNET_DICT_DIR holds WordNet 3.0's `index.*` and `data.*` files (Debian's `wordnet-base`
installs them in /usr/share/wordnet). Needs the extras `mtqa[words]` (wordfreq) and `mtqa[lm]`
(pocketsphinx's trigram model of US English). About 3 minutes of one core (some 13 million bigrams).

Every choice is made from the model, WordNet and word frequencies, never from corpus text:
- a *collocation* is a modifier (a WordNet adjective, Zipf >= MODIFIER_ZIPF, or a noun, Zipf >=
  NOUN_MODIFIER_ZIPF) and a head noun (Zipf >= HEAD_ZIPF) that the model lists as a bigram (head
  singular or plural) with the head much likelier after the modifier than alone (log10 P(head |
  modifier) - log10 P(head) >= --min-pmi) and not rare itself (log10 P(head | modifier) >= MIN_LOGP);
- a *swap* replaces the modifier or the head by a one-word WordNet synonym (any sense of the
  same part of speech) that is frequent itself (Zipf >= SWAP_ZIPF) and no form of the same word;
- the *variant* is kept only if the model knows both its words and lists it as a bigram in
  neither number, it is no WordNet lemma and no phrase of mtqa's other packs, its first word is
  not one WordNet's tagged corpus reads as a verb often (then it can be a verb and its object),
  the model gives it at most 1/10^(--min-drop) of the collocation's probability, no entry of the
  calques pack finds it, and its two words are rare enough together (Zipf sum <= --chance) that
  two common words meeting in another sense are left out (build_spun_terms.py's gate).
Why it was not shipped: the model's bigram list is pruned, so an unlisted pair of common words
is often ordinary English ("serious penalties"), and WordNet's synonyms are not the ones engines
and spinners pick, so the labels' swaps are rarely among the variants at all.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

MODIFIER_ZIPF = 4.0  # an adjective modifier: at least ten per million words
NOUN_MODIFIER_ZIPF = 4.5  # a noun modifier: at least 30 per million (fewer pairs to score)
HEAD_ZIPF = 4.3  # a head noun: at least 20 per million
SWAP_ZIPF = 3.5  # a swapped-in synonym is a real, common word
MIN_LOGP = -4.0  # a collocation's head at least 1 in 10,000 after its modifier
# The defaults of --min-pmi, --min-drop and --chance: the widest table measured.
MIN_PMI = 1.2  # the head at least 16 times likelier after the modifier than anywhere
MIN_DROP = 1.5  # the variant at most 1/30 as likely as the collocation, per the model
CHANCE_ZIPF = 9.8  # as in build_spun_terms.py: common pairs meet in other senses
_WORD = re.compile(r"[a-z]+")


def build(wn: Path, min_pmi: float = MIN_PMI, min_drop: float = MIN_DROP, chance: float = CHANCE_ZIPF):
    from build_spun_terms import calque_patterns, pack_phrases, read_index, read_synsets, verb_like
    from wordfreq import zipf_frequency

    from mtqa import language_model
    from mtqa.rules.calques.spun_terms_pack import plural

    lm = language_model.model()
    if lm is None:
        sys.exit("needs mtqa[lm] (pocketsphinx) for its language model")
    index = {pos: read_index(wn, pos) for pos in ("n", "a", "v", "r")}
    synsets = {pos: read_synsets(wn, pos) for pos in ("n", "a")}
    lemmas = {lemma.replace("_", " ").replace("-", " ").lower() for pos in index for lemma in index[pos]}
    known = pack_phrases()
    verbs = verb_like(wn)
    calques = calque_patterns()
    zipf_cache: dict[str, float] = {}

    def zipf(word: str) -> float:
        if word not in zipf_cache:
            zipf_cache[word] = zipf_frequency(word, "en")
        return zipf_cache[word]

    def synonyms(word: str, pos: str) -> set[str]:
        """One-word synonyms of the word in any of its senses of this part of speech."""
        out: set[str] = set()
        for offset in index[pos].get(word, []):
            for lemma in synsets[pos][offset].lemmas:
                syn = lemma.lower()
                if (_WORD.fullmatch(syn) and syn != word and not syn.startswith(word[:4])
                        and not word.startswith(syn[:4]) and zipf(syn) >= SWAP_ZIPF and lm.word_id(syn) is not None):
                    out.add(syn)
        return out

    def single(word: str) -> bool:
        return bool(_WORD.fullmatch(word)) and lm.word_id(word) is not None

    adjectives = sorted(w for w in index["a"] if single(w) and zipf(w) >= MODIFIER_ZIPF and w not in verbs)
    nouns = sorted(w for w in index["n"] if single(w) and zipf(w) >= HEAD_ZIPF)
    modifiers = [(w, "a") for w in adjectives] + [(w, "n") for w in nouns if zipf(w) >= NOUN_MODIFIER_ZIPF and w not in verbs and w not in index["a"]]
    heads = [(w, f) for w in nouns for f in {w, plural(w)} if lm.word_id(f) is not None]
    head_ids = [(w, f, lm.word_id(f), lm.unigram(lm.word_id(f))) for w, f in heads]
    mod_syn = {m: synonyms(m, pos) for m, pos in modifiers}
    head_syn = {w: synonyms(w, "n") for w in nouns}
    stats: dict[str, int] = defaultdict(int)
    stats["modifiers"], stats["heads"] = len(modifiers), len(nouns)

    def logp(a: str, b: str) -> tuple[float, bool]:
        ia, ib = lm.word_id(a), lm.word_id(b)
        if ia is None or ib is None:
            return -99.0, False
        p, order = lm.bigram(ib, ia)
        return p, order == 2

    explained: dict[str, tuple[str, str | None]] = {}
    best: dict[str, tuple[float, str]] = {}  # variant → (the collocation's log10 probability, the collocation)
    for m, _pos in modifiers:
        mid = lm.word_id(m)
        for noun, form, hid, uni in head_ids:
            if not (mod_syn[m] or head_syn[noun]):
                continue
            p, order = lm.bigram(hid, mid)
            if order != 2 or p < MIN_LOGP or p - uni < min_pmi:
                continue
            stats["collocations"] += 1
            term = f"{m} {form}"
            swapped = [(s, form, s, True) for s in mod_syn[m]]
            swapped += [(m, plural(t) if form != noun else t, t, False) for t in head_syn[noun]]
            for a, b, _syn, first in swapped:
                variant = f"{a} {b}"
                vp, listed = logp(a, b)
                why = None
                if vp == -99.0:
                    why = "a word the model lacks"
                elif listed or logp(a, plural(b) if first and form == noun else b)[1]:
                    why = "the model lists it"
                elif variant in lemmas or variant in known or f"{a} {noun}" in lemmas:
                    why = "a term or a phrase mtqa knows"
                elif a in verbs:
                    why = "may open a verb phrase"
                elif p - vp < min_drop:
                    why = "not much less likely"
                elif zipf(a) + zipf(b) > chance:
                    why = "words too common together"
                elif any(pat.search(variant) for pat in calques):
                    why = "a calques entry finds it"
                explained.setdefault(variant, (term, why))
                if why is not None:
                    stats[f"variants dropped: {why}"] += 1
                    continue
                if variant not in best or best[variant][0] < p:
                    best[variant] = (p, term)
    table = sorted((variant, term) for variant, (_p, term) in best.items())
    stats["variants"] = len(table)
    stats["collocations with a variant"] = len({t for _, t in table})
    return table, dict(stats), explained


def explain(lines: list[str], explained: dict[str, tuple[str, str | None]]) -> None:
    """For each line, every two-word stretch that is a variant the build made: its collocation
    and the gate that dropped it (or "kept")."""
    for line in lines:
        words = re.findall(r"[a-z]+", line.lower())
        found = [(" ".join(words[i:i + 2]), explained[" ".join(words[i:i + 2])])
                 for i in range(len(words) - 1) if " ".join(words[i:i + 2]) in explained]
        print(line.strip(), "=>", "; ".join(f"{v} for {t}: {why or 'kept'}" for v, (t, why) in found) or "no variant")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wordnet", nargs="?", type=Path, default=Path("/usr/share/wordnet"),
                    help="WordNet 3.0's dict directory (index.* and data.* files)")
    ap.add_argument("--min-pmi", type=float, default=MIN_PMI, help="a collocation's least log10 lift of its head")
    ap.add_argument("--min-drop", type=float, default=MIN_DROP, help="a variant's least log10 drop below its collocation")
    ap.add_argument("--chance", type=float, default=CHANCE_ZIPF, help="a variant's greatest Zipf sum of its two words")
    ap.add_argument("--explain", type=Path, metavar="FILE",
                    help="for each line of FILE, the variants in it and the gate that dropped each")
    args = ap.parse_args()
    if not (args.wordnet / "index.noun").is_file():
        ap.exit(2, f"error: no WordNet 3.0 dict directory at {args.wordnet} (index.noun missing)\n")
    table, stats, explained = build(args.wordnet, args.min_pmi, args.min_drop, args.chance)
    print(stats, file=sys.stderr)
    if args.explain:
        explain(args.explain.read_text(encoding="utf-8").splitlines(), explained)
    else:
        for variant, term in table:
            print(variant, "|", term)


if __name__ == "__main__":
    main()
