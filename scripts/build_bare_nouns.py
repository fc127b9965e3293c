"""Regenerate rules/bare_nouns.toml: singular count nouns that English almost never leaves bare
after a preposition or a verb, read from CMU's trigram model of US English (run from the repo root).

    python scripts/build_bare_nouns.py [--report] [--explain WORD ...]

Needs the extras `mtqa[lm]` (pocketsphinx: its wheel ships the model, ``en-us.lm.bin``, and the
pronouncing dictionary ``cmudict-en-us.dict`` whose words are the candidates) and `mtqa[grammar]`
(the tagger's lexicon) at build time only; the pack it writes needs neither.

The list is made from the model, the dictionary and the tagger's lexicon, never from corpus text
(only the thresholds were compared on the corpus, see the end):
- a *candidate* is a lowercase dictionary word of letters that the tagger's lexicon tags NN as
  its likeliest class, that has no adjective reading, that lemminflect gives a plural, and that the
  model knows with log10 P(word) >= MIN_UNIGRAM (a word of news vocabulary, not a rare one);
- for each context word c (prepositions and verbs that take a noun phrase, CONTEXTS) the model
  gives two masses: the noun N right after c, and N after c and a determiner d (summed over
  DETERMINERS: P(d | c) * P(N | c d)), each times the likelihood that a word which follows the
  head of a noun phrase (FOLLOWERS: "of", "to", "will", the sentence end...) comes next, so that
  N as the first word of a compound ("of member states") counts less. The model is lowercased
  and built from general US text, so a noun that is also a common name's word ("Committee",
  "Government") reads as bare often and drops out: the list errs towards fewer nouns;
- a noun is kept if the model knows it after at least MIN_CONTEXTS contexts, its *bare share*
  pooled over them (each context weighted by its own frequency) is at most MAX_SHARE, and at most
  BARE_EXCEPTIONS contexts have a share above MAX_SHARE_ANY; those contexts are written down
  (`bare_after`), so that the rule leaves the noun alone there;
- for each kept noun, the adjectives that make with it a fixed compound English writes bare
  ("on real estate", "with due process") are written down too (`bare_compounds`): dictionary
  words the lexicon tags JJ as their likeliest class, that the model has seen bare before the noun
  (the trigram context-adjective-noun) after at least COMPOUND_MIN_CONTEXTS contexts, and whose
  compound's bare share pooled over the contexts (the same measure as the noun's, with the
  adjective after the context or after the context and a determiner) is above MAX_SHARE_ANY. An
  ordinary adjective ("new", "cheap", "small") is not seen bare before the noun that often, or
  is seen with a determiner far more: the rule still flags "became member of new council";
- a noun English uses as a mass noun too is dropped: one that lemminflect (AGID's inflections)
  lists as uncountable as well (its singular among its plural forms: "matter", not "member")
  *and* that the model has seen after a quantifier of mass (MASS_QUANTIFIERS: "much matter",
  "amount of matter"). Bare, such a noun reads in its mass sense ("if you take matter that
  dense"), which is English; AGID alone marks too many ("proposal", "truck"), so both must agree.
The thresholds were chosen on the corpus's tuning half by fold (benchmarks/README.md,
"Articles dropped before singular count nouns"): wider lists caught a few more labels and
flagged clean copy.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))  # lm_tables, the builders' shared command line
from lm_tables import ROOT, table_main  # noqa: E402

OUT = ROOT / "rules" / "bare_nouns.toml"

MIN_UNIGRAM = -5.3  # log10 P(word): about 25 per million words of the model's text
MAX_SHARE = 0.10  # the pooled bare share, over every context the model knows the noun in
MAX_SHARE_ANY = 0.25  # a context where the noun is bare more often than this is listed in `bare_after`
BARE_EXCEPTIONS = 4  # at most this many such contexts, or the noun is dropped
MIN_CONTEXTS = 4  # the model must know the noun after this many contexts
COMPOUND_MIN_CONTEXTS = 4  # an adjective+noun compound must be seen bare after this many contexts
PREPOSITIONS = ("of", "in", "for", "with", "on", "by", "from", "about", "into", "against", "at", "to",
                "under", "over", "after", "without", "through", "between", "during", "behind")
VERBS = ("became", "become", "becomes", "made", "received", "signed", "won", "took", "gave", "has", "had", "have", "is", "was",
         "needs", "found", "built", "approved", "launched", "announced", "opened", "joined", "reached",
         "bought", "sold", "visited", "left", "lost", "formed", "held", "proposed", "created")
CONTEXTS = PREPOSITIONS + VERBS
# Words after which only a mass noun stands singular and bare ("much matter", "amount of matter"):
# one word, or two read as the trigram (first, second). "lot of" and "piece of" are left out:
# "a lot of road", "a piece of toilet paper" are compounds and counts.
MASS_QUANTIFIERS = (("much",), ("less",), ("amount", "of"), ("deal", "of"), ("quantity", "of"), ("plenty", "of"))
DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "this", "our", "that", "every", "each",
               "another", "one", "my", "your", "any", "no")

# Words that follow the head of a noun phrase: a noun followed by one of them is not the first
# word of a compound ("government will" against "government officials").
FOLLOWERS = ("</s>", "of", "to", "in", "and", "that", "will", "is", "was", "for", "on", "with", "by", "at",
             "from", "which", "who", "has", "had", "would", "as", "after", "said", "or", "but")


def candidates(model, tagger, dictionary: Path) -> list[str]:
    """Words of the pronouncing dictionary that the lexicon tags as singular nouns."""
    seen: list[str] = []
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word = line.split(" ", 1)[0]
        if "(" in word or not word.isalpha() or not word.islower() or len(word) < 3:
            continue
        if tagger.lexicon_tag(word) != "NN" or "ADJ" in tagger.readings(word) or not tagger.has_distinct_plural(word):
            continue
        wid = model.word_id(word)
        if wid is None or model.unigram(wid) < MIN_UNIGRAM:
            continue
        seen.append(word)
    return sorted(set(seen))


def adjectives(model, tagger, dictionary: Path) -> list[tuple[str, int]]:
    """Words of the pronouncing dictionary that the lexicon tags as adjectives (JJ as the
    likeliest class: numerals and nouns with an adjective reading stay out), with their model ids."""
    seen: set[tuple[str, int]] = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word = line.split(" ", 1)[0]
        if "(" in word or not word.isalpha() or not word.islower() or tagger.lexicon_tag(word) != "JJ":
            continue
        wid = model.word_id(word)
        if wid is not None:
            seen.add((word, wid))
    return sorted(seen)


def uncountable_too(word: str) -> bool:
    """Whether lemminflect (AGID's inflections) lists the noun as uncountable as well: its
    singular is among its plural forms ("matter" → matters, matter)."""
    import lemminflect

    return word in lemminflect.getAllInflections(word, upos="NOUN").get("NNS", ())


def seen_after_mass_quantifier(model, word: str) -> bool:
    """Whether the model lists the noun right after a quantifier of mass ("much", "amount of")."""
    wid = model.word_id(word)
    for quantifier in MASS_QUANTIFIERS:
        qids = [model.word_id(q) for q in quantifier]
        if None in qids:
            continue
        if len(qids) == 1 and model.bigram(wid, qids[0])[1] == 2:
            return True
        if len(qids) == 2 and model.trigram(wid, qids[1], qids[0])[1] == 3:
            return True
    return False


def mass_noun_too(model, word: str) -> bool:
    """Whether English uses the noun as a mass noun as well, by both resources."""
    return uncountable_too(word) and seen_after_mass_quantifier(model, word)


def _p(logp: float) -> float:
    return 10 ** logp


class Ids(NamedTuple):
    """The model's ids of the determiners and of the words that follow a noun phrase's head."""

    determiners: list[int]
    followers: list[int]


def ids(model) -> Ids:
    return Ids([i for i in map(model.word_id, DETERMINERS) if i is not None],
               [i for i in map(model.word_id, FOLLOWERS) if i is not None])


def _head(model, wid: int, h1: int, followers: list[int]) -> float:
    """How likely a word that follows a noun phrase's head comes after h1 and the noun `wid`."""
    return sum(_p(model.trigram(f, wid, h1)[0]) for f in followers)


def bare_shares(model, word: str, known: Ids) -> dict[str, tuple[float, float]]:
    """context → (mass of the noun as a bare head after it, mass of the noun as a head after it with a
    determiner between), for the contexts where the model lists the noun after the context or
    after one of its determiners."""
    wid = model.word_id(word)
    out: dict[str, tuple[float, float]] = {}
    for c in CONTEXTS:
        cid = model.word_id(c)
        if cid is None:
            continue
        bare_logp, order = model.bigram(wid, cid)
        attested = order == 2
        bare = _p(bare_logp) * _head(model, wid, cid, known.followers) if attested else 0.0
        with_det = 0.0
        for did in known.determiners:
            noun_logp, order3 = model.trigram(wid, did, cid)
            if order3 == 3:
                attested = True
                with_det += _p(model.bigram(did, cid)[0] + noun_logp) * _head(model, wid, did, known.followers)
        if attested and bare + with_det > 0:
            out[c] = (bare * _p(model.unigram(cid)), with_det * _p(model.unigram(cid)))
    return out


def share(masses: tuple[float, float]) -> float:
    return masses[0] / (masses[0] + masses[1])


def pooled(shares: dict[str, tuple[float, float]]) -> float:
    """The bare share over every context, each weighted by how common the context word is."""
    bare = sum(b for b, _ in shares.values())
    return bare / (bare + sum(d for _, d in shares.values()))


def compound_share(model, noun: int, adjective: int, known: Ids) -> float:
    """The share of the compound adjective+noun written bare after the contexts, pooled as
    `pooled` does: P(adjective | c) P(noun | c adjective) against the sum over determiners d of
    P(d | c) P(adjective | c d) P(noun | d adjective), with the model's back-off where a trigram is
    not listed. (The likelihood of what follows is P(f | adjective noun) on both sides: it cancels.)"""
    bare = with_det = 0.0
    for c in CONTEXTS:
        cid = model.word_id(c)
        if cid is None:
            continue
        weight = _p(model.unigram(cid))
        bare += weight * _p(model.bigram(adjective, cid)[0] + model.trigram(noun, adjective, cid)[0])
        with_det += weight * sum(_p(model.bigram(did, cid)[0] + model.trigram(adjective, did, cid)[0]
                                    + model.trigram(noun, adjective, did)[0]) for did in known.determiners)
    return bare / (bare + with_det)


def bare_compounds(model, word: str, adjectives: list[tuple[str, int]], known: Ids) -> dict[str, float]:
    """adjective → its compound's bare share, for the adjectives that make with the noun a
    compound English writes bare after a preposition or a verb ("real estate", "due process")."""
    wid = model.word_id(word)
    context_ids = [i for i in map(model.word_id, CONTEXTS) if i is not None]
    out = {}
    for adjective, aid in adjectives:
        if model.bigram(wid, aid)[1] != 2:
            continue  # the model never saw the adjective before the noun
        seen_bare = sum(model.trigram(wid, aid, cid)[1] == 3 for cid in context_ids)
        if seen_bare < COMPOUND_MIN_CONTEXTS:
            continue
        bare = compound_share(model, wid, aid, known)
        if bare > MAX_SHARE_ANY:
            out[adjective] = bare
    return out


class Kept(NamedTuple):
    """A noun of the list: where English writes it bare, and with which adjectives."""

    noun: str
    bare_after: list[str]
    share: float
    bare_compounds: list[str]


def build(model, tagger, dictionary: Path) -> tuple[list[Kept], dict[str, int]]:
    """The kept nouns and counts of each gate."""
    counts = {"candidates": 0, "known in too few contexts": 0, "bare too often": 0,
              "bare too often in too many contexts": 0, "a mass noun too": 0, "kept": 0, "with a bare compound": 0}
    kept = []
    known = ids(model)
    adjective_ids = adjectives(model, tagger, dictionary)
    for word in candidates(model, tagger, dictionary):
        counts["candidates"] += 1
        shares = bare_shares(model, word, known)
        if len(shares) < MIN_CONTEXTS:
            counts["known in too few contexts"] += 1
            continue
        bare = pooled(shares)
        if bare > MAX_SHARE:
            counts["bare too often"] += 1
            continue
        bare_after = sorted(c for c, m in shares.items() if share(m) > MAX_SHARE_ANY)
        if len(bare_after) > BARE_EXCEPTIONS:
            counts["bare too often in too many contexts"] += 1
            continue
        if mass_noun_too(model, word):
            counts["a mass noun too"] += 1
            continue
        compounds = sorted(bare_compounds(model, word, adjective_ids, known))
        counts["kept"] += 1
        counts["with a bare compound"] += bool(compounds)
        kept.append(Kept(word, bare_after, bare, compounds))
    return kept, counts


def write(kept: list[Kept], counts: dict[str, int]) -> None:
    summary = "; ".join(f"{k} {v}" for k, v in counts.items())
    lines = [
        "[pack]",
        'id = "bare_nouns"',
        "schema = 1",
        'description = "Singular count nouns that English almost never writes without a determiner after a preposition or a verb"',
        'sources = ["CMU generic US-English trigram model and CMU pronouncing dictionary, as shipped in the pocketsphinx 5.1.1 wheel; '
        'candidates tagged by TextBlob\'s Brill lexicon and lemminflect; regenerate with python scripts/build_bare_nouns.py"]',
        'licence = "BSD-2-Clause (Carnegie Mellon University; notice in bare_nouns.LICENSE.txt)"',
        "",
        f"# Derived, not hand-written: {summary}.",
        f"# Thresholds: log10 P(noun) >= {MIN_UNIGRAM}; pooled bare share <= {MAX_SHARE}; contexts with a share",
        f"# above {MAX_SHARE_ANY} (at most {BARE_EXCEPTIONS}) are listed in `bare_after`; known after >= {MIN_CONTEXTS} contexts;",
        f"# an adjective whose compound with the noun is seen bare after >= {COMPOUND_MIN_CONTEXTS} contexts, with a pooled",
        f"# bare share above {MAX_SHARE_ANY}, is listed in `bare_compounds`.",
        "# `noun` is the singular; `bare_after` the prepositions and verbs after which the model says",
        "# English writes it bare often enough that the rule must not flag it there; `bare_compounds`",
        "# the adjectives with which it makes a compound English writes bare (\"on real estate\").",
        "",
    ]
    for entry in kept:
        lines.append("[[noun]]")
        lines.append(f'noun = "{entry.noun}"')
        if entry.bare_after:
            lines.append("bare_after = [" + ", ".join(f'"{c}"' for c in entry.bare_after) + "]")
        if entry.bare_compounds:
            lines.append("bare_compounds = [" + ", ".join(f'"{a}"' for a in entry.bare_compounds) + "]")
        lines.append("")
    OUT.write_text("\n".join(lines), encoding="utf-8")


def explain(model, tagger, dictionary: Path, word: str) -> str:
    """A word's pooled bare share, its share after each context and its bare compounds (`--explain`)."""
    shares = bare_shares(model, word, ids(model))
    bare = pooled(shares) if shares else math.nan
    compounds = bare_compounds(model, word, adjectives(model, tagger, dictionary), ids(model))
    return (f"{word}: tag {tagger.lexicon_tag(word)}, pooled {bare:.3f}, "
            + " ".join(f"{c}={share(m):.2f}" for c, m in shares.items())
            + "\n  bare compounds: " + (" ".join(f"{a}={s:.2f}" for a, s in sorted(compounds.items())) or "none"))


def report_line(entry: Kept) -> str:
    """A kept noun as `--report` prints it."""
    return f"{entry.noun}\t{entry.share:.3f}\t{','.join(entry.bare_after)}\t{','.join(entry.bare_compounds)}"


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, description=__doc__.split("\n")[0], kept_noun="nouns",
                      explained="bare shares per context", explain=explain, build=build,
                      report_line=report_line, write=write, out=OUT)


if __name__ == "__main__":
    sys.exit(main())
