"""The README as a contract: what a new user copies from it works as the text says.

Each test reads the README's own words (a list of rules, a library call) and holds the code to
them, so that a rule moved out of preview or a renamed call fails here, not in a user's shell.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_bilingual_call_the_readme_shows_works_after_import_mtqa(tmp_path: Path) -> None:
    """`mtqa.bilingual.check_file(mtqa.Checker(), "story.fr-en.xlf")` after a plain `import mtqa`
    (as the README writes it), without `import mtqa` loading the package before it is used."""
    assert 'mtqa.bilingual.check_file(mtqa.Checker(), "story.fr-en.xlf")' in README
    (tmp_path / "story.fr-en.xlf").write_text(textwrap.dedent("""\
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="fr" target-language="en" datatype="plaintext" original="story">
            <body>
              <trans-unit id="t1">
                <source>Le conseil se réunit mardi.</source>
                <target>The council meets on Tuesday on Tuesday.</target>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """), encoding="utf-8")
    script = textwrap.dedent("""\
        import sys
        import mtqa
        assert "mtqa.bilingual" not in sys.modules and "mtqa.session" not in sys.modules
        report = mtqa.bilingual.check_file(mtqa.Checker(), "story.fr-en.xlf")
        print(report.segments, sorted({f.rule_id for f in report.findings}))
        print(mtqa.session.Session.__name__)
        """)
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    segments, session = done.stdout.splitlines()
    assert segments.startswith("1 ") and "repetition/doubled-phrase" in segments
    assert session == "Session"


def test_the_readme_lists_every_preview_rule() -> None:
    """"Rules still in preview (…) run with `--preview`": the list is the registry's."""
    from mtqa import registry

    sentence = re.search(r"Rules still in\s+preview \((.*?)\) run\s+with `--preview`", README, re.S)
    assert sentence, "the README's sentence listing the preview rules"
    listed = set(re.findall(r"`([a-z]+/[a-z-]+)`", sentence.group(1)))
    preview = {r.id for r in registry.all_rules() if r.meta.status.value == "preview"}
    assert listed == preview


def _help_flags(*command: str) -> set[str]:
    done = subprocess.run([sys.executable, "-m", "mtqa", *command, "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", done.stdout)) - {"--help"}


def _table_after(heading: str) -> str:
    """The first Markdown table after `heading` in the README."""
    rest = README.split(heading, 1)[1]
    rows = re.search(r"^\|.*?(?=\n[^|])", rest, re.M | re.S)
    assert rows, f"a table after {heading!r}"
    return rows.group(0)


def test_the_readme_serve_table_lists_every_option_of_mtqa_serve() -> None:
    table = _table_after("### Options, limits and abuse")
    assert _help_flags("serve") <= set(re.findall(r"`(--[a-z][a-z-]*)", table))


def test_every_configuration_key_is_in_the_docstring_the_readme_points_to() -> None:
    """"See the docstring of `mtqa/config.py` for every key": each key the schema takes is there."""
    from mtqa import config

    assert "See the docstring of `mtqa/config.py` for every key" in README.replace("\n", " ")
    doc = config.__doc__ or ""
    missing = [k for k in config.SCHEMA if not re.search(rf"^\s*(\[tool\.mtqa\.)?{re.escape(k)}[\].=\s]", doc, re.M)]
    assert missing == []


def test_the_readme_counts_the_rules_that_declare_triggers() -> None:
    """"N of the M rules declare theirs (P of the Q paragraph rules)": the registry's figures."""
    from mtqa import registry

    rules = registry.all_rules()
    paragraph = [r for r in rules if r.meta.scope.value == "paragraph"]
    m = re.search(r"(\d+) of the (\d+)\s+rules declare theirs \((\d+) of the (\d+) paragraph rules", README)
    assert m, "the README's sentence counting the rules that declare triggers"
    assert tuple(int(g) for g in m.groups()) == (
        sum(1 for r in rules if r.meta.triggers), len(rules),
        sum(1 for r in paragraph if r.meta.triggers), len(paragraph))


def test_the_readme_check_table_lists_every_option_of_mtqa_check() -> None:
    table = _table_after("### Options of `mtqa check`")
    assert _help_flags("check") <= set(re.findall(r"`(--[a-z][a-z-]*)", table))


def test_the_readme_verdict_figures_are_the_recorded_real_copy_figures() -> None:
    """The verdict paragraph quotes `benchmarks/results/real_copy.json` (re-measure with
    `real_copy.py --half both`, then update both): the tuning half's MT failing and clean passing,
    the held-back half's MT failing and its ROC AUC."""
    import json

    recorded = json.loads((ROOT / "benchmarks" / "results" / "real_copy.json").read_text(encoding="utf-8"))
    tune, held = recorded["tune"], recorded["heldout"]
    text = " ".join(README.split())
    m = re.search(r"On the tuning half as it is now \(.*?\), (\d+) % of the MT excerpts fail and (\d+) % of the clean "
                  r"ones pass\. \*\*On the held-back half, which nothing was tuned on, (\d+) % of the MT excerpts fail "
                  r"and (all|\d+ %) of the clean ones pass \(ROC AUC of the score ([\d.]+)\)", text)
    assert m, "the README's verdict paragraph"
    assert int(m.group(1)) == round(100 * tune["mt_fail_rate"]) and int(m.group(2)) == round(100 * tune["clean_pass_rate"])
    assert int(m.group(3)) == round(100 * held["mt_fail_rate"])
    assert m.group(4) == ("all" if held["clean_pass_rate"] == 1.0 else f"{round(100 * held['clean_pass_rate'])} %")
    assert float(m.group(5)) == held["auc"]
