"""Typography rules of `typography.spacing` beyond their one-line examples."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_french_spacing_message_names_it() -> None:
    got = assert_flags("Pourquoi attendre ? Parce que.", "typography/space-before-punctuation", [" "])
    assert "French" in got[0].message
    got = assert_flags("Il a dit : oui.", "typography/space-before-punctuation", [" "])
    assert "French" in got[0].message


def test_no_break_space_before_punctuation_is_caught() -> None:
    assert_flags("Quoi\u00a0? Rien.", "typography/space-before-punctuation", ["\u00a0"])


def test_space_before_opening_quote_or_bracket_is_fine() -> None:
    assert_clean("He said “no” and (again) [twice] ‘maybe’.", "typography/space-before-punctuation")


def test_doubled_space_not_across_line_break() -> None:
    assert_clean("The vote was close\n  and the bill passed.", "typography/doubled-space")
    assert_flags("The vote  was close.\n\nThe bill   passed.", "typography/doubled-space", ["  ", "   "])


def test_missing_space_after_marks_and_quotes() -> None:
    rule = "typography/missing-space"
    assert_flags('The law passed.Nova Scotia followed. "It is over," he added."And now?"', rule, [".", '."'])
    assert_clean('Visit example.Com or cbc.ca; "Yes," she said; the U.S.Army band played.', rule)


def test_missing_space_between_lower_case_words_and_after_pm() -> None:
    rule = "typography/missing-space"
    assert_flags("The minister met the mayor,who agreed.", rule, [","])
    assert_flags("The meeting ended at 2 p.m.The vote follows.", rule, ["."])
    assert_clean("Write to info@example.ca,or call; the 1,000 residents met at 2 p.m. The vote followed.", rule)


def test_a_single_mark_alone_between_spaces() -> None:
    rule = "typography/spaced-single-mark"
    assert_flags("Merkel answered the members ‘ questions, calling it a ‘ scandal ’ at last.", rule, ["‘", "‘", "’"])
    assert_clean("Merkel answered the members’ questions; “he called it a ‘scandal,’ ” she said of the ’90s.", rule)


def test_missing_space_after_a_colon_before_a_quotation() -> None:
    assert_flags('He said:"We stay." She said,“No.”', "typography/missing-space", [':', ','])
    assert_clean("He said: “We stay.” It was 10:30.", "typography/missing-space")


def test_missing_space_after_a_colon_a_bracket_or_before_an_opening_quote() -> None:
    rule = "typography/missing-space"
    assert_flags("He spoke on Monday:the vote followed.", rule, [":"])
    assert_flags("He spoke (in French).The vote followed.", rule, ["."])
    assert_flags("He spoke.“We will act,” he said.", rule, ["."])
    assert_clean("Write to mailto:jane or see http://example.ca; the score was 10:30.", rule)


def test_no_space_matches_tried_near_the_marks_are_finditers() -> None:
    # missing-space tries its pattern only just before each mark before a letter; on look-alikes
    # (runs of marks and spaces, quotes, brackets, a.m., letters beyond ASCII) the matches must
    # be the pattern's over the whole text, groups included
    import random

    from mtqa.rules.typography import spacing

    pieces = ["ab", "cd", "A", "Nova", "law", ".", ",", ";", ":", "!", "?", '"', "”", "“", "‘", "’", "'", " ", " ",
              "\u00a0", "(", ")", "a.m", "p.m.", "a.m.", "The", "x", "é", "É", "ŉ", "...", "e.g.", "U.S.", "2", "-", "\n", "©", "19", "Ann", "/"]
    rng = random.Random(5)
    matched = 0
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(6000)]
    texts += [".b:C", "ab.c:D", "x,\"A", ",“a:B", "a:b:C"]  # a colon's match just past a hit
    hits_of = _trigger_hits(texts)
    for text, hits in zip(texts, hits_of):
        expected = [(m.span(), m.groups()) for m in spacing._NO_SPACE.finditer(text)]
        assert [(m.span(), m.groups()) for m in spacing.no_space_matches(text)] == expected, text
        # and tried only where the rule's trigger fired (each backend)
        for backend, found in hits.items():
            assert [(m.span(), m.groups()) for m in spacing.no_space_matches(text, found)] == expected, (backend, text)
            marks_from = spacing._marks_from(text, found)
            for pos in range(len(text) + 1):
                searched, got = spacing._MARK_BEFORE_LETTER.search(text, pos), marks_from(pos)
                assert (got and got.span()) == (searched and searched.span()), (backend, text, pos)
        matched += bool(expected)
    assert matched > 100


def _trigger_hits(texts: list[str]) -> list[dict[str, list]]:
    """The hits of typography/missing-space's trigger in each text, by backend (each its own paragraph)."""
    from mtqa.registry import get
    from mtqa.scan import Scanner, available_backends
    from mtqa.segment import Paragraph

    rule = get("typography/missing-space")
    out: list[dict[str, list]] = [{} for _ in texts]
    for backend in available_backends():
        scanner = Scanner([(rule.meta.id, rule.meta.triggers)], {}, backend=backend)
        pars = [Paragraph(text, 0, index=i) for i, text in enumerate(texts)]
        result = scanner.scan(pars)
        for k, par in enumerate(pars):
            out[k][backend] = result.hits(par, rule.meta.id)
    return out


def test_missing_space_before_a_one_letter_opener() -> None:
    """A full stop run into "A" or "I" that opens the next sentence ("Scotia.A second ferry"): read
    as a missing space only after a word of three lower-case letters or more, before a lower-case word."""
    rule = "typography/missing-space"
    assert_flags("The ferry left for Nova Scotia.A second ferry was held. The chief said.I think not.", rule, [".", "."])
    assert_clean("The ferry left for Nova Scotia. A second ferry was held; see Vol.I, section 4.A, the U.S.A team "
                 "and Scotia.AI shares.", rule)


def test_missing_space_after_a_courtesy_title_or_an_initial() -> None:
    """A title or initial of one or two letters run into the name after it ("Mr.Darwin", "K.Tokayev"),
    not a stop inside an abbreviation or before a domain's last part."""
    rule = "typography/missing-space"
    got = assert_flags("At the reception, Mr.Dale Horvat met ambassador T.Yerlanov and Dr.Ines Roa.", rule,
                       [".", ".", "."])
    assert [f.suggestions for f in got] == [(". ",), (". ",), (". ",)]
    assert_clean("At the reception, Mr. Dale Horvat thanked the U.S.Army band, J.K.Oduya and J.K. Oduya; "
                 "see Go.Com or Mr.X for more.", rule)
