"""The real-copy corpus (benchmarks/corpus/) follows its README: headers, split, labels."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus import validate
from benchmarks.corpus.half import half_of
from benchmarks.corpus.load import load_excerpts, load_labels


def test_corpus_validates():
    assert validate.problems() == []


def test_corpus_has_both_kinds_in_both_halves():
    excerpts = load_excerpts()
    for half in ("tune", "heldout"):
        kinds = {ex.is_mt for ex in excerpts if ex.half == half}
        assert kinds == {True, False}, half


def test_split_is_by_site_and_fixed():
    assert half_of("www.example.com") == half_of("example.com")
    assert {half_of(s) for s in ("a.ca", "b.ca", "c.ca", "d.ca", "e.ca", "f.ca")} == {"tune", "heldout"}


def test_validator_reports_a_label_that_does_not_occur(tmp_path: Path):
    site = next(s for s in (f"site{i}.example" for i in range(50)) if half_of(s) == "tune")
    (tmp_path / "tune").mkdir()
    (tmp_path / "heldout").mkdir()
    (tmp_path / "labels.d").mkdir()
    body = " ".join(["word"] * 160) + " The duty said."
    (tmp_path / "tune" / f"{site.replace('.', '-')}-01.txt").write_text(
        f'+++\nurl = "https://{site}/x"\nsite = "{site}"\npublished = "unknown"\n'
        f'retrieved = "2026-12-02"\nkind = "mt-fr-en"\n+++\n{body}\n', encoding="utf-8")
    rel = f"tune/{site.replace('.', '-')}-01.txt"
    (tmp_path / "labels.d" / "x.toml").write_text(
        f'[[label]]\nfile = "{rel}"\ntext = "The duty"\noccurrence = 2\nfamily = "publications"\n'
        'fix = "Le Devoir"\nseverity = "major"\ncatchable = "rule"\n', encoding="utf-8")
    found = validate.problems(tmp_path)
    assert len(found) == 1 and "does not occur 2 time(s)" in found[0]
    labels = load_labels(tmp_path, {rel: body + "\n"})
    assert labels[0].start == -1


def test_signal_folder_validates():
    # signal/ may be empty: its excerpts move to tune/ once they are labelled in full
    assert validate.signal_problems() == []


def test_signal_folder_refuses_held_back_sites_and_sites_tune_already_has(tmp_path: Path):
    sites = [f"site{i}.example" for i in range(60)]
    held = next(s for s in sites if half_of(s) == "heldout")
    tune_a, tune_b = [s for s in sites if half_of(s) == "tune"][:2]
    body = " ".join(["word"] * 160) + "\n"
    for folder, site in (("tune", tune_a), ("signal", tune_a), ("signal", held), ("signal", tune_b)):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / f"{site.replace('.', '-')}-01.txt").write_text(
            f'+++\nurl = "https://{site}/{folder}"\nsite = "{site}"\npublished = "unknown"\n'
            f'retrieved = "2026-12-03"\nkind = "clean"\n+++\n{body}', encoding="utf-8")
    found = validate.signal_problems(tmp_path)
    assert len(found) == 2
    assert any(f"site {tune_a} is already in tune/" in line for line in found)
    assert any(f"site {held} belongs in heldout/" in line for line in found)
