"""institutions/near_forms: a literal form reordered or one word off, and the names that are not."""

from mtqa.rules.institutions import near_forms

FORMS = [("Director of Criminal and Penal Lawsuits", ("Director of Criminal and Penal Prosecutions",)),
         ("Ministry of Finances", ("Ministry of Finance", "Finance Department")),
         ("Police Service of Toronto", ("Toronto Police Service",))]
HEADS = near_forms.index(FORMS)


def near(name):
    got = near_forms.near(name, HEADS, lambda english: english)
    return None if got is None else " ".join(got[0])


def test_a_reorder_and_a_misspelt_word_are_the_literal_form():
    assert near("Director of Penal and Criminal Lawsuits") == "Director Criminal Penal Lawsuits"
    assert near("The Director of Criminal and Penal Lawsuit") == "Director Criminal Penal Lawsuits"


def test_the_literal_form_itself_and_two_words_off_are_not():
    assert near("Director of Criminal and Penal Lawsuits") is None  # the exact match's
    assert near("Director of Civil and Penal Lawsuit") is None


def test_a_word_that_is_another_word_is_not_a_slip():
    assert near("Director of Criminal and Penal Investigations") is None


def test_another_head_and_a_short_name_are_not():
    assert near("Toronto Police Service") is None  # a place before its body: English
    assert HEADS.get("Ministry") is None  # two capitalised words: too little to compare


def test_spans_open_on_a_listed_head_as_long_as_its_forms():
    """A run holds more than the name; a stretch is given for each length of the head's forms
    (near compares a stretch with the forms of its length alone), longest first."""
    text = "The case went to the Director of Penal and Criminal Lawsuits in Quebec on Monday."
    assert [text[s:e] for s, e in near_forms.spans(text, HEADS)] == ["Director of Penal and Criminal Lawsuits"]
    heads = near_forms.index(FORMS + [("Director of Criminal Lawsuits", ("x",))])
    assert [text[s:e] for s, e in near_forms.spans(text, heads)] == ["Director of Penal and Criminal Lawsuits",
                                                                      "Director of Penal and Criminal"]


def test_a_long_title_case_run_gives_a_few_stretches_per_head_not_one_per_word():
    """Fuzz seed 4801: a run of thousands of title-case words gave, for each listed head in it,
    a stretch ending on each word after it, each read whole by `near` (231 s for 57k characters)."""
    text = " ".join(["Director", "of"] + ["Word"] * 5000) + ". " + " ".join(["Police"] + ["Service"] * 5000)
    assert len(list(near_forms.spans(text, HEADS))) == 2


def test_a_name_run_is_tried_from_a_word_start_only():
    """Fuzz seed 4801: a pasted word of capitals with no name after it was read to its end from
    each of its capitals (quadratic: 34 s for a 13k excerpt's `--fix` loop). A run now starts at
    its word's first capital, as the first match always did, and never inside the word."""
    assert near_forms.NAME_RUN.match("AAAA Ministry of Justice", 1) is None
    assert near_forms.NAME_RUN.search("xAB Ministry of Justice").start("run") == 1  # first capital, as before
    glued = "theDirector of Penal and Criminal Lawsuits said so."
    assert [glued[s:e] for s, e in near_forms.spans(glued, HEADS)][-1] == "Director of Penal and Criminal Lawsuits"
    from hang_guard import returns

    text = "The " + "A" * 100_000 + " said so. The Director of Penal and Criminal Lawsuits agreed."
    assert returns(lambda: [text[s:e] for s, e in near_forms.spans(text, HEADS)])[-1] == "Director of Penal and Criminal Lawsuits"


def test_spans_open_on_a_listed_head_longest_first():
    """Of the stretches that open on a listed head, those of as many capitalised words as one of
    the head's listed forms (the only ones `near` compares), the longest first."""
    heads = near_forms.index([*FORMS, ("Director of Public Prosecutions Service of Canada", ("Crown",))])
    text = "The case went to the Director of Penal and Criminal Lawsuits in Quebec on Monday."
    spans = [text[s:e] for s, e in near_forms.spans(text, heads)]
    assert spans == ["Director of Penal and Criminal Lawsuits in Quebec", "Director of Penal and Criminal Lawsuits"]


def test_a_pasted_run_of_capitalised_words_is_read_in_steps_that_grow_as_it_does():
    """A listed head pasted n times ("Director of Director of …") gave n² stretches, each split
    again by `near`: the suite's 2,000 pasted copies of "in Canada" took minutes. Counted in lines
    of near_forms run (no clock): ten times the copies, about ten times the lines."""
    from step_count import lines_run

    def lines(copies: int) -> int:
        text = "It said " + "Director of " * copies + "Lawsuits."
        return lines_run(("mtqa/rules/institutions/near_forms.py",),
                         lambda: [near(text[s:e]) for s, e in near_forms.spans(text, HEADS)])[1]

    assert lines(300) <= 12 * lines(30)


def test_a_name_run_opens_where_a_match_from_its_word_s_start_reached_its_first_capital():
    """`NAME_RUN` looks back from a capital for another capital of its word instead of matching
    from every word's start over its lower-case letters (a speed-up): the runs (group "run" and
    the match's end) are those of the former pattern, on random copy of capitals, letters of
    every other case (titlecase ǅ, modifier ʰ, other 中), apostrophes, hyphens, marks, digits,
    a name's small words and spaces."""
    import random

    import regex

    former = regex.compile(
        r"(?<![\p{L}'’-])[\p{Ll}\p{Lt}\p{Lm}\p{Lo}'’-]*+"
        r"(?P<run>\p{Lu}[\p{L}'’-]++(?:\s++(?:(?:of|and|for|the|on|in|de|du|des|la|le|to)\s++)*+\p{Lu}[\p{L}'’-]++)++)")
    pieces = ["Ministry", "Justice", "AB", "É", "x", "mc", "ǅ", "ʰ", "中", "'", "’", "-", "\u0301", "1", " ", " ",
              "\n", " of ", " the ", " de ", "of", ".", ",", "Q"]
    rng = random.Random(50)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        got = [(m.start("run"), m.end()) for m in near_forms.NAME_RUN.finditer(text)]
        assert got == [(m.start("run"), m.end()) for m in former.finditer(text)], text
