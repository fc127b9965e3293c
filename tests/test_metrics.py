"""Reference metrics: document BLEU/chrF/TER with signatures, aligned sentence chrF, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mtqa.checker_cache import check
from mtqa.engine import Checker
from mtqa.integrations.metrics import align
from mtqa.report import renderer

ROOT = Path(__file__).resolve().parent.parent

REFERENCE = """The minister said the mission in Iraq would continue. Canadian troops remain at their base.

Officials in Ottawa declined to comment on Tuesday. The talks resume next week."""

TRANSLATION = """The minister said that the mission in Iraq will go on. Canada soldiers stay on base.

Ottawa officials refused comment Tuesday. The talks resume next week."""


def _metrics(text: str, reference: str | None):
    return Checker(languagetool="off").check(text, reference=reference)


def test_document_scores_with_signatures() -> None:
    m = _metrics(TRANSLATION, REFERENCE).metrics
    assert 0 < m["bleu"]["score"] < 100 and 0 < m["chrf"]["score"] < 100 and m["ter"]["score"] > 0
    assert m["bleu"]["signature"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")
    assert "nc:6" in m["chrf"]["signature"] and "tok:tercom" in m["ter"]["signature"]
    perfect = _metrics(REFERENCE, REFERENCE).metrics
    assert perfect["bleu"]["score"] == 100 and perfect["ter"]["score"] == 0


def test_sentences_align_one_to_one_and_worst_listed_first() -> None:
    m = _metrics(TRANSLATION, REFERENCE).metrics
    pairs = [(p["translation_sentences"], p["reference_sentences"]) for p in m["sentences"]]
    assert pairs == [([1], [1]), ([2], [2]), ([3], [3]), ([4], [4])]
    worst = m["worst_sentences"]
    assert worst[0]["translation"] == "Canada soldiers stay on base."
    assert [w["chrf"] for w in worst] == sorted(w["chrf"] for w in worst)
    assert m["sentences"][3]["chrf"] == 100


def test_alignment_merges_a_split_sentence_and_skips_an_addition() -> None:
    hyp = ["The troops stay.", "They will help the allies.", "Ottawa paid for the mission.",
           "An advertisement appeared here."]
    ref = ["The troops stay and they will help the allies.", "Ottawa paid for the mission."]
    steps = align(hyp, ref)
    assert steps[0] == ([0, 1], [0])
    assert ([2], [1]) in steps and ([3], []) in steps


def test_alignment_is_monotone_on_long_uneven_texts() -> None:
    hyp = [f"Sentence number {i} talks about topic {i % 7}." for i in range(60)]
    ref = hyp[::2]
    steps = align(hyp, ref)
    flat_h = [i for h, _ in steps for i in h]
    flat_r = [j for _, r in steps for j in r]
    assert flat_h == list(range(60)) and flat_r == list(range(30))


def test_empty_reference_and_length_mismatch_give_clear_messages() -> None:
    report = _metrics(TRANSLATION, "   \n")
    assert {"check": "metrics", "reason": "the reference is empty"} in report.checks_skipped
    assert report.metrics is None
    short = _metrics(TRANSLATION * 5, "The talks resume next week.")
    assert "are they the same article" in short.metrics["warning"]
    assert any("are they the same article" in n for n in short.notes)


def test_no_reference_means_no_metrics_and_no_note() -> None:
    report = _metrics(TRANSLATION, None)
    assert report.metrics is None
    assert all(s["check"] != "metrics" for s in report.checks_skipped) and "metrics" not in report.checks_ran
    assert "metrics" not in renderer("text").render([report])


def test_api_and_reports_carry_the_metrics() -> None:
    report = check(TRANSLATION, reference=REFERENCE, languagetool="off")
    text = renderer("text").render([report])
    assert "reference: BLEU" in text and "chrF" in text and "nrefs:1" in text
    assert "Canada soldiers stay on base." in text
    data = json.loads(renderer("json").render([report]))
    blob = json.dumps(data)
    assert '"bleu"' in blob and '"worst_sentences"' in blob


def test_cli_reference(tmp_path) -> None:
    hyp, ref, empty = tmp_path / "hyp.txt", tmp_path / "ref.txt", tmp_path / "empty.txt"
    hyp.write_text(TRANSLATION, encoding="utf-8")
    ref.write_text(REFERENCE, encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "mtqa", "check", str(hyp), "--reference", str(ref),
                          "--languagetool", "off"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "reference: BLEU" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "mtqa", "check", str(hyp), "--reference", str(empty)],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "reference is empty" in bad.stderr
