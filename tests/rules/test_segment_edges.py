"""A translation against its source at its edges (mtqa.rules.source.segment_edges): a segment
left as its source, spaces at either end, the final punctuation mark; on texts and on real
bilingual files made up here, `--fix` byte-for-byte outside the fixed spaces."""

from __future__ import annotations

from pathlib import Path

from mtqa.bilingual import check_file
from mtqa.cli import main
from mtqa.engine import Checker
from mtqa.testing import findings

SAME = "source/target-same-as-source"
SPACES = "source/edge-whitespace"
END = "source/end-punctuation"


def _xliff(units: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="fr" target-language="en" datatype="plaintext" original="page.txt">
    <body>
{units}
    </body>
  </file>
</xliff>
"""


def _unit(uid: str, source: str, target: str) -> str:
    return f'      <trans-unit id="{uid}"><source>{source}</source><target>{target}</target></trans-unit>'


def _file_hits(tmp_path: Path, text: str, rule_id: str, select: str | None = None, **options) -> list:
    path = tmp_path / "page.xlf"
    path.write_text(text, encoding="utf-8")
    checker = Checker(select=[select or rule_id], **options)
    return [f for f in check_file(checker, str(path)).findings if f.rule_id == rule_id]


def test_a_copied_segment_is_flagged_and_names_codes_and_english_are_not(tmp_path: Path) -> None:
    text = _xliff("\n".join([
        _unit("copied", "Les inscriptions sont closes.", "Les inscriptions sont closes."),
        _unit("coded", 'Ouvrez <x id="1"/>le menu principal.', 'ouvrez <x id="1"/> le menu  principal.'),
        _unit("name", "Jean-Marc Tremblay", "Jean-Marc Tremblay"),
        _unit("url", "https://example.org/inscription", "https://example.org/inscription"),
        _unit("english", "Read the rules of the contest.", "Read the rules of the contest."),
        _unit("done", "Les inscriptions sont closes.", "Registration is closed."),
    ]))
    assert [f.extra["segment"] for f in _file_hits(tmp_path, text, SAME)] == ["copied", "coded"]


def test_text_with_source_too() -> None:
    assert [f.rule_id for f in findings("Les élèves sont rentrés.", SAME, source="Les élèves sont rentrés.")] == [SAME]
    assert findings("The pupils went home.", SAME, source="Les élèves sont rentrés.") == []
    # a source in English (a quotation kept as it was said) is translated by being kept
    assert findings("Read the rules of the contest.", SAME, source="Read the rules of the contest.") == []


def test_spaces_at_the_ends_follow_the_source_and_fix_only_them(tmp_path: Path) -> None:
    text = _xliff("\n".join([
        _unit("lost", "Le vote a lieu dimanche. ", "The vote is on Sunday."),
        _unit("added", "Le vote a lieu dimanche.", " The vote is on Sunday."),
        _unit("same", "Le vote a lieu dimanche. ", "The vote is on Sunday. "),
    ]))
    hits = _file_hits(tmp_path, text, SPACES)
    assert [(f.extra["segment"], f.text) for f in hits] == [("lost", ""), ("added", " ")]
    path = tmp_path / "page.xlf"
    assert main(["check", str(path), "--select", SPACES, "--fix"]) in (0, 1)
    fixed = path.read_text(encoding="utf-8")
    assert fixed == text.replace("The vote is on Sunday.</target>", "The vote is on Sunday. </target>", 1).replace(
        "<target> The vote", "<target>The vote", 1)


def test_a_final_line_break_or_an_ideographic_indent_is_no_space_to_copy() -> None:
    assert findings("The vote is on Sunday.\n", SPACES, source="Le vote a lieu dimanche.") == []
    assert findings("The vote is on Sunday.", SPACES, source="\u3000\u3000投票在周日举行。") == []
    # Markdown's and HTML's edges are markup: only a plain text's (a segment's) are compared
    assert findings("<p>The vote is on Sunday.</p> ", SPACES, source="Le vote a lieu dimanche.", format="html") == []


def test_end_punctuation_is_a_preview_read_on_files(tmp_path: Path) -> None:
    text = _xliff("\n".join([
        _unit("question", "Le conseil votera-t-il lundi ?", "Will the council vote on Monday."),
        _unit("cut", "Le conseil votera lundi.", "The council will vote on Monday"),
        _unit("quoted", "Il a dit : « Nous voterons lundi. »", 'He said: "We will vote on Monday."'),
        _unit("headline", "Le conseil votera lundi", "Council to vote on Monday"),
    ]))
    assert _file_hits(tmp_path, text, END, select="source") == []  # a preview: off by default
    hits = _file_hits(tmp_path, text, END, select="source", preview=True)
    assert [(f.extra["segment"], f.text, f.suggestions) for f in hits] == [
        ("question", ".", ("?",)), ("cut", "Monday", ("Monday.",))]


def test_a_long_copied_segment_is_one_finding_and_a_short_one_is_found_too(tmp_path: Path) -> None:
    """The language rule names a long copied segment's language (the copy rule's finding is its
    twin, kept as related information); a short one the language rule leaves is still found."""
    long = "Le conseil municipal a adopté le budget de la ville pour l'année prochaine."
    text = _xliff("\n".join([_unit("long", long, long), _unit("short", "Paramètres réseau avancés", "Paramètres réseau avancés")]))
    path = tmp_path / "page.xlf"
    path.write_text(text, encoding="utf-8")
    report = check_file(Checker(select=["source/target-not-english", SAME]), str(path))
    assert [(f.rule_id, f.extra["segment"]) for f in report.findings] == [
        ("source/target-not-english", "long"), (SAME, "short")]
    assert report.findings[0].extra["same_slip"][0]["rule_id"] == SAME
