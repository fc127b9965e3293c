"""calques/reads-as-translation beyond its examples: one major finding per
PROSE_WORDS_PER_FINDING words of prose (under the entry mode "graded", a share of them growing
with the margin), where they are anchored, what their message says, and when the rule stays
quiet. The counts are read from `translationese.findings_for`, so that they follow that rate
when it is chosen again with the pass threshold (benchmarks/README.md, "The pass threshold and
the signal's finding rate, chosen together")."""

from __future__ import annotations

import math

import pytest

from mtqa import lexicon, scoring, tagging, translationese
from mtqa.config import Config
from mtqa.engine import Checker
from mtqa.testing import findings

RULE = "calques/reads-as-translation"
# Under the entry mode "with rules" the rule's findings stand only beside others that cost
# something: its tests check a text with one concrete error, a doubled space on a line too
# short to be read as prose, and select the rule that finds it too (they hold in either mode).
SLIP = "typography/doubled-space"
WITH_SLIP = (RULE, SLIP)


def reading_of(text: str, separating: float = 0.0) -> translationese.Reading:
    """The model's reading of `text` as the rule reads it: with the grammar rules' part-of-speech
    tags where the `grammar` extra is installed (each paragraph here is one prose line), and
    `separating` findings per 100 words from the other rules (none in the texts checked here
    with a doubled space alone)."""
    tagger = tagging.tagger() if tagging.available() else None
    tag = (lambda line: [t.tag for t in tagger.tag(line)]) if tagger is not None else None
    rates = translationese.rates(translationese.prose([text]), lexicon.english().zipf, tag=tag,
                                 found={"separating_rate": separating})
    assert rates is not None
    return translationese.read(rates)


def slipped(text: str) -> str:
    """`text` under a dateline with a doubled space: a minor finding, not prose."""
    return "Posted  Tuesday\n\n" + text


# The tests of corroboration apply where the entry mode asks for it ("with rules"); under "all"
# and "graded" the signal stands alone (test_under_all_and_graded_the_signal_stands_alone). The
# tests that hold in every mode take `entry_mode`, so they run under each one mtqa implements.


def _as_entry_mode(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    """Run the rule as mtqa would ship it under entry mode `mode` (benchmarks/translationese.py's
    procedure picks one as the tuning data grows), so that every mode stays tested whichever ships:
    the mode the rule reads, and the corroboration its metadata declares."""
    import msgspec

    from mtqa import registry

    rule = registry.get(RULE)
    meta = msgspec.structs.replace(rule.meta, needs_corroboration=(mode == "with rules"))
    monkeypatch.setattr(rule, "meta", meta)
    monkeypatch.setattr(translationese, "ENTRY_MODE", mode)


@pytest.fixture(params=translationese.ENTRY_MODES)
def entry_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    _as_entry_mode(monkeypatch, request.param)
    return request.param


@pytest.fixture
def with_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    _as_entry_mode(monkeypatch, "with rules")


@pytest.fixture
def graded(monkeypatch: pytest.MonkeyPatch) -> None:
    _as_entry_mode(monkeypatch, "graded")


WITH_RULES = pytest.mark.usefixtures("with_rules")
EVERY_MODE = pytest.mark.usefixtures("entry_mode")


def signal_findings(text: str) -> list:
    """The rule's findings on `text` beside a concrete error (so they stand)."""
    return [f for f in findings(slipped(text), WITH_SLIP) if f.rule_id == RULE]

TRANSLATED = [
    "The minister of the region has indicated that the adoption of the plan of the government is, however, necessary.",
    "The representatives of the unions of the sector, moreover, denounced the absence of the consultation of the actors.",
    "Indeed, the objective of the measure is the reduction of the delays of the treatment of the files of the citizens.",
    "The president of the commission, for her part, underlined the importance of the collaboration of the partners.",
    "Thus, the implementation of the reform of the network will be the object of the attention of the ministry.",
    "The mayor of the city, in addition, recalled the necessity of the maintenance of the services of the proximity.",
    "The opposition, nevertheless, estimated that the calendar of the adoption of the bill was the one of the government.",
]
SHORT = "\n\n".join(TRANSLATED)  # 132 words of translated prose, a logit far over the threshold
# its findings over the threshold: one per PROSE_WORDS_PER_FINDING words, rounded up
SHORT_COUNT = translationese.findings_for(translationese.word_count(translationese.prose([SHORT])))
ORIGINAL = [
    "City council voted 9-2 on Tuesday to close the old arena next spring, Mayor Ann Li said.",
    "\"It's been a tough call, but we can't keep pouring money into a building that's falling apart,\" Li said.",
    "Residents who spoke at the meeting said they'd miss the rink, where generations learned to skate.",
    "Coun. Paul Dubé said he voted no because the city hasn't found land for a new one yet.",
    "The arena opened in 1967 and needs about $4 million in repairs, a staff report says.",
    "Staff will bring options for a replacement to council in June, the city said in a statement.",
    "Hockey parents said they're worried about ice time. \"We'll be driving to the next town,\" one father said.",
]


@EVERY_MODE
def test_a_translated_text_gets_its_findings_on_the_sentences_that_lean_furthest() -> None:
    text = "\n\n".join([ORIGINAL[0], *TRANSLATED])
    findings = signal_findings(text)  # one per PROSE_WORDS_PER_FINDING words of prose, rounded up
    assert 1 <= len(findings) <= translationese.findings_for(translationese.word_count(translationese.prose([text])))
    reading = reading_of(text)
    strongest = max(reading.contributions, key=lambda k: reading.contributions[k])
    for found in findings:
        assert found.text in TRANSLATED  # a whole sentence of the translated prose, never the original one
        assert found.text != ORIGINAL[0]
        assert found.severity.value == "major"
        # the rate that leans furthest (whichever the shipped model makes it) is named, beside clean news'
        assert translationese.DESCRIPTIONS[strongest][0] in found.message and "clean news" in found.message


@EVERY_MODE
def test_the_message_names_the_three_rates_that_lean_furthest_towards_translation() -> None:
    text = SHORT
    found, *others = signal_findings(text)
    assert len(others) == SHORT_COUNT - 1 and all(other.message == found.message for other in others)
    reading = reading_of(text)
    ranked = sorted(reading.contributions, key=lambda k: -reading.contributions[k])
    named = found.message.split("furthest off: ", 1)[1]
    for name in ranked[:3]:
        assert translationese.DESCRIPTIONS[name][0] in named
    for name in ranked[3:]:
        assert translationese.DESCRIPTIONS[name][0] + " " not in named
    assert named.count("(clean news:") == 3


@EVERY_MODE
def test_quiet_on_original_news_copy() -> None:
    assert signal_findings("\n\n".join(ORIGINAL * 2)) == []


@EVERY_MODE
def test_quiet_under_a_hundred_words_of_prose_however_translated() -> None:
    assert signal_findings("\n\n".join(TRANSLATED[:3])) == []


@EVERY_MODE
def test_headlines_and_widgets_are_not_read() -> None:
    furniture = "\n".join(["Share on Facebook", "Listen to this article", "Minister of the region of the north"] * 10)
    text = "\n\n".join([furniture, *ORIGINAL, *ORIGINAL])
    assert signal_findings(text) == []


@EVERY_MODE
def test_the_finding_costs_a_major_error_in_the_score() -> None:
    text = SHORT
    with_rule = Checker(languagetool="off", select=list(WITH_SLIP)).check(slipped(text))
    assert with_rule.penalty == pytest.approx(5.0 * SHORT_COUNT + 0.1)  # its major findings beside the doubled space's minor one (MQM's 0.1)


@EVERY_MODE
def test_the_threshold_is_an_option() -> None:
    text = SHORT
    reading = reading_of(text)
    assert reading.logit > translationese.THRESHOLD
    higher = Config(select=WITH_SLIP, rule_options={RULE: {"threshold": reading.logit + 1}})
    assert [f.rule_id for f in Checker(higher, languagetool="off").check(slipped(text)).findings] == [SLIP]
    # RAMP under the text's logit: all of its findings, whatever the mode
    lower = Config(select=WITH_SLIP, rule_options={RULE: {"threshold": reading.logit - translationese.RAMP}})
    assert [f.rule_id for f in Checker(lower, languagetool="off").check(slipped(text)).findings] == [SLIP, *[RULE] * SHORT_COUNT]


@EVERY_MODE
def test_without_word_frequencies_the_rule_is_skipped_with_a_reason(monkeypatch) -> None:
    monkeypatch.setattr(lexicon, "english", lambda: None)
    report = Checker(select=[RULE]).check(SHORT)
    assert report.findings == []
    assert any(s["check"] == RULE and "mtqa[words]" in s["reason"] for s in report.checks_skipped)


@EVERY_MODE
def test_the_penalty_scales_with_the_prose_one_major_finding_per_prose_words_per_finding() -> None:
    text = "\n\n".join(TRANSLATED * 3)  # 21 paragraphs of translated prose
    words = translationese.word_count(translationese.prose([text]))
    assert words > 300
    found = signal_findings(text)
    # far over the threshold (a logit near 25), so "graded" gives all of them too
    assert len(found) == -(-words // translationese.PROSE_WORDS_PER_FINDING)
    assert all(f.severity.value == "major" for f in found)
    assert len({f.span.start for f in found}) == len(found)  # each on its own sentence
    report = Checker(languagetool="off", select=list(WITH_SLIP)).check(slipped(text))
    assert report.penalty == pytest.approx(5.0 * len(found) + 0.1)  # the doubled space: Minor punctuation, 0.1
    assert report.score < scoring.DEFAULT_THRESHOLD  # prose over the threshold, beside one slip, fails the default verdict


@pytest.mark.parametrize("mode", ["all", "graded"])
def test_under_all_and_graded_the_signal_stands_alone(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    """Under the entry modes "all" and "graded" the rule's findings stand with no other finding
    beside them, and a text of translated prose alone fails the default verdict."""
    _as_entry_mode(monkeypatch, mode)
    text = "\n\n".join(TRANSLATED * 3)
    report = Checker(languagetool="off", select=[RULE]).check(text)
    assert report.findings and {f.rule_id for f in report.findings} == {RULE}
    assert report.penalty == 5.0 * len(report.findings) and not report.passed
    assert not any(RULE in note and "withheld" in note for note in report.notes)


@WITH_RULES
def test_alone_the_signal_never_stands_and_the_report_says_why() -> None:
    """With no other finding that costs something, and when it is the only rule selected
    (every other ignored), the rule's findings are withheld before scoring, with a note."""
    text = SHORT
    for checker in (Checker(languagetool="off", select=[RULE]), Checker(languagetool="off", select=list(WITH_SLIP))):
        report = checker.check(text)
        assert report.findings == [] and report.penalty == 0.0 and report.passed
        assert any(RULE in note and "withheld" in note for note in report.notes)
    ignored = Checker(languagetool="off", select=list(WITH_SLIP), ignore=[SLIP]).check(slipped(text))
    assert ignored.findings == []


@WITH_RULES
def test_a_suppressed_error_corroborates_nothing() -> None:
    text = "# mtqa-disable-next-line typography/doubled-space\n" + slipped(SHORT)
    report = Checker(languagetool="off", select=list(WITH_SLIP)).check(text)
    assert report.findings == []
    unsuppressed = Checker(languagetool="off", select=list(WITH_SLIP)).check(slipped(SHORT))
    assert [f.rule_id for f in unsuppressed.findings] == [SLIP, *[RULE] * SHORT_COUNT]


@WITH_RULES
def test_an_error_weighted_nothing_corroborates_nothing() -> None:
    text = slipped(SHORT)
    weightless = Checker(languagetool="off", select=list(WITH_SLIP), weights={"minor": 0.0}).check(text)
    assert [f.rule_id for f in weightless.findings] == [SLIP]


@WITH_RULES
def test_fixing_the_only_error_leaves_the_signal_unconfirmed() -> None:
    checker = Checker(languagetool="off", select=list(WITH_SLIP))
    text = slipped(SHORT)
    assert [f.rule_id for f in checker.check(text).findings] == [SLIP, *[RULE] * SHORT_COUNT]
    fixed, remaining = checker.fix(text)
    assert "  " not in fixed
    assert remaining.findings == []


@WITH_RULES
def test_a_later_filter_does_not_decide_corroboration_again() -> None:
    """Baselines and changed lines choose which findings to show; whether the signal stands
    was decided on the whole check, so keeping only its findings keeps them."""
    from mtqa.session import Session

    session = Session.of(languagetool="off", select=list(WITH_SLIP))
    report = session.check(slipped(SHORT))
    kept = session.keep(report, [f for f in report.findings if f.rule_id == RULE], "baseline")
    assert [f.rule_id for f in kept.findings] == [RULE] * SHORT_COUNT and kept.penalty == 5.0 * SHORT_COUNT


def test_the_shipped_rule_asks_for_corroboration_exactly_when_its_entry_mode_does() -> None:
    from mtqa import registry

    assert registry.get(RULE).meta.needs_corroboration == (translationese.ENTRY_MODE == "with rules")


# Under "graded" the findings grow with the margin over the threshold: moved with the threshold
# option below a text's own logit (near 25 for these), 396 words of prose (FULL findings in full:
# four at one per 110 words, three at one per 140).
LONG = "\n\n".join(TRANSLATED * 3)
FULL = translationese.findings_for(translationese.word_count(translationese.prose([LONG])))
HALF = math.ceil(FULL / 2)  # half way up the ramp: half of them, rounded up


def _logit(text: str) -> float:
    return reading_of(text).logit


def _signal_at(threshold: float, text: str = LONG) -> list:
    config = Config(select=WITH_SLIP, rule_options={RULE: {"threshold": threshold}})
    return [f for f in Checker(config, languagetool="off").check(slipped(text)).findings if f.rule_id == RULE]


@pytest.mark.usefixtures("graded")
def test_graded_findings_grow_with_the_margin_from_none_at_the_threshold_to_all_ramp_over_it() -> None:
    logit, ramp = _logit(LONG), translationese.RAMP
    assert 3 <= FULL <= 4  # so that one, half and all of them are three counts
    assert _signal_at(logit) == []  # at the threshold: none
    assert len(_signal_at(logit - 0.01)) == 1  # just over it: one (rounded up)
    assert len(_signal_at(logit - ramp / 2)) == HALF == 2  # half way: half of them, rounded up
    assert len(_signal_at(logit - ramp)) == FULL  # RAMP over: all of them
    assert len(_signal_at(logit - 3 * ramp)) == FULL  # and no more beyond


@pytest.mark.usefixtures("graded")
def test_graded_findings_fall_where_all_of_them_would_only_fewer() -> None:
    logit = _logit(LONG)
    every = _signal_at(logit - 2 * translationese.RAMP)
    some = _signal_at(logit - translationese.RAMP / 4)  # a quarter of the way: one of three or four
    assert len(every) == FULL and len(some) == 1
    assert [f.span for f in some] == [f.span for f in every][:1]


@pytest.mark.usefixtures("graded")
def test_graded_findings_say_the_margin_and_how_many_it_gives() -> None:
    logit = _logit(LONG)
    (first, second) = _signal_at(logit - 1.0)  # RAMP / 2 over: half of them, rounded up (HALF, two)
    assert first.message == second.message
    assert f"reading, {logit:.1f}, is 1.00 over the threshold {logit - 1.0:.1f}: 2 of its {FULL} findings" in first.message
    assert f"all of them from {logit - 1.0 + translationese.RAMP:.1f}" in first.message
    assert f"all {FULL} of its findings" in _signal_at(logit - 5.0)[0].message


@pytest.mark.parametrize("mode", ["all", "with rules"])
def test_other_modes_give_every_finding_and_say_no_margin(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    _as_entry_mode(monkeypatch, mode)
    found = _signal_at(_logit(LONG) - 0.01)
    assert len(found) == FULL and not any("over the threshold" in f.message for f in found)


def test_the_shipped_rule_counts_its_findings_as_its_entry_mode_does() -> None:
    """Unpatched: the rule as mtqa ships it gives the count `findings_at` gives under
    ENTRY_MODE, half the ramp over its threshold."""
    logit = _logit(LONG)
    words = translationese.word_count(translationese.prose([LONG]))
    threshold = logit - translationese.RAMP / 2
    found = _signal_at(threshold)
    assert len(found) == translationese.findings_at(logit, threshold, words, translationese.ENTRY_MODE)
    assert len(found) == (HALF if translationese.ENTRY_MODE == "graded" else FULL)


# The seventeenth round (benchmarks/README.md): the signal also reads how many findings the
# other rules of the same check made in the families that tell MT from clean copy.

def test_the_findings_rate_counts_the_separating_families_scored_findings_per_100_words() -> None:
    found = [("spelling/us-spelling", 0.9), ("quotes/unbalanced", 1.0), (RULE, 1.0),
             ("boilerplate/photo-credit", 1.0), ("attribution/said-by", 0.3), ("typography/doubled-space", 1.0)]
    # the spelling and the quotation finding count; the signal's own, page furniture, a
    # finding not scored and a family that does not separate do not
    assert translationese.separating_rate(found, 200, scoring.MIN_CONFIDENCE, own=RULE) == pytest.approx(1.0)
    assert translationese.separating_rate([], 200, scoring.MIN_CONFIDENCE) == 0.0
    assert translationese.separating_rate(found, 0, scoring.MIN_CONFIDENCE) == 0.0


def test_without_the_other_rules_findings_their_rate_weighs_nothing() -> None:
    lines = [translationese.ProseLine(line) for line in translationese.prose(["\n".join(TRANSLATED)])]
    rates = translationese.rates_of(lines, lexicon.english().zipf)
    assert rates is not None
    assert rates["separating_rate"] == translationese.NORMS["separating_rate"][0]
    assert translationese.read(rates).contributions["separating_rate"] == 0.0


def test_an_error_found_never_makes_a_text_read_cleaner() -> None:
    assert translationese.WEIGHTS["separating_rate"] > 0
    lines = [translationese.ProseLine(line) for line in translationese.prose(["\n".join(ORIGINAL)])]
    zipf = lexicon.english().zipf
    none, some = (translationese.rates_of(lines, zipf, found={"separating_rate": rate}) for rate in (0.0, 2.0))
    assert none is not None and some is not None
    assert translationese.read(some).logit > translationese.read(none).logit


def _stated_reading(report) -> float:
    import re

    messages = [f.message for f in report.findings if f.rule_id == RULE]
    assert messages
    return float(re.search(r"the model's reading, (-?[\d.]+)", messages[0]).group(1))


@pytest.mark.usefixtures("graded")
def test_the_rule_reads_what_the_other_rules_found_in_the_same_check() -> None:
    # made up: the translated paragraphs with US spellings a Canadian story would not use
    spelled = [line.replace("the sector", "the labor sector").replace("the city", "the city center")
               .replace("the network", "the neighborhood network") for line in TRANSLATED]
    text = "\n\n".join(spelled)
    alone = Checker(select=[RULE], languagetool="off", locale="en-CA").check(text)
    beside = Checker(select=[RULE, "spelling"], languagetool="off", locale="en-CA").check(text)
    assert any(f.rule_id.startswith("spelling/") for f in beside.findings)
    assert _stated_reading(beside) > _stated_reading(alone)


def test_no_finding_is_anchored_inside_another_rule_s_finding() -> None:
    """The signal's sentences go where no other rule has spoken: the seed's author bio at its foot
    ("… is a reporter at …", page furniture to boilerplate/footer) reads as prose to the model, and
    the eleventh finding of the refit of stop 44 sat on it, a second finding on one span."""
    from pathlib import Path

    pytest.importorskip("wordfreq")
    text = (Path(__file__).resolve().parents[2] / "seeds" / "000_a80f4c312e8b183b.txt").read_text(encoding="utf-8")
    report = Checker().check(text)
    own = [(f.span.start, f.span.end) for f in report.findings if f.rule_id == RULE]
    others = [(f.span.start, f.span.end) for f in report.findings if f.rule_id != RULE]
    assert own, "the seed reads as translated"
    assert not [span for span in own if any(s <= span[0] and span[1] <= e for s, e in others)]


def test_anchors_skip_sentences_inside_a_taken_span() -> None:
    """`_anchors` leaves out a sentence inside a span another rule took, and marks the next one."""
    from mtqa.rules.calques import reads_as_translation as rule

    lx = lexicon.english()
    if lx is None:
        pytest.skip("needs the words extra")
    text = ("The decision of the minister of the region was thus announced by the office of the premier.\n\n"
            "Officials said the plan would be ready in the spring and would cost less than expected.")
    from mtqa.document import Document

    doc = Document(text)
    by_paragraph = translationese.prose_lines_by_paragraph(
        doc.paragraphs, lambda par: par.text, runs_of=lambda par: par.token_spans,
        sentences_of=lambda par: par.sentences)
    free = rule._anchors(by_paragraph, lx.zipf, 1)
    par, start, end = free[0]
    taken = [par.span_to_doc(start, end)]
    moved = rule._anchors(by_paragraph, lx.zipf, 1, taken)
    assert moved and par.span_to_doc(moved[0][1], moved[0][2]) != taken[0]


def test_a_sentence_is_held_exactly_when_one_finding_holds_it_whole() -> None:
    """The bisection over other rules' findings answers as a pass over them all would: nested,
    overlapping and touching spans, in any order, and none."""
    from mtqa.rules.calques.reads_as_translation import _Within

    taken = [(40, 60), (0, 10), (5, 30), (45, 50), (60, 70)]
    within = _Within(taken)
    for start in range(0, 75):
        for end in range(start, 80):
            assert within((start, end)) == any(s <= start and end <= e for s, e in taken), (start, end)
    assert within((6, 29)) and within((40, 60)) and not within((25, 35)) and not within((55, 65))
    assert not _Within(())((0, 0))


def test_a_span_is_Within_the_taken_spans_as_by_comparing_every_one() -> None:
    """Whether a sentence lies in another rule's finding is a bisection over the findings sorted
    once (compared with every finding for every sentence, a long paragraph flagged sentence by
    sentence went quadratic: 1 s of a 64k-character check). Nested, overlapping, equal and empty
    spans answer as the pairwise test does."""
    import random

    from mtqa.rules.calques.reads_as_translation import _Within

    rng = random.Random(45)
    for _ in range(2_000):
        taken = [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        within = _Within(taken)
        for _ in range(12):
            start = rng.randint(0, 45)
            end = start + rng.randint(0, 12)
            assert within((start, end)) == any(s <= start and end <= e for s, e in taken), (taken, start, end)
    assert not _Within([])((0, 0))
    assert _Within([(0, 10), (2, 3)])((4, 9)) and not _Within([(0, 5), (4, 12)])((3, 8))


def test_the_findings_rate_counts_a_headline_printed_twice_once_per_text() -> None:
    # stop 49: a page printing several headlines twice prints a teaser list twice (furniture);
    # one headline printed twice still counts, and other rules' findings count each time
    teasers = [("repetition/repeated-headline", 1.0)] * 8
    assert translationese.separating_rate(teasers, 200, scoring.MIN_CONFIDENCE) == pytest.approx(0.5)
    assert translationese.separating_rate(teasers[:1], 200, scoring.MIN_CONFIDENCE) == pytest.approx(0.5)
    doubled = [("repetition/doubled-word", 1.0)] * 4 + [("repetition/repeated-headline", 1.0)] * 2
    assert translationese.separating_rate(doubled, 200, scoring.MIN_CONFIDENCE) == pytest.approx(2.5)


def test_the_findings_rate_leaves_out_findings_inside_page_furniture() -> None:
    # stop 49: a breadcrumb's » inside a line a boilerplate rule found reads the page, not the copy
    found = [("boilerplate/furniture-line", 1.0), ("quotes/guillemets", 1.0), ("quotes/guillemets", 1.0)]
    spans = [(0, 40), (30, 32), (60, 62)]  # the first guillemet inside the furniture line, the second in the prose
    assert translationese.separating_rate(found, 200, scoring.MIN_CONFIDENCE, spans=spans) == pytest.approx(0.5)
    # without places (or with places that are not the findings') every finding counts
    assert translationese.separating_rate(found, 200, scoring.MIN_CONFIDENCE) == pytest.approx(1.0)
    assert translationese.separating_rate(found, 200, scoring.MIN_CONFIDENCE, spans=[]) == pytest.approx(1.0)
    # a finding that only overlaps the furniture line's span counts
    assert translationese.separating_rate(found, 200, scoring.MIN_CONFIDENCE,
                                          spans=[(0, 40), (38, 42), (60, 62)]) == pytest.approx(1.0)
