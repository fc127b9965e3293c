"""benchmarks/verdict_by_batch.py (the verdict on an unseen batch it was not fitted on): which
batches it leaves out, that a left-out batch chooses nothing, the candidate's deflation, and why a
passing MT row passes, on made-up rows."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def by_batch():
    return load_script("mtqa_test_verdict_by_batch", ROOT / "benchmarks" / "verdict_by_batch.py")


def _row(rng: random.Random, mt: bool, batch: str, penalty: float, site: str, with_rates: bool = True) -> dict:
    from mtqa import translationese

    rates = {k: rng.gauss(1.0 if mt else 0.0, 1.0) for k in translationese.FEATURES}
    return {"file": f"tune/{site}.txt", "site": site, "kind": "mt-other-en" if mt else "clean", "mt": mt,
            "batch": batch, "words": 200, "prose_words": 180, "penalty": penalty, "signal_penalty": 0.0,
            "critical_fails": False, "counts": {}, "f": rates if with_rates else None}


def test_only_the_unseen_batches_from_the_fourteenth_on_are_left_out(by_batch) -> None:
    rows = [{"batch": b} for b in ("unseen-9", "unseen-14", "unseen-29", "unseen-14", "", "unseen-2x", "unseen-100")]
    assert by_batch.unseen_batches(rows) == ["unseen-14", "unseen-29", "unseen-100"]


def test_a_left_out_batch_does_not_choose_the_pass_threshold(by_batch) -> None:
    rng = random.Random(7)
    rows = [_row(rng, False, "", 0.0, f"clean-{i}") for i in range(40)]
    rows += [_row(rng, True, "", 20.0, f"mt-{i}") for i in range(20)]
    # the batch's clean copy costs 8 points per 200 words (score 96.0): with it in, keeping 95 % of
    # clean passing takes a threshold of 96.0 at most; left out, the other clean copy allows 100
    rows += [_row(rng, False, "unseen-40", 8.0, f"batch-clean-{i}") for i in range(3)]
    _docs, with_batch = by_batch.leave_out(rows, None)
    _docs, without = by_batch.leave_out(rows, "unseen-40")
    assert with_batch == pytest.approx(96.0)
    assert without == pytest.approx(100.0)


def test_the_candidate_deflates_only_the_mt_rows_finding_rate(by_batch) -> None:
    mt = {"mt": True, "f": {"separating_rate": 2.0, "of_the": 3.0}}
    clean = {"mt": False, "f": {"separating_rate": 2.0, "of_the": 3.0}}
    assert by_batch.deflated(mt, 0.5)["f"] == {"separating_rate": 1.0, "of_the": 3.0}
    assert by_batch.deflated(clean, 0.5) is clean
    assert by_batch.deflated({"mt": True, "f": None}, 0.5)["f"] is None


def test_why_a_passing_mt_row_passes(by_batch) -> None:
    assert by_batch.why_passing({"f": None, "found": 0}) == "no_signal_short_prose"
    assert by_batch.why_passing({"f": {}, "found": 0}) == "signal_under_entry"
    assert by_batch.why_passing({"f": {}, "found": 2}) == "signal_fired_score_over"


def test_rows_that_are_not_rows_get_a_message_and_exit_2(by_batch, tmp_path, capsys) -> None:
    bad = tmp_path / "rows.json"
    bad.write_text('[{"file": "tune/a.txt"}]', encoding="utf-8")
    assert by_batch.main(["--from", str(bad)]) == 2
    assert "cannot read" in capsys.readouterr().err


# --- the profile's ratios relearned without the left-out batch --------------------------------

def _profiled_case(fit):
    """Made-up rows and their class pairs: the other batches' MT runs NOUN NOUN and their clean copy
    DET NOUN; the left-out batch's MT runs ADV NUM, a pair no other row has. Ratios learned with the
    batch in read that pair as MT; learned without it, they know nothing of it."""
    from collections import Counter

    rng = random.Random(3)
    rows, entries = [], []
    for i in range(12):
        for mt in (False, True):
            site = f"site-{i}"
            rows.append(_row(rng, mt, "", 0.0, site) | {"file": f"tune/{site}-{mt}.txt"})
            pairs = Counter({("NOUN", "NOUN"): 30, ("DET", "NOUN"): 10} if mt else {("DET", "NOUN"): 30, ("NOUN", "NOUN"): 10})
            entries.append(fit.Entry(f"tune/{site}-{mt}.txt", site, mt, pairs))
    for i in range(3):
        rows.append(_row(rng, True, "unseen-40", 0.0, "new-site") | {"file": f"tune/new-{i}.txt"})
        entries.append(fit.Entry(f"tune/new-{i}.txt", "new-site", True, Counter({("ADV", "NUM"): 40})))
    return rows, entries


def test_a_left_out_batch_is_read_with_ratios_that_never_saw_it(by_batch) -> None:
    fit = by_batch._profile_fit()
    rows, entries = _profiled_case(fit)
    pairs = by_batch.PairCounts(entries, rows)
    fitted, everyone = pairs.without("unseen-40", rows)
    others = [e for e in entries if not e.file.startswith("tune/new-")]
    own = entries[-1]
    honest = fit.mean(own.pairs, fit.learn(others))
    leaky = fit.mean(own.pairs, fit.learn(entries))
    assert leaky > honest + 1.0  # the leak would show: with the batch in, its own pair reads as MT
    assert everyone[own.file] == pytest.approx(honest)
    # the training rows as the refit reads them: cross-fitted by site, the batch nowhere in them
    assert fitted == pytest.approx(fit.cross_fitted(others))
    # with every row in (the in-sample column), the batch is read with the ratios that would ship
    _fitted, shipped = pairs.without(None, rows)
    assert shipped[own.file] == pytest.approx(leaky)


def test_leave_out_scores_the_batch_with_the_relearned_profile_not_the_rows_own(by_batch) -> None:
    fit = by_batch._profile_fit()
    rows, entries = _profiled_case(fit)
    for r in rows:  # the rows' own value, as read with ratios learned with every batch in
        r["f"]["tag_profile"] = 9.0 if r["batch"] else r["f"]["tag_profile"]
    docs, _threshold = by_batch.leave_out(rows, "unseen-40", pairs=by_batch.PairCounts(entries, rows))
    honest = fit.mean(entries[-1].pairs, fit.learn(entries[:-3]))
    assert [d["f"]["tag_profile"] for d in docs if d["batch"]] == pytest.approx([honest] * 3)
    leaky_docs, _ = by_batch.leave_out(rows, "unseen-40")
    assert [d["f"]["tag_profile"] for d in leaky_docs if d["batch"]] == [9.0] * 3


def test_rows_the_corpus_does_not_hold_are_refused(by_batch) -> None:
    fit = by_batch._profile_fit()
    rows, entries = _profiled_case(fit)
    with pytest.raises(ValueError, match="not in the corpus"):
        by_batch.PairCounts(entries[1:], rows)


def test_the_auc_folds_read_a_left_out_site_with_ratios_learned_without_it(by_batch, monkeypatch) -> None:
    from types import SimpleNamespace

    from mtqa import translationese

    fit = by_batch._profile_fit()
    rows, entries = _profiled_case(fit)
    seen: dict[str, float] = {}

    def one_fold(docs, design, _l2):  # the new site's fold only, its matrix kept
        x = design([d for d in docs if d["site"] != "new-site"])
        column = list(translationese.FEATURES).index("tag_profile")
        seen.update((d["file"], x[i, column]) for i, d in enumerate(docs) if d["site"] == "new-site")
        return [0.0] * len(docs)

    monkeypatch.setattr(by_batch, "_bench", lambda: SimpleNamespace(site_fold_logits=one_fold, auc=lambda a, b: 0.5))
    by_batch.loso_auc_by_batch(rows, ["unseen-40"], pairs=by_batch.PairCounts(entries, rows))
    honest = fit.mean(entries[-1].pairs, fit.learn(entries[:-3]))
    assert list(seen.values()) == pytest.approx([honest] * 3)
