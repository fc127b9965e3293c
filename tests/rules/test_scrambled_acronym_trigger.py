"""nonwords/scrambled-acronym reads only the paragraphs where its triggers fired (four capitals
in a row, or three lowercase letters, a hyphen and a digit): held, with each backend, to the rule
handed every paragraph, on its examples, the seed and look-alikes (terms split across
paragraphs, capitals beyond ASCII, other dashes and digits, glued letters and digits)."""

from __future__ import annotations

import pytest

from mtqa import lexicon, registry
from mtqa.document import Document
from mtqa.scan import available_backends
from tests.rules.open_triggers import assert_triggers_hide_nothing, findings_with_triggers_open
from tests.scan.test_engine_triggers import BACKENDS

RULE = "nonwords/scrambled-acronym"
LOOK_ALIKES = (
    "COVID-19 cases rose.",
    "Rules on VIDOC-19 were eased; Covid-19 and Vodic-19 too.",
    "Covid-19 was named first.",
    "Then VIDOC-19 came, and ÉTAT and TÉTA met.",
    "NATO sent NOAT a note; nato and Tano replied.",
    "FIFA met.\n\nThen IAFI, and FIFA-2 with IAFI-2.",
    "Unesco-٢ was named first.",
    "Fifa-1x and Fifa-1 were named.",
    "Then OSCEUN-٢ came.",
    "The ΑΒΓΔ and ΔΓΒΑ terms, the ΑΒΓΔ-٣ and ΔΓΒΑ-٣ ones.",
    "COVID‐19 and VIDOC–19, Covid—19, Vidoc-19x, xVIDOC-19, VIDOC-19x, _COVID, COVID_.",
    "Covid-١٩ and VIDOC-١٩ and Covid-¹⁹, VIDOC-¹⁹.",
    "SANA\nNASA\n\nNASA-2 and SANA-2; Nasa-2.",
    "The ABCD and DCBA, then ABC and CBA, then Abcd-1 and DCBA-1.",
)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_triggers_never_hide_a_term(backend: str, monkeypatch) -> None:
    if backend not in available_backends():
        pytest.skip("native scanner not built")
    if lexicon.english() is None:
        pytest.skip(lexicon.MISSING)
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    from benchmarks.speed import SEED

    examples = [e.text for e in registry.get(RULE).examples]
    texts = (*examples, *LOOK_ALIKES, "\n\n".join(LOOK_ALIKES), "\n\n".join(reversed(LOOK_ALIKES)),
             SEED.read_text(encoding="utf-8"))
    assert_triggers_hide_nothing(RULE, texts)
    assert findings_with_triggers_open(RULE, Document("\n\n".join(LOOK_ALIKES))), "the look-alikes hold no scrambled term: the test proves nothing"
