"""Regenerate rules/preposition_choice.toml: words that English follows by one preposition almost
always, each with the prepositions it almost never takes, read from CMU's trigram model of US
English (run from the repo root).

    python scripts/build_preposition_choice.py [--report] [--explain WORD ...]

Needs the extras `mtqa[lm]` (pocketsphinx: its wheel ships the model, ``en-us.lm.bin``, and the
pronouncing dictionary ``cmudict-en-us.dict`` whose words are the candidates) and `mtqa[grammar]`
(the tagger's lexicon) at build time only; the pack it writes needs neither.

Engines carry the source's preposition over to the English word that governs it: French
*responsable de*, Spanish *participar en*... Which preposition an English word takes is read from
the model, never from corpus text:
- a *head* is a lowercase dictionary word of letters, known to the model with log10 P(word) >=
  MIN_UNIGRAM, that the tagger's lexicon tags as an adjective or a past participle (HEAD_TAGS: nouns and finite
  verbs take adjuncts after nearly any of them, and flagged clean copy when measured);
- for each head the model gives P(p | head) for each preposition p of PREPOSITIONS (the bigram,
  with the model's back-off where the pair is not listed). The head is kept if a preposition
  follows it with a mass of at least MIN_MASS (the word governs a preposition, it is not merely
  followed by adjuncts) and one preposition takes at least MIN_TOP of that mass;
- where that preposition is "to", the head is kept only if a determiner follows "head to" with a
  probability of at least MIN_NOUN_AFTER_TO (summed over DETERMINERS): "related to the", not the
  infinitive's "decided to go", after which any preposition may open an adjunct;
- the *rare* prepositions of a kept head are those the model gives at most MAX_RARE of the
  mass (the pair "responsible of", "capable to"), but for a participle "at", "on", "in" and "by",
  which open adjuncts and the passive's agent after any verb: the rule flags those, and only those.
The thresholds were compared on the corpus's tuning half by fold (benchmarks/README.md,
"Prepositions a word almost never takes").
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))  # lm_tables, the builders' shared command line
from lm_tables import ROOT, table_main  # noqa: E402

OUT = ROOT / "rules" / "preposition_choice.toml"

MIN_UNIGRAM = -5.3  # log10 P(word): about 25 per million words of the model's text
MIN_MASS = 0.3  # P(some preposition | head): the head governs a preposition
MIN_TOP = 0.6  # the share of that mass its one preposition takes
MAX_RARE = 0.02  # a preposition with at most this share after the head is one it does not take
MIN_NOUN_AFTER_TO = 0.2  # P(a determiner | head to): "to" opens a noun phrase, not an infinitive
PREPOSITIONS = ("of", "in", "for", "with", "on", "by", "from", "about", "into", "against", "at", "to",
                "under", "over", "after", "without", "through", "between", "during", "towards", "toward",
                "as", "upon", "within", "among", "onto")
# Prepositions the rule may flag: the ones engines put in another's place. Prepositions of time
# and place that open adjuncts after nearly any word ("during", "after", "over", "under",
# "through", "within", "between", "among") are measured but never flagged.
FLAGGED = ("of", "in", "for", "with", "on", "by", "from", "about", "at", "to", "towards", "toward", "into", "against")
DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "this", "our", "that", "every", "each",
               "another", "one", "my", "your", "any", "no", "these", "those", "all")
# Adjectives and participles: what follows them is a preposition they govern far more often than
# an adjunct. Nouns and finite verbs take adjuncts of place, time and purpose after nearly any of
# them ("an increase on Monday's figures", "living for the weekend"): measured, left out.
HEAD_TAGS = frozenset({"JJ", "VBN"})
# A participle is a verb: it takes adjuncts of place and time and the passive's agent after it
# ("born at the hospital", "connected on the site", "opposed by the union"); never flagged there.
PARTICIPLE_ADJUNCTS = frozenset({"at", "on", "in", "by"})


class Head(NamedTuple):
    """A word of the list: the preposition it takes, the ones it almost never takes."""

    word: str
    expects: str
    share: float
    rare: list[str]


def heads(model, tagger, dictionary: Path) -> list[tuple[str, int]]:
    """Dictionary words the lexicon tags as content words, with their model ids."""
    seen: set[tuple[str, int]] = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word = line.split(" ", 1)[0]
        if "(" in word or not word.isalpha() or not word.islower() or len(word) < 3 or word in PREPOSITIONS:
            continue
        if tagger.lexicon_tag(word) not in HEAD_TAGS:
            continue
        wid = model.word_id(word)
        if wid is not None and model.unigram(wid) >= MIN_UNIGRAM:
            seen.add((word, wid))
    return sorted(seen)


def preposition_shares(model, wid: int) -> tuple[float, dict[str, float]]:
    """The mass of prepositions after the word `wid`, and each preposition's share of it."""
    probs = {p: 10 ** model.bigram(model.word_id(p), wid)[0] for p in PREPOSITIONS}
    mass = sum(probs.values())
    return mass, {p: v / mass for p, v in probs.items()}


def noun_after_to(model, wid: int) -> float:
    """P(a determiner | word to): how often "to" after the word opens a noun phrase."""
    to = model.word_id("to")
    return sum(10 ** model.trigram(d, to, wid)[0] for d in filter(None, map(model.word_id, DETERMINERS)))


def build(model, tagger, dictionary: Path) -> tuple[list[Head], dict[str, int]]:
    """The kept heads and counts of each gate."""
    counts = {"candidates": 0, "followed by a preposition too seldom": 0, "no preposition dominant": 0,
              "an infinitive's to": 0, "kept": 0}
    kept = []
    for word, wid in heads(model, tagger, dictionary):
        counts["candidates"] += 1
        mass, shares = preposition_shares(model, wid)
        if mass < MIN_MASS:
            counts["followed by a preposition too seldom"] += 1
            continue
        top = max(shares, key=shares.__getitem__)
        if shares[top] < MIN_TOP:
            counts["no preposition dominant"] += 1
            continue
        if top == "to" and noun_after_to(model, wid) < MIN_NOUN_AFTER_TO:
            counts["an infinitive's to"] += 1
            continue
        participle = tagger.lexicon_tag(word) == "VBN"
        rare = [p for p in FLAGGED if shares[p] <= MAX_RARE and p != top
                and not (participle and p in PARTICIPLE_ADJUNCTS)]
        if not rare:
            continue
        counts["kept"] += 1
        kept.append(Head(word, top, shares[top], rare))
    return kept, counts


def write(kept: list[Head], counts: dict[str, int]) -> None:
    summary = "; ".join(f"{k} {v}" for k, v in counts.items())
    lines = [
        "[pack]",
        'id = "preposition_choice"',
        "schema = 1",
        'description = "Words English follows by one preposition almost always, with the prepositions they almost never take"',
        'sources = ["CMU generic US-English trigram model and CMU pronouncing dictionary, as shipped in the pocketsphinx 5.1.1 wheel; '
        'heads tagged by TextBlob\'s Brill lexicon; regenerate with python scripts/build_preposition_choice.py"]',
        'licence = "BSD-2-Clause (Carnegie Mellon University; notice in preposition_choice.LICENSE.txt)"',
        "",
        f"# Derived, not hand-written: {summary}.",
        f"# Thresholds: log10 P(head) >= {MIN_UNIGRAM}; P(a preposition | head) >= {MIN_MASS}; one preposition takes",
        f"# >= {MIN_TOP} of it (`expects`); for \"to\", P(a determiner | head to) >= {MIN_NOUN_AFTER_TO}; `rare`: the flagged",
        f"# prepositions with a share <= {MAX_RARE} after the head.",
        "",
    ]
    for head in kept:
        lines.append("[[head]]")
        lines.append(f'word = "{head.word}"')
        lines.append(f'expects = "{head.expects}"')
        lines.append("rare = [" + ", ".join(f'"{p}"' for p in head.rare) + "]")
        lines.append("")
    OUT.write_text("\n".join(lines), encoding="utf-8")


def explain(model, tagger, dictionary: Path, word: str) -> str:
    """A word's lexicon tag, preposition mass, determiner after "to" and each preposition's share (`--explain`)."""
    wid = model.word_id(word)
    mass, shares = preposition_shares(model, wid)
    return (f"{word}: tag {tagger.lexicon_tag(word)}, mass {mass:.2f}, determiner after 'to' "
            f"{noun_after_to(model, wid):.2f}, " + " ".join(f"{p}={s:.3f}" for p, s in
                                                           sorted(shares.items(), key=lambda kv: -kv[1])))


def report_line(head: Head) -> str:
    """A kept head as `--report` prints it."""
    return f"{head.word}\t{head.expects}\t{head.share:.2f}\t{','.join(head.rare)}"


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, description=__doc__.split("\n")[0], kept_noun="heads",
                      explained="preposition shares", explain=explain, build=build,
                      report_line=report_line, write=write, out=OUT)


if __name__ == "__main__":
    sys.exit(main())
