"""A user's rule pack with a catastrophic pattern: the regex time limit bounds the whole check.

`(a|aa)+c` before a run of 40 a's and no c backtracks for hours (`regex` guards `(a+)+$` and
`(\\w+\\s?)*$`, so those finish at once and prove nothing); measured with the time limit taken
out, 34 a's already cost 7 s CPU. Each paragraph below ends in "sac", so the pattern's required
text is there (`mtqa.rules.calques.literals`) and the search really runs. With the limit, each
search stops after `TIMEOUT`; a pattern that timed out is given up for the rest of the document,
so 30 such paragraphs cost one timeout, not 30 (15 s before), and the note names the pattern,
the file and the line it was written on, while every other rule's findings are still reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.cli import main
from mtqa.engine import Checker
from mtqa.errors import PackError

from hang_guard import returns

SLOW = "(a|aa)+c"
PARAGRAPH = "The the report said " + "a" * 40 + "b was found in a sac."


def house_pack(folder: Path, body: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "slow.toml"
    path.write_text('[pack]\nid = "calques"\nschema = 1\n\n' + body, encoding="utf-8")
    return path


ENTRY = f"[[calque]]\npattern = '{SLOW}'\nfrench = \"essai\"\nsense = \"test\"\n"


def test_a_pattern_that_times_out_is_given_up_for_the_rest_of_the_document(tmp_path: Path) -> None:
    pack = house_pack(tmp_path / "house", ENTRY)
    text = "\n\n".join([PARAGRAPH] * 30)
    checker = Checker(rules_dir=(str(pack.parent),), select=["calques", "repetition"], languagetool="off")
    report = returns(checker.check, text)
    assert [f.rule_id for f in report.findings].count("repetition/doubled-word") == 30  # the rest goes on
    cut = [n for n in report.notes if "timed out" in n]
    # one note for each of the two rules reading the shared matches, at the first paragraph only
    assert sorted(n.split(":")[0] for n in cut) == ["calques/false-friend", "calques/french-calque"], cut
    for note in cut:
        assert "paragraph 1 (line 1)" in note
        assert f"pattern '{SLOW}' (calque[0] in {pack}, line 6)" in note
        assert "not searched in the rest of the document" in note


def test_a_second_document_searches_the_pattern_again(tmp_path: Path) -> None:
    """Given up per document, not per checker: a document's findings never depend on which
    documents were checked before it."""
    pack = house_pack(tmp_path / "house", ENTRY)
    checker = Checker(rules_dir=(str(pack.parent),), select=["calques"], languagetool="off")
    returns(checker.check, PARAGRAPH)
    report = checker.check("A sac of flour.")
    assert [(f.rule_id, f.text) for f in report.findings] == [("calques/french-calque", "ac")]
    assert not report.notes


def test_a_context_pattern_that_times_out_is_noted(tmp_path: Path) -> None:
    """A context's search that timed out was taken in silence as 'absent': the entries that
    need it went unchecked and the file passed as checked."""
    pack = house_pack(tmp_path / "house", (
        "[[calque]]\npattern = 'widget'\nfrench = \"truc\"\nsense = \"gadget\"\ncontext = \"slow\"\n\n"
        f"[contexts.slow]\npattern = '{SLOW}'\n"))
    text = "\n\n".join([PARAGRAPH + " A widget."] * 5)
    report = returns(Checker(rules_dir=(str(pack.parent),), select=["calques"], languagetool="off").check, text)
    cut = [n for n in report.notes if "timed out" in n]
    assert len(cut) == 2 and all("paragraph 1 " in n for n in cut), report.notes
    assert f"context pattern '{SLOW}' (contexts.slow in {pack})" in cut[0]
    assert "the entries that need it were not checked" in cut[0]


def test_the_cli_names_the_pattern_and_file_of_a_pack_in_the_configuration(tmp_path: Path, monkeypatch,
                                                                          capsys) -> None:
    pack = house_pack(tmp_path / "house", ENTRY)
    (tmp_path / "mtqa.toml").write_text('rules-dir = ["house"]\nlanguagetool = "off"\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text("\n\n".join([PARAGRAPH] * 20) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = returns(main, ["check", "--select", "calques,repetition", "--format", "json", "story.txt"])
    out = json.loads(capsys.readouterr().out)
    (result,) = out["files"]
    assert code == (0 if result["passed"] else 1)
    # every doubled word, after the pattern was cut short
    assert [f["rule"] for f in result["findings"]].count("repetition/doubled-word") == 20
    cut = [n for n in result["notes"] if "timed out" in n]
    assert len(cut) == 2 and all(f"in {pack.resolve()}, line 6" in n or f"in {pack}, line 6" in n for n in cut), cut


def test_a_pack_error_names_the_users_file_and_line_of_the_entry(tmp_path: Path) -> None:
    """A user's entries are merged before the built-in ones: the error names the user's file
    (not "calques.toml + slow.toml"), the entry's index in it and its line."""
    pack = house_pack(tmp_path / "house", ENTRY + "\n[[calque]]\npattern = 'x'\nfrench = \"x\"\nsense = \"y\"\n"
                                              "confidence = 3.0\n")
    with pytest.raises(PackError) as err:
        Checker(select=["calques"], rules_dir=[str(pack.parent)], languagetool="off")
    assert (err.value.path, err.value.line) == (str(pack), 14)
    assert "calque[1].confidence" in str(err.value)


def formulas_pack(folder: Path, formula_pattern: str = SLOW, diplomatic: str = "envoy") -> Path:
    """A user's `formulas` pack: one formula (its trigger word "sac") and its own [diplomatic]."""
    folder.mkdir(exist_ok=True)
    path = folder / "formulas.toml"
    path.write_text('[pack]\nid = "formulas"\nschema = 1\n\n'
                    f"[[formula]]\nname = \"a slow one\"\npattern = '{formula_pattern}'\nwords = [\"sac\"]\n"
                    'source = "made up"\nexample = "a sac"\n\n'
                    f"[diplomatic]\npattern = '{diplomatic}'\n", encoding="utf-8")
    return path


READOUT = "The two sides exchanged views within the framework of the visit."


def test_a_formula_that_times_out_is_given_up_and_the_others_still_flag(tmp_path: Path) -> None:
    """calques/diplomatic-formulas let a user formula's TimeoutError out: the whole rule was
    skipped as an "internal error", the pack's own formulas unread, and nothing named the
    user's pattern. Now it is given up for the document (one timeout, not one a paragraph) and
    named with its file and line, as a calque entry is."""
    pack = formulas_pack(tmp_path / "house")
    text = "\n\n".join([PARAGRAPH] * 30 + [READOUT])
    checker = Checker(rules_dir=(str(pack.parent),), select=["calques/diplomatic-formulas", "repetition"],
                      languagetool="off")
    report = returns(checker.check, text)
    assert not [s for s in report.checks_skipped if "diplomatic-formulas" in str(s)], report.checks_skipped
    flagged = [f.text for f in report.findings if f.rule_id == "calques/diplomatic-formulas"]
    assert flagged == ["The two sides", "exchanged views", "within the framework of"], flagged
    assert [f.rule_id for f in report.findings].count("repetition/doubled-word") == 30
    cut = [n for n in report.notes if "timed out" in n]
    assert len(cut) == 1, report.notes
    assert cut[0].startswith("calques/diplomatic-formulas: partial:")
    assert f"pattern '{SLOW}' (formula[0] in {pack}, line 7)" in cut[0]
    assert "not searched in the rest of the document" in cut[0]


def test_a_diplomatic_pattern_that_times_out_is_noted(tmp_path: Path) -> None:
    """The story's subject is taken as not diplomacy, and the note says so (not a skipped rule)."""
    pack = formulas_pack(tmp_path / "house", formula_pattern="a sac", diplomatic=SLOW)
    text = "\n\n".join([PARAGRAPH] * 5 + [READOUT])
    report = returns(Checker(rules_dir=(str(pack.parent),), select=["calques/diplomatic-formulas"],
                             languagetool="off").check, text)
    assert not [s for s in report.checks_skipped if "diplomatic-formulas" in str(s)], report.checks_skipped
    assert len([f for f in report.findings if f.rule_id == "calques/diplomatic-formulas"]) == 5 + 3  # "a sac" a paragraph, and the readout's three
    cut = [n for n in report.notes if "timed out" in n]
    assert len(cut) == 1 and f"diplomatic pattern '{SLOW}' ({pack}" in cut[0], report.notes
    assert "taken as not about diplomacy" in cut[0]


def _xliff(targets: list[str]) -> str:
    units = "".join(f'<trans-unit id="u{i}"><source>Le rapport {i}.</source><target>{t}</target></trans-unit>'
                    for i, t in enumerate(targets))
    return ('<?xml version="1.0"?><xliff version="1.2"><file source-language="fr" target-language="en" '
            f'datatype="plaintext" original="x"><body>{units}</body></file></xliff>')


def test_a_pattern_that_times_out_in_a_segment_is_given_up_for_the_rest_of_the_file(tmp_path: Path) -> None:
    """Each segment of a bilingual file is a Document of its own: a pattern that timed out in
    one was searched again in every other (a 0.5 s timeout a segment: 200 segments, 100 s).
    Now it is given up for the rest of the file, and the note says so; a later segment it
    would match is not searched (the file's findings depend on its own segments only)."""
    from mtqa.bilingual.check import check_text

    calques = house_pack(tmp_path / "house", ENTRY)
    formulas_pack(tmp_path / "house")
    checker = Checker(rules_dir=(str(calques.parent),), select=["calques"], languagetool="off")
    report = returns(check_text, checker, _xliff([PARAGRAPH] * 20 + ["A sac of flour."]), "xliff")
    assert not [f for f in report.findings if f.text in ("ac", "a sac")], report.findings
    cut = [n for n in report.notes if "timed out" in n]
    assert sorted(n.split(":")[0] for n in cut) == ["calques/diplomatic-formulas", "calques/false-friend",
                                                    "calques/french-calque"], cut
    assert all("not searched in the rest of the file" in n for n in cut), cut
    assert all(": partial: segment 'u0'" in n for n in cut), cut
    assert sum("segment 'u0', paragraph 1 (line 1 of the segment)" in n for n in cut) == 2, cut
    # a file of its own searches it again
    again = check_text(checker, _xliff(["A sac of flour."]), "xliff")
    assert [f.text for f in again.findings] == ["ac"] and not again.notes


# A pattern slow but under the time limit: `(a|aa)+c` before 20 a's takes some hundredths of a
# second a paragraph (its backtracking doubles about every 1.5 a's) and then matches "ac" in "sac".
# The limit never cuts it; the document's budget for user patterns does.
SLOWISH = "The report said " + "a" * 20 + "b was found in a sac."
BUILT_IN = "The embassy has been closed since three years."


def test_slow_user_patterns_are_dropped_once_the_documents_budget_is_spent(tmp_path: Path) -> None:
    pack = house_pack(tmp_path / "house", ENTRY)
    text = "\n\n".join([SLOWISH] * 40 + [BUILT_IN])
    checker = Checker(rules_dir=(str(pack.parent),), select=["calques"], languagetool="off",
                      user_pattern_budget=0.1)
    report = returns(checker.check, text)
    found = [f.text for f in report.findings if f.rule_id == "calques/false-friend" or f.text == "ac"]
    assert 1 <= found.count("ac") < 40, found  # searched until the budget ran out, then no more
    assert "since three years" in [f.text for f in report.findings]  # a built-in pattern is never cut
    spent = [n for n in report.notes if "user-pattern-budget" in n]
    assert sorted(n.split(":")[0] for n in spent) == ["calques/false-friend", "calques/french-calque"], report.notes
    for note in spent:
        assert "past the user-pattern-budget of 0.1 s" in note and f"({pack} " in note, note
        assert "no user-pack pattern is searched in the rest of the document" in note
    # with room enough, every paragraph is searched and nothing is said
    roomy = returns(Checker(rules_dir=(str(pack.parent),), select=["calques"], languagetool="off",
                            user_pattern_budget=600).check, "\n\n".join([SLOWISH] * 5))
    assert [f.text for f in roomy.findings].count("ac") == 5
    assert not [n for n in roomy.notes if "user-pattern-budget" in n], roomy.notes


def test_a_slow_user_formula_is_dropped_past_the_budget_and_the_built_in_ones_still_flag(tmp_path: Path) -> None:
    pack = formulas_pack(tmp_path / "house")
    text = "\n\n".join([SLOWISH] * 40 + [READOUT])
    checker = Checker(rules_dir=(str(pack.parent),), select=["calques/diplomatic-formulas"], languagetool="off",
                      user_pattern_budget=0.05)
    report = returns(checker.check, text)
    flagged = [f.text for f in report.findings if f.rule_id == "calques/diplomatic-formulas"]
    assert flagged[-3:] == ["The two sides", "exchanged views", "within the framework of"], flagged
    # the user's formula: the story's count searches it to its first match only, so the budget is
    # spent by the paragraphs' searches, after a few of the forty, and the rest are not searched
    assert flagged.count("ac") < 40, flagged
    spent = [n for n in report.notes if "user-pattern-budget" in n]
    assert len(spent) == 1 and spent[0].startswith("calques/diplomatic-formulas: partial:"), report.notes
    assert f"({pack} " in spent[0] and "past the user-pattern-budget of 0.05 s" in spent[0]
    roomy = returns(Checker(rules_dir=(str(pack.parent),), select=["calques/diplomatic-formulas"], languagetool="off",
                            user_pattern_budget=600).check, "\n\n".join([SLOWISH] * 3 + [READOUT]))
    assert [f.text for f in roomy.findings].count("ac") == 3 and not roomy.notes, roomy.notes


def test_the_budget_is_the_whole_bilingual_files(tmp_path: Path) -> None:
    """A bilingual file's segments share one budget (`mtqa.given_up`, per file): once spent, no
    later segment searches the user's patterns, and the note, made once, says so."""
    from mtqa.bilingual.check import check_text

    pack = house_pack(tmp_path / "house", ENTRY)
    checker = Checker(rules_dir=(str(pack.parent),), select=["calques"], languagetool="off", user_pattern_budget=0.1)
    report = returns(check_text, checker, _xliff([SLOWISH] * 40), "xliff")
    assert 1 <= [f.text for f in report.findings].count("ac") < 40
    spent = [n for n in report.notes if "user-pattern-budget" in n]
    assert len(spent) == 2 and all("in the rest of the file" in n and ": partial: segment 'u" in n for n in spent), spent
    # another file has a budget of its own
    again = check_text(checker, _xliff([SLOWISH]), "xliff")
    assert [f.text for f in again.findings].count("ac") == 1 and not again.notes


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon", "1e9"])
def test_a_bad_budget_on_the_command_line_is_refused(value: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--user-pattern-budget", value, "-"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--user-pattern-budget" in err and "Traceback" not in err, err


def test_the_budget_from_the_configuration(tmp_path: Path, monkeypatch, capsys) -> None:
    house_pack(tmp_path / "house", ENTRY)
    (tmp_path / "story.txt").write_text("\n\n".join([SLOWISH] * 40) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mtqa.toml").write_text('rules-dir = ["house"]\nlanguagetool = "off"\nuser-pattern-budget = -2\n',
                                        encoding="utf-8")
    assert main(["check", "--select", "calques", "story.txt"]) == 2
    err = capsys.readouterr().err
    assert "mtqa.toml:3" in err and "user-pattern-budget" in err and "Traceback" not in err, err
    (tmp_path / "mtqa.toml").write_text('rules-dir = ["house"]\nlanguagetool = "off"\nuser-pattern-budget = 0.1\n',
                                        encoding="utf-8")
    returns(main, ["check", "--select", "calques", "--format", "json", "story.txt"])
    (result,) = json.loads(capsys.readouterr().out)["files"]
    assert [n for n in result["notes"] if "user-pattern-budget of 0.1 s" in n], result["notes"]
    # the command line's wins
    returns(main, ["check", "--select", "calques", "--format", "json", "--user-pattern-budget", "600", "story.txt"])
    (result,) = json.loads(capsys.readouterr().out)["files"]
    assert not [n for n in result["notes"] if "user-pattern-budget" in n], result["notes"]
    assert [f["text"] for f in result["findings"]].count("ac") == 40


def test_a_bad_budget_from_the_library_is_refused() -> None:
    from mtqa.errors import ConfigError

    with pytest.raises(ConfigError, match="user_pattern_budget"):
        Checker(user_pattern_budget=0, languagetool="off")
    with pytest.raises(TypeError, match="user_pattern_budget"):
        Checker(user_pattern_budget="5", languagetool="off")


def test_a_document_checked_twice_has_its_budget_afresh_and_comes_back_as_it_was(tmp_path: Path) -> None:
    """The Checker lends a plain document its budget for the length of a check only: a caller's
    Document checked again is searched again, and its `meta` is left as it came."""
    from mtqa.document import Document

    pack = house_pack(tmp_path / "house", ENTRY)
    doc = Document("\n\n".join([SLOWISH] * 20), locale="en-CA", format="plain")
    checker = Checker(rules_dir=(str(pack.parent),), select=["calques"], languagetool="off", user_pattern_budget=0.05)
    first, second = returns(checker.check, doc), returns(checker.check, doc)
    for report in (first, second):
        assert [f.text for f in report.findings].count("ac") >= 1
        assert [n for n in report.notes if "user-pattern-budget of 0.05 s" in n], report.notes
    assert doc.meta == {}
