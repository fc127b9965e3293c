"""The twelfth round (benchmarks/translationese_verdict.py): rates chosen by the verdict the
entry procedure gives them, made leave-one-site-out. Made-up excerpts, so the tests can fail."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
# the first round's ten rates, which the criterion starts from (benchmarks/translationese.py's FIRST_ROUND)
FIRST_ROUND = ("of_the", "the_rate", "said_share", "sentence_length", "sentence_spread", "commas",
               "contractions", "cohesion", "mattr", "zipf")


@pytest.fixture(scope="module")
def verdict():
    pytest.importorskip("numpy")
    return load_script("mtqa_translationese_verdict_test", ROOT / "benchmarks" / "translationese_verdict.py")


def _made_up(seed: int = 11, telling: str = "telling", lean: float = 5.0) -> tuple[list[dict], list[dict]]:
    """Forty sites of two excerpts each, and their rows for the verdict: the shipped ten rates
    are noise, `telling` leans with the label by `lean` standard deviations, `noise` does not;
    the rules find nothing, so only the signal can fail an excerpt."""
    rng = random.Random(seed)
    docs, rows = [], []
    for site in range(40):
        for k in range(2):
            mt = (site + k) % 2 == 0
            # the rates the criterion reads (the first round's), so that the made-up draws do not
            # shift whenever mtqa ships another rate
            f = {name: rng.gauss(0, 1) for name in FIRST_ROUND}
            f[telling] = rng.gauss(lean if mt else 0.0, 1)
            f["noise"] = rng.gauss(0, 1)
            f["flat"] = 1.0
            docs.append({"file": f"s{site}/{k}", "site": f"s{site}", "kind": "made-up", "mt": mt, "f": f})
            rows.append({"file": f"s{site}/{k}", "site": f"s{site}", "mt": mt, "words": 300, "penalty": 0.0,
                         "passed": True, "rules_pass": True, "logit": 0.0, "prose": 300.0})
    return docs, rows


def test_the_fast_verdict_is_judged_loso(verdict) -> None:
    """`loso_passes` gives what `translationese.judged_loso` gives, rules' penalties and all."""
    rng = random.Random(3)
    rows = []
    for i in range(90):
        mt = i % 3 != 0
        penalty = rng.choice([0.0, 0.0, 2.0, 5.0, 30.0])
        rows.append({"file": f"f{i}", "site": f"s{i % 31}", "mt": mt, "words": 300, "penalty": penalty,
                     "passed": penalty < 25, "rules_pass": penalty <= 7.5, "prose": 300.0,
                     "logit": rng.gauss(1.0 if mt else -0.5, 1.2)})
    np = pytest.importorskip("numpy")
    passes = verdict.loso_passes(rows, np.array([r["logit"] for r in rows]))
    slow = verdict.bench.judged_loso(rows, alone=False)
    mt = [p for p, r in zip(passes, rows) if r["mt"]]
    clean = [p for p, r in zip(passes, rows) if not r["mt"]]
    assert round(1 - sum(mt) / len(mt), 3) == slow["mt_fail"]
    assert round(sum(clean) / len(clean), 3) == slow["clean_pass"]


def test_forward_takes_the_rate_that_fails_more_mt_and_keeps_clean_copy_passing(verdict) -> None:
    docs, rows = _made_up()
    before = verdict.judge(rows, docs, verdict.bench.FIRST_ROUND)
    added, steps = verdict.forward(rows, docs, ["noise", "flat", "telling"])
    assert added[:1] == ["telling"]
    assert "flat" not in added
    after = verdict.judge(rows, docs, verdict.bench.FIRST_ROUND + added)
    assert after.mt_fail >= before.mt_fail + verdict.MIN_MT_GAIN * len(added)
    assert after.clean_pass >= before.clean_pass
    assert len(added) <= verdict.MAX_ADDED and (steps[-1]["taken"] is False or len(added) == verdict.MAX_ADDED)


def test_forward_refuses_a_rate_that_ranks_better_but_fails_clean_copy(verdict) -> None:
    """Leaning less, `telling` lifts the AUC and fails MT excerpts, but its clean tail costs two
    clean excerpts: the criterion is the verdict, so it is not taken."""
    docs, rows = _made_up(lean=2.5)
    before, with_it = (verdict.judge(rows, docs, names) for names in
                       (verdict.bench.FIRST_ROUND, [*verdict.bench.FIRST_ROUND, "telling"]))
    assert with_it.auc > before.auc + 0.3 and with_it.mt_fail > before.mt_fail
    assert with_it.clean_pass < before.clean_pass
    added, steps = verdict.forward(rows, docs, ["telling"])  # alone: a noise rate may fail an MT excerpt by chance
    assert added == [] and steps[0]["taken"] is False


def test_forward_takes_nothing_that_changes_no_verdict(verdict) -> None:
    """A rate the same in every excerpt changes no logit, so it fails no MT excerpt more."""
    docs, rows = _made_up()
    added, steps = verdict.forward(rows, docs, ["flat"])
    assert added == [] and steps[0]["taken"] is False


def test_backward_keeps_the_rate_that_carries_the_verdict(verdict) -> None:
    """With one of the ten telling and the rest noise, dropping rates never drops the telling one,
    never loses an MT excerpt or a clean one, and stops at MIN_RATES at the least."""
    docs, rows = _made_up(telling="of_the")
    before = verdict.judge(rows, docs, verdict.bench.FIRST_ROUND)
    kept, steps = verdict.backward(rows, docs)
    assert "of_the" in kept and len(kept) >= verdict.MIN_RATES
    after = verdict.judge(rows, docs, kept)
    assert after.mt_fail >= before.mt_fail and after.clean_pass >= before.clean_pass
    dropped = [s["dropped"] for s in steps if s["dropped"]]
    assert sorted(dropped) == sorted(k for k in verdict.bench.FIRST_ROUND if k not in kept)
    assert steps[-1]["dropped"] is None or len(kept) == verdict.MIN_RATES


def test_the_guard_passes_no_procedure_that_changes_nothing_and_one_that_helps(verdict) -> None:
    docs, rows = _made_up()
    same = verdict.guard(rows, docs, lambda _r, _d: list(verdict.bench.FIRST_ROUND))
    assert same["selected"] == same["ten"] and same["passes"] is False
    helped = verdict.guard(rows, docs, lambda _r, _d: [*verdict.bench.FIRST_ROUND, "telling"])
    assert helped["selected"]["mt_fail"] > helped["ten"]["mt_fail"] and helped["passes"] is True


def test_the_made_up_rates_are_the_criterions_first_round(verdict) -> None:
    assert FIRST_ROUND == tuple(verdict.bench.FIRST_ROUND)
