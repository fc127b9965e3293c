"""The eleventh round's candidate rates (benchmarks/translationese_candidates.py) and its
forward selection (benchmarks/translationese.py, `forward_selection`)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mtqa import translationese
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, file: str):
    return load_script(name, ROOT / "benchmarks" / file)


candidates = _load("mtqa_translationese_candidates_test", "translationese_candidates.py")


def _rates(lines: list[str]) -> dict[str, float]:
    return candidates.candidate_rates(translationese.sentences(lines), translationese.FUNCTION_WORDS, lambda _w: 5.0)


def test_candidates_count_what_they_name_and_not_their_look_alikes() -> None:
    rates = _rates([
        "In order to meet at 10:30, the council must vote: the plan is ready.",  # 13 words (not "10:30")
        "Meanwhile, the mayor said the fact that it was late (again) mattered.",  # 12 words
        "First Nations leaders said the ordering of the items was fine.",  # 11 words: no opener, no "in order to"
    ])
    words = 13 + 12 + 11
    assert rates["explicitation"] == pytest.approx(1000 * 2 / words)  # "in order to", "the fact that"
    assert rates["initial_connectives"] == pytest.approx(1 / 3)  # "Meanwhile", not "First Nations"
    assert rates["colons"] == pytest.approx(1 / 3)  # "vote:", not "10:30"
    assert rates["parentheses"] == pytest.approx(1 / 3)
    assert rates["modals"] == pytest.approx(1000 / words)
    assert rates["fw_to"] == pytest.approx(1000 / words)
    assert rates["initial_the"] == 0.0
    assert "nouns" not in rates  # the tagged ones only with a tagger


def test_every_candidate_has_a_direction_and_a_unit() -> None:
    for name, (what, unit, sign) in candidates.CANDIDATES.items():
        assert what and unit and sign in (-1, 0, 1), name
    assert set(candidates.TAGGED) <= set(candidates.FEATURES)


@pytest.fixture(scope="module")
def bench():
    pytest.importorskip("numpy")
    return _load("mtqa_translationese_select_test", "translationese.py")


def _made_up_docs(seed: int = 7) -> list[dict]:
    """Forty sites of two excerpts each: the shipped ten rates are noise, `telling` leans with
    the label, `noise` does not."""
    rng = random.Random(seed)
    docs = []
    for site in range(40):
        for k in range(2):
            mt = (site + k) % 2 == 0
            f = {name: rng.gauss(0, 1) for name in translationese.FEATURES}
            f["telling"] = rng.gauss(1.5 if mt else 0.0, 1)
            f["noise"] = rng.gauss(0, 1)
            docs.append({"file": f"s{site}/{k}", "site": f"s{site}", "kind": "made-up", "mt": mt, "f": f})
    return docs


def test_forward_selection_takes_the_rate_that_separates_and_stops(bench) -> None:
    docs = _made_up_docs()
    added, steps = bench.forward_selection(docs, ["noise", "telling"])
    assert added[:1] == ["telling"]
    assert "noise" not in added
    assert steps[-1]["taken"] is False or len(added) == bench.MAX_ADDED
    assert bench.loso_auc(docs, bench.FIRST_ROUND + added) - bench.loso_auc(docs, bench.FIRST_ROUND) >= bench.MIN_GAIN


def test_forward_selection_takes_nothing_that_gains_too_little(bench) -> None:
    """A rate that is the same in every excerpt changes no logit: it gains nothing, so nothing is taken."""
    docs = _made_up_docs()
    for d in docs:
        d["f"]["flat"] = 1.0
    added, steps = bench.forward_selection(docs, ["flat"])
    assert added == [] and steps[0]["taken"] is False
    assert steps[0]["best"] == [["flat", steps[0]["from"]]]


def test_the_fast_folds_are_cross_validates(bench) -> None:
    """`loso_logits` (numpy norms) gives `cross_validate`'s logits."""
    docs = _made_up_docs()
    names = [*bench.FIRST_ROUND, "telling"]
    slow = bench.cross_validate(docs, names, [], 10.0)
    fast = bench.loso_logits(docs, names)
    assert fast == pytest.approx([slow[d["file"]]["logit"] for d in docs], abs=1e-9)


def test_the_site_folds_give_each_design_only_the_other_sites(bench) -> None:
    """`site_fold_logits`, the loop `loso_logits` and translationese_pos.py share: the design sees
    each fold's training docs only (never the held-out site's), and the fits are
    `cross_validate`'s."""
    import numpy as np

    docs = _made_up_docs()
    names = [*bench.FIRST_ROUND, "telling"]
    seen: list[set[str]] = []

    def design(train_docs: list[dict]):
        seen.append({d["site"] for d in train_docs})
        return np.array([[d["f"][k] for k in names] for d in docs], dtype=float)

    logits = bench.site_fold_logits(docs, design, 10.0)
    sites = sorted({d["site"] for d in docs})
    assert seen == [set(sites) - {s} for s in sites]
    slow = bench.cross_validate(docs, names, [], 10.0)
    assert logits == pytest.approx([slow[d["file"]]["logit"] for d in docs], abs=1e-9)
