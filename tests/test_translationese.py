"""mtqa.translationese: the rates a document is read by, and the model fitted on the tuning half."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa import translationese
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


def _flat_zipf(_word: str) -> float:
    return 5.0


def test_prose_keeps_running_sentences_and_drops_headlines_widgets_and_short_lines() -> None:
    text = ("Minister resigns after report\n"
            "Share on Facebook\n"
            "The minister resigned on Monday after an auditor's report on the contracts.\n"
            "Photo: The Canadian Press\n"
            "“We will not comment on the report at this time,” a spokesperson said.”")
    assert translationese.prose([text]) == [
        "The minister resigned on Monday after an auditor's report on the contracts.",
        "“We will not comment on the report at this time,” a spokesperson said.”",
    ]


def test_under_a_hundred_words_of_prose_there_is_no_reading() -> None:
    line = "The council voted on Tuesday to close the old arena next spring."  # 12 words
    assert translationese.rates([line] * 8, _flat_zipf) is None  # 96 words
    assert translationese.rates([line] * 9, _flat_zipf) is not None  # 108


def test_rates_count_what_they_name() -> None:
    lines = [
        "The head of the union said the members of the board don't agree, however.",  # 14 words, one comma
        "It's the second time this year, and the talks will resume on Friday in Ottawa.",  # 15 words
    ] * 4  # 116 words
    rates = translationese.rates(lines, _flat_zipf)
    assert rates is not None
    words = 4 * (14 + 15)
    assert rates["of_the"] == pytest.approx(1000 * 8 / words)
    assert rates["the_rate"] == pytest.approx(1000 * 4 * 6 / words)
    assert rates["contractions"] == pytest.approx(1000 * 8 / words)  # don't, It's
    assert rates["cohesion"] == pytest.approx(1000 * 4 / words)  # however
    assert rates["said_share"] == pytest.approx(0.5)  # one sentence in two says "said"
    assert rates["sentence_length"] == pytest.approx(14.5)
    assert rates["sentence_spread"] == pytest.approx(0.5 / 14.5)
    assert rates["commas"] == pytest.approx(1.0)
    assert rates["zipf"] == pytest.approx(5.0)
    assert 0 < rates["mattr"] < 1


def test_variety_falls_when_the_same_words_come_back() -> None:
    varied = ("Residents of the small town gathered outside city hall on a cold Tuesday morning, "
              "holding signs that demanded cleaner water, safer roads, lower taxes and better schools "
              "for children whose families had lived there for generations. Councillors listened quietly "
              "while the mayor promised reports, budgets, meetings and surveys before the autumn election "
              "campaign began in earnest across every ward.")
    repeated = " ".join(["The council said the council will meet and the council will vote."] * 9)
    a = translationese.rates([varied], _flat_zipf, min_words=50)
    b = translationese.rates([repeated], _flat_zipf, min_words=50)
    assert a is not None and b is not None
    assert a["mattr"] > b["mattr"]


def test_the_reading_leans_as_the_model_says_and_names_its_parts() -> None:
    norms = {"of_the": (5.0, 5.0), "said_share": (0.2, 0.1)}
    weights = {"of_the": 0.5, "said_share": -1.0}
    plain = translationese.read({"of_the": 5.0, "said_share": 0.2}, norms, weights, -1.0)
    assert plain.logit == pytest.approx(-1.0)
    translated = translationese.read({"of_the": 25.0, "said_share": 0.0}, norms, weights, -1.0)
    assert translated.contributions == pytest.approx({"of_the": 2.0, "said_share": 2.0})
    assert translated.logit == pytest.approx(3.0)


def test_the_fitted_model_leans_the_way_translation_leans_on_its_strongest_rates() -> None:
    assert set(translationese.WEIGHTS) == set(translationese.NORMS) == set(translationese.FEATURES)
    # The strongest rates lean as translation leans. Commas were among them until stop 42's refit, where
    # the grown tuning half put their weight at about zero (-0.002): no longer a strong rate.
    assert translationese.WEIGHTS["of_the"] > 0 and translationese.WEIGHTS["separating_rate"] > 0
    assert translationese.WEIGHTS["contractions"] < 0 and translationese.WEIGHTS["zipf"] < 0


def _benchmark():
    return load_script("mtqa_translationese_benchmark", ROOT / "benchmarks" / "translationese.py")


@pytest.fixture(scope="module")
def fitting():
    """benchmarks/translationese.py, loaded once for the tests that read the tuning data, with
    each corpus folder's documents read once (`load_docs` remembered per folder): reading one is a
    check, a tagging and three rounds of rates of every excerpt, and these tests asked for the
    tuning half three times and signal/ twice. Each call still goes through `tuning_docs`."""
    pytest.importorskip("wordfreq")
    bench = _benchmark()
    read, kept = bench.load_docs, {}

    def load_docs(half: str, lm) -> list[dict]:
        if (half, lm) not in kept:
            kept[(half, lm)] = read(half, lm)
        return list(kept[(half, lm)])

    bench.load_docs = load_docs
    return bench


GATE_RECORD = ROOT / "benchmarks" / "results" / "refit_gate.json"


def _shipped_constants() -> dict:
    """The constants mtqa ships, in the gate record's form (benchmarks/refit_gate.py writes it)."""
    return load_script("mtqa_refit_gate_for_tests", ROOT / "benchmarks" / "refit_gate.py").shipped_constants()


def _constants_match(got: dict, want: dict) -> None:
    assert set(got["norms"]) == set(want["norms"]) and set(got["weights"]) == set(want["weights"])
    for name, (mean, sd) in want["norms"].items():
        assert got["norms"][name][0] == pytest.approx(mean, abs=1e-3)
        assert got["norms"][name][1] == pytest.approx(sd, abs=1e-3)
    assert got["intercept"] == pytest.approx(want["intercept"], abs=1e-3)
    for name, weight in want["weights"].items():
        assert got["weights"][name] == pytest.approx(weight, abs=1e-3)
    assert (got["entry_mode"], got["threshold"]) == (want["entry_mode"], want["threshold"])


def _expected_refit() -> dict:
    """What fitting the tuning data must give: the shipped constants, or, where
    benchmarks/refit_gate.py's rule kept the shipped ones over a refit, the very refit it judged
    (its record, benchmarks/results/refit_gate.json): a change to the rates or the corpus since
    makes a new refit, which must be judged again."""
    if GATE_RECORD.exists():
        record = json.loads(GATE_RECORD.read_text(encoding="utf-8"))
        if not record["ships"]:
            _constants_match(_shipped_constants(), record["shipped_constants"])
            return record["candidate_constants"]
    return _shipped_constants()


def test_the_constants_are_what_fitting_the_tuning_half_gives(fitting) -> None:
    """The model mtqa ships is the one benchmarks/translationese.py fits on the tuning data
    (the tuning half and signal/, refit here), and its threshold and entry mode what the
    fifth round's procedure gives (benchmarks/README.md, "Fifth round"): a change to the
    rates or the corpus must refit all of them. Where the gate kept the shipped constants, the
    refit must be the one it judged (`_expected_refit`)."""
    bench = fitting
    docs = bench.tuning_docs(None)
    names = list(translationese.FEATURES)
    norm, w = bench.fit_final(docs, names, [], 10.0)
    folds = bench.cross_validate(docs, names, [], 10.0)
    rows = bench.entry_rows(docs, folds)
    assert {r["file"].split("/", 1)[0] for r in rows} <= {"tune", bench.SIGNAL}
    mode, threshold = bench.entry_procedure(rows, translationese.ENTRY_MODES)
    refit = {"norms": {name: list(norm[name]) for name in names}, "intercept": w[0],
             "weights": dict(zip(names, w[1:])), "entry_mode": mode, "threshold": threshold}
    _constants_match(refit, _expected_refit())


def test_a_gate_record_that_kept_the_shipped_constants_names_them(tmp_path, monkeypatch) -> None:
    """A record saying the refit did not ship must hold the constants mtqa ships: a record left
    behind after the constants changed fails, rather than excusing any refit."""
    record = {"ships": False, "shipped_constants": _shipped_constants(), "candidate_constants": {"x": 1}}
    path = tmp_path / "refit_gate.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    monkeypatch.setitem(globals(), "GATE_RECORD", path)
    assert _expected_refit() == {"x": 1}
    record["shipped_constants"]["intercept"] += 0.5
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(AssertionError):
        _expected_refit()
    record["ships"] = True
    path.write_text(json.dumps(record), encoding="utf-8")
    assert _expected_refit() == _shipped_constants()


def test_the_entry_procedure_follows_its_rules() -> None:
    """Rule A keeps clean copy passing first and then fails the most MT; rule B judges the
    signal alone; a higher threshold wins a tie. Made-up rows, so the test can fail."""
    bench = _benchmark()

    def row(site, mt, logit, penalty=0.0):
        return {"file": f"tune/{site}.txt", "site": site, "mt": mt, "words": 300, "penalty": penalty,
                "passed": True, "rules_pass": penalty <= 7.5, "logit": logit, "prose": 300.0}

    clean = [row(f"c{i}", False, -1.0 + i / 100) for i in range(40)]  # all under 0
    mt = [row("m1", True, 1.8), row("m2", True, 1.2, penalty=2.0), row("m3", True, 0.7)]
    # nothing separates 0.5 from 2.0 on the clean side: the most MT failing, t = 0.5
    assert bench.choose_entry(clean + mt) == ("all", 0.5)
    # one clean excerpt over 0.5 costs 1 of 41 (2.4 %, within the 3 %); two cost 2 of 42 (4.8 %):
    # 0.5 is out, and 1.0 fails as many MT as "with rules" at 0.5 and is higher
    assert bench.choose_entry(clean + [row("c98", False, 0.8)] + mt) == ("all", 0.5)
    two = [row("c98", False, 0.8), row("c99", False, 0.9)]
    assert bench.choose_entry(clean + two + mt) == ("all", 1.0)
    # with every MT excerpt already failing by its rules, rule A takes the highest threshold
    failing = [dict(r, penalty=30.0) for r in mt]
    assert bench.choose_entry(clean + failing) == ("all", max(bench.SIGNAL_THRESHOLDS))
    # rule B ignores the rules' penalty: it still goes as low as clean copy allows
    assert bench.choose_entry(clean + failing, alone=True) == ("all", 0.5)
    # clean copy the rules leave alone over 0.5: "with rules" there fails all three MT excerpts
    # (each costs something already), as among the modes mtqa implements; limited to "all",
    # "all" at 1.0 (two)
    quiet = [row("c97", False, 0.8), row("c98", False, 0.8), row("c99", False, 0.9)]
    costing = [dict(r, penalty=2.0) for r in mt]
    assert bench.choose_entry(clean + quiet + costing) == ("with rules", 0.5)
    assert bench.choose_entry(clean + quiet + costing, modes=translationese.ENTRY_MODES) == ("with rules", 0.5)
    assert bench.choose_entry(clean + quiet + costing, modes=("all",)) == ("all", 1.0)
    # an MT excerpt whose rules' findings cost nothing (penalty 0) is not failed by "with rules"
    assert bench.entry_findings("with rules", 0.5, 0.7, 300.0, 0.0) == 0
    full = -(-300 // translationese.PROSE_WORDS_PER_FINDING)  # one per PROSE_WORDS_PER_FINDING words, rounded up
    assert bench.entry_findings("with rules", 0.5, 0.7, 300.0, 2.0) == bench.entry_findings("all", 0.5, 0.7, 300.0, 0.0) == full
    # the amendment (issue #11's target): 2 of 41 clean excerpts fail by their rules, so a candidate
    # failing one more keeps 38 of the 39 the rules pass (97.4 %, within CLEAN_KEPT) but leaves
    # 38 of 41 (92.7 %) passing, under CLEAN_PASS: 0.5 is out, 1.0 fails as many MT excerpts
    ruled = [row("c01", False, -1.0, penalty=30.0), row("c02", False, -1.0, penalty=30.0)]
    over = [row("c99", False, 0.8)]
    assert bench.clean_pass_floor(clean[2:] + ruled + over) == bench.CLEAN_PASS
    assert bench.choose_entry(clean[2:] + ruled + over + mt) == ("all", 1.0)
    # where the rules alone pass fewer than CLEAN_PASS, the floor is theirs, and not going lower holds
    many = [row(f"r{i}", False, -1.0, penalty=30.0) for i in range(4)]
    assert bench.clean_pass_floor(clean + many) == pytest.approx(40 / 44)
    assert bench.choose_entry(clean + many + mt) == ("all", 0.5)


def test_mtqa_implements_the_entry_mode_it_ships() -> None:
    """The shipped mode is one mtqa implements, and the rule declares what "with rules" asks."""
    from mtqa import registry

    assert translationese.ENTRY_MODE in translationese.ENTRY_MODES
    needs = registry.get("calques/reads-as-translation").meta.needs_corroboration
    assert needs == (translationese.ENTRY_MODE == "with rules")


@pytest.mark.parametrize("mode", translationese.ENTRY_MODES)
def test_over_the_threshold_a_text_gets_its_findings_graded_by_the_margin_only_under_graded(mode: str) -> None:
    """At the threshold none; under "graded" a share of the full count growing with the margin,
    rounded up (t + RAMP/2: half of it; t + RAMP and beyond: all); under the other modes all."""
    t, ramp = 1.0, translationese.RAMP
    words = 4 * translationese.PROSE_WORDS_PER_FINDING
    full = translationese.findings_for(words)
    assert full == 4
    margins = {-1.0: 0, 0.0: 0, 0.001: 1, ramp / 4: 1, ramp / 2: 2, 3 * ramp / 4: 3, ramp: 4, 5 * ramp: 4}
    for margin, graded in margins.items():
        expected = graded if mode == "graded" or margin <= 0 else full
        assert translationese.findings_at(t + margin, t, words, mode) == expected, margin
    # the full count is findings_for's, however long the text
    assert translationese.findings_at(t + ramp, t, 100_000, mode) == translationese.findings_for(100_000)


def test_an_unknown_entry_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown entry mode"):
        translationese.findings_at(3.0, 1.0, 600, "some")


@pytest.mark.parametrize("mode", translationese.ENTRY_MODES)
def test_the_benchmark_weighs_each_mode_by_the_count_mtqa_gives(mode: str) -> None:
    """One definition: the entry procedure's candidates are what the rule gives (and, under
    "with rules", only beside findings that cost something), the ramp mtqa's own."""
    bench = _benchmark()
    assert mode in bench.ENTRY_MODES and not hasattr(bench, "RAMP")
    for logit in (float("-inf"), 0.5, 1.0, 1.3, 2.0, 2.7, 3.0, 8.0):
        for prose in (120.0, 600.0, 9000.0):
            expected = translationese.findings_at(logit, 1.0, int(prose), mode)
            assert bench.entry_findings(mode, 1.0, logit, prose, 2.0) == expected
            assert bench.entry_findings(mode, 1.0, logit, prose, 0.0) == (0 if mode == "with rules" else expected)


def test_only_the_first_words_of_prose_are_read_however_long_the_text() -> None:
    line = "The council voted on Tuesday to close the old arena next spring."  # 12 words
    lines = translationese.prose([line] * 1000, budget=120)
    assert len(lines) == 10  # the tenth line brings the words to 120
    pars = [f"Headline {i}\n{line}\n{line}" for i in range(100)]
    kept = translationese.prose_by_paragraph(pars, lambda p: p, budget=60)
    assert [p for p, _own in kept] == pars[:3]  # 24 + 24 + 12 words: the third reaches the budget
    assert [len(own) for _p, own in kept] == [2, 2, 1]


def test_tuning_data_is_the_tuning_half_and_signal_folder_never_the_held_back_half(fitting) -> None:
    bench = fitting
    docs = bench.tuning_docs(None)
    folders = {d["file"].split("/", 1)[0] for d in docs}
    # signal/ may be empty: its excerpts move to tune/ once they are labelled in full
    assert "tune" in folders and folders <= {"tune", bench.SIGNAL}
    assert {d["file"].split("/", 1)[0] for d in bench.tuning_docs(None, signal=False)} == {"tune"}


def test_wmt_documents_are_one_per_story_from_systems_in_turn() -> None:
    pytest.importorskip("wordfreq")
    bench = _benchmark()
    if not (bench.EVAL / "mqm_zhen_segments.jsonl").exists():
        pytest.skip("shared eval set not present")
    docs = bench.wmt_news_docs(None)
    stories = [d["site"] for d in docs]
    assert len(stories) == len(set(stories)) > 10
    assert all(d["mt"] and d["kind"] == "wmt-zh-en" for d in docs)
    assert len({d["file"].rsplit("/", 1)[1] for d in docs}) > 3  # several systems, not one


PROSE_LENGTHS = (150, 280, 300, 450, 1000)  # the lengths of prose alone the rule below names


def _prose_alone_fails(threshold: float) -> bool:
    """Whether, at the shipped PROSE_WORDS_PER_FINDING, a text of prose alone far over the signal's
    threshold fails at the pass threshold `threshold`: five points per finding cost more than
    100 - threshold leaves, and a text of each of PROSE_LENGTHS words of prose scores under it."""
    if not 5.0 * 100 / translationese.PROSE_WORDS_PER_FINDING > 100 - threshold:
        return False
    for words in PROSE_LENGTHS:
        findings = translationese.findings_at(9.0, translationese.THRESHOLD, words, "all")
        if not 100 * (1 - 5.0 * findings / words) < threshold:
            return False
    return True


def test_a_text_of_prose_alone_over_the_signal_threshold_fails_the_default_verdict() -> None:
    """PROSE_WORDS_PER_FINDING follows the pass threshold: one major finding (5 points) per that
    many words of prose must cost more than the threshold leaves, or the signal could never fail
    a text on its own (at 96.5, one per 150 words leaves 300 words of prose at 96.7, passing; at
    95.5, one per 120 leaves 1,000 words at 95.5, passing)."""
    from mtqa import scoring

    assert _prose_alone_fails(scoring.DEFAULT_THRESHOLD)


def test_the_finding_rate_is_the_largest_multiple_of_ten_that_the_pass_threshold_allows(monkeypatch) -> None:
    """PROSE_WORDS_PER_FINDING is chosen with DEFAULT_THRESHOLD by the rule written at stop 46
    (benchmarks/README.md, "The pass threshold and the signal's finding rate, chosen together"):
    the largest multiple of 10 words at which prose alone fails at that threshold. A rate ten
    words longer lets some length of prose pass; so does the shipped rate at a threshold a point
    lower (the rate must be chosen again when the threshold falls)."""
    from mtqa import scoring

    assert translationese.PROSE_WORDS_PER_FINDING % 10 == 0
    assert _prose_alone_fails(scoring.DEFAULT_THRESHOLD)
    assert not _prose_alone_fails(scoring.DEFAULT_THRESHOLD - 1.0)
    monkeypatch.setattr(translationese, "PROSE_WORDS_PER_FINDING", translationese.PROSE_WORDS_PER_FINDING + 10)
    assert not _prose_alone_fails(scoring.DEFAULT_THRESHOLD)
