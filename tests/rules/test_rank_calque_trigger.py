"""titles/rank-calque reads only the paragraphs where its triggers fired (the calques in the
scan's lower view, or a character that lowers to ASCII): held, with each backend, to the rule
handed every paragraph, on its examples, the seed and look-alikes."""

from __future__ import annotations

import sys

import pytest

from mtqa import registry
from mtqa.document import Document
from mtqa.rules.titles.rules import LOWER_TO_ASCII
from mtqa.scan import available_backends
from tests.rules.open_triggers import assert_triggers_hide_nothing, findings_with_triggers_open
from tests.scan.test_engine_triggers import BACKENDS

RULE = "titles/rank-calque"
LOOK_ALIKES = (
    "The fleet is led by COUNTER-ADMIRAL Josée Kurtz and counter admiral Roy.",
    "ADJUTANT-CHİEF Marc Roy and Adjutant-Chİef Lee spoke; the adjutant-chief left.",
    "_counter-admiral, counter-admiral2, xcounter-admiral and counter-admiralty were named.",
    "Frigate\u00a0Captain Paul Forget, frigate\ncaptain Roy and the Frigate-Captain Lee.",
    "He served as a frigate captain. Frigate Captain Paul Forget took command.",
    "Chief Adjutant Roy, chief adjutants, Corporal-Chief Lee and the Ship-of-the-Line Captain Ray.",
    "Général de brigade Roy, Brigade General Lee; the General of Division Ray and the Division General.",
    "Vessel Lieutenant Roy; \u212aurtz, Navy Aspirant Lee, the navy aspirant, Pupil Officer Ray.",
    "Counter-\nAdmiral Roy; Counter-Admiral\n\nJosée Kurtz; General-Major Li.",
)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_triggers_never_hide_a_calque(backend: str, monkeypatch) -> None:
    if backend not in available_backends():
        pytest.skip("native scanner not built")
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    from benchmarks.speed import SEED

    examples = [e.text for e in registry.get(RULE).examples]
    assert_triggers_hide_nothing(RULE, (*examples, *LOOK_ALIKES, "\n\n".join(LOOK_ALIKES), SEED.read_text(encoding="utf-8")), ordered=False)
    assert findings_with_triggers_open(RULE, Document("\n\n".join(LOOK_ALIKES))), "the look-alikes hold no calque: the test proves nothing"


def test_lower_to_ascii_holds_every_character_beyond_ascii_that_lowers_to_ascii() -> None:
    found = {chr(c) for c in range(0x80, sys.maxunicode + 1)
             if not 0xD800 <= c < 0xE000 and chr(c).lower()[:1].isascii()}
    assert found == set(LOWER_TO_ASCII)
