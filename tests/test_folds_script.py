"""benchmarks/corpus/folds.py and real_copy.py's --fold and --rule: the tuning half split in two
by site, rules written from fold A and judged on fold B, whose misses are never listed."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
FOLDS_PY = ROOT / "benchmarks" / "corpus" / "folds.py"


def _script(name: str, path: Path):
    return load_script(name, path)


@pytest.fixture(scope="module")
def folds():
    return _script("mtqa_corpus_folds", FOLDS_PY)


@pytest.fixture(scope="module")
def real_copy():
    return _script("mtqa_real_copy_script", ROOT / "benchmarks" / "real_copy.py")


def test_a_site_and_its_subdomains_share_a_fold(folds) -> None:
    assert folds.fold_of("montreal.example.ca") == folds.fold_of("www.example.ca") == folds.fold_of("example.ca")
    assert {folds.fold_of(f"site{i}.com") for i in range(20)} == {"A", "B"}


def test_real_copy_uses_the_one_fold_assignment(real_copy) -> None:
    assert Path(real_copy.fold_of.__code__.co_filename).resolve() == FOLDS_PY


def test_the_fold_sizes_add_up_to_the_tuning_half(folds) -> None:
    sizes = folds.fold_sizes()
    tune_mt = [ex for ex in folds.load_excerpts() if ex.half == "tune" and ex.is_mt]
    assert sizes["A"]["MT excerpts"] > 0 and sizes["B"]["MT excerpts"] > 0
    assert sizes["A"]["MT excerpts"] + sizes["B"]["MT excerpts"] == len(tune_mt)
    assert sizes["A"]["MT sites"] + sizes["B"]["MT sites"] == len({folds.registered_domain(ex.site) for ex in tune_mt})


@pytest.mark.parametrize("args", [
    ["--half", "both", "--fold", "A"],
    ["--half", "heldout", "--fold", "A"],
    ["--half", "both", "--rule", "grammar/a-or-an"],
    ["--half", "tune", "--fold", "B", "--details"],  # fold B judges: its misses are never listed
    ["--half", "tune", "--rule", "grammar/a-or-an", "--details"],  # judging on B beside the whole half's misses
])
def test_the_held_back_half_and_fold_b_are_never_listed_or_split(real_copy, args) -> None:
    with pytest.raises(SystemExit) as exit_info:
        real_copy.main(args)
    assert exit_info.value.code == 2


def _listed_files(output: str) -> set[str]:
    listed = output.split("\nmisses:\n", 1)[1]
    return {line.split()[0].split(":")[0] for line in listed.splitlines() if line.startswith("  ")}


def test_details_of_fold_a_list_fold_a_only(real_copy, folds, capsys, tmp_path) -> None:
    site_of = {ex.rel: ex.site for ex in folds.load_excerpts()}
    real_copy.main(["--half", "tune", "--batch", "unseen-9", "--details", "--json", str(tmp_path / "all.json")])
    whole = _listed_files(capsys.readouterr().out)
    assert {folds.fold_of(site_of[rel]) for rel in whole} == {"A", "B"}  # the batch has misses in both folds
    real_copy.main(["--half", "tune", "--batch", "unseen-9", "--fold", "A", "--details",
                    "--json", str(tmp_path / "a.json")])
    fold_a = _listed_files(capsys.readouterr().out)
    assert fold_a and fold_a == {rel for rel in whole if folds.fold_of(site_of[rel]) == "A"}


@pytest.mark.parametrize("batch", ["unseen-22", "unseen-28", "unseen-35", "unseen-37", "unseen-39", "unseen-42", "unseen-46",
                                   "unseen-50", "unseen-56", "unseen-61", "unseen-65", "unseen-71"])
def test_a_judge_batch_is_never_listed_by_name(real_copy, batch) -> None:
    with pytest.raises(SystemExit) as exit_info:
        real_copy.main(["--half", "tune", "--batch", batch, "--details"])
    assert exit_info.value.code == 2


def test_details_leave_the_judge_batches_out(real_copy, folds, capsys, tmp_path) -> None:
    batch_of = {ex.rel: ex.header.get("batch") for ex in folds.load_excerpts()}
    judged_that_day = {rel for rel, batch in batch_of.items() if batch in real_copy.JUDGE_BATCHES}
    assert {"unseen-22", "unseen-28"} <= set(real_copy.JUDGE_BATCHES) and judged_that_day
    real_copy.main(["--half", "tune", "--retrieved", "2026-12-06", "--fold", "A", "--details",
                    "--json", str(tmp_path / "a.json")])
    out = capsys.readouterr().out
    listed = _listed_files(out)
    assert listed and not listed & judged_that_day  # other batches of the day are listed, the judges not
    assert "of the judge batches" in out


def _finding(rule_id: str, start: int, end: int, message: str = "") -> SimpleNamespace:
    return SimpleNamespace(rule_id=rule_id, span=SimpleNamespace(start=start, end=end), message=message, extra={})


def test_rule_catches_counts_per_fold_and_alone(real_copy, folds) -> None:
    site_a = next(f"site{i}.com" for i in range(50) if folds.fold_of(f"site{i}.com") == "A")
    site_b = next(f"site{i}.com" for i in range(50) if folds.fold_of(f"site{i}.com") == "B")
    body = "The mayor made a series arrests and the council voted on proposal in the spring."
    at = {word: (body.index(word), body.index(word) + len(word)) for word in ("series arrests", "on proposal", "council", "spring")}

    def excerpt(rel, half, site, kind):
        return real_copy.Excerpt(rel, half, {"site": site, "kind": kind}, body)

    def label(rel, word, catchable="rule"):
        return real_copy.Label(rel, word, 1, "grammar", "", "minor", catchable, start=at[word][0], end=at[word][1])

    excerpts = [excerpt("tune/a.txt", "tune", site_a, "mt-fr-en"), excerpt("tune/b.txt", "tune", site_b, "mt-fr-en"),
                excerpt("tune/c.txt", "tune", site_b, "clean"), excerpt("heldout/h.txt", "heldout", site_a, "mt-fr-en")]
    labels = [label("tune/a.txt", "series arrests"), label("tune/a.txt", "on proposal"),
              label("tune/a.txt", "council", catchable="source"),
              label("tune/b.txt", "on proposal"), label("tune/c.txt", "council")]
    findings = {
        "tune/a.txt": [_finding("x/rule", *at["series arrests"]),  # caught by X alone
                       _finding("x/rule", *at["on proposal"]), _finding("y/other", *at["on proposal"]),  # caught, not alone
                       _finding("x/rule", *at["council"]),  # on a source label: caught by nothing, not unlabelled
                       _finding("x/rule", *at["spring"])],  # unlabelled MT
        "tune/b.txt": [_finding("p/pack", *at["on proposal"], message="entry 'made a series'"),
                       _finding("p/pack", *at["spring"], message="entry 'voted on'")],
        "tune/c.txt": [_finding("x/rule", *at["council"]),  # on a clean copy's genuine slip: not a false flag
                       _finding("x/rule", *at["spring"])],  # a false flag on clean copy of fold B
        "heldout/h.txt": [_finding("x/rule", *at["series arrests"])],  # the held-back half is never counted
    }
    checker = SimpleNamespace(check=lambda body, path: SimpleNamespace(findings=findings[path]))

    counts = real_copy.rule_catches(["x/rule", "p/pack:made a series"], checker, excerpts, labels)

    assert counts["x/rule"]["A"] == {"caught": 2, "alone": 1, "unlabelled_mt": 1}
    assert counts["x/rule"]["B"] == {"clean": 1}
    assert counts["p/pack:made a series"]["A"] == {}
    assert counts["p/pack:made a series"]["B"] == {"caught": 1, "alone": 1}
