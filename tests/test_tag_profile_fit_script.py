"""benchmarks/tag_profile_fit.py (the tag-class profile's ratios): cross-fitting keeps an
excerpt's own site out of the ratios it is read with, the module is rewritten in place, and a
changed corpus makes the shipped ratios stale. Made-up entries and files, so each can fail."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from script_loader import load_script

from mtqa import tag_profile

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def fit():
    return load_script("mtqa_test_tag_profile_fit", ROOT / "benchmarks" / "tag_profile_fit.py")


def _entries(fit, own_pairs: Counter) -> list:
    e = fit.Entry
    return [e("tune/a1.txt", "a", True, own_pairs), e("tune/a2.txt", "a", False, Counter({("DET", "NOUN"): 5})),
            e("tune/b1.txt", "b", True, Counter({("NOUN", "NOUN"): 6, ("DET", "NOUN"): 1})),
            e("tune/b2.txt", "b", False, Counter({("DET", "NOUN"): 6, ("NOUN", "NOUN"): 1})),
            e("tune/c1.txt", "c", True, Counter({("NOUN", "NOUN"): 4})),
            e("tune/c2.txt", "c", False, Counter({("DET", "ADJ"): 4}))]


def test_an_excerpt_is_read_with_ratios_learned_without_its_site(fit) -> None:
    few = fit.cross_fitted(_entries(fit, Counter({("NOUN", "NOUN"): 1})))
    many = fit.cross_fitted(_entries(fit, Counter({("NOUN", "NOUN"): 50})))
    # the excerpt's own counts (and its site's) do not move the ratios it is read with
    assert few["tune/a1.txt"] == pytest.approx(many["tune/a1.txt"])
    assert few["tune/a2.txt"] == pytest.approx(many["tune/a2.txt"])
    # they do move the other sites' values, and in-sample they would move its own
    assert few["tune/b2.txt"] != pytest.approx(many["tune/b2.txt"])
    everything = fit.learn(_entries(fit, Counter({("NOUN", "NOUN"): 50})))
    assert fit.mean(Counter({("NOUN", "NOUN"): 1}), everything) > many["tune/a1.txt"]
    # MT-like pairs read as MT from the other sites' profile
    assert many["tune/a1.txt"] > 0 > many["tune/a2.txt"]


def test_the_ratios_are_smoothed_log_likelihood_ratios(fit) -> None:
    table = fit.learn(_entries(fit, Counter({("NOUN", "NOUN"): 3})))
    assert len(table) == len(tag_profile.CLASSES) ** 2
    assert table[("NOUN", "NOUN")] > 0 > table[("DET", "NOUN")]
    assert abs(table[("OTHER", "OTHER")]) < 0.2  # unseen on both sides: near zero, not infinite


def test_writing_replaces_the_ratios_and_the_digest_only(fit) -> None:
    text = (ROOT / "mtqa" / "tag_profile.py").read_text(encoding="utf-8")
    table = {p: 0.5 for p in fit.PAIRS}
    out = fit.module_text(text, table, "0123456789abcdef")
    assert 'CORPUS_DIGEST = "0123456789abcdef"' in out
    namespace: dict = {}
    exec(compile(out, "tag_profile_written", "exec"), namespace)  # noqa: S102 - the module as written
    assert namespace["RATIOS"] == tuple((0.5,) * 13 for _ in range(13))
    assert out.split("RATIOS:")[0] == text.split("RATIOS:")[0].replace(tag_profile.CORPUS_DIGEST, "0123456789abcdef")
    assert out.split("RATIOS:")[1].split("\n)\n", 1)[1] == text.split("RATIOS:")[1].split("\n)\n", 1)[1]
    with pytest.raises(SystemExit):
        fit.module_text("no ratios here", table, "0123456789abcdef")


def test_a_changed_corpus_changes_the_digest(fit, tmp_path) -> None:
    for folder in fit.FOLDERS:
        (tmp_path / folder).mkdir()
    (tmp_path / "tune" / "x.txt").write_text("one", encoding="utf-8")
    before = fit.corpus_digest(tmp_path)
    assert fit.corpus_digest(tmp_path) == before
    (tmp_path / "signal" / "y.txt").write_text("two", encoding="utf-8")
    assert fit.corpus_digest(tmp_path) != before
    both = fit.corpus_digest(tmp_path)
    (tmp_path / "heldout").mkdir()
    (tmp_path / "heldout" / "z.txt").write_text("three", encoding="utf-8")  # not learned from
    assert fit.corpus_digest(tmp_path) == both


def test_the_shipped_ratios_match_the_corpus(fit) -> None:
    """The gate's condition: the ratios in mtqa/tag_profile.py were written from the corpus as it is."""
    assert fit.stale() is None
