"""Encoding damage beyond the one-line examples: formats, fixes, double encoding, hostile input."""

from __future__ import annotations

from mtqa.engine import Checker
from mtqa.rules.encoding.rules import repair
from mtqa.testing import assert_clean, assert_flags, findings


def test_repair_undoes_double_encoding_and_code_pages() -> None:
    assert repair("Ã©") == "é"
    assert repair("â€™") == "’"
    assert repair("Ã¢â‚¬â„¢") == "’"  # UTF-8 read as Windows-1252 twice
    assert repair("├ž") == "ç"  # code page 852
    assert repair("É”") is None  # a real capital É and a closing quote
    assert repair("éé") is None


def test_safe_fixes_restore_the_text() -> None:
    chk = Checker(select=["encoding"])
    fixed, report = chk.fix("The premierâ€™s office in MontrÃ©al said Smith &amp; Wesson. It & #8217; s late.")
    assert fixed == "The premier’s office in Montréal said Smith & Wesson. It’s late."
    assert not [f for f in report.findings if f.fix_safe]


def test_entities_are_markup_in_html_and_markdown() -> None:
    html = "<p>Smith &amp; Wesson and the premier&#8217;s office.</p>"
    assert_clean(html, "encoding", format="html")
    assert_flags("Smith &amp; Wesson", "encoding/undecoded-entity", ["&amp;"])
    assert_clean("She spoke <em>twice</em> on Monday.", "encoding/stray-markup", format="markdown")


def test_offsets_point_into_the_file() -> None:
    text = "Line one is fine.\n\nThe mayor of MontrÃ©al spoke."
    (hit,) = findings(text, "encoding/mojibake")
    assert text[hit.span.start:hit.span.end] == "Ã©"
    assert (hit.span.line, hit.span.column) == (3, 19)


def test_clean_canadian_copy_is_quiet() -> None:
    text = ("Bloc Québécois Leader Yves-François Blanchet met Premier François Legault in Montréal.\n\n"
            "« C’est une victoire », a-t-il dit — then, in English, “It’s a win,” he said (5 °C, ±2%).\n\n"
            "The Sûreté du Québec said 1,000 people gathered at Café Olé in Trois-Rivières.")
    assert_clean(text, "encoding")


def test_hostile_input_finishes() -> None:
    # 200,000 characters on one line of the characters each pattern starts with: linear, never stuck.
    for chunk in ("& ", "&#", "Ã", "â€", "¡°", "\x81g", "< ", "<p ", "[caption ", "/p", "�", "Franకో"):
        text = chunk * (200_000 // len(chunk))
        findings(text, "encoding")


def test_clean_references_are_quiet(clean_references) -> None:
    assert not [(f.rule_id, f.text) for t in clean_references for f in findings(t, "encoding", locale="en-US")]


def test_repair_reads_east_asian_punctuation_back() -> None:
    # EUC-KR / GBK row-1 marks read as Latin-1, Big5's, Shift_JIS's (its 0x81 lead a C1 control)
    assert repair("¡°") == "“"
    assert repair("¡¯") == "’"
    assert repair("¡°¡±") == "“”"
    assert repair("¡ª") == "—"  # EUC-KR's horizontal bar, written as the English dash
    assert repair("¡§") == "“"  # Big5
    assert repair("\x81g") == "“"  # Shift_JIS
    assert repair("¡¦") is None  # … in EUC-KR, ’ in Big5: no one reading
    for spanish in ("¡H", "¡¿", "¡¡", "¡V", "¡K", "¡É", "¡Á"):
        assert repair(spanish) is None


def test_east_asian_punctuation_is_fixed_in_place() -> None:
    chk = Checker(select=["encoding"])
    text = "¡°Korea is a leader,¡± Trudeau said of Korea Gas Corp.¡¯s plan in Japan\x81fs port."
    fixed, _ = chk.fix(text)
    assert fixed == "“Korea is a leader,” Trudeau said of Korea Gas Corp.’s plan in Japan’s port."


def test_an_ambiguous_mark_is_shown_not_fixed() -> None:
    (hit,) = findings("The talks¡¦ ended.", "encoding/mojibake")
    assert hit.text == "¡¦" and not hit.fix_safe
    assert "…" in hit.message and "’" in hit.message
    (ditto,) = findings("The same ¡² again.", "encoding/mojibake")
    assert "〃" in ditto.message and not ditto.fix_safe


def test_spanish_and_accented_names_are_not_east_asian_mojibake() -> None:
    assert_clean("“¡Hola!” ¡¿Qué? ¡¡Gol!! ¡Vamos! ¡Éxito! ¡40 grados! said Ángel Núñez, Íñigo and Zoë.",
                 "encoding/mojibake")


def test_a_paragraph_of_mojibake_is_read_in_steps_that_grow_with_it() -> None:
    """Stop 46 (benchmarks/rule_growth.py --shapes): each run of non-ASCII characters was tested
    against every mojibake run reported before it, so a pasted paragraph of mojibake was
    quadratic (64k characters: 80 s). Counted in lines of the rule's module run: four times the
    text now runs under five times the lines (it ran sixteen times as many)."""
    from step_count import lines_run

    piece = "Ã© Ã¨ â€™ â€œ cafÃ© Fran├žois "
    counts = []
    for n in (2_000, 8_000):
        text = "The board met. " + (piece * (n // len(piece) + 1))[:n]
        found, lines = lines_run(("mtqa/rules/encoding/rules.py",), findings, text, "encoding/mojibake")
        assert len(found) > n // 10  # every run is still reported
        counts.append(lines)
    assert counts[1] < 5 * counts[0], counts


def test_nested_template_braces_are_one_finding_and_fix_in_one_pass() -> None:
    """Stop 47's fuzz: the pattern finds the inner pair of ``{{{…}}}`` only, and its fix left the
    outer pairs, one removed a pass: 200 nested pairs never settled in --fix's ten passes (and a
    template's ``{{Ottawa}}`` took two). The pairs around the inner one now go in its finding."""
    from mtqa.session import Session

    (f,) = findings("The mayor of {{Ottawa}} spoke on Monday.", "encoding/stray-markup")
    assert f.text == "{{Ottawa}}" and f.suggestions == ("Ottawa",)
    text = "The board met on Tuesday and " + "{" * 200 + "the chair" + "}" * 200 + " spoke.\n"
    (f,) = findings(text, "encoding/stray-markup")
    assert f.text == "{" * 200 + "the chair" + "}" * 200
    session = Session.of(languagetool="off")
    once = session.fix_text(text, unsafe=True)
    assert once.settled and "{" not in once.text and "the chair spoke." in once.text
    assert session.fix_text(once.text, unsafe=True).edits == 0
    # unbalanced: only the pairs that close each other go
    (f,) = findings("It cost {{{Ottawa}} then.", "encoding/stray-markup")
    assert f.text == "{{Ottawa}}"
