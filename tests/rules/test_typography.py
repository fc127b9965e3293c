"""Typography beyond the one-line examples: paragraphs, abbreviations, French spacing, brackets, fixes."""

from __future__ import annotations


from mtqa.testing import assert_clean, assert_flags, checker, findings
from mtqa import Checker

from hang_guard import assert_spans_sound, returns

CLEAN_COPY = """OTTAWA — Defence Minister Anita Anand said Tuesday that Canada will extend its mission in Latvia until 2029, after meeting NATO counterparts in Brussels.

"We are not going anywhere," Anand told reporters at 9:30 a.m. She said the U.S. and the U.K. had been briefed, e.g. on the new brigade's equipment, and that talks with Latvia (and its neighbours) went well.

Conservative MP James Bezan (Selkirk–Interlake–Eastman, Man.) said the government should have acted sooner. The cost, roughly $2.6 billion, was not in last spring's budget [sic], he said.

The first troops arrive on Jan. 7 at Camp Ādaži. Options under study include: a) more tanks, b) air defence, or c) both. The list is not final ... officials said.
"""


def test_clean_news_copy_is_quiet() -> None:
    assert_clean(CLEAN_COPY, "typography")


def test_clean_references_are_quiet(clean_references) -> None:
    hits = [f for text in clean_references for f in findings(text, "typography")]
    assert len(hits) <= 1, [(f.rule_id, f.text) for f in hits]


def test_seed_stray_periods_found(seed_text) -> None:
    got = findings(seed_text, "typography/stray-period")
    contexts = [seed_text[f.span.start - 10 : f.span.end + 10] for f in got]
    assert len(got) == 2, contexts
    assert all(seed_text[f.span.end + 1].islower() for f in got)


def test_stray_period_skips_abbreviations_and_initials() -> None:
    assert_clean("Gen. Wayne Eyre met Lt.-Gen. Frances Allen and Maj.-Gen. Dany Fortin.", "typography/stray-period")
    assert_clean("The cheque, approx. two weeks late, came from J. R. Smith Inc. after all.", "typography/stray-period")
    assert_clean("Write to press@example.ca or visit example.com for details.", "typography/stray-period")


def test_stray_period_fix_is_unsafe_and_removes_only_the_period() -> None:
    (f,) = findings("It was the end of the mission. to train the army.", "typography/stray-period")
    assert not f.fix_safe
    assert f.text == "." and f.suggestions == ("",)


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


def test_doubled_space_fix_collapses_and_is_idempotent() -> None:
    chk = checker("typography")
    report = chk.check("The vote  was close .  The bill passed..")
    fixed = report.fixed_text()
    assert fixed == "The vote was close. The bill passed."
    assert chk.check(fixed).findings == []


def test_four_periods_and_spaced_ellipsis_are_not_doubled() -> None:
    assert_clean("He trailed off.... Then he spoke. She said . . . nothing.", "typography/doubled-period")


def test_unmatched_brackets_per_paragraph() -> None:
    text = "MP Jane Doe (Ottawa Centre, Ont.\n\nsaid the bill) would pass."
    got = findings(text, "typography/unmatched-bracket")
    assert [f.text for f in got] == ["(", ")"]
    assert got[0].span.line == 1 and got[1].span.line == 3


def test_nested_and_crossed_brackets() -> None:
    assert_clean("The plan (a draft [since revised] by cabinet) passed.", "typography/unmatched-bracket")
    assert_flags("The plan (a draft [since revised) passed.", "typography/unmatched-bracket", ["["])


def test_list_marker_closer_inside_parenthesis_counts() -> None:
    assert_clean("On Friday (February 10) the vote was held; options were 1) wait or 2) act.",
                 "typography/unmatched-bracket")


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = checker("typography")
    for bad in ("." * 20000, "(" * 20000, ". " * 10000, "a  " * 10000, "x. y" * 5000, ")" * 20000):
        # hang guard only; linearity is measured by benchmarks/speed.py's fuzz ("periods", "parentheses")
        assert_spans_sound(returns(chk.check, bad), bad)


from hypothesis import given, settings, strategies as st  # noqa: E402

_ALPHABET = st.sampled_from(list("ab .,;:?!()[]\n") + ["  ", "..", " .", "The ", "e.g. ", "\u00a0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_safe_fixes_are_idempotent_and_stay_in_their_spans(text: str) -> None:
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    report = chk.check(text)
    for f in report.findings:
        if f.fix_safe:
            assert all(f.span.start <= e.start <= e.end <= f.span.end for e in f.fix.edits), f
    fixed = report.fixed_text()
    assert chk.check(fixed).fixed_text() == fixed


def test_fixing_a_capital_after_a_semicolon_makes_no_new_finding() -> None:
    # Found by Hypothesis: lowercasing "The" after the semicolon gave the story a lowercase
    # "the", which capitalised-common-word then took as evidence against the second "The".
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    fixed = chk.check(";The a\xa0The ").fixed_text()
    assert chk.check(fixed).fixed_text() == fixed


def test_quiet_on_a_clean_canadian_story() -> None:
    """A clean CP-style story full of look-alikes (publications, false friends, brackets, furniture words)."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8")
    assert_clean(text, "typography")


# ---- new forms seen in real machine translation ------------------------------------------


def test_lowercase_start_only_for_sentences_and_after_tags() -> None:
    rule = "typography/lowercase-sentence-start"
    assert_flags("the vote was held on Monday in Quebec City.", rule, ["the"])
    # a no-break space after the word is a space too (else fixing "a\xa0 a" to "a a" makes a new finding)
    assert_flags("the\u00a0vote was held on Monday in Quebec City.", rule, ["the"])
    assert_clean("tensions", rule)  # a one-word heading: not judged
    assert_clean("date 2021-01-05 menu", rule)
    got = assert_flags("It ended. < / p > < p > we also urge calm. < p > the end came.", rule, ["we", "the"])
    assert got[0].fix.edits[0].replacement == "We"


def test_capital_after_semicolon_spares_names_and_i() -> None:
    rule = "typography/capital-after-semicolon"
    assert_flags("It was late; However, the vote went ahead; It passed.", rule, ["However", "It"])
    assert_clean("It was late; The Hill Times said so; Ottawa agreed; I left.", rule)


def test_bill_numbers() -> None:
    rule = "typography/lowercase-bill-number"
    assert_flags("Under bill C-11 and law 25, and bill 96.", rule, ["bill", "law", "bill"])
    assert_clean("He paid a bill 10 days late; the law 2.5 times stricter; a $5 bill 2 days old.", rule)


def test_indigenous_is_en_ca_only() -> None:
    rule = "typography/lowercase-indigenous"
    assert_flags("It consulted indigenous leaders.", rule, ["indigenous"])
    assert_clean("It consulted indigenous leaders.", rule, locale="en-US")


def test_missing_space_after_marks_and_quotes() -> None:
    rule = "typography/missing-space"
    assert_flags('The law passed.Nova Scotia followed. "It is over," he added."And now?"', rule, [".", '."'])
    assert_clean('Visit example.Com or cbc.ca; "Yes," she said; the U.S.Army band played.', rule)


def test_debris_and_bracketed_ellipsis() -> None:
    assert_flags("Photo © -/ / Agency; topics_Meng", "typography/debris", ["-/ /", "_"])
    assert_clean("Photo: Jane Roe / Agency; file_name; 3 - 2", "typography/debris")
    assert_flags("“We will (…) act,” she said (...) again.", "typography/bracketed-ellipsis", ["(…)", "(...)"])


def test_period_inside_a_name_needs_the_whole_name_elsewhere() -> None:
    rule = "typography/period-inside-name"
    text = "Critics included Luc Fortin, the former minister. Later, Luc. Fortin spoke again."
    got = assert_flags(text, rule, ["."])
    assert got[0].span.start == text.index("Luc. ") + 3
    assert_clean("Critics included Luc. Fortin spoke again.", rule)


def test_hyphen_as_dash_and_open_compound() -> None:
    assert_flags("It hired teachers-which helped, and cut contracts-likely more.", "typography/hyphen-as-dash",
                 ["-", "-"])
    assert_clean("A so-called well-to-do area; the up-and-comers; a pick-and-which-way game.",
                 "typography/hyphen-as-dash")
    assert_flags("Full time jobs and part time staff; she works full time now.",
                 "typography/open-compound-modifier", ["Full time", "part time"])


def test_hyphen_as_dash_knows_the_clause_words_not_a_list_of_cases() -> None:
    rule = "typography/hyphen-as-dash"
    text = ("Ottawa signed the accord-though Quebec did not. Costs rose-particularly in the North. "
            "He asked for more-and she said no, then left-not happily.")
    assert_flags(text, rule, ["-", "-", "-", "-"])
    # Compounds whose second part is one of those words' look-alikes stay quiet.
    assert_clean("A members-only lounge, a break-even year, a what-if plan, a dam-like wall, a so-so start, "
                 "an either-or choice, a hit-and-run, rock-and-roll, a stock-still crowd.", rule)


def test_run_together_words_and_stacked_separators() -> None:
    assert_flags("Police found Carlos Aranda Burgoinwho was missing, and the councilwhich met.",
                 "typography/run-together-words", ["Burgoinwho", "councilwhich"])
    assert_clean("Somewhere the Whos met the WHO; email mayorwho@example.ca or follow #ottawawhich.",
                 "typography/run-together-words")
    assert_flags("They were working, – They informed us. It rose,, then fell; — and stopped.",
                 "typography/stacked-separators", [", –", ",,", "; —"])
    assert_clean("The vote — 51 to 49 — was final, officials said; scores were 3–1, 2–2.",
                 "typography/stacked-separators")


def test_needless_capital_is_en_ca_and_spares_names() -> None:
    rule = "typography/needless-capital"
    assert_flags("Support among Anglophones fell, and allophones stayed.", rule, ["Anglophones"])
    assert_clean("Support among Anglophones fell, and allophones stayed.", rule, locale="en-US")
    assert_clean("Francophones voted. The Separatist Party of Nowhere met.", rule)


def test_needless_capital_is_a_house_choice_unless_the_story_mixes_or_the_style_is_cp() -> None:
    rule = "typography/needless-capital"
    consistent = "Support among Francophone voters fell.\n\nThe Francophone community met in Sudbury."
    assert_clean(consistent, rule)
    strict = [f.text for f in Checker(style="cp").check(consistent).findings if f.rule_id == rule]
    assert strict == ["Francophone", "Francophone"]
    mixed = "Support among Francophone voters fell.\n\nThe francophone community met in Sudbury."
    assert_flags(mixed, rule, ["Francophone"])


def test_stray_capitals_spare_headings_names_and_acronyms() -> None:
    rule = "typography/stray-capitals"
    assert_flags("“TO Kyiv we went,” she said, and in addition It was late.", rule, ["TO", "It"])
    assert_clean("NEWS FROM THE HILL\n\nThe head of IT saw the AND gate; U.S. AND Canada met; the film It Follows.", rule)


def test_lowercase_western_only_in_the_political_sense() -> None:
    rule = "typography/lowercase-western"
    assert_flags("Most western countries and western allies agreed.", rule, ["western", "western"])
    assert_clean("Rain fell on western Canada, the western provinces and the western front; a Western tour.", rule)


def test_missing_space_between_lower_case_words_and_after_pm() -> None:
    rule = "typography/missing-space"
    assert_flags("The minister met the mayor,who agreed.", rule, [","])
    assert_flags("The meeting ended at 2 p.m.The vote follows.", rule, ["."])
    assert_clean("Write to info@example.ca,or call; the 1,000 residents met at 2 p.m. The vote followed.", rule)


def test_a_single_mark_alone_between_spaces() -> None:
    rule = "typography/spaced-single-mark"
    assert_flags("Merkel answered the members ‘ questions, calling it a ‘ scandal ’ at last.", rule, ["‘", "‘", "’"])
    assert_clean("Merkel answered the members’ questions; “he called it a ‘scandal,’ ” she said of the ’90s.", rule)


def test_split_word_joins_the_whole_word() -> None:
    rule = "typography/split-word"
    text = "Canada 's plan, the well -known mayor, they don’ t agree."
    got = assert_flags(text, rule, ["Canada 's", "well -known", "don’ t"])
    assert [f.fix.edits[0].replacement for f in got] == ["Canada's", "well-known", "don’t"]
    assert_clean("The pre- and post-war plans, 10- to 12-year terms, rock 'n' roll, the ’90s, a 3 - 1 win.", rule)


def test_missing_space_after_a_colon_before_a_quotation() -> None:
    assert_flags('He said:"We stay." She said,“No.”', "typography/missing-space", [':', ','])
    assert_clean("He said: “We stay.” It was 10:30.", "typography/missing-space")


def test_lowercase_party_only_in_a_story_about_canadian_parties() -> None:
    rule = "typography/lowercase-party"
    text = "QUEBEC – The liberals of Philippe Couillard attacked the CAQ.\n\nTwo liberal MNAs and the tories left."
    assert_flags(text, rule, ["liberals", "liberal", "tories"])
    assert_clean(text, rule, locale="en-US")
    assert_clean("The liberals on the Supreme Court dissented, and a conservative government in Texas agreed.", rule)
    assert_clean("The Liberals won; social conservatives and small-l liberals backed the Liberal government.", rule)


def test_capital_after_semicolon_on_a_word_the_story_writes_in_lowercase() -> None:
    rule = "typography/capital-after-semicolon"
    assert_flags("Crews cleared the roads; Residents returned.\n\nMore residents followed.", rule, ["Residents"])
    # Written lowercase elsewhere but also capitalised mid-sentence: a name that is also a word.
    assert_clean("The fund paid a grant; Grant said so.\n\nReporters asked Grant again.", rule)
    assert_clean("Crews cleared the roads; Residents returned.", rule)  # no lowercase evidence


def test_capitalised_common_word_needs_the_story_s_own_lowercase_use() -> None:
    rule = "typography/capitalised-common-word"
    story = ("For the second Time, the chancellor took questions. The new Format was agreed.\n\n"
             "This time, she spoke for an hour.")
    assert_flags(story, rule, ["Time"])  # "format" is nowhere in lowercase: no evidence, not judged
    assert_clean("Jane Grant applied for a grant, and reporters asked Grant about it.", rule)
    assert_clean("The House sat late; house prices rose. The town lies west of Hope; hope remains. "
                 "Crews closed Highway 1; the highway reopened.", rule)
    assert_clean("Officials said Plan B was ready; the plan and a second Plan were both late.", rule)


def test_missing_space_after_a_colon_a_bracket_or_before_an_opening_quote() -> None:
    rule = "typography/missing-space"
    assert_flags("He spoke on Monday:the vote followed.", rule, [":"])
    assert_flags("He spoke (in French).The vote followed.", rule, ["."])
    assert_flags("He spoke.“We will act,” he said.", rule, ["."])
    assert_clean("Write to mailto:jane or see http://example.ca; the score was 10:30.", rule)


def test_space_before_a_mark_glued_to_the_next_word_is_moved_after_it() -> None:
    # Found by Hypothesis: "The ;aa" was fixed to "The;aa", which missing-space then fixed to
    # "The; aa" on a second pass; one pass must reach the fixed point.
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    fixed = chk.check("The ;aa").fixed_text()
    assert fixed == "The; aa"
    assert chk.check(fixed).fixed_text() == fixed
    got = assert_flags("Ottawa waited ;officials said nothing.", "typography/space-before-punctuation", [" ;"])
    assert got[0].fix.edits[0].replacement == "; "
    # a space before a mark with a space after it is still just removed
    got = assert_flags("Ottawa waited ; officials said nothing.", "typography/space-before-punctuation", [" "])
    assert got[0].fix.edits[0].replacement == ""


def test_a_space_before_a_semicolon_glued_to_a_capital_is_one_finding() -> None:
    # Found by Hypothesis: "The ;The " had space-before-punctuation move the space and
    # missing-space add another, giving "The;  The " and a doubled space on the next pass.
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    report = chk.check("The ;The ")
    assert [f.rule_id for f in report.findings] == ["typography/space-before-punctuation"]
    fixed = report.fixed_text()
    assert chk.check(fixed).fixed_text() == fixed
    # with no space before it, the glued mark is still missing-space's
    assert_flags("The minister left;The talks ended.", "typography/missing-space", [";"])
