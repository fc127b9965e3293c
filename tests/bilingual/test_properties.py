"""Property: whatever the targets say, checking never fails on a well-formed file and fixing
touches nothing outside the targets, keeps the markup, and leaves a file that reads the same way."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtqa.bilingual import check_text, segments
from mtqa.engine import Checker
from mtqa.finding import Applicability
from mtqa.fixes import apply_fixes

CHECKER = Checker(languagetool="off")
WORDS = st.sampled_from(["the", "The", "in", "Ottawa", "said", "“", "”", '"', ",", ".", "&amp;", "&lt;", "5",
                         "2,5", "Jan.", "8", "é", "🎉", "%s", "{name}", " ", "  ", "\n"])
TARGET = st.lists(st.one_of(WORDS, st.just('<x id="1"/>'), st.just('<g id="2">the</g>')), min_size=1, max_size=14)


def _xliff(targets: list[str]) -> str:
    units = "".join(f'<trans-unit id="u{i}"><source>Il a dit le 8 janvier <x id="1"/>.</source>'
                    f"<target>{t}</target></trans-unit>\n" for i, t in enumerate(targets))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="fr" '
            f'target-language="en"><body>\n{units}</body></file></xliff>\n')


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TARGET.map(" ".join), min_size=1, max_size=3))
def test_fixes_stay_inside_targets_and_keep_the_file_well_formed(targets: list[str]) -> None:
    text = _xliff(targets)
    report = check_text(CHECKER, text, "xliff", "p.xlf")
    for f in report.findings:
        assert report.text[f.span.start:f.span.end] == f.text
    fixed, _ = apply_fixes(text, report.findings, {Applicability.SAFE, Applicability.UNSAFE})
    # outside the <target> elements nothing changed
    strip = lambda s: [part.split("</target>", 1)[-1] for part in s.split("<target>")]  # noqa: E731
    assert strip(fixed) == strip(text)
    # the fixed file still parses, with the same units and the same inline codes in each target
    before = {s.id: [c.key for c in s.target.codes] for s in segments(text, "xliff", "p.xlf")}
    after = {s.id: [c.key for c in s.target.codes] for s in segments(fixed, "xliff", "p.xlf")}
    assert after == before


PO_WORDS = st.sampled_from(["the", "The", "in", "said", '\\"', "\\n", "\\\\", ",", ".", "%s", "%(name)s", "{0}",
                            "é", "5", "2,5", " ", "  "])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(PO_WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=3))
def test_po_fixes_keep_escapes_and_entries(targets: list[str]) -> None:
    entries = "".join(f'msgid "Phrase {i} %s"\nmsgstr "{t}"\n\n' for i, t in enumerate(targets))
    text = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + entries
    report = check_text(CHECKER, text, "po", "p.po")
    fixed, _ = apply_fixes(text, report.findings, {Applicability.SAFE, Applicability.UNSAFE})
    before = [(s.id, [c.key for c in (s.target.codes if s.target else [])]) for s in segments(text, "po", "p.po")]
    after = [(s.id, [c.key for c in (s.target.codes if s.target else [])]) for s in segments(fixed, "po", "p.po")]
    assert after == before
    assert [ln for ln in fixed.splitlines() if not ln.startswith("msgstr")] == \
        [ln for ln in text.splitlines() if not ln.startswith("msgstr")]
