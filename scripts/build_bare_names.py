"""Regenerate rules/bare_names.toml: names that English writes without "the" (``Canada``,
``Ottawa``, ``Merkel``), read from CMU's trigram model of US English (run from the repo root).

    python scripts/build_bare_names.py [--report] [--explain WORD ...]

Needs the extras `mtqa[lm]` (pocketsphinx: its wheel ships the model, ``en-us.lm.bin``, and the
pronouncing dictionary ``cmudict-en-us.dict`` whose words are the candidates) and `mtqa[grammar]`
(the tagger's lexicon) at build time only; the pack it writes needs neither.

French, Italian, Spanish and German give a country, a region, a city or a person an article
(*le Canada*, *la Merkel*); English does not, and an engine that keeps it writes "the Canada's
economy". Which names English writes bare is read from the model, never from corpus text:
- a *candidate* is a lowercase dictionary word of letters that the tagger's lexicon does not know
  or tags as a proper noun (so that common nouns, "president", "china" the dishes, stay out), known
  to the model with log10 P(word) >= MIN_UNIGRAM;
- its *share after "the"*: how much of the word's use as the head of a noun phrase comes after
  "the", P(the) P(word | the) sum_f P(f | the word) against P(word) sum_f P(f | word), f over
  FOLLOWERS (words that follow a noun phrase's head, so that "the Ottawa Senators", the word as a
  modifier, counts less);
- a candidate is kept if that share is at most MAX_SHARE ("the Netherlands", "the Hague",
  "the Kremlin", "the Pentagon" are far above it).
The rule (`grammar/article-before-bare-name`) reads the list only where the name is written with a
capital after "the" and ends its noun phrase.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))  # lm_tables, the builders' shared command line
from lm_tables import ROOT, table_main  # noqa: E402

OUT = ROOT / "rules" / "bare_names.toml"

MIN_UNIGRAM = -6.0  # log10 P(word): about one per million words of the model's text
MAX_SHARE = 0.05  # the share of the word's uses as a head that come after "the"
NAME_TAGS = (None, "NNP", "NNPS")  # the lexicon's tag: unknown to it, or a proper noun
FOLLOWERS = ("</s>", "'s", "of", "to", "in", "and", "that", "will", "is", "was", "for", "on", "with", "by", "at",
             "from", "which", "who", "has", "had", "would", "as", "after", "said", "or", "but", "says", "announced")


class Name(NamedTuple):
    word: str
    share: float


def candidates(model, tagger, dictionary: Path) -> list[tuple[str, int]]:
    """Dictionary words the lexicon does not know or reads as proper nouns, with their model ids."""
    seen: set[tuple[str, int]] = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word = line.split(" ", 1)[0]
        if "(" in word or not word.isalpha() or not word.islower() or len(word) < 3:
            continue
        if tagger.lexicon_tag(word) not in NAME_TAGS:
            continue
        wid = model.word_id(word)
        if wid is not None and model.unigram(wid) >= MIN_UNIGRAM:
            seen.add((word, wid))
    return sorted(seen)


def share_after_the(model, wid: int) -> float:
    """How much of the word's use as a noun phrase's head comes after "the"."""
    the = model.word_id("the")
    followers = [i for i in map(model.word_id, FOLLOWERS) if i is not None]
    with_the = 10 ** (model.unigram(the) + model.bigram(wid, the)[0]) * sum(
        10 ** model.trigram(f, wid, the)[0] for f in followers)
    overall = 10 ** model.unigram(wid) * sum(10 ** model.bigram(f, wid)[0] for f in followers)
    return with_the / overall


def build(model, tagger, dictionary: Path) -> tuple[list[Name], dict[str, int]]:
    counts = {"candidates": 0, "after the too often": 0, "kept": 0}
    kept = []
    for word, wid in candidates(model, tagger, dictionary):
        counts["candidates"] += 1
        share = share_after_the(model, wid)
        if share > MAX_SHARE:
            counts["after the too often"] += 1
            continue
        counts["kept"] += 1
        kept.append(Name(word, share))
    return kept, counts


def write(kept: list[Name], counts: dict[str, int]) -> None:
    summary = "; ".join(f"{k} {v}" for k, v in counts.items())
    lines = [
        "[pack]",
        'id = "bare_names"',
        "schema = 1",
        'description = "Names (of places, people, organisations) that English writes without the article"',
        'sources = ["CMU generic US-English trigram model and CMU pronouncing dictionary, as shipped in the pocketsphinx 5.1.1 wheel; '
        'candidates filtered by TextBlob\'s Brill lexicon; regenerate with python scripts/build_bare_names.py"]',
        'licence = "BSD-2-Clause (Carnegie Mellon University; notice in bare_names.LICENSE.txt)"',
        "",
        f"# Derived, not hand-written: {summary}.",
        f"# Thresholds: log10 P(word) >= {MIN_UNIGRAM}; the share of its uses as a head that follow \"the\" <= {MAX_SHARE}.",
        "# Lowercase, as the model has them; the rule reads a name only written with a capital.",
        "",
        "[names]",
        "words = [",
    ]
    lines += [f'  "{name.word}",' for name in kept]
    lines += ["]", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")


def explain(model, tagger, dictionary: Path, word: str) -> str:
    """A word's lexicon tag and share after "the" (`--explain`)."""
    return f"{word}: tag {tagger.lexicon_tag(word)}, share after 'the' {share_after_the(model, model.word_id(word)):.3f}"


def report_line(name: Name) -> str:
    """A kept name as `--report` prints it."""
    return f"{name.word}\t{name.share:.3f}"


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, description=__doc__.split("\n")[0], kept_noun="names",
                      explained="share after 'the'", explain=explain, build=build,
                      report_line=report_line, write=write, out=OUT)


if __name__ == "__main__":
    sys.exit(main())
