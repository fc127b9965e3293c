"""The rates read line by line (`translationese.ProseLine`) equal the rates of the whole prose
read at once, to the last bit: the formulation below is the one the model was fitted with."""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path

import pytest
import regex

from mtqa import function_profile, translationese
from mtqa.segment import split_sentences
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
_SENTENCE_END = regex.compile(r"[.!?…][\"”’')]*$")
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")


def _reference_prose(text: str) -> list[str]:
    """Prose lines as first written: the words of every line counted, then its end matched."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if len(_WORD.findall(line)) >= 8 and _SENTENCE_END.search(line):
            out.append(line)
    return out


def _reference_rates(lines: list[str], zipf, min_words: int) -> dict[str, float] | None:
    """The ten rates of the prose joined into one body (the fitted model's reading), and the
    tag-pair rates as they are without tags."""
    body = "\n".join(lines)
    words = _WORD.findall(body)
    n = len(words)
    if n < max(min_words, 1):
        return None
    texts = [s.text for line in lines for s in split_sentences(line)]
    lengths = [k for k in (len(_WORD.findall(t)) for t in texts) if k]
    mean_length = statistics.fmean(lengths)
    lower = [w.lower().replace("’", "'") for w in words]
    window = min(translationese.WINDOW, n)
    ttrs = [len(set(lower[i:i + window])) / window for i in range(0, max(1, n - window + 1), 10)]
    content = [w for w, orig in zip(lower, words)
               if w not in translationese.FUNCTION_WORDS and orig[0].islower() and len(w) > 2]
    said = sum(bool(regex.search(r"\b(?:said|says)\b", t, regex.IGNORECASE)) for t in texts)
    return {
        "of_the": 1000 * len(regex.findall(r"\bof the\b", body, regex.IGNORECASE)) / n,
        "the_rate": 1000 * lower.count("the") / n,
        "said_share": said / len(lengths),
        "sentence_length": mean_length,
        "sentence_spread": statistics.pstdev(lengths) / mean_length if len(lengths) > 1 else 0.0,
        "commas": body.count(",") / len(lengths),
        "contractions": 1000 * sum(translationese._contracted(w) for w in lower) / n,
        "cohesion": 1000 * len(translationese._CONNECTIVES.findall(body.lower())) / n,
        "mattr": statistics.fmean(ttrs),
        "zipf": sum(k * zipf(w) for w, k in Counter(content).items()) / len(content) if content else 0.0,
        **{k: translationese.NORMS[k][0] for k in translationese.TAG_RATES},  # no tags given: their clean means
        "function_word_profile": _function_profile(lines),
        **{k: translationese.NORMS[k][0] for k in translationese.FINDING_RATES},  # no findings given: the same
    }


def _function_profile(lines: list[str]) -> float:
    """The function-word profile of the lines as one text (each line's events are its own)."""
    got = function_profile.mean_ratio(lines)
    return translationese.NORMS["function_word_profile"][0] if got is None else got


def _zipf(word: str) -> float:
    """A made-up frequency that differs word by word, so the sum's order shows in its bits."""
    return (sum(map(ord, word)) % 97) / 13.0


def _texts() -> list[str]:
    load = load_script("mtqa_corpus_load_lines", ROOT / "benchmarks" / "corpus" / "load.py")
    texts = [SEED.read_text(encoding="utf-8")]
    texts += [ex.body for ex in load.load_excerpts(halves=("tune",))]
    texts.append("ΟΔΟΣ ΚΑΙ ΣΟΦΟΣ said: it's the end of the road, however.\n" * 12)  # final sigma, casing
    texts.append("Rock'n'roll’s 3rd year ſaid the ſays, don't it? İstanbul, of The day.\n" * 12)
    return texts


def _prose_of(text: str) -> list[str]:
    return [line for _par, own in translationese.prose_by_paragraph(text.split("\n\n"), lambda p: p) for line in own]


@pytest.mark.parametrize("text", _texts(), ids=lambda t: str(len(t)))
def test_line_by_line_rates_equal_the_whole_body_read_at_once(text: str) -> None:
    lines = _prose_of(text)
    assert lines == [line for par in text.split("\n\n") for line in _reference_prose(par)][:len(lines)]
    assert repr(translationese.rates(lines, _zipf)) == repr(_reference_rates(lines, _zipf, translationese.MIN_PROSE_WORDS))
    read = [translationese.ProseLine(line) for line in lines]
    assert translationese.word_count(read) == translationese.word_count(lines) == len(_WORD.findall("\n".join(lines)))
    for line in read:  # each line's own rates (the rule's anchors), from the same reading
        assert repr(translationese.rates_of([line], _zipf, min_words=8)) == repr(_reference_rates([line.text], _zipf, 8))


@pytest.mark.parametrize("line", ["Done.", "“Done,” he said.”", "He said (it was done.)", "Not done", "Done.'x",
                                  "Done?!", "Done…’", "", "."])
def test_a_line_ends_a_sentence_as_the_pattern_says(line: str) -> None:
    assert translationese._ends_sentence(line) == bool(_SENTENCE_END.search(line))


_RUN = regex.compile(r"[\p{L}\p{N}]+")  # the runs a scan finds (`Paragraph.token_spans`)


@pytest.mark.parametrize("text", _texts() + [
    "It's 3rd-time luck'n'roll, said O'Neil’s aide: 'we’ll' see ’em in Montréal.\n" * 10,
    "Le ministre a dit qu'il reviendra : le cafe\u0301 est fermé depuis l'an 2020, it’s2 late.\n" * 10,
    "  Indented line of prose with trailing spaces, as the council said it would be.   \n" * 10,
    "Numbers ٣ and Ⅻ sit between words, the mayor said on Tuesday in a statement today.\n" * 10,
    "The ship ΟΔΥΣΣΕΥΣ and ΣΑΣ ΣΟΦΟΣ sailed, the captain’s crew said. It left on Tuesday, it's said, at dawn.\n\n" * 10,
    "One line of prose in a paragraph of its own, as the council said it would be on Tuesday.\n\n" * 10,
    "It's luck'n'roll, said O'Neil’s aide: 'we’ll' see ’em in the city', it’s said, and don't.\n" * 10,
], ids=lambda t: str(len(t)))
def test_words_made_from_a_scans_runs_are_the_patterns_words(text: str) -> None:
    pars = text.split("\n\n")
    runs = {par: [m.span() for m in _RUN.finditer(par)] for par in pars}
    plain = translationese.prose_lines_by_paragraph(pars, lambda p: p)
    scanned = translationese.prose_lines_by_paragraph(pars, lambda p: p, runs_of=runs.__getitem__)
    assert [[(x.text, x.words, x.lengths) for x in own] for _p, own in plain] == \
        [[(x.text, x.words, x.lengths) for x in own] for _p, own in scanned]
    # a paragraph's own sentences (as `Paragraph.sentences` keeps them) read as the line's
    kept = translationese.prose_lines_by_paragraph(pars, lambda p: p, runs_of=runs.__getitem__,
                                                   sentences_of=split_sentences)
    assert [[(x.text, x.words, x.lengths, x.sentences) for x in own] for _p, own in plain] == \
        [[(x.text, x.words, x.lengths, x.sentences) for x in own] for _p, own in kept]
    lines = [line for _p, own in scanned for line in own]
    assert repr(translationese.rates_of(lines, _zipf)) == \
        repr(_reference_rates([line.text for line in lines], _zipf, translationese.MIN_PROSE_WORDS))


@pytest.mark.parametrize("text", ["He said so.", "SHE SAYS NO", "unsaid, essays", "Says who?", "it said", "none here",
                                  "the ſaid word", "Montréal said", "Montréal sayd", "", "said’s", "a-said-b",
                                  "Montréal ſays", "SAİD é", "saİd", "sa\u0131d é", "Ｓaid é", "said\u0301 é"])
def test_the_said_test_answers_as_the_pattern(text: str) -> None:
    assert translationese._says(text) == bool(translationese._SAID.search(text))


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("window,step", [(100, 10), (5, 10), (10, 10), (11, 10), (1, 1), (7, 3), (3, 12)])
def test_the_sliding_count_of_distinct_words_equals_a_set_per_window(seed: int, window: int, step: int) -> None:
    import random

    rng = random.Random(seed)
    n = rng.randint(1, 400)
    words = [f"w{rng.randrange(rng.randint(1, 60))}" for _ in range(n)]
    window = min(window, n)
    stop = max(1, n - window + 1)
    expected = [len(set(words[i:i + window])) for i in range(0, stop, step)]
    assert list(translationese.distinct_per_window(words, window, stop, step)) == expected


_CONNECTIVE_PIECES = [*translationese._CONNECTIVE_PHRASES, "as well as well as", "in", "fact", "factual", "thusly",
                      "howevers", "xthus", "_hence", "hence_", "é", "thus2", "2thus", "in  fact", "in\nfact", "’",
                      "'", "-", "besidesthus", "in addition", "ınstead", "indeedé", "\u0301", " ", " ", ",", ".", "\n"]


@pytest.mark.parametrize("seed", range(60))
def test_connectives_counted_at_their_phrases_equal_the_patterns_findall(seed: int) -> None:
    import random

    rng = random.Random(seed)
    pieces = [rng.choice(_CONNECTIVE_PIECES) for _ in range(rng.randint(0, 40))]
    low = "".join(p + rng.choice(["", " ", " ", "\n", ", "]) for p in pieces).lower()
    assert translationese.connectives_in(low) == len(translationese._CONNECTIVES.findall(low))


@pytest.mark.parametrize("low", ["", "however", "as well as well as well as", "in fact in factories", "thus,thus.thus",
                                 "nonetheless nevertheless", "hence—hence", "in particular\nin particular"])
def test_connectives_at_the_edges_of_a_text_are_counted_as_findall_counts_them(low: str) -> None:
    assert translationese.connectives_in(low) == len(translationese._CONNECTIVES.findall(low))


@pytest.mark.parametrize("words", [
    [], ["it's"], ["don't", "we're", "rock'n'roll", "o'neil's", "'tis", "they'", "'", "''", "a''s", "i'm"],
    ["no", "apostrophe", "here"], ["ends", "with", "can't"], ["can't", "starts"], ["x'y'z's", "it's", "it's"],
    *[w.lower().replace("’", "'").split() for w in _texts()[:20]],
])
def test_contractions_counted_once_a_distinct_word_equal_a_pass_over_every_word(words: list[str]) -> None:
    words = [w for w in words if w]
    expected = sum(translationese._contracted(w) for w in words if "'" in w)
    assert translationese._word_counts(words)[2] == expected


def test_words_read_again_from_their_kept_kinds_count_as_read_afresh_and_the_store_stays_bounded(monkeypatch) -> None:
    """A check reads its prose whole, then line by line, and the next text mostly the same
    words: what each word is (`_word_kind`) is kept, never more than `_WORD_KINDS_MAX` words."""
    monkeypatch.setattr(translationese, "_WORD_KINDS", {})
    monkeypatch.setattr(translationese, "_WORD_KINDS_MAX", 5)
    words = ["The", "the", "Mayor's", "don’t", "council", "Council", "votes", "it's", "votes", "of"]
    expected = ([("don't", 1), ("council", 1), ("votes", 2), ("it's", 1)], 2, 3,
                {"the", "mayor", "s", "don", "t", "council", "votes", "it", "of"})
    for _ in range(3):  # afresh, then from the kept kinds
        content, the, contractions, parts = translationese._word_counts(words)
        assert (list(content.items()), the, contractions, parts) == expected
        assert 0 < len(translationese._WORD_KINDS) <= 5


def test_rates_left_unmeasured_under_a_logit_only_where_the_text_is_under_it() -> None:
    """`rates_of(..., over=t)` skips the vocabulary variety only where the text's logit is at
    or under t whatever the variety; elsewhere it gives the rates given without `over`."""
    skipped = given = 0
    for text in _texts():
        lines = [translationese.ProseLine(line) for line in _prose_of(text)]
        full = translationese.rates_of(lines, _zipf)
        if full is None:
            assert translationese.rates_of(lines, _zipf, over=0.0) is None
            continue
        logit = translationese.read(full).logit
        for t in (logit - 5, logit - 1, logit - 1e-6, logit, logit + 1e-6, logit + 0.5, logit + 1, logit + 5):
            got = translationese.rates_of(lines, _zipf, over=t)
            if got is None:
                skipped += 1
                assert logit <= t
            else:
                given += 1
                assert repr(got) == repr(full)
    assert skipped and given  # both ways taken: the test would prove nothing otherwise


_CASED_PIECES = [*_CONNECTIVE_PIECES, "However", "HOWEVER", "However’s", "x'thus", "thus'x", "İndeed", "ındeed",
                 "In Addition", "IN FACT", "\u212aeep", "Hence\u0301", "besides2", "As Well As", "on the Other hand", "ſo"]


@pytest.mark.parametrize("seed", range(60))
def test_connectives_searched_only_where_their_words_are_the_texts_equal_the_patterns_findall(seed: int) -> None:
    """`connectives_in` given the runs of letters of the text's words (`_word_counts`, from
    `_WORD`'s words of the text as written) searches only the phrases all of whose words are
    among them, and counts what the pattern's findall counts in the lowercase text."""
    import random

    rng = random.Random(seed)
    for _ in range(20):
        pieces = [rng.choice(_CASED_PIECES) for _ in range(rng.randint(0, 30))]
        text = "".join(p + rng.choice(["", " ", " ", "\n", ", ", "'", "’"]) for p in pieces)
        parts = translationese._word_counts(_WORD.findall(text))[3]
        low = text.lower()
        assert translationese.connectives_in(low, parts) == len(translationese._CONNECTIVES.findall(low)), text


def test_every_character_the_said_pattern_takes_for_a_letter_of_said_or_says_is_ascii_or_named() -> None:
    """`_says` rests on this: ignoring case, `regex` takes only ASCII letters, the long s and the
    dotted capital I for the letters of "said" and "says"."""
    import sys

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in "saidy":
        found = regex.findall(letter, every, regex.IGNORECASE)
        assert letter.upper() in found
        assert all(c.isascii() or c in "ſİ" for c in found), (letter, found)


def test_zipf_of_the_content_words_at_once_equals_one_by_one() -> None:
    """`rates_of(..., zipfs=Lexicon.zipfs)` (the common words' values read from their table in
    one pass, the rarer looked up one by one) gives the rates `zipf` word by word gives, to the
    last bit, on the tuning half's texts; and `Lexicon.zipfs` equals `zipf` on common, rare,
    unknown and accented words. Fails when the batch drops the rare words' look-up."""
    from mtqa import lexicon

    lex = lexicon.english()
    if lex is None:
        pytest.skip(lexicon.MISSING)
    words = ["the", "government", "reinstatement", "zzqx", "café", "garcia", "lopez", "said", "ſaid", "", "x"]
    assert lex.zipfs(words) == [lex.zipf(w) for w in words]
    compared = 0
    for text in _texts():
        lines = [translationese.ProseLine(line) for line in _prose_of(text)]
        if not lines:
            continue
        assert repr(translationese.rates_of(lines, lex.zipf, zipfs=lex.zipfs)) == repr(translationese.rates_of(lines, lex.zipf))
        compared += 1
    assert compared > 100, compared


@pytest.mark.parametrize("seed", range(30))
def test_sentences_saying_found_by_the_bodys_offsets_equal_each_sentence_asked(seed: int) -> None:
    """`_sentences_saying` asks only the sentences whose span of the lowercase body holds "said"
    or "says": the same count as `_says` asked of every sentence, in ASCII and beyond (curly
    quotes, accents, final sigma, the Kelvin sign; the long s and the dotted capital I, which
    send it back to every sentence)."""
    import random

    rng = random.Random(seed)
    pieces = ["He", "said", "SAID", "Says", "says", "unsaid", "essays", "said’s", "“Yes,”", "ΟΔΟΣ", "Montréal",
              "\u212aelvin", "sai", "d", "ys", "it", "was", "done", "ſaid", "İstanbul", "SAİD", "x"]
    seps = [" ", " ", ". ", "? ", "! ", ", ", "\u00a0", "—"]
    for _ in range(60):
        lines = []
        for _ in range(rng.randint(1, 4)):
            text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 14))).strip() + "."
            lines.append(translationese.ProseLine(text))
        body = "\n".join(line.text for line in lines)
        for line in lines:
            assert all(s.text == line.text[s.start:s.end] for s in line.sentences)
        expected = sum(translationese._says(s.text) for line in lines for s in line.sentences)
        assert translationese._sentences_saying(lines, body, body.lower()) == expected, body


def test_sentences_saying_reads_a_paragraphs_own_sentences() -> None:
    """A line that is a whole paragraph keeps the paragraph's sentences (`sentences_of`), whose
    offsets index that line: counted alike."""
    from mtqa.document import Document

    doc = Document("It was done.\n\nShe said no. “Right,” he says. Nothing here.\n\nThey SAID it. Unsaid.")
    by_par = translationese.prose_lines_by_paragraph(doc.paragraphs, lambda p: p.text,
                                                     sentences_of=lambda p: p.sentences, budget=10_000)
    lines = [line for _par, own in by_par for line in own]
    body = "\n".join(line.text for line in lines)
    assert translationese._sentences_saying(lines, body, body.lower()) == \
        sum(translationese._says(s.text) for line in lines for s in line.sentences)
