"""consistency/clock-style and consistency/percent-style (mtqa/rules/consistency/number_forms.py)."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_a_24_hour_time_beside_am_pm() -> None:
    got = assert_flags("It began at 2 p.m. and ended at 16:30 on Monday.", "consistency/clock-style", ["16:30"])
    assert [f.suggestions for f in got] == [("4:30 p.m.",)]
    assert_clean("It began at 14:00 and ended at 16:30 in Brussels.", "consistency/clock-style")


def test_percent_beside_per_cent() -> None:
    assert_flags("Prices rose 3 per cent, rents 2 per cent and wages 1 percent.", "consistency/percent-style",
                 ["percent"])
    assert_clean("Prices rose 3 per cent and rents 2 per cent.", "consistency/percent-style")


def test_the_clock_rule_sets_aside_only_what_its_patterns_would_not_match() -> None:
    # the rule skips the 12-hour pattern in paragraphs without a digit and the 24-hour one in
    # paragraphs without a colon: on look-alikes it must report what both patterns, run over
    # every paragraph, say
    import random
    from collections import Counter

    from mtqa.document import Document
    from mtqa.roles import LayoutRole, line_roles
    from mtqa.rules.consistency import number_forms
    from mtqa.testing import findings

    pieces = ["It began at 2 p.m.", "at 2PM", "at ٢ p.m.", "at 11 AM", "at 3am", "the team met", "I am here,",
              "at 16:00", "until 18:30.", "at 16∶00", "at 24:00", "since 00:15", "at 13:05:30", "at 14:3",
              "He said: no.", "Score 2:1 at the end.", "at 9:45 P.M.", "no time at all", "at 2 p.m"]
    rng = random.Random(7)
    for _ in range(150):
        pars = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 4))]
        text = "\n\n".join(pars)
        # 12-hour times in a style other than the story's usual one, read from every paragraph
        # but a line the layout reads as the page's time stamp (the rule leaves those out)
        doc = Document(text)
        layout = line_roles(doc)
        times = [m for par in doc.paragraphs for m in number_forms._CLOCK.finditer(par.text)
                 if layout.role(par, m.start()) is not LayoutRole.TIMESTAMP]
        styles = Counter(number_forms._clock_style(m) for m in times).most_common(2)
        odd = []
        if len(styles) == 2 and styles[0][1] >= 2 and styles[0][1] > styles[1][1]:
            odd = [m.group() for m in times if number_forms._clock_style(m) != styles[0][0]]
        expected = []
        if any(number_forms._TWELVE_HOUR.search(p) for p in pars):
            expected = [p[m.start(1):m.end(1)] for p in pars for m in number_forms._TWENTY_FOUR.finditer(p)]
        got = [f.text for f in findings(text, "consistency/clock-style")]
        assert sorted(got) == sorted(odd + expected), text
