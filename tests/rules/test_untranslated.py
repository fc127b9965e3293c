"""Untranslated words beyond the one-line examples: names, marked French, user packs, scripts."""

from __future__ import annotations

from pathlib import Path

from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags, findings


def test_french_names_and_loans_are_quiet() -> None:
    text = ("The Sûreté du Québec, the Coalition avenir Québec and the Parti Québécois met at the Musée des "
            "beaux-arts on Rue Saint-Denis, near the Université de Montréal.\n\n"
            "Le Devoir reported that the cégep had a certain joie de vivre and a raison d’être; the café "
            "owner, a protégé of the chef, said c’est la vie.\n\n"
            "The motto is Je me souviens; in French, the minister said « bonjour ».")
    assert_clean(text, ("untranslated/french-words", "untranslated/french-title", "untranslated/foreign-script"))


def test_french_left_in_mt_copy() -> None:
    text = ("He spoke at a péquiste rally.\n\nPhoto d’archives, Jane Roy\n\n"
            "“We never expected this,” said chef Paul Roy. The judge de première instance erred.")
    got = [f.text for f in findings(text, "untranslated")]
    assert got == ["péquiste", "d’archives", "chef", "de première"]


def test_a_user_pack_adds_loanwords(tmp_path: Path) -> None:
    (tmp_path / "untranslated.toml").write_text(
        '[pack]\nid = "untranslated"\nschema = 1\n\n[french]\nloanwords = ["péquiste"]\n', encoding="utf-8")
    chk = Checker(select=["untranslated/french-words"], rules_dir=[str(tmp_path)])
    assert chk.check("He spoke at a péquiste rally.").findings == []
    assert_flags("He spoke at a péquiste rally.", "untranslated/french-words", ["péquiste"])


def test_scripts_split_between_rules() -> None:
    text = "Franకోois Legault spoke бывший and 华为 left."
    assert [f.text for f in findings(text, "untranslated/foreign-script")] == ["бывший"]
    assert [f.text for f in findings(text, "encoding/mixed-script-word")] == ["Franకోois"]


def test_hostile_input_finishes() -> None:
    for chunk in ("de la ", "d’a ", "é ", "chef A B ", "« a » ", "бы "):
        findings(chunk * (200_000 // len(chunk)), "untranslated")


def test_clean_references_are_quiet(clean_references) -> None:
    assert not [(f.rule_id, f.text) for t in clean_references for f in findings(t, "untranslated", locale="en-US")]


def test_a_bodys_french_name_in_mid_sentence_is_quiet_but_a_leftover_beside_it_is_not() -> None:
    rules = ("untranslated/french-words", "nonwords/unknown-word")
    assert_clean("The pitch was rejected by the Regroupement des éleveuses et des éleveurs franco-manitobains "
                 "and by the Conseil des écoles publiques de l’Est de l’Ontario.", rules)
    # A capitalised word opening a sentence or a line is no name's head; a lowercase head never is.
    assert_flags("Members said et des parents agreed.", "untranslated/french-words", ["et des"])
    assert_flags("The Ministry of Health (ministère de la Santé) said so.", "untranslated/french-words",
                 ["ministère de la"])


def test_french_name_spans_stop_at_punctuation() -> None:
    from mtqa.text.french_names import french_name_spans

    text = "Photo d’archives, Jane Roy\nand the Fédération des travailleurs et travailleuses du Québec. It said"
    assert [text[s:e] for s, e in french_name_spans(text)] == [
        "Fédération des travailleurs et travailleuses du Québec"]


def test_french_word_after_an_acronym_is_not_part_of_a_name() -> None:
    assert_flags("She skated in the OHL séries and later in the NHL.", "untranslated/french-words", ["séries"])
    assert_clean("She skated in the OHL playoffs; Place Ville-Marie and Musée d’art stayed open.",
                 "untranslated/french-words")


def test_a_long_paragraph_s_french_words_are_judged_against_their_sentence_once() -> None:
    """A quarter of a million characters with no sentence end, a French word in every four, as
    running copy, a block quotation and a post: the sentence around the words, the quoted
    stretch and the paragraph's French names are read once for the paragraph (once for each
    word before: about a minute), and each word, in English copy, is still reported."""
    from hang_guard import returns

    chk = Checker(select=["untranslated/french-words"])
    body = "touchées the the the " * 12000
    for text, fmt in ((body, "plain"), ("> " + body + "\n", "markdown"),
                      (body + "— Jane Roy (@janeroy) March 3, 2024\n", "plain")):
        report = returns(chk.check, text, format=fmt)
        assert len([f for f in report.findings if f.text == "touchées"]) == 12000


def _bounds_by_search(text: str, i: int) -> tuple[int, int]:
    """The sentence around i as it was found before stop 46: by searching from i each time."""
    start = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i), 0)
    end = text.find(". ", i)
    return start, end if end >= 0 else len(text)


def test_sentence_bounds_are_found_once_a_paragraph_and_answer_as_the_search_did(monkeypatch) -> None:
    """Stop 46 (benchmarks/rule_growth.py --shapes, "french words"): each run of French words
    searched the paragraph for the ". " and line break around it, reading a long paragraph with
    neither to both ends once a run (240k characters: 1.7 s; now 0.24 s). The bounds are now found
    once a paragraph and each run bisects them: one SentenceBounds a paragraph, whatever its runs."""
    import random

    from mtqa.rules.untranslated import rules as untranslated

    made = []

    class Counted(untranslated.SentenceBounds):
        def __init__(self, text: str) -> None:
            made.append(len(text))
            super().__init__(text)

    monkeypatch.setattr(untranslated, "SentenceBounds", Counted)
    text = "The board met. " + "le ministre de la Santé, la Chambre des communes et le premier ministre " * 300
    found = findings(text, "untranslated/french-words")
    assert len(made) == 1  # one paragraph, hundreds of runs (each excused as a French sentence)
    assert not found
    rng = random.Random(46)
    for _ in range(3_000):
        t = "".join(rng.choice(["a", " ", ".", "\n", ". ", "é"]) for _ in range(rng.randint(0, 24)))
        bounds = untranslated.SentenceBounds(t)
        assert all(bounds.around(i) == _bounds_by_search(t, i) for i in range(len(t) + 1)), t
