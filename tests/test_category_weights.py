"""MQM category weights (mtqa.category_weights): the configuration's table, the arithmetic, and a
real `mtqa check` run that scores a Minor punctuation finding as MQM's guidelines do (0.1, the
default) and as a configuration that weighs by severity alone does (1)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa import Checker, category_weights, scoring
from mtqa.config import known_categories, load_file
from mtqa.errors import ConfigError
from mtqa.finding import Finding, Severity, Span

ROOT = Path(__file__).resolve().parent.parent
# Made up: a space before a full stop and a doubled space (two Minor Fluency/Punctuation findings),
# nothing else.
TEXT = "The ferry left the harbour at noon .  It came back late in the evening.\n"
SEVERITY_ALONE = '[category-weights]\n"Fluency/Punctuation" = { minor = 1 }\n'


def finding(severity: Severity, category: str, confidence: float = 1.0) -> Finding:
    return Finding("x/y", "m", Span(0, 1), "t", severity, category, confidence=confidence)


def weighed(table: dict) -> category_weights.ByCategory:
    return category_weights.resolve(category_weights.check(table, "test", known_categories()), scoring.DEFAULT_WEIGHTS)


def test_a_severity_table_sets_that_severity_in_that_category_only() -> None:
    by_category = weighed({"Fluency/Punctuation": {"minor": 0.1}})
    found = [finding(Severity.MINOR, "Fluency/Punctuation"), finding(Severity.MAJOR, "Fluency/Punctuation"),
             finding(Severity.MINOR, "Fluency/Spelling"), finding(Severity.MINOR, "Fluency/Punctuation", 0.4)]
    # MQM's arithmetic: Minor punctuation 0.1, Major punctuation 5, any other Minor 1; low confidence 0
    assert scoring.penalty(found, None, by_category) == pytest.approx(0.1 + 5 + 1)
    assert scoring.penalty(found) == pytest.approx(1 + 5 + 1)
    sub = scoring.subtotals(found, None, by_category)
    assert sub["Fluency/Punctuation"] == {"count": 3, "penalty": pytest.approx(5.1),
                                          "weights": {"minor": 0.1, "major": 5.0, "critical": 25.0}}
    assert "weights" not in sub["Fluency/Spelling"]


def test_a_number_is_a_factor_and_a_top_level_key_covers_its_subcategories() -> None:
    by_category = weighed({"Style": 0.5, "Style/Awkward": {"major": 1}})
    assert scoring.penalty([finding(Severity.MAJOR, "Style/Company style")], None, by_category) == 2.5
    assert scoring.penalty([finding(Severity.MINOR, "Style/Unidiomatic")], None, by_category) == 0.5
    # the fuller key wins; its table leaves the other severities to the severity weights
    assert scoring.penalty([finding(Severity.MAJOR, "Style/Awkward")], None, by_category) == 1
    assert scoring.penalty([finding(Severity.MINOR, "Style/Awkward")], None, by_category) == 1
    assert scoring.penalty([finding(Severity.MINOR, "Fluency/Grammar")], None, by_category) == 1


def test_a_category_weighed_zero_does_not_corroborate() -> None:
    found = [finding(Severity.MINOR, "Fluency/Punctuation"), Finding("z/judge", "m", Span(0, 1), "t", Severity.MAJOR,
                                                                      "Style/Awkward")]
    kept, withheld = scoring.corroborated(found, {"z/judge"}, None, weighed({"Fluency/Punctuation": 0}))
    assert withheld == 1 and [f.rule_id for f in kept] == ["x/y"]


def test_the_configuration_reads_the_table(tmp_path: Path) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text('[category-weights]\n"Fluency/Punctuation" = { minor = 0.1 }\n"Style" = 2\n', encoding="utf-8")
    assert load_file(path).category_weights == {"Fluency/Punctuation": {"minor": 0.1}, "Style": 2.0}


@pytest.mark.parametrize(("body", "expected"), [
    ('[category-weights]\n"Fluency/Punctuaton" = 0.1\n',
     ":2: category-weights: unknown category 'Fluency/Punctuaton' (did you mean 'Fluency/Punctuation'?)"),
    ('locale = "en-CA"\n\n[category-weights]\n"Style" = 1\n"Fluency/Punctuation" = { minr = 0.1 }\n',
     ":5: category-weights.'Fluency/Punctuation': unknown severity 'minr' (expected one of minor, major, critical)"),
    ('[category-weights]\n"Fluency/Punctuation" = -0.1\n',
     ":2: category-weights.'Fluency/Punctuation': expected a finite number >= 0, got -0.1"),
    ('[category-weights]\n"Fluency/Punctuation" = { minor = "low" }\n',
     ":2: category-weights.'Fluency/Punctuation'.minor: expected a finite number >= 0, got str"),
    ('[category-weights]\n"Fluency/Punctuation" = nan\n',
     ":2: category-weights.'Fluency/Punctuation': expected a finite number >= 0, got nan"),
    ('category-weights = 3\n', ":1: category-weights: expected a table, got int"),
])
def test_bad_category_weights_name_the_line_and_key(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_file(path)
    assert str(caught.value) == f"{path}{expected}"


def test_a_library_caller_gets_the_same_check() -> None:
    with pytest.raises(ConfigError, match="did you mean 'Fluency/Punctuation'"):
        Checker(category_weights={"Fluency/Punctation": 0.1}, languagetool="off")
    assert Checker(languagetool="off").check(TEXT).penalty == pytest.approx(0.2)  # the default: MQM's 0.1
    # the default is a tenth of a Minor error, whatever a Minor error is configured to weigh
    assert Checker(weights={"minor": 2}, languagetool="off").check(TEXT).penalty == pytest.approx(0.4)
    checker = Checker(category_weights={"Fluency/Punctuation": {"minor": 0.5}}, languagetool="off")
    report = checker.check(TEXT)
    assert report.penalty == pytest.approx(1.0)
    assert report.weights["categories"]["Fluency/Punctuation"]["minor"] == 0.5


def _mtqa(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mtqa", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})


def test_a_real_run_scores_by_the_category_weights_and_says_them(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    plain = json.loads(_mtqa("check", "story.txt", "--languagetool", "off", "--format", "json", cwd=tmp_path).stdout)
    file = plain["files"][0]
    assert file["penalty"] == pytest.approx(0.2) and "weights" not in file  # the default weights are not said
    assert file["categories"]["Fluency/Punctuation"] == {
        "count": 2, "penalty": pytest.approx(0.2), "weights": {"minor": 0.1, "major": 5.0, "critical": 25.0}}
    (tmp_path / "mtqa.toml").write_text(SEVERITY_ALONE, encoding="utf-8")
    run = _mtqa("check", "story.txt", "--languagetool", "off", "--format", "json", cwd=tmp_path)
    file = json.loads(run.stdout)["files"][0]
    assert file["penalty"] == 2
    assert file["weights"]["categories"]["Fluency/Punctuation"] == {"minor": 1.0, "major": 5.0, "critical": 25.0}
    text = _mtqa("check", "story.txt", "--languagetool", "off", cwd=tmp_path).stdout
    assert "penalty 2, weights minor 1, major 5, critical 25; Fluency/Punctuation as above" in text
    (tmp_path / "mtqa.toml").write_text('[category-weights]\n"Fluency/Punctation" = 0.1\n', encoding="utf-8")
    bad = _mtqa("check", "story.txt", "--languagetool", "off", cwd=tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "did you mean 'Fluency/Punctuation'" in bad.stderr


def test_a_configured_table_is_laid_over_the_default_not_around_it() -> None:
    # TEXT has two Minor Fluency/Punctuation findings. A team's weight for the top-level category
    # scales the default's tenth (0.5 x 0.1 each), where the fuller default key used to hide it
    # (0.1 each, the team's factor lost)...
    assert Checker(category_weights={"Fluency": 0.5}, languagetool="off").check(TEXT).penalty == pytest.approx(0.1)
    # ...and a table naming another severity of the default's key keeps the default's Minor weight
    # (it was replaced whole: Minor punctuation 1 again).
    checker = Checker(category_weights={"Fluency/Punctuation": {"major": 3}}, languagetool="off")
    report = checker.check(TEXT)
    assert report.penalty == pytest.approx(0.2)
    assert report.weights["categories"]["Fluency/Punctuation"] == {"minor": 0.1, "major": 3.0, "critical": 25.0}
    # a factor given for the key itself is the team's whole say for it
    assert Checker(category_weights={"Fluency/Punctuation": 1}, languagetool="off").check(TEXT).penalty == pytest.approx(2)
