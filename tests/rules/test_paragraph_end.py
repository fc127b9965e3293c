"""typography/paragraph-without-stop: prose whose last sentence lost its full stop."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings

RULE = "typography/paragraph-without-stop"


def test_a_second_sentence_without_its_stop_is_flagged() -> None:
    got = assert_flags("The ferry left at noon. About forty cars were on board, the harbour master said\n\n"
                       "Talks resumed on Monday. The next round is set for March 14", RULE, ["said", "14"])
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "said."


def test_one_long_sentence_without_its_stop_is_prose() -> None:
    text = ("The two ministers met in the capital on Tuesday to discuss trade, fishing quotas, the new ferry "
            "link and the shared costs of a bridge that neither province has yet agreed to fund, an aide said")
    assert_flags(text, RULE, ["said"])


def test_display_lines_end_without_a_stop_by_design() -> None:
    text = ("Ministers meet in the capital to discuss trade and fishing quotas\n\n"
            "Mayor says the \"harbour plan\" will go ahead despite the storm\n\n"
            "Crews clear the pier after the storm. Photo by Jane Roe\n\n"
            "Crews clear the pier after the storm. (Jane Roe/Island Weekly)\n\n"
            "The ferry left at noon.")
    assert_clean(text, RULE)


def test_lead_ins_links_signatures_and_quotes_are_left_alone() -> None:
    text = ("The ferry left at noon. Passengers were told to bring:\n\n"
            "The ferry left at noon. Details are posted at www.example.org/ferry\n\n"
            "The ferry left at noon. — With files from The Canadian Press\n\n"
            "The ferry left at noon. Read more about the island route")
    assert_clean(text, RULE)


def test_a_pasted_run_of_letters_is_read_once_for_an_earlier_sentence_end() -> None:
    """Stop 46 (rule_growth.py --rule typography): the earlier-end pattern was tried from each
    letter of a lowercase run and read the run to its end again each time, so a pasted run of
    letters with no space was quadratic (16k letters: 2 s; 200k, minutes). It is tried from a
    run's start only, which finds an end exactly when the old one did (random strings below).
    The guard is a hang guard (60 s), far above the linear run (~0.03 s)."""
    import random

    import regex

    from hang_guard import returns
    from mtqa.rules.typography import paragraph_end

    returns(findings, "The board met. " + "firm" * 50_000, RULE)
    old = regex.compile(r"\p{Ll}{2,}[.!?][\"'”’)]?\s+[\"“‘]?\p{Lu}")
    rng = random.Random(46)
    for _ in range(20_000):
        t = "".join(rng.choice(["a", "b", "A", ".", "!", "?", " ", "”", "“", "é", "1"]) for _ in range(rng.randint(0, 14)))
        assert (old.search(t) is None) == (paragraph_end._EARLIER_END.search(t) is None), t


def test_a_stop_before_a_long_run_of_spaces_is_read_once() -> None:
    """Stop 47's fuzz: the line's last sentence was looked for with the spaces after a stop given
    back one at a time, each shorter try reading the rest of the run again (a Markdown excerpt with
    no-break spaces pasted thousands of times took seconds; 250,000 take the old pattern minutes).
    The spaces are now taken whole; the same matches as before on random lines."""
    import random

    import regex
    from hang_guard import returns

    from mtqa.rules.typography.paragraph_end import _LAST_SENTENCE

    text = "The board met on Tuesday. It ended. " + "\u00a0" * 250_000 + "and. the rest of it"
    returns(_LAST_SENTENCE.search, text)
    old = regex.compile(r"(?:^|[.!?][\"'”’)]?\s+)([^.!?\n]*)$")
    rng = random.Random(47)
    pieces = [" ", "  ", "\u00a0", "\n", "\t", ".", "!", "?", "”", "'", ")", "x", "Word", "\u2003"]
    for _ in range(5_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        a, b = old.search(line), _LAST_SENTENCE.search(line)
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), repr(line)
