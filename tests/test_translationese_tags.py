"""mtqa.translationese's tag-pair rates (the thirteenth round's third part): what they count,
that they weigh nothing without tags, and that the rule reads the paragraph's own tagging."""

from __future__ import annotations

import pytest

from mtqa import tag_profile, translationese


def _line(text: str, tags: list[str] | None) -> translationese.ProseLine:
    line = translationese.ProseLine(text)
    line.tags = tags
    return line


def test_tag_pairs_are_counted_within_lines_over_all_pairs() -> None:
    # 5 pairs in the first line, 2 in the second; none across the lines (". IN" would be one)
    first = _line('He called it "trouble".', ["VBD", "PRP", '"', "NN", '"', "."])
    second = _line("In the end", ["IN", "DT", "NN"])
    r = translationese.tag_pair_rates([first, second])
    assert r["tags_quote_stop"] == pytest.approx(1 / 7)
    assert r["tags_noun_quote"] == pytest.approx(1 / 7)
    assert r["tags_preposition_determiner"] == pytest.approx(1 / 7)
    assert r["tags_comma_determiner"] == 0.0
    assert set(r) == set(translationese.TAG_PAIRS) | {"tag_profile"}
    # the profile is the mean ratio over the same seven pairs, none across the lines
    pairs = [("VBD", "PRP"), ("PRP", '"'), ('"', "NN"), ("NN", '"'), ('"', "."), ("IN", "DT"), ("DT", "NN")]
    assert r["tag_profile"] == pytest.approx(sum(tag_profile.ratio(a, b) for a, b in pairs) / 7)


def test_without_tags_the_tag_pair_rates_weigh_nothing() -> None:
    lines = [_line("The council met on Tuesday.", None), _line("It voted.", ["PRP", "VBD", "."])]
    r = translationese.tag_pair_rates(lines)
    assert r == {k: translationese.NORMS[k][0] for k in translationese.TAG_RATES}
    assert all(translationese.WEIGHTS[k] * (r[k] - translationese.NORMS[k][0]) == 0 for k in translationese.TAG_RATES)


def test_tagged_lines_without_a_pair_weigh_nothing() -> None:
    # every line tagged, but one token each: no pair, so no share and no profile to read
    lines = [_line("Yes.", ["UH"]), _line("Ottawa", ["NNP"])]
    r = translationese.tag_pair_rates(lines)
    assert r == {k: translationese.NORMS[k][0] for k in translationese.TAG_RATES}
    # look-alike: one pair is enough for the rates to be read
    assert translationese.tag_pair_rates([_line("Yes.", ["UH", "."])])["tag_profile"] == tag_profile.ratio("UH", ".")


def test_rates_read_the_tags_a_caller_gives() -> None:
    line = "The mayor said the plan, the third in a decade, was on time."  # 13 words
    tags = {line: ["DT", "NN", "VBD", "DT", "NN", ",", "DT", "JJ", "IN", "DT", "NN", ",", "VBD", "IN", "NN", "."]}
    r = translationese.rates([line] * 8, lambda _w: 5.0, tag=tags.__getitem__)
    assert r is not None
    assert r["tags_comma_determiner"] == pytest.approx(1 / 15)
    assert r["tags_preposition_determiner"] == pytest.approx(1 / 15)


def test_the_rule_gives_each_prose_line_its_paragraphs_tags() -> None:
    tagging = pytest.importorskip("mtqa.tagging")
    tg = tagging.tagger()
    if tg is None:
        pytest.skip(tagging.MISSING)
    from mtqa.rules.calques import reads_as_translation as rule

    class Par:
        text = 'Short intro. The minister called the plan "a failure". Then she left the room early.'

    own = [translationese.ProseLine('The minister called the plan "a failure".')]
    rule.attach_tags(Par, own, tg.tag(Par.text))  # type: ignore[arg-type]
    assert own[0].tags == [t.tag for t in tg.tag(own[0].text)]
    assert own[0].tags[-2:] == ['"', "."]


def test_tags_fall_into_the_profiles_thirteen_classes() -> None:
    assert [tag_profile.coarse(t) for t in ("NNS", "NNP", "VBG", "MD", "JJR", "WRB", "WDT", "PRP$", "TO", "CD", "CC")] == [
        "NOUN", "PROPN", "VERB", "MODAL", "ADJ", "ADV", "DET", "PRON", "ADP", "NUM", "CONJ"]
    # every punctuation tag is one class, quotation marks with it; a tag with letters the map lacks is "OTHER"
    assert {tag_profile.coarse(t) for t in (",", ".", "``", "''", '"', ":", "-LRB-", "$")} == {"PUNCT"}
    assert {tag_profile.coarse(t) for t in ("POS", "FW", "UH")} == {"OTHER"}
    assert len(tag_profile.RATIOS) == len(tag_profile.CLASSES) == 13
    assert all(len(row) == 13 for row in tag_profile.RATIOS)


def test_the_profiles_ratio_is_read_through_the_classes() -> None:
    # two Penn pairs of the same classes have the same ratio; the pair's order matters
    assert tag_profile.ratio("NN", "VBD") == tag_profile.ratio("NNS", "VBZ")
    assert tag_profile.ratio("DT", "NN") == tag_profile.RATIOS[6][0]
    assert tag_profile.ratio("NN", "DT") == tag_profile.RATIOS[0][6]


def test_the_profile_is_a_mean_over_pairs_so_length_does_not_scale_it() -> None:
    once = tag_profile.mean_ratio([(("DT", "NN"), 1), (("CD", "VBD"), 1)])
    thrice = tag_profile.mean_ratio([(("DT", "NN"), 3), (("CD", "VBD"), 3)])
    assert once == pytest.approx(thrice)
    assert tag_profile.mean_ratio([]) is None
