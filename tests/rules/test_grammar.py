"""Grammar rules beyond the one-line examples: clean copy, look-alikes, suggestions, speed."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, checker, findings

from hang_guard import assert_spans_sound, returns

CLEAN = """QUEBEC — The CAQ government tabled its budget on Tuesday, and the PQ says it will vote against it.

Both the PQ and the CAQ want a byelection called before the summer. Members of the NDP are divided, and parts of the AfD are under watch in Germany.

“I, too, will vote for it,” said the MNA, who ran for CAQ leader in 2011. Voters found the plan ambitious, and the premier called the reform historic.

Me, I'm not sure, he joked to reporters. The NDP MPs say they will table a motion, according to the party's house leader. Despite the opposition, they stayed during the hearings of the committee.
"""


def test_clean_copy_is_quiet() -> None:
    assert_clean(CLEAN, "grammar")
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), "grammar")


def test_seed_is_quiet(seed_text) -> None:
    assert_clean(seed_text, "grammar")


def test_adjective_order_suggestion_swaps_the_words() -> None:
    (f,) = findings("The premier promised a government progressive, not a timid one.", "grammar/adjective-after-noun")
    assert f.text == "a government progressive" and f.suggestions == ("a progressive government",)
    assert not f.fix_safe


def test_adjective_order_needs_the_phrase_to_end() -> None:
    # "a government conservative MPs opposed" would be a different parse: the next word must close the phrase
    assert_clean("They backed a government conservative MPs had opposed.", "grammar/adjective-after-noun")
    assert_flags("They backed a bill controversial with unions.", "grammar/adjective-after-noun", ["a bill controversial"])


def test_doubled_subject_needs_matching_pronouns() -> None:
    assert_flags("“Us, we want a vote,” the union said.", "grammar/doubled-subject", ["Us, we"])
    assert_clean("“Me, they never asked,” she said.", "grammar/doubled-subject")
    assert_clean("I too, he said, was surprised.", "grammar/doubled-subject")


def test_party_plural_suggestion_and_look_alikes() -> None:
    (f,) = findings("The CAQ says it is ready. After the vote, the CAQ want a new deal.", "grammar/party-as-plural")
    assert f.suggestions == ("the CAQ wants",)
    (g,) = findings("The PQ have said no.", "grammar/party-as-plural", style="cp")
    assert g.suggestions == ("The PQ has",)
    assert_clean("The Liberals want a new deal. The PQ wants one too.", "grammar/party-as-plural")
    assert_clean("Members of the PQ want a new leader.", "grammar/party-as-plural")


def test_party_without_article_look_alikes() -> None:
    assert_flags("That is bad news for NDP, which lost two seats.", "grammar/party-without-article", ["for NDP"])
    for text in ("She ran for NDP leader.", "He spoke for CAQ MNAs.", "A vote for NDP-backed bills.",
                 "Support for PQ’s plan grew.", "It was a win for NDP Leader Jagmeet Singh."):
        assert_clean(text, "grammar/party-without-article")


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = checker("grammar")
    for bad in ("a government " * 5000 + "progressive", "I too, " * 5000 + "I", "the PQ " * 5000 + "believe",
                "for " * 10000 + "PQ", "during " * 10000 + "of", "each" + " " * 100000 + "the",
                ("," + "\u2003" * 1000 + "each ") * 100 + "the", "has " * 20000 + "decide", "to\n" * 30000 + "went"):
        # hang guard only; speed is measured by benchmarks/speed.py's fuzz ("grammar")
        assert_spans_sound(returns(chk.check, bad), bad)


def test_impossible_pairs_searched_by_the_words_present_find_what_the_whole_pattern_finds() -> None:
    # The rule searches each paragraph with only the alternatives whose words it holds: on
    # random word salad of the pattern's own words (any case, odd case-folding characters
    # included) the matches must be those of the whole pattern.
    import random

    from mtqa.document import Document
    from mtqa.rules.grammar.rules import _IMPOSSIBLE, _IMPOSSIBLE_PARTS, _impossible_in
    from mtqa.text.tokens import lower_words

    vocab = sorted({w for _s, groups in _IMPOSSIBLE_PARTS for g in groups for w in g}) + [
        "shouldn't", "mustn’t", "course", "which", "A-list", "to-do", "ſuch", "\u212aeep", "İts", "word", ",", "."]
    rng = random.Random(14)
    found = 0
    for _ in range(1500):
        words = [rng.choice(vocab) for _ in range(rng.randint(2, 12))]
        words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.15 else w for w in words]
        text = " ".join(words)
        par = Document(text).paragraphs[0]
        whole = [m.span() for m in _IMPOSSIBLE.finditer(par.text)]
        pattern = _impossible_in(par.text, lower_words(par))
        part = [] if pattern is None else [m.span() for m in pattern.finditer(par.text)]
        assert part == whole, text
        found += bool(whole)
    assert found > 50  # the salad does hold impossible pairs (114 with this seed)


def _adjective_order_texts() -> list[str]:
    """Paragraphs of determiners (and look-alikes), whitespace of every kind, nouns ("law" ones
    too), the adjectives and parties (cut, glued, in any case, overlapping: federal/federalist),
    before the words and marks the pattern wants after them."""
    import random

    from mtqa.rules.grammar import rules as grammar

    nouns = grammar._NOUNS.split("|")
    adjectives = grammar._ADJECTIVES.split("|")
    rng = random.Random(14)
    texts = []
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 5)):
            parts += [rng.choice(["the", "The", "THE", "a", "an", "its", "their", "her", "this", "bathe", "3the", "-the",
                                  "made the", "called the", "ſthe", "", "the law"]),
                      rng.choice([" ", "  ", "\u00a0", "\n", "\u2003", "\x1c", ""]),
                      rng.choice([*nouns, "officials", "law bill", "law  bill", "partys", "Government", "PARTY", "ſtrategy"]),
                      rng.choice([" ", "  ", "\u00a0", "\n", "\u2003", ""]),
                      rng.choice([*adjectives, "federalist", "FEDERAL", "Federally", "CAQ", "PQ", "NDPs", "caq",
                                  "péquiste", "PÉQUISTE", "ſocialist", "Kanadian"]),
                      rng.choice([" said", ".", " and", ",", " to", "’s", "-", ")", "  who", " the", "s", ""]),
                      rng.choice([" ", "", ", "])]
        texts.append("".join(parts))
    return texts


def test_adjective_order_tried_before_its_adjectives_finds_what_the_pattern_finds() -> None:
    # the rule tries its pattern only at the runs of letters before the noun before an adjective
    # its trigger found; on look-alikes it must report the pattern's matches over the whole text,
    # with each scanning backend
    from mtqa.rules.grammar import rules as grammar
    from mtqa.text.tokens import lower_words
    from tests.rules.anchored_support import assert_finds_what_the_pattern_finds

    matched = assert_finds_what_the_pattern_finds(
        "grammar/adjective-after-noun", _adjective_order_texts(),
        lambda par: (lower_words(par).isdisjoint(grammar._ADJ_ORDER_TRIGGERS)
                     and not any(p in par.text for p in grammar._ADJ_ORDER_PARTIES)),
        grammar._ADJ_ORDER,
        lambda m, text: not grammar._COMPLEMENT_BEFORE.search(text, max(0, m.start() - 16), m.start()))
    assert matched > 40


def test_the_walk_back_holds_every_character_the_pattern_reads_as_space_or_letter() -> None:
    # `anchored.words_before` walks back over `str.isspace` and `str.isalpha` runs: every
    # character `\s` matches must be one, and every one a case-insensitive ASCII letter matches
    # must be a letter (and beyond ASCII, one `FOLDS_TO_ASCII` sends to the whole pattern)
    import regex

    from mtqa.text.fold import FOLDS_TO_ASCII

    space, ascii_letter = regex.compile(r"\s"), regex.compile(r"[a-z]", regex.IGNORECASE)
    for code in range(0x30000):
        c = chr(code)
        if space.match(c):
            assert c.isspace(), hex(code)
        if ascii_letter.match(c) and not c.isascii():
            assert c.isalpha() and c in FOLDS_TO_ASCII, hex(code)


def _doubled_subject_texts() -> list[str]:
    """Paragraphs of pronouns (and look-alikes: "hers", "Theme", "US"), commas, whitespace of
    every kind and "too"/"also" (glued, in any case), after sentence ends and quotation marks."""
    import random

    rng = random.Random(15)
    texts = []
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 5)):
            parts += [rng.choice(["", ". ", "! ", "“", "“ ", "\"", "« ", "… ", "x", "-", "\n"]),
                      rng.choice(["I", "i", "We", "we", "He", "she", "THEY", "Me", "Him", "Her", "Us", "Them", "US", "hers",
                                  "Theme", "Mes", "It", "ıt", "I3"]),
                      rng.choice(["", ","]),
                      rng.choice([" ", "  ", "\u00a0", "\n", "\u2003", ""]),
                      rng.choice(["too", "also", "Too", "ALSO", "tooth", "also3", ""]),
                      rng.choice([",", "", ", "]),
                      rng.choice([" ", "  ", "\u2003", ""]),
                      rng.choice(["I", "we", "he", "she", "they", "They", "it", "I’", "I'm", "Iz", "3"]),
                      rng.choice([" said", ".", " think", "’s", "-", ""]),
                      rng.choice([" ", "", ", "])]
        texts.append("".join(parts))
    return texts


def test_doubled_subject_tried_at_its_triggers_finds_what_the_pattern_finds() -> None:
    # the rule tries its pattern only at a capitalised object pronoun and at the run of letters
    # before "too"/"also"; on look-alikes it must find the pattern's matches over the whole text
    # (the rule's pronoun checks applied alike), with each scanning backend
    from mtqa.rules.grammar import rules as grammar
    from mtqa.text.tokens import lower_words
    from tests.rules.anchored_support import assert_finds_what_the_pattern_finds

    def kept(m, text) -> bool:
        if m.group("a"):
            return m.group("a").lower() == m.group("b").lower()
        return (m.group("c").lower(), m.group("d").lower()) in grammar._PAIRS

    matched = assert_finds_what_the_pattern_finds(
        "grammar/doubled-subject", _doubled_subject_texts(),
        lambda par: (lower_words(par).isdisjoint(grammar._ALSO)
                     and not any(p in par.text for p in grammar._OBJECT_PRONOUNS)),
        grammar._DOUBLED_SUBJECT, kept)
    assert matched > 20

def test_the_anchored_searches_fall_back_exactly_where_a_letter_folds_to_ascii() -> None:
    # `triggers_see_every_letter` is `FOLDS_TO_ASCII.isdisjoint(text)` by substring searches
    import random

    from mtqa.rules.grammar.anchored import triggers_see_every_letter
    from mtqa.text.fold import FOLDS_TO_ASCII

    rng = random.Random(20)
    alphabet = ["a", "s", "K", " ", "é", "’", "\u212a", "\u017f", "\u0130", "\u0131", "北", "\U0001f600"]
    texts = ["", "ſ", "plain ASCII", *("".join(rng.choices(alphabet, k=rng.randint(1, 12))) for _ in range(3000))]
    assert {triggers_see_every_letter(t) for t in texts} == {True, False}
    for text in texts:
        assert triggers_see_every_letter(text) == FOLDS_TO_ASCII.isdisjoint(text), text


def _impossible_pair_texts() -> list[str]:
    """Word salad of the impossible pairs' own words (any case, cut and glued: "bathe", "other",
    "3the", "-its", "ſuch", "\u212aeep"), joined by whitespace of every kind, commas and marks:
    "a the" (no trigger word) beside trigger words elsewhere, "each the" after a comma."""
    import random

    from mtqa.rules.grammar.rules import _IMPOSSIBLE_PARTS

    vocab = sorted({w for _s, groups in _IMPOSSIBLE_PARTS for g in groups for w in g}) + [
        "shouldn't", "mustn’t", "course", "which", "A-list", "bathe", "other", "3the", "-its", "x_a", "ſuch",
        "\u212aeep", "ıts", "word"]
    keys = "a an the its their each every whose to went has decide should as than such because during of earlier and".split()
    rng = random.Random(16)
    texts = []
    for _ in range(800):
        parts = []
        for _ in range(rng.randint(2, 14)):
            word = rng.choice(vocab if rng.random() < 0.4 else keys)
            word = word.upper() if rng.random() < 0.08 else word.capitalize() if rng.random() < 0.12 else word
            parts += [word, rng.choice([" ", " ", " ", "  ", "\u00a0", "\n", "\u2003", " \t", "\x1c", ", ", ",", "-", "",
                                        ". "])]
        texts.append("".join(parts))
    return texts


def test_impossible_pair_triggers_never_hide_a_match() -> None:
    # the rule is called only where one of its pairs stands (a phrase with one space, the pattern
    # across any other whitespace, or a letter folding to ASCII); on look-alikes it must report
    # every match of the whole pattern in a paragraph holding one of its trigger words, with each
    # scanning backend
    from mtqa.rules.grammar import rules as grammar
    from mtqa.text.tokens import lower_words
    from tests.rules.anchored_support import assert_finds_what_the_pattern_finds

    matched = assert_finds_what_the_pattern_finds(
        "grammar/impossible-pair", _impossible_pair_texts(),
        lambda par: lower_words(par).isdisjoint(grammar._IMPOSSIBLE_TRIGGERS),
        grammar._IMPOSSIBLE, lambda m, text: True)
    assert matched > 100


def test_impossible_pair_odd_space_trigger_matches_as_with_case_ignored() -> None:
    # the trigger spells each word in either case instead of ignoring case (far cheaper for
    # Rust's regex to build); on ASCII text, in any mix of cases, it matches where the same
    # alternatives with case ignored match (beyond ASCII, the letters folding to ASCII have a
    # trigger of their own)
    import random

    import regex

    from mtqa.rules.grammar import rules as grammar

    ignoring = regex.compile("|".join(
        "(?:" + "|".join(firsts) + r")(?:\s{2,}|[^\S ])(?:" + "|".join(seconds) + ")"
        for firsts, seconds in grammar._IMPOSSIBLE_PAIRS), regex.IGNORECASE)
    spelled = regex.compile(grammar._IMPOSSIBLE_ODD_SPACE)
    words = sorted({w for pair in grammar._IMPOSSIBLE_PAIRS for group in pair for w in group}) + ["bathe", "x"]
    rng = random.Random(5)
    matched = 0
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(2, 8)):
            word = "".join(c.upper() if rng.random() < 0.4 else c for c in rng.choice(words))
            parts += [word, rng.choice([" ", "  ", "\u00a0", "\n", "\t", " \u2003", ","])]
        text = "".join(parts)
        expected = [m.span() for m in ignoring.finditer(text)]
        assert [m.span() for m in spelled.finditer(text)] == expected, text
        matched += bool(expected)
    assert matched > 100
