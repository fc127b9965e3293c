"""Regenerate rules/generic_nouns.toml: nouns English writes bare when it means them in general
(``society``, ``humanity``, ``trade``), read from CMU's trigram model of US English (run from the
repo root).

    python scripts/build_generic_nouns.py [--report] [--explain WORD ...]

Needs the extras `mtqa[lm]` (pocketsphinx: its wheel ships the model, ``en-us.lm.bin``, and the
pronouncing dictionary ``cmudict-en-us.dict`` whose words are the candidates) and `mtqa[grammar]`
(the tagger's lexicon) at build time only; the pack it writes needs neither.

French, Spanish, Italian and German give a noun meant in general the definite article (*la
société a changé*, *die Menschheit*); English does not, and an engine that keeps it writes "the
society has changed". Which nouns English writes bare is read from the model, never from corpus
text:
- a *candidate* is a lowercase dictionary word of letters that the tagger's lexicon tags as a
  singular common noun (NN), known to the model with log10 P(word) >= MIN_UNIGRAM;
- its *share after "the"*: how much of its use as the head that ends a noun phrase comes after
  "the", P(the) P(word | the) sum_f P(f | the word) against P(word) sum_f P(f | word), f over
  FOLLOWERS (words that follow a phrase's end; never "of", "that", "which" or "who", after which
  "the" is English: "the nature of", "the society that built it");
- its *share after "a"* ("a" and "an", the same measure): a count noun takes one, a noun English
  uses in general takes neither;
  (indefinite pronouns the lexicon tags NN, "someone", and words the tagger also reads as adverbs or
  not at all, "today", "john", are left out);
- a candidate is kept if both shares are at most MAX_SHARE_THE and MAX_SHARE_A.
The rule (`grammar/article-before-generic-noun`) reads the list only where the noun ends its noun
phrase right after "the" or "the" and one adjective.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "rules" / "generic_nouns.toml"

MIN_UNIGRAM = -5.0  # log10 P(word): about ten per million words of the model's text
MAX_SHARE_THE = 0.2  # the share of its uses after a preposition that have "the" between
MAX_SHARE_A = 0.05  # and after "a" or "an"
NOUN_TAGS = ("NN",)
INDEFINITE_PRONOUNS = ("body", "one", "thing")  # "anybody", "someone", "nothing": the lexicon's NN
PREPOSITIONS = ("in", "of", "to", "for", "on", "with", "by", "from", "about", "into", "against", "and")
FOLLOWERS = ("</s>", "is", "was", "has", "had", "will", "would", "can", "must", "should", "remains", "in", "and",
             "for", "on", "with", "by", "at", "from", "as", "or", "but", "are", "were", "have", "to", "into")


class Noun(NamedTuple):
    word: str
    share_the: float
    share_a: float


def candidates(model, tagger, dictionary: Path) -> list[tuple[str, int]]:
    """Dictionary words the lexicon tags as singular common nouns, with their model ids."""
    seen: set[tuple[str, int]] = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word = line.split(" ", 1)[0]
        if "(" in word or not word.isalpha() or not word.islower() or len(word) < 4:
            continue
        if tagger.lexicon_tag(word) not in NOUN_TAGS or word.endswith(INDEFINITE_PRONOUNS):
            continue
        readings = tagger.readings(word)
        if "NOUN" not in readings or "ADV" in readings:
            continue  # a name the lexicon lowercased ("john"), or an adverb too ("today")
        wid = model.word_id(word)
        if wid is not None and model.unigram(wid) >= MIN_UNIGRAM:
            seen.add((word, wid))
    return sorted(seen)


def share_after(model, wid: int, determiners: tuple[str, ...]) -> float:
    """How much of the word's use as the last word of a noun phrase comes after `determiners`."""
    followers = [i for i in map(model.word_id, FOLLOWERS) if i is not None]
    overall = 10 ** model.unigram(wid) * sum(10 ** model.bigram(f, wid)[0] for f in followers)
    with_det = 0.0
    for det in determiners:
        d = model.word_id(det)
        with_det += 10 ** (model.unigram(d) + model.bigram(wid, d)[0]) * sum(
            10 ** model.trigram(f, wid, d)[0] for f in followers)
    return with_det / overall


def share_after_preposition(model, wid: int) -> float:
    """Right after a preposition, with or without "the" between, the share with "the" ("in the
    society" against "in society"), the median over PREPOSITIONS: a count noun is rarely bare
    there ("in car"), and an idiom is bare after one preposition only ("of course", "in order")."""
    the = model.word_id("the")
    shares = []
    for prep in PREPOSITIONS:
        p = model.word_id(prep)
        with_the = 10 ** (model.bigram(the, p)[0] + model.trigram(wid, the, p)[0])
        bare = 10 ** model.bigram(wid, p)[0]
        shares.append(with_the / (with_the + bare))
    shares.sort()
    return shares[len(shares) // 2]


def measure(model, wid: int) -> tuple[float, float]:
    return share_after_preposition(model, wid), share_after(model, wid, ("a", "an"))


def build(model, tagger, dictionary: Path) -> tuple[list[Noun], dict[str, int]]:
    counts = {"candidates": 0, "after the too often": 0, "after a too often": 0, "kept": 0}
    kept = []
    for word, wid in candidates(model, tagger, dictionary):
        counts["candidates"] += 1
        the, a = measure(model, wid)
        if the > MAX_SHARE_THE:
            counts["after the too often"] += 1
            continue
        if a > MAX_SHARE_A:
            counts["after a too often"] += 1
            continue
        counts["kept"] += 1
        kept.append(Noun(word, the, a))
    return kept, counts


def write(kept: list[Noun], counts: dict[str, int]) -> None:
    summary = "; ".join(f"{k} {v}" for k, v in counts.items())
    lines = [
        "[pack]",
        'id = "generic_nouns"',
        "schema = 1",
        'description = "Nouns that English writes without the article when it means them in general"',
        'sources = ["CMU generic US-English trigram model and CMU pronouncing dictionary, as shipped in the pocketsphinx 5.1.1 wheel; '
        'candidates filtered by TextBlob\'s Brill lexicon; regenerate with python scripts/build_generic_nouns.py"]',
        'licence = "BSD-2-Clause (Carnegie Mellon University; notice in generic_nouns.LICENSE.txt)"',
        "",
        f"# Derived, not hand-written: {summary}.",
        f"# Thresholds: log10 P(word) >= {MIN_UNIGRAM}; the share of its uses ending a phrase that follow \"the\" "
        f"<= {MAX_SHARE_THE}, \"a\" or \"an\" <= {MAX_SHARE_A}.",
        "",
        "[nouns]",
        "words = [",
    ]
    lines += [f'  "{noun.word}",' for noun in kept]
    lines += ["]", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", action="store_true", help="print the kept nouns and the gate counts; write nothing")
    ap.add_argument("--explain", nargs="+", metavar="WORD", help="print each word's shares after 'the' and 'a'")
    args = ap.parse_args(argv)
    from mtqa import language_model, tagging

    model, tagger = language_model.model(), tagging.tagger()
    if model is None or tagger is None:
        print("needs the extras mtqa[lm] and mtqa[grammar]", file=sys.stderr)
        return 2
    import pocketsphinx

    dictionary = Path(pocketsphinx.__file__).parent / "model" / "en-us" / "cmudict-en-us.dict"
    if args.explain:
        for word in args.explain:
            wid = model.word_id(word)
            if wid is None:
                print(f"{word}: not in the model")
                continue
            the, a = measure(model, wid)
            print(f"{word}: tag {tagger.lexicon_tag(word)}, after 'the' {the:.3f}, after 'a' {a:.3f}")
        return 0
    kept, counts = build(model, tagger, dictionary)
    if args.report:
        for noun in kept:
            print(f"{noun.word}\t{noun.share_the:.3f}\t{noun.share_a:.3f}")
        print(counts)
        return 0
    write(kept, counts)
    print(f"wrote {OUT.relative_to(ROOT)}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
